"""The raw floor: the same work with plain sqlite3 and no ORM, so our layers' cost is a ratio to watch."""

import random
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from oms_desktop.bench.timing import Measure, measure
from oms_desktop.db.uow import day_number


def _today() -> date:
    """The shop's date today (this computer's zone)."""
    return datetime.now(UTC).astimezone().date()


def run(path: Path, log: Callable[[str], None], *, quick: bool = False) -> list[Measure]:
    """Counter sale, product search and the two reports, hand-written in SQL on a copy of the database."""
    rng = random.Random(7)
    runs = 30 if quick else 200
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    top = conn.execute("SELECT max(id) FROM products").fetchone()[0]
    barcodes = [
        r[0]
        for r in conn.execute(
            f"SELECT barcode FROM products WHERE id IN ({','.join(str(rng.randint(1, top)) for _ in range(runs * 3))})"
        )
    ]
    conn.execute("BEGIN")
    conn.executemany(
        "UPDATE stock_levels SET on_hand = on_hand + 50 WHERE product_id = (SELECT id FROM products WHERE barcode = ?)",
        [(b,) for b in barcodes],
    )
    conn.execute("COMMIT")
    results: list[Measure] = []

    def add(m: Measure) -> None:
        results.append(m)
        log(f"raw {m.name}: median {m.median_ms:.2f} ms, p95 {m.p95_ms:.2f} ms")

    add(
        measure(
            "product search: exact barcode",
            lambda i: conn.execute(
                "SELECT * FROM products WHERE barcode = ? OR sku = ?", (barcodes[i % len(barcodes)],) * 2
            ).fetchall(),
            runs=runs,
            budget_ms=None,
        )
    )
    add(
        measure(
            "product search: name fragment",
            lambda i: conn.execute(
                "SELECT p.* FROM products_fts f JOIN products p ON p.id = f.rowid WHERE products_fts MATCH ? LIMIT 20",
                ('"Oolong"',),
            ).fetchall(),
            runs=runs,
            budget_ms=None,
            note="one 6-letter fragment through the trigram index",
        )
    )
    next_number = [conn.execute("SELECT coalesce(max(id), 0) FROM orders").fetchone()[0] + 1]

    def counter_sale(i: int) -> None:
        codes = [barcodes[(3 * i + k) % len(barcodes)] for k in range(3)]
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        day = day_number(_today())
        conn.execute("BEGIN IMMEDIATE")
        products = conn.execute(
            "SELECT id, sku, name, price_minor, cost_minor, tax_rate_bp FROM products WHERE barcode IN (?, ?, ?)",
            codes,
        ).fetchall()
        levels = {
            r[0]: r
            for r in conn.execute(
                f"SELECT product_id, id, on_hand, reserved, version FROM stock_levels WHERE location_id = 1 "
                f"AND product_id IN ({','.join('?' * len(products))})",
                [p[0] for p in products],
            )
        }
        total = sum(p[3] + p[3] * p[5] // 10000 for p in products)
        number = f"RAW-{next_number[0]}"
        next_number[0] += 1
        cur = conn.execute(
            "INSERT INTO orders (number, channel, location_id, lifecycle, payment_state, fulfilment_state, status, "
            "subtotal_minor, discount_minor, tax_minor, total_minor, paid_minor, units, cost_minor, business_day, "
            "bill_to, ship_to, notes, created_at, updated_at, user) VALUES (?, 'counter', 1, 'completed', 'paid', "
            "'delivered', 'completed', ?, 0, 0, ?, ?, 3, 0, ?, '', '', '', ?, ?, 'bench')",
            (number, total, total, total, day, now, now),
        )
        oid = cur.lastrowid
        conn.executemany(
            "INSERT INTO order_lines (order_id, line_no, product_id, sku, name, quantity, unit_price_minor, "
            "unit_cost_minor, discount_minor, tax_rate_bp, tax_minor, total_minor, business_day, sold) "
            "VALUES (?, ?, ?, ?, ?, 1, ?, ?, 0, ?, 0, ?, ?, 1)",
            [(oid, n, p[0], p[1], p[2], p[3], p[4], p[5], p[3], day) for n, p in enumerate(products, 1)],
        )
        for p in products:
            level = levels[p[0]]
            changed = conn.execute(
                "UPDATE stock_levels SET on_hand = on_hand - 1, version = version + 1 WHERE id = ? AND version = ?",
                (level[1], level[4]),
            ).rowcount
            assert changed == 1
        conn.executemany(
            "INSERT INTO stock_movements (product_id, location_id, kind, quantity, reason, order_id, created_at, user) "
            "VALUES (?, 1, 'sale', -1, '', ?, ?, 'bench')",
            [(p[0], oid, now) for p in products],
        )
        conn.execute(
            "INSERT INTO payments (order_id, kind, method, amount_minor, change_minor, reference, created_at, user) "
            "VALUES (?, 'payment', 'cash', ?, 0, '', ?, 'bench')",
            (oid, total, now),
        )
        conn.execute(
            "INSERT INTO audit_entries (order_id, action, from_status, to_status, detail, user, at) "
            "VALUES (?, 'checkout', '', 'completed', '', 'bench', ?)",
            (oid, now),
        )
        conn.execute("COMMIT")

    add(
        measure(
            "counter sale: 3 scanned lines paid in cash, committed", counter_sale, runs=runs, budget_ms=None
        )
    )
    add(
        measure(
            "sales report by month over all orders",
            lambda i: conn.execute(
                "SELECT business_day / 100, count(*), sum(units), sum(total_minor - tax_minor), "
                "sum(tax_minor), sum(total_minor), sum(cost_minor) FROM orders "
                "WHERE business_day BETWEEN 0 AND 99999999 AND lifecycle IN ('open', 'completed') "
                "GROUP BY business_day / 100"
            ).fetchall(),
            runs=5,
            budget_ms=None,
        )
    )
    first, last = day_number(_today() - timedelta(days=365)), day_number(_today())
    add(
        measure(
            "top 10 products for a year",
            lambda i: conn.execute(
                "SELECT product_id, sum(total_minor) s FROM order_lines WHERE sold = 1 AND "
                "business_day BETWEEN ? AND ? GROUP BY product_id ORDER BY s DESC LIMIT 10",
                (first, last),
            ).fetchall(),
            runs=5,
            budget_ms=None,
        )
    )
    conn.close()
    return results
