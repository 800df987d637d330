"""Taking payments against an order and giving money back."""

from collections.abc import Sequence
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


def take_payments(uow: UnitOfWork, number: str, requests: Sequence[PaymentRequest]) -> Outcome[OrderDetail]:
    """Record several payments (a split payment) in one transaction: all of them, or none when one is
    refused. Their sum may not be more than the balance due."""
    if not requests:
        raise ValidationError(f"No payment to record on {number}")
    amounts = [to_minor(r.amount) for r in requests]
    for request, amount in zip(requests, amounts, strict=True):
        if amount <= 0:
            raise ValidationError(f"A payment must be above zero (got {request.amount})")
        if request.tendered is not None and to_minor(request.tendered) < amount:
            raise ValidationError(
                f"Cash tendered {request.tendered} is less than the amount {request.amount}"
            )
    total = sum(amounts)

    def body(_session: Session, order: Order) -> Changes:
        if total > order.balance_minor:
            raise ValidationError(
                f"Payments of {from_minor(total)} are more than the balance due on {order.number} "
                f"({from_minor(order.balance_minor)})"
            )
        for request, amount in zip(requests, amounts, strict=True):
            order.payments.append(
                Payment.received(
                    request.method,
                    amount,
                    uow.now(),
                    uow.user,
                    tendered_minor=None if request.tendered is None else to_minor(request.tendered),
                    reference=request.reference,
                )
            )
        _settle(order, total)
        return NOTHING

    detail = " + ".join(f"{from_minor(a)} {r.method.value}" for r, a in zip(requests, amounts, strict=True))
    return transition(uow, number, Action.PAY, body, detail=detail)
