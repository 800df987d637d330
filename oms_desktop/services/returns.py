"""Taking goods back after they left the shop: stock comes back and what was paid is refunded."""

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, Payment, PaymentMethod
from oms_desktop.domain.order_workflow import Action
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import transition
from oms_desktop.services.records import OrderDetail


def return_order(
    uow: UnitOfWork, number: str, *, method: PaymentMethod, reason: str = ""
) -> Outcome[OrderDetail]:
    """The whole order comes back: a return row per product in the ledger, the paid amount refunded with
    `method`, and the order no longer counts as a sale."""
    reason = reason.strip()

    def body(_session: Session, order: Order) -> None:
        if order.paid_minor > 0:
            order.payments.append(Payment.given_back(method, order.paid_minor, uow.now(), uow.user, reason))
            order.paid_minor = 0

    return transition(uow, number, Action.RETURN, body, detail=reason, stock_reason=reason)
