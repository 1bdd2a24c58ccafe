"""The one entry script of the frozen build: the name the program was started by chooses
it (`blues` is the command line, anything else the window). On Linux and macOS `blues`
is a link to the one executable; on Windows blues.exe is a second, console executable."""

import multiprocessing
import sys
from pathlib import Path


def _program() -> str:
    # argv[0] keeps the name of the link; sys.executable is the file it points to.
    name = Path(sys.argv[0]).stem.lower() if sys.argv else ""
    return "cli" if name == "blues" else "gui"


if __name__ == "__main__":
    # First: a child process of a whole-file job (services/processes.py) starts here.
    multiprocessing.freeze_support()
    if _program() == "cli":
        from blues_desktop.cli.main import main
    else:
        from blues_desktop.ui.app import main
    sys.exit(main())
