"""Headline numbers for a period, each with the change against the period just before it."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Payment, PaymentKind
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.measures import SalesFigures, change_percent, order_measures, sold_orders
from oms_desktop.services.periods import Period


@dataclass(frozen=True)
class Kpi:
    """One headline number. `kind` is "money", "count" or "percent" (for formatting)."""

    key: str  # sales, orders, average_order_value, units, gross_margin, margin_percent, refunds
    kind: str
    current: Decimal | int | None
    previous: Decimal | int | None
    # Percent change against previous; for "percent" KPIs the difference in percentage points.
    # None when the previous value is zero or unknown.
    change: Decimal | None


@dataclass(frozen=True)
class Headline:
    period: Period
    previous_period: Period  # the same number of days just before `period`
    current: SalesFigures
    previous: SalesFigures
    refunds: Decimal  # money given back in the period (payments rows of kind 'refund')
    refund_count: int
    previous_refunds: Decimal
    previous_refund_count: int
    kpis: list[Kpi]


def _sales(session: Session, period: Period) -> SalesFigures:
    return SalesFigures.from_row(session.execute(select(*order_measures()).where(*sold_orders(period))).one())


def _refunds(session: Session, lo: datetime, hi: datetime) -> tuple[Decimal, int]:
    total, count = session.execute(
        select(func.coalesce(func.sum(Payment.amount_minor), 0), func.count(Payment.id)).where(
            Payment.kind == PaymentKind.REFUND, Payment.created_at >= lo, Payment.created_at < hi
        )
    ).one()
    return from_minor(int(total)), int(count)


def _kpi(key: str, kind: str, current: Decimal | int | None, previous: Decimal | int | None) -> Kpi:
    if current is None or previous is None:
        change = None
    elif kind == "percent":
        change = Decimal(current) - Decimal(previous)
    else:
        change = change_percent(current, previous)
    return Kpi(key, kind, current, previous, change)


def headline(uow: UnitOfWork, period: Period) -> Headline:
    """Sales, orders, average order value, units, gross margin and refunds, now and one period earlier.

    Sales count on their orders' business days; refunds on the day they were given (in the shop's zone).
    """
    previous_period = period.previous()
    with uow.read() as session:
        now = _sales(session, period)
        before = _sales(session, previous_period)
        refunds, refund_count = _refunds(session, *period.utc_bounds(uow.zone))
        previous_refunds, previous_refund_count = _refunds(session, *previous_period.utc_bounds(uow.zone))
    kpis = [
        _kpi("sales", "money", now.sales, before.sales),
        _kpi("orders", "count", now.orders, before.orders),
        _kpi("average_order_value", "money", now.average_order_value, before.average_order_value),
        _kpi("units", "count", now.units, before.units),
        _kpi("gross_margin", "money", now.margin, before.margin),
        _kpi("margin_percent", "percent", now.margin_percent, before.margin_percent),
        _kpi("refunds", "money", refunds, previous_refunds),
    ]
    return Headline(
        period=period,
        previous_period=previous_period,
        current=now,
        previous=before,
        refunds=refunds,
        refund_count=refund_count,
        previous_refunds=previous_refunds,
        previous_refund_count=previous_refund_count,
        kpis=kpis,
    )
