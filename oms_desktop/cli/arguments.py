"""argparse types that turn typed text into exact values, with messages that name the problem."""

import argparse
from datetime import date
from decimal import Decimal

from oms_desktop.domain.money import parse_amount, parse_rate


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


def whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None
