"""Demo timesheets (filled in when the timesheets module is built)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from blues_desktop.services.demo.plan import DemoPlan


def add_demo(session: Session, plan: DemoPlan) -> dict[str, int]:
    """Add this office's demo timesheets; returns rows added per table."""
    return {}
