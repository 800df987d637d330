"""Writing many orders at once with bulk inserts: the CSV import and the large demo both use this.

The services write one order per transaction through the ORM, which suits a till and is far too slow
for ten thousand imported orders or a million demo orders. This writer applies the same rules (prices
exclude tax, tax per line rounded half up, no sale or reservation beyond what is available unless the
product allows backorders, a ledger row for every change of on-hand) to orders prepared in Python, and
inserts the rows in batches inside the caller's transaction.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import Connection, select

from oms_desktop.db.uow import day_number
from oms_desktop.domain import Channel, PaymentMethod, Product, StockLevel
from oms_desktop.domain.errors import OutOfStock
from oms_desktop.domain.order import FulfilmentState, Lifecycle, PaymentState
from oms_desktop.domain.order_workflow import status_of
from oms_desktop.domain.pricing import OrderSums, price_line

Row = tuple[Any, ...]

COLUMNS = {
    "products": "id sku barcode name unit price_minor wholesale_price_minor cost_minor tax_rate_bp reorder_point "
    "active allow_backorder notes created_at updated_at",
    "stock_levels": "product_id location_id on_hand reserved version",
    "customers": "id code name phone email billing_address shipping_address price_tier credit_limit_minor notes "
    "created_at",
    "orders": "id number channel customer_id location_id lifecycle payment_state fulfilment_state status "
    "subtotal_minor discount_minor tax_minor total_minor paid_minor units cost_minor business_day bill_to ship_to "
    "notes idempotency_key created_at updated_at confirmed_at shipped_at completed_at cancelled_at user",
    "order_lines": "order_id line_no product_id sku name quantity unit_price_minor unit_cost_minor discount_minor "
    "tax_rate_bp tax_minor total_minor business_day sold",
    "stock_movements": "product_id location_id kind quantity unit_cost_minor reason order_id created_at user",
    "payments": "order_id kind method amount_minor tendered_minor change_minor reference created_at user",
    "shipments": "order_id carrier tracking_number shipped_at delivered_at",
    "audit_entries": "order_id action from_status to_status detail user at",
}


class RowWriter:
    """Bulk INSERTs through the driver, with the placeholders and timestamp format of the backend."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.mark = "?" if self.sqlite else "%s"
        self.sql = {}
        for table, cols in COLUMNS.items():
            names = cols.split()
            quoted = ", ".join(f'"{n}"' for n in names)
            self.sql[table] = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join([self.mark] * len(names))})"

    def ts(self, when: datetime | None) -> Any:
        if when is None:
            return None
        naive = when.astimezone(UTC).replace(tzinfo=None)
        # SQLAlchemy's SQLite DateTime keeps this exact text form, and SQLite compares it as text.
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else naive

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        if rows:
            self.conn.exec_driver_sql(self.sql[table], list(rows))

    def sync_id_sequences(self, *tables: str) -> None:
        """After explicit ids on PostgreSQL, move each table's id sequence past them (SQLite needs nothing)."""
        if self.sqlite:
            return
        for table in tables:
            self.conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table}"
            )


@dataclass
class Stock:
    """What the writer knows of one product's level at the order location while it works."""

    sku: str
    on_hand: int
    reserved: int
    allow_backorder: bool = False
    # What was written so far: the level row is moved by the difference, never set to a value read earlier.
    written_on_hand: int = field(default=0, init=False)
    written_reserved: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.written_on_hand, self.written_reserved = self.on_hand, self.reserved

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class BulkLine:
    product_id: int
    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    unit_cost_minor: int
    tax_rate_bp: int
    discount_minor: int = 0


@dataclass(frozen=True)
class BulkOrder:
    number: str
    channel: Channel
    customer_id: int | None
    created_at: datetime
    lines: Sequence[BulkLine]
    lifecycle: Lifecycle
    payment: PaymentState
    fulfilment: FulfilmentState
    method: PaymentMethod | None = None  # paid in full with this method when payment is PAID
    cash_rounding_minor: int = 0  # cash tendered is the total rounded up to this (0: exact)
    shipped_at: datetime | None = None
    carrier: str = ""
    tracking: str = ""
    bill_to: str = ""
    ship_to: str = ""
    notes: str = ""
    idempotency_key: str | None = None
    audit_detail: str = "imported"


