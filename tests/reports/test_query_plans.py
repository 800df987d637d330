"""Every report aggregates in SQL over indexes: no statement reads the big tables row by row."""

import sqlite3
from typing import Any

from sqlalchemy import event

from oms_desktop.db.engine import sqlite_path
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services.analytics.catalog import REPORTS, run_report
from tests.reports.shop import PERIOD, build_shop

BIG_TABLES = ("orders", "order_lines", "payments", "stock_movements")


def test_no_report_scans_a_big_table_without_an_index(sqlite_uow: UnitOfWork) -> None:
    uow = build_shop(sqlite_uow).uow
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    event.listen(uow.engine, "before_cursor_execute", capture)
    try:
        for name in REPORTS:
            run_report(name, uow, PERIOD)
    finally:
        event.remove(uow.engine, "before_cursor_execute", capture)
    path = sqlite_path(uow.engine.url)
    assert path is not None and len(statements) >= len(REPORTS)
    plans: list[str] = []
    with sqlite3.connect(path) as raw:
        for statement, params in statements:
            plans += [row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + statement, params)]
    scans = [p for p in plans if p.split()[:2] in (["SCAN", t] for t in BIG_TABLES) and "INDEX" not in p]
    assert scans == []
    # The sales sums read only the covering indexes, never the wide rows.
    assert any("COVERING INDEX ix_orders_sales" in p for p in plans)
    assert any("ix_order_lines_sales" in p for p in plans)
