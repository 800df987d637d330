"""Store credit: issued by returns, spent as a payment, expired by a manager, moved when two customers are
merged; the balance never below zero.

The only writer of store_credit_moves and of customers.store_credit_minor: each move locks the customer's
row (two tills spending the same credit queue on PostgreSQL; SQLite writes one at a time), checks the
balance, appends the row and updates the cached balance in the caller's transaction.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import CreditKind, Customer, StoreCreditMove
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, audit_trail, lookups
from oms_desktop.services.changes import Changes, Outcome

NOTE_MAX = 200  # store_credit_moves.note


@dataclass(frozen=True)
class CreditMoveRecord:
    at: datetime
    kind: str
    amount: Decimal
    document: str
    note: str
    user: str


@dataclass(frozen=True)
class CreditStatement:
    code: str
    name: str
    balance: Decimal
    moves: tuple[CreditMoveRecord, ...]


def _locked(session: Session, customer_id: int) -> Customer:
    query = select(Customer).where(Customer.id == customer_id).with_for_update()
    return session.execute(query.execution_options(populate_existing=True)).scalar_one()


def _move(
    session: Session,
    uow: UnitOfWork,
    customer_id: int,
    kind: CreditKind,
    amount_minor: int,
    document: str,
    note: str = "",
) -> Customer:
    customer = _locked(session, customer_id)
    if customer.store_credit_minor + amount_minor < 0:
        raise ValidationError(
            "store_credit_short",
            customer=customer.name,
            amount=from_minor(-amount_minor),
            balance=from_minor(customer.store_credit_minor),
        )
    customer.store_credit_minor += amount_minor
    session.add(
        StoreCreditMove(
            customer_id=customer.id,
            kind=kind,
            amount_minor=amount_minor,
            document=document,
            note=note.strip()[:NOTE_MAX],
            user=uow.user,
            created_at=uow.now(),
        )
    )
    return customer


def issue(
    session: Session,
    uow: UnitOfWork,
    customer_id: int | None,
    amount_minor: int,
    document: str,
    note: str = "",
) -> None:
    """Credit the customer with `amount_minor` (a return to store credit, a credit-paid sale taken back)."""
    if customer_id is None:
        raise ValidationError("store_credit_needs_customer", document=document)
    _move(session, uow, customer_id, CreditKind.ISSUED, amount_minor, document, note)


def spend(
    session: Session, uow: UnitOfWork, customer_id: int | None, amount_minor: int, document: str
) -> None:
    """Pay `amount_minor` of `document` from the customer's credit; refused beyond the balance."""
    if customer_id is None:
        raise ValidationError("store_credit_needs_customer", document=document)
    _move(session, uow, customer_id, CreditKind.SPENT, -amount_minor, document)


def transfer(session: Session, uow: UnitOfWork, source_id: int, target_id: int, note: str) -> int:
    """Move all of one customer's credit to another (a merge): a move out of `source_id` and one into
    `target_id`, both with `note`; returns the amount moved (0: nothing to move, no rows)."""
    amount = _locked(session, source_id).store_credit_minor
    if amount > 0:
        _move(session, uow, source_id, CreditKind.MERGED, -amount, "", note)
        _move(session, uow, target_id, CreditKind.MERGED, amount, "", note)
    return amount


def expire(uow: UnitOfWork, code: str, amount: Decimal, reason: str) -> Outcome["CreditStatement"]:
    """Write off some or all of a customer's credit (a manager's; audited with the reason)."""
    require_amount(amount)
    minor = to_minor(amount)
    if minor <= 0:
        raise ValidationError("store_credit_expire_not_positive", amount=amount)
    if not reason.strip():
        raise ValidationError("credit_needs_reason")
    if len(reason.strip()) > NOTE_MAX:
        raise ValidationError("text_too_long", field="reason", most=NOTE_MAX, length=len(reason.strip()))

    def action(session: Session) -> Outcome[CreditStatement]:
        customer = lookups.customer_by_code(session, code)
        approver = access.require(session, uow, Permission.EXPIRE_CREDIT)
        before = customer.store_credit_minor
        _move(session, uow, customer.id, CreditKind.EXPIRED, -minor, "", reason)
        audit_trail.record(
            session,
            uow,
            "expire_credit",
            customer.code,
            before={"balance": from_minor(before)},
            after={"balance": from_minor(before - minor)},
            detail=reason.strip(),
            approver=approver,
        )
        session.flush()
        return Outcome(_statement(session, customer), Changes(customers=True))

    return uow.run(action)


def statement(uow: UnitOfWork, code: str) -> CreditStatement:
    """The customer's balance and every move of their credit, newest first."""
    with uow.read() as session:
        return _statement(session, lookups.customer_by_code(session, code))


def _statement(session: Session, customer: Customer) -> CreditStatement:
    rows = session.scalars(
        select(StoreCreditMove)
        .where(StoreCreditMove.customer_id == customer.id)
        .order_by(StoreCreditMove.id.desc())
    )
    return CreditStatement(
        customer.code,
        customer.name,
        from_minor(customer.store_credit_minor),
        tuple(
            CreditMoveRecord(
                m.created_at, m.kind.value, from_minor(m.amount_minor), m.document, m.note, m.user
            )
            for m in rows
        ),
    )
