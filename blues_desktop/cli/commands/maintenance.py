"""`blues maintenance` commands (filled in by the maintenance work)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Nothing yet: the commands are registered when this area is built."""
