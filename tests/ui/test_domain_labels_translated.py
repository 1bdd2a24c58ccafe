"""The human labels of the domain (an organisation type) and country names reach the
window in its language, while the domain and the documents keep the English."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from blues_desktop.domain.labels import country_label, org_type_label
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.ui import i18n
from blues_desktop.ui.i18n import install_language
from blues_desktop.ui.members.model import Column
from blues_desktop.ui.pages.members import MembersPage
from tests.ui.translation_files import lupdate

LABELS_DE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>labels</name>
    <message>
        <source>Research or technology centre</source>
        <translation>Forschungs- oder Technologiezentrum</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def german_labels(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """German installed, with a catalogue of its own for one label (the shipped .ts
    files are filled by the translators)."""
    ts = tmp_path / "labels_de.ts"
    ts.write_text(LABELS_DE, encoding="utf-8")
    qm = tmp_path / "labels_de.qm"
    lrelease = Path(lupdate()).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    install_language("de", qapp)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    install_language("en", qapp)


def test_members_list_shows_type_and_country_in_german(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, german_labels
) -> None:
    save_organisation(ctx, OrganisationInput("Universidad de Zaragoza", "rto", "ES"))
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.total == 1)
    model = page.model
    assert model.data(model.index(0, Column.TYPE)) == "Forschungs- oder Technologiezentrum"
    assert model.data(model.index(0, Column.COUNTRY)) == "ES Spanien"
    at = page.type_box.findData("rto")
    assert page.type_box.itemText(at) == "Forschungs- oder Technologiezentrum"
    # The domain (documents, the CLI) keeps its English words.
    assert org_type_label("rto") == "Research or technology centre"
    assert country_label("ES") == "Spain"


def test_country_region_and_language_names_follow_the_window(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.country_text("ES") == "Spain"
    assert i18n.language_text("es") == "Spanish"
    install_language("de", qapp)
    try:
        assert i18n.country_text("ES") == "Spanien"
        assert i18n.country_text("CZ") == "Tschechien"
        assert i18n.region_text("ES", "AN") == "Andalusien"
        assert i18n.language_text("es") == "Spanisch"
        assert i18n.country_text("XK") == "Kosovo"  # not in ISO 3166: English as it is
        assert i18n.country_text("") == ""
    finally:
        install_language("en", qapp)
    assert i18n.country_text("ES") == "Spain"
