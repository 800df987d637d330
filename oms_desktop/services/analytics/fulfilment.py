"""How orders move: status breakdown, time from order to shipment, completion rate."""

from dataclasses import dataclass
from datetime import tzinfo
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, String, cast, exists, func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Lifecycle, Order, Shipment
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import Status
from oms_desktop.services.analytics.measures import percent, ratio
from oms_desktop.services.periods import Period

SECONDS_PER_HOUR = 3600


@dataclass(frozen=True)
class StatusRow:
    status: str  # the status word users see (order.Status)
    orders: int
    value: Decimal  # the orders' totals
    share_percent: Decimal | None  # of all orders created in the period


@dataclass(frozen=True)
class StatusBreakdown:
    period: Period
    rows: list[StatusRow]  # every status, in workflow order
    orders: int


def order_status(uow: UnitOfWork, period: Period, *, zone: tzinfo | None = None) -> StatusBreakdown:
    """Orders created in the period per current status, drafts and cancelled ones included."""
    lo, hi = period.utc_bounds(zone)
    status = cast(Order.status, String)
    with uow.read() as session:
        counts = {
            str(s): (int(n), int(total))
            for s, n, total in session.execute(
                select(status, func.count(Order.id), func.coalesce(func.sum(Order.total_minor), 0))
                .where(Order.created_at >= lo, Order.created_at < hi)
                .group_by(status)
            )
        }
    everything = sum(n for n, _ in counts.values())
    rows = [
        StatusRow(s.value, n, from_minor(total), percent(n, everything))
        for s in Status
        for n, total in [counts.get(s.value, (0, 0))]
    ]
    return StatusBreakdown(period, rows, everything)


@dataclass(frozen=True)
class ChannelProcessing:
    channel: str
    shipped: int  # orders created in the period and handed to a carrier
    average_hours: Decimal | None  # created -> shipped
    longest_hours: Decimal | None


@dataclass(frozen=True)
class Fulfilment:
    period: Period
    orders: int  # created in the period, drafts left out
    completed: int
    cancelled: int
    completion_percent: Decimal | None  # completed / orders
    shipped: int
    average_hours: Decimal | None  # created -> shipped, over orders sent with a carrier
    channels: list[ChannelProcessing]  # every channel, in channel order


def _seconds_to_ship(session: Session) -> ColumnElement[int]:
    """Whole seconds from created_at to shipped_at, in SQL, for either backend."""
    if session.get_bind().dialect.name == "sqlite":
        days = func.julianday(Order.shipped_at) - func.julianday(Order.created_at)
        return cast(func.round(days * 86400), BigInteger)
    return cast(func.round(func.extract("epoch", Order.shipped_at - Order.created_at)), BigInteger)


def fulfilment(uow: UnitOfWork, period: Period, *, zone: tzinfo | None = None) -> Fulfilment:
    """Completion rate and average processing time (order created -> shipped) for orders created in the period.

    Processing time counts orders handed to a carrier (they have a shipment row); counter sales are
    handed over at once and would only pull the average towards zero. completion = completed / orders
    that are not drafts (cancelled ones count against it).
    """
    lo, hi = period.utc_bounds(zone)
    in_period = [Order.created_at >= lo, Order.created_at < hi]
    with uow.read() as session:
        lifecycle = cast(Order.lifecycle, String)
        states = {
            str(s): int(n)
            for s, n in session.execute(
                select(lifecycle, func.count(Order.id)).where(*in_period).group_by(lifecycle)
            )
        }
        seconds = _seconds_to_ship(session)
        channel = cast(Order.channel, String)
        shipped = {
            str(ch): (int(n), int(total), int(longest))
            for ch, n, total, longest in session.execute(
                select(channel, func.count(Order.id), func.sum(seconds), func.max(seconds))
                .where(
                    *in_period, Order.shipped_at.is_not(None), exists().where(Shipment.order_id == Order.id)
                )
                .group_by(channel)
            )
        }
    orders = sum(n for s, n in states.items() if s != Lifecycle.DRAFT.value)
    completed = states.get(Lifecycle.COMPLETED.value, 0)
    channels = []
    for ch in Channel:
        n, total, longest = shipped.get(ch.value, (0, 0, 0))
        channels.append(
            ChannelProcessing(
                channel=ch.value,
                shipped=n,
                average_hours=ratio(total, n * SECONDS_PER_HOUR),
                longest_hours=ratio(longest, SECONDS_PER_HOUR) if n else None,
            )
        )
    shipped_count = sum(n for n, _, _ in shipped.values())
    return Fulfilment(
        period=period,
        orders=orders,
        completed=completed,
        cancelled=states.get(Lifecycle.CANCELLED.value, 0),
        completion_percent=percent(completed, orders),
        shipped=shipped_count,
        average_hours=ratio(sum(t for _, t, _ in shipped.values()), shipped_count * SECONDS_PER_HOUR),
        channels=channels,
    )
