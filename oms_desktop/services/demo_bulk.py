"""Demo data at scale (a million orders): the same shop as demo.py, written with bulk inserts.

The services write one order per transaction, which is right for a till and far too slow for ten years
of history. This writer computes the same rows (priced lines, ledger movements, payments, shipments,
cached stock levels) in Python and inserts them in large batches, one transaction per chunk of orders,
so that every committed chunk leaves a database that passes `db check`.
"""

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import Engine

from oms_desktop.db.bulk_load import bulk_load
from oms_desktop.db.row_writer import RowWriter
from oms_desktop.domain import Channel, PriceTier
from oms_desktop.domain.customer import address_block
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.pricing import tier_price
from oms_desktop.domain.sequence import CUSTOMER_PREFIX, ORDER_PREFIX, counter_name, format_number
from oms_desktop.services.bulk_orders import (
    BulkLine,
    BulkOrder,
    BulkOrderWriter,
    BulkPayment,
    Event,
    order_total,
)
from oms_desktop.services.demo import DemoSummary
from oms_desktop.services.demo_data import (
    CANCEL_REASON,
    customer_specs,
    line_quantity,
    order_story,
    order_times,
    product_specs,
    tendered,
)
from oms_desktop.services.demo_purchasing import PACKS, SUPPLIERS
from oms_desktop.services.stock_ledger import BulkLedger, BulkLevel
from oms_desktop.services.suppliers import SUPPLIER_CODE_PREFIX

CHUNK = 20_000  # orders between flushes (and progress reports)
MAIN = "MAIN"  # the location demo orders are sold from
RESTOCK_BELOW = 20


@dataclass
class _Product:
    id: int
    price: int
    wholesale: int
    cost: int
    tax: int
    sku: str
    name: str
    on_hand: int = 0
    reserved: int = 0


def generate_bulk(
    engine: Engine,
    *,
    orders_count: int,
    products_count: int = 100_000,
    customers_count: int = 50_000,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], bool] | None = None,
    zone: tzinfo | None = None,
) -> DemoSummary:
    """Fill an empty database with a large demo shop, all in one transaction (stopped: nothing is kept).
    `zone`: the shop's time zone (business days and the numbers' years); None: this computer's."""
    return _generate(engine, orders_count, products_count, customers_count, seed, now, progress, zone)


