"""Who and what sells: top products, top customers, sales by channel, and money in by payment method."""

import enum
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, String, cast, func, select
from sqlalchemy.orm import Session

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
from oms_desktop.services.analytics.measures import (
    NO_SALES,
    SalesFigures,
    lines_by_product,
    order_measures,
    percent,
    sold_lines,
    sold_orders,
)
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


def _order_by(measure: RankBy, units: ColumnElement[int], sales: ColumnElement[int]) -> ColumnElement[int]:
    return sales if measure is RankBy.REVENUE else units


def _rows(ranked: list[tuple[str, str, SalesFigures]], total: SalesFigures) -> list[RankRow]:
    return [
        RankRow(i, key, label, figures, percent(figures.sales, total.sales))
        for i, (key, label, figures) in enumerate(ranked, start=1)
    ]


def _total(session: Session, period: Period) -> SalesFigures:
    return SalesFigures.from_row(session.execute(select(*order_measures()).where(*sold_orders(period))).one())


def top_products(
    uow: UnitOfWork, period: Period, *, by: RankBy = RankBy.REVENUE, limit: int | None = 10
) -> Ranking:
    """Products ranked by sales (with tax) or by units sold, under their current SKU and name.

    The sums read only the lines that are sales (a partial covering index); the number of distinct
    orders, which needs the order of every line, is counted for the ranked products alone.
    """
    with uow.read() as session:
        total = _total(session, period)
        sums = lines_by_product(period)
        query = (
            select(sums.c.pid, Product.sku, Product.name, *list(sums.c)[1:])
            .join(Product, Product.id == sums.c.pid)
            .order_by(_order_by(by, sums.c.units, sums.c.sales).desc(), Product.sku)
        )
        rows = session.execute(query if limit is None else query.limit(limit)).all()
        orders = dict(
            session.execute(
                select(OrderLine.product_id, func.count(func.distinct(OrderLine.order_id)))
                .where(*sold_lines(period), OrderLine.product_id.in_([r[0] for r in rows]))
                .group_by(OrderLine.product_id)
            ).all()
        )
    ranked = [(sku, name, SalesFigures.from_row(r, orders=int(orders[pid]))) for pid, sku, name, *r in rows]
    return Ranking(period, "product", by, _rows(ranked, total), total)


def top_customers(
    uow: UnitOfWork, period: Period, *, by: RankBy = RankBy.REVENUE, limit: int | None = 10
) -> Ranking:
    """Customers ranked by sales or units; walk-in sales (no customer) are left out of the rows."""
    with uow.read() as session:
        total = _total(session, period)
        sums = (
            select(Order.customer_id.label("cid"), *order_measures())
            .where(*sold_orders(period), Order.customer_id.is_not(None))
            .group_by(Order.customer_id)
            .subquery()
        )
        query = (
            select(Customer.code, Customer.name, *list(sums.c)[1:])
            .join(Customer, Customer.id == sums.c.cid)
            .order_by(_order_by(by, sums.c.units, sums.c.sales).desc(), Customer.code)
        )
        rows = session.execute(query if limit is None else query.limit(limit)).all()
    ranked = [(code, name, SalesFigures.from_row(r)) for code, name, *r in rows]
    return Ranking(period, "customer", by, _rows(ranked, total), total)


def sales_by_channel(uow: UnitOfWork, period: Period) -> Ranking:
    """Sales per channel; every channel is listed, those without sales with zeros, in channel order.

    `rank` orders the channels by sales (those without sales last, in channel order).
    """
    channel = cast(Order.channel, String)
    with uow.read() as session:
        total = _total(session, period)
        query = select(channel, *order_measures()).where(*sold_orders(period)).group_by(channel)
        found = {str(row[0]): SalesFigures.from_row(row) for row in session.execute(query)}
    order = sorted(Channel, key=lambda ch: (-found.get(ch.value, NO_SALES).sales, list(Channel).index(ch)))
    rank = {ch.value: i for i, ch in enumerate(order, start=1)}
    rows = [
        RankRow(rank[ch.value], ch.value, ch.value, figures, percent(figures.sales, total.sales))
        for ch in Channel
        for figures in [found.get(ch.value, NO_SALES)]
    ]
    return Ranking(period, "channel", RankBy.REVENUE, rows, total)


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


def sales_by_payment_method(uow: UnitOfWork, period: Period) -> PaymentMix:
    """Money taken and given back per payment method used in the period, by the day (in the shop's zone)
    the payment was made.

    Amounts are what counts against orders (cash tendered and change are left out).
    """
    lo, hi = period.utc_bounds(uow.zone)
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
        if not (paid_n or back_n):
            continue  # eight methods exist; a shop uses a few: the report and the chart show those
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
