"""What the sales reports share: SQL sums over sold orders or sold lines, and exact ratios of them.

As in services/reports.py, an order counts for its business day (orders.business_day: the shop's calendar
date when it was taken, fixed then), and "sold" means neither draft nor cancelled (reports.SOLD; on lines,
the `sold` flag the services keep in step). Order sums read only the covering index ix_orders_sales and line
sums only the partial index ix_order_lines_sales: no report reads the wide rows of a year of orders.

Sales are what customers pay (after discounts, with tax); net is before tax; cost is unit_cost_minor x
quantity, copied at the time of sale (orders.cost_minor sums it per order); margin is net - cost.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, Row, Subquery, func, literal, select

from oms_desktop.domain import Order, OrderLine, Product
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.quantity import amount_for_sql, whole_units_sql
from oms_desktop.services.periods import Period
from oms_desktop.services.reports import SOLD

ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")


def sold_orders(period: Period) -> list[ColumnElement[bool]]:
    """WHERE terms: sold orders whose business day is in the period."""
    first, last = period.day_numbers()
    return [Order.business_day.between(first, last), Order.lifecycle.in_(SOLD)]


def order_measures() -> list[ColumnElement[int]]:
    """orders, units, sales, net and cost (integer minor units), from the orders' covering index."""
    return [
        func.count(Order.id).label("orders"),
        func.coalesce(func.sum(Order.units), 0).label("units"),
        func.coalesce(func.sum(Order.total_minor), 0).label("sales"),
        func.coalesce(func.sum(Order.total_minor - Order.tax_minor), 0).label("net"),
        func.coalesce(func.sum(Order.cost_minor), 0).label("cost"),
    ]


def sold_lines(period: Period) -> list[ColumnElement[bool]]:
    """WHERE terms: lines that are sales, of the period's business days.

    The bare `sold` column renders as `sold = 1` on SQLite and `sold` on PostgreSQL: both match the partial
    index's own predicate, which `sold IS 1` (from .is_(True)) does not on SQLite.
    """
    first, last = period.day_numbers()
    return [OrderLine.sold.expression, OrderLine.business_day.between(first, last)]


def line_measures() -> list[ColumnElement[int]]:
    """lines, units, sales, net and cost (integer minor units), from the lines' partial covering index."""
    return [
        func.count().label("lines"),
        func.coalesce(func.sum(OrderLine.quantity), 0).label("units"),
        func.coalesce(func.sum(OrderLine.total_minor), 0).label("sales"),
        func.coalesce(func.sum(OrderLine.total_minor - OrderLine.tax_minor), 0).label("net"),
        func.coalesce(func.sum(OrderLine.quantity * OrderLine.unit_cost_minor), 0).label("cost"),
    ]


def lines_by_product(period: Period) -> Subquery:
    """A subquery of line_measures() per product (column pid) over the period's sold lines. `units` are in
    the product's unit (whole: 2.750 kg counts 2) and `raw_units` in its smallest unit; the cost of a
    weighed product (quantity x cost per kilogram) is scaled to money once per product, after the sums
    (the lines are summed from their index alone)."""
    raw = (
        select(OrderLine.product_id.label("pid"), *line_measures())
        .where(*sold_lines(period))
        .group_by(OrderLine.product_id)
        .subquery()
    )
    return (
        select(
            raw.c.pid,
            raw.c.units.label("raw_units"),
            raw.c.lines,
            whole_units_sql(raw.c.units, Product.decimals).label("units"),
            raw.c.sales,
            raw.c.net,
            amount_for_sql(raw.c.cost, literal(1), Product.decimals).label("cost"),
        )
        .join(Product, Product.id == raw.c.pid)
        .subquery()
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
    """Sales measures for one group of sold orders or lines (money in currency units)."""

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
    def from_row(cls, row: Row | Sequence[int], orders: int | None = None) -> "SalesFigures":
        """Figures from the last five columns of a row selected with order_measures() or line_measures().

        For line sums pass `orders`, the number of distinct orders (the row's first measure counts lines).
        """
        counted, units, sales, net, cost = tuple(row)[-5:]
        return cls.of(counted if orders is None else orders, units, sales, net, cost)


NO_SALES = SalesFigures.of(0, 0, 0, 0, 0)
