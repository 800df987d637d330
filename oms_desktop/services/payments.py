"""Taking payments against an order and giving money back."""

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, Payment, PaymentMethod, order_audit
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import to_minor
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.payment import require_within_balance, require_within_paid
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, audit_trail, store_credit
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import PaymentRequest, transition
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.till import session_for_payments


def pay(uow: UnitOfWork, number: str, request: PaymentRequest) -> Outcome[OrderDetail]:
    """Record a payment; more than the balance due is refused (cash tendered beyond it becomes change)."""
    return take_payments(uow, number, [request])


def take_payments(uow: UnitOfWork, number: str, requests: Sequence[PaymentRequest]) -> Outcome[OrderDetail]:
    """Record one payment or several (a split payment) in one transaction: all of them, or none when one is
    refused. Their sum may not be more than the balance due."""
    if not requests:
        raise ValidationError("payment_not_positive", amount=Decimal("0"))
    amounts = [to_minor(r.amount) for r in requests]
    for request, amount in zip(requests, amounts, strict=True):
        if amount <= 0:
            raise ValidationError("payment_not_positive", amount=request.amount)
        if request.tendered is not None and to_minor(request.tendered) < amount:
            raise ValidationError("tendered_short", tendered=request.tendered, amount=request.amount)
    total = sum(amounts)

    def body(session: Session, order: Order) -> None:
        access.require(session, uow, Permission.SELL)
        require_within_balance(total, order.balance_minor, order.number)
        till_session = session_for_payments(session, uow, [r.method for r in requests])
        now = uow.now()
        for request, amount in zip(requests, amounts, strict=True):
            tendered = None if request.tendered is None else to_minor(request.tendered)
            order.payments.append(
                Payment.received(
                    request.method,
                    amount,
                    now,
                    uow.user,
                    tendered_minor=tendered,
                    reference=request.reference,
                    till_session_id=till_session,
                )
            )
        order.paid_minor += total
        for request, amount in zip(requests, amounts, strict=True):
            if request.method is PaymentMethod.STORE_CREDIT:
                store_credit.spend(session, uow, order.customer_id, amount, order.number)

    detail = " + ".join(order_audit.paid(a, r.method) for r, a in zip(requests, amounts, strict=True))
    return transition(uow, number, Action.PAY, body, detail=detail)


def refund(
    uow: UnitOfWork, number: str, amount: Decimal, method: PaymentMethod, reason: str = ""
) -> Outcome[OrderDetail]:
    """Give money back; a refund is a row of its own and never more than was paid."""
    minor = to_minor(amount)
    if minor <= 0:
        raise ValidationError("refund_not_positive", amount=amount)

    def body(session: Session, order: Order) -> None:
        approver = access.require(session, uow, Permission.REFUND)
        require_within_paid(minor, order.paid_minor, order.number)
        till_session = session_for_payments(session, uow, [method])
        order.payments.append(
            Payment.given_back(method, minor, uow.now(), uow.user, reason, till_session_id=till_session)
        )
        order.paid_minor -= minor
        if method is PaymentMethod.STORE_CREDIT:
            store_credit.issue(session, uow, order.customer_id, minor, order.number, reason)
        audit_trail.record(
            session,
            uow,
            "refund",
            order.number,
            after={"amount": amount, "method": method.value},
            detail=reason.strip(),
            approver=approver,
        )

    return transition(uow, number, Action.REFUND, body, detail=order_audit.refunded(minor, method, reason))
