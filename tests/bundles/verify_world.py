"""A small partnership built once per test process, for the rules of bundle verification.

Creating offices (real minisign and age keys), exporting and importing bundles takes
seconds; the rule tests need the same few states over and over. They are built once,
the first time a test asks, and kept as folders: the bundles as files, each office's
data folder as a snapshot. A test copies the snapshot it needs (a few hundred KB) and
opens the copy, so no test sees another's changes.

Built once per process on purpose: mutation testing runs every mutant in a copy of the
process that ran the tests first, so the states were built by the real code and only
the checks under test run in the mutant.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from blues_desktop.bundles.export import export_bundle
from blues_desktop.bundles.merge import import_bundle
from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.domain.persons import PersonInput
from blues_desktop.services.attachments import attach_file
from blues_desktop.services.context import AppContext, open_installation
from blues_desktop.services.members.editing import save_organisation
from blues_desktop.services.members.persons import save_person
from blues_desktop.services.partners import register_card, revoke
from blues_desktop.services.setup import initialise, own_card
from blues_desktop.services.timesheets import StaffDraft, save_staff

# When the coordinator revoked ZIN's key in the "revoked" state.
REVOKED_AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    """Bundles (files) and snapshots of data folders (copied before use, never opened).

    coordinator BPT and partner ZIN know each other's keys; MCI knows ZIN's key but
    ZIN does not know MCI, so ZIN's bundles are not addressed to MCI.
    ZIN wrote bundles 1, 2 and 3 (2 and 3 with every record); bundle 1 holds two
    organisations, a contact, a staff member (and their person record) and a CV (a PDF)
    attached to the first organisation.
    BPT's bundle 1 (written after importing ZIN's bundle 1) holds the partner registry
    and ZIN's records relayed.
    """

    root: Path
    zin_1: Path
    zin_2: Path
    zin_3: Path
    bpt_1: Path
    cv: bytes = field(repr=False)  # the PDF in ZIN's bundles
    # data folders: the coordinator before any import, after ZIN's bundle 1, after ZIN's
    # bundles 1 and 3, with ZIN's key revoked (nothing imported); ZIN after its exports;
    # MCI; and the live folders whose keys sign forged bundles
    states: dict[str, Path]

    def keys_of(self, office: str) -> AppContext:
        """An office (ZIN, MCI, BPT) to sign or read forged bundles: only its keys are used."""
        return _signers()[office]


def a_pdf(path: Path, text: str) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, text)
    canvas.save()
    return path


def _close(ctx: AppContext) -> None:
    """Close the database, the write-ahead log folded in: its folder can be copied."""
    ctx.installation.engine.dispose()
    connection = sqlite3.connect(ctx.paths.database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _snapshot(ctx: AppContext, target: Path) -> Path:
    _close(ctx)
    shutil.copytree(ctx.paths.root, target)
    return target


def _office(root: Path, code: str, name: str, passphrase: str | None = None) -> AppContext:
    installation = open_installation(root / code.lower())
    initialise(installation, code, name, passphrase)
    return installation.context()


def _remove(root: Path, creator: int) -> None:
    if os.getpid() == creator:  # never from a forked copy of the process
        shutil.rmtree(root, ignore_errors=True)


@functools.cache
def _built() -> tuple[World, dict[str, AppContext]]:
    root = Path(tempfile.mkdtemp(prefix="blues-verify-world-"))
    atexit.register(_remove, root, os.getpid())
    bpt = _office(root / "live", "BPT", "Jörg Köhler")
    zin = _office(root / "live", "ZIN", "Begoña Ibáñez")
    mci = _office(root / "live", "MCI", "Chiara Rossi")
    register_card(bpt, own_card(zin))
    register_card(zin, own_card(bpt))
    register_card(mci, own_card(zin))
    out = root / "bundles"
    out.mkdir()

    first = save_organisation(zin, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES")).id
    save_organisation(zin, OrganisationInput("Universidad de Zaragoza", "rto", "ES"))
    save_person(zin, PersonInput("Begoña", "Ibáñez", organisation_id=first))
    save_staff(zin, StaffDraft("Ramón", "Gil", date(2019, 1, 1), Decimal(40)))
    cv = a_pdf(root / "cv.pdf", "Curriculum vitae: Begoña Ibáñez")
    with zin.transaction() as session:
        attach_file(session, zin, cv, owner_table="organisations", owner_id=first, kind="cv")

    states = {"coordinator": _snapshot(bpt, root / "states" / "coordinator")}
    zin_1 = export_bundle(zin, out).path
    zin_2 = export_bundle(zin, out, full=True).path
    zin_3 = export_bundle(zin, out, full=True).path
    states["partner"] = _snapshot(zin, root / "states" / "partner")
    states["mci"] = _snapshot(mci, root / "states" / "mci")

    import_bundle(bpt, zin_1)
    states["after 1"] = _snapshot(bpt, root / "states" / "after 1")
    bpt_1 = export_bundle(bpt, out).path
    import_bundle(bpt, zin_3)
    states["after 1 and 3"] = _snapshot(bpt, root / "states" / "after 1 and 3")

    revoked_dir = shutil.copytree(states["coordinator"], root / "states" / "revoked")
    installation = open_installation(revoked_dir, clock=lambda: REVOKED_AT)
    revoke(installation.context(), "ZIN", "the laptop was stolen")
    _close(installation.context())
    states["revoked"] = revoked_dir

    world = World(root, zin_1, zin_2, zin_3, bpt_1, cv.read_bytes(), states)
    return world, {"BPT": bpt, "ZIN": zin, "MCI": mci}


def world() -> World:
    return _built()[0]


def _signers() -> dict[str, AppContext]:
    return _built()[1]


def open_copy(state: str, target: Path) -> AppContext:
    """A fresh copy of a snapshot, opened: the test may change it freely."""
    shutil.copytree(world().states[state], target)
    return open_installation(target).context()


PASSPHRASE = "Ebro-Delta 2026"


@functools.cache
def protected() -> tuple[Path, Path]:
    """(a coordinator whose keys are protected by PASSPHRASE, ZIN's bundle 1 to it).

    Its own small partnership, built only when a test asks: opening protected keys takes
    seconds (scrypt), so the other tests do without."""
    root = Path(tempfile.mkdtemp(prefix="blues-verify-protected-"))
    atexit.register(_remove, root, os.getpid())
    bpt = _office(root / "live", "BPT", "Jörg Köhler", PASSPHRASE)
    zin = _office(root / "live", "ZIN", "Begoña Ibáñez")
    register_card(bpt, own_card(zin))
    register_card(zin, own_card(bpt))
    save_organisation(zin, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES"))
    out = root / "bundles"
    out.mkdir()
    bundle = export_bundle(zin, out).path
    return _snapshot(bpt, root / "states" / "coordinator"), bundle
