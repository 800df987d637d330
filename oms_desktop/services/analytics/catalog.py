"""Every analytics report by NAME, with one calling convention, for the CLI, exports and the Charts page.

The shop's time zone is the unit of work's (`UnitOfWork.zone`): orders count for the business day they were
taken on; payments, shipments and stock movements are placed on days of that zone.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services.analytics import fulfilment, kpis, rankings, sales_series, stock
from oms_desktop.services.analytics.buckets import Granularity
from oms_desktop.services.analytics.rankings import RankBy
from oms_desktop.services.periods import Period


@dataclass(frozen=True)
class ReportOptions:
    """The knobs a report may use; each report reads only those that apply to it."""

    granularity: Granularity = Granularity.DAY  # sales-over-time, stock-value
    rank_by: RankBy = RankBy.REVENUE  # top-products, top-customers
    limit: int | None = 10  # top-products, top-customers, low-stock, turnover (slow movers)


@dataclass(frozen=True)
class ReportSpec:
    name: str
    summary: str
    run: Callable[[UnitOfWork, Period, ReportOptions], Any]
    options: tuple[str, ...] = ()  # which ReportOptions fields it reads


def _slow(limit: int | None) -> int:
    return 10 if limit is None else limit


REPORTS: dict[str, ReportSpec] = {
    spec.name: spec
    for spec in (
        ReportSpec(
            "kpis",
            "headline numbers with the change against the previous period",
            lambda uow, p, o: kpis.headline(uow, p),
        ),
        ReportSpec(
            "sales-over-time",
            "sales by day, week or month, with the previous period",
            lambda uow, p, o: sales_series.sales_over_time(uow, p, o.granularity),
            ("granularity",),
        ),
        ReportSpec(
            "top-products",
            "products by sales or by units sold",
            lambda uow, p, o: rankings.top_products(uow, p, by=o.rank_by, limit=o.limit),
            ("rank_by", "limit"),
        ),
        ReportSpec(
            "top-customers",
            "customers by sales or units (walk-in sales left out)",
            lambda uow, p, o: rankings.top_customers(uow, p, by=o.rank_by, limit=o.limit),
            ("rank_by", "limit"),
        ),
        ReportSpec(
            "channels",
            "sales by channel",
            lambda uow, p, o: rankings.sales_by_channel(uow, p),
        ),
        ReportSpec(
            "payment-methods",
            "money received and refunded per payment method",
            lambda uow, p, o: rankings.sales_by_payment_method(uow, p),
        ),
        ReportSpec(
            "order-status",
            "orders of the period by status (drafts and cancelled ones too)",
            lambda uow, p, o: fulfilment.order_status(uow, p),
        ),
        ReportSpec(
            "fulfilment",
            "average time from order to shipment, completion rate",
            lambda uow, p, o: fulfilment.fulfilment(uow, p),
        ),
        ReportSpec(
            "stock-value",
            "units on hand and their value at cost over the period",
            lambda uow, p, o: stock.stock_value_over_time(uow, p, o.granularity),
            ("granularity",),
        ),
        ReportSpec(
            "low-stock",
            "products below their reorder point (now)",
            lambda uow, p, o: stock.low_stock(uow, p, limit=o.limit),
            ("limit",),
        ),
        ReportSpec(
            "turnover",
            "inventory turnover per product and overall, with slow movers",
            lambda uow, p, o: stock.inventory_turnover(uow, p, slow_movers=_slow(o.limit)),
            ("limit",),
        ),
    )
}


def run_report(name: str, uow: UnitOfWork, period: Period, options: ReportOptions | None = None) -> Any:
    """Run the report called `name`; raises KeyError naming the known reports for an unknown one."""
    spec = REPORTS.get(name)
    if spec is None:
        raise KeyError(f"unknown report '{name}'; known: {', '.join(REPORTS)}")
    return spec.run(uow, period, options or ReportOptions())
