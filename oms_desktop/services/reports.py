"""Sales reports aggregated in SQL (GROUP BY over indexed columns), never by loading orders."""

import enum
from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, cast, func, literal, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Lifecycle, Order, OrderLine
from oms_desktop.domain.money import from_minor
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
    units: int
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


def sales(uow: UnitOfWork, period: Period, by: GroupBy, *, zone: tzinfo | None = None) -> list[SalesRow]:
    """Orders (not drafts, not cancelled) created in `period`, summed per day, month, product, customer or channel."""
    lo, hi = period.utc_bounds(zone)
    with uow.read() as session:
        offset = period.offset_minutes(zone)
        key: Any
        label: Any
        if by is GroupBy.DAY:
            key = label = local_bucket(session, Order.created_at, offset, "%Y-%m-%d")
        elif by is GroupBy.MONTH:
            key = label = local_bucket(session, Order.created_at, offset, "%Y-%m")
        elif by is GroupBy.PRODUCT:
            key, label = OrderLine.sku, func.max(OrderLine.name)
        elif by is GroupBy.CUSTOMER:
            key = func.coalesce(Customer.code, literal(""))
            label = func.coalesce(func.max(Customer.name), literal(""))
        else:
            key = label = cast(Order.channel, String)
        query = (
            select(
                key.label("k"),
                label.label("l"),
                func.count(func.distinct(Order.id)),
                func.sum(OrderLine.quantity),
                func.sum(OrderLine.total_minor - OrderLine.tax_minor),
                func.sum(OrderLine.tax_minor),
                func.sum(OrderLine.total_minor),
                func.sum(OrderLine.quantity * OrderLine.unit_cost_minor),
            )
            .select_from(OrderLine)
            .join(Order, Order.id == OrderLine.order_id)
            .where(Order.created_at >= lo, Order.created_at < hi, Order.lifecycle.in_(SOLD))
            .group_by(key)
        )
        if by is GroupBy.CUSTOMER:
            query = query.outerjoin(Customer, Customer.id == Order.customer_id)
        if by in (GroupBy.PRODUCT, GroupBy.CUSTOMER):
            query = query.order_by(func.sum(OrderLine.total_minor).desc(), key)
        else:
            query = query.order_by(key)
        return [
            SalesRow(
                key=str(k or ""),
                label=str(lab or ""),
                orders=int(n),
                units=int(u),
                net=from_minor(int(net)),
                tax=from_minor(int(tax)),
                total=from_minor(int(total)),
                cost=from_minor(int(cost)),
            )
            for k, lab, n, u, net, tax, total, cost in session.execute(query)
        ]
