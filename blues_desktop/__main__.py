"""`python -m blues_desktop` starts the desktop window."""

from blues_desktop.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
