"""Reading the window's .ts files and running pyside6-lupdate over the sources, for the
translation tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SHIPPED = ("de", "cs", "pl", "es", "fr")
# What scripts/translations gives lupdate: the whole package (the window, the domain's
# labels, the messages of the services and bundles).
SOURCES = (ROOT / "blues_desktop",)
FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    plural: bool


def ts_path(language: str) -> Path:
    return TS_DIR / f"blues_desktop_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in {"obsolete", "vanished"}:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    tuple(forms) if forms else (translation.text or "",),
                    translation.get("type") == "unfinished",
                    message.get("numerus") == "yes",
                )
            )
    return messages


def fields(text: str) -> set[str]:
    return set(FIELD.findall(text))


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found


def extract(into: Path) -> list[Message]:
    """The messages lupdate finds in the sources today, into a fresh .ts."""
    subprocess.run(
        [lupdate(), "-silent", "-extensions", "py", "-locations", "none",
         *map(str, SOURCES), "-ts", str(into)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return read_ts(into)


def compile_stale() -> None:
    """What scripts/run-tests does before pytest starts, for a test run started otherwise."""
    lrelease = Path(lupdate()).with_name("pyside6-lrelease")
    for ts in TS_DIR.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
