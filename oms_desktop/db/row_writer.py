"""Bulk INSERTs through the driver for the writers of many rows (CSV import, demo at scale).

The services write through the ORM, one user action at a time; this writes prepared rows in batches with the
backend's placeholders and timestamp format. What the rows contain is decided by the same rule functions the
services use (services/bulk_orders.py, services/stock_ledger.py); this module only knows tables and columns.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Connection

Row = tuple[Any, ...]

COLUMNS = {
    "products": "id sku barcode name unit price_minor wholesale_price_minor cost_minor tax_rate_bp reorder_point "
    "active allow_backorder notes created_at updated_at",
    "stock_levels": "product_id location_id on_hand reserved version",
    "suppliers": "id code name contact phone email address currency lead_time_days order_cost_minor notes active "
    "created_at",
    "product_suppliers": "product_id supplier_id supplier_sku cost_minor pack_size min_qty lead_time_days preferred",
    "customers": "id code name phone email billing_address shipping_address price_tier credit_limit_minor notes "
    "created_at",
    "orders": "id number channel customer_id location_id lifecycle payment_state fulfilment_state status "
    "subtotal_minor discount_minor tax_minor total_minor paid_minor units cost_minor business_day bill_to ship_to "
    "notes idempotency_key tax_included created_at updated_at confirmed_at shipped_at completed_at cancelled_at user "
    "valid_until",
    "order_lines": "order_id line_no product_id sku name quantity decimals unit_price_minor unit_cost_minor discount_minor "
    "tax_rate_bp tax_minor total_minor business_day sold shipped_quantity",
    "stock_movements": "product_id location_id kind quantity unit_cost_minor reason order_id created_at user",
    "payments": "order_id kind method amount_minor tendered_minor change_minor reference created_at user till_session_id",
    "shipments": "order_id carrier tracking_number shipped_at delivered_at",
    "audit_entries": "order_id action from_status to_status detail user at",
}


def _inserts(mark: str) -> dict[str, str]:
    sql = {}
    for table, cols in COLUMNS.items():
        names = cols.split()
        quoted = ", ".join(f'"{n}"' for n in names)
        sql[table] = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join([mark] * len(names))})"
    return sql


_INSERTS = {"?": _inserts("?"), "%s": _inserts("%s")}


class Sink(Protocol):
    """Where a RowWriter's statements go: the open transaction's connection, or a load process."""

    sqlite: bool

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def one(self, sql: str, params: Sequence[Any] = ()) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...


class ConnectionSink:
    """Statements run at once in the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.exec_driver_sql(sql, list(rows))

    def one(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._run(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._run(sql, params)]

    def _run(self, sql: str, params: Sequence[Any]) -> Any:
        if not params and not self.sqlite:
            # psycopg reads % as a placeholder even with no parameters: a LIKE pattern's % is doubled.
            sql = sql.replace("%", "%%")
        return self.conn.exec_driver_sql(sql, tuple(params))


class RowWriter:
    """Bulk INSERTs through the driver, with the placeholders and timestamp format of the backend."""

    def __init__(self, target: Connection | Sink) -> None:
        self.sink: Sink = ConnectionSink(target) if isinstance(target, Connection) else target
        self.sqlite = self.sink.sqlite
        self.mark = "?" if self.sqlite else "%s"
        self.sql = _INSERTS[self.mark]
        self._ts: dict[datetime, Any] = {}

    def ts(self, when: datetime | None) -> Any:
        if when is None:
            return None
        # An order's story repeats its times (the order, its lines' history, its payment): convert each once.
        found = self._ts.get(when)
        if found is None:
            if len(self._ts) > 50_000:
                self._ts.clear()
            naive = when.astimezone(UTC).replace(tzinfo=None)
            # SQLAlchemy's SQLite DateTime keeps this exact text form, and SQLite compares it as text.
            found = self._ts[when] = naive.isoformat(" ", "microseconds") if self.sqlite else naive
        return found

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        if rows:
            self.sink.many(self.sql[table], rows)

    def execute_many(self, sql: str, rows: Sequence[Row]) -> None:
        """Any statement for each of `rows`, with this backend's placeholder (`mark`) in `sql`."""
        if rows:
            self.sink.many(sql, rows)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.sink.one(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.sink.query(sql, params)

    def next_id(self, table: str) -> int:
        """An id for one new row of `table`: the table's own sequence on PostgreSQL, so that tills adding
        rows at once get different ids; on SQLite the transaction holds the write lock, so max + 1."""
        if self.sqlite:
            found = self.query(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
        else:
            found = self.query(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")
        return int(found[0][0] or 1)

    def sync_id_sequences(self, *tables: str) -> None:
        """After explicit ids on PostgreSQL, move each table's id sequence past them (SQLite needs nothing)."""
        if self.sqlite:
            return
        for table in tables:
            self.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table}"
            )
