"""Deterministic, realistic demo data, written through the same services a user calls."""

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Order, PaymentMethod, PriceTier, Product
from oms_desktop.domain.errors import DomainError
from oms_desktop.services import catalogue, customers, inventory, orders, payments, shipping
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.demo_data import CARRIERS, customer_specs, order_times, product_specs
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest


@dataclass(frozen=True)
class DemoSummary:
    products: int
    customers: int
    orders: int


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def is_empty(uow: UnitOfWork) -> bool:
    """True when the database has no products and no orders (a first start)."""
    with uow.read() as session:
        return not (
            session.scalar(select(func.count(Order.id))) or session.scalar(select(func.count(Product.id)))
        )


def generate(
    uow: UnitOfWork,
    *,
    orders_count: int = 1500,
    seed: int = 1,
    products_count: int = 300,
    customers_count: int = 250,
    now: datetime | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database: products, customers, a year of orders in every channel and status.

    `progress(done, total)` may return False to cancel; nothing is then kept.
    """
    rng = random.Random(seed)
    end = (now or datetime.now(UTC)).replace(microsecond=0)
    start = end - timedelta(days=365)
    clock = _Clock(start - timedelta(days=3))
    demo_uow = UnitOfWork(uow.engine, user="demo", clock=clock)
    with demo_uow.batch() as batch:
        session = batch.session  # type: ignore[attr-defined]
        if session.scalar(select(func.count(Order.id))) or session.scalar(select(func.count(Product.id))):
            raise DomainError("Demo data goes into an empty database only; this one has products or orders")
        catalogue.add_location(batch, "BACK", "Back room 后仓")
        catalogue.add_location(batch, "WH", "Warehouse 仓库")
        skus = _products(batch, rng, products_count)
        codes = _customers(batch, rng, customers_count)
        wholesale = [c for c, tier in codes if tier is PriceTier.WHOLESALE]
        retail = [c for c, tier in codes if tier is PriceTier.RETAIL]
        # Opening stock a few days before the first order.
        for sku in skus:
            inventory.receive(batch, sku, rng.randint(40, 160))
            if rng.random() < 0.2:
                inventory.receive(batch, sku, rng.randint(10, 40), location="WH")
        times = order_times(rng, start, end, orders_count)
        for done, when in enumerate(times, start=1):
            clock.now = when
            recent = done > orders_count * 0.9  # the newest tenth is still in progress
            _one_order(batch, rng, skus, wholesale, retail, when, recent)
            if progress is not None and done % 50 == 0 and not progress(done, orders_count):
                raise DomainError("Demo data cancelled; nothing was written")
        if progress is not None:
            progress(orders_count, orders_count)
        return DemoSummary(len(skus), len(codes), orders_count)


def _products(uow: UnitOfWork, rng: random.Random, count: int) -> list[str]:
    specs = product_specs(rng, count)
    for spec in specs:
        catalogue.add_product(
            uow,
            ProductInput(
                sku=spec.sku,
                name=spec.name,
                price=spec.price,
                barcode=spec.barcode,
                cost=spec.cost,
                tax_rate_bp=spec.tax_rate_bp,
                reorder_point=spec.reorder_point,
                wholesale_price=spec.wholesale_price,
                unit=spec.unit,
            ),
        )
    return [spec.sku for spec in specs]


def _customers(uow: UnitOfWork, rng: random.Random, count: int) -> list[tuple[str, PriceTier]]:
    result = []
    for spec in customer_specs(rng, count):
        out = customers.add_customer(
            uow,
            CustomerInput(
                name=spec.name,
                phone=spec.phone,
                email=spec.email,
                billing_address=spec.address,
                price_tier=spec.tier,
                credit_limit=spec.credit_limit,
            ),
        )
        result.append((out.value.code, spec.tier))
    return result


def _one_order(
    uow: UnitOfWork,
    rng: random.Random,
    skus: list[str],
    wholesale: list[str],
    retail: list[str],
    when: datetime,
    recent: bool,
) -> None:
    channel = rng.choices(list(Channel), weights=[60, 15, 15, 10])[0]
    size = rng.choice([1, 1, 2, 2, 3, 4]) if channel is not Channel.WHOLESALE else rng.randint(3, 8)
    picks = rng.sample(skus, size)
    lines = [
        LineRequest(sku, rng.randint(10, 40) if channel is Channel.WHOLESALE else rng.choice([1, 1, 1, 2, 3]))
        for sku in picks
    ]
    for line in lines:
        _restock(uow, rng, line.code, line.quantity)
    if channel is Channel.COUNTER:
        customer = rng.choice(retail) if rng.random() < 0.25 else None
        total = orders.quote(uow, lines, customer).total
        method = rng.choices(
            [PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE_WALLET], weights=[35, 25, 40]
        )[0]
        tendered = None
        if method is PaymentMethod.CASH:
            tendered = max(total, Decimal(math.ceil(total / 50) * 50)) if rng.random() < 0.7 else total
        orders.create_order(
            uow,
            OrderRequest(
                lines=lines,
                customer_code=customer,
                payments=[PaymentRequest(method, total, tendered)],
                idempotency_key=f"demo-{when.timestamp()}-{rng.random()}",
            ),
        )
        return
    customer = rng.choice(wholesale if channel is Channel.WHOLESALE else retail)
    out = orders.create_order(
        uow, OrderRequest(lines=lines, channel=channel, customer_code=customer, confirm=True)
    )
    number, total = out.value.number, out.value.total
    clock = uow.clock
    if rng.random() < 0.05:
        orders.cancel(uow, number, "customer changed their mind")
        return
    # The newest orders are still on their way; older ones have been delivered and paid.
    stage = rng.randrange(5) if recent else 5
    if stage == 0:
        return  # pending payment
    method = PaymentMethod.BANK_TRANSFER if channel is Channel.WHOLESALE else PaymentMethod.MOBILE_WALLET
    _advance(clock, when, hours=rng.randint(1, 20))
    if channel is Channel.WHOLESALE and rng.random() < 0.3:
        payments.pay(uow, number, PaymentRequest(method, (total / 2).quantize(Decimal("0.01"))))
    else:
        payments.pay(uow, number, PaymentRequest(method, total))
    if stage == 1:
        return  # paid, not yet packed
    _advance(clock, when, hours=rng.randint(21, 40))
    orders.pack(uow, number)
    if stage == 2:
        return  # to ship
    _advance(clock, when, hours=rng.randint(41, 60))
    carrier = rng.choice(CARRIERS)
    shipping.ship(
        uow, number, carrier=carrier, tracking=f"{carrier[:2].upper()}{rng.randint(10**11, 10**12 - 1)}"
    )
    if stage in (3, 4):
        return  # shipped
    _advance(clock, when, hours=rng.randint(72, 120))
    shipping.deliver(uow, number)
    detail = orders.get_order(uow, number)
    if detail.balance > 0:
        payments.pay(uow, number, PaymentRequest(method, detail.balance))


def _advance(clock: Callable[[], datetime], start: datetime, *, hours: int) -> None:
    if isinstance(clock, _Clock):
        clock.now = start + timedelta(hours=hours)


def _restock(uow: UnitOfWork, rng: random.Random, sku: str, wanted: int) -> None:
    level = inventory.stock_levels(uow, sku)[0]
    if level.available < wanted + 5:
        inventory.receive(uow, sku, wanted + rng.randint(30, 120))
