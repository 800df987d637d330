"""How money, dates and quantities look on screen, and how typed amounts are read back (exactly).

Numbers and amounts follow the window's language (babel, set by `gui.i18n` through `set_locale`): the
separators and where the sign goes come from the locale. The currency sign is the short one a till prints
("¥", not babel's "CN¥" for English), as the shop writes it on its price tags.
"""

from datetime import datetime, tzinfo
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

from oms_desktop import money_text
from oms_desktop.domain.money import MINOR_PER_UNIT, parse_amount
from oms_desktop.domain.quantity import Quantity

TWO_PLACES = "#,##0.00"

_locale = Locale.parse("en")
_zone: tzinfo | None = None  # the shop's time zone (None: this computer's), set when the window opens a shop


def set_locale(language: str) -> None:
    """Format for this language ("en", "zh_CN"); an unknown one falls back to English."""
    global _locale
    try:
        _locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        _locale = Locale.parse("en")


def set_zone(zone: tzinfo | None) -> None:
    """Show times in the shop's zone, the one its business days and reports use (None: this computer's)."""
    global _zone
    _zone = zone


def shop_zone() -> tzinfo | None:
    """The zone set by `set_zone`: what "today" is for the window's words (a quotation's validity)."""
    return _zone


def current_locale() -> Locale:
    return _locale


def money(value: Decimal | None) -> str:
    """'1,234.50' for tables; empty for no value."""
    return "" if value is None else format_decimal(value, format=TWO_PLACES, locale=_locale)


def money_with_symbol(value: Decimal, currency: str) -> str:
    """'¥1,234.50' for totals, with the shop's currency (money_text: the documents write it the same)."""
    return money_text.money_with_symbol(value, currency, _locale)


def edit_text(value: Decimal | None) -> str:
    """The plain text put in an editor ('1234.50'): no separators, so it parses back exactly."""
    return "" if value is None else str(value)


def parse_money(text: str) -> Decimal:
    """A typed amount as an exact Decimal; ValueError with a readable message otherwise."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    for symbol in money_text.SYMBOLS.values():
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        raise ValueError("an amount is required")
    return parse_amount(cleaned)


def minor(value: Decimal | None) -> int:
    """An exact integer sort key for an amount (not a check: a stored amount is shown whatever its size)."""
    return 0 if value is None else int((value * MINOR_PER_UNIT).to_integral_value())


def quantity_key(value: Quantity | None) -> int:
    """An exact integer sort key for a quantity (whole pieces or up to three decimals)."""
    return 0 if value is None else int(Decimal(value) * 1000)


def local_time(moment: datetime | None) -> str:
    """A stored UTC moment in the shop's time zone, to the minute. The same ISO-like form in every
    language ("2026-11-22 14:05"): it is how Chinese shops write it too, it lines up in table columns, and
    unlike the locale's short form ("11/22/26, 2:05 PM") it is never ambiguous."""
    return "" if moment is None else moment.astimezone(_zone).strftime("%Y-%m-%d %H:%M")


def sort_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat()
