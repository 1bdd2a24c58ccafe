"""The start to the first page loads no library it does not use: the PDF and spreadsheet
writers, the workbook reader, the cryptography, Alembic, the fuzzy matcher and the
encoding guesser wait until first needed, and so do the Members page's dialogs and export;
its list is read once; the data layer is imported past PySide6's per-import hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation

# The real start (`run_app`) on a set-up folder, until the Members page shows the first
# rows of its list; then the names of the heavy libraries that were imported. The warm-up
# that loads the holiday calendar on purpose half a second after the first page is not
# the start: it is left out, so a slow machine cannot make it part of the count.
CHILD = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from blues_desktop.ui.startup import application, run_app
from blues_desktop.ui.main_window import MainWindow
HEAVY = (
    "reportlab", "openpyxl", "alembic", "python_calamine", "minisign", "pyrage", "holidays",
    "xlsxwriter", "rapidfuzz", "charset_normalizer",
)
# The Members page's dialogs that are imported when first opened, and its export
LATER = (
    "blues_desktop.ui.history_dialog",
    "blues_desktop.ui.members.import_dialog",
    "blues_desktop.ui.members.cross_office_dialog",
    "blues_desktop.ui.members.edit_dialog",
    "blues_desktop.ui.members.contact_dialog",
    "blues_desktop.ui.members.contact_merge",
    "blues_desktop.ui.members.merge_prompt",
    "blues_desktop.documents.members_workbook",
)
MainWindow._warm_up = lambda self: None
app = application()
def poll():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    page = windows[0].pages[0] if windows and windows[0].pages else None
    if page is not None and page.model.generation and not page.model.loading:
        loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
        pages = [type(p).__name__ for p in windows[0].pages]
        rows = len(page.model.rows)
        looked_at = sys.modules["PySide6.support.feature"].pyside_feature_dict
        hooked = [m for m in ("sqlalchemy.orm.mapper", "sqlalchemy.sql.compiler") if m in looked_at]
        later = [m for m in LATER if m in sys.modules]
        report = {
            "heavy": loaded, "pages": pages, "rows": rows, "collector": gc.isenabled(),
            "hooked": hooked, "later": later, "reads": page.model.generation,
        }
        print("LOADED " + json.dumps(report), flush=True)
        app.quit()
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(0, poll)
sys.exit(run_app(sys.argv[1], None))
"""


def test_the_start_to_the_members_page_imports_no_heavy_library(
    ctx: AppContext, data_dir: Path
) -> None:
    save_organisation(ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    ctx.installation.close()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, f"the window did not open: {done.stderr[-2000:]}"
    report = json.loads(lines[-1].removeprefix("LOADED "))
    assert report["pages"] == ["MembersPage"]  # the first page, built on the data
    assert report["rows"] > 0  # its list shows the organisations read from the file
    assert report["reads"] == 1  # read once: not first in another order, then again
    assert report["heavy"] == []
    assert report["collector"]  # paused for the start only, running again once the page stands
    # The data layer was imported past PySide6's per-import hook (ui/feature_check.py)
    assert report["hooked"] == []
    assert report["later"] == []
