"""argparse types that turn typed text into exact values, with messages that name the problem."""

import argparse
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from oms_desktop.domain.bounds import DATE_MAX, DATE_MIN
from oms_desktop.domain.money import parse_amount, parse_rate
from oms_desktop.domain.quantity import Quantity, parse_quantity


def amount(text: str) -> Decimal:
    try:
        return parse_amount(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def non_negative_amount(text: str) -> Decimal:
    value = amount(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} cannot be negative")
    return value


def rate(text: str) -> int:
    try:
        return parse_rate(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


WHOLE_TEXT = re.compile(r"[+-]?[0-9]+")
WHOLE_MAX = 10**12  # beyond any count, quantity or limit a command takes; the services narrow it further


def whole(text: str) -> int:
    if not WHOLE_TEXT.fullmatch(text.strip()):  # int() would also read ١٢ or 1_000
        raise argparse.ArgumentTypeError(f"'{text[:30]}' is not a whole number")
    value = int(text)
    if abs(value) > WHOLE_MAX:
        raise argparse.ArgumentTypeError(f"{text[:30]} is far too large")
    return value


def positive(text: str) -> int:
    """A count of at least one (--limit, --copies): none or fewer would print nothing, or fail."""
    value = whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text.strip()[:30]} is not a count: give 1 or more")
    return value


def count_up_to(most: int) -> Callable[[str], int]:
    """A count of 1 to `most`: for what is made once per unit (labels), where a typo of 10**9 is a hang."""

    def count(text: str) -> int:
        value = positive(text)
        if value > most:
            raise argparse.ArgumentTypeError(f"{value} is more than {most:,}")
        return value

    return count


def not_negative(text: str) -> int:
    value = whole(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text.strip()[:30]} cannot be negative")
    return value


QUANTITY_TEXT = re.compile(r"[+-]?[0-9]+([.,][0-9]+)?")


def quantity(text: str) -> Quantity:
    """A quantity in the product's unit: whole pieces ("3") or a weight ("0.255"); the product's decimals
    are checked by the services."""
    raw = text.strip()
    if not QUANTITY_TEXT.fullmatch(raw):
        raise argparse.ArgumentTypeError(f"'{text[:30]}' is not a quantity (like 3 or 0.255)")
    value = parse_quantity(raw)
    if not -WHOLE_MAX <= value <= WHOLE_MAX:
        raise argparse.ArgumentTypeError(f"{text[:30]} is far too large")
    return value


def day(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text[:30]}' is not a date (use YYYY-MM-DD)") from None
    if not DATE_MIN <= value <= DATE_MAX:
        raise argparse.ArgumentTypeError(
            f"{value} is outside the dates this shop works with ({DATE_MIN} to {DATE_MAX})"
        )
    return value
