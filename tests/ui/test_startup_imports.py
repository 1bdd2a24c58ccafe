"""The start to the first page loads no library it does not use: the PDF and spreadsheet
writers, the workbook reader, the cryptography and Alembic wait until first needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from blues_desktop.services.context import AppContext

# The real start (`run_app`) on a set-up folder, until the Members page is built on the
# opened data; then the names of the heavy libraries that were imported.
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from blues_desktop.ui.startup import application, run_app
from blues_desktop.ui.main_window import MainWindow
HEAVY = ("reportlab", "openpyxl", "alembic", "python_calamine", "minisign", "pyrage", "holidays")
app = application()
def poll():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].pages:
        loaded = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
        pages = [type(p).__name__ for p in windows[0].pages]
        print("LOADED " + json.dumps({"heavy": loaded, "pages": pages}), flush=True)
        app.quit()
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(0, poll)
sys.exit(run_app(sys.argv[1], None))
"""


def test_the_start_to_the_members_page_imports_no_heavy_library(
    ctx: AppContext, data_dir: Path
) -> None:
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
    assert report["heavy"] == []
