"""Small builders for test data, through the real services."""

from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PriceTier
from oms_desktop.services import catalogue, customers, inventory
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.records import CustomerRecord, ProductRecord


def product(
    uow: UnitOfWork,
    sku: str = "TEA-1",
    *,
    price: str = "10.00",
    stock: int = 0,
    tax: int = 0,
    name: str | None = None,
    barcode: str | None = None,
    cost: str = "0",
    wholesale: str | None = None,
    backorder: bool = False,
    reorder_point: int = 0,
) -> ProductRecord:
    view = catalogue.add_product(
        uow,
        ProductInput(
            sku=sku,
            name=name or f"Product {sku}",
            price=Decimal(price),
            barcode=barcode,
            cost=Decimal(cost),
            tax_rate_bp=tax,
            wholesale_price=Decimal(wholesale) if wholesale else None,
            allow_backorder=backorder,
            reorder_point=reorder_point,
        ),
    ).value
    if stock:
        inventory.receive(uow, sku, stock)
    return view


def customer(
    uow: UnitOfWork,
    name: str = "张伟",
    *,
    wholesale: bool = False,
    code: str | None = None,
    phone: str = "13800138000",
    address: str = "上海市浦东新区人民路1号",
    credit_limit: str = "0",
    terms_days: int = 30,
) -> CustomerRecord:
    """A customer that goods can be sent to: a phone and an address (domain/ship_to.py), unless told not."""
    return customers.add_customer(
        uow,
        CustomerInput(
            name=name,
            phone=phone,
            billing_address=address,
            price_tier=PriceTier.WHOLESALE if wholesale else PriceTier.RETAIL,
            code=code,
            credit_limit=Decimal(credit_limit),
            payment_terms_days=terms_days,
        ),
    ).value
