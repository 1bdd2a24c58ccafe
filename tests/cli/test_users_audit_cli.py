"""`blues users` and `blues audit` as a user runs them: several people on one office's
computer, the acting one chosen with --user or $BLUES_USER, and the trail in words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blues_desktop.domain.organisations import OrganisationInput
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.editing import save_organisation

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_users_add_list_and_the_acting_user(
    run_cli, ctx: AppContext, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(data_dir))
    added = run_cli(*base, "users", "add", "Lucía Ortega")
    assert added.code == 0, added
    assert "Added Lucía Ortega as a user of office ZIN" in added.out
    again = run_cli(*base, "users", "add", "LUCÍA ORTEGA")
    assert again.code == 1
    assert again.err.strip() == "blues: Lucía Ortega is already a user on this computer"
    listed = run_cli(*base, "users", "list")
    assert listed.out.splitlines()[0].startswith("* Ana García")
    assert "  Lucía Ortega  (added" in listed.out and "not used yet" in listed.out
    # --user acts as Lucía and makes her the last user
    assert run_cli(*base, "--user", "lucía ortega", "users", "list").code == 0
    assert run_cli(*base, "users", "list").out.splitlines()[0].startswith("* Lucía Ortega")
    # $BLUES_USER does the same
    monkeypatch.setenv("BLUES_USER", "Ana García")
    assert run_cli(*base, "users", "list").out.splitlines()[0].startswith("* Ana García")
    monkeypatch.delenv("BLUES_USER")
    unknown = run_cli(*base, "--user", "Pedro Ruiz", "audit")
    assert unknown.code == 1 and unknown.out == ""
    assert (
        "Pedro Ruiz is not a user on this computer (users: Ana García, Lucía Ortega)" in unknown.err
    )
    assert 'blues users add "Pedro Ruiz"' in unknown.err


def test_audit_by_record_kind_and_day_in_words(run_cli, ctx: AppContext, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(data_dir))
    saved = save_organisation(
        ctx, OrganisationInput("Aguas del Ebro S.L.", "sme", "ES", city="Zaragoza")
    )
    assert run_cli(*base, "users", "add", "Lucía Ortega").code == 0
    lucia = ctx.installation.context("Lucía Ortega")
    save_organisation(
        lucia, OrganisationInput("Aguas del Ebro S.L.", "rto", "ES", city="Huesca"), saved.id
    )
    by_name = run_cli(*base, "audit", "--record", "Aguas del Ebro S.L.")
    assert by_name.code == 0, by_name
    lines = by_name.out.splitlines()
    assert lines[0] == "Organisation Aguas del Ebro S.L."
    assert re.match(
        r"\d{4}-\d\d-\d\d \d\d:\d\d UTC  Lucía Ortega \(ZIN\)  Changed: organisation Aguas del Ebro S.L.$",
        lines[2],
    )
    assert "    City: Zaragoza → Huesca" in lines
    assert "    Type: SME → Research or technology centre" in lines
    assert any(
        "Ana García (ZIN)  Created: organisation Aguas del Ebro S.L." in line for line in lines
    )
    by_id = run_cli(*base, "audit", "--table", "organisations", "--record", saved.id[:8])
    assert by_id.out == by_name.out
    for raw in ("org_type", "legal_name", "name_key", " rto", "organisations:"):
        assert raw not in by_name.out
    assert not UUID.search(by_name.out)
    recent = run_cli(*base, "audit", "--table", "members", "--since", "2020-01-01", "--limit", "1")
    assert recent.code == 0
    assert recent.out.splitlines()[0] == "Audit trail of organisations since 01 Jan 2020"
    assert "Lucía Ortega" in recent.out and "Ana García" not in recent.out
    assert "older entries left out" in recent.out
    users = run_cli(*base, "audit", "--table", "users")
    assert "Ana García (ZIN)  Added a user" in users.out and "Name: Lucía Ortega" in users.out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--table", "planets"), "'planets' is not a kind of record; give one of: organisations"),
        (("--since", "last week"), "--since 'last week' is not a date; write it as YYYY-MM-DD"),
        (("--record", "ZIN-X-2099-999"), "no record 'ZIN-X-2099-999' among the organisations"),
        (("--limit", "0"), "give a limit of 1 or more"),
    ],
)
def test_audit_bad_arguments_say_what_is_wrong(
    run_cli, ctx: AppContext, data_dir: Path, args: tuple[str, ...], says: str
) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(data_dir), "audit", *args)
    assert result.code == 1 and result.out == ""
    assert says in result.err and "Traceback" not in result.err
