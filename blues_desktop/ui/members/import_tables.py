"""The import preview's tables: the rows that will go in, and the rows set aside shown
in the file's own columns with a Problem column and the cells to fix shaded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from blues_desktop.domain.labels import label_of_input
from blues_desktop.domain.organisations import ORG_TYPES, check_digit_label
from blues_desktop.services.members.importing.fields import text_value
from blues_desktop.services.members.importing.preview import (
    ImportPreview,
    PlannedContact,
    PlannedOrganisation,
    SetAsideRow,
)
from blues_desktop.ui import i18n
from blues_desktop.ui.messages import say

SHOWN = 2_000  # rows listed in a table; the fix-up file and the report hold all of them
PROBLEM_BRUSH = QBrush(QColor("#f8d7da"))


def read_only_table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def _shown(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return text_value(value) or ""


def problem_text(row: SetAsideRow) -> str:
    """The row's problems in the window's language (the fix-up file writes them in English)."""
    return "; ".join(
        QCoreApplication.translate("import_tables", "{column}: {problem}").format(
            column=say(p.column), problem=say(p.message)
        )
        if p.column
        else say(p.message)
        for p in row.problems
    )


def fill_set_aside(table: QTableWidget, preview: ImportPreview) -> None:
    """Sheet, row, Problem, then the file's own columns (the fix-up file has Problem last;
    here it comes first, so it is read without scrolling)."""
    headers = max((m.headers for m in preview.mappings), key=len, default=())
    columns = [QCoreApplication.translate("import_tables", "Sheet"), QCoreApplication.translate("import_tables", "Row"), QCoreApplication.translate("import_tables", "Problem"), *headers]
    table.clear()
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(columns)
    rows = preview.set_aside[:SHOWN]
    table.setRowCount(len(rows))
    for n, row in enumerate(rows):
        marked = {p.index for p in row.problems if p.index is not None}
        table.setItem(n, 0, QTableWidgetItem(row.sheet))
        table.setItem(n, 1, QTableWidgetItem(str(row.row)))
        for index in range(len(headers)):
            value = row.cells[index] if index < len(row.cells) else None
            item = QTableWidgetItem(_shown(value))
            if index in marked:
                item.setBackground(PROBLEM_BRUSH)
                item.setToolTip(problem_text(row))
            table.setItem(n, 3 + index, item)
        problem = QTableWidgetItem(problem_text(row))
        problem.setToolTip(problem_text(row))
        table.setItem(n, 2, problem)
    table.resizeColumnsToContents()
    for index in range(len(columns)):
        table.setColumnWidth(index, min(table.columnWidth(index), 340 if index == 2 else 160))


def _what(planned: PlannedOrganisation | PlannedContact) -> str:
    flag = say(check_digit_label(planned.values.get("check_digit_fails")))
    if planned.existing_id is None:
        what = QCoreApplication.translate("import_tables", "new")
    elif planned.changes:
        what = QCoreApplication.translate("import_tables", "changes: {fields}").format(
            fields=", ".join(
                i18n.label(label_of_input(name))
                for name in planned.changes
                if name != "check_digit_fails"
            )
        )
    else:
        what = QCoreApplication.translate("import_tables", "already in the register")
    return f"{what}; {flag}" if flag else what


def fill_planned(table: QTableWidget, preview: ImportPreview) -> None:
    """One line per organisation and contact the import writes or finds unchanged, with
    the values as they will be stored (the type and country read, not the cell's words)."""
    columns = [QCoreApplication.translate("import_tables", "Sheet"), QCoreApplication.translate("import_tables", "Row"), QCoreApplication.translate("import_tables", "Organisation or contact"), QCoreApplication.translate("import_tables", "Type"), QCoreApplication.translate("import_tables", "Country"), QCoreApplication.translate("import_tables", "City"),
               QCoreApplication.translate("import_tables", "VAT number"), QCoreApplication.translate("import_tables", "E-mail"), QCoreApplication.translate("import_tables", "What happens")]  # fmt: skip
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(columns)
    lines: list[tuple[str, int, str, str, str, str, str, str, str]] = []
    for org in preview.organisations[:SHOWN]:
        values = org.values
        country = values.get("country", "")
        # A new organisation without a type is stored as "other"; a known one keeps its own.
        code = values.get("org_type") or ("other" if org.existing_id is None else "")
        kind = i18n.label(ORG_TYPES.get(code, ""))
        lines.append((org.sheet, org.row, values["legal_name"], kind,
                      f"{country} {i18n.country_text(country)}".strip(), values.get("city") or "",
                      values.get("vat_number") or "", "", _what(org)))  # fmt: skip
    for contact in preview.contacts[: max(0, SHOWN - len(lines))]:
        name = f"{contact.values.get('first_name', '')} {contact.values.get('last_name', '')}"
        organisation = contact.organisation
        of = (
            organisation.values["legal_name"]
            if isinstance(organisation, PlannedOrganisation)
            else ""
        )
        label = "  " + (
            QCoreApplication.translate("import_tables", "contact: {name} ({organisation})").format(
                name=name.strip(), organisation=of
            )
            if of
            else QCoreApplication.translate("import_tables", "contact: {name}").format(
                name=name.strip()
            )
        )
        email = contact.values.get("email") or ""
        lines.append((contact.sheet, contact.row, label, "", "", "", "", email, _what(contact)))
    lines.sort(key=lambda line: (line[0], line[1]))
    table.setRowCount(len(lines))
    for n, line in enumerate(lines):
        for column, value in enumerate(line):
            table.setItem(n, column, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
