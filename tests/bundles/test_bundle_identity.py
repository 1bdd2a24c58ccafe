"""Records merge by their real identity, and verify predicts the import: a partner laptop
that ran the demo takes the coordinator's bundle, a plan entered again replaces the
earlier one, and a reference to another office's record is refused in words."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.format import BundleError
from blues_desktop.bundles.merge import import_bundle, verify_file
from blues_desktop.services import records
from blues_desktop.services.demo import generate
from blues_desktop.services.timesheets.effort import planned_effort, set_planned_effort
from blues_desktop.store.models import Organisation, PlannedEffort, ProgrammeRules
from tests.bundles.bundle_fixtures import assert_refused, forge, make_offices, records_digest

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _rules(ctx: Any) -> list[tuple[str, str, int]]:
    with ctx.read() as session:
        return [
            (r.id, r.office_id, r.version)
            for r in session.scalars(select(ProgrammeRules).order_by(ProgrammeRules.version))
        ]


def test_a_partner_that_ran_the_demo_takes_the_coordinators_bundle(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])  # `blues demo --office ZIN`
    generate(offices.coordinator, scale=0.05, offices=["BPT"])
    assert _rules(offices.partner)[0][1:] == ("BPT", 1)  # the demo's own copy of version 1
    assert _rules(offices.partner)[0][0] != _rules(offices.coordinator)[0][0]
    sent = export_bundle(offices.coordinator, offices.out)

    before = records_digest(offices.partner)
    report = verify_file(offices.partner, sent.path)
    assert records_digest(offices.partner) == before  # the merge was tried, then rolled back
    # version 1 of the rules is the same record: the coordinator's copy takes its place
    assert (report.counts["programme_rules"].new, report.counts["programme_rules"].updated) == (
        0,
        1,
    )
    result = import_bundle(offices.partner, sent.path)
    assert {t: vars(c) for t, c in result.counts.items()} == {
        t: vars(c) for t, c in report.counts.items()
    }
    assert _rules(offices.partner) == _rules(offices.coordinator)
    assert planned_effort(offices.partner) == planned_effort(offices.coordinator)


def test_a_plan_entered_again_replaces_the_earlier_one(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    coordinator = offices.coordinator
    set_planned_effort(coordinator, {("ZIN", "WP3"): Decimal(30), ("ZIN", "WP5"): Decimal(6)})
    import_bundle(offices.partner, export_bundle(coordinator, offices.out).path)
    # the coordinator's plan is entered again from scratch (new records for the same
    # office and work package), as after restoring an older backup
    with coordinator.transaction() as session:
        session.execute(delete(PlannedEffort))
    set_planned_effort(coordinator, {("ZIN", "WP3"): Decimal(24), ("ZIN", "WP5"): Decimal(6)})
    second = export_bundle(coordinator, offices.out)

    assert verify_file(offices.partner, second.path).counts["planned_effort"].updated == 2
    import_bundle(offices.partner, second.path)
    assert planned_effort(offices.partner) == {
        ("ZIN", "WP3"): Decimal("24.00"),
        ("ZIN", "WP5"): Decimal("6.00"),
    }
    with offices.partner.read() as session:
        ids = set(session.scalars(select(PlannedEffort.id)))
    with coordinator.read() as session:
        assert ids == set(session.scalars(select(PlannedEffort.id)))


def test_a_reference_to_another_offices_record_is_refused_in_words(tmp_path: Path) -> None:
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    good = export_bundle(offices.partner, offices.out).path
    hosted: dict[str, str] = {}

    def host_elsewhere(rows: dict[str, list[dict[str, Any]]]) -> None:
        exchange = rows["exchanges"][0]
        exchange["host_org_id"] = "7fa17d19-5a3e-4c1b-9d41-0d8f1e2a6b70"  # an NPG member
        exchange["host_partnership"] = "NPG"
        hosted["reference"] = exchange["reference"]

    forged = forge(
        good, tmp_path / "f.blues", offices.partner, offices.coordinator, tables=host_elsewhere
    )
    with pytest.raises(BundleError) as verified:
        verify_file(offices.coordinator, forged)
    message = assert_refused(offices.coordinator, forged, "neither in the bundle nor here")
    assert str(verified.value) == message  # verify says what the import says
    assert (
        f"the exchange {hosted['reference']} refers to an organisation (its host organisation)"
        in message
    )
    assert "it is kept by office NPG: import NPG's bundle first" in message
    assert not UUID.search(message), message
    assert "exchanges." not in message and "host_org_id" not in message


def test_another_offices_deletion_it_had_not_heard_of_is_no_refusal(tmp_path: Path) -> None:
    """The host office merged an organisation away (deleted it); the visitor's office,
    not yet aware, registers an exchange hosted by it. The bundle merges; the KPIs follow
    the merge."""
    offices = make_offices(tmp_path)
    generate(offices.coordinator, scale=0.2, offices=["BPT"])
    generate(offices.partner, scale=0.2, offices=["ZIN"])
    with offices.coordinator.transaction() as session:
        host = session.scalars(select(Organisation).where(Organisation.office_id == "BPT")).first()
        assert host is not None
        records.tombstone(session, offices.coordinator, host, reason="merged")
        host_id = host.id
    good = export_bundle(offices.partner, offices.out).path

    def hosted_by_the_deleted(rows: dict[str, list[dict[str, Any]]]) -> None:
        exchange = rows["exchanges"][0]
        exchange.update(host_org_id=host_id, host_partnership="BPT")
        exchange["created_at"] = exchange["updated_at"] = "2099-01-01T00:00:00+00:00"

    forged = forge(
        good,
        tmp_path / "h.blues",
        offices.partner,
        offices.coordinator,
        tables=hosted_by_the_deleted,
    )
    assert verify_file(offices.coordinator, forged).counts["exchanges"].new > 0
    assert import_bundle(offices.coordinator, forged).counts["exchanges"].new > 0
