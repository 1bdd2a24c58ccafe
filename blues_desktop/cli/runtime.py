"""What every command gets: the global options and a lazily opened installation."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from blues_desktop.services.context import AppContext, Installation, open_installation
from blues_desktop.store.folder_settings import read_folder_settings


def apply_folder_settings(root: Path) -> None:
    """What the data folder's settings change for this run: the paper documents print on."""
    from blues_desktop.documents.paper import use_paper

    use_paper(read_folder_settings(root).paper_size)


@dataclass
class Runtime:
    data_dir: str | None
    db_url: str | None
    # Who acts (--user or $BLUES_USER); None is the last user of this computer.
    user: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _installation: Installation | None = None

    def installation(self) -> Installation:
        if self._installation is None:
            self._installation = open_installation(self.data_dir, self.db_url)
            apply_folder_settings(self._installation.paths.root)
        return self._installation

    def context(self) -> AppContext:
        """The context of the acting user (a user named on the command line is
        remembered as this computer's last one)."""
        from blues_desktop.services.users import acting_context

        return acting_context(self.installation(), self.user)

    def print(self, *parts: object) -> None:
        print(*parts, file=self.out)

    def close(self) -> None:
        if self._installation is not None:
            self._installation.close()
            self._installation = None
