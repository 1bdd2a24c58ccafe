"""One organisation, however many offices registered it: the coordinator's links (and
an office's own merges) map every record to the one it is counted as."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from blues_desktop.services.members.cross_office import linked_pairs
from blues_desktop.store.models import Organisation


def counted_as(session: Session) -> dict[str, str]:
    """{organisation id: the id it is counted as} for every organisation not deleted.

    A record merged into another counts as that one; records linked as the same
    organisation count as one (links chain: A = B and B = C make one)."""
    rows = session.execute(
        select(Organisation.id, Organisation.merged_into_id).where(
            Organisation.deleted_at.is_(None)
        )
    ).all()
    parent = {org_id: org_id for org_id, _merged in rows}

    def root(org_id: str) -> str:
        while parent[org_id] != org_id:
            parent[org_id] = parent[parent[org_id]]
            org_id = parent[org_id]
        return org_id

    def join(a: str, b: str) -> None:
        first, second = root(a), root(b)
        if first != second:  # the smaller id stands for the group: the same on every run
            parent[max(first, second)] = min(first, second)

    for org_id, merged_into in rows:
        if merged_into and merged_into in parent:
            join(org_id, merged_into)
    for link in linked_pairs(session):
        if link.same and link.first in parent and link.second in parent:
            join(link.first, link.second)
    return {org_id: root(org_id) for org_id in parent}
