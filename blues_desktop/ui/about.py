"""About: version, the EU funding statement with the grant number, and the disclaimer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from blues_desktop import APP_NAME, __version__
from blues_desktop.domain.funding import DISCLAIMER, FUNDING_STATEMENT, PROJECT_TITLE


def about_text() -> str:
    # The funding statement and the disclaimer are the EU's wording: they stay in English.
    tool = QCoreApplication.translate(
        "about",
        "The offline tool of the BLUES partnership — {project}: BalticNet-PlasmaTec "
        "(coordinator), Nanoprogress, Mazovia ICT Cluster, ZINNAE and Aqua-Valley.",
    ).format(project=PROJECT_TITLE)
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        f"<p>{tool}</p>"
        f"<p><b>{FUNDING_STATEMENT}</b></p>"
        f"<p><small>{DISCLAIMER}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("about", "About {APP_NAME}").format(APP_NAME=APP_NAME),
        about_text(),
    )
