"""Possible duplicates across offices, for the coordinator.

Two offices may register the same organisation (a company that is a member of two
clusters, a host found by both). Each office owns its record and only it may change
it, so the coordinator never merges them: it links the pair as the same organisation,
which the partnership's KPIs then count once, or marks them as different, which takes
the pair off the list. Either way neither office's record is touched.

Alike means: the same VAT number, or a similar name key (accents, case and legal forms
ignored, words in any order) in the same country. Names are compared within blocks of
the same country and the same first two letters of the sorted name words, so 100,000
organisations are compared in seconds rather than hours; a typo in those two letters
is the price.

Each pair carries both records' facts and how alike they are in words
(services/members/likeness.py): what matched, what differs (a different legal form or
city lowers the likelihood), the likeliest pairs first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.domain.cancel import CancelToken
from blues_desktop.domain.changes import Changes, Kind
from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.offices import COORDINATOR_CODE
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from blues_desktop.domain.validation import ValidationReport
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.duplicates import DUPLICATE_SCORE
from blues_desktop.services.members.likeness import Likeness, OrgFacts, compare, facts_of
from blues_desktop.store.models import Organisation
from blues_desktop.store.models.members import OrganisationLink

OrgSide = OrgFacts  # one side of a pair: what a person compares of it


@dataclass(frozen=True, slots=True)
class CrossOfficePair:
    first: OrgSide
    second: OrgSide
    reason: str  # the likeness in one line (Likeness.summary), kept with the decision
    likeness: Likeness

    @property
    def ids(self) -> tuple[str, str]:
        return self.first.id, self.second.id


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _live_organisations(session: Session) -> tuple[list[OrgSide], dict[str, str]]:
    """The live organisations, and their name keys by id."""
    rows = session.execute(
        select(
            Organisation.id, Organisation.legal_name, Organisation.office_id,
            Organisation.country, Organisation.city, Organisation.vat_number,
            Organisation.org_type, Organisation.name_key,
        ).where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
    ).all()  # fmt: skip
    return [OrgSide(*row[:7]) for row in rows], {row.id: row.name_key or "" for row in rows}


def _decided_pairs(session: Session) -> set[tuple[str, str]]:
    return {
        (row.organisation_id, row.other_organisation_id)
        for row in session.execute(
            select(OrganisationLink.organisation_id, OrganisationLink.other_organisation_id).where(
                OrganisationLink.deleted_at.is_(None)
            )
        )
    }


def _same_vat(orgs: Sequence[OrgSide]) -> Iterable[tuple[str, str, str]]:
    by_vat: dict[str, list[OrgSide]] = defaultdict(list)
    for org in orgs:
        if org.vat_number:
            by_vat[org.vat_number].append(org)
    for vat, group in by_vat.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.office_id != b.office_id:
                    yield a.id, b.id, f"same VAT number {vat}"


def _block(key: str) -> str:
    words = sorted(key.split())
    return words[0][:2] if words else ""


def _similar_names(
    orgs: Sequence[OrgSide], keys: dict[str, str], cancel: CancelToken | None
) -> Iterable[tuple[str, str, str]]:
    from rapidfuzz import fuzz, process  # loaded when first compared, not with the window

    blocks: dict[tuple[str, str], list[OrgSide]] = defaultdict(list)
    for org in orgs:
        key = keys.get(org.id, "")
        if key:
            blocks[(org.country, _block(key))].append(org)
    for group in blocks.values():
        if cancel is not None:
            cancel.raise_if_cancelled()
        if len({org.office_id for org in group}) < 2:
            continue
        for i, a in enumerate(group):
            # each pair once: compare with the later members of the block from other offices
            later = {b.id: keys[b.id] for b in group[i + 1 :] if b.office_id != a.office_id}
            for _key, score, b_id in process.extract(
                keys[a.id], later, scorer=fuzz.token_sort_ratio,
                score_cutoff=DUPLICATE_SCORE, limit=None,
            ):  # fmt: skip
                yield a.id, b_id, f"similar name ({score:.0f}%) in {a.country}"


def cross_office_duplicates(
    ctx: AppContext, *, cancel: CancelToken | None = None
) -> list[CrossOfficePair]:
    """Pairs of organisations of different offices that look alike and are not decided yet,
    the same VAT number first, then by name."""
    with ctx.read() as session:
        orgs, keys = _live_organisations(session)
        decided = _decided_pairs(session)
        found: dict[tuple[str, str], str] = {}
        for a, b, reason in (*_same_vat(orgs), *_similar_names(orgs, keys, cancel)):
            pair = _pair_key(a, b)
            if pair not in decided:
                found.setdefault(pair, reason)
        # the facts a person compares (contacts counted) of the organisations listed only
        facts = facts_of(session, [org_id for pair in found for org_id in pair])
    pairs = []
    for a, b in found:
        likeness = compare(facts[a], facts[b])
        pairs.append(CrossOfficePair(facts[a], facts[b], likeness.summary, likeness))
    # the likeliest first; among equals, a shared VAT number (the surest sign) first
    pairs.sort(
        key=lambda p: (
            -p.likeness.score,
            not (p.first.vat_number and p.first.vat_number == p.second.vat_number),
            p.first.legal_name.casefold(),
        )
    )
    return pairs


def _require_coordinator(ctx: AppContext) -> None:
    if ctx.office_code != COORDINATOR_CODE:
        raise PermissionDeniedError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "only the coordinator ({office}) links organisations across offices"
                ),
                office=COORDINATOR_CODE,
            )
        )


def decide_pair(
    ctx: AppContext, first_id: str, second_id: str, *, same: bool, reason: str = ""
) -> Changes:
    """Record the coordinator's decision on a pair (a later decision replaces it)."""
    _require_coordinator(ctx)
    a, b = _pair_key(first_id, second_id)
    with ctx.transaction() as session:
        first = records.get_live(session, Organisation, a, "organisation")
        second = records.get_live(session, Organisation, b, "organisation")
        if first.office_id == second.office_id:
            report = ValidationReport()
            report.error(
                "organisation",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{first} and {second} are both registered by {office}; that office "
                        "merges its own duplicates",
                    ),
                    first=first.legal_name,
                    second=second.legal_name,
                    office=first.office_id,
                ),
            )
            raise ValidationError(report)
        existing = session.scalars(
            select(OrganisationLink).where(
                OrganisationLink.organisation_id == a, OrganisationLink.other_organisation_id == b
            )
        ).first()
        verdict = "the same organisation" if same else "different organisations"
        if existing is None:
            records.create(
                session,
                ctx,
                OrganisationLink(
                    organisation_id=a,
                    other_organisation_id=b,
                    same=same,
                    reason=reason or "looked alike",
                    decided_by=ctx.user_name,
                ),
                reason=f"{first.legal_name} ({first.office_id}) and {second.legal_name} "
                f"({second.office_id}): {verdict}",
            )
        else:
            if existing.deleted_at is not None:
                records.restore(session, ctx, existing)
            records.update_fields(
                session, ctx, existing, {"same": same, "decided_by": ctx.user_name}, reason=verdict
            )
    return Changes.of(Kind.MEMBERS)


@dataclass(frozen=True, slots=True)
class LinkedPair:
    first: str
    second: str
    same: bool


def linked_pairs(session: Session) -> list[LinkedPair]:
    rows = session.execute(
        select(
            OrganisationLink.organisation_id,
            OrganisationLink.other_organisation_id,
            OrganisationLink.same,
        ).where(OrganisationLink.deleted_at.is_(None))
    ).all()
    return [LinkedPair(*row) for row in rows]


def count_organisations_once(session: Session) -> int:
    """Live organisations of every office, those the coordinator linked as the same
    counted once (links chain: A = B and B = C make one)."""
    ids = set(
        session.scalars(
            select(Organisation.id).where(
                Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
            )
        )
    )
    parent = {org_id: org_id for org_id in ids}

    def root(org_id: str) -> str:
        while parent[org_id] != org_id:
            parent[org_id] = parent[parent[org_id]]
            org_id = parent[org_id]
        return org_id

    for link in linked_pairs(session):
        if link.same and link.first in ids and link.second in ids:
            parent[root(link.first)] = root(link.second)
    return len({root(org_id) for org_id in ids})
