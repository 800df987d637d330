"""The counter's reads: a scan resolved and the sale repriced in one go, writing nothing.

Both run on the database worker as one job each, so a scan costs the window one round trip. Stock is
checked with the ledger's own rule (`stock_ledger.require_available`) at the counter's location, so the
cashier hears "out of stock" when scanning, in the same words the sale itself would be refused with.
"""

from dataclasses import dataclass
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import scale_barcode
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.quantity import Quantity
from oms_desktop.services import catalogue, lookups, orders, product_search, settings
from oms_desktop.services.orders import Quote
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.sale import Sale, parse_scan
from oms_desktop.services.stock_ledger import levels_for, require_available


def looks_like_barcode(text: str) -> bool:
    return text.isdigit() and len(text) >= 6


@dataclass(frozen=True)
class Scanned:
    """What a scan found: the product and the sale priced with it, or (typed text) the matches."""

    code: str
    quantity: Quantity
    product: ProductRecord | None = None
    quote: Quote | None = None
    matches: tuple[ProductRecord, ...] = ()  # no exact code: up to two products whose text matches
    price: Decimal | None = None  # a scale's price barcode: the amount to charge for the item


def scan(uow: UnitOfWork, sale: Sale, text: str) -> Scanned:
    """Resolve "code" or "3*code" and price the sale as it would be with it; stock is checked.

    An unknown barcode raises NotFound (a partial match on digits is never a scan); other unknown text
    returns up to two products that match it, for the cashier to pick.
    """
    quantity, code = parse_scan(text)
    try:
        product = catalogue.find_product(uow, code, with_on_order=False)
    except NotFound:
        weighed = _from_scale(uow, sale, code)
        if weighed is not None:
            return weighed
        if looks_like_barcode(code):
            raise NotFound(f"Unknown barcode {code}: nothing was added") from None
        matches = product_search.search_products(uow, code, limit=2, active_only=True)
        return Scanned(code, quantity, matches=tuple(matches))
    with_it = sale.copy()
    with_it.add_product(product, quantity)
    return Scanned(code, quantity, product, price(uow, with_it))


def _from_scale(uow: UnitOfWork, sale: Sale, code: str) -> Scanned | None:
    """A barcode printed by the shop's scale (settings.scale_barcodes): the item found by its scale code,
    with the weight as the quantity, or (a price barcode) sold once at the printed amount."""
    reading = scale_barcode.read(code, scale_barcode.parse_rules(settings.get_settings(uow).scale_barcodes))
    if reading is None:
        return None
    product = None
    for candidate in dict.fromkeys((reading.code, reading.code.lstrip("0") or "0")):
        try:
            product = catalogue.find_product(uow, candidate, with_on_order=False)
            break
        except NotFound:
            continue
    if product is None:
        raise ValidationError("scale_item_unknown", code=reading.code, barcode=code)
    with_it = sale.copy()
    if reading.kind is scale_barcode.ScaleValue.PRICE:
        if product.decimals:
            raise ValidationError("scale_price_for_weighed", sku=product.sku)
        with_it.add_open_price(product, reading.value)
        return Scanned(code, 1, product, price(uow, with_it), price=reading.value)
    weight: Quantity = reading.value
    with_it.add_product(product, weight)
    return Scanned(code, weight, product, price(uow, with_it))


def price(uow: UnitOfWork, sale: Sale) -> Quote:
    """Price the sale exactly as the order will be priced; refused (OutOfStock) when a line asks for more
    than the counter's location has available."""
    if sale.lines:
        with uow.read() as session:
            location = lookups.location_by_code(session, None)
            wanted: dict[int, int] = {}
            for line in sale.lines:
                wanted[line.product_id] = wanted.get(line.product_id, 0) + line.units
            levels = levels_for(session, list(wanted), location)
            for product_id, quantity in wanted.items():
                require_available(levels[product_id], quantity)
    return orders.quote(uow, sale.requests(), sale.customer_code)
