"""Possible duplicates across offices: the coordinator lists them, links or separates each
pair, the KPIs count a linked pair once, and no office's record changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from blues_desktop.domain.errors import PermissionDeniedError, ValidationError
from blues_desktop.domain.offices import office_info
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.cross_office import (
    count_organisations_once,
    cross_office_duplicates,
    decide_pair,
)
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.overview import overview
from blues_desktop.store.models import Organisation
from blues_desktop.store.models.members import OrganisationLink


def as_office(ctx: AppContext, code: str) -> AppContext:
    """The same database written as another office (as its merged bundles would)."""
    return replace(ctx, office=office_info(code))


def add(ctx: AppContext, name: str, country: str, vat: str | None = None, city: str = "") -> str:
    data = OrganisationInput(name, "sme", country, city=city or None, vat_number=vat)
    return save_organisation(ctx, data).id


@pytest.fixture
def offices(coordinator_ctx: AppContext) -> dict[str, str]:
    npg, zin, aqv = (as_office(coordinator_ctx, c) for c in ("NPG", "ZIN", "AQV"))
    return {
        # the same company, members of two clusters: same VAT, names written differently
        "npg_vat": add(npg, "Plasma Technik GmbH", "DE", "DE136695976", "Greifswald"),
        "zin_vat": add(zin, "PT Plasmatechnik", "DE", "DE136695976", "Greifswald"),
        # the same host found by two offices: no VAT, the name with another legal form
        "zin_name": add(zin, "Aguas del Ebro S.L.", "ES", city="Zaragoza"),
        "aqv_name": add(aqv, "AGUAS DEL EBRO SL", "ES", city="Zaragoza"),
        # alike but in another country: not listed
        "aqv_fr": add(aqv, "Aguas del Ebro SARL", "FR", city="Pau"),
        # alike within one office: that office's own duplicate search, not this list
        "npg_a": add(npg, "Nanoprogress Labs s.r.o.", "CZ"),
        "npg_b": add(npg, "Nanoprogress Labs a.s.", "CZ"),
    }


def _listed(ctx: AppContext) -> dict[frozenset[str], str]:
    return {frozenset(p.ids): p.reason for p in cross_office_duplicates(ctx)}


def test_pairs_across_offices_are_listed_with_the_reason(
    coordinator_ctx: AppContext, offices: dict[str, str]
) -> None:
    listed = _listed(coordinator_ctx)
    assert listed == {
        frozenset({offices["npg_vat"], offices["zin_vat"]}): (
            "Likely the same organisation (100%). Alike: VAT number (DE136695976); city "
            "(Greifswald). Differs: name (87% alike)."
        ),
        frozenset({offices["zin_name"], offices["aqv_name"]}): (
            "Likely the same organisation (100%). Alike: name, once legal forms, accents and "
            "case are ignored; legal form (S.L.); city (Zaragoza)."
        ),
    }
    first = cross_office_duplicates(coordinator_ctx)[0]
    assert first.likeness.matched[0] == "VAT number (DE136695976)"  # the surest first
    assert {first.first.office_id, first.second.office_id} == {"NPG", "ZIN"}


def test_linking_counts_once_and_changes_no_record(
    coordinator_ctx: AppContext, offices: dict[str, str]
) -> None:
    with coordinator_ctx.read() as session:
        before = {
            o.id: (o.revision, o.legal_name, o.office_id)
            for o in session.scalars(select(Organisation))
        }
        assert count_organisations_once(session) == 7
    decide_pair(coordinator_ctx, offices["zin_vat"], offices["npg_vat"], same=True)
    decide_pair(coordinator_ctx, offices["zin_name"], offices["aqv_name"], same=False)
    assert _listed(coordinator_ctx) == {}
    with coordinator_ctx.read() as session:
        after = {
            o.id: (o.revision, o.legal_name, o.office_id)
            for o in session.scalars(select(Organisation))
        }
        assert after == before
        assert count_organisations_once(session) == 6
        links = session.scalars(select(OrganisationLink)).all()
    assert {(link.same, link.office_id, link.decided_by) for link in links} == {
        (True, "BPT", "Jörg Köhler"),
        (False, "BPT", "Jörg Köhler"),
    }
    assert overview(coordinator_ctx).organisations_once == 6
    # a later decision replaces the earlier one: the pair now counts once as well
    decide_pair(coordinator_ctx, offices["aqv_name"], offices["zin_name"], same=True)
    with coordinator_ctx.read() as session:
        assert count_organisations_once(session) == 5
        assert len(session.scalars(select(OrganisationLink)).all()) == 2


def test_only_the_coordinator_links_and_only_across_offices(
    coordinator_ctx: AppContext, offices: dict[str, str]
) -> None:
    partner = as_office(coordinator_ctx, "ZIN")
    with pytest.raises(PermissionDeniedError, match="only the coordinator"):
        decide_pair(partner, offices["zin_vat"], offices["npg_vat"], same=True)
    with pytest.raises(ValidationError, match="both registered by NPG"):
        decide_pair(coordinator_ctx, offices["npg_a"], offices["npg_b"], same=True)
    with coordinator_ctx.read() as session:
        assert session.scalars(select(OrganisationLink)).all() == []


def test_the_cli_lists_and_links(
    run_cli, coordinator_ctx: AppContext, offices: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    data = str(Path(str(coordinator_ctx.paths.root)))
    listed = run_cli("--data-dir", data, "members", "across-offices")
    assert listed.code == 0
    assert "Alike: VAT number (DE136695976)" in listed.out
    assert "NPG" in listed.out and "Plasma Technik GmbH" in listed.out
    assert "2 possible duplicate(s) across offices" in listed.out
    linked = run_cli("--data-dir", data, "members", "link", offices["npg_vat"], offices["zin_vat"])
    assert linked.code == 0, linked.err
    assert "counted once: 6" in linked.out
    refused = run_cli("--data-dir", data, "members", "link", offices["npg_a"], offices["npg_b"])
    assert refused.code != 0 and "both registered by NPG" in refused.err
