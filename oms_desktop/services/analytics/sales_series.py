"""Sales over time by day, week or month, with the previous period alongside for comparison."""

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order
from oms_desktop.domain.money import from_minor
from oms_desktop.services.analytics.buckets import Granularity, buckets, day_key, local_day
from oms_desktop.services.analytics.measures import sold_between
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
    uow: UnitOfWork, period: Period, granularity: Granularity = Granularity.DAY, *, zone: tzinfo | None = None
) -> SalesSeries:
    """Sales per calendar day, week (Monday first) or month, and the previous period for comparison.

    SQL sums sold orders per local day over both periods (one GROUP BY, at most two rows per day of the
    period); the days are then added into buckets. Each bucket's previous value covers the same days
    one period earlier, so the two lines line up day for day.
    """
    previous = period.previous()
    lo, _ = previous.utc_bounds(zone)
    _, hi = period.utc_bounds(zone)
    with uow.read() as session:
        day = local_day(session, Order.created_at, period.offset_minutes(zone))
        query = (
            select(day.label("day"), func.count(Order.id), func.coalesce(func.sum(Order.total_minor), 0))
            .where(*sold_between(lo, hi))
            .group_by(day)
        )
        per_day = {day_key(d): (int(n), int(total)) for d, n, total in session.execute(query)}
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
