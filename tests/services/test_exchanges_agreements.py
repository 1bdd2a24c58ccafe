"""Which financial agreements a batch prints: the domain's rule per state, the register's
order, the page's filter, and exchanges named by reference."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from blues_desktop.domain.errors import NotFoundError
from blues_desktop.domain.exchanges.workflow import State
from blues_desktop.services import exchanges as cx
from blues_desktop.services.context import AppContext
from blues_desktop.services.exchanges.agreements import (
    agreement_candidates,
    printable_agreements,
)
from tests.services.test_exchanges_workflow import (
    drive_to,
    org,
    parties,
    pin_clock,
    registration,
)

# The state each exchange is brought to, in the order they are registered.
TARGETS = ("registered", "matched", "ctq_signed", "held", "paid", "withdrawn", "cancelled")


def exchanges_in_states(ctx: AppContext, tmp_path: Path) -> dict[str, str]:
    """One exchange per target state, each with its own visitor; reference by target.
    The withdrawn one is withdrawn after its CtQ was signed (it has an agreement number),
    the cancelled one before (it has none)."""
    p = parties(ctx)
    references: dict[str, str] = {}
    for index, target in enumerate(TARGETS):
        pin_clock(ctx, datetime(2026, 3, 2, 9, tzinfo=UTC))  # drive_to goes on from here
        visitor = org(ctx, f"Visitante {index} S.L.", "sme", "ES", "Zaragoza")
        reference = cx.register(ctx, registration(p, visitor_org_id=visitor)).reference
        if target == "withdrawn":
            drive_to(ctx, reference, "ctq_signed", tmp_path)
            cx.move(ctx, reference, "withdrawn", reason="the visitor fell ill")
        elif target == "cancelled":
            drive_to(ctx, reference, "validated", tmp_path)
            cx.move(ctx, reference, "cancelled", reason="the host withdrew its offer")
        elif target != "registered":
            drive_to(ctx, reference, target, tmp_path)
        references[target] = reference
    return references


def test_printable_agreements_follow_the_domain_rule_in_the_registers_order(
    ctx: AppContext, tmp_path: Path
) -> None:
    refs = exchanges_in_states(ctx, tmp_path)
    ids = printable_agreements(ctx)
    reference_of = {row.id: row.reference for row in cx.list_exchanges(ctx)}
    # CtQ signed or later, and the withdrawn one whose agreement was numbered; the
    # register lists the latest number first.
    expected = [refs[t] for t in ("withdrawn", "paid", "held", "ctq_signed")]
    assert [reference_of[i] for i in ids] == expected
    register_order = [row.reference for row in cx.list_exchanges(ctx)]
    assert [r for r in register_order if r in expected] == expected


def test_the_filter_narrows_the_batch(ctx: AppContext, tmp_path: Path) -> None:
    refs = exchanges_in_states(ctx, tmp_path)
    reference_of = {row.id: row.reference for row in cx.list_exchanges(ctx)}
    held = printable_agreements(ctx, cx.ExchangeFilter(state="held"))
    assert [reference_of[i] for i in held] == [refs["held"]]
    assert printable_agreements(ctx, cx.ExchangeFilter(state="matched")) == []
    assert printable_agreements(ctx, cx.ExchangeFilter(office="MCI")) == []  # visitors are ZIN
    assert printable_agreements(ctx, cx.ExchangeFilter(year=2025)) == []
    searched = printable_agreements(ctx, cx.ExchangeFilter(text=refs["paid"].lower()))
    assert [reference_of[i] for i in searched] == [refs["paid"]]


def test_named_exchanges_say_each_whether_it_may_be_printed(
    ctx: AppContext, tmp_path: Path
) -> None:
    refs = exchanges_in_states(ctx, tmp_path)
    named = [refs["held"], refs["registered"], refs["cancelled"], refs["held"].lower()]
    candidates = agreement_candidates(ctx, named)
    # in the order given, each exchange once
    assert [(c.reference, c.state, c.printable) for c in candidates] == [
        (refs["held"], State.HELD, True),
        (refs["registered"], State.REGISTERED, False),
        (refs["cancelled"], State.CANCELLED, False),
    ]
    assert candidates[0].agreement_number is not None
    assert candidates[2].agreement_number is None
    with pytest.raises(NotFoundError, match="ZIN-X-1999-001"):
        agreement_candidates(ctx, [refs["held"], "ZIN-X-1999-001"])
