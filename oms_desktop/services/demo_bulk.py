"""Demo data at scale (a million orders): the same shop as demo.py, written with bulk inserts.

The services write one order per transaction, which is right for a till and far too slow for ten years
of history. This writer computes the same rows (priced lines, ledger movements, payments, shipments,
cached stock levels) in Python and inserts them in large batches, one transaction per chunk of orders,
so that every committed chunk leaves a database that passes `db check`.
"""

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, event, func, select, text

from oms_desktop.db.engine import make_engine
from oms_desktop.domain import Channel, Order, PaymentMethod, PriceTier, Product
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.money import tax_minor, to_minor
from oms_desktop.domain.order import FulfilmentState, Lifecycle, PaymentState
from oms_desktop.domain.order_workflow import status_of
from oms_desktop.services.demo import DemoSummary
from oms_desktop.services.demo_data import CARRIERS, customer_specs, order_times, product_specs

CHUNK = 20_000
RESTOCK_BELOW = 20

Row = tuple[Any, ...]


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


@dataclass
class _Batch:
    orders: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    movements: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    shipments: list[Row] = field(default_factory=list)
    audits: list[Row] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)


COLUMNS = {
    "products": "id sku barcode name unit price_minor wholesale_price_minor cost_minor tax_rate_bp reorder_point "
    "active allow_backorder notes created_at updated_at",
    "stock_levels": "product_id location_id on_hand reserved version",
    "customers": "id code name phone email billing_address shipping_address price_tier credit_limit_minor notes "
    "created_at",
    "orders": "id number channel customer_id location_id lifecycle payment_state fulfilment_state status "
    "subtotal_minor discount_minor tax_minor total_minor paid_minor bill_to ship_to notes idempotency_key "
    "created_at updated_at confirmed_at shipped_at completed_at cancelled_at user",
    "order_lines": "order_id line_no product_id sku name quantity unit_price_minor unit_cost_minor discount_minor "
    "tax_rate_bp tax_minor total_minor",
    "stock_movements": "product_id location_id kind quantity unit_cost_minor reason order_id created_at user",
    "payments": "order_id kind method amount_minor tendered_minor change_minor reference created_at user",
    "shipments": "order_id carrier tracking_number shipped_at delivered_at",
    "audit_entries": "order_id action from_status to_status detail user at",
}


