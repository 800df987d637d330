"""What an order's history says of each action: the same words whichever writer made the move."""

from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import Channel
from oms_desktop.domain.payment import PaymentMethod

CHECKED_OUT = "paid and handed over at the counter"
COMPLETED = "paid and delivered"
AUTOMATIC = {"complete": COMPLETED}  # what the history says of the steps taken on their own


def created(channel: Channel, source: str = "") -> str:
    """`source` names where the order came from when it was not typed in (a CSV file, demo history)."""
    return f"{channel.value} order" + (f", {source}" if source else "")


def paid(amount_minor: int, method: PaymentMethod) -> str:
    return f"{from_minor(amount_minor)} {method.value}"


def refunded(amount_minor: int, method: PaymentMethod, reason: str) -> str:
    return f"{from_minor(amount_minor)} {method.value} {reason}".strip()


def shipped(carrier: str, tracking: str) -> str:
    return f"{carrier} {tracking}"


def _day(day: int) -> str:
    """A YYYYMMDD business day as 2026-12-18."""
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


def quoted(channel: Channel, valid_until: int) -> str:
    """A quotation made (services/quotes.py): for whom it was offered and its last valid day."""
    return f"{channel.value} quotation, valid until {_day(valid_until)}"


def prices_kept(valid_until: int) -> str:
    return f"quoted prices kept (valid until {_day(valid_until)})"


def prices_refreshed(old_total_minor: int, new_total_minor: int) -> str:
    return f"prices refreshed: total {from_minor(old_total_minor)} -> {from_minor(new_total_minor)}"


def expired(valid_until: int) -> str:
    return f"not taken up: valid until {_day(valid_until)}"
