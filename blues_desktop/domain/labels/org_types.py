"""The one wording of each organisation type: Members, the programme rules, the member
import, the event registration form and every document use these words."""

from __future__ import annotations

ORG_TYPES: dict[str, str] = {
    "sme": "SME",
    "large": "Large company",
    "rto": "Research or technology centre",
    "scaling_up": "Scaling-up support organisation",
    "cluster": "Cluster organisation",
    "public": "Public body",
    "other": "Other organisation",
}
