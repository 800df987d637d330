"""Taking payments against an order and giving money back."""

from decimal import Decimal

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, Payment, PaymentKind, PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order_workflow import Action, payment_state_for
from oms_desktop.services.changes import NOTHING, Changes, Outcome
from oms_desktop.services.orders import PaymentRequest, transition
from oms_desktop.services.records import OrderDetail


def pay(uow: UnitOfWork, number: str, request: PaymentRequest) -> Outcome[OrderDetail]:
    """Record a payment; more than the balance due is refused (cash tendered beyond it becomes change)."""
    amount = to_minor(request.amount)
    if amount <= 0:
        raise ValidationError(f"A payment must be above zero (got {request.amount})")
    tendered = None if request.tendered is None else to_minor(request.tendered)
    if tendered is not None and tendered < amount:
        raise ValidationError(f"Cash tendered {request.tendered} is less than the amount {request.amount}")

    def body(_session: Session, order: Order) -> Changes:
        if amount > order.balance_minor:
            raise ValidationError(
                f"A payment of {from_minor(amount)} is more than the balance due on {order.number} "
                f"({from_minor(order.balance_minor)})"
            )
        order.payments.append(
            Payment.received(
                request.method,
                amount,
                uow.now(),
                uow.user,
                tendered_minor=tendered,
                reference=request.reference,
            )
        )
        _settle(order, amount)
        return NOTHING

    return transition(uow, number, Action.PAY, body, detail=f"{from_minor(amount)} {request.method.value}")


def refund(
    uow: UnitOfWork, number: str, amount: Decimal, method: PaymentMethod, reason: str = ""
) -> Outcome[OrderDetail]:
    """Give money back; a refund is a row of its own and never more than was paid."""
    minor = to_minor(amount)
    if minor <= 0:
        raise ValidationError(f"A refund must be above zero (got {amount})")

    def body(_session: Session, order: Order) -> Changes:
        if minor > order.paid_minor:
            raise ValidationError(
                f"A refund of {from_minor(minor)} is more than was paid on {order.number} "
                f"({from_minor(order.paid_minor)})"
            )
        order.payments.append(Payment.given_back(method, minor, uow.now(), uow.user, reason))
        _settle(order, -minor)
        return NOTHING

    return transition(
        uow, number, Action.REFUND, body, detail=f"{from_minor(minor)} {method.value} {reason}".strip()
    )


def _settle(order: Order, delta_minor: int) -> None:
    order.paid_minor += delta_minor
    refunded = any(p.kind is PaymentKind.REFUND for p in order.payments)
    order.payment_state = payment_state_for(order.total_minor, order.paid_minor, refunded)
