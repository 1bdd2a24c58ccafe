"""Crash safety, proven by killing: each operation is SIGKILLed at many points in its run.

For every operation, one run to the end measures how long it takes and gives the
"new" state; then the same operation starts again from the same files and is
killed at points spread evenly over that time. After each kill:
- the database opens and passes `PRAGMA integrity_check` and `foreign_key_check`;
- it holds exactly the old or the new content (a digest of every table);
- no half-written backup/bundle/export sits under its final name;
- the next start removes every temporary file the killed process left.

CI runs BLUES_KILL_POINTS=5 per operation (the default); `BLUES_KILL_POINTS=20`
(or more) is the full run, see docs/recovery.md. Operations whose commands do
not exist yet are skipped with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from blues_desktop.cli.main import build_parser
from blues_desktop.services.context import open_installation
from blues_desktop.services.demo import generate
from blues_desktop.store.atomic import stale_temp_files
from blues_desktop.store.engine import make_engine, sqlite_url
from blues_desktop.store.integrity import full_check
from blues_desktop.store.migrate import upgrade_database
from tests.conftest import make_office
from tests.resilience.helpers import content_digest, sqlite_checks

pytestmark = pytest.mark.slow

KILL_POINTS = int(os.environ.get("BLUES_KILL_POINTS", "5"))
DEMO_SCALE = float(os.environ.get("BLUES_KILL_SCALE", "4"))
FIRST_REVISION = "0001_foundation"
REPO = Path(__file__).resolve().parents[2]


class Runner:
    """The warm process of kill_runner.py: forks `blues` children and kills them."""

    def __init__(self, home: Path) -> None:
        env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.resilience.kill_runner"],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._read() == {"ready": True}

    def _read(self) -> dict:  # type: ignore[type-arg]
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the kill runner stopped"
        return json.loads(line)

    def run(
        self, args: list[str], kill_after: float | None = None, output: Path | None = None
    ) -> dict:  # type: ignore[type-arg]
        assert self.process.stdin is not None
        request = {"args": args, "kill_after": kill_after, "output": output and str(output)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    warm = Runner(tmp_path_factory.mktemp("runner-home"))
    yield warm
    warm.close()


@pytest.fixture(scope="module")
def head_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A coordinator's data folder with demo data for all five offices, at the newest schema."""
    root = tmp_path_factory.mktemp("head") / "data"
    installation = open_installation(root)
    generate(make_office(installation, "BPT", "Jörg Köhler"), scale=DEMO_SCALE)
    installation.close()
    return root


