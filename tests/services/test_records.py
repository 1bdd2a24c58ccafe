"""Every change takes a revision of the owner office and leaves an audit row."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from blues_desktop.domain.errors import PermissionDeniedError
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import AuditLog, Organisation


def _organisation(name: str = "Aguas del Ebro S.L.") -> Organisation:
    return Organisation(legal_name=name, org_type="sme", country="ES", name_key="aguas del ebro")


def test_create_update_delete_bump_revisions_and_audit(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        org = records.create(session, ctx, _organisation())
        first = org.revision
    with ctx.transaction() as session:
        org = session.get(Organisation, org.id)
        assert org is not None
        changed = records.update_fields(session, ctx, org, {"city": "Zaragoza", "country": "ES"})
        assert list(changed) == ["city"]
        second = org.revision
    with ctx.transaction() as session:
        org = session.get(Organisation, org.id)
        assert org is not None
        assert records.update_fields(session, ctx, org, {"city": "Zaragoza"}) == {}
        records.tombstone(session, ctx, org, reason="left the cluster")
        third = org.revision
    assert first < second < third
    with ctx.read() as session:
        audit = session.scalars(
            select(AuditLog).where(AuditLog.table_name == "organisations").order_by(AuditLog.id)
        ).all()
        stored = session.get(Organisation, org.id)
    assert [a.action for a in audit] == ["create", "update", "delete"]
    assert json.loads(audit[1].changes) == {"city": [None, "Zaragoza"]}
    assert audit[2].reason == "left the cluster"
    assert stored is not None and stored.deleted_at is not None and stored.office_id == "ZIN"


def test_records_of_another_office_cannot_be_changed(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        org = records.create(session, ctx, _organisation())
        org.office_id = "NPG"  # as if it had arrived in Nanoprogress's bundle
    with ctx.transaction() as session:
        org = session.get(Organisation, org.id)
        assert org is not None
        with pytest.raises(PermissionDeniedError, match="belongs to office NPG"):
            records.update_fields(session, ctx, org, {"city": "Brno"})
    with ctx.read() as session:
        again = session.get(Organisation, org.id)
    assert again is not None and again.city is None


def test_a_failed_transaction_leaves_no_audit_row(ctx: AppContext) -> None:
    with pytest.raises(RuntimeError), ctx.transaction() as session:
        records.create(session, ctx, _organisation())
        raise RuntimeError("power cut")
    with ctx.read() as session:
        assert session.scalars(select(AuditLog).where(AuditLog.action == "create")).all() == []
        assert session.scalars(select(Organisation)).all() == []
