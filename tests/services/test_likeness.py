"""How alike two organisations are, in words: a name that is the same once legal forms
are ignored is not proof; a different legal form or city lowers the likelihood and says so."""

from __future__ import annotations

from dataclasses import replace

import pytest

from blues_desktop.domain.offices import office_info
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.cross_office import cross_office_duplicates
from blues_desktop.services.members.duplicates import likely_duplicates
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.members.likeness import (
    Likelihood,
    OrgFacts,
    compare,
    legal_form_of,
)
from blues_desktop.services.members.persons import PersonInput, save_person


def facts(name: str, city: str | None = None, **more: object) -> OrgFacts:
    fields: dict = {"id": name, "legal_name": name, "office_id": "ZIN", "country": "ES"}
    return OrgFacts(**{**fields, "city": city, **more})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Aguas del Ebro S.A.", "S.A."),
        ("AGUAS DEL EBRO, S.L.U.", "S.L.U."),
        ("Plasma Systems AG", "AG"),
        ("Plasma Systems UG", "UG"),
        ("Mazowsze Tech Sp. z o.o.", "sp. z o.o."),
        ("Nanoprogress Labs s.r.o.", "s.r.o."),
        ("Aqua-Valley", None),
        ("Plasma AS Services", None),  # "as" inside a name is no legal form
    ],
)
def test_the_legal_form_is_read_from_the_name(name: str, form: str | None) -> None:
    assert legal_form_of(name) == form


def test_an_sa_beside_an_slu_is_only_possibly_the_same_and_says_why() -> None:
    sa = facts("Aguas del Ebro S.A.", "Zaragoza")
    slu = facts("Aguas del Ebro S.L.U.", "Zaragoza", office_id="AQV")
    same_form = facts("AGUAS DEL EBRO SA", "Zaragoza", office_id="AQV")
    likeness = compare(sa, slu)
    assert likeness.likelihood is Likelihood.POSSIBLE
    assert likeness.score < compare(sa, same_form).score == 100
    assert likeness.matched == (
        "name, once legal forms, accents and case are ignored",
        "city (Zaragoza)",
    )
    assert likeness.differs == ("legal form (S.A. and S.L.U.)",)
    assert likeness.summary == (
        "Possibly the same organisation (75%). Alike: name, once legal forms, accents and case "
        "are ignored; city (Zaragoza). Differs: legal form (S.A. and S.L.U.)."
    )


def test_an_ag_beside_a_ug_in_another_city_is_probably_another_organisation() -> None:
    ag = facts("Plasma Systems AG", "Greifswald", country="DE")
    ug = facts("Plasma Systems UG", "Rostock", country="DE", office_id="NPG")
    likeness = compare(ag, ug)
    assert likeness.likelihood is Likelihood.UNLIKELY
    assert likeness.differs == ("legal form (AG and UG)", "city (Greifswald and Rostock)")
    assert likeness.summary.startswith("Probably two different organisations (55%).")
    # the city alone lowers it too
    same_form = compare(ag, replace(ug, legal_name="Plasma Systems AG"))
    assert same_form.differs == ("city (Greifswald and Rostock)",)
    assert same_form.score == 80 and same_form.likelihood is Likelihood.POSSIBLE


def test_vat_numbers_and_types_weigh_too() -> None:
    one = facts("Ebro Agua S.L.", "Zaragoza", vat_number="ESB12345674")
    same_vat = compare(one, facts("Agua Ebro Servicios S.L.", "Zaragoza", vat_number="ESB12345674"))
    assert same_vat.likelihood is Likelihood.LIKELY and same_vat.matched[0] == (
        "VAT number (ESB12345674)"
    )
    other_vat = compare(one, facts("Ebro Agua SL", "Zaragoza", vat_number="ESB87654321"))
    assert other_vat.likelihood is Likelihood.UNLIKELY
    assert other_vat.differs == ("VAT number (ESB12345674 and ESB87654321)",)
    other_type = compare(one, facts("Ebro Agua S.L.", "Zaragoza", org_type="large"))
    assert other_type.differs == ("type (SME and Large company)",)
    assert other_type.score == 90


def test_the_save_check_compares_the_facts_and_puts_the_likeliest_first(ctx: AppContext) -> None:
    slu = save_organisation(
        ctx, OrganisationInput("Aguas del Ebro S.L.U.", "sme", "ES", city="Zaragoza")
    ).id
    twin = save_organisation(
        ctx, OrganisationInput("Aguas del Ebro S.A.", "sme", "ES", city="Zaragoza")
    ).id
    save_person(ctx, PersonInput("Lucía", "Pérez", organisation_id=twin))
    found = likely_duplicates(
        ctx, OrganisationInput("AGUAS DEL EBRO SA", "sme", "ES", city="Zaragoza")
    )
    assert [d.id for d in found] == [twin, slu]  # the same legal form first
    assert found[0].likeness.score == 100 and found[0].other.contacts == 1
    assert found[1].likeness.differs == ("legal form (S.A. and S.L.U.)",)
    assert found[1].reason.startswith("Possibly the same organisation (75%)")
    assert found[1].this.legal_name == "AGUAS DEL EBRO SA" and found[1].other.city == "Zaragoza"


def test_across_offices_an_ag_and_a_ug_in_another_city_are_said_to_differ(
    coordinator_ctx: AppContext,
) -> None:
    npg = replace(coordinator_ctx, office=office_info("NPG"))
    bpt_id = save_organisation(
        coordinator_ctx, OrganisationInput("Plasma Systems AG", "sme", "DE", city="Greifswald")
    ).id
    npg_id = save_organisation(
        npg, OrganisationInput("Plasma Systems UG", "sme", "DE", city="Rostock")
    ).id
    [pair] = cross_office_duplicates(coordinator_ctx)
    assert set(pair.ids) == {bpt_id, npg_id}
    assert pair.likeness.likelihood is Likelihood.UNLIKELY
    first, second = pair.first, pair.second  # in the order the pair is shown
    assert {first.legal_form, second.legal_form} == {"AG", "UG"}
    assert pair.likeness.differs == (
        f"legal form ({first.legal_form} and {second.legal_form})",
        f"city ({first.city} and {second.city})",
    )
    assert pair.reason.endswith(f"Differs: {'; '.join(pair.likeness.differs)}.")
