"""The Bundles page: a partner writes a bundle, the coordinator imports it after the report."""

from __future__ import annotations

from pathlib import Path

from blues_desktop.services.demo import generate
from blues_desktop.ui.pages.bundles import BundlesPage
from tests.bundles.bundle_fixtures import make_offices


def test_send_then_import_through_the_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.1, offices=["ZIN"])
    partner_page = BundlesPage(offices.partner)
    qtbot.addWidget(partner_page)
    qtbot.waitUntil(lambda: "records" in partner_page.preview_label.text())
    assert "organisations: 10 new" in partner_page.preview_label.text()
    partner_page.write_bundle(offices.out)
    # Writing, verifying and importing each start a process of their own (a second or
    # more on a busy machine): the waits are long enough for that.
    qtbot.waitUntil(lambda: partner_page.history.rowCount() == 1, timeout=60_000)
    assert partner_page.history.item(0, 1).text() == "export"
    assert partner_page.history.item(0, 7).text() == "Begoña Ibáñez"  # who sent it
    written = sorted(offices.out.glob("ZIN-0001-*.blues"))
    assert len(written) == 1

    coordinator_page = BundlesPage(offices.coordinator)
    qtbot.addWidget(coordinator_page)
    (offices.out / "junk.blues").write_bytes(b"not a bundle")
    coordinator_page.import_files([written[0], offices.out / "junk.blues"], confirm=False)
    # the refused file is listed in the history too, with its reason
    qtbot.waitUntil(lambda: coordinator_page.history.rowCount() == 2, timeout=60_000)
    assert "signature valid: office ZIN" in coordinator_page.last_report
    assert "REFUSED junk.blues: not a readable bundle" in coordinator_page.last_report
    assert coordinator_page.history.item(0, 1).text() == "import"
    assert coordinator_page.history.item(0, 7).text() == "Jörg Köhler"  # who imported it
    assert int(coordinator_page.history.item(0, 5).text().replace(",", "")) > 10  # "3,097"
    refused = [coordinator_page.history.item(1, c).text() for c in range(7)]
    assert refused[1:5] == ["import", "—", "—", "junk.blues"]
    assert refused[6].startswith("refused: not a readable bundle")
    # whose cards are registered (the fingerprints are in Partners and keys)
    assert "Cards registered: ZIN." in coordinator_page.keys_summary.text()


def test_a_bundle_opened_with_the_app_is_verified_then_imported(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from blues_desktop.bundles.export import export_bundle
    from blues_desktop.bundles.merge import history
    from blues_desktop.ui.main_window import MainWindow

    offices = make_offices(tmp_path)
    generate(offices.partner, scale=0.05, offices=["ZIN"])
    sent = export_bundle(offices.partner, offices.out)
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(offices.coordinator)
    qtbot.addWidget(window)
    window.open_bundles([sent.path])  # as the file manager hands it over
    qtbot.waitUntil(lambda: len(history(offices.coordinator)) == 1, timeout=60_000)
    assert window.stack.currentWidget().title == "Bundles"
    assert "signature valid: office ZIN" in asked[0] and "Import 1 bundle?" in asked[0]
