"""The documented bounds of what a shop stores, checked before anything is written and the same on SQLite
and PostgreSQL (docs/bounds.md). A typo (a barcode pasted into a price) is refused here; within them, every
sum a report makes fits a 64-bit integer with room to spare."""

from datetime import date
from decimal import Decimal

from oms_desktop.domain.errors import ValidationError

MONEY_MAX = Decimal("999999999.99")  # any one amount: a price, a cost, a payment, a line, an order's total
MONEY_MAX_MINOR = 99_999_999_999
QUANTITY_MAX = 100_000  # units on one line, or moved by one stock movement
ON_HAND_MAX = 1_000_000_000  # units of one product at one location (PostgreSQL's integer holds 2^31 - 1)
DATE_MIN = date(1900, 1, 1)  # dates a user gives: report periods, imported orders ("all time" fits)
DATE_MAX = date(2999, 12, 31)


def require_amount(amount: Decimal) -> None:
    """Refuse an amount that is not a finite number within ±MONEY_MAX."""
    if not amount.is_finite() or abs(amount) > MONEY_MAX:
        raise ValidationError("amount_range", amount=str(amount)[:30], most=MONEY_MAX)


def require_total(total_minor: int) -> None:
    """Refuse an order whose total would exceed MONEY_MAX."""
    if total_minor > MONEY_MAX_MINOR:
        raise ValidationError("order_total_range", most=MONEY_MAX)


def require_quantity(item: str, quantity: int | Decimal) -> None:
    """Refuse a line or movement quantity (in the product's unit) outside (0, QUANTITY_MAX]."""
    if not 0 < quantity <= QUANTITY_MAX:
        raise ValidationError(
            "line_quantity_range", item=item, quantity=str(quantity)[:20], most=QUANTITY_MAX
        )


def require_on_hand(sku: str, on_hand: int) -> None:
    """Refuse a stock level beyond ±ON_HAND_MAX units."""
    if abs(on_hand) > ON_HAND_MAX:
        raise ValidationError("on_hand_range", sku=sku, most=ON_HAND_MAX)


def require_date(day: date) -> None:
    """Refuse a date outside DATE_MIN..DATE_MAX."""
    if not DATE_MIN <= day <= DATE_MAX:
        raise ValidationError(
            "date_range", day=day.isoformat(), first=DATE_MIN.isoformat(), last=DATE_MAX.isoformat()
        )
