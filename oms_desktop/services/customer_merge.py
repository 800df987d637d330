"""Merging a duplicate customer (DROP) into the one kept (KEEP), in one transaction.

Everything that points at DROP moves to KEEP: its orders (and with them their payments, payments on account,
shipments and history, which point at the orders), its returns, the customers merged into DROP before, and
the sales parked for it; its store credit moves through services/store_credit.py (a move out of DROP and one
into KEEP, "merged C-…"), so both balances stay the sums of their ledgers. KEEP's empty phone, e-mail and
addresses are filled from DROP's; KEEP's name, price tier, credit limit, payment terms and notes stay.
DROP keeps its row (old documents and the audit trail name it) with `merged_into_id` = KEEP: lists, search
and pickers leave it out, and looking its code up is refused with the name of KEEP (lookups.customer_by_code).

What KEEP owes afterwards is what both owed: the receivables follow the orders. An order's due date is its
day plus its customer's payment terms (nothing on the order keeps one), so DROP's orders are aged by KEEP's
terms from now on; `MergePlan.terms_differ` says so before the merge.

A manager's action (Permission.MERGE_CUSTOMERS; a shop without users may), written to the audit trail with
what moved: counts and amounts.
"""

import json
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Order, ParkedSale, SaleReturn
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, audit_trail, lookups, parked_sales, store_credit
from oms_desktop.services.changes import CUSTOMERS, ORDERS, Changes, Outcome
from oms_desktop.services.credit_control import owed_on_account
from oms_desktop.services.customers import customer_record
from oms_desktop.services.records import CustomerRecord

FILLED = ("phone", "email", "billing_address", "shipping_address")  # KEEP's, filled from DROP when empty
AUDITED_ORDERS = 100  # order numbers named in the audit row at most (the count is always there)


@dataclass(frozen=True)
class MergePlan:
    """What a merge moves (before it: what it would move; after it: what it moved, KEEP as it became)."""

    keep: CustomerRecord
    drop: CustomerRecord
    orders: int  # DROP's orders
    returns: int  # returns written to DROP
    owed: Decimal  # what DROP owes on account
    store_credit: Decimal  # DROP's store credit
    parked_sales: int  # sales parked for DROP
    customers: int  # customers merged into DROP before
    filled: tuple[str, ...]  # KEEP's fields filled from DROP (names in FILLED)
    terms_differ: bool  # DROP's orders will be due by KEEP's payment terms
    keep_owed: Decimal  # what KEEP owes on account: before the merge in a plan, after it in the answer


def _pair(session: Session, keep_code: str, drop_code: str) -> tuple[Customer, Customer]:
    """Both customers, refused when they are one, unknown, or merged already; locked in id order (two
    merges of the same pair queue, and cannot deadlock) and read again once locked."""
    if keep_code.strip() == drop_code.strip():
        raise ValidationError("customer_merge_same", customer=keep_code.strip())
    ids = sorted(
        (lookups.customer_by_code(session, keep_code).id, lookups.customer_by_code(session, drop_code).id)
    )
    locked = select(Customer).where(Customer.id.in_(ids)).order_by(Customer.id).with_for_update()
    session.execute(locked.execution_options(populate_existing=True)).scalars().all()
    # Merged by another till while this one waited for the lock: refused as if it had been merged before.
    return lookups.customer_by_code(session, keep_code), lookups.customer_by_code(session, drop_code)


def _filled(keep: Customer, drop: Customer) -> tuple[str, ...]:
    return tuple(name for name in FILLED if not getattr(keep, name).strip() and getattr(drop, name).strip())


def _parked_for(session: Session, code: str) -> list[tuple[ParkedSale, dict[str, object]]]:
    """The sales parked for the customer `code` (parked sales are few: the list is read whole)."""
    found = []
    for row in session.scalars(select(ParkedSale).where(ParkedSale.sale.contains(code))):
        try:
            sale = json.loads(row.sale)
        except ValueError:
            continue  # unreadable: recalling it says so
        if isinstance(sale, dict) and sale.get("customer_code") == code:
            found.append((row, sale))
    return found


def _count(session: Session, query: Select[int]) -> int:
    return int(session.scalar(query) or 0)