def _generate(
    engine: Engine,
    orders_count: int,
    products_count: int,
    customers_count: int,
    seed: int,
    now: datetime | None,
    progress: Callable[[int, int], bool] | None,
    zone: tzinfo | None,
) -> DemoSummary:
    rng = random.Random(seed)
    end = (now or datetime.now(UTC)).replace(microsecond=0)
    start = end - timedelta(days=365 * max(1, orders_count // 400_000 + 1))
    opening = start - timedelta(days=3)
    # One load: a demo that fails or is stopped leaves the database as empty as it found it.
    with bulk_load(engine) as writer:
        if writer.query("SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM products)")[0][0]:
            raise DomainError("demo_needs_empty_database")
        main = int(writer.query(f"SELECT id FROM locations WHERE code = '{MAIN}'")[0][0])
        products = _write_products(writer, rng, products_count, opening, main)
        customers = _write_customers(writer, rng, customers_count, opening)
        _write_suppliers(writer, products, seed, opening)
        writer.sync_id_sequences("products", "customers", "suppliers")
        # The opening stock is received through the ledger like any other.
        levels = {p.id: BulkLevel(p.sku, 0, 0) for p in products}
        opening_ledger = BulkLedger(writer, main, MAIN, levels, user="demo")
        for p in products:
            opening_ledger.receive(p.id, p.on_hand, p.cost, opening, "opening stock")
        opening_ledger.flush()
        wholesale = [c for c in customers if c[2] is PriceTier.WHOLESALE]
        retail = [c for c in customers if c[2] is PriceTier.RETAIL]
        times = order_times(rng, start, end, orders_count)
        numbers: dict[int, int] = defaultdict(int)
        recent_from = end - timedelta(days=30)
        ledger = BulkLedger(writer, main, MAIN, levels, user="demo")
        orders = BulkOrderWriter(writer, ledger, 1, user="demo", zone=zone)
        for offset in range(0, orders_count, CHUNK):
            for when in times[offset : offset + CHUNK]:
                year = when.astimezone(zone).year  # the shop's calendar year
                numbers[year] += 1
                number = format_number(ORDER_PREFIX, year, numbers[year])
                _order(orders, rng, number, when, when >= recent_from, products, wholesale, retail)
            orders.flush()
            done = min(offset + CHUNK, orders_count)
            if progress is not None and not progress(done, orders_count):
                raise DomainError("demo_cancelled")
        _set_sequences(writer, numbers, customers_count, opening.year)
    return DemoSummary(products_count, customers_count, orders_count)


def _write_suppliers(writer: RowWriter, products: list[_Product], seed: int, when: datetime) -> None:
    """The demo's suppliers, each product at one of them (its own random stream: the orders stay the same)."""
    rng = random.Random(seed * 7919 + 14)
    ts = writer.ts(when)
    first = writer.next_id("suppliers")
    writer.insert(
        "suppliers",
        [
            (
                first + i,
                f"{SUPPLIER_CODE_PREFIX}-{i + 1:03d}",
                s.name,
                s.contact,
                s.phone,
                s.email,
                s.address,
                "CNY",
                s.lead_time_days,
                to_minor(s.order_cost),
                "",
                True,
                ts,
            )
            for i, s in enumerate(SUPPLIERS)
        ],
    )
    rows = []
    for n, p in enumerate(products):
        pack = rng.choice(PACKS)
        rows.append(
            (
                p.id,
                first + n % len(SUPPLIERS),
                "",
                p.cost * rng.randint(88, 98) // 100,
                pack,
                pack,
                None,
                True,
            )
        )
    writer.insert("product_suppliers", rows)


def _write_products(
    writer: RowWriter, rng: random.Random, count: int, when: datetime, main: int
) -> list[_Product]:
    ts = writer.ts(when)
    rows, levels, products = [], [], []
    for pid, spec in enumerate(product_specs(rng, count), start=1):
        p = _Product(
            pid,
            to_minor(spec.price),
            to_minor(spec.wholesale_price),
            to_minor(spec.cost),
            spec.tax_rate_bp,
            spec.sku,
            spec.name,
            on_hand=rng.randint(40, 160),
        )
        rows.append(
            (
                pid,
                spec.sku,
                spec.barcode,
                spec.name,
                spec.unit,
                p.price,
                p.wholesale,
                p.cost,
                p.tax,
                spec.reorder_point,
                True,
                False,
                "",
                ts,
                ts,
            )
        )
        levels.append((pid, main, 0, 0, 1))
        products.append(p)
    writer.insert("products", rows)
    writer.insert("stock_levels", levels)
    return products


def _write_customers(
    writer: RowWriter, rng: random.Random, count: int, when: datetime
) -> list[tuple[int, str, PriceTier, str]]:
    ts = writer.ts(when)
    rows, result = [], []
    for cid, spec in enumerate(customer_specs(rng, count), start=1):
        code = format_number(CUSTOMER_PREFIX, when.year, cid)
        address = address_block(spec.name, spec.address, spec.phone)
        rows.append(
            (
                cid,
                code,
                spec.name,
                spec.phone,
                spec.email,
                spec.address,
                spec.address,
                spec.tier.value,
                to_minor(spec.credit_limit),
                "",
                ts,
            )
        )
        result.append((cid, code, spec.tier, address))
    writer.insert("customers", rows)
    return result


def _order(
    orders: BulkOrderWriter,
    rng: random.Random,
    number: str,
    when: datetime,
    recent: bool,
    products: list[_Product],
    wholesale: list[tuple[int, str, PriceTier, str]],
    retail: list[tuple[int, str, PriceTier, str]],
) -> None:
    story = order_story(rng, recent)
    if story.channel is Channel.COUNTER:
        customer = rng.choice(retail) if rng.random() < 0.25 else None
    else:
        customer = rng.choice(wholesale if story.channel is Channel.WHOLESALE else retail)
    tier_wholesale = customer is not None and customer[2] is PriceTier.WHOLESALE
    stock = orders.ledger.levels
    lines = []
    for p in rng.sample(products, story.size):
        qty = line_quantity(rng, story.wholesale_quantities)
        if stock[p.id].available - qty < RESTOCK_BELOW:
            orders.ledger.receive(p.id, qty + rng.randint(60, 200), p.cost, when)
        price = tier_price(p.price, p.wholesale, tier_wholesale)
        lines.append(BulkLine(p.id, p.sku, p.name, qty, price, p.cost, p.tax))
    total = order_total(lines)
    events = []
    paid = 0
    for step in story.steps:
        at = when + timedelta(hours=step.hours)
        payments: tuple[BulkPayment, ...] = ()
        if step.action in (Action.CHECKOUT, Action.PAY):
            amount = (
                to_minor((from_minor(total) / 2).quantize(Decimal("0.01"))) if step.half else total - paid
            )
            payments = (BulkPayment(story.method, amount, tendered(amount, story)),)
            paid += amount
        detail = CANCEL_REASON if step.action is Action.CANCEL else ""
        events.append(Event(step.action, at, payments, story.carrier, story.tracking, detail))
    address = customer[3] if customer else ""
    orders.add(
        BulkOrder(
            number=number,
            channel=story.channel,
            customer_id=customer[0] if customer else None,
            lines=lines,
            story=events,
            bill_to=address,
            ship_to=address,
            source="demo history",
        )
    )


def _set_sequences(writer: RowWriter, numbers: dict[int, int], customers: int, customer_year: int) -> None:
    values = {counter_name(ORDER_PREFIX, year): n for year, n in numbers.items()}
    values[counter_name(CUSTOMER_PREFIX, customer_year)] = customers
    values[SUPPLIER_CODE_PREFIX] = len(SUPPLIERS)
    writer.execute("DELETE FROM sequences")
    writer.execute_many(
        f"INSERT INTO sequences (name, last_value) VALUES ({writer.mark}, {writer.mark})",
        list(values.items()),
    )
