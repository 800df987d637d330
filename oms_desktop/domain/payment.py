"""Money received for an order, and money given back (refunds are rows of their own)."""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    WECHAT_PAY = "wechat_pay"
    ALIPAY = "alipay"
    UNIONPAY = "unionpay"
    BANK_TRANSFER = "bank_transfer"
    MOBILE_WALLET = "mobile_wallet"
    STORE_CREDIT = "store_credit"
    # The value of goods brought back in an exchange, paid into the new sale: no money moves.
    EXCHANGE = "exchange"


# An exchange's credit is written by the exchange itself: no one chooses it as a way to pay.
CHOOSABLE_METHODS = tuple(m for m in PaymentMethod if m is not PaymentMethod.EXCHANGE)


class PaymentKind(enum.StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"


def require_settles(paid_minor: int, total_minor: int) -> None:
    """A sale paid at the counter is paid exactly: the payments add up to the total."""
    if paid_minor != total_minor:
        raise ValidationError("payments_mismatch", paid=from_minor(paid_minor), total=from_minor(total_minor))


def require_within_balance(amount_minor: int, balance_minor: int, number: str) -> None:
    """No payment beyond the balance due (cash tendered beyond it is change, not payment)."""
    if amount_minor > balance_minor:
        raise ValidationError(
            "payment_over_balance",
            amount=from_minor(amount_minor),
            number=number,
            balance=from_minor(balance_minor),
        )


def require_within_paid(amount_minor: int, paid_minor: int, number: str) -> None:
    """No refund beyond what was paid."""
    if amount_minor > paid_minor:
        raise ValidationError(
            "refund_over_paid", amount=from_minor(amount_minor), number=number, paid=from_minor(paid_minor)
        )


def change_for(tendered_minor: int | None, amount_minor: int) -> int:
    """The change handed back for cash tendered beyond the amount."""
    return 0 if tendered_minor is None else tendered_minor - amount_minor


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("change_minor >= 0", name="change_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(
        Enum(PaymentKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    method: Mapped[PaymentMethod] = mapped_column(
        Enum(PaymentMethod, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    # amount is what counts against the order; tendered and change only describe cash at the till.
    amount_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    tendered_minor: Mapped[int | None] = mapped_column(MINOR_UNITS)
    change_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    user: Mapped[str] = mapped_column(String(64), default="system")
    # The till session the money went through (cash-up counts it); None: not at a till (a bank transfer).
    till_session_id: Mapped[int | None] = mapped_column(ForeignKey("till_sessions.id"), index=True)

    @classmethod
    def received(
        cls,
        method: PaymentMethod,
        amount_minor: int,
        at: datetime,
        user: str,
        *,
        tendered_minor: int | None = None,
        reference: str = "",
        till_session_id: int | None = None,
    ) -> "Payment":
        """Money taken for an order; cash tendered beyond the amount is the change given back."""
        change = change_for(tendered_minor, amount_minor)
        return cls(
            kind=PaymentKind.PAYMENT,
            method=method,
            amount_minor=amount_minor,
            tendered_minor=tendered_minor,
            change_minor=change,
            reference=reference,
            created_at=at,
            user=user,
            till_session_id=till_session_id,
        )

    @classmethod
    def given_back(
        cls,
        method: PaymentMethod,
        amount_minor: int,
        at: datetime,
        user: str,
        reason: str = "",
        *,
        till_session_id: int | None = None,
    ) -> "Payment":
        """A refund, a row of its own."""
        return cls(
            kind=PaymentKind.REFUND,
            method=method,
            amount_minor=amount_minor,
            change_minor=0,
            reference=reason.strip()[:100],
            created_at=at,
            user=user,
            till_session_id=till_session_id,
        )
