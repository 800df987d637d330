"""Sales over time by day, week or month, with the previous period alongside for comparison."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.buckets import Granularity, buckets, from_day_number
from oms_desktop.services.analytics.measures import sold_orders
from oms_desktop.services.periods import Period


@dataclass(frozen=True)
class SeriesPoint:
    first: date  # first local day of the bucket within the period
    last: date  # last local day of the bucket within the period
    label: str
    sales: Decimal  # what customers pay (with tax) for orders created on these days
    orders: int
    previous_sales: Decimal  # the same days shifted back by the period's length
    previous_orders: int


@dataclass(frozen=True)
class SalesSeries:
    period: Period
    previous_period: Period
    granularity: Granularity
    points: list[SeriesPoint]
    sales: Decimal
    orders: int
    previous_sales: Decimal
    previous_orders: int


def sales_over_time(
    uow: UnitOfWork, period: Period, granularity: Granularity = Granularity.DAY
) -> SalesSeries:
    """Sales per calendar day, week (Monday first) or month, and the previous period for comparison.

    SQL sums sold orders per business day over both periods (one GROUP BY on the orders' covering index,
    at most two rows per day of the period); the days are then added into buckets. Each bucket's previous
    value covers the same days one period earlier, so the two lines line up day for day.
    """
    previous = period.previous()
    both = Period(previous.start, period.end)
    with uow.read() as session:
        query = (
            select(Order.business_day, func.count(Order.id), func.coalesce(func.sum(Order.total_minor), 0))
            .where(*sold_orders(both))
            .group_by(Order.business_day)
        )
        per_day = {from_day_number(d): (int(n), int(total)) for d, n, total in session.execute(query)}
    shift = timedelta(days=period.days)
    points = []
    for bucket in buckets(period, granularity):
        now = [per_day.get(d, (0, 0)) for d in bucket.days()]
        before = [per_day.get(d - shift, (0, 0)) for d in bucket.days()]
        points.append(
            SeriesPoint(
                first=bucket.first,
                last=bucket.last,
                label=bucket.label,
                sales=from_minor(sum(t for _, t in now)),
                orders=sum(n for n, _ in now),
                previous_sales=from_minor(sum(t for _, t in before)),
                previous_orders=sum(n for n, _ in before),
            )
        )
    return SalesSeries(
        period=period,
        previous_period=previous,
        granularity=granularity,
        points=points,
        sales=sum((p.sales for p in points), Decimal("0.00")),
        orders=sum(p.orders for p in points),
        previous_sales=sum((p.previous_sales for p in points), Decimal("0.00")),
        previous_orders=sum(p.previous_orders for p in points),
    )
