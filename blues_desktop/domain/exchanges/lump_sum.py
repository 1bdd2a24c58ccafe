"""The single lump sum for travel and accommodation.

The threshold of the host's country, halved once if the stay is under the day limit
or the distance under the km limit (both at once still halve only once), and never
above the cap per visiting organisation. No daily allowance, no distance bands.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from blues_desktop.domain.countries import country_name
from blues_desktop.domain.errors import ValidationError
from blues_desktop.domain.exchanges.rules import CENT, Rules
from blues_desktop.domain.translatable import PLURAL, QT_TRANSLATE_NOOP, Country, Message
from blues_desktop.domain.validation import ValidationReport


@dataclass(frozen=True, slots=True)
class LumpSum:
    host_country: str
    working_days: int
    distance_km: int
    threshold: Decimal
    halved: bool
    halving_reasons: tuple[str, ...]
    capped: bool
    cap: Decimal
    amount: Decimal
    rules_version: int

    def explanation(self) -> list[str]:
        """The computation in words, as the agreement prints it."""
        lines = [
            f"Threshold for a stay in {country_name(self.host_country)}: EUR {self.threshold:,.2f}"
        ]
        if self.halved:
            lines.append(f"Halved once because {' and '.join(self.halving_reasons)}")
        else:
            lines.append("Not halved (stay and distance at or above the limits)")
        if self.capped:
            lines.append(f"Reduced to the cap per visiting organisation: EUR {self.cap:,.2f}")
        else:
            lines.append(f"Within the cap per visiting organisation (EUR {self.cap:,.2f})")
        lines.append(
            f"Lump sum: EUR {self.amount:,.2f} (programme rules version {self.rules_version})"
        )
        return lines


def compute_lump_sum(
    rules: Rules, host_country: str, working_days: int, distance_km: int
) -> LumpSum:
    """The lump sum under `rules`; a ValidationError if the host country has no threshold."""
    threshold = rules.threshold(host_country)
    if threshold is None:
        report = ValidationReport()
        report.error(
            "host_country",
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "rule 'threshold per host country': rules version {version} have no "
                    "threshold for {country} ({code})",
                ),
                version=rules.version,
                country=Country(host_country),
                code=host_country,
            ),
            "threshold",
        )
        raise ValidationError(report)
    reasons: list[str] = []
    if working_days < rules.halve_below_days:
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "the stay has %n working day(s) (under {limit})", None, PLURAL
                ),
                n=working_days,
                limit=rules.halve_below_days,
            )
        )
    if distance_km < rules.halve_below_km:
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP("messages", "the distance is {km} km (under {limit} km)"),
                km=distance_km,
                limit=rules.halve_below_km,
            )
        )
    amount = threshold
    if reasons:
        amount = (threshold / 2).quantize(CENT, ROUND_HALF_UP)
    capped = amount > rules.cap
    if capped:
        amount = rules.cap
    return LumpSum(
        host_country=host_country,
        working_days=working_days,
        distance_km=distance_km,
        threshold=threshold,
        halved=bool(reasons),
        halving_reasons=tuple(reasons),
        capped=capped,
        cap=rules.cap,
        amount=amount,
        rules_version=rules.version,
    )
