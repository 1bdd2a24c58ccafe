"""The paper documents print on: A4, or Letter where the data folder's settings say so
(store/folder_settings.py). Set by the program that opened the data folder (the window,
or the `blues` command); A4 until then. Kept apart from pdf.py so that setting it does
not load reportlab at start-up."""

from __future__ import annotations

from blues_desktop.store.folder_settings import PAPER_SIZES

_paper = {"size": "A4"}


def use_paper(name: str) -> None:
    if name not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {name!r}")
    _paper["size"] = name


def paper_in_use() -> str:
    return _paper["size"]
