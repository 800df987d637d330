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
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, event, func, select, text

from oms_desktop.db.engine import make_engine
from oms_desktop.domain import Channel, Order, PaymentMethod, PriceTier, Product
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.money import to_minor
from oms_desktop.domain.order import FulfilmentState, Lifecycle, PaymentState
from oms_desktop.services.bulk_orders import BulkLine, BulkOrder, BulkOrderWriter, RowWriter, Stock
from oms_desktop.services.demo import DemoSummary
from oms_desktop.services.demo_data import CARRIERS, customer_specs, order_times, product_specs

CHUNK = 20_000
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
) -> DemoSummary:
    """Fill an empty database with a large demo shop; each chunk of orders is committed on its own."""
    loader = _loading_engine(engine)
    try:
        return _generate(loader, orders_count, products_count, customers_count, seed, now, progress)
    finally:
        loader.dispose()


def _loading_engine(engine: Engine) -> Engine:
    """A separate engine for the load, so the app's own connections keep synchronous=FULL."""
    loader = make_engine(engine.url)
    if loader.dialect.name == "sqlite":

        @event.listens_for(loader, "connect")
        def _fast(dbapi_conn: Any, _record: object) -> None:
            # Demo data can be made again: this load trades durability for speed on its own connection.
            dbapi_conn.execute("PRAGMA synchronous=OFF")
            dbapi_conn.execute("PRAGMA cache_size=-262144")

    return loader


