"""Money and quantities as JSON carries them: exact text ("12.50", "0.255"), never a float; and back."""

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from oms_desktop.domain.money import parse_amount
from oms_desktop.domain.quantity import Quantity, parse_quantity

TEXT_MOST = 40  # longer than any amount or quantity the shop can hold: refused before it is read


def text_of(value: Decimal | int) -> str:
    """An amount or a quantity as the answers write it: "12.50", "2", "0.255"."""
    return str(value)


def _exact(value: object) -> object:
    """A JSON number is taken as the text it reads as (0.1 is "0.1", not a float's approximation)."""
    if isinstance(value, bool):
        raise ValueError("a number or its text is needed, not true or false")
    if isinstance(value, int | float):
        return repr(value)
    return value


def _quantity_text(text: str) -> str:
    try:
        parse_quantity(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a quantity (like 2 or 0.255)") from None
    return text.strip()


def _amount_text(text: str) -> str:
    parse_amount(text)  # its ValueError says what is wrong ("12,50", too many decimals, too large)
    return text.strip()


_SHORT = Field(min_length=1, max_length=TEXT_MOST)
# Given as text or as a JSON number; whether it is in range, or has too many decimals for its product, is the
# services' to say (with the SKU in the refusal).
QuantityText = Annotated[str, BeforeValidator(_exact), _SHORT, AfterValidator(_quantity_text)]
AmountText = Annotated[str, BeforeValidator(_exact), _SHORT, AfterValidator(_amount_text)]


def quantity(text: str) -> Quantity:
    return parse_quantity(text)


def amount(text: str) -> Decimal:
    return parse_amount(text)
