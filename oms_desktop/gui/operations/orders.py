"""Operations on one order (the Orders page's detail panel) and the orders list."""

from collections.abc import Sequence
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.operations.op import Op, ProgressOp
from oms_desktop.gui.tasks import Progress
from oms_desktop.services import backorders, holds, order_pages, orders, payments, returns, shipping
from oms_desktop.services.backorders import ShortLine
from oms_desktop.services.changes import Outcome
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.order_problems import OrderProblems
from oms_desktop.services.order_problems import problems_of as read_problems
from oms_desktop.services.orders import PaymentRequest
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.shipping import ShipItem

Done = Outcome[OrderDetail]


def get_order(number: str) -> Op[OrderDetail]:
    return Op(lambda uow: orders.get_order(uow, number))


def read_orders(numbers: list[str]) -> ProgressOp[list[OrderDetail]]:
    """Several orders in full (to print their documents); stops early when the user cancels."""

    def read(uow: UnitOfWork, progress: Progress) -> list[OrderDetail]:
        details = []
        for done, number in enumerate(numbers, start=1):
            details.append(orders.get_order(uow, number))
            if done % 20 == 0 and not progress(done, len(numbers)):
                break
        return details

    return ProgressOp(read)


def waiting_for(number: str) -> Op[list[ShortLine]]:
    """What a confirmed order still waits for (its short lines; empty: its goods are all there)."""
    return Op(lambda uow: backorders.waiting_for(uow, number))


def problems_of(number: str) -> Op[OrderProblems]:
    """What is wrong with one order now (held, payment overdue, backordered, paid not shipped, no address)."""
    return Op(lambda uow: read_problems(uow, number))


def count_orders(flt: OrderFilter) -> Op[int]:
    return Op(lambda uow: order_pages.count_orders(uow, flt))


def confirm(number: str) -> Op[Done]:
    return Op(lambda uow: orders.confirm(uow, number))


def pack(number: str) -> Op[Done]:
    return Op(lambda uow: orders.pack(uow, number))


def deliver(number: str) -> Op[Done]:
    return Op(lambda uow: shipping.deliver(uow, number))


def pay(number: str, requests: list[PaymentRequest]) -> Op[Done]:
    """One payment or a split payment: all of them in one transaction, or none."""
    wanted = tuple(requests)
    return Op(lambda uow: payments.take_payments(uow, number, wanted))


def ship(number: str, carrier: str, tracking: str, items: Sequence[ShipItem] = ()) -> Op[Done]:
    """A parcel to the carrier: `items` (none: all that is left); less than all is a partial shipment."""
    parcel = tuple(items)
    return Op(lambda uow: shipping.ship(uow, number, carrier=carrier, tracking=tracking, items=parcel))


def cancel(number: str, reason: str) -> Op[Done]:
    return Op(lambda uow: orders.cancel(uow, number, reason))


def refund(number: str, amount: Decimal, method: PaymentMethod, reason: str) -> Op[Done]:
    return Op(lambda uow: payments.refund(uow, number, amount, method, reason))


def return_order(number: str, method: PaymentMethod | None, reason: str) -> Op[Done]:
    return Op(lambda uow: returns.return_order(uow, number, method=method, reason=reason))


def hold(number: str, reason: str, note: str) -> Op[Done]:
    """Stop an order (neither packed nor shipped) until it is released: why, and what the problem is."""
    return Op(lambda uow: holds.hold(uow, number, reason=reason, note=note))


def release(number: str) -> Op[Done]:
    return Op(lambda uow: holds.release(uow, number))
