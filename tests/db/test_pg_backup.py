"""db backup and db restore of a PostgreSQL shop (pg_dump's custom format), on the real server the fixture
starts: a backup is read back whole and found to be ours before it takes its name, nothing partial is left,
--to never overwrites without --force; a restore gives back exactly the data of the backup, refuses a
damaged, foreign or newer dump and refuses while other sessions are connected unless forced, leaving the
data as it was; and the password is never on a command line, in the output or in the log."""

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from oms_desktop.cli import main
from oms_desktop.db import pg_backup
from tests.support.postgres import PostgresServer

pytestmark = pytest.mark.postgres


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pg_state(url: str) -> tuple[Any, ...]:
    """Every row of every table, in an order that does not depend on how the rows were written."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as c:
            tables = sorted(inspect(c).get_table_names())
            return tuple(
                (t, tuple(sorted((tuple(r) for r in c.execute(text(f'SELECT * FROM "{t}"'))), key=repr)))
                for t in tables
            )
    finally:
        engine.dispose()


@pytest.fixture
def shop(pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The global options of a small PostgreSQL shop with products, customers and orders."""
    options = ["--db", pg_url, "--data-dir", str(tmp_path / "data")]
    code, _, err = run(capsys, *options, "demo", "--orders", "30", "--products", "12", "--customers", "6")
    assert code == 0, err
    return options


def _sell(capsys: pytest.CaptureFixture[str], shop: list[str]) -> None:
    assert run(capsys, *shop, "product", "add", "--sku", "NEW-1", "--name", "New", "--price", "2.50")[0] == 0
    assert run(capsys, *shop, "stock", "receive", "NEW-1", "5")[0] == 0
    code, _, err = run(capsys, *shop, "order", "create", "--walk-in", "--line", "NEW-1:2", "--pay", "cash")
    assert code == 0, err


