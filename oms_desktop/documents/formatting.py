"""Amounts, quantities and dates as the shop's language writes them (babel), always exact."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from oms_desktop.money_text import money_with_symbol, whole_units

TWO_PLACES = "#,##0.00"


@dataclass(frozen=True)
class Formats:
    """Formatting for one shop: a babel Locale (parsed once: parsing costs more than formatting) and an
    ISO currency code like "CNY"."""

    locale: Locale
    currency: str

    @classmethod
    def for_shop(cls, language: str, currency: str) -> "Formats":
        """Formats for a language and currency; an unknown language falls back to English."""
        try:
            locale = Locale.parse(language)
        except (UnknownLocaleError, ValueError):
            locale = Locale.parse("en")
        return cls(locale, currency.upper())

    def _whole_units(self, amount: Decimal) -> bool:
        return whole_units(amount, self.currency)

    def money(self, amount: Decimal) -> str:
        """An amount with the currency sign as the window writes it: "¥1,234.50"."""
        return money_with_symbol(amount, self.currency, self.locale)

    def number(self, amount: Decimal) -> str:
        """An amount without the sign, for table columns: "1,234.50"."""
        if self._whole_units(amount):
            return format_decimal(amount, format="#,##0", locale=self.locale)
        return format_decimal(amount, format=TWO_PLACES, locale=self.locale)

    def quantity(self, count: int | Decimal) -> str:
        """A count of pieces, or a weighed quantity as exact as it was sold ("0.255")."""
        return format_decimal(count, locale=self.locale)

    def percent(self, rate: Decimal) -> str:
        """A rate given in percent (Decimal("13")) as "13%"."""
        return f"{format_decimal(rate.normalize(), locale=self.locale)}%"

    def day(self, when: datetime | date) -> str:
        """A date in the locale's medium form: "Nov 22, 2026" / "2026年11月22日" (local time)."""
        if isinstance(when, datetime):
            when = when.astimezone().date()
        return format_date(when, format="medium", locale=self.locale)

    @staticmethod
    def moment(when: datetime) -> str:
        """Date and time for a till receipt, the same in every language: "2026-11-22 14:05"."""
        return when.astimezone().strftime("%Y-%m-%d %H:%M")
