"""A small shop with Chinese, Japanese and English names, and orders in every state a document needs.

Used by the tests and by docs/samples/make_samples.py."""

from dataclasses import dataclass
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.services import orders, payments, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings
from tests import factories


@dataclass
class Shop:
    uow: UnitOfWork
    shipped: OrderDetail  # phone order: a discount, two tax rates, part paid, shipped with SF Express
    sale: OrderDetail  # counter sale paid in cash with change
    packed: OrderDetail  # confirmed, paid and packed: "to ship", no tracking number yet


SHOP_ZH = ShopSettings(
    shop_name="茶香小铺 Tea Corner",
    address="上海市黄浦区南京东路100号\n200001 Shanghai",
    phone="021-5555 1234",
    email="hello@teacorner.example",
    tax_id="91310000MA1K2345X",
    currency="CNY",
    language="zh_CN",
    payment_terms="请于30天内付款。",
    invoice_notes="感谢您的惠顾。",
    configured=True,
)
SHOP_EN = ShopSettings(
    shop_name="Tea Corner",
    address="100 Nanjing Road East\nShanghai 200001",
    tax_id="91310000MA1K2345X",
    currency="CNY",
    language="en",
    payment_terms="Payment due within 30 days.",
    configured=True,
)


def build_shop(uow: UnitOfWork) -> Shop:
    """Products, a customer and three orders, written through the real services."""
    factories.product(
        uow,
        "TEA-LJ-250",
        price="89.00",
        stock=100,
        tax=900,
        name="龙井绿茶 Longjing Green Tea 250g",
        barcode="6901234567892",
    )
    factories.product(uow, "MUG-JP", price="45.50", stock=100, tax=1300, name="有田焼マグカップ Arita mug")
    factories.product(
        uow, "PEN-01", price="3.20", stock=500, tax=1300, name="中性笔 Gel pen 0.5mm", barcode="12345670"
    )
    factories.product(
        uow, "COOKIE", price="12.00", stock=50, tax=1300, name="Butter cookies", barcode="036000291452"
    )
    buyer = factories.customer(uow, "王小明")
    lines = [
        LineRequest("TEA-LJ-250", 2, discount=Decimal("8.00")),
        LineRequest("MUG-JP", 1),
        LineRequest("PEN-01", 10),
    ]
    number = orders.create_order(
        uow,
        OrderRequest(
            lines=lines,
            channel=Channel.PHONE,
            customer_code=buyer.code,
            confirm=True,
            notes="请在工作日送货 Deliver on weekdays",
        ),
    ).value.number
    payments.pay(uow, number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("100.00")))
    shipped = shipping.ship(uow, number, carrier="SF Express 顺丰", tracking="SF1234567890123").value

    counter = [LineRequest("TEA-LJ-250", 1), LineRequest("PEN-01", 3)]
    total = orders.quote(uow, counter).total
    sale = orders.create_order(
        uow,
        OrderRequest(lines=counter, payments=[PaymentRequest(PaymentMethod.CASH, total, Decimal("200.00"))]),
    ).value

    online = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("COOKIE", 4)],
            channel=Channel.ONLINE,
            customer_code=buyer.code,
            confirm=True,
            ship_to="Alice Smith\n1-2-3 Shibuya, 渋谷区\nTokyo 150-0002\n+81 3 1234 5678",
        ),
    ).value
    payments.pay(uow, online.number, PaymentRequest(PaymentMethod.MOBILE_WALLET, online.total))
    packed = orders.pack(uow, online.number).value
    return Shop(uow, shipped, sale, packed)