def _plan(session: Session, keep: Customer, drop: Customer) -> MergePlan:
    return MergePlan(
        keep=customer_record(keep),
        drop=customer_record(drop),
        orders=_count(session, select(func.count(Order.id)).where(Order.customer_id == drop.id)),
        returns=_count(session, select(func.count(SaleReturn.id)).where(SaleReturn.customer_id == drop.id)),
        owed=from_minor(owed_on_account(session, drop.id)),
        store_credit=from_minor(drop.store_credit_minor),
        parked_sales=len(_parked_for(session, drop.code)),
        customers=_count(session, select(func.count(Customer.id)).where(Customer.merged_into_id == drop.id)),
        filled=_filled(keep, drop),
        terms_differ=keep.payment_terms_days != drop.payment_terms_days,
        keep_owed=from_minor(owed_on_account(session, keep.id)),
    )


def merge_plan(uow: UnitOfWork, keep_code: str, drop_code: str) -> MergePlan:
    """What merging `drop_code` into `keep_code` would move (refused as the merge would be)."""
    with uow.read() as session:
        if keep_code.strip() == drop_code.strip():
            raise ValidationError("customer_merge_same", customer=keep_code.strip())
        keep = lookups.customer_by_code(session, keep_code)
        return _plan(session, keep, lookups.customer_by_code(session, drop_code))


def merge_customers(uow: UnitOfWork, keep_code: str, drop_code: str) -> Outcome[MergePlan]:
    """Fold the customer `drop_code` into `keep_code`; the answer is what moved, with KEEP as it is now."""

    def action(session: Session) -> Outcome[MergePlan]:
        approver = access.require(session, uow, Permission.MERGE_CUSTOMERS)
        keep, drop = _pair(session, keep_code, drop_code)
        plan = _plan(session, keep, drop)
        keep_orders = _count(session, select(func.count(Order.id)).where(Order.customer_id == keep.id))
        keep_credit = from_minor(keep.store_credit_minor)
        numbers = list(
            session.scalars(
                select(Order.number)
                .where(Order.customer_id == drop.id)
                .order_by(Order.id)
                .limit(AUDITED_ORDERS)
            )
        )
        moved_orders = list(session.scalars(select(Order.id).where(Order.customer_id == drop.id)))
        now = uow.now()
        session.execute(
            update(Order)
            .where(Order.customer_id == drop.id)
            .values(customer_id=keep.id, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(SaleReturn)
            .where(SaleReturn.customer_id == drop.id)
            .values(customer_id=keep.id)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(Customer)
            .where(Customer.merged_into_id == drop.id)
            .values(merged_into_id=keep.id)
            .execution_options(synchronize_session=False)
        )
        parked = _parked_for(session, drop.code)
        for row, sale in parked:
            sale["customer_code"], sale["customer_name"] = keep.code, keep.name
            row.sale = json.dumps(sale, ensure_ascii=False)
        note = f"merged {drop.code}"
        store_credit.transfer(session, uow, drop.id, keep.id, note)  # re-reads both rows, in place
        for name in plan.filled:
            setattr(keep, name, getattr(drop, name))
        drop.merged_into_id = keep.id
        session.flush()
        done = replace(
            plan, keep=customer_record(keep), keep_owed=from_minor(owed_on_account(session, keep.id))
        )
        audit_trail.record(
            session,
            uow,
            "customer_merge",
            keep.code,
            before={
                "keep_orders": keep_orders,
                "keep_owed": plan.keep_owed,
                "keep_store_credit": keep_credit,
                "drop_orders": plan.orders,
                "drop_owed": plan.owed,
                "drop_store_credit": plan.store_credit,
            },
            after={
                "orders_moved": plan.orders,
                "returns_moved": plan.returns,
                "owed_moved": plan.owed,
                "store_credit_moved": plan.store_credit,
                "parked_sales_moved": plan.parked_sales,
                "customers_moved": plan.customers,
                "filled": ", ".join(plan.filled),
                "keep_orders": keep_orders + plan.orders,
                "keep_owed": done.keep_owed,
                "keep_store_credit": from_minor(keep.store_credit_minor),
                "order_numbers": " ".join(numbers) + (" …" if plan.orders > len(numbers) else ""),
            },
            detail=f"{drop.code} {drop.name} merged into {keep.code} {keep.name}",
            approver=approver,
        )
        changes = Changes(kinds={CUSTOMERS, ORDERS}, ids={ORDERS: moved_orders})
        if parked:
            changes = changes | Changes.of(parked_sales.KIND, [row.id for row, _ in parked])
        return Outcome(done, changes)

    return uow.run(action)