@dataclass
class BulkOrderWriter:
    """Collects orders as rows, keeping stock in step; `flush` writes them in the open transaction."""

    writer: RowWriter
    location_id: int
    stock: dict[int, Stock]
    next_order_id: int
    user: str = "system"
    zone: tzinfo | None = None  # the shop's time zone for business days; None: this computer's
    _rows: dict[str, list[Row]] = field(default_factory=dict)
    _touched: set[int] = field(default_factory=set)

    def _add(self, table: str, row: Row) -> None:
        self._rows.setdefault(table, []).append(row)

    def receive(
        self, product_id: int, quantity: int, unit_cost_minor: int, when: datetime, reason: str = ""
    ) -> None:
        self.stock[product_id].on_hand += quantity
        self._touched.add(product_id)
        ts = self.writer.ts(when)
        self._add(
            "stock_movements",
            (product_id, self.location_id, "receipt", quantity, unit_cost_minor, reason, None, ts, self.user),
        )

    def check_stock(self, order: BulkOrder) -> None:
        """Refuse an order that would sell or reserve more than is available (lines of one product summed)."""
        if order.lifecycle in (Lifecycle.CANCELLED, Lifecycle.DRAFT):
            return
        wanted: dict[int, int] = {}
        for line in order.lines:
            wanted[line.product_id] = wanted.get(line.product_id, 0) + line.quantity
        for pid, qty in wanted.items():
            s = self.stock[pid]
            if qty > s.available and not s.allow_backorder:
                raise OutOfStock(s.sku, qty, max(s.available, 0), "the order location")

    def add(self, order: BulkOrder) -> int:
        """Queue one order (stock is checked first); returns its id."""
        self.check_stock(order)
        oid = self.next_order_id
        self.next_order_id += 1
        ts = self.writer.ts(order.created_at)
        shipped_ts = self.writer.ts(order.shipped_at or order.created_at)
        moves_stock = order.lifecycle not in (Lifecycle.CANCELLED, Lifecycle.DRAFT)
        ships = order.fulfilment in (FulfilmentState.SHIPPED, FulfilmentState.DELIVERED)
        day = day_number(order.created_at.astimezone(self.zone).date())
        sums = OrderSums()
        for no, ln in enumerate(order.lines, start=1):
            price = price_line(ln.quantity, ln.unit_price_minor, ln.discount_minor, ln.tax_rate_bp)
            sums.add(price, ln.quantity, ln.unit_cost_minor)
            line_tax, line_total = price.tax, price.total
            self._add(
                "order_lines",
                (
                    oid,
                    no,
                    ln.product_id,
                    ln.sku,
                    ln.name,
                    ln.quantity,
                    ln.unit_price_minor,
                    ln.unit_cost_minor,
                    ln.discount_minor,
                    ln.tax_rate_bp,
                    line_tax,
                    line_total,
                    day,
                    moves_stock,
                ),
            )
            if not moves_stock:
                continue
            s = self.stock[ln.product_id]
            self._touched.add(ln.product_id)
            if ships:
                s.on_hand -= ln.quantity
                self._add(
                    "stock_movements",
                    (
                        ln.product_id,
                        self.location_id,
                        "sale",
                        -ln.quantity,
                        None,
                        "",
                        oid,
                        shipped_ts,
                        self.user,
                    ),
                )
            else:
                s.reserved += ln.quantity
        total = sums.total
        paid = total if order.payment is PaymentState.PAID else 0
        status = status_of(order.lifecycle, order.payment, order.fulfilment).value
        done = order.lifecycle is Lifecycle.COMPLETED
        self._add(
            "orders",
            (
                oid,
                order.number,
                order.channel.value,
                order.customer_id,
                self.location_id,
                order.lifecycle.value,
                order.payment.value,
                order.fulfilment.value,
                status,
                sums.subtotal,
                sums.discount,
                sums.tax,
                sums.total,
                paid,
                sums.units,
                sums.cost,
                day,
                order.bill_to,
                order.ship_to,
                order.notes,
                order.idempotency_key,
                ts,
                ts,
                None if order.lifecycle in (Lifecycle.CANCELLED, Lifecycle.DRAFT) else ts,
                shipped_ts if ships else None,
                shipped_ts if done else None,
                ts if order.lifecycle is Lifecycle.CANCELLED else None,
                self.user,
            ),
        )
        if paid and order.method is not None:
            tendered = None
            if order.method is PaymentMethod.CASH and order.cash_rounding_minor:
                tendered = -(-total // order.cash_rounding_minor) * order.cash_rounding_minor
            change = 0 if tendered is None else tendered - total
            self._add(
                "payments", (oid, "payment", order.method.value, total, tendered, change, "", ts, self.user)
            )
        if ships and order.carrier:
            delivered = shipped_ts if order.fulfilment is FulfilmentState.DELIVERED else None
            self._add("shipments", (oid, order.carrier, order.tracking, shipped_ts, delivered))
        self._add("audit_entries", (oid, "import", "", status, order.audit_detail, self.user, ts))
        return oid

    def flush(self) -> None:
        """Insert everything queued and bring the cached stock levels in line with the ledger."""
        for table in ("orders", "order_lines", "stock_movements", "payments", "shipments", "audit_entries"):
            self.writer.insert(table, self._rows.pop(table, []))
        self.writer.sync_id_sequences("orders")
        if self._touched:
            m = self.writer.mark
            rows = []
            for p in sorted(self._touched):
                s = self.stock[p]
                rows.append(
                    (s.on_hand - s.written_on_hand, s.reserved - s.written_reserved, p, self.location_id)
                )
                s.written_on_hand, s.written_reserved = s.on_hand, s.reserved
            self.writer.conn.exec_driver_sql(
                f"UPDATE stock_levels SET on_hand = on_hand + {m}, reserved = reserved + {m}, "
                f"version = version + 1 WHERE product_id = {m} AND location_id = {m}",
                rows,
            )
        self._touched.clear()


def load_stock(
    conn: Connection, location_id: int, product_ids: Sequence[int] | None = None
) -> dict[int, Stock]:
    """The current levels at a location (all products, or the ones named), to start a writer with. On
    PostgreSQL the rows stay locked until the transaction ends, so no till sells them meanwhile."""
    query = (
        select(
            StockLevel.product_id,
            Product.sku,
            StockLevel.on_hand,
            StockLevel.reserved,
            Product.allow_backorder,
        )
        .join(Product, Product.id == StockLevel.product_id)
        .where(StockLevel.location_id == location_id)
    )
    if product_ids is not None:
        query = query.where(StockLevel.product_id.in_(product_ids))
    if conn.dialect.name == "postgresql":
        query = query.with_for_update(of=StockLevel)
    return {pid: Stock(sku, on, res, bool(bo)) for pid, sku, on, res, bo in conn.execute(query)}
