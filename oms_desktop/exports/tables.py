"""Every analytics report as one or more flat tables: named columns with a kind that says how to format them."""

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import singledispatch

from oms_desktop.services.analytics.fulfilment import ChannelFulfilment, Fulfilment, StatusBreakdown
from oms_desktop.services.analytics.kpis import Headline
from oms_desktop.services.analytics.rankings import PaymentMix, Ranking
from oms_desktop.services.analytics.sales_series import SalesSeries
from oms_desktop.services.analytics.stock import LowStock, StockValueSeries, Turnover, TurnoverRow

Value = str | int | Decimal | date | None


class Kind(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    MONEY = "money"  # Decimal, two places
    PERCENT = "percent"  # Decimal percent points (12.5 means 12.5%), one place
    RATIO = "ratio"  # Decimal, two places (turnover, hours)
    NUMBER = "number"  # an int or a Decimal, formatted by its type
    DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str  # the CSV header and the translation key for other headers
    kind: Kind


@dataclass(frozen=True)
class Table:
    name: str  # sheet name; the first table of a report is its main one (the CSV)
    columns: list[Column]
    rows: list[list[Value]]


def _cols(spec: str) -> list[Column]:
    """'sku:text units:int value:money' -> columns."""
    return [Column(key, Kind(kind)) for key, kind in (item.split(":") for item in spec.split())]


@singledispatch
def tables(report: object) -> list[Table]:
    """The tables for a report returned by services.analytics (main table first)."""
    raise TypeError(f"no table layout for {type(report).__name__}")


@tables.register
def _(report: Headline) -> list[Table]:
    columns = _cols("key:text kind:text current:number previous:number change:percent")
    rows: list[list[Value]] = [[k.key, k.kind, k.current, k.previous, k.change] for k in report.kpis]
    periods = _cols("period:text start:date end:date")
    return [
        Table("kpis", columns, rows),
        Table(
            "periods",
            periods,
            [
                ["this", report.period.start, report.period.end],
                ["previous", report.previous_period.start, report.previous_period.end],
            ],
        ),
    ]


@tables.register
def _(report: SalesSeries) -> list[Table]:
    columns = _cols(
        "label:text first:date last:date sales:money orders:int previous_sales:money previous_orders:int"
    )
    rows: list[list[Value]] = [
        [p.label, p.first, p.last, p.sales, p.orders, p.previous_sales, p.previous_orders]
        for p in report.points
    ]
    rows.append(["total", report.period.start, report.period.end, report.sales, report.orders,
                 report.previous_sales, report.previous_orders])  # fmt: skip
    return [Table("sales-over-time", columns, rows)]


@tables.register
def _(report: Ranking) -> list[Table]:
    columns = _cols(
        "rank:int key:text label:text orders:int units:int sales:money net:money cost:money margin:money "
        "margin_percent:percent share_percent:percent"
    )
    rows: list[list[Value]] = []
    for r in report.rows:
        f = r.figures
        rows.append([r.rank, r.key, r.label, f.orders, f.units, f.sales, f.net, f.cost, f.margin,
                     f.margin_percent, r.share_percent])  # fmt: skip
    return [Table(f"{report.dimension}-ranking", columns, rows)]


@tables.register
def _(report: PaymentMix) -> list[Table]:
    columns = _cols(
        "method:text payments:int received:money refunds:int refunded:money net:money share_percent:percent"
    )
    rows: list[list[Value]] = [
        [r.method, r.payments, r.received, r.refunds, r.refunded, r.net, r.share_percent] for r in report.rows
    ]
    rows.append(["total", sum(r.payments for r in report.rows), report.received,
                 sum(r.refunds for r in report.rows), report.refunded, report.net, None])  # fmt: skip
    return [Table("payment-methods", columns, rows)]


@tables.register
def _(report: StatusBreakdown) -> list[Table]:
    columns = _cols("status:text orders:int value:money share_percent:percent")
    rows: list[list[Value]] = [[r.status, r.orders, r.value, r.share_percent] for r in report.rows]
    return [Table("order-status", columns, rows)]


def _fulfilment_row(r: ChannelFulfilment) -> list[Value]:
    return [r.channel, r.orders, r.completed, r.cancelled, r.completion_percent, r.shipped, r.average_hours,
            r.longest_hours]  # fmt: skip


@tables.register
def _(report: Fulfilment) -> list[Table]:
    columns = _cols(
        "channel:text orders:int completed:int cancelled:int completion_percent:percent shipped:int "
        "average_hours:ratio longest_hours:ratio"
    )
    rows = [_fulfilment_row(r) for r in report.channels] + [_fulfilment_row(report.total)]
    return [Table("fulfilment", columns, rows)]


@tables.register
def _(report: StockValueSeries) -> list[Table]:
    columns = _cols("day:date label:text units:int value:money")
    rows: list[list[Value]] = [[p.day, p.label, p.units, p.value] for p in report.points]
    return [Table("stock-value", columns, rows)]


@tables.register
def _(report: LowStock) -> list[Table]:
    columns = _cols(
        "sku:text name:text on_hand:int reserved:int available:int on_order:int reorder_point:int shortfall:int "
        "unit_cost:money"
    )
    rows: list[list[Value]] = [
        [
            r.sku,
            r.name,
            r.on_hand,
            r.reserved,
            r.available,
            r.on_order,
            r.reorder_point,
            r.shortfall,
            r.unit_cost,
        ]
        for r in report.rows
    ]
    return [Table("low-stock", columns, rows)]


TURNOVER_COLUMNS = _cols(
    "sku:text name:text unit_cost:money opening_units:int closing_units:int units_sold:int cogs:money "
    "opening_value:money closing_value:money average_inventory:money turnover:ratio days_of_stock:ratio"
)


def _turnover_row(r: TurnoverRow) -> list[Value]:
    return [r.sku, r.name, r.unit_cost, r.opening_units, r.closing_units, r.units_sold, r.cogs, r.opening_value,
            r.closing_value, r.average_inventory, r.turnover, r.days_of_stock]  # fmt: skip


@tables.register
def _(report: Turnover) -> list[Table]:
    rows = [_turnover_row(r) for r in report.rows]
    rows.append(["total", "", None,
                 sum(r.opening_units for r in report.rows), sum(r.closing_units for r in report.rows),
                 sum(r.units_sold for r in report.rows), report.cogs, report.opening_value, report.closing_value,
                 report.average_inventory, report.turnover, report.days_of_stock])  # fmt: skip
    return [
        Table("turnover", TURNOVER_COLUMNS, rows),
        Table("slow-movers", TURNOVER_COLUMNS, [_turnover_row(r) for r in report.slow_movers]),
    ]
