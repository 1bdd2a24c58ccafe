"""How alike two organisations are, in words: what matched, what differs, and how likely
they are one organisation.

The name is compared once legal forms, accents and case are ignored (domain/names.py),
so "Aguas del Ebro S.A." and "Aguas del Ebro S.L.U." read as the same name. That is
how duplicates are found, but not proof: two companies of one group often share a name
and differ by their legal form, and two firms of one name sit in different cities. So
a different legal form, city, VAT number or type lowers the likelihood, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blues_desktop.domain.names import DOTTED_FORMS, LEGAL_FORMS, name_key, strip_accents
from blues_desktop.domain.organisations import ORG_TYPES
from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP, Country, Message
from blues_desktop.store.models import Organisation, Person

SAME_NAME = 99.5  # token_sort_ratio of two equal keys is 100; rounding aside
SIMILAR_NAME = 90  # the score from which names are called similar (DUPLICATE_SCORE)
# How much each difference lowers the likelihood (percentage points).
OTHER_VAT = 50
OTHER_COUNTRY = 30
OTHER_FORM = 25
OTHER_CITY = 20
OTHER_TYPE = 10
CHUNK = 500

# How legal forms are written when shown (the key has neither dots nor case).
_FORM_SPELLING = {
    "gmbh": "GmbH", "mbh": "mbH", "ev": "e.V.", "sl": "S.L.", "slu": "S.L.U.", "sa": "S.A.",
    "sau": "S.A.U.", "sro": "s.r.o.", "spzoo": "sp. z o.o.", "zoo": "z o.o.", "as": "a.s.",
    "sarl": "SARL", "sas": "SAS", "sasu": "SASU", "srl": "S.r.l.", "spa": "S.p.A.",
    "bv": "B.V.", "nv": "N.V.", "ltd": "Ltd", "ek": "e.K.", "ug": "UG", "ag": "AG", "kg": "KG", "co": "Co.",
}  # fmt: skip


class Likelihood(Enum):
    LIKELY = "likely"
    POSSIBLE = "possible"
    UNLIKELY = "unlikely"

    @property
    def label(self) -> Message:
        return LIKELIHOOD_LABELS[self]


LIKELIHOOD_LABELS = {
    Likelihood.LIKELY: Message(QT_TRANSLATE_NOOP("messages", "Likely the same organisation")),
    Likelihood.POSSIBLE: Message(QT_TRANSLATE_NOOP("messages", "Possibly the same organisation")),
    Likelihood.UNLIKELY: Message(
        QT_TRANSLATE_NOOP("messages", "Probably two different organisations")
    ),
}


@dataclass(frozen=True, slots=True)
class OrgFacts:
    """What a person compares of one organisation."""

    id: str
    legal_name: str
    office_id: str
    country: str
    city: str | None = None
    vat_number: str | None = None
    org_type: str = "sme"
    contacts: int = 0

    @property
    def legal_form(self) -> str | None:
        return legal_form_of(self.legal_name)

    @property
    def type_label(self) -> Message:
        return Message.label(ORG_TYPES.get(self.org_type, ORG_TYPES["other"]))


@dataclass(frozen=True, slots=True)
class Likeness:
    score: int  # 0–100: the name's likeness (100 for the same VAT number), less differences
    likelihood: Likelihood
    matched: tuple[Message, ...]  # "VAT number (…)", "name, once legal forms … are ignored"
    differs: tuple[Message, ...]  # "legal form (S.A. and S.L.U.)", "city (Bilbao and Madrid)"

    @property
    def summary(self) -> str:
        """One line: the verdict, what matched and what differs (for the command line)."""
        text = f"{self.likelihood.label} ({self.score}%). Alike: {'; '.join(self.matched) or 'nothing'}."
        if self.differs:
            text += f" Differs: {'; '.join(self.differs)}."
        return text


def legal_form_of(name: str) -> str | None:
    """The legal form a name ends (or starts) with, as usually written: "S.L.U.", "GmbH";
    None when the name gives none. The words name_key drops, kept."""
    text = strip_accents(name).casefold()
    text = DOTTED_FORMS.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), text)
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    forms: list[str] = []
    while words and words[-1] in LEGAL_FORMS:
        forms.insert(0, words.pop())
    while len(words) > 1 and words[0] in LEGAL_FORMS:
        forms.append(words.pop(0))
    if not forms:
        return None
    return " ".join(_FORM_SPELLING.get(form, form.upper()) for form in forms)


def plain_text(text: str | None) -> str:
    return " ".join(strip_accents(text or "").casefold().split())


def compare(a: OrgFacts, b: OrgFacts) -> Likeness:
    """How alike `a` and `b` are, and why, in words."""
    matched: list[Message] = []
    differs: list[Message] = []
    key_a, key_b = name_key(a.legal_name), name_key(b.legal_name)
    from rapidfuzz import fuzz  # loaded when two records are first compared, not at start

    name_score = fuzz.token_sort_ratio(key_a, key_b) if key_a and key_b else 0.0
    same_vat = bool(a.vat_number) and a.vat_number == b.vat_number
    if same_vat:
        matched.append(
            Message(QT_TRANSLATE_NOOP("messages", "VAT number ({vat})"), vat=a.vat_number)
        )
    if name_score >= SAME_NAME:
        matched.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "name, once legal forms, accents and case are ignored"
                )
            )
        )
    elif name_score >= SIMILAR_NAME:
        matched.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "name, {score}% alike once legal forms, accents and case are ignored",
                ),
                score=f"{name_score:.0f}",
            )
        )
    else:
        differs.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "name ({score}% alike)"), score=f"{name_score:.0f}"
            )
        )
    score = 100.0 if same_vat else name_score
    if a.vat_number and b.vat_number and not same_vat:
        differs.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "VAT number ({first} and {second})"),
                first=a.vat_number,
                second=b.vat_number,
            )
        )
        score -= OTHER_VAT
    if a.country != b.country:
        differs.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "country ({first} and {second})"),
                first=Country(a.country),
                second=Country(b.country),
            )
        )
        score -= OTHER_COUNTRY
    form_a, form_b = a.legal_form, b.legal_form
    if form_a and form_b and form_a != form_b:
        differs.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "legal form ({first} and {second})"),
                first=form_a,
                second=form_b,
            )
        )
        score -= OTHER_FORM
    elif form_a and form_a == form_b:
        matched.append(Message(QT_TRANSLATE_NOOP("messages", "legal form ({form})"), form=form_a))
    city_a, city_b = plain_text(a.city), plain_text(b.city)
    if city_a and city_b and city_a != city_b:
        differs.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "city ({first} and {second})"),
                first=a.city,
                second=b.city,
            )
        )
        score -= OTHER_CITY
    elif city_a and city_a == city_b:
        matched.append(Message(QT_TRANSLATE_NOOP("messages", "city ({city})"), city=a.city))
    if a.org_type != b.org_type:
        differs.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "type ({first} and {second})"),
                first=a.type_label,
                second=b.type_label,
            )
        )
        score -= OTHER_TYPE
    final = max(0, min(100, round(score)))
    if final >= 85:
        likelihood = Likelihood.LIKELY
    elif final >= 60:
        likelihood = Likelihood.POSSIBLE
    else:
        likelihood = Likelihood.UNLIKELY
    return Likeness(final, likelihood, tuple(matched), tuple(differs))


def facts_of(session: Session, ids: Iterable[str]) -> dict[str, OrgFacts]:
    """The facts of these organisations, with their live contacts counted."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, OrgFacts] = {}
    for start in range(0, len(wanted), CHUNK):  # within SQLite's limit of parameters
        chunk = wanted[start : start + CHUNK]
        contacts: dict[str, int] = {
            str(org_id): count
            for org_id, count in session.execute(
                select(Person.organisation_id, func.count())
                .where(Person.organisation_id.in_(chunk), Person.deleted_at.is_(None))
                .where(Person.merged_into_id.is_(None))
                .group_by(Person.organisation_id)
            )
        }
        rows = session.execute(
            select(
                Organisation.id, Organisation.legal_name, Organisation.office_id,
                Organisation.country, Organisation.city, Organisation.vat_number,
                Organisation.org_type,
            ).where(Organisation.id.in_(chunk))
        ).all()  # fmt: skip
        for row in rows:
            found[row.id] = OrgFacts(*row, contacts=contacts.get(row.id, 0))
    return found
