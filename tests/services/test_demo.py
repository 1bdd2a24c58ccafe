from __future__ import annotations

from sqlalchemy import func, select

from blues_desktop.services.context import AppContext
from blues_desktop.services.demo import generate
from blues_desktop.store.models import Organisation, Person


def test_demo_fills_every_office_with_names_that_need_unicode(ctx: AppContext) -> None:
    result = generate(ctx, scale=1)
    assert result.offices == ("BPT", "NPG", "MCI", "ZIN", "AQV")
    with ctx.read() as session:
        per_office = dict(
            session.execute(
                select(Organisation.office_id, func.count()).group_by(Organisation.office_id)
            ).all()
        )
        names = " ".join(session.scalars(select(Organisation.legal_name)).all())
        people = " ".join(f"{p.first_name} {p.last_name}" for p in session.scalars(select(Person)))
    assert per_office == {"BPT": 100, "NPG": 100, "MCI": 100, "ZIN": 100, "AQV": 100}
    assert result.rows["organisations"] == 500
    text = names + people
    for letter in ("ř", "ě", "ł", "ą", "ñ", "é", "ß", "ü"):
        assert letter in text, letter
    assert any("\u0400" <= ch <= "\u04ff" for ch in text), "no Cyrillic name"


def test_demo_is_reproducible_for_one_office(ctx: AppContext) -> None:
    generate(ctx, scale=0.1, offices=["ZIN"], seed=1)
    with ctx.read() as session:
        first = sorted(session.scalars(select(Organisation.legal_name)).all())
        assert {o for o in session.scalars(select(Organisation.office_id))} == {"ZIN"}
    assert len(first) == 10
