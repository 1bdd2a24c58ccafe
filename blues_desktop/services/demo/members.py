"""Demo organisations, persons and the office's staff persons; each passes the register's
checks (`checks.organisation_problems`, `checks.person_problems`) before it is written."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session
from stdnum.cz import dic
from stdnum.iso7064 import mod_11_10

from blues_desktop.domain.names import name_key, strip_accents
from blues_desktop.domain.organisations import search_text_of
from blues_desktop.services.demo import checks
from blues_desktop.services.demo.names import (
    EMPLOYEE_BANDS,
    HOME_SHARE,
    LANGUAGES,
    ORG_TYPES,
    OTHER_COUNTRIES,
    POOLS,
    ROLES,
    SECTORS,
)
from blues_desktop.services.demo.plan import DemoPlan
from blues_desktop.store.models import Organisation, Person, new_id

CHUNK = 5_000
STAFF_PER_OFFICE = 6
VAT_SHARE = 0.6  # organisations that gave their VAT number (where the demo makes one)
_PL_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def _vat_number(rng: random.Random, country: str, used: set[str]) -> str | None:
    """A VAT number with the right check digit for a German, Czech or Polish organisation
    (the register checks them as python-stdnum does), unique in the office's demo."""
    while True:
        if country == "DE":
            base = str(rng.randint(10_000_000, 99_999_999))
            number = f"DE{base}{mod_11_10.calc_check_digit(base)}"
        elif country == "CZ":
            base = str(rng.randint(1_000_000, 8_999_999))  # 8 digits: a legal entity
            number = f"CZ{base}{dic.calc_check_digit_legal(base)}"
        elif country == "PL":
            base = str(rng.randint(100_000_000, 999_999_999))
            check = sum(w * int(n) for w, n in zip(_PL_WEIGHTS, base, strict=True)) % 11
            if check == 10:  # no NIP ends in 10: draw another
                continue
            number = f"PL{base}{check}"
        else:
            return None
        if number not in used:
            used.add(number)
            return number


def _email_part(text: str) -> str:
    ascii_text = strip_accents(text).lower()
    cleaned = "".join(ch for ch in ascii_text if ch.isascii() and (ch.isalnum() or ch == "."))
    return cleaned or "contact"


def _insert_chunked(session: Session, table: object, rows: list[dict[str, object]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])  # type: ignore[arg-type]


def add_demo(session: Session, plan: DemoPlan) -> dict[str, int]:
    rng = plan.rng
    home = plan.office.info.country
    type_names = [name for name, _ in ORG_TYPES]
    type_weights = [weight for _, weight in ORG_TYPES]
    org_sync = plan.sync_columns(session, plan.organisations)
    organisations: list[dict[str, object]] = []
    seen_names: set[str] = set()
    vat_numbers: set[str] = set()
    for i in range(plan.organisations):
        country = home if rng.random() < HOME_SHARE else rng.choice(OTHER_COUNTRIES)
        pool = POOLS[country]
        city, region = rng.choice(pool["city"]).split("|")
        word = rng.choice(pool["words"])
        family = rng.choice(pool["last"])
        base = f"{family} {word}" if rng.random() < 0.5 else f"{word} {city}"
        legal_name = f"{base} {rng.choice(pool['forms'])}"
        if legal_name in seen_names:  # keep legal names unique within the office's demo
            legal_name = f"{base} {i + 1} {rng.choice(pool['forms'])}"
        seen_names.add(legal_name)
        org_type = rng.choices(type_names, type_weights)[0]
        since = date(2010, 1, 1) + timedelta(days=rng.randrange(0, 365 * 14))
        org_id = new_id()
        vat = _vat_number(rng, country, vat_numbers) if rng.random() < VAT_SHARE else None
        organisations.append(
            {
                **org_sync[i],
                "id": org_id,
                "legal_name": legal_name,
                "short_name": base[:60],
                "org_type": org_type,
                "country": country,
                "region": region,
                "city": city,
                "address": f"{rng.randint(1, 180)} {rng.choice(pool['words'])} Street",
                "postcode": f"{rng.randint(10000, 99999)}",
                "website": f"https://www.{_email_part(base.split()[0])}{i}.example.eu",
                "vat_number": vat,
                "registration_number": None,
                "sectors": ",".join(sorted(rng.sample(SECTORS, rng.randint(1, 3)))),
                "employees_band": rng.choice(EMPLOYEE_BANDS),
                "member_since": since,
                "member_until": None,
                "is_member": org_type != "public" and rng.random() < 0.95,
                "ecccp_profile_url": None,
                "notes": None,
                "name_key": name_key(legal_name),
                "merged_into_id": None,
                "search_text": search_text_of(legal_name, base[:60], city, vat),
            }
        )
        plan.organisation_rows.append((org_id, country, org_type, city))
    checks.refuse_if_any([p for row in organisations for p in checks.organisation_problems(row)])
    _insert_chunked(session, Organisation.__table__, organisations)

    person_count = plan.organisations * plan.persons_per_organisation + STAFF_PER_OFFICE
    person_sync = plan.sync_columns(session, person_count)
    persons: list[dict[str, object]] = []
    staff_names: set[tuple[str, str]] = set()
    for i in range(person_count):
        is_staff = i >= plan.organisations * plan.persons_per_organisation
        employer: str | None
        if is_staff:
            employer, country = None, home
        else:
            employer, country, _type, _city = plan.organisation_rows[
                i // plan.persons_per_organisation
            ]
        pool = POOLS[country]
        first, last = rng.choice(pool["first"]), rng.choice(pool["last"])
        while is_staff and (first, last) in staff_names:
            # two colleagues of one name would approve each other's timesheets as themselves
            first, last = rng.choice(pool["first"]), rng.choice(pool["last"])
        if is_staff:
            staff_names.add((first, last))
        consent = rng.random() < 0.85
        person_id = new_id()
        domain = (
            f"{plan.office.code.lower()}-staff.example.eu"
            if is_staff
            else f"org{i // 2}.example.eu"
        )
        persons.append(
            {
                **person_sync[i],
                "id": person_id,
                "first_name": first,
                "last_name": last,
                "title": None,
                "role": "Staff" if is_staff else rng.choice(ROLES),
                "email": f"{_email_part(first)}.{_email_part(last)}{i}@{domain}",
                "phone": f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                "language": LANGUAGES.get(country),
                "gender": rng.choice(("female", "male", "female", "male", "undisclosed")),
                "country": country,
                "organisation_id": employer,
                "consent_given_on": plan.now.date() - timedelta(days=rng.randrange(30, 900))
                if consent
                else None,
                "consent_purpose": "BLUES member communication and project reporting"
                if consent
                else None,
                "consent_source": rng.choice(("membership form", "event registration", "e-mail"))
                if consent
                else None,
                "do_not_contact": rng.random() < 0.03,
                "erased_at": None,
                "merged_into_id": None,
            }
        )
        if is_staff:
            plan.staff_person_ids.append(person_id)
        else:
            plan.person_rows.append((person_id, employer))
    today = plan.now.date()
    checks.refuse_if_any([p for row in persons for p in checks.person_problems(row, today)])
    _insert_chunked(session, Person.__table__, persons)
    return {"organisations": len(organisations), "persons": len(persons)}
