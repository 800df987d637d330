"""A bulk load (the large demo) is all or nothing, whether a process of its own writes it (a SQLite file) or
the engine's transaction does (PostgreSQL)."""

import pytest
from sqlalchemy import text

from oms_desktop.db.bulk_load import bulk_load
from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DatabaseRefused


def _counters(uow: UnitOfWork) -> dict[str, int]:
    with uow.engine.connect() as conn:
        return {n: v for n, v in conn.execute(text("SELECT name, last_value FROM sequences"))}


def _insert(writer: RowWriter, rows: list[tuple[str, int]]) -> None:
    m = writer.mark
    writer.execute_many(f"INSERT INTO sequences (name, last_value) VALUES ({m}, {m})", rows)


def test_a_load_is_committed_whole_and_answers_questions_in_order(uow: UnitOfWork) -> None:
    before = _counters(uow)
    with bulk_load(uow.engine) as writer:
        _insert(writer, [(f"T-{i}", i) for i in range(5000)])
        # A question sees what was sent before it, in the same transaction.
        assert writer.query("SELECT count(*) FROM sequences WHERE name LIKE 'T-%'")[0][0] == 5000
        _insert(writer, [("LAST", 1)])
    after = _counters(uow)
    assert len(after) == len(before) + 5001 and after["T-4999"] == 4999


def test_a_refused_statement_rolls_the_whole_load_back(uow: UnitOfWork) -> None:
    before = _counters(uow)
    with pytest.raises(Exception) as refused, bulk_load(uow.engine) as writer:
        _insert(writer, [("A-1", 1), ("A-2", 2)])
        _insert(writer, [("A-1", 3)])  # the same name twice: refused by the primary key
        _insert(writer, [("A-3", 3)])
    assert "UNIQUE" in str(refused.value).upper() or "duplicate" in str(refused.value)
    assert _counters(uow) == before


def test_a_stopped_load_keeps_nothing_and_frees_the_database(uow: UnitOfWork) -> None:
    before = _counters(uow)
    with pytest.raises(KeyboardInterrupt), bulk_load(uow.engine) as writer:
        _insert(writer, [(f"S-{i}", i) for i in range(20000)])
        raise KeyboardInterrupt  # Ctrl-C half-way
    assert _counters(uow) == before
    with uow.engine.begin() as conn:  # the write lock was let go
        conn.execute(text("INSERT INTO sequences (name, last_value) VALUES ('AFTER', 1)"))
    assert _counters(uow)["AFTER"] == 1


def test_the_load_process_reports_its_refusal_by_name(sqlite_uow: UnitOfWork) -> None:
    with pytest.raises(DatabaseRefused, match="no such table"), bulk_load(sqlite_uow.engine) as writer:
        writer.execute("INSERT INTO no_such_table VALUES (1)")
