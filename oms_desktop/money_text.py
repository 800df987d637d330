"""An amount with its currency sign, the one way the window, the documents and the receipt printer write
it: babel's pattern for the language, with the narrow sign a shop uses ("¥", not "CN¥" in English)."""

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol

# The signs shops print; babel's English ones tell currencies apart for a world reader ("CN¥", "US$").
SYMBOLS = {"CNY": "¥", "JPY": "¥", "USD": "$", "HKD": "HK$", "EUR": "€", "GBP": "£"}


def whole_units(amount: Decimal, currency: str) -> bool:
    """Currencies without minor units (JPY) show whole amounts, unless that would round a real amount."""
    places = get_currency_precision(currency)
    return places < 2 and amount == amount.quantize(Decimal(1).scaleb(-places))


def money_with_symbol(amount: Decimal, currency: str, locale: Locale) -> str:
    """ "¥1,234.50" in the language of `locale`, with the shop's sign for `currency`."""
    code = currency.upper()
    text = format_currency(amount, code, locale=locale, currency_digits=whole_units(amount, code))
    narrow = SYMBOLS.get(code)
    return text.replace(get_currency_symbol(code, locale=locale), narrow, 1) if narrow else text