def test_backup_then_restore_gives_back_the_same_data(
    shop: list[str], pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "shop.dump"
    code, out, err = run(capsys, *shop, "db", "backup", "--to", str(dump))
    assert code == 0, err
    assert f"backup: {dump}" in out and dump.read_bytes().startswith(b"PGDMP")
    assert not list(tmp_path.glob("*.partial"))
    at_backup = pg_state(pg_url)

    _sell(capsys, shop)
    assert pg_state(pg_url) != at_backup

    code, out, err = run(capsys, *shop, "db", "restore", str(dump))
    assert code == 0, err
    assert pg_state(pg_url) == at_backup
    previous = Path(out.split("previous_copy: ")[1].strip())
    assert previous.name.endswith(".before-restore.dump")
    assert pg_backup.read_dump(previous).revision  # the replaced shop was kept, and it reads back whole
    code, out, _ = run(capsys, *shop, "db", "check")
    assert code == 0 and out.startswith("ok")
    # The restored shop goes on: its next order number follows the restored orders, none is given twice.
    _sell(capsys, shop)
    assert run(capsys, *shop, "db", "check")[0] == 0


def test_restore_refuses_while_another_session_is_connected_unless_forced(
    shop: list[str], pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "shop.dump"
    assert run(capsys, *shop, "db", "backup", "--to", str(dump))[0] == 0
    _sell(capsys, shop)
    after_sale = pg_state(pg_url)
    u = make_url(pg_url)
    till = psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database, autocommit=True)
    try:
        till.execute("SELECT count(*) FROM orders").fetchone()
        code, _, err = run(capsys, *shop, "db", "restore", str(dump))
        assert code == 1
        assert err.count("\n") == 1 and "1 other sessions are connected to" in err and "--force" in err
        assert pg_state(pg_url) == after_sale

        code, _, err = run(capsys, *shop, "db", "restore", str(dump), "--force")
        assert code == 0, err
        assert pg_state(pg_url) != after_sale
    finally:
        till.close()
    code, _, err = run(capsys, *shop, "db", "restore", str(dump))  # nobody else connected now
    assert code == 0, err


def _dump_of(server: PostgresServer, database: str, target: Path) -> Path:
    subprocess.run(
        [
            *("pg_dump", "--format=custom", f"--file={target}"),
            *("-h", server.host, "-p", str(server.port), "-U", server.user, database),
        ],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def other_database(pg_server: PostgresServer) -> Iterator[str]:
    name = f"t_other_{uuid.uuid4().hex[:8]}"
    pg_server.create_database(name)
    yield name
    pg_server.drop_database(name)


def test_a_damaged_foreign_or_newer_dump_is_refused_and_the_data_stays(
    shop: list[str],
    pg_url: str,
    pg_server: PostgresServer,
    other_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = tmp_path / "good.dump"
    assert run(capsys, *shop, "db", "backup", "--to", str(good))[0] == 0
    before = pg_state(pg_url)

    # Cut where the table of contents is still whole: pg_restore --list still reads it, the data does not.
    # Where that is depends on the dump's layout, so the cut is searched for from the end.
    truncated = tmp_path / "truncated.dump"
    whole = good.read_bytes()
    for keep in range(len(whole) - 64, len(whole) // 4, -max(len(whole) // 50, 64)):
        truncated.write_bytes(whole[:keep])
        if subprocess.run(["pg_restore", "--list", str(truncated)], capture_output=True).returncode == 0:
            break
    else:
        pytest.fail("no cut of the dump keeps its table of contents readable")
    head_only = tmp_path / "head.dump"
    head_only.write_bytes(good.read_bytes()[:4000])

    with pg_server.connect(other_database) as conn:
        conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
        conn.execute("INSERT INTO notes (body) VALUES ('not a shop')")
    foreign = _dump_of(pg_server, other_database, tmp_path / "foreign.dump")
    with pg_server.connect(other_database) as conn:
        conn.execute("DROP TABLE notes")
        conn.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('ffffffffffff')")
    newer = _dump_of(pg_server, other_database, tmp_path / "newer.dump")
    text_file = tmp_path / "notes.dump"
    text_file.write_text("just some text\n")
    sqlite_backup = tmp_path / "shop.sqlite3"
    assert run(capsys, "--db", str(sqlite_backup), "db", "init")[0] == 0

    for dump, said in [
        (truncated, "is damaged"),
        (head_only, "is damaged"),
        (foreign, "not an OMS Desktop backup"),
        (newer, "newer OMS Desktop"),
        (text_file, "not an OMS Desktop backup"),
        (sqlite_backup, "not an OMS Desktop backup"),
        (tmp_path / "missing.dump", "does not exist"),
    ]:
        code, _, err = run(capsys, *shop, "db", "restore", str(dump), "--force")
        assert code == 1 and said in err and err.count("\n") == 1, (dump.name, err)
        assert "Traceback" not in err
        assert pg_state(pg_url) == before, dump.name
    assert not list((tmp_path / "data").rglob("*.before-restore.dump"))  # refused before anything was done


def test_a_backup_never_overwrites_without_force_and_leaves_nothing_partial(
    shop: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mine.dump"
    target.write_text("my own file")
    code, _, err = run(capsys, *shop, "db", "backup", "--to", str(target))
    assert code == 1 and "already exists" in err and "--force" in err
    assert target.read_text() == "my own file"
    assert run(capsys, *shop, "db", "backup", "--to", str(target), "--force")[0] == 0
    assert pg_backup.read_dump(target).revision
    folder = tmp_path / "usb"
    folder.mkdir()
    assert run(capsys, *shop, "db", "backup", "--to", str(folder))[0] == 0
    assert [p.suffix for p in folder.iterdir()] == [".dump"]

    # A pg_dump that writes half a file and fails: no backup, and no partial file either.
    fake = tmp_path / "bin"
    fake.mkdir()
    script = fake / "pg_dump"
    script.write_text(
        '#!/bin/sh\nfor a in "$@"; do case "$a" in --file=*) echo half > "${a#--file=}";; esac; done\n'
        'echo "pg_dump: error: query failed: could not write" >&2\nexit 1\n'
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    failed = tmp_path / "failed.dump"
    code, _, err = run(capsys, *shop, "db", "backup", "--to", str(failed))
    assert code == 1 and "pg_dump could not back up the database" in err and "no backup was written" in err
    assert not failed.exists() and not list(tmp_path.glob("*.partial"))


def test_without_pg_dump_one_line_says_so(
    shop: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dump = tmp_path / "shop.dump"
    assert run(capsys, *shop, "db", "backup", "--to", str(dump))[0] == 0
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    code, _, err = run(capsys, *shop, "db", "backup", "--to", str(tmp_path / "b.dump"))
    assert code == 1 and err.count("\n") == 1
    assert "pg_dump is not installed" in err and "postgresql-client" in err
    code, _, err = run(capsys, *shop, "db", "restore", str(dump))
    assert code == 1 and err.count("\n") == 1 and "is not installed" in err
    assert not (tmp_path / "b.dump").exists()


@pytest.fixture
def keeper_url(pg_server: PostgresServer, pg_url: str) -> Iterator[tuple[str, str]]:
    """The shop's URL for a role that must give its password (scram-sha-256, not the fixture's trust)."""
    role, password = f"keeper_{uuid.uuid4().hex[:8]}", f"Pw-{uuid.uuid4().hex}"
    with pg_server.connect() as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
    hba = pg_server.data_dir / "pg_hba.conf"
    before = hba.read_text()
    with hba.open("r+") as f:  # written in place: the file stays the server's
        f.write(f"host all {role} {pg_server.host}/32 scram-sha-256\n{before}")
    with pg_server.connect() as conn:
        conn.execute("SELECT pg_reload_conf()")
    url = make_url(pg_url).set(username=role, password=password)
    try:
        yield url.render_as_string(hide_password=False), password
    finally:
        with hba.open("w") as f:
            f.write(before)
        with pg_server.connect() as conn:
            conn.execute("SELECT pg_reload_conf()")


def test_the_password_is_never_on_a_command_line_in_the_output_or_in_the_log(
    shop: list[str],
    keeper_url: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, password = keeper_url
    wrong = url.replace(password, "wrong-guess")
    code, _, err = run(capsys, "--db", wrong, "--data-dir", str(tmp_path / "data"), "db", "backup")
    assert code == 1 and "password authentication failed" in err and "wrong-guess" not in err

    command_lines: list[str] = []
    real_popen = subprocess.Popen

    class Watched(real_popen):  # type: ignore[misc, valid-type]
        def __init__(self, args: Any, *rest: Any, **options: Any) -> None:
            command_lines.append(" ".join(map(str, args)))
            super().__init__(args, *rest, **options)

    monkeypatch.setattr(subprocess, "Popen", Watched)
    options = ["--db", url, "--data-dir", str(tmp_path / "data")]
    dump = tmp_path / "shop.dump"
    code, out, err = run(capsys, *options, "db", "backup", "--to", str(dump))
    assert code == 0, err
    code, out2, err2 = run(capsys, *options, "db", "restore", str(dump))
    assert code == 0, err2
    assert any("pg_dump" in c for c in command_lines) and any("psql" in c for c in command_lines)
    assert not [c for c in command_lines if password in c]
    assert password not in out + err + out2 + err2
    for written in (tmp_path / "data").rglob("*"):
        if written.is_file() and not written.name.endswith(".dump"):
            assert password.encode() not in written.read_bytes(), written
