"""About: version, the EU funding statement with the grant number, and the disclaimer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from blues_desktop import APP_NAME, __version__
from blues_desktop.domain.funding import DISCLAIMER, FUNDING_STATEMENT, PROJECT_TITLE


def about_text() -> str:
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        f"<p>The offline tool of the BLUES partnership — {PROJECT_TITLE}: "
        "BalticNet-PlasmaTec (coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.</p>"
        f"<p><b>{FUNDING_STATEMENT}</b></p>"
        f"<p><small>{DISCLAIMER}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, f"About {APP_NAME}", about_text())