def _generate(
    engine: Engine,
    orders_count: int,
    products_count: int,
    customers_count: int,
    seed: int,
    now: datetime | None,
    progress: Callable[[int, int], bool] | None,
) -> DemoSummary:
    rng = random.Random(seed)
    end = (now or datetime.now(UTC)).replace(microsecond=0)
    start = end - timedelta(days=365 * max(1, orders_count // 400_000 + 1))
    opening = start - timedelta(days=3)
    with engine.begin() as conn:
        if conn.scalar(select(func.count(Order.id))) or conn.scalar(select(func.count(Product.id))):
            raise DomainError("Demo data goes into an empty database only; this one has products or orders")
        writer = RowWriter(conn)
        main = int(conn.scalar(text("SELECT id FROM locations WHERE code = 'MAIN'")) or 0)
        products = _write_products(writer, rng, products_count, opening, main)
        customers = _write_customers(writer, rng, customers_count, opening)
        writer.sync_id_sequences("products", "customers")
    wholesale = [c for c in customers if c[2] is PriceTier.WHOLESALE]
    retail = [c for c in customers if c[2] is PriceTier.RETAIL]
    times = order_times(rng, start, end, orders_count)
    numbers: dict[int, int] = defaultdict(int)
    recent_from = end - timedelta(days=30)
    stock = {p.id: Stock(p.sku, p.on_hand, 0) for p in products}
    next_id = 1
    for offset in range(0, orders_count, CHUNK):
        with engine.begin() as conn:
            orders = BulkOrderWriter(RowWriter(conn), main, stock, next_id, user="demo")
            for when in times[offset : offset + CHUNK]:
                year = when.astimezone().year  # the shop's calendar year (this computer's zone)
                numbers[year] += 1
                number = f"SO-{year}-{numbers[year]:06d}"
                _order(orders, rng, number, when, when >= recent_from, products, wholesale, retail)
            orders.flush()
            next_id = orders.next_order_id
            _set_sequences(conn, numbers, customers_count, opening.year)
        done = min(offset + CHUNK, orders_count)
        if progress is not None and not progress(done, orders_count):
            raise DomainError(f"Demo data stopped after {done} orders; those are kept and consistent")
    return DemoSummary(products_count, customers_count, orders_count)


def _write_products(
    writer: RowWriter, rng: random.Random, count: int, when: datetime, main: int
) -> list[_Product]:
    ts = writer.ts(when)
    rows, levels, moves, products = [], [], [], []
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
        moves.append((pid, main, "receipt", p.on_hand, p.cost, "opening stock", None, ts, "demo"))
        levels.append((pid, main, p.on_hand, 0, 1))
        products.append(p)
    writer.insert("products", rows)
    writer.insert("stock_movements", moves)
    writer.insert("stock_levels", levels)
    return products


def _write_customers(
    writer: RowWriter, rng: random.Random, count: int, when: datetime
) -> list[tuple[int, str, PriceTier, str]]:
    ts = writer.ts(when)
    rows, result = [], []
    for cid, spec in enumerate(customer_specs(rng, count), start=1):
        code = f"C-{when.year}-{cid:06d}"
        address = "\n".join(part for part in (spec.name, spec.address, spec.phone) if part)
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
    channel = rng.choices(list(Channel), weights=[60, 15, 15, 10])[0]
    if channel is Channel.COUNTER:
        customer = rng.choice(retail) if rng.random() < 0.25 else None
    else:
        customer = rng.choice(wholesale if channel is Channel.WHOLESALE else retail)
    tier_wholesale = customer is not None and customer[2] is PriceTier.WHOLESALE
    size = rng.randint(3, 8) if channel is Channel.WHOLESALE else rng.choice([1, 1, 2, 2, 3, 4])
    lifecycle, payment, fulfilment = Lifecycle.COMPLETED, PaymentState.PAID, FulfilmentState.DELIVERED
    if channel is not Channel.COUNTER:
        stage = rng.randrange(5) if recent else 5
        if rng.random() < 0.05:
            lifecycle, payment, fulfilment = (
                Lifecycle.CANCELLED,
                PaymentState.UNPAID,
                FulfilmentState.UNFULFILLED,
            )
        elif stage < 5:
            lifecycle = Lifecycle.OPEN
            payment = PaymentState.UNPAID if stage == 0 else PaymentState.PAID
            stages = (
                [FulfilmentState.UNFULFILLED] * 2 + [FulfilmentState.PACKED] + [FulfilmentState.SHIPPED] * 2
            )
            fulfilment = stages[stage]
    lines = []
    for p in rng.sample(products, size):
        qty = rng.randint(10, 40) if channel is Channel.WHOLESALE else rng.choice([1, 1, 1, 2, 3])
        if orders.stock[p.id].available - qty < RESTOCK_BELOW and lifecycle is not Lifecycle.CANCELLED:
            orders.receive(p.id, qty + rng.randint(60, 200), p.cost, when)
        price = p.wholesale if tier_wholesale else p.price
        lines.append(BulkLine(p.id, p.sku, p.name, qty, price, p.cost, p.tax))
    if channel is Channel.COUNTER:
        method = rng.choices(
            [PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE_WALLET], [35, 25, 40]
        )[0]
        shipped_at, carrier, tracking = when, "", ""
    else:
        method = PaymentMethod.BANK_TRANSFER if channel is Channel.WHOLESALE else PaymentMethod.MOBILE_WALLET
        shipped_at = when + timedelta(hours=rng.randint(41, 60))
        carrier = rng.choice(CARRIERS)
        tracking = f"{carrier[:2].upper()}{rng.randint(10**11, 10**12 - 1)}"
    address = customer[3] if customer else ""
    orders.add(
        BulkOrder(
            number=number,
            channel=channel,
            customer_id=customer[0] if customer else None,
            created_at=when,
            lines=lines,
            lifecycle=lifecycle,
            payment=payment,
            fulfilment=fulfilment,
            method=method,
            cash_rounding_minor=5000,
            shipped_at=shipped_at,
            carrier=carrier,
            tracking=tracking,
            bill_to=address,
            ship_to=address,
            audit_detail="demo history",
        )
    )


def _set_sequences(conn: Connection, numbers: dict[int, int], customers: int, customer_year: int) -> None:
    values = {f"SO-{year}": n for year, n in numbers.items()} | {f"C-{customer_year}": customers}
    conn.exec_driver_sql("DELETE FROM sequences")
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    conn.exec_driver_sql(
        f"INSERT INTO sequences (name, last_value) VALUES ({mark}, {mark})", list(values.items())
    )