@pytest.fixture(scope="module")
def first_revision_template(head_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same demo rows in a database at the first schema revision (what a v1 user has)."""
    root = tmp_path_factory.mktemp("first") / "data"
    root.mkdir()
    shutil.copytree(head_template / "keys", root / "keys")
    engine = make_engine(sqlite_url(root / "blues.sqlite"))
    upgrade_database(engine, None, FIRST_REVISION)
    engine.dispose()
    connection = sqlite3.connect(root / "blues.sqlite")
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("ATTACH DATABASE ? AS head", (str(head_template / "blues.sqlite"),))
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' AND name != 'alembic_version'"
        )
    ]
    for table in tables:
        mine = {row[1] for row in connection.execute(f'PRAGMA main.table_info("{table}")')}
        theirs = {row[1] for row in connection.execute(f'PRAGMA head.table_info("{table}")')}
        columns = ", ".join(f'"{c}"' for c in sorted(mine & theirs))
        if columns:
            connection.execute(
                f'INSERT OR REPLACE INTO main."{table}" ({columns}) '
                f'SELECT {columns} FROM head."{table}"'
            )
    connection.commit()
    connection.execute("DETACH DATABASE head")
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("SELECT count(*) FROM organisations").fetchone()[0] > 100
    connection.close()
    return root


@dataclass(frozen=True)
class Operation:
    name: str
    template: str  # fixture name of the data folder it starts from
    args: Callable[[Path, Path], list[str]]  # (data folder, scratch folder) -> blues ARGS
    command: str  # the `blues` command it needs
    # Final-named files the operation writes besides the database, each checked whole.
    outputs: Callable[[Path, Path], list[Path]] = lambda folder, scratch: []
    check_output: Callable[[Path], None] = lambda path: None
    # Columns that hold the moment of the run (they differ between two runs of the same work).
    volatile: dict[str, set[str]] = field(default_factory=dict)


def _backups(folder: Path, _scratch: Path) -> list[Path]:
    return sorted((folder / "backups").glob("blues-*.sqlite"))


def _sound_backup(path: Path) -> None:
    result = full_check(path, immutable=True)
    assert result.ok, f"{path.name} under its final name is not a whole database: {result}"


def _export(_folder: Path, scratch: Path) -> list[Path]:
    return [p for p in (scratch / "register.xlsx",) if p.exists()]


def _bundles(_folder: Path, scratch: Path) -> list[Path]:
    return sorted(scratch.glob("*.blues"))


def _whole_bundle(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path) as archive:  # a cut-off file is not a valid zip
        assert archive.testzip() is None, f"{path.name} under its final name is damaged"
        assert sorted(archive.namelist()) == [
            "manifest.json",
            "manifest.json.minisig",
            "payload.age",
        ]


BUNDLE_MOMENTS = {
    "bundle_log": {"id", "processed_at", "bundle_created_at", "manifest_sha256", "file_name"},
    "audit_log": {"id", "at"},
}
# The coordinator's bundle that the partner template imports (set by its fixture).
INCOMING: dict[str, Path] = {}


@pytest.fixture(scope="module")
def partner_template(head_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A partner (ZIN) that knows the coordinator, and the coordinator's bundle for it."""
    from blues_desktop.bundles.export import export_bundle
    from blues_desktop.services.partners import register_card
    from blues_desktop.services.setup import own_card

    base = tmp_path_factory.mktemp("partner")
    shutil.copytree(head_template, base / "coordinator")
    coordinator = open_installation(base / "coordinator")
    partner = open_installation(base / "data")
    ctx = make_office(partner, "ZIN", "Begoña Ibáñez")
    register_card(coordinator.context(), own_card(ctx))
    register_card(ctx, own_card(coordinator.context()))
    (base / "stick").mkdir()
    INCOMING["bundle"] = export_bundle(coordinator.context(), base / "stick").path
    coordinator.close()
    partner.close()
    return base / "data"


MEMBER_LIST_ROWS = 2_000
# A members import gives new records new ids and the moment of the run; the rest of
# every row (names, countries, revisions, e-mails) must be the same as in the reference.
IMPORT_MOMENTS = {
    "organisations": {"id", "created_at", "updated_at"},
    "persons": {"id", "created_at", "updated_at", "organisation_id"},
    "audit_log": {"id", "at", "record_id", "changes"},
}


@pytest.fixture(scope="module")
def members_template(head_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The coordinator's folder, and a member list of 2,000 organisations to import."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Members")
    sheet.append(["Legal name", "Country", "City", "First name", "Last name", "E-mail"])
    for n in range(MEMBER_LIST_ROWS):
        sheet.append(
            [f"Küstenwasser Technik {n} GmbH", "DE", "Rostock", "Jörg", f"Müller {n}",
             f"contact{n}@kuestenwasser{n}.example.de"]
        )  # fmt: skip
    path = tmp_path_factory.mktemp("member-list") / "Mitglieder.xlsx"
    book.save(path)
    INCOMING["members"] = path
    return head_template


def _whole_workbook(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)  # a cut-off file is not a valid zip
    assert book.sheetnames, f"{path.name} under its final name has no sheets"
    book.close()


OPERATIONS = [
    Operation(
        "migration",
        "first_revision_template",
        lambda folder, scratch: ["--data-dir", str(folder), "keys", "show"],
        "keys",
        _backups,
        _sound_backup,
    ),
    Operation(
        "backup",
        "head_template",
        lambda folder, scratch: ["--data-dir", str(folder), "backup", "create"],
        "backup",
        _backups,
        _sound_backup,
    ),
    Operation(
        "workbook export",
        "head_template",
        lambda folder, scratch: [
            "--data-dir",
            str(folder),
            "exchanges",
            "export",
            str(scratch / "register.xlsx"),
        ],
        "exchanges",
        _export,
        _whole_workbook,
    ),
    Operation(
        "bundle export",
        "head_template",
        lambda folder, scratch: [
            "--data-dir",
            str(folder),
            "bundle",
            "export",
            "--out",
            str(scratch),
        ],
        "bundle",
        _bundles,
        _whole_bundle,
        BUNDLE_MOMENTS,
    ),
    Operation(
        "members import",
        "members_template",
        lambda folder, scratch: [
            "--data-dir",
            str(folder),
            "members",
            "import",
            str(INCOMING["members"]),
        ],
        "members",
        _backups,
        _sound_backup,
        IMPORT_MOMENTS,
    ),
    Operation(
        "bundle import",
        "partner_template",
        lambda folder, scratch: [
            "--data-dir",
            str(folder),
            "bundle",
            "import",
            str(INCOMING["bundle"]),
        ],
        "bundle",
        volatile=BUNDLE_MOMENTS,
    ),
]


@dataclass
class Tally:
    states: Counter[str] = field(default_factory=Counter)
    temp_files_left: int = 0
    finished_before_kill: int = 0
    outputs_written: int = 0
    temp_files_outside: int = 0


def _fresh_copy(template: Path, scratch: Path) -> Path:
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    folder = scratch / "data"
    shutil.copytree(template, folder)
    return folder


def _available(command: str) -> bool:
    return command in build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]


def _kill_points(duration: float) -> list[float]:
    """Evenly spread over the measured run, from its first moments to its last."""
    return [duration * (index + 0.5) / KILL_POINTS for index in range(KILL_POINTS)]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.name)
