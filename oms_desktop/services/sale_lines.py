"""The lines of a sale as the shop prices them: one rule for every writer (counter, phone order, CSV import).

The customer's price tier decides the unit price unless one is given; a discount may not exceed the line;
a product no longer sold is refused. The quote, create_order and the import all price lines here.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from sqlalchemy.orm import Session

from oms_desktop.domain import Customer, Product
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, rate_percent, to_minor
from oms_desktop.domain.pricing import LinePrice, require_discount_within
from oms_desktop.domain.quantity import Quantity, amount_for, from_units, to_units
from oms_desktop.services import lookups
from oms_desktop.services.bulk_orders import BulkLine, bulk_price
from oms_desktop.services.records import OrderLineRecord
from oms_desktop.services.settings import prices_include_tax


class LineWanted(Protocol):
    """What a request for a line says: the item, how many, and optionally its price and discount."""

    @property
    def code(self) -> str: ...
    @property
    def quantity(self) -> Quantity: ...  # in the product's unit, as typed (0.255 kg)
    @property
    def unit_price(self) -> Decimal | None: ...
    @property
    def discount(self) -> Decimal: ...


def sale_line(
    product: Product,
    quantity: Quantity,
    unit_price: Decimal | None,
    discount: Decimal,
    wholesale: bool,
    tax_included: bool = False,
) -> BulkLine:
    """One line of `product` priced for a retail or wholesale customer (or at `unit_price` when given);
    `tax_included`: the price includes tax. The quantity, in the product's unit, is refused with more
    decimals than the product is sold in."""
    if not product.active:
        raise ValidationError("product_inactive", sku=product.sku, name=product.name)
    units = to_units(product.sku, quantity, product.decimals)
    price = product.price_for(wholesale) if unit_price is None else to_minor(unit_price)
    discount_minor = to_minor(discount)
    require_discount_within(product.sku, discount_minor, amount_for(units, price, product.decimals))
    return BulkLine(
        product.id,
        product.sku,
        product.name,
        units,
        price,
        product.cost_minor,
        product.tax_rate_bp,
        discount_minor,
        tax_included,
        product.decimals,
    )


def priced_lines(
    session: Session, requests: Sequence[LineWanted], customer: Customer | None
) -> list[BulkLine]:
    """The requested lines priced for `customer` (an unknown code is refused by name). Retail prices
    include tax when the shop says so; wholesale prices are always before tax."""
    wholesale = customer is not None and customer.wholesale
    included = not wholesale and prices_include_tax(session)
    products = lookups.products_by_codes(session, [line.code for line in requests])
    return [
        sale_line(products[line.code], line.quantity, line.unit_price, line.discount, wholesale, included)
        for line in requests
    ]


def line_price(line: BulkLine) -> LinePrice:
    return bulk_price(line)


class LineFacts(Protocol):
    """What a line says of itself, stored (OrderLine) or about to be written (BulkLine)."""

    @property
    def product_id(self) -> int: ...
    @property
    def sku(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def quantity(self) -> int: ...  # in the smallest unit
    @property
    def decimals(self) -> int: ...
    @property
    def unit_price_minor(self) -> int: ...
    @property
    def discount_minor(self) -> int: ...
    @property
    def tax_rate_bp(self) -> int: ...


def line_record(line_no: int, line: LineFacts, tax_minor: int, total_minor: int) -> OrderLineRecord:
    return OrderLineRecord(
        line_no=line_no,
        product_id=line.product_id,
        sku=line.sku,
        name=line.name,
        quantity=from_units(line.quantity, line.decimals),
        unit_price=from_minor(line.unit_price_minor),
        discount=from_minor(line.discount_minor),
        tax_rate=rate_percent(line.tax_rate_bp),
        tax=from_minor(tax_minor),
        total=from_minor(total_minor),
        returned=from_units(getattr(line, "returned_quantity", 0) or 0, line.decimals),
        decimals=line.decimals,
        shipped=from_units(getattr(line, "shipped_quantity", 0) or 0, line.decimals),
    )
