"""What the sales reports share: the SQL sums over sold order lines, and exact ratios of them.

"Sold" is reports.SOLD: orders that are neither drafts nor cancelled, counted on the day they were created.
Sales are what customers pay (after discounts, with tax); net is before tax; cost is
order_lines.unit_cost_minor x quantity, copied at the time of sale; margin is net - cost.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, SQLColumnExpression, func, select

from oms_desktop.domain import Order, OrderLine
from oms_desktop.domain.money import from_minor
from oms_desktop.services.reports import SOLD

ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")


def sold_between(lo: datetime, hi: datetime) -> list[ColumnElement[bool]]:
    """WHERE terms for sold orders created in [lo, hi): a range on the indexed created_at column."""
    return [Order.created_at >= lo, Order.created_at < hi, Order.lifecycle.in_(SOLD)]


def measure_columns() -> list[ColumnElement[int]]:
    """orders, units, sales, net and cost (integer minor units) over joined order lines."""
    return [
        func.count(func.distinct(Order.id)).label("orders"),
        func.coalesce(func.sum(OrderLine.quantity), 0).label("units"),
        func.coalesce(func.sum(OrderLine.total_minor), 0).label("sales"),
        func.coalesce(func.sum(OrderLine.total_minor - OrderLine.tax_minor), 0).label("net"),
        func.coalesce(func.sum(OrderLine.quantity * OrderLine.unit_cost_minor), 0).label("cost"),
    ]


def sold_lines(lo: datetime, hi: datetime, *keys: SQLColumnExpression[Any]) -> Select:
    """SELECT keys + measure_columns() FROM sold order lines in [lo, hi); the caller adds GROUP BY."""
    return (
        select(*keys, *measure_columns())
        .select_from(OrderLine)
        .join(Order, Order.id == OrderLine.order_id)
        .where(*sold_between(lo, hi))
    )


def ratio(
    numerator: Decimal | int, denominator: Decimal | int, places: Decimal = TWO_DECIMALS
) -> Decimal | None:
    """numerator / denominator rounded half up to `places`; None when the denominator is zero."""
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(places, rounding=ROUND_HALF_UP)


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part as a percentage of whole, to one decimal; None when whole is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def change_percent(current: Decimal | int, previous: Decimal | int) -> Decimal | None:
    """The change from previous to current in percent of previous; None when previous is zero."""
    if not previous:
        return None
    return percent(Decimal(current) - Decimal(previous), abs(Decimal(previous)))


@dataclass(frozen=True)
class SalesFigures:
    """Sales measures for one group of sold order lines (money in currency units)."""

    orders: int
    units: int
    sales: Decimal  # what customers pay: after discounts, with tax
    net: Decimal  # after discounts, before tax
    cost: Decimal  # cost of goods sold, from order_lines.unit_cost_minor
    margin: Decimal  # net - cost
    margin_percent: Decimal | None  # margin / net
    average_order_value: Decimal | None  # sales / orders

    @classmethod
    def of(cls, orders: int, units: int, sales: int, net: int, cost: int) -> "SalesFigures":
        """Figures from SQL sums in minor units."""
        return cls(
            orders=int(orders),
            units=int(units),
            sales=from_minor(int(sales)),
            net=from_minor(int(net)),
            cost=from_minor(int(cost)),
            margin=from_minor(int(net) - int(cost)),
            margin_percent=percent(int(net) - int(cost), int(net)),
            average_order_value=ratio(from_minor(int(sales)), int(orders)),
        )

    @classmethod
    def from_row(cls, row: Row | Sequence[int]) -> "SalesFigures":
        """Figures from the last five columns of a row selected with measure_columns()."""
        orders, units, sales, net, cost = tuple(row)[-5:]
        return cls.of(orders, units, sales, net, cost)


NO_SALES = SalesFigures.of(0, 0, 0, 0, 0)
