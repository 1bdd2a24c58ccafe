"""One exchange from registration to paid, and every bad input refused with nothing saved."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.services import exchanges as cx
from blues_desktop.services import records
from blues_desktop.services.context import AppContext
from blues_desktop.store.models import (
    Attachment,
    AuditLog,
    Exchange,
    ExchangeStatusChange,
    Organisation,
    Person,
    ProgrammeRules,
)

START, END = date(2026, 4, 13), date(2026, 4, 17)  # Mon–Fri, no holidays in Poland


def pin_clock(ctx: AppContext, moment: datetime) -> None:
    ctx.installation.clock = lambda: moment


def org(
    ctx: AppContext, name: str, org_type: str, country: str, city: str, member: bool = True
) -> str:
    with ctx.transaction() as session:
        row = records.create(
            session,
            ctx,
            Organisation(
                legal_name=name,
                org_type=org_type,
                country=country,
                city=city,
                is_member=member,
                name_key=name.lower(),
            ),
        )
        return row.id


def parties(ctx: AppContext) -> dict[str, str]:
    pin_clock(ctx, datetime(2026, 3, 2, 9, tzinfo=UTC))
    return {
        "cluster": org(ctx, "ZINNAE Clúster Urbano", "cluster", "ES", "Zaragoza"),
        "visitor": org(ctx, "Aguas del Ebro y Niño S.L.", "sme", "ES", "Zaragoza"),
        "host": org(ctx, "Wodociągi Płock Sp. z o.o.", "sme", "PL", "Płock"),
        "large": org(ctx, "Grupo Grande S.A.", "large", "ES", "Madrid"),
        "spanish_host": org(ctx, "Riegos Huesca S.L.", "sme", "ES", "Huesca"),
        "outside": org(ctx, "Zürich Wasser AG", "sme", "CH", "Zürich"),
        "nowhere": org(ctx, "Villanueva Aguas S.L.", "sme", "ES", "Villanueva de Gállego"),
    }


def registration(p: dict[str, str], **changes: object) -> cx.Registration:
    values: dict[str, object] = {
        "visitor_org_id": p["visitor"],
        "new_visitor_person": cx.NewPerson("Begoña", "Muñoz", "begona@example.eu"),
        "visitor_cluster_id": p["cluster"],
        "host_org_id": p["host"],
        "host_partnership": "MCI",
        "start_date": START,
        "end_date": END,
        "motivation": "Learn how Płock runs its water network",
    }
    values.update(changes)
    return cx.Registration(**values)  # type: ignore[arg-type]


def evidence_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n% evidence " + name.encode() + b"\n%%EOF\n")
    return path


def drive_to(ctx: AppContext, reference: str, target: str, tmp_path: Path) -> None:
    """Move a registered exchange forward to `target`, doing what each step needs."""
    pin_clock(ctx, datetime(2026, 3, 2, 9, tzinfo=UTC))
    steps = [
        "validated",
        "matched",
        "ctq_signed",
        "agreement_signed",
        "held",
        "report_submitted",
        "report_validated",
        "paid",
    ]
    for step in steps:
        if step == "matched":
            cx.accept_match(ctx, reference, "host")
            cx.accept_match(ctx, reference, "visitor")
        if step == "ctq_signed":
            cx.update_exchange(
                ctx,
                reference,
                {
                    "goals": "See how a Polish utility runs smart meters",
                    "objectives": "Meet the engineers; plan a joint pilot",
                    "agenda": [
                        (date(2026, 4, 13 + d), f"Day {d + 1}: site visits") for d in range(5)
                    ],
                },
            )
        if step == "held":
            pin_clock(ctx, datetime(2026, 4, 20, 9, tzinfo=UTC))
        if step == "report_submitted":
            cx.save_report(
                ctx,
                reference,
                cx.ClosingReport(
                    activities="Visited the treatment plant",
                    results="A joint pilot planned",
                    scores={"host": 5, "objectives": 4},
                    would_recommend=True,
                ),
            )
        if step == "paid":
            cx.attach_evidence(
                ctx, reference, evidence_file(tmp_path, "train.pdf"), "travel_invoice"
            )
            cx.attach_evidence(
                ctx, reference, evidence_file(tmp_path, "hotel.pdf"), "accommodation_invoice"
            )
        cx.move(ctx, reference, step)
        if step == target:
            return


def counts(ctx: AppContext) -> dict[str, int]:
    with ctx.read() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Exchange, ExchangeStatusChange, Organisation, Person, Attachment)
        }


def test_one_exchange_from_registration_to_paid(ctx: AppContext, tmp_path: Path) -> None:
    pin_clock(ctx, datetime(2026, 3, 2, 9, tzinfo=UTC))
    p = parties(ctx)
    result = cx.register(ctx, registration(p))
    assert result.reference == "ZIN-X-2026-001" and result.state == "registered"
    drive_to(ctx, result.reference, "paid", tmp_path)
    detail = cx.exchange_detail(ctx, result.reference)
    assert detail.state.value == "paid" and detail.paid_on == date(2026, 4, 20)
    assert [h.to_state for h in detail.history] == [
        "registered",
        "validated",
        "matched",
        "ctq_signed",
        "agreement_signed",
        "held",
        "report_submitted",
        "report_validated",
        "paid",
    ]
    assert detail.agreement_number == "ZIN-CX-2026-001" and detail.rules.version == 1
    assert detail.lump_sum == detail.computation.amount == cx.current_rules(ctx).thresholds["PL"]  # type: ignore[union-attr]
    with ctx.read() as session:
        audited = session.scalars(
            select(AuditLog.action).where(AuditLog.table_name == "exchange_status_changes")
        ).all()
    assert len(audited) == 9
    kpis = cx.exchange_kpis(ctx)
    # Counted once, for the visitor's partnership (ZIN), not the host's (MCI)
    assert kpis.held_by_office["ZIN"] == 1 and kpis.held_by_office["MCI"] == 0 and kpis.held == 1
    assert kpis.by_country_pair == {"ES→PL": 1} and kpis.paid == detail.lump_sum
    summary = cx.evaluation_summary(ctx)
    assert {q.id: q.average for q in summary.questions}[
        "host"
    ] == 5.0 and summary.would_recommend == 1


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"start_date": END, "end_date": START}, "dates in order"),
        ({"start_date": date(2026, 4, 16), "end_date": date(2026, 4, 19)}, "minimum duration"),
        ({"host_org_id": "spanish_host"}, "different countries"),
        ({"host_org_id": "outside"}, "COSME countries"),
        ({"visitor_org_id": "large", "visitor_cluster_id": None}, "may only host"),
        ({"host_org_id": "nowhere"}, "rule 'distance'"),
    ],
)
def test_bad_registrations_are_refused_whole(
    ctx: AppContext, changes: dict[str, object], rule: str
) -> None:
    p = parties(ctx)
    resolved = {k: p.get(v, v) if isinstance(v, str) else v for k, v in changes.items()}
    before = counts(ctx)
    with pytest.raises(ValidationError, match=rule):
        cx.register(ctx, registration(p, **resolved))
    assert counts(ctx) == before  # not even the new person was kept


def test_unknown_city_is_accepted_with_typed_km(ctx: AppContext) -> None:
    p = parties(ctx)
    result = cx.register(
        ctx, registration(p, host_org_id=p["nowhere"], visitor_org_id=p["host"], manual_km=1850)
    )
    detail = cx.exchange_detail(ctx, result.reference)
    assert detail.distance_km == 1850 and detail.distance_manual


def test_second_visit_is_blocked_unless_overridden_with_a_reason(ctx: AppContext) -> None:
    p = parties(ctx)
    first = cx.register(ctx, registration(p))
    with pytest.raises(
        ValidationError, match="one visit per visiting organisation.*" + first.reference
    ):
        cx.register(ctx, registration(p))
    second = cx.register(ctx, registration(p, override_reason="Second host agreed by the Agency"))
    assert any("override" in w for w in second.warnings)
    with ctx.read() as session:
        audit = session.scalars(
            select(AuditLog).where(
                AuditLog.record_id == second.exchange_id, AuditLog.action == "create"
            )
        ).one()
    assert audit.reason == "Second host agreed by the Agency"
    # cancelling the first frees the visitor again; its number is never reused
    cx.move(ctx, first.reference, "cancelled", reason="dates did not suit the host")
    third = cx.register(ctx, registration(p, override_reason="third try"))
    assert third.reference == "ZIN-X-2026-003"


def test_payment_needs_a_validated_report_and_evidence(ctx: AppContext, tmp_path: Path) -> None:
    p = parties(ctx)
    ref = cx.register(ctx, registration(p)).reference
    drive_to(ctx, ref, "report_submitted", tmp_path)
    with pytest.raises(ValidationError, match="in order"):
        cx.move(ctx, ref, "paid")
    cx.move(ctx, ref, "report_validated")
    with pytest.raises(ValidationError, match="attach the evidence"):
        cx.move(ctx, ref, "paid")
    assert cx.exchange_detail(ctx, ref).state.value == "report_validated"


def test_late_payment_is_warned(ctx: AppContext, tmp_path: Path) -> None:
    p = parties(ctx)
    ref = cx.register(ctx, registration(p)).reference
    drive_to(ctx, ref, "report_validated", tmp_path)
    cx.attach_evidence(ctx, ref, evidence_file(tmp_path, "t.pdf"), "travel_invoice")
    cx.attach_evidence(ctx, ref, evidence_file(tmp_path, "h.pdf"), "accommodation_invoice")
    result = cx.move(ctx, ref, "paid", on=date(2026, 5, 15))
    assert any("after the deadline of 27 April 2026" in w for w in result.warnings)


def test_eligibility_is_checked_again_on_every_change(ctx: AppContext, tmp_path: Path) -> None:
    p = parties(ctx)
    ref = cx.register(ctx, registration(p)).reference
    cx.move(ctx, ref, "validated")
    with pytest.raises(ValidationError, match="different countries"):
        cx.update_exchange(ctx, ref, {"host_org_id": p["spanish_host"]})
    assert cx.exchange_detail(ctx, ref).host.name == "Wodociągi Płock Sp. z o.o."  # type: ignore[union-attr]
    options = {o.target: o for o in cx.move_options(ctx, ref)}
    assert not options["matched"].allowed and "accept" in (options["matched"].reason or "")


def test_cancel_needs_a_reason_and_agreement_numbers_are_not_reused(
    ctx: AppContext, tmp_path: Path
) -> None:
    p = parties(ctx)
    first = cx.register(ctx, registration(p)).reference
    drive_to(ctx, first, "ctq_signed", tmp_path)
    with pytest.raises(ValidationError, match="give a reason"):
        cx.move(ctx, first, "withdrawn")
    cx.move(ctx, first, "withdrawn", reason="visitor fell ill")
    second = cx.register(ctx, registration(p)).reference
    drive_to(ctx, second, "ctq_signed", tmp_path)
    assert cx.exchange_detail(ctx, first).agreement_number == "ZIN-CX-2026-001"
    assert cx.exchange_detail(ctx, second).agreement_number == "ZIN-CX-2026-002"


def test_rules_are_published_by_the_coordinator_only(
    ctx: AppContext, coordinator_ctx: AppContext
) -> None:
    data = json.loads(cx.current_rules(ctx).to_json())
    data["thresholds"]["PL"] = "800.00"
    with pytest.raises(PermissionDeniedError, match="coordinator"):
        cx.publish_rules(ctx, json.dumps(data), date(2026, 1, 1))
    result = cx.publish_rules(coordinator_ctx, json.dumps(data), date(2026, 1, 1), "2026 call")
    assert result.rules.version == 2 and result.rules.thresholds["PL"] == 800
    with coordinator_ctx.read() as session:
        owners = session.scalars(select(ProgrammeRules.office_id)).all()
    assert owners == ["BPT", "BPT"]
    assert [v.version for v in cx.list_versions(coordinator_ctx)] == [1, 2]
