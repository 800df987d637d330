"""Self-test of tests/support/postgres.py: a real PostgreSQL server starts, serves and stops."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from tests.support.postgres import start_postgres

pytestmark = pytest.mark.postgres


def test_server_starts_creates_databases_and_stops(tmp_path: Path) -> None:
    server = start_postgres(tmp_path / "pg")
    try:
        server.create_database("oms_selftest")
        engine = create_engine(server.url("oms_selftest"))
        with engine.begin() as conn:
            assert conn.execute(text("select 1")).scalar_one() == 1
            version = conn.execute(text("show server_version")).scalar_one()
            assert int(version.split(".")[0]) >= 13
            assert conn.execute(text("show server_encoding")).scalar_one() == "UTF8"
            conn.execute(text("create table probe (id int primary key, name text)"))
            conn.execute(text("insert into probe values (1, '订单 Ünïcode')"))
        engine.dispose()  # a template can only be copied while nobody is connected to it

        server.create_database("oms_copy", template="oms_selftest")
        copy = create_engine(server.url("oms_copy"))
        with copy.connect() as conn:
            assert conn.execute(text("select name from probe")).scalar_one() == "订单 Ünïcode"
            assert conn.execute(text("select current_user")).scalar_one() == "postgres"

        server.drop_database("oms_copy")  # drops although `copy` still holds a pooled connection
        copy.dispose()
        with server.connect() as conn:
            names = {row[0] for row in conn.execute("select datname from pg_database")}
        assert "oms_selftest" in names
        assert "oms_copy" not in names
    finally:
        server.stop()

    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(
            host=server.host, port=server.port, user="postgres", dbname="postgres", connect_timeout=3
        )
    server.stop()  # idempotent
