"""The open-price key: an item without a barcode rung up for a typed amount (a bag of loose sweets, a repair).

It is one product of the catalogue, made on first use: sold at the price typed at the till, at the shop's
default tax rate, and never refused for stock (it allows backorders: its on-hand counts what was sold so).
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Product, StockLevel
from oms_desktop.domain.money import parse_rate
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access, lookups
from oms_desktop.services.catalogue import product_record
from oms_desktop.services.changes import NOTHING, Changes, Outcome
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.settings import load as load_settings

OPEN_PRICE_SKU = "OPEN-PRICE"
NAMES = {"en": "Open-price item", "zh_CN": "无码商品"}


def open_price_item(uow: UnitOfWork) -> Outcome[ProductRecord]:
    """The product the open-price key rings up, made the first time it is asked for."""

    def action(session: Session) -> Outcome[ProductRecord]:
        access.require(session, uow, Permission.SELL)
        product = session.scalar(select(Product).where(Product.sku == OPEN_PRICE_SKU))
        if product is not None:
            return Outcome(product_record(product), NOTHING)
        now = uow.now()
        shop = load_settings(session)
        product = Product(
            sku=OPEN_PRICE_SKU,
            name=NAMES.get(shop.language, NAMES["en"]),  # a catalogue name, in the documents' language
            barcode=None,
            unit="pcs",
            price_minor=0,
            cost_minor=0,
            tax_rate_bp=parse_rate(shop.default_tax_rate),
            allow_backorder=True,
            created_at=now,
            updated_at=now,
        )
        session.add(product)
        session.flush()
        main = lookups.location_by_code(session, None)
        session.add(StockLevel(product_id=product.id, location_id=main.id, on_hand=0, reserved=0))
        session.flush()
        return Outcome(product_record(product), Changes(products=True, product_ids=frozenset({product.id})))

    return uow.run(action, retry_integrity=True)
