"""Line and order arithmetic in minor units: the one place that decides what an order adds up to.

Prices exclude tax; tax is computed per line on the line's net (after its discount), rounded half up.
Both the ORM entities and the bulk writer price through here, so the two can never disagree.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, tax_minor


def tier_price(price_minor: int, wholesale_price_minor: int | None, wholesale: bool) -> int:
    """The unit price a customer pays: the wholesale price for wholesale customers when the product has one."""
    if wholesale and wholesale_price_minor is not None:
        return wholesale_price_minor
    return price_minor


class LinePrice(NamedTuple):
    gross: int  # quantity x unit price
    discount: int
    tax: int
    total: int  # net + tax

    @property
    def net(self) -> int:
        return self.gross - self.discount


def require_discount_within(sku: str, discount_minor: int, gross_minor: int) -> None:
    """A discount takes at most the whole line."""
    if discount_minor > gross_minor:
        raise ValidationError(
            "discount_over_line", sku=sku, discount=from_minor(discount_minor), gross=from_minor(gross_minor)
        )


@lru_cache(maxsize=65536)  # pure; the bulk writers price the same few lines over and over
def price_line(quantity: int, unit_price_minor: int, discount_minor: int, tax_rate_bp: int) -> LinePrice:
    """A line's gross, tax and total in minor units (prices exclude tax; the discount comes off before tax)."""
    gross = quantity * unit_price_minor
    tax = tax_minor(gross - discount_minor, tax_rate_bp)
    return LinePrice(gross, discount_minor, tax, gross - discount_minor + tax)


@dataclass
class OrderSums:
    """Running sums of an order's lines."""

    subtotal: int = 0
    discount: int = 0
    tax: int = 0
    total: int = 0
    units: int = 0
    cost: int = 0

    def add(self, price: LinePrice, quantity: int, unit_cost_minor: int) -> None:
        self.subtotal += price.gross
        self.discount += price.discount
        self.tax += price.tax
        self.total += price.total
        self.units += quantity
        self.cost += quantity * unit_cost_minor
