"""Backups of a PostgreSQL shop with pg_dump (custom format), and a restore that replaces it in one
transaction.

A dump takes its name only once it has been read back whole and found to be one of ours; a restore refuses
a damaged or foreign dump, and refuses while other sessions (windows, tills) are connected unless forced,
since they would hand out order numbers the restored database hands out again. The password is never put
on a command line (where every user of the computer can read it in the process list): the child gets it in
PGPASSWORD, or finds it where libpq looks by itself (PGPASSWORD, PGPASSFILE, ~/.pgpass).
"""

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from oms_desktop.db.diagnosis import diagnose
from oms_desktop.db.engine import make_engine
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.private_files import make_private, private_folder
from oms_desktop.redaction import redact

DUMP_MAGIC = b"PGDMP"  # the first bytes of every pg_dump custom-format archive
DUMP_SUFFIX = ".dump"
# A restore waits this long for a lock a forced restore's other sessions hold, then gives up whole.
LOCK_WAIT = "30s"
_TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (?P<schema>\S+) (?P<name>\S+) ")


@dataclass(frozen=True)
class Connection:
    """How the PostgreSQL client programs reach the database: the libpq keywords without the password
    (for the command line) and the environment that carries the password."""

    conninfo: str
    env: dict[str, str]
    database: str


def connection(url: str | URL) -> Connection:
    u = make_url(url)
    keywords: dict[str, str] = {}
    if u.host:
        keywords["host"] = u.host
    if u.port:
        keywords["port"] = str(u.port)
    if u.username:
        keywords["user"] = u.username
    if u.database:
        keywords["dbname"] = u.database
    password = u.password
    for key, value in u.query.items():
        joined = ",".join(value) if isinstance(value, tuple) else str(value)
        if key == "password":
            password = joined
        else:
            keywords[key] = joined
    env = dict(os.environ)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    env["PGAPPNAME"] = "oms-desktop backup"
    if password is not None:
        env["PGPASSWORD"] = str(password)
    conninfo = " ".join(f"{key}={_quote(value)}" for key, value in keywords.items())
    return Connection(conninfo, env, u.database or "")


def _quote(value: str) -> str:
    """A libpq keyword value, quoted so that spaces and quotes in it cannot start another keyword."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise DatabaseRefused("pg_tool_missing", tool=name)
    return found


def default_backup_name(database: str, folder: Path, kind: str = "") -> Path:
    """`<database>-<stamp><kind>.dump` in `folder` (the name made safe for any file system)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", database) or "oms"
    return folder / f"{safe}-{stamp}{kind}{DUMP_SUFFIX}"


# --- backing up


def backup(url: str | URL, target: Path) -> Path:
    """pg_dump the database into `target`; the dump takes its name only once read back whole and found to be
    an OMS Desktop database, and nothing partial is left behind."""
    conn = connection(url)
    pg_dump = tool("pg_dump")
    tool("pg_restore")  # needed for the check: say so before the dump, not after it
    private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        result = _run(
            [pg_dump, "--format=custom", "--no-password", f"--file={partial}", f"--dbname={conn.conninfo}"],
            conn,
        )
        if result.returncode != 0:
            raise DatabaseRefused("pg_dump_failed", detail=_first_error(result.stderr))
        make_private(partial)
        try:
            read_dump(partial)
        except DatabaseRefused as refused:
            raise DatabaseRefused(
                "pg_dump_failed", detail=f"the dump did not read back: {refused}"[:300]
            ) from None
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


# --- reading a dump back


@dataclass(frozen=True)
class DumpContents:
    revision: str
    tables: frozenset[str]


def read_dump(path: Path) -> DumpContents:
    """Check that `path` is a whole pg_dump archive of an OMS Desktop database and return its schema
    revision. The table of contents comes first in the file and survives a truncation of the data after it,
    so every data block is read too (into nothing)."""
    from oms_desktop.db.migrate import known_revision  # avoid an import cycle at module load

    pg_restore = tool("pg_restore")
    where = str(path)
    try:
        with path.open("rb") as f:
            head = f.read(len(DUMP_MAGIC))
    except OSError as exc:
        raise DatabaseRefused("backup_unreadable", path=where, detail=_one_line(str(exc))) from None
    if head != DUMP_MAGIC:
        raise DatabaseRefused("backup_not_ours", path=where)
    listing = _run([pg_restore, "--list", str(path)], None)
    if listing.returncode != 0:
        raise DatabaseRefused("backup_damaged", path=where, detail=_first_error(listing.stderr))
    tables = _tables(listing.stdout)
    if "alembic_version" not in tables or not tables <= known_tables():
        raise DatabaseRefused("backup_not_ours", path=where)
    whole = _run([pg_restore, f"--file={os.devnull}", str(path)], None)
    if whole.returncode != 0:
        raise DatabaseRefused("backup_damaged", path=where, detail=_first_error(whole.stderr))
    revision = _revision(pg_restore, path)
    if revision is None:
        raise DatabaseRefused("backup_not_ours", path=where)
    if not known_revision(revision):
        raise DatabaseRefused("database_newer", path=where, revision=revision)
    return DumpContents(revision, frozenset(tables))


