"""One organisation, however many offices registered it: the coordinator's links (and
an office's own merges) map every record to the one it is counted as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.services.members.cross_office import linked_pairs
from blues_desktop.store.models import Organisation


def counted_as(session: Session) -> dict[str, str]:
    """{organisation id: the id it is counted as} for the organisations merged into
    another or linked as the same; any other organisation counts as itself (look up with
    `.get(id, id)`).

    A record merged into another counts as that one; records linked as the same
    organisation count as one (links chain: A = B and B = C make one)."""
    merged = session.execute(
        select(Organisation.id, Organisation.merged_into_id).where(
            Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_not(None)
        )
    ).all()
    pairs = [(a, b) for a, b in merged] + [
        (link.first, link.second) for link in linked_pairs(session) if link.same
    ]
    involved = {org_id for pair in pairs for org_id in pair}
    live = set(
        session.scalars(
            select(Organisation.id).where(
                Organisation.deleted_at.is_(None), Organisation.id.in_(involved)
            )
        )
    ) if involved else set()  # fmt: skip
    parent = {org_id: org_id for org_id in live}

    def root(org_id: str) -> str:
        while parent[org_id] != org_id:
            parent[org_id] = parent[parent[org_id]]
            org_id = parent[org_id]
        return org_id

    for a, b in pairs:
        if a in parent and b in parent:
            first, second = root(a), root(b)
            if first != second:  # the smaller id stands for the group: the same every run
                parent[max(first, second)] = min(first, second)
    return {org_id: root(org_id) for org_id in parent}