def test_killed_at_any_point_leaves_the_old_or_the_new_state(
    operation: Operation,
    runner: Runner,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    if not _available(operation.command):
        pytest.skip(f"`blues {operation.command}` does not exist yet")
    template: Path = request.getfixturevalue(operation.template)
    old = content_digest(template / "blues.sqlite", operation.volatile)

    reference = _fresh_copy(template, tmp_path / "reference")
    output = tmp_path / "reference-output.txt"
    done = runner.run(operation.args(reference, tmp_path / "reference"), output=output)
    assert done["status"] == "exited" and done["code"] == 0, output.read_text()
    new = content_digest(reference / "blues.sqlite", operation.volatile)
    duration = done["elapsed"]

    tally = Tally()
    for point in _kill_points(duration):
        scratch = tmp_path / "killed"
        folder = _fresh_copy(template, scratch)
        outcome = runner.run(operation.args(folder, scratch), kill_after=point)
        if outcome["status"] == "exited":
            tally.finished_before_kill += 1
            assert outcome["code"] == 0, f"the operation failed on its own at {point:.3f} s"
        database = folder / "blues.sqlite"
        integrity, foreign = sqlite_checks(database)
        assert integrity == ["ok"], f"killed at {point:.3f} s: {integrity[:3]}"
        assert foreign == [], f"killed at {point:.3f} s: broken references {foreign[:3]}"
        digest = content_digest(database, operation.volatile)
        if os.environ.get("BLUES_KILL_KEEP") and digest not in (old, new):
            shutil.copytree(folder, Path(os.environ["BLUES_KILL_KEEP"]) / "killed")
            shutil.copytree(reference, Path(os.environ["BLUES_KILL_KEEP"]) / "reference")
            shutil.copytree(template, Path(os.environ["BLUES_KILL_KEEP"]) / "template")
        assert digest in (old, new), f"killed at {point:.3f} s: neither the old nor the new state"
        tally.states["new" if digest == new and new != old else "old"] += 1
        outputs = operation.outputs(folder, scratch)
        for output in outputs:
            operation.check_output(output)
        tally.outputs_written += bool(outputs)
        tally.temp_files_left += len(stale_temp_files(folder))
        # A file written outside the data folder leaves its hidden temp there; the
        # start cannot know that folder, so it is counted and reported, not cleaned.
        tally.temp_files_outside += len([p for p in scratch.glob(".*.part") if p.is_file()])
        open_installation(folder).close()  # the next start
        assert stale_temp_files(folder) == [], f"killed at {point:.3f} s: temp files remain"
    print(
        f"\n{operation.name}: run {duration:.3f} s; {KILL_POINTS} kills: "
        f"{tally.states['old']} old state, {tally.states['new']} new state, "
        f"{tally.finished_before_kill} finished before the kill; "
        f"{tally.outputs_written} with a complete output file under its final name; "
        f"{tally.temp_files_left} temp files left in the data folder, all removed at the next "
        f"start; {tally.temp_files_outside} hidden temp files left beside an output outside it"
    )