class _Writer:
    """Bulk INSERTs through the driver, with the placeholders and timestamp format of the backend."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        mark = "?" if self.sqlite else "%s"
        self.sql = {}
        for table, cols in COLUMNS.items():
            names = cols.split()
            quoted = ", ".join(f'"{n}"' for n in names)
            self.sql[table] = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join([mark] * len(names))})"

    def ts(self, when: datetime | None) -> Any:
        if when is None:
            return None
        naive = when.astimezone(UTC).replace(tzinfo=None)
        # SQLAlchemy's SQLite DateTime keeps this exact text form; comparisons are textual there.
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else naive

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        if rows:
            self.conn.exec_driver_sql(self.sql[table], list(rows))


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
        writer = _Writer(conn)
        main = int(conn.scalar(text("SELECT id FROM locations WHERE code = 'MAIN'")) or 0)
        products = _write_products(writer, rng, products_count, opening, main)
        customers = _write_customers(writer, rng, customers_count, opening)
    wholesale = [c for c in customers if c[2] is PriceTier.WHOLESALE]
    retail = [c for c in customers if c[2] is PriceTier.RETAIL]
    times = order_times(rng, start, end, orders_count)
    numbers: dict[int, int] = defaultdict(int)
    recent_from = end - timedelta(days=30)
    next_id = 1
    for offset in range(0, orders_count, CHUNK):
        batch = _Batch()
        with engine.begin() as conn:
            writer = _Writer(conn)
            for when in times[offset : offset + CHUNK]:
                numbers[when.year] += 1
                number = f"SO-{when.year}-{numbers[when.year]:06d}"
                _order(
                    writer,
                    batch,
                    rng,
                    next_id,
                    number,
                    when,
                    when >= recent_from,
                    products,
                    wholesale,
                    retail,
                    main,
                )
                next_id += 1
            _flush(writer, batch, products, main)
            _set_sequences(conn, numbers, customers_count, opening.year)
        done = min(offset + CHUNK, orders_count)
        if progress is not None and not progress(done, orders_count):
            raise DomainError(f"Demo data stopped after {done} orders; those are kept and consistent")
    return DemoSummary(products_count, customers_count, orders_count)


def _write_products(
    writer: _Writer, rng: random.Random, count: int, when: datetime, main: int
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
    writer: _Writer, rng: random.Random, count: int, when: datetime
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
    writer: _Writer,
    batch: _Batch,
    rng: random.Random,
    oid: int,
    number: str,
    when: datetime,
    recent: bool,
    products: list[_Product],
    wholesale: list[tuple[int, str, PriceTier, str]],
    retail: list[tuple[int, str, PriceTier, str]],
    main: int,
) -> None:
    channel = rng.choices(list(Channel), weights=[60, 15, 15, 10])[0]
    if channel is Channel.COUNTER:
        customer = rng.choice(retail) if rng.random() < 0.25 else None
    else:
        customer = rng.choice(wholesale if channel is Channel.WHOLESALE else retail)
    tier_wholesale = customer is not None and customer[2] is PriceTier.WHOLESALE
    size = rng.randint(3, 8) if channel is Channel.WHOLESALE else rng.choice([1, 1, 2, 2, 3, 4])
    picks = rng.sample(products, size)
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
    ts = writer.ts(when)
    later = writer.ts(when + timedelta(hours=rng.randint(41, 60)))
    sub = tax = total = 0
    for no, p in enumerate(picks, start=1):
        qty = rng.randint(10, 40) if channel is Channel.WHOLESALE else rng.choice([1, 1, 1, 2, 3])
        price = p.wholesale if tier_wholesale else p.price
        line_tax = tax_minor(qty * price, p.tax)
        sub, tax, total = sub + qty * price, tax + line_tax, total + qty * price + line_tax
        batch.lines.append(
            (oid, no, p.id, p.sku, p.name, qty, price, p.cost, 0, p.tax, line_tax, qty * price + line_tax)
        )
        if lifecycle is Lifecycle.CANCELLED:
            continue
        if p.on_hand - p.reserved - qty < RESTOCK_BELOW:
            restock = qty + rng.randint(60, 200)
            p.on_hand += restock
            batch.movements.append((p.id, main, "receipt", restock, p.cost, "", None, ts, "demo"))
        if fulfilment in (FulfilmentState.SHIPPED, FulfilmentState.DELIVERED):
            p.on_hand -= qty
            batch.movements.append(
                (p.id, main, "sale", -qty, None, "", oid, ts if channel is Channel.COUNTER else later, "demo")
            )
        else:
            p.reserved += qty
        batch.touched.add(p.id)
    paid = total if payment is PaymentState.PAID else 0
    shipped = fulfilment in (FulfilmentState.SHIPPED, FulfilmentState.DELIVERED)
    status = status_of(lifecycle, payment, fulfilment).value
    bill = customer[3] if customer else ""
    batch.orders.append(
        (
            oid,
            number,
            channel.value,
            customer[0] if customer else None,
            main,
            lifecycle.value,
            payment.value,
            fulfilment.value,
            status,
            sub,
            0,
            tax,
            total,
            paid,
            bill,
            bill,
            "",
            None,
            ts,
            ts,
            None if lifecycle is Lifecycle.CANCELLED else ts,
            (ts if channel is Channel.COUNTER else later) if shipped else None,
            (ts if channel is Channel.COUNTER else later) if lifecycle is Lifecycle.COMPLETED else None,
            ts if lifecycle is Lifecycle.CANCELLED else None,
            "demo",
        )
    )
    if paid:
        if channel is Channel.COUNTER:
            method = rng.choices(
                [PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE_WALLET], [35, 25, 40]
            )[0]
        else:
            method = (
                PaymentMethod.BANK_TRANSFER if channel is Channel.WHOLESALE else PaymentMethod.MOBILE_WALLET
            )
        tendered = None
        if method is PaymentMethod.CASH:
            tendered = -(-total // 5000) * 5000  # rounded up to the next 50
        change = 0 if tendered is None else tendered - total
        batch.payments.append((oid, "payment", method.value, total, tendered, change, "", ts, "demo"))
    if shipped and channel is not Channel.COUNTER:
        carrier = rng.choice(CARRIERS)
        delivered = later if fulfilment is FulfilmentState.DELIVERED else None
        batch.shipments.append(
            (oid, carrier, f"{carrier[:2].upper()}{rng.randint(10**11, 10**12 - 1)}", later, delivered)
        )
    batch.audits.append((oid, "import", "", status, "demo history", "demo", ts))


def _flush(writer: _Writer, batch: _Batch, products: list[_Product], main: int) -> None:
    writer.insert("orders", batch.orders)
    writer.insert("order_lines", batch.lines)
    writer.insert("stock_movements", batch.movements)
    writer.insert("payments", batch.payments)
    writer.insert("shipments", batch.shipments)
    writer.insert("audit_entries", batch.audits)
    mark = "?" if writer.sqlite else "%s"
    writer.conn.exec_driver_sql(
        f"UPDATE stock_levels SET on_hand = {mark}, reserved = {mark}, version = version + 1 "
        f"WHERE product_id = {mark} AND location_id = {mark}",
        [(products[pid - 1].on_hand, products[pid - 1].reserved, pid, main) for pid in sorted(batch.touched)],
    )


def _set_sequences(conn: Connection, numbers: dict[int, int], customers: int, customer_year: int) -> None:
    values = {f"SO-{year}": n for year, n in numbers.items()} | {f"C-{customer_year}": customers}
    conn.exec_driver_sql("DELETE FROM sequences")
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    conn.exec_driver_sql(
        f"INSERT INTO sequences (name, last_value) VALUES ({mark}, {mark})", list(values.items())
    )
