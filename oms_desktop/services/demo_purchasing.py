"""The demo shop's suppliers, what each sells it, and a few purchase orders in their several states, so that
the Purchasing page and replenishment have something true to show. Written through the services."""

import random
from decimal import Decimal

from sqlalchemy import update
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Product
from oms_desktop.services import purchase_orders, suppliers
from oms_desktop.services.changes import NOTHING, Outcome
from oms_desktop.services.purchase_orders import POLineInput, ReceiveLineInput
from oms_desktop.services.suppliers import SupplierInput

SUPPLIERS = (
    SupplierInput(
        name="杭州茶叶合作社 Hangzhou Tea Cooperative",
        contact="王经理",
        phone="0571-8888 1234",
        lead_time_days=10,
        order_cost=Decimal("60.00"),
        address="浙江省杭州市西湖区龙井路 18 号",
    ),
    SupplierInput(
        name="景德镇陶瓷厂 Jingdezhen Ceramics",
        contact="Li Na",
        phone="0798-822 5566",
        lead_time_days=14,
        order_cost=Decimal("80.00"),
        address="江西省景德镇市珠山区",
    ),
    SupplierInput(
        name="Shanghai Snacks Wholesale 上海零食批发",
        contact="Zhou Min",
        phone="021-6123 4567",
        lead_time_days=4,
        order_cost=Decimal("30.00"),
        address="上海市普陀区真北路 100 号",
    ),
    SupplierInput(
        name="Yunnan Coffee Growers 云南咖啡",
        contact="Chen Hao",
        phone="0871-6333 0000",
        lead_time_days=7,
        order_cost=Decimal("45.00"),
        address="云南省昆明市五华区",
    ),
)
PACKS = (1, 6, 12, 24)


def add_suppliers(uow: UnitOfWork, skus: list[str], costs: dict[str, Decimal], seed: int) -> None:
    """Suppliers with their terms for every product (a second one for some), and three POs: one sent, one
    partly received, one draft. Reorder points are left to replenishment to compute."""
    rng = random.Random(seed * 7919 + 14)  # its own stream: the orders of a seed stay what they were
    codes = [suppliers.add_supplier(uow, data).value.code for data in SUPPLIERS]
    for i, sku in enumerate(skus):
        main = codes[i % len(codes)]
        pack = rng.choice(PACKS)
        cost = (costs[sku] * Decimal(rng.randint(88, 98)) / 100).quantize(Decimal("0.01"))
        suppliers.set_product_supplier(
            uow, sku, main, cost=cost, pack_size=pack, min_qty=pack * rng.choice((1, 2)), preferred=True
        )
        if rng.random() < 0.25:
            other = codes[(i + 1) % len(codes)]
            suppliers.set_product_supplier(uow, sku, other, cost=cost + Decimal("0.50"), lead_time_days=3)

    def on(i: int) -> list[POLineInput]:
        picked = [sku for n, sku in enumerate(skus) if n % len(codes) == i][:4]
        return [POLineInput(sku, 24) for sku in picked]

    sent = purchase_orders.create_po(uow, codes[0], on(0), notes="Spring harvest").value.number
    purchase_orders.send_po(uow, sent)
    partly = purchase_orders.create_po(uow, codes[1], on(1)).value
    purchase_orders.send_po(uow, partly.number)
    first = partly.lines[0]
    purchase_orders.receive_po(uow, partly.number, [ReceiveLineInput(first.sku, 12)], note="first boxes")
    purchase_orders.create_po(uow, codes[2], on(2)[:2])

    def unpin(session: Session) -> Outcome[None]:
        session.execute(update(Product).values(reorder_pinned=False))
        return Outcome(None, NOTHING)

    uow.run(unpin)
