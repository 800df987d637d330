"""Sales reports aggregated in SQL (GROUP BY over indexed columns), never by loading orders."""

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Lifecycle, Order, OrderLine, Product, ReturnLine, SaleReturn
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.quantity import Quantity, amount_for, from_units
from oms_desktop.services.lookups import in_batches
from oms_desktop.services.periods import Period

SOLD = (Lifecycle.OPEN, Lifecycle.COMPLETED)  # drafts and cancelled orders are not sales


class GroupBy(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    PRODUCT = "product"
    CUSTOMER = "customer"
    CHANNEL = "channel"


@dataclass(frozen=True)
class SalesRow:
    key: str
    label: str
    orders: int
    units: Quantity  # in the product's unit for a product; items (a weighed line counts one) otherwise
    net: Decimal  # after discounts, before tax
    tax: Decimal
    total: Decimal
    cost: Decimal

    @property
    def margin(self) -> Decimal:
        return self.net - self.cost


def local_bucket(session: Session, column: Any, offset_minutes: int, fmt: str) -> ColumnElement[Any]:
    """A local calendar bucket ('%Y-%m-%d' or '%Y-%m') of a UTC timestamp, in SQL, for either backend."""
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime(fmt, column, f"{offset_minutes:+d} minutes")
    pg_fmt = fmt.replace("%Y", "YYYY").replace("%m", "MM").replace("%d", "DD")
    return func.to_char(column + func.make_interval(0, 0, 0, 0, 0, offset_minutes), pg_fmt)


def _day_label(day: int) -> str:
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


def _month_label(month: int) -> str:
    return f"{month // 100:04d}-{month % 100:02d}"


def sales(uow: UnitOfWork, period: Period, by: GroupBy, *, limit: int | None = None) -> list[SalesRow]:
    """Sales (orders not draft, not cancelled) of the business days in `period`, per day, month, product,
    customer or channel. Day and month reports read only the orders' covering index; product reports
    read only the lines that are sales. `limit` keeps the first rows (the best sellers, for products)."""
    first, last = period.day_numbers()
    with uow.read() as session:
        if by is GroupBy.PRODUCT:
            return _by_product(session, first, last, limit)
        key: Any
        if by is GroupBy.DAY:
            key = Order.business_day
        elif by is GroupBy.MONTH:
            # Grouped by day, which follows the index (no sorting), and folded into months below.
            key = Order.business_day
        elif by is GroupBy.CUSTOMER:
            key = Order.customer_id
        else:
            key = Order.channel
        query = (
            select(
                key,
                func.count(),
                func.sum(Order.units),
                func.sum(Order.total_minor - Order.tax_minor),
                func.sum(Order.tax_minor),
                func.sum(Order.total_minor),
                func.sum(Order.cost_minor),
            )
            .where(Order.business_day.between(first, last), Order.lifecycle.in_(SOLD))
            .group_by(key)
            .order_by(key)
        )
        rows: list[Any] = _less_returns(
            list(session.execute(query).all()), _returns_by(session, by, first, last)
        )
        if by is GroupBy.MONTH:
            rows = _fold_months(rows)
        names: dict[int, tuple[str, str]] = {}
        if by is GroupBy.CUSTOMER:
            ids = [r[0] for r in rows if r[0] is not None]
            for chunk in in_batches(ids):
                names.update(
                    {
                        cid: (code, name)
                        for cid, code, name in session.execute(
                            select(Customer.id, Customer.code, Customer.name).where(Customer.id.in_(chunk))
                        )
                    }
                )
        result = []
        for k, n, units, net, tax, total, cost in rows:
            if by is GroupBy.DAY:
                code = label = _day_label(int(k))
            elif by is GroupBy.MONTH:
                code = label = _month_label(int(k))
            elif by is GroupBy.CUSTOMER:
                code, label = names.get(k, ("", ""))
            else:
                code = label = k.value if hasattr(k, "value") else str(k)
            result.append(
                SalesRow(
                    code,
                    label,
                    int(n),
                    int(units),
                    from_minor(int(net)),
                    from_minor(int(tax)),
                    from_minor(int(total)),
                    from_minor(int(cost)),
                )
            )
        if by is GroupBy.CUSTOMER:
            result.sort(key=lambda r: (-r.total, r.key))
        return result if limit is None else result[:limit]


def _key(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _returns_by(session: Session, by: GroupBy, first: int, last: int) -> dict[Any, tuple[int, ...]]:
    """What came back on the period's days (returns count on their own day), as (units, net, tax, total,
    cost) per key of the grouping; sales keep their order count."""
    key: Any = {
        GroupBy.CUSTOMER: SaleReturn.customer_id,
        GroupBy.CHANNEL: SaleReturn.channel,
    }.get(by, SaleReturn.business_day)
    query = (
        select(
            key,
            func.sum(SaleReturn.units),
            func.sum(SaleReturn.total_minor - SaleReturn.tax_minor),
            func.sum(SaleReturn.tax_minor),
            func.sum(SaleReturn.total_minor),
            func.sum(SaleReturn.cost_minor),
        )
        .where(SaleReturn.business_day.between(first, last))
        .group_by(key)
    )
    return {_key(k): tuple(int(v) for v in values) for k, *values in session.execute(query)}


def _less_returns(rows: list[Any], returned: dict[Any, tuple[int, ...]]) -> list[Any]:
    """Rows of (key, orders, units, net, tax, total, cost) less what came back per key; a key with only
    returns gets a row of its own."""
    if not returned:
        return rows
    out: dict[Any, list[Any]] = {_key(r[0]): [r[0], int(r[1]), *(int(v) for v in r[2:])] for r in rows}
    for k, values in returned.items():
        row = out.setdefault(k, [k, 0, 0, 0, 0, 0, 0])
        for i, v in enumerate(values, start=2):
            row[i] -= v
    return sorted((tuple(r) for r in out.values()), key=lambda r: (r[0] is None, _key(r[0]) or 0))


def _fold_months(days: list[Any]) -> list[tuple[int, ...]]:
    """Rows per business day (YYYYMMDD, in order) summed into rows per month (YYYYMM)."""
    months: dict[int, list[int]] = {}
    for day, *values in days:
        sums = months.setdefault(int(day) // 100, [0] * len(values))
        for i, value in enumerate(values):
            sums[i] += int(value)
    return [(month, *sums) for month, sums in months.items()]


def _by_product(session: Session, first: int, last: int, limit: int | None) -> list[SalesRow]:
    # The sums come from the partial covering index alone; names and order counts are read afterwards
    # for the few products kept (reading them for every line would visit the table a million times).
    # Goods that came back on the period's days are taken off their product (all products are then
    # summed before the best are kept).
    returned = {
        pid: tuple(int(v) for v in values)
        for pid, *values in session.execute(
            select(
                ReturnLine.product_id,
                func.sum(ReturnLine.quantity),
                func.sum(ReturnLine.total_minor - ReturnLine.tax_minor),
                func.sum(ReturnLine.tax_minor),
                func.sum(ReturnLine.total_minor),
                func.sum(ReturnLine.cost_minor),
            )
            .join(SaleReturn, SaleReturn.id == ReturnLine.return_id)
            .where(SaleReturn.business_day.between(first, last))
            .group_by(ReturnLine.product_id)
        )
    }
    raw = session.execute(
        select(
            OrderLine.product_id,
            func.sum(OrderLine.quantity),
            func.sum(OrderLine.total_minor - OrderLine.tax_minor),
            func.sum(OrderLine.tax_minor),
            func.sum(OrderLine.total_minor),
            func.sum(OrderLine.quantity * OrderLine.unit_cost_minor),
        )
        .where(OrderLine.sold == true(), OrderLine.business_day.between(first, last))
        .group_by(OrderLine.product_id)
        .order_by(func.sum(OrderLine.total_minor).desc(), OrderLine.product_id)
        .limit(None if returned else limit)
    ).all()
    # Weighed products: their quantities are in the smallest unit and quantity x cost is scaled to money
    # once per product (the lines are summed from their index alone).
    weighed = dict(session.execute(select(Product.id, Product.decimals).where(Product.decimals > 0)).all())
    sums: list[Any] = [(r[0], 0, *r[1:-1], amount_for(int(r[-1]), 1, weighed.get(r[0], 0))) for r in raw]
    if returned:
        sums = _less_returns(sums, returned)
        sums.sort(key=lambda r: (-r[5], r[0]))
        sums = sums[:limit] if limit is not None else sums
    sums = [(r[0], *r[2:]) for r in sums]
    ids = [row[0] for row in sums]
    names: dict[int, tuple[str, str]] = {}
    orders: dict[int, int] = {}
    for chunk in in_batches(ids):
        names.update(
            {
                pid: (sku, name)
                for pid, sku, name in session.execute(
                    select(Product.id, Product.sku, Product.name).where(Product.id.in_(chunk))
                )
            }
        )
        orders.update(
            dict(
                session.execute(
                    select(OrderLine.product_id, func.count(func.distinct(OrderLine.order_id)))
                    .where(
                        OrderLine.product_id.in_(chunk),
                        OrderLine.sold == true(),
                        OrderLine.business_day.between(first, last),
                    )
                    .group_by(OrderLine.product_id)
                ).all()
            )
        )
    return [
        SalesRow(
            names[pid][0],
            names[pid][1],
            orders.get(pid, 0),
            from_units(int(u), weighed.get(pid, 0)),
            from_minor(int(net)),
            from_minor(int(tax)),
            from_minor(int(total)),
            from_minor(int(cost)),
        )
        for pid, u, net, tax, total, cost in sums
    ]