def _tables(listing: str) -> set[str]:
    found = set()
    for line in listing.splitlines():
        m = _TOC_TABLE.match(line)
        if m is not None and m["schema"] == "public":
            found.add(m["name"])
    return found


def _revision(pg_restore: str, path: Path) -> str | None:
    """The schema revision in the dump's alembic_version rows (its COPY block, as pg_restore writes it)."""
    result = _run([pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(path)], None)
    lines = result.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            value = lines[i + 1].strip()
            return value if value and value != "\\." else None
    return None


def known_tables() -> set[str]:
    """Every table this version of the program makes (a dump or a database may hold fewer: an older one)."""
    from oms_desktop.domain import Base

    return {*Base.metadata.tables, "alembic_version"}


# --- restoring


def other_sessions(url: str | URL) -> int:
    """How many sessions other than this one are connected to the database (windows, tills, psql...)."""
    engine = make_engine(url, poolclass=NullPool)
    try:
        with _said(), engine.connect() as c:
            return int(
                c.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                    )
                ).scalar_one()
            )
    finally:
        engine.dispose()


def _holds_our_schema(url: str | URL) -> bool:
    engine = make_engine(url, poolclass=NullPool)
    try:
        with _said(), engine.connect() as c:
            return bool(c.execute(text("SELECT to_regclass('public.alembic_version') IS NOT NULL")).scalar())
    finally:
        engine.dispose()


def restore(dump: Path, url: str | URL, safety_folder: Path, *, force: bool = False) -> Path | None:
    """Replace the database's tables with those of `dump`, in one transaction, after checking the dump; a
    dump of the replaced database is kept first. Refused while other sessions are connected, unless
    `force`. Tables that are not this program's are left alone.

    Returns the safety dump of the replaced database (None when it held no shop).
    """
    if not dump.exists():
        raise DatabaseRefused("backup_missing", path=str(dump))
    conn = connection(url)
    psql, pg_restore = tool("psql"), tool("pg_restore")
    tool("pg_dump")
    contents = read_dump(dump)
    if not force:
        count = other_sessions(url)
        if count:
            raise DatabaseRefused("restore_while_connected", database=conn.database, count=count)
    safety = None
    if _holds_our_schema(url):
        safety = backup(url, default_backup_name(conn.database, safety_folder, ".before-restore"))
    ours = sorted(known_tables() | contents.tables)
    preamble = (
        "BEGIN;\n"
        f"SET lock_timeout = '{LOCK_WAIT}';\n"
        f"DROP TABLE IF EXISTS {', '.join(f'public.{_ident(t)}' for t in ours)} CASCADE;\n"
    )
    with _scratch() as psql_err, _scratch() as restore_err:
        client = subprocess.Popen(
            [psql, "-X", "-q", "-w", "-v", "ON_ERROR_STOP=1", f"--dbname={conn.conninfo}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=psql_err,
            env=conn.env,
        )
        assert client.stdin is not None
        script = subprocess.Popen(
            [pg_restore, "--no-owner", "--no-privileges", "--file=-", str(dump)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=restore_err,
            env=conn.env,
        )
        assert script.stdout is not None
        try:
            client.stdin.write(preamble.encode())
            shutil.copyfileobj(script.stdout, client.stdin)
            script_code = script.wait()
            # Only a script read whole is committed; otherwise psql ends with the transaction open, and the
            # server rolls it back.
            if script_code == 0:
                client.stdin.write(b"COMMIT;\n")
        except BrokenPipeError:  # psql stopped at an error (ON_ERROR_STOP): its message says which
            script.kill()
            script_code = script.wait()
        finally:
            with contextlib.suppress(BrokenPipeError):
                client.stdin.close()
            client_code = client.wait()
        if client_code != 0 or script_code != 0:
            failed = psql_err if client_code != 0 else restore_err
            failed.seek(0)
            raise DatabaseRefused(
                "pg_restore_failed", detail=_first_error(failed.read().decode("utf-8", "replace"))
            )
    return safety


@contextlib.contextmanager
def _said() -> Iterator[None]:
    """A server that cannot be reached (or refuses the login) is said in one line, as when opening."""
    try:
        yield
    except DBAPIError as exc:
        refusal = diagnose(exc, None)
        if refusal is None:
            raise
        raise refusal from None


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextlib.contextmanager
def _scratch() -> Iterator[IO[bytes]]:
    with tempfile.TemporaryFile() as f:
        yield f


# --- running the client programs


def _run(args: list[str], conn: Connection | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
        env=conn.env if conn is not None else None,
        check=False,
    )


def _first_error(stderr: str) -> str:
    """The line that says what went wrong (libpq's errors come prefixed with the program's name)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "fatal" in line.lower()]
    return _one_line((errors or lines or ["no message"])[0])


def _one_line(message: str) -> str:
    return redact(" ".join(message.split()))[:300]
