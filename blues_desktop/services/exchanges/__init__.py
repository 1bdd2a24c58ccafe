"""ClusterXchange exchanges: registration, workflow, reports, register and KPIs.

Each module holds one group of use cases; the names most callers need are here.
"""

from blues_desktop.services.exchanges.detail import ExchangeDetail, exchange_detail
from blues_desktop.services.exchanges.queries import (
    ExchangeFilter,
    ExchangeKpis,
    ExchangeRow,
    count_exchanges,
    exchange_kpis,
    list_exchanges,
)
from blues_desktop.services.exchanges.registration import (
    ExchangeResult,
    NewOrganisation,
    NewPerson,
    Registration,
    register,
    update_exchange,
)
from blues_desktop.services.exchanges.reports import (
    ClosingReport,
    attach_evidence,
    evaluation_summary,
    save_report,
)
from blues_desktop.services.exchanges.rules import current_rules, list_versions, publish_rules
from blues_desktop.services.exchanges.workflow import (
    MoveOption,
    MoveResult,
    accept_match,
    move,
    move_options,
)

__all__ = [
    "ClosingReport",
    "ExchangeDetail",
    "ExchangeFilter",
    "ExchangeKpis",
    "ExchangeResult",
    "ExchangeRow",
    "MoveOption",
    "MoveResult",
    "NewOrganisation",
    "NewPerson",
    "Registration",
    "accept_match",
    "attach_evidence",
    "count_exchanges",
    "current_rules",
    "evaluation_summary",
    "exchange_detail",
    "exchange_kpis",
    "list_exchanges",
    "list_versions",
    "move",
    "move_options",
    "publish_rules",
    "register",
    "save_report",
    "update_exchange",
]
