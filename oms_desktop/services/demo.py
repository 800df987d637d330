"""Deterministic, realistic demo data, written through the same services a user calls."""

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Order, PriceTier, Product
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.quantity import Quantity
from oms_desktop.services import catalogue, customers, demo_purchasing, inventory, orders, payments, shipping
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.demo_data import (
    CANCEL_REASON,
    customer_specs,
    line_quantity,
    order_story,
    order_times,
    product_specs,
    tendered,
)
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
    demo_uow = UnitOfWork(uow.engine, user="demo", clock=clock, zone=uow.zone)
    with demo_uow.batch() as batch:
        session = batch.session  # type: ignore[attr-defined]
        if session.scalar(select(func.count(Order.id))) or session.scalar(select(func.count(Product.id))):
            raise DomainError("demo_needs_empty_database")
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
            recent = done > orders_count * 0.85  # the newest orders are still in progress
            _one_order(batch, rng, skus, wholesale, retail, when, recent)
            if progress is not None and done % 50 == 0 and not progress(done, orders_count):
                raise DomainError("demo_cancelled")
        clock.now = end - timedelta(days=2)
        costs = {p.sku: from_minor(p.cost_minor) for p in session.scalars(select(Product))}
        demo_purchasing.add_suppliers(batch, skus, costs, seed)
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
    story = order_story(rng, recent)
    lines = [
        LineRequest(sku, line_quantity(rng, story.wholesale_quantities))
        for sku in rng.sample(skus, story.size)
    ]
    for line in lines:
        _restock(uow, rng, line.code, line.quantity)
    if story.channel is Channel.COUNTER:
        customer = rng.choice(retail) if rng.random() < 0.25 else None
    else:
        customer = rng.choice(wholesale if story.channel is Channel.WHOLESALE else retail)
    total = orders.quote(uow, lines, customer).total
    request = OrderRequest(lines=lines, channel=story.channel, customer_code=customer)
    number = ""
    for step in story.steps:
        _advance(uow.clock, when, hours=step.hours)
        if step.action is Action.CREATE:
            continue  # made with the step that follows: a counter sale is created and checked out at once
        if step.action is Action.CHECKOUT:
            cash = tendered(to_minor(total), story)
            payment = PaymentRequest(story.method, total, None if cash is None else from_minor(cash))
            request = replace(
                request, payments=[payment], idempotency_key=f"demo-{when.timestamp()}-{rng.random()}"
            )
            orders.create_order(uow, request)
        elif step.action is Action.CONFIRM:
            number = orders.create_order(uow, replace(request, confirm=True)).value.number
        elif step.action is Action.PAY:
            due = orders.get_order(uow, number).balance
            amount = (total / 2).quantize(Decimal("0.01")) if step.half else due
            payments.pay(uow, number, PaymentRequest(story.method, amount))
        elif step.action is Action.PACK:
            orders.pack(uow, number)
        elif step.action is Action.SHIP:
            shipping.ship(uow, number, carrier=story.carrier, tracking=story.tracking)
        elif step.action is Action.DELIVER:
            shipping.deliver(uow, number)
        elif step.action is Action.CANCEL:
            orders.cancel(uow, number, CANCEL_REASON)


def _advance(clock: Callable[[], datetime], start: datetime, *, hours: int) -> None:
    if isinstance(clock, _Clock):
        clock.now = start + timedelta(hours=hours)


def _restock(uow: UnitOfWork, rng: random.Random, sku: str, wanted: Quantity) -> None:
    level = inventory.stock_levels(uow, sku)[0]
    if level.available < wanted + 5:
        inventory.receive(uow, sku, wanted + rng.randint(30, 120))
