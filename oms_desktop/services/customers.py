"""Customers: add, edit, find, and what they have bought."""

import re
from dataclasses import dataclass
from datetime import UTC
from decimal import Decimal

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Lifecycle, Order, PriceTier
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, audit_trail, customer_duplicates, lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.numbering import next_number
from oms_desktop.services.records import CustomerRecord, CustomerStats
from oms_desktop.services.sorting import ordered
from oms_desktop.services.text_search import matching_ids

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


DEFAULT_TERMS_DAYS, TERMS_MOST = 30, 365


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str = ""
    email: str = ""
    billing_address: str = ""
    shipping_address: str = ""
    price_tier: PriceTier = PriceTier.RETAIL
    credit_limit: Decimal = Decimal("0")
    notes: str = ""
    code: str | None = None  # given when importing; otherwise numbered C-000001
    payment_terms_days: int | None = None  # None: as they were (30 for a new customer)


def _validate(data: CustomerInput) -> None:
    if not data.name.strip():
        raise ValidationError("customer_name_missing")
    if data.payment_terms_days is not None and not 0 <= data.payment_terms_days <= TERMS_MOST:
        raise ValidationError("payment_terms_range", days=data.payment_terms_days)
    if data.email.strip() and not EMAIL.match(data.email.strip()):
        raise ValidationError("email_invalid", email=data.email)
    if data.credit_limit < 0:
        raise ValidationError("credit_limit_negative", amount=data.credit_limit)


def _apply(customer: Customer, data: CustomerInput) -> None:
    customer.name = data.name.strip()
    customer.phone = data.phone.strip()
    customer.email = data.email.strip()
    customer.billing_address = data.billing_address.strip()
    customer.shipping_address = data.shipping_address.strip() or data.billing_address.strip()
    customer.price_tier = data.price_tier
    customer.credit_limit_minor = to_minor(data.credit_limit)
    customer.notes = data.notes
    if data.payment_terms_days is not None:
        customer.payment_terms_days = data.payment_terms_days
    elif customer.payment_terms_days is None:
        customer.payment_terms_days = DEFAULT_TERMS_DAYS


def add_customer(uow: UnitOfWork, data: CustomerInput) -> Outcome[CustomerRecord]:
    """Create a customer; the code is numbered C-2026-000001 unless one is given."""
    _validate(data)

    def action(session: Session) -> Outcome[CustomerRecord]:
        code = (data.code or "").strip()
        if code and session.scalar(select(Customer.id).where(Customer.code == code)) is not None:
            raise ValidationError("customer_code_taken", customer=code)
        return Outcome(customer_record(_new(session, uow, data, code)), Changes(customers=True))

    return uow.run(action, retry_integrity=True)


def _new(session: Session, uow: UnitOfWork, data: CustomerInput, code: str = "") -> Customer:
    code = code or next_number(session, "C", uow.business_day() // 10000)
    customer = Customer(code=code, created_at=uow.now())
    _apply(customer, data)
    session.add(customer)
    session.flush()
    return customer


# PostgreSQL: one transaction at a time looks a phone up to add it (SQLite's BEGIN IMMEDIATE queues them).
_PG_PHONE_LOCK = text("SELECT pg_advisory_xact_lock(7324002, hashtext(:digits))")


def find_or_add(session: Session, uow: UnitOfWork, data: CustomerInput) -> Customer:
    """The customer with this phone (its digits; of several, the one of this name), or a new one from `data`,
    in the caller's transaction: a web shop's order names its customer by name, phone and address."""
    _validate(data)
    digits = customer_duplicates.phone_digits(data.phone)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_PG_PHONE_LOCK, {"digits": digits})
    found = customer_duplicates.same_contact(session, data.phone, "")
    if found:
        wanted = " ".join(data.name.split()).casefold()
        return next((c for c in found if " ".join(c.name.split()).casefold() == wanted), found[0])
    return _new(session, uow, data)


def update_customer(uow: UnitOfWork, code: str, data: CustomerInput) -> Outcome[CustomerRecord]:
    _validate(data)

    def action(session: Session) -> Outcome[CustomerRecord]:
        customer = lookups.customer_by_code(session, code)
        _apply(customer, data)
        session.flush()
        return Outcome(customer_record(customer), Changes(customers=True, orders=True))

    return uow.run(action)


def customer_record(c: Customer) -> CustomerRecord:
    return CustomerRecord(
        id=c.id,
        code=c.code,
        name=c.name,
        phone=c.phone,
        email=c.email,
        billing_address=c.billing_address,
        shipping_address=c.shipping_address,
        price_tier=c.price_tier.value,
        credit_limit=from_minor(c.credit_limit_minor),
        notes=c.notes,
        store_credit=from_minor(c.store_credit_minor or 0),
        payment_terms_days=c.payment_terms_days,
    )


