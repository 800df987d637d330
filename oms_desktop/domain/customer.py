"""Customers; a walk-in sale has none."""

import enum
import re
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime


class PriceTier(enum.StrEnum):
    RETAIL = "retail"
    WHOLESALE = "wholesale"


_PHONE = re.compile(r"\d[\d -]{5,}\d")  # seven digits or more, spaces and dashes between


def has_phone(text: str) -> bool:
    """Whether a phone number is written in `text` (what a ship-to block needs, domain/ship_to.py)."""
    return _PHONE.search(text) is not None


def without_phone(text: str) -> str:
    """`text` with the phone numbers in it taken out."""
    return _PHONE.sub("", text)


def address_block(name: str, address: str, phone: str) -> str:
    """The lines an order prints for its bill-to or ship-to: name, address, phone (empty parts left out)."""
    return "\n".join(part for part in (name, address, phone) if part)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        CheckConstraint("credit_limit_minor >= 0", name="credit_limit_not_negative"),
        CheckConstraint("store_credit_minor >= 0", name="store_credit_not_negative"),
        # The Customers list sorts by these in the database; the id is its tie-break (migration 0005).
        Index("ix_customers_credit_id", "credit_limit_minor", "id"),
        Index("ix_customers_email_id", "email", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    billing_address: Mapped[str] = mapped_column(Text, default="")
    shipping_address: Mapped[str] = mapped_column(Text, default="")
    price_tier: Mapped[PriceTier] = mapped_column(
        Enum(PriceTier, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]),
        default=PriceTier.RETAIL,
    )
    credit_limit_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    # Days the customer has to pay an order on account: its due date is the order's day plus these.
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    # The sum of the customer's store_credit_moves, kept in step by services/store_credit.py only.
    store_credit_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # A duplicate merged into another customer keeps its row (old documents name it) but nothing else.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))

    @property
    def wholesale(self) -> bool:
        """Whether the customer pays wholesale prices."""
        return self.price_tier is PriceTier.WHOLESALE

    def address_for(self, *, billing: bool) -> str:
        """The bill-to or ship-to block an order copies from the customer."""
        return address_block(
            self.name, self.billing_address if billing else self.shipping_address, self.phone
        )

    def ship_to(self, typed: str) -> str:
        """The ship-to block of an order. Nothing typed: the customer's own (name, address, phone). An
        address typed without a name or a phone (the cashier typed where the goods go): the customer's name
        and phone around it. A block with a name or a phone in it (another recipient): as typed. A label's
        first line is the recipient, in large type, and the courier calls the phone."""
        address = typed.strip()
        if not address:
            return self.address_for(billing=False)
        if self.name in address or has_phone(address):
            return address
        return address_block(self.name, address, self.phone)
