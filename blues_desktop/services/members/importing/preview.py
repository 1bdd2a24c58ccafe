"""The preview of an import: what would be created, changed or left alone, and every
problem by sheet, row and column. Nothing is written here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sqlalchemy import select

from blues_desktop.domain.labels import label_of_input
from blues_desktop.domain.names import name_key
from blues_desktop.domain.organisations import normalise_vat
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Message
from blues_desktop.services.context import AppContext
from blues_desktop.services.members.importing.fields import field_for_header, text_value
from blues_desktop.services.members.importing.formulas import formula_cells
from blues_desktop.services.members.importing.header import (
    SCAN_ROWS,
    SheetMapping,
    column_letter,
    find_header,
    with_columns,
)
from blues_desktop.services.members.importing.matching import NameIndex, RegisterIndex, exact_name
from blues_desktop.services.members.importing.reading import file_error, read_sheets
from blues_desktop.services.members.importing.rows import ParsedRow, Problem, parse_row
from blues_desktop.store.models import Organisation, Person

SIMILAR_SCORE = 90
# Above this many comparisons the fuzzy check against the register is left out (it is
# offered again on save and in the register), so a huge import stays quick.
FUZZY_BUDGET = 20_000_000


@dataclass(slots=True)
class PlannedOrganisation:
    key: tuple[str, str, str]  # exact name, country, office named in the file
    values: dict[str, Any]
    sheet: str
    row: int
    existing_id: str | None = None
    changes: dict[str, Any] | None = None  # None: new, or nothing differs


@dataclass(slots=True)
class PlannedContact:
    organisation: PlannedOrganisation | str  # planned, or the id of an existing organisation
    values: dict[str, Any]
    sheet: str
    row: int
    existing_id: str | None = None
    changes: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class SetAsideRow:
    """A row that is not imported: its cells as read, for the fix-up file, and why."""

    sheet: str
    row: int
    cells: tuple[object, ...]
    problems: tuple[Problem, ...]


@dataclass(slots=True)
class ImportPreview:
    path: Path
    mappings: list[SheetMapping] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    organisations: list[PlannedOrganisation] = field(default_factory=list)
    contacts: list[PlannedContact] = field(default_factory=list)
    rows_read: int = 0
    rows_repeated: int = 0
    set_aside: list[SetAsideRow] = field(default_factory=list)
    # (sheet, column label) of every column that holds data no field reads: ignored
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows_to_import(self) -> int:
        """Rows whose organisation or contact goes in (or is already there as the row says)."""
        return self.rows_read - self.rows_repeated - len(self.set_aside)

    def counts(self) -> Message:
        """'9 rows will be imported, 1 row set aside' — what the user chooses on."""
        aside = Message(
            QT_TRANSLATE_NOOP("messages", "%n row(s) set aside", None, PLURAL),
            n=len(self.set_aside),
        )
        if self.rows_repeated:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%n row(s) will be imported, {set_aside} ({repeated} repeated and skipped)",
                    None,
                    PLURAL,
                ),
                n=self.rows_to_import,
                set_aside=aside,
                repeated=Message(
                    QT_TRANSLATE_NOOP("messages", "%n row(s)", None, PLURAL), n=self.rows_repeated
                ),
            )
        return Message(
            QT_TRANSLATE_NOOP("messages", "%n row(s) will be imported, {set_aside}", None, PLURAL),
            n=self.rows_to_import,
            set_aside=aside,
        )

    def summary(self) -> Message:
        orgs_new = sum(1 for o in self.organisations if o.existing_id is None)
        orgs_changed = sum(1 for o in self.organisations if o.existing_id and o.changes)
        people_new = sum(1 for c in self.contacts if c.existing_id is None)
        people_changed = sum(1 for c in self.contacts if c.existing_id and c.changes)
        warnings = len(self.problems) - len(self.errors)
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "%n row(s) read: {organisations_new} new and {organisations_changed} changed "
                "organisations, {contacts_new} new and {contacts_changed} changed contacts; "
                "{errors}, {warnings}",
                None,
                PLURAL,
            ),
            n=self.rows_read,
            organisations_new=_number(orgs_new),
            organisations_changed=_number(orgs_changed),
            contacts_new=_number(people_new),
            contacts_changed=_number(people_changed),
            errors=Message(
                QT_TRANSLATE_NOOP("messages", "%n error(s)", None, PLURAL), n=len(self.errors)
            ),
            warnings=Message(
                QT_TRANSLATE_NOOP("messages", "%n warning(s)", None, PLURAL), n=warnings
            ),
        )


def _number(count: int) -> Message:
    # A count inside a sentence that has another: grouped as the window's language groups
    # digits ("1.234" in German), as English groups them ("1,234").
    return Message(QT_TRANSLATE_NOOP("messages", "%n", None, PLURAL), n=count)


def preview_import(
    ctx: AppContext, path: Path, columns: dict[str, dict[int, str]] | None = None
) -> ImportPreview:
    """Read `path` and plan the import; `columns` overrides the guessed mapping per sheet."""
    preview = ImportPreview(Path(path))
    parsed: list[ParsedRow] = []
    today = ctx.now().date()
    any_rows = False
    for sheet in read_sheets(Path(path), preview.notes):
        head = list(islice(sheet.rows, SCAN_ROWS))
        if not any(any(text_value(v) for v in row) for row in head):
            preview.notes.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "sheet {sheet} is empty and was skipped"),
                    sheet=repr(sheet.name),
                )
            )
            continue
        any_rows = True
        mapping = find_header(sheet.name, head)
        if mapping is None:
            preview.notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "sheet {sheet} has no recognisable header and was skipped"
                    ),
                    sheet=repr(sheet.name),
                )
            )
            continue
        if columns and sheet.name in columns:
            mapping = with_columns(mapping, columns[sheet.name])
        preview.mappings.append(mapping)
        rows = chain(head[mapping.header_row :], sheet.rows)
        parsed.extend(_read_rows(preview, mapping, rows, today))
    if not preview.mappings:
        if not any_rows and not preview.notes:
            raise file_error(
                Path(path), Message(QT_TRANSLATE_NOOP("messages", "the file is empty"))
            )
        raise file_error(Path(path), _no_header(preview.notes))
    _formulas_without_values(Path(path), parsed)
    for row in parsed:
        preview.problems.extend(row.problems)
    _plan(ctx, preview, [r for r in parsed if r.ok])
    preview.set_aside = [
        SetAsideRow(r.sheet, r.row, r.cells or (), tuple(p for p in r.problems if p.is_error))
        for r in parsed
        if not r.ok or not r.placed
    ]
    return preview


def _no_header(notes: list[str]) -> Message:
    said = Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "no sheet has a recognisable header (a row naming at least the organisation and one "
            "more column, e.g. 'Legal name' and 'Country')",
        )
    )
    for note in notes:  # each sheet's note, in turn ("sheet 'Notes' is empty and was skipped")
        said = Message(QT_TRANSLATE_NOOP("messages", "{said}; {note}"), said=said, note=note)
    return said


def _formulas_without_values(path: Path, parsed: list[ParsedRow]) -> None:
    """Say 'cell D12 holds a formula with no value' rather than 'the name is empty' where a
    workbook saved by a program that does not calculate holds only the formula."""
    blanks = {
        (r.sheet, p.row, p.index): (r, p)
        for r in parsed
        if not r.ok
        for p in r.problems
        if p.blank and p.index is not None
    }
    if not blanks:
        return
    for sheet, row, index in formula_cells(path, {(s, r, i) for s, r, i in blanks}):
        parsed_row, problem = blanks[(sheet, row, index)]
        cell = f"{column_letter(index + 1)}{row}"
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "cell {cell} holds a formula with no value (open the file, let it calculate, "
                "save it and import it again)",
            ),
            cell=cell,
        )
        parsed_row.problems[parsed_row.problems.index(problem)] = replace(problem, message=message)


def _read_rows(
    preview: ImportPreview, mapping: SheetMapping, rows: Iterable[tuple[object, ...]], today: date
) -> Iterator[ParsedRow]:  # noqa: E501
    """Parsed rows below the header; empty rows left out, repeated rows noted and skipped."""
    # A digest per row instead of the row itself: a 100,000-row file is not held twice.
    seen: dict[bytes, int] = {}
    # Columns no field reads; one naming a field another column gives ("Country" beside
    # "Country code", as the export has it) repeats what is read and is not warned about.
    read = set(mapping.columns.values())
    unread = [
        i
        for i in range(len(mapping.headers) + 1)
        if i not in mapping.columns
        and not mapping.read_past(i)
        and (i == len(mapping.headers) or field_for_header(mapping.headers[i]) not in read)
    ]
    extra = len(mapping.headers)  # columns past the header: one check for all of them
    holding: set[int] = set()
    for number, cells in enumerate(rows, start=mapping.header_row + 1):
        texts = tuple(map(text_value, cells))
        if not any(texts):
            continue
        preview.rows_read += 1
        for index in unread:
            if index == extra:
                if any(texts[extra:]):
                    holding.update(i for i in range(extra, len(texts)) if texts[i])
            elif index < len(texts) and texts[index]:
                holding.add(index)
        digest = hashlib.blake2b(repr(texts).encode(), digest_size=16).digest()
        if digest in seen:
            preview.rows_repeated += 1
            preview.problems.append(
                Problem(
                    mapping.sheet,
                    number,
                    "",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "the same as row {row}; skipped"),
                        row=seen[digest],
                    ),
                    is_error=False,
                )
            )  # noqa: E501
            continue
        seen[digest] = number
        parsed = parse_row(mapping, number, cells, today, texts)
        if not parsed.ok or "country" not in parsed.organisation:
            parsed.cells = tuple(cells)  # may be set aside: the fix-up file needs its cells
        yield parsed
    for index in sorted(holding):
        preview.ignored_columns.append((mapping.sheet, mapping.column_label(index)))
        preview.problems.append(
            Problem(
                mapping.sheet,
                mapping.header_row,
                mapping.column_label(index),
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "this column holds data that will be ignored (no field is chosen for it); "
                        "choose one in the mapping step if it should be imported",
                    )
                ),
                is_error=False,
                index=index,
            )
        )


def _plan(ctx: AppContext, preview: ImportPreview, rows: list[ParsedRow]) -> None:
    """Plan the rows that passed the checks and mark them placed (a row naming no single
    organisation is set aside with the rows that failed)."""
    with ctx.read() as session:
        existing = session.execute(
            select(
                Organisation.id, Organisation.name_key, Organisation.country, Organisation.vat_number,
                Organisation.office_id, Organisation.legal_name,
            ).where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
        ).all()  # fmt: skip
        register = RegisterIndex(existing)
        planned: dict[tuple[str, str, str], PlannedOrganisation] = {}
        in_file = FileNames(planned)
        contact_rows: list[tuple[ParsedRow, PlannedOrganisation | str]] = []
        for row in rows:
            target = _target(ctx, preview, row, register, planned, in_file)
            if target is None:
                continue
            row.placed = True
            row.cells = None  # it goes in: its cells are not needed any more
            if row.contact:
                contact_rows.append((row, target))
        preview.organisations = list(planned.values())
        _changes(session, preview.organisations)
        _similar(preview, existing)
        preview.contacts = _plan_contacts(session, ctx, preview, contact_rows)


def _target(
    ctx: AppContext,
    preview: ImportPreview,
    row: ParsedRow,
    register: RegisterIndex,
    planned: dict[tuple[str, str, str], PlannedOrganisation],
    in_file: FileNames,
) -> PlannedOrganisation | str | None:
    """The organisation `row` describes or names; None (with a problem) when unclear."""
    values = row.organisation
    name = values["legal_name"]
    if "country" not in values:  # a contacts sheet naming its organisation
        # exact names first, in the file and in the register; the name key only after that.
        # Organisations planned from the file are this office's: another office named in the
        # row is looked up in the register only.
        office, own = row.office_id, ctx.office_code
        ours = office in (None, own)
        found = (
            (ours and in_file.find(name, keyed=False))
            or register.find(name, "", None, office, own, keyed=False)
            or (ours and in_file.find(name))
            or register.find(name, "", None, office, own)
        )
        if found is None:
            message = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "no single organisation named {name} in the file or the register"
                ),
                name=repr(name),
            )
            problem = Problem(row.sheet, row.row, "", message)
            preview.problems.append(problem)
            row.problems.append(problem)
            return None
        return found if isinstance(found, PlannedOrganisation) else str(found.id)
    country = values["country"]
    flagged = (values.get("check_digit_fails") or "").split()
    if values.get("vat_number") and "vat_number" not in flagged:  # a flagged one stays as typed
        values["vat_number"] = normalise_vat(values["vat_number"], country)
    key = (exact_name(name), country, row.office_id or "")
    if key in planned:
        _conflicts(preview, planned[key], row)
        return planned[key]
    match = register.find(name, country, values.get("vat_number"), row.office_id, ctx.office_code)
    if match is not None and match.office_id != ctx.office_code:
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} belongs to office {office}; only that office can change it, so the row "
                "was left out",
            ),
            name=repr(match.legal_name),
            office=match.office_id,
        )
        preview.problems.append(Problem(row.sheet, row.row, "", message, is_error=False))
        return str(match.id)
    target = PlannedOrganisation(key, values, row.sheet, row.row, match.id if match else None)
    planned[key] = target
    return target


class FileNames:
    """The organisations planned from the file, by name, for rows that name one without
    its country (a contacts sheet). Indexed on the first such row and kept up to date from
    then on, so a list whose rows all give their country holds no second index of its names."""

    def __init__(self, planned: dict[tuple[str, str, str], PlannedOrganisation]) -> None:
        self.planned = planned
        self.index: NameIndex[PlannedOrganisation] = NameIndex()
        self.added = 0

    def find(self, legal_name: str, *, keyed: bool = True) -> PlannedOrganisation | None:
        for org in islice(self.planned.values(), self.added, None):
            self.index.add(org.values["legal_name"], org.key[1], org)
        self.added = len(self.planned)
        return self.index.find(legal_name, keyed=keyed)


def _conflicts(preview: ImportPreview, target: PlannedOrganisation, row: ParsedRow) -> None:
    for name, value in row.organisation.items():
        kept = target.values.get(name)
        if kept is None:
            target.values[name] = value
        elif kept != value:
            preview.problems.append(
                Problem(
                    row.sheet,
                    row.row,
                    Message.label(label_of_input(name)),  # the field, in the window's words
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "differs from row {row} ({kept}); the value of row {row} is kept",
                        ),
                        row=target.row,
                        kept=repr(kept),
                    ),
                    is_error=False,
                )
            )  # noqa: E501


def _changes(session: Any, organisations: list[PlannedOrganisation]) -> None:
    ids = [o.existing_id for o in organisations if o.existing_id]
    current = {}
    for start in range(0, len(ids), 500):
        for org in session.scalars(
            select(Organisation).where(Organisation.id.in_(ids[start : start + 500]))
        ):
            current[org.id] = org
    for planned in organisations:
        if planned.existing_id:
            org = current[planned.existing_id]
            changed = {k: v for k, v in planned.values.items() if getattr(org, k) != v}
            planned.changes = changed or None


def _similar(preview: ImportPreview, existing: Sequence[Any]) -> None:
    from rapidfuzz import fuzz, process  # loaded when first compared, not with the window

    new = [o for o in preview.organisations if o.existing_id is None]
    if not new or not existing or len(new) * len(existing) > FUZZY_BUDGET:
        return
    by_country: dict[str, dict[str, str]] = {}
    names = {r.id: r for r in existing}
    for r in existing:
        by_country.setdefault(r.country, {})[r.id] = r.name_key
    for org in new:
        choices = by_country.get(org.key[1])
        wanted = name_key(org.values["legal_name"])
        if not choices or not wanted:
            continue
        hit = process.extractOne(
            wanted, choices, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR_SCORE
        )
        if hit is not None:
            other = names[hit[2]]
            preview.problems.append(
                Problem(
                    org.sheet,
                    org.row,
                    "",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "looks like {name} (office {office}, {score}% similar); it will be "
                            "added as a new organisation — merge them in the register if they are "
                            "the same",
                        ),
                        name=repr(other.legal_name),
                        office=other.office_id,
                        score=f"{hit[1]:.0f}",
                    ),
                    is_error=False,
                )
            )  # noqa: E501


def _plan_contacts(
    session: Any,
    ctx: AppContext,
    preview: ImportPreview,
    rows: list[tuple[ParsedRow, PlannedOrganisation | str]],
) -> list[PlannedContact]:  # noqa: E501
    org_ids = {t.existing_id if isinstance(t, PlannedOrganisation) else t for _, t in rows} - {None}
    people: dict[str, list[Person]] = {}
    ids = list(org_ids)
    for start in range(0, len(ids), 500):
        for p in session.scalars(
            select(Person).where(
                Person.organisation_id.in_(ids[start : start + 500]), Person.deleted_at.is_(None)
            )
        ):  # noqa: E501
            people.setdefault(p.organisation_id or "", []).append(p)
    planned: list[PlannedContact] = []
    seen: set[tuple[int, str]] = set()
    for row, target in rows:
        org_id = target.existing_id if isinstance(target, PlannedOrganisation) else target
        values = row.contact
        if isinstance(target, str) and _foreign(session, ctx, target):
            continue
        match = _match_person(people.get(org_id or "", []), values)
        identity = (
            id(target),
            (
                values.get("email") or f"{values.get('first_name')} {values.get('last_name')}"
            ).lower(),
        )
        if identity in seen:
            continue
        seen.add(identity)
        contact = PlannedContact(target, values, row.sheet, row.row, match.id if match else None)
        if match is not None:
            if match.office_id != ctx.office_code:
                continue
            contact.changes = {k: v for k, v in values.items() if getattr(match, k) != v} or None
        planned.append(contact)
    return planned


def _foreign(session: Any, ctx: AppContext, org_id: str) -> bool:
    org = session.get(Organisation, org_id)
    return org is not None and org.office_id != ctx.office_code


def _match_person(people: list[Person], values: dict[str, Any]) -> Person | None:
    """By e-mail address; by name only where one side has no address (two colleagues may
    share a name, and then their addresses tell them apart)."""
    live = [p for p in people if p.erased_at is None]
    if not live:  # a new organisation (most rows of a big list): nobody to compare with
        return None
    email = (values.get("email") or "").lower()
    if email:
        for person in live:
            if (person.email or "").lower() == email:
                return person
    full = name_key(f"{values.get('first_name', '')} {values.get('last_name', '')}")
    for person in live:
        if (not email or not person.email) and name_key(
            f"{person.first_name} {person.last_name}"
        ) == full:  # noqa: E501
            return person
    return None
