"""How money, dates and quantities look on screen, and how typed amounts are read back (exactly)."""

from datetime import datetime
from decimal import Decimal

from oms_desktop.domain.money import parse_amount, to_minor

SYMBOLS = {"CNY": "¥", "JPY": "¥", "USD": "$", "HKD": "HK$", "EUR": "€", "GBP": "£"}


def money(value: Decimal | None) -> str:
    """'1,234.50' for tables; empty for no value."""
    return "" if value is None else f"{value:,.2f}"


def money_with_symbol(value: Decimal, currency: str) -> str:
    """'¥1,234.50' for totals, with the shop's currency."""
    symbol = SYMBOLS.get(currency.upper(), currency.upper() + " ")
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.2f}"


def edit_text(value: Decimal | None) -> str:
    """The plain text put in an editor ('1234.50'): no separators, so it parses back exactly."""
    return "" if value is None else str(value)


def parse_money(text: str) -> Decimal:
    """A typed amount as an exact Decimal; ValueError with a readable message otherwise."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    for symbol in SYMBOLS.values():
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        raise ValueError("an amount is required")
    return parse_amount(cleaned)


def minor(value: Decimal | None) -> int:
    """An exact integer sort key for an amount."""
    return 0 if value is None else to_minor(value)


def local_time(moment: datetime | None) -> str:
    """A stored UTC moment in the computer's time zone, to the minute."""
    return "" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def sort_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat()
