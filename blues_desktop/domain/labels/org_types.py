"""The one wording of each organisation type: Members, the programme rules, the member
import, the event registration form and every document use these words."""

from __future__ import annotations

from blues_desktop.domain.translatable import QT_TRANSLATE_NOOP

ORG_TYPES: dict[str, str] = {
    "sme": QT_TRANSLATE_NOOP("labels", "SME"),
    "large": QT_TRANSLATE_NOOP("labels", "Large company"),
    "rto": QT_TRANSLATE_NOOP("labels", "Research or technology centre"),
    "scaling_up": QT_TRANSLATE_NOOP("labels", "Scaling-up support organisation"),
    "cluster": QT_TRANSLATE_NOOP("labels", "Cluster organisation"),
    "public": QT_TRANSLATE_NOOP("labels", "Public body"),
    "other": QT_TRANSLATE_NOOP("labels", "Other organisation"),
}
