"""The PySide6 desktop interface: the only package that imports Qt."""

import PySide6.QtCore  # noqa: F401 (PySide6 hooks every later import from here on)

from blues_desktop.ui.feature_check import install

install()
