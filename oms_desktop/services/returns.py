"""Taking goods back after they left the shop: stock comes back and what was paid is refunded."""

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    Lifecycle,
    MovementKind,
    Order,
    Payment,
    PaymentMethod,
    PaymentState,
)
from oms_desktop.domain.order_workflow import Action
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.orders import order_levels, transition
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.stock_ledger import Posting, post


def return_order(
    uow: UnitOfWork, number: str, *, method: PaymentMethod, reason: str = ""
) -> Outcome[OrderDetail]:
    """The whole order comes back: a return row per product in the ledger, the paid amount refunded with
    `method`, and the order no longer counts as a sale."""
    reason = reason.strip()

    def body(session: Session, order: Order) -> Changes:
        levels = order_levels(session, order)
        for level, quantity in levels:
            post(session, uow, level, Posting(MovementKind.RETURN, quantity, reason=reason, order=order))
        if order.paid_minor > 0:
            order.payments.append(Payment.given_back(method, order.paid_minor, uow.now(), uow.user, reason))
            order.paid_minor = 0
            order.payment_state = PaymentState.REFUNDED
        order.lifecycle = Lifecycle.RETURNED
        order.count_as_sale(False)
        return Changes.for_stock([level.product_id for level, _ in levels])

    return transition(uow, number, Action.RETURN, body, detail=reason)
