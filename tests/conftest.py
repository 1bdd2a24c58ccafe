"""Shared fixtures. Every test runs with its own data folder and home directory, so no
test ever reads or writes a real user's data; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from datetime import date, time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from blues_desktop.cli.main import main as cli_main  # noqa: E402
from blues_desktop.domain.events import DayDraft, EventDraft, PersonDraft  # noqa: E402
from blues_desktop.services.context import AppContext, Installation, open_installation  # noqa: E402
from blues_desktop.services.setup import initialise  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("BLUES_DATA_DIR", str(home / "blues-data"))
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def installation(data_dir: Path) -> Iterator[Installation]:
    inst = open_installation(data_dir)
    yield inst
    inst.close()


def make_office(
    installation: Installation, code: str = "ZIN", name: str = "Ana García"
) -> AppContext:
    initialise(installation, code, name)
    return installation.context()


@pytest.fixture
def ctx(installation: Installation) -> AppContext:
    """A partner office (ZINNAE) set up in a fresh data folder."""
    return make_office(installation, "ZIN")


@pytest.fixture
def coordinator_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """The coordinator (BalticNet-PlasmaTec) in its own data folder."""
    inst = open_installation(tmp_path / "coordinator")
    yield make_office(inst, "BPT", "Jörg Köhler")
    inst.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `blues ARGS…` in-process; returns exit code, stdout and stderr."""

    def run(*args: str) -> CliResult:
        try:
            code = cli_main(list(args))
        except SystemExit as exc:  # argparse usage errors, --help, --version
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def require_tool(name: str) -> str:
    """The path of a Debian tool the test checks against (minisign, age, pdftotext).

    CI installs them; on a developer machine without them the test is skipped.
    """
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run must install it")
        pytest.skip(f"{name} is not installed")
    return path


# -- events -----------------------------------------------------------------------------
MakeEvent = Callable[..., str]


def event_draft(**changes: object) -> EventDraft:
    """A two-day workshop in Zaragoza (12-13 May 2026); `changes` replace any field."""
    values: dict[str, object] = {
        "title": "Plasma surface treatment workshop",
        "event_type": "workshop",
        "work_package": "WP2",
        "start_date": date(2026, 5, 12),
        "end_date": date(2026, 5, 13),
        "city": "Zaragoza",
        "country": "ES",
        "days": (
            DayDraft(date(2026, 5, 12), time(9), time(17)),
            DayDraft(date(2026, 5, 13), time(9), time(13)),
        ),
    }
    values.update(changes)
    return EventDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def make_event() -> MakeEvent:
    """`make_event(ctx, people=["Ana Ruiz"], new_people=[PersonDraft(...)], **fields)`:
    plan an event (event_draft's workshop with `fields` changed) and register people:
    `people` as persons already in the register (made here, by name), `new_people` as new
    persons with their consent. Returns the event's id."""
    from blues_desktop.services import events as ev
    from blues_desktop.services import records
    from blues_desktop.store.models import Person

    def make(
        ctx: AppContext,
        *,
        people: Sequence[str] = (),
        new_people: Sequence[PersonDraft] = (),
        **fields: object,
    ) -> str:
        event_id = ev.save_event(ctx, event_draft(**fields)).event_id
        if people:
            with ctx.transaction() as session:
                ids = [
                    records.create(
                        session, ctx, Person(first_name=name.split()[0], last_name=name.split()[1])
                    ).id
                    for name in people
                ]
            ev.register_persons(ctx, event_id, ids)
        for draft in new_people:
            ev.register_new_person(ctx, event_id, draft)
        return event_id

    return make
