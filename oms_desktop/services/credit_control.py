"""The credit check of an order on account, run by every action that extends credit (confirming an order,
creating it confirmed, shipping it): the rule is domain/credit.py; beyond it, a manager's approval (the
house's NotAllowed, answered by the window's approval prompt or --approve-by) lets it through, audited."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Order
from oms_desktop.domain.credit import CreditRefusal, refusal
from oms_desktop.domain.messages import Param
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, audit_trail
from oms_desktop.services.receivables import HELD, ON_ACCOUNT


def owed_on_account(session: Session, customer_id: int, *, besides: int | None = None) -> int:
    """What the customer owes on their confirmed orders not fully paid (other than `besides`)."""
    query = select(
        func.coalesce(func.sum(Order.total_minor - Order.returned_minor - Order.paid_minor), 0)
    ).where(
        Order.customer_id == customer_id,
        Order.lifecycle.in_(HELD),
        Order.payment_state.in_(ON_ACCOUNT),
    )
    if besides is not None:
        query = query.where(Order.id != besides)
    return int(session.scalar(query) or 0)


def require_credit(
    session: Session,
    uow: UnitOfWork,
    customer: Customer | None,
    number: str,
    unpaid_minor: int,
    *,
    goods_leave: bool,
    order_id: int | None = None,
    also_owed: int = 0,
) -> None:
    """Refuse (a manager may approve) when this order's unpaid part on account passes the customer's limit.
    `also_owed`: what earlier orders of the same import owe, not yet written."""
    if customer is None or unpaid_minor <= 0:
        return
    owed = owed_on_account(session, customer.id, besides=order_id) + also_owed
    found = refusal(customer.credit_limit_minor, owed, unpaid_minor, goods_leave=goods_leave)
    if found is None:
        return
    fields: dict[str, Param]
    if found is CreditRefusal.PAY_FIRST:
        fields = {"customer": customer.name, "number": number, "amount": from_minor(unpaid_minor)}
    else:
        fields = {
            "customer": customer.name,
            "limit": from_minor(customer.credit_limit_minor),
            "owed": from_minor(owed),
            "number": number,
            "amount": from_minor(unpaid_minor),
        }
    approver = access.require(session, uow, Permission.EXCEED_CREDIT, because=(found.value, fields))
    audit_trail.record(
        session,
        uow,
        "credit_exceeded",
        number,
        before={"owed": from_minor(owed), "limit": from_minor(customer.credit_limit_minor)},
        after={"owed": from_minor(owed + unpaid_minor)},
        detail=f"{customer.code} {'ship' if goods_leave else 'confirm'}",
        approver=approver,
    )


def require_for_order(session: Session, uow: UnitOfWork, order: Order, *, goods_leave: bool) -> None:
    """The credit check of an existing order, by what it leaves unpaid (confirming it, or shipping it)."""
    require_credit(
        session,
        uow,
        order.customer,
        order.number,
        order.balance_minor,
        goods_leave=goods_leave,
        order_id=order.id,
    )
