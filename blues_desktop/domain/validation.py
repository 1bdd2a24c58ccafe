"""Validation results as plain data: rules return a report, forms and importers show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from blues_desktop.domain.labels import label_of_input


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    field: str
    message: str
    code: str = ""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        # The field as the user knows it, never its name in the code.
        return f"{label_of_input(self.field)}: {self.message}"


@dataclass(slots=True)
class ValidationReport:
    results: list[ValidationResult] = field(default_factory=list)

    def error(self, field_name: str, message: str, code: str = "") -> None:
        self.results.append(ValidationResult(field_name, message, code, Severity.ERROR))

    def warning(self, field_name: str, message: str, code: str = "") -> None:
        self.results.append(ValidationResult(field_name, message, code, Severity.WARNING))

    def extend(self, other: ValidationReport) -> None:
        self.results.extend(other.results)

    @property
    def errors(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_field(self, field_name: str) -> list[ValidationResult]:
        return [r for r in self.results if r.field == field_name]

    def __str__(self) -> str:
        return "; ".join(str(r) for r in self.errors) or "no problems"
