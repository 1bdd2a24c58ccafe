"""What every command gets: the global options and a lazily opened installation."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from blues_desktop.services.context import AppContext, Installation, open_installation


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
