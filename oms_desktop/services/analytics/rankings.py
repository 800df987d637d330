"""Who and what sells: top products, top customers, sales by channel, and money in by payment method."""

import enum
from dataclasses import dataclass, replace
from datetime import tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import SQLColumnExpression, String, cast, func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    Channel,
    Customer,
    Order,
    OrderLine,
    Payment,
    PaymentKind,
    PaymentMethod,
    Product,
)
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.measures import NO_SALES, SalesFigures, percent, sold_lines
from oms_desktop.services.periods import Period


class RankBy(enum.StrEnum):
    REVENUE = "revenue"  # sales: what customers paid, with tax
    QUANTITY = "quantity"  # units sold


@dataclass(frozen=True)
class RankRow:
    rank: int
    key: str  # SKU, customer code or channel
    label: str  # product name, customer name or channel
    figures: SalesFigures
    share_percent: Decimal | None  # of all sales in the period


@dataclass(frozen=True)
class Ranking:
    period: Period
    dimension: str  # "product", "customer" or "channel"
    rank_by: RankBy
    rows: list[RankRow]
    total: SalesFigures  # every sale in the period, also those outside the top rows


def _ranking(
    uow: UnitOfWork,
    period: Period,
    dimension: str,
    keys: tuple[SQLColumnExpression[Any], SQLColumnExpression[Any], SQLColumnExpression[Any]],
    rank_by: RankBy,
    limit: int | None,
    zone: tzinfo | None,
) -> Ranking:
    """Sold lines grouped by (id, key, label) in SQL, best first, at most `limit` rows."""
    lo, hi = period.utc_bounds(zone)
    group_id, key, label = keys
    with uow.read() as session:
        total = SalesFigures.from_row(session.execute(sold_lines(lo, hi)).one())
        measure = func.sum(OrderLine.total_minor if rank_by is RankBy.REVENUE else OrderLine.quantity)
        query = sold_lines(lo, hi, group_id, key, label).group_by(group_id, key, label)
        if dimension == "product":
            query = query.join(Product, Product.id == OrderLine.product_id)
        elif dimension == "customer":
            query = query.join(Customer, Customer.id == Order.customer_id)
        query = query.order_by(measure.desc(), key)
        if limit is not None:
            query = query.limit(limit)
        rows = session.execute(query).all()
    return Ranking(
        period=period,
        dimension=dimension,
        rank_by=rank_by,
        rows=[
            RankRow(
                rank=i,
                key=str(row[1]),
                label=str(row[2]),
                figures=(figures := SalesFigures.from_row(row)),
                share_percent=percent(figures.sales, total.sales),
            )
            for i, row in enumerate(rows, start=1)
        ],
        total=total,
    )


def top_products(
    uow: UnitOfWork,
    period: Period,
    *,
    by: RankBy = RankBy.REVENUE,
    limit: int | None = 10,
    zone: tzinfo | None = None,
) -> Ranking:
    """Products ranked by sales (with tax) or by units sold, under their current SKU and name."""
    return _ranking(uow, period, "product", (Product.id, Product.sku, Product.name), by, limit, zone)


def top_customers(
    uow: UnitOfWork,
    period: Period,
    *,
    by: RankBy = RankBy.REVENUE,
    limit: int | None = 10,
    zone: tzinfo | None = None,
) -> Ranking:
    """Customers ranked by sales or units; walk-in sales (no customer) are left out of the rows."""
    return _ranking(uow, period, "customer", (Customer.id, Customer.code, Customer.name), by, limit, zone)


def sales_by_channel(uow: UnitOfWork, period: Period, *, zone: tzinfo | None = None) -> Ranking:
    """Sales per channel; every channel is listed, those without sales with zeros, in channel order."""
    channel = cast(Order.channel, String)
    found = _ranking(uow, period, "channel", (channel, channel, channel), RankBy.REVENUE, None, zone)
    by_key = {row.key: row for row in found.rows}
    # Channels without sales rank after those with sales, in channel order.
    unsold = [ch.value for ch in Channel if ch.value not in by_key]
    rank = {key: i for i, key in enumerate([row.key for row in found.rows] + unsold, start=1)}
    rows = [
        replace(by_key[ch.value], rank=rank[ch.value])
        if ch.value in by_key
        else RankRow(rank[ch.value], ch.value, ch.value, NO_SALES, percent(0, found.total.sales))
        for ch in Channel
    ]
    return Ranking(period, "channel", RankBy.REVENUE, rows, found.total)


@dataclass(frozen=True)
class MethodRow:
    method: str
    payments: int
    received: Decimal
    refunds: int
    refunded: Decimal
    net: Decimal  # received - refunded
    share_percent: Decimal | None  # of all money received in the period


@dataclass(frozen=True)
class PaymentMix:
    period: Period
    rows: list[MethodRow]  # every method, in PaymentMethod order
    received: Decimal
    refunded: Decimal
    net: Decimal


def sales_by_payment_method(uow: UnitOfWork, period: Period, *, zone: tzinfo | None = None) -> PaymentMix:
    """Money taken and given back per payment method, by the day the payment row was written.

    Amounts are what counts against orders (cash tendered and change are left out).
    """
    lo, hi = period.utc_bounds(zone)
    method, kind = cast(Payment.method, String), cast(Payment.kind, String)
    with uow.read() as session:
        sums = {
            (str(m), str(k)): (int(n), int(total))
            for m, k, n, total in session.execute(
                select(method, kind, func.count(Payment.id), func.sum(Payment.amount_minor))
                .where(Payment.created_at >= lo, Payment.created_at < hi)
                .group_by(method, kind)
            )
        }
    received_all = sum(t for (_, k), (_, t) in sums.items() if k == PaymentKind.PAYMENT.value)
    refunded_all = sum(t for (_, k), (_, t) in sums.items() if k == PaymentKind.REFUND.value)
    rows = []
    for m in PaymentMethod:
        paid_n, paid = sums.get((m.value, PaymentKind.PAYMENT.value), (0, 0))
        back_n, back = sums.get((m.value, PaymentKind.REFUND.value), (0, 0))
        rows.append(
            MethodRow(
                method=m.value,
                payments=paid_n,
                received=from_minor(paid),
                refunds=back_n,
                refunded=from_minor(back),
                net=from_minor(paid - back),
                share_percent=percent(paid, received_all),
            )
        )
    return PaymentMix(
        period=period,
        rows=rows,
        received=from_minor(received_all),
        refunded=from_minor(refunded_all),
        net=from_minor(received_all - refunded_all),
    )
