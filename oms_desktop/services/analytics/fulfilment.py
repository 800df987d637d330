"""How orders move: status breakdown, time from order to shipment, completion rate."""

from dataclasses import dataclass
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


def order_status(uow: UnitOfWork, period: Period) -> StatusBreakdown:
    """Orders of the period's business days per current status, drafts and cancelled ones included."""
    status = cast(Order.status, String)
    with uow.read() as session:
        counts = {
            str(s): (int(n), int(total))
            for s, n, total in session.execute(
                select(status, func.count(Order.id), func.coalesce(func.sum(Order.total_minor), 0))
                .where(Order.business_day.between(*period.day_numbers()))
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
class ChannelFulfilment:
    channel: str
    orders: int  # created in the period, drafts and quotations left out
    completed: int
    cancelled: int  # cancelled, or returned after shipping
    completion_percent: Decimal | None  # completed / orders
    shipped: int  # handed to a carrier
    average_hours: Decimal | None  # created -> shipped
    longest_hours: Decimal | None


@dataclass(frozen=True)
class Fulfilment:
    period: Period
    total: ChannelFulfilment  # every channel together (channel "all")
    channels: list[ChannelFulfilment]  # every channel, in channel order


def _seconds_to_ship(session: Session) -> ColumnElement[int]:
    """Whole seconds from created_at to shipped_at, in SQL, for either backend."""
    if session.get_bind().dialect.name == "sqlite":
        days = func.julianday(Order.shipped_at) - func.julianday(Order.created_at)
        return cast(func.round(days * 86400), BigInteger)
    return cast(func.round(func.extract("epoch", Order.shipped_at - Order.created_at)), BigInteger)


# Drafts and quotations (taken up or not) are no orders to fulfil yet.
NOT_ORDERS_YET = (Lifecycle.DRAFT.value, Lifecycle.QUOTE.value, Lifecycle.EXPIRED.value)


def _row(channel: str, states: dict[str, int], shipped: tuple[int, int, int]) -> ChannelFulfilment:
    orders = sum(n for state, n in states.items() if state not in NOT_ORDERS_YET)
    completed = states.get(Lifecycle.COMPLETED.value, 0)
    count, seconds, longest = shipped
    return ChannelFulfilment(
        channel=channel,
        orders=orders,
        completed=completed,
        cancelled=states.get(Lifecycle.CANCELLED.value, 0) + states.get(Lifecycle.RETURNED.value, 0),
        completion_percent=percent(completed, orders),
        shipped=count,
        average_hours=ratio(seconds, count * SECONDS_PER_HOUR),
        longest_hours=ratio(longest, SECONDS_PER_HOUR) if count else None,
    )


def fulfilment(uow: UnitOfWork, period: Period) -> Fulfilment:
    """Completion rate and processing time (order created -> shipped) per channel, for orders of the period's business days.

    completion = completed / orders that are not drafts or quotations (cancelled ones count against it). Processing time
    counts orders handed to a carrier (they have a shipment row); counter sales are handed over at once
    and would only pull the average towards zero.
    """
    in_period = Order.business_day.between(*period.day_numbers())
    channel, lifecycle = cast(Order.channel, String), cast(Order.lifecycle, String)
    with uow.read() as session:
        states: dict[str, dict[str, int]] = {}
        for ch, state, n in session.execute(
            select(channel, lifecycle, func.count(Order.id)).where(in_period).group_by(channel, lifecycle)
        ):
            states.setdefault(str(ch), {})[str(state)] = int(n)
        seconds = _seconds_to_ship(session)
        shipped = {
            str(ch): (int(n), int(total), int(longest))
            for ch, n, total, longest in session.execute(
                select(channel, func.count(Order.id), func.sum(seconds), func.max(seconds))
                .where(
                    in_period, Order.shipped_at.is_not(None), exists().where(Shipment.order_id == Order.id)
                )
                .group_by(channel)
            )
        }
    all_states: dict[str, int] = {}
    for per_channel in states.values():
        for state, n in per_channel.items():
            all_states[state] = all_states.get(state, 0) + n
    all_shipped = (
        sum(n for n, _, _ in shipped.values()),
        sum(t for _, t, _ in shipped.values()),
        max((m for _, _, m in shipped.values()), default=0),
    )
    return Fulfilment(
        period=period,
        total=_row("all", all_states, all_shipped),
        channels=[
            _row(ch.value, states.get(ch.value, {}), shipped.get(ch.value, (0, 0, 0))) for ch in Channel
        ],
    )
