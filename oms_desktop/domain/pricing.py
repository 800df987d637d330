"""Line and order arithmetic in minor units: the one place that decides what an order adds up to.

The rounding rule, one for every document and report: tax is worked out per line, on what the line comes
to after its discount, rounded half up to the minor unit; an order's tax is the sum of its lines' taxes and
its total the sum of their totals. With prices before tax (wholesale, or a shop that prices so) the tax is
added on top: total = net + round(net x rate). With prices that include tax (the shelf price is what the
customer pays) the tax is taken out of it: total = the line after discount, tax = round(total x rate /
(1 + rate)), net = total - tax. Receipt, invoice, reports and the Z report all read these stored sums.
Both the ORM entities and the bulk writer price through here, so the two can never disagree.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, tax_in_minor, tax_minor
from oms_desktop.domain.quantity import amount_for, counted_units


def tier_price(price_minor: int, wholesale_price_minor: int | None, wholesale: bool) -> int:
    """The unit price a customer pays: the wholesale price for wholesale customers when the product has one."""
    if wholesale and wholesale_price_minor is not None:
        return wholesale_price_minor
    return price_minor


class LinePrice(NamedTuple):
    gross: int  # quantity x unit price (with tax when prices include it)
    discount: int
    tax: int
    total: int  # what the customer pays for the line

    @property
    def net(self) -> int:
        """The line before tax."""
        return self.total - self.tax


def require_discount_within(sku: str, discount_minor: int, gross_minor: int) -> None:
    """A discount takes at most the whole line."""
    if discount_minor > gross_minor:
        raise ValidationError(
            "discount_over_line", sku=sku, discount=from_minor(discount_minor), gross=from_minor(gross_minor)
        )


@lru_cache(maxsize=65536)  # pure; the bulk writers price the same few lines over and over
def price_line(
    quantity: int,
    unit_price_minor: int,
    discount_minor: int,
    tax_rate_bp: int,
    included: bool = False,
    decimals: int = 0,
) -> LinePrice:
    """A line's gross, tax and total in minor units. `quantity` is in the product's smallest unit
    (`decimals`; a weighed line's gross is rounded half up to the minor unit). The discount comes off the
    price as given; `included`: the price includes tax, which is taken out of it rather than added."""
    gross = amount_for(quantity, unit_price_minor, decimals)
    after_discount = gross - discount_minor
    if included:
        return LinePrice(gross, discount_minor, tax_in_minor(after_discount, tax_rate_bp), after_discount)
    tax = tax_minor(after_discount, tax_rate_bp)
    return LinePrice(gross, discount_minor, tax, after_discount + tax)


@dataclass
class OrderSums:
    """Running sums of an order's lines."""

    subtotal: int = 0
    discount: int = 0
    tax: int = 0
    total: int = 0
    units: int = 0
    cost: int = 0

    def add(self, price: LinePrice, quantity: int, unit_cost_minor: int, decimals: int = 0) -> None:
        """Add a line (`quantity` in its smallest unit): a weighed line counts as one item."""
        self.subtotal += price.gross
        self.discount += price.discount
        self.tax += price.tax
        self.total += price.total
        self.units += counted_units(quantity, decimals)
        self.cost += amount_for(quantity, unit_cost_minor, decimals)


def percent_of(gross_minor: int, percent: Decimal) -> int:
    """`percent` of an amount, in minor units rounded half up (10% of 12.50 is 1.25; of 0.05, 0.01)."""
    if not percent.is_finite() or not Decimal(0) <= percent <= Decimal(100):
        raise ValidationError("discount_percent_range", percent=percent)
    exact = Decimal(gross_minor) * percent / Decimal(100)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def spread(amount_minor: int, weights: Sequence[int]) -> list[int]:
    """`amount_minor` shared over lines in proportion to their `weights`, to the cent: each gets its share
    rounded down, and the cents left go to the lines with the largest remainders (first ones first on a
    tie). The parts always add up to the amount; a line never gets more than its weight."""
    total = sum(weights)
    if amount_minor <= 0 or total <= 0:
        return [0] * len(weights)
    amount_minor = min(amount_minor, total)
    parts = [amount_minor * w // total for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(amount_minor * weights[i] % total), i))
    for i in remainders[: amount_minor - sum(parts)]:
        parts[i] += 1
    return parts
