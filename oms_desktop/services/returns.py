"""Taking goods back after they left the shop: stock comes back and what was paid is refunded."""

from collections import defaultdict

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order, Payment, PaymentKind, PaymentMethod, RefundTo
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, audit_trail, lookups, sale_returns, store_credit
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import get_order, transition
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale_returns import ReturnRequest
from oms_desktop.services.settings import load as load_settings
from oms_desktop.services.till import session_for_payments


def paid_by(order: Order) -> PaymentMethod | None:
    """The method most of the order's money came by (None: nothing was paid)."""
    taken: dict[PaymentMethod, int] = defaultdict(int)
    for p in order.payments:
        if p.kind is PaymentKind.PAYMENT:
            taken[p.method] += p.amount_minor
    return max(taken, key=lambda m: taken[m]) if taken else None


def return_order(
    uow: UnitOfWork,
    number: str,
    *,
    method: PaymentMethod | None = None,
    reason: str = "",
    void: bool = False,
) -> Outcome[OrderDetail]:
    """The whole order comes back: a return row per product in the ledger, the paid amount refunded (by the
    way it was paid unless `method` says otherwise, which needs a manager), and the order no longer counts
    as a sale. A cashier may take back goods up to the shop's return limit; `void` (a sale rung up by
    mistake) is a manager's."""
    reason = reason.strip()
    with uow.read() as session:
        partly_back = lookups.order_by_number(session, number).returned_minor > 0
    if partly_back and not void:
        # The rest comes back with a return document like the first part (services/sale_returns.py).
        to_credit = method is PaymentMethod.STORE_CREDIT
        request = ReturnRequest(
            number,
            refund_to=RefundTo.STORE_CREDIT if to_credit else RefundTo.ORIGINAL,
            reason=reason,
            method=None if to_credit else method,
        )
        taken = sale_returns.take_back(uow, request)
        return Outcome(get_order(uow, number), taken.changes)

    def body(session: Session, order: Order) -> None:
        if order.returned_minor > 0:
            raise ValidationError("void_after_return", number=order.number)
        original = paid_by(order)
        refund_by = method or original or PaymentMethod.CASH
        approvers = []
        if void:
            approvers.append(access.require(session, uow, Permission.VOID))
        elif order.paid_minor > to_minor(load_settings(session).cashier_return_limit):
            approvers.append(access.require(session, uow, Permission.RETURN_ABOVE_LIMIT))
        else:
            approvers.append(access.require(session, uow, Permission.RETURN))
        if original is not None and refund_by is not original and order.paid_minor > 0:
            paid = {p.method for p in order.payments if p.kind is PaymentKind.PAYMENT}
            if refund_by not in paid:
                approvers.append(access.require(session, uow, Permission.REFUND))
        amount = order.paid_minor
        # By the ways it was paid (each up to what it brought in), or all of it the way a manager chose.
        plan = [(refund_by, amount)] if method else sale_returns.refund_plan(session, order, amount)
        if amount > 0:
            till_session = session_for_payments(session, uow, [m for m, _ in plan])
            for by, part in plan:
                order.payments.append(
                    Payment.given_back(by, part, uow.now(), uow.user, reason, till_session_id=till_session)
                )
                if by is PaymentMethod.STORE_CREDIT:
                    store_credit.issue(session, uow, order.customer_id, part, order.number, reason)
            order.paid_minor = 0
        audit_trail.record(
            session,
            uow,
            "void" if void else "return",
            order.number,
            before={"paid": from_minor(amount), "method": original.value if original else ""},
            after={
                "refunded": from_minor(amount),
                "method": ", ".join(f"{by.value} {from_minor(part)}" for by, part in plan) or refund_by.value,
            },
            detail=reason,
            approver=next((a for a in approvers if a), ""),
        )

    return transition(uow, number, Action.RETURN, body, detail=reason, stock_reason=reason)