def get_customer(uow: UnitOfWork, code: str) -> CustomerRecord:
    with uow.read() as session:
        return customer_record(lookups.customer_by_code(session, code))


CUSTOMER_SORTS = ("name", "code", "phone", "email", "tier", "credit")


def search_customers(
    uow: UnitOfWork,
    text: str = "",
    *,
    limit: int = 200,
    offset: int = 0,
    sort: str = "name",
    descending: bool = False,
) -> list[CustomerRecord]:
    """Customers whose name, phone, code or e-mail contains `text`, in `sort` order (ties by id)."""
    if sort not in CUSTOMER_SORTS:
        raise ValueError(f"cannot sort customers by {sort!r}")
    with uow.read() as session:
        query = select(Customer).where(Customer.merged_into_id.is_(None))  # a merged duplicate is gone
        text = text.strip()
        if text:
            ids = matching_ids(session, "customers", text, 5000)
            if ids is not None:
                query = query.where(or_(Customer.id.in_(ids), Customer.email.ilike(f"%{text}%")))
            else:
                like = f"%{text}%"
                query = query.where(
                    or_(
                        Customer.name.ilike(like),
                        Customer.phone.like(like),
                        Customer.code.ilike(like),
                        Customer.email.ilike(like),
                    )
                )
        key = {
            "name": Customer.name,
            "code": Customer.code,
            "phone": Customer.phone,
            "email": Customer.email,
            "tier": Customer.price_tier,
            "credit": Customer.credit_limit_minor,
        }[sort]
        query = query.order_by(*ordered(key, Customer.id, descending, session)).offset(offset).limit(limit)
        return [customer_record(c) for c in session.scalars(query)]


def customer_stats(uow: UnitOfWork, code: str) -> CustomerStats:
    """Lifetime value and count of the customer's sales (confirmed or completed orders), and the last order."""
    with uow.read() as session:
        customer = lookups.customer_by_code(session, code)
        row = session.execute(
            select(
                func.count(Order.id),
                func.coalesce(func.sum(Order.total_minor), 0),
                func.max(Order.created_at),
            ).where(
                Order.customer_id == customer.id, Order.lifecycle.in_((Lifecycle.OPEN, Lifecycle.COMPLETED))
            )
        ).one()
        last = row[2]
        if last is not None and last.tzinfo is None:  # aggregates bypass the column type
            last = last.replace(tzinfo=UTC)
        return CustomerStats(
            order_count=int(row[0]), lifetime_value=from_minor(int(row[1])), last_order_at=last
        )


def same_contact(uow: UnitOfWork, code: str) -> list[CustomerRecord]:
    """Other customers with this customer's phone (the same digits) or e-mail (any case): a warning to the
    user, never a refusal (a family shares a phone)."""
    with uow.read() as session:
        customer = lookups.customer_by_code(session, code)
        found = customer_duplicates.same_contact(session, customer.phone, customer.email, besides=customer.id)
        return [customer_record(c) for c in found]


def duplicates(uow: UnitOfWork, phone: str, email: str, besides: str | None = None) -> list[CustomerRecord]:
    """The customers a phone and an e-mail about to be saved are already on (other than `besides`, the
    customer being edited): asked before saving."""
    with uow.read() as session:
        other = lookups.customer_by_code(session, besides).id if besides else None
        found = customer_duplicates.same_contact(session, phone, email, besides=other)
        return [customer_record(c) for c in found]


def set_terms(
    uow: UnitOfWork, code: str, *, days: int | None = None, credit_limit: Decimal | None = None
) -> Outcome[CustomerRecord]:
    """A customer's payment terms and credit limit (what is not given stays)."""
    if days is not None and not 0 <= days <= TERMS_MOST:
        raise ValidationError("payment_terms_range", days=days)
    if credit_limit is not None:
        require_amount(credit_limit)
        if credit_limit < 0:
            raise ValidationError("credit_limit_negative", amount=credit_limit)

    def action(session: Session) -> Outcome[CustomerRecord]:
        approver = access.require(session, uow, Permission.SET_CREDIT)
        customer = lookups.customer_by_code(session, code)
        before = {
            "terms_days": customer.payment_terms_days,
            "credit_limit": from_minor(customer.credit_limit_minor),
        }
        if days is not None:
            customer.payment_terms_days = days
        if credit_limit is not None:
            customer.credit_limit_minor = to_minor(credit_limit)
        session.flush()
        after = {
            "terms_days": customer.payment_terms_days,
            "credit_limit": from_minor(customer.credit_limit_minor),
        }
        audit_trail.record(
            session, uow, "customer_terms", customer.code, before=before, after=after, approver=approver
        )
        return Outcome(customer_record(customer), Changes(customers=True))

    return uow.run(action)
