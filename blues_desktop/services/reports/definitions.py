"""How each figure of the dashboard and the report pack is counted: one table.

The workbook's Definitions sheet, the PDF's notes, docs/reports.md and the tests all
read this table; a figure's key is how the report pack names its value. The area and
the figure's name are `Message`s, so that the window can name them in its language; the
pack prints them, and what each figure counts, in English.
"""

from __future__ import annotations

from dataclasses import dataclass

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class Definition:
    key: str
    area: str
    figure: str
    counts: str
    excludes: str


_EVERYWHERE = "records deleted by their office"

DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "exchanges_held",
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges held (toward the target of 50)")),
        "exchanges whose state on the as-of date is held or later (report submitted, "
        "validated, paid) and whose stay starts in the period; each exchange counts once, "
        "for the partnership that pays the visitor",
        f"cancelled and withdrawn exchanges; exchanges registered after the as-of date; "
        f"{_EVERYWHERE}",
    ),
    Definition(
        "exchanges_live",
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges under way or done")),
        "exchanges registered by the as-of date whose stay starts in the period (stays "
        "planned after the as-of date included; without dates yet, registered in the "
        "period), in any state but cancelled or withdrawn on the as-of date",
        f"cancelled and withdrawn exchanges; {_EVERYWHERE}",
    ),
    Definition(
        "exchanges_ended",
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges cancelled or withdrawn")),
        "exchanges of the period cancelled or withdrawn by the as-of date",
        _EVERYWHERE,
    ),
    Definition(
        "budget_paid",
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
        Message(QT_TRANSLATE_NOOP("messages", "Lump sums paid (EUR)")),
        "the lump sums of exchanges paid by the as-of date",
        f"cancelled and withdrawn exchanges; {_EVERYWHERE}",
    ),
    Definition(
        "budget_committed",
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
        Message(QT_TRANSLATE_NOOP("messages", "Lump sums committed (EUR)")),
        "the lump sums of exchanges whose financial agreement is signed but which are not "
        "paid on the as-of date",
        f"cancelled and withdrawn exchanges; {_EVERYWHERE}",
    ),
    Definition(
        "budget_planned",
        Message(QT_TRANSLATE_NOOP("messages", "Exchanges")),
        Message(QT_TRANSLATE_NOOP("messages", "Lump sums still planned (EUR)")),
        "the lump sums worked out for exchanges not yet at the signed agreement on the "
        "as-of date",
        f"exchanges without a lump sum yet; cancelled and withdrawn exchanges; {_EVERYWHERE}",
    ),
    Definition(
        "member_records",
        Message(QT_TRANSLATE_NOOP("messages", "Members")),
        Message(QT_TRANSLATE_NOOP("messages", "Member records")),
        "member organisations registered by the as-of date and still members on it, "
        "one per office that registered them",
        f"organisations that are not members; memberships ended before the as-of date; "
        f"organisations merged into another; {_EVERYWHERE}",
    ),
    Definition(
        "members_once",
        Message(QT_TRANSLATE_NOOP("messages", "Members")),
        Message(QT_TRANSLATE_NOOP("messages", "Member organisations (counted once)")),
        "member records, an organisation registered by two offices and linked by the "
        "coordinator as the same counted once",
        "as for member records",
    ),
    Definition(
        "new_members",
        Message(QT_TRANSLATE_NOOP("messages", "Members")),
        Message(QT_TRANSLATE_NOOP("messages", "New members in the period")),
        "member records whose membership began in the period (the registration day "
        "when no membership start is recorded)",
        "as for member records",
    ),
    Definition(
        "organisations_reached",
        Message(QT_TRANSLATE_NOOP("messages", "Members")),
        Message(QT_TRANSLATE_NOOP("messages", "Organisations reached")),
        "organisations of participants present at the period's events plus the visiting "
        "and host organisations of the period's exchanges, each counted once across "
        "offices (linked organisations once)",
        f"organisations only registered for an event and absent; organisations of "
        f"cancelled or withdrawn exchanges; {_EVERYWHERE}",
    ),
    Definition(
        "events",
        Message(QT_TRANSLATE_NOOP("messages", "Events")),
        Message(QT_TRANSLATE_NOOP("messages", "Events held")),
        "events that start in the period, per work package",
        f"events registered after the as-of date; {_EVERYWHERE}",
    ),
    Definition(
        "participants",
        Message(QT_TRANSLATE_NOOP("messages", "Events")),
        Message(QT_TRANSLATE_NOOP("messages", "Participants")),
        "registrations marked present on at least one day of an event of the period; a "
        "person whose personal data was erased still counts, without a name",
        f"registrations never marked present; {_EVERYWHERE}",
    ),
    Definition(
        "hours_declared",
        Message(QT_TRANSLATE_NOOP("messages", "Effort")),
        Message(QT_TRANSLATE_NOOP("messages", "Hours declared (approved)")),
        "hours on work packages WP1–WP5 on days of the period in months approved by the "
        "supervisor on or before the as-of date",
        f"hours of draft, submitted and reopened months; other activities and absences; "
        f"{_EVERYWHERE}",
    ),
    Definition(
        "hours_draft",
        Message(QT_TRANSLATE_NOOP("messages", "Effort")),
        Message(QT_TRANSLATE_NOOP("messages", "Hours not yet approved")),
        "hours on WP1–WP5 on days of the period in months not approved on the as-of date "
        "(draft, submitted, or reopened after an approval)",
        f"other activities and absences; {_EVERYWHERE}",
    ),
    Definition(
        "person_months_declared",
        Message(QT_TRANSLATE_NOOP("messages", "Effort")),
        Message(QT_TRANSLATE_NOOP("messages", "Person-months declared")),
        "declared hours in person-months: each person's hours × 12 ÷ their annual "
        "productive hours (1,720 unless set otherwise), to two decimals per person",
        "as for hours declared",
    ),
    Definition(
        "person_months_planned",
        Message(QT_TRANSLATE_NOOP("messages", "Effort")),
        Message(QT_TRANSLATE_NOOP("messages", "Person-months planned")),
        "the person-months the coordinator plans per office and work package, for the "
        "whole project",
        "plans deleted by the coordinator",
    ),
)

BY_KEY: dict[str, Definition] = {d.key: d for d in DEFINITIONS}
