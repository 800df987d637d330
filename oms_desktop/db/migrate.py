"""Open a database safely: refuse foreign, corrupt or newer files; back up; migrate to head."""

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from oms_desktop.db.backup import online_backup
from oms_desktop.db.diagnosis import diagnose
from oms_desktop.db.engine import make_engine, sqlite_path
from oms_desktop.domain.errors import DatabaseRefused, DomainError
from oms_desktop.redaction import redact

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
log = logging.getLogger(__name__)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """What Alembic compares with the models: not the text-search tables (made by migration 0003)."""
    return not (type_ == "table" and name is not None and "_fts" in name)


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_sqlite_file(path: Path, *, empty_ok: bool = False) -> str | None:
    """Refuse a file that is not an OMS Desktop database; return its revision (None for a new file). An
    empty (0-byte) file is refused unless `empty_ok` (db init): it is more likely a lost shop than a new one."""
    if path.is_dir():
        raise DatabaseRefused("database_is_folder", path=str(path))
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        if empty_ok:
            return None
        raise DatabaseRefused("database_empty_file", path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseRefused("not_a_database", path=str(path))
    beside = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in beside if not p.exists()]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            # Reading the schema finds a wrecked header or first pages at once; a full integrity check reads
            # every page (seconds on a big file), so it is left to `db check`.
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        remove_empty_companions(absent)
        raise (
            diagnose(exc, path) or DatabaseRefused("database_damaged", path=str(path), detail=str(exc))
        ) from None
    foreign = bool(tables) and revision is None
    newer = revision is not None and not known_revision(revision)
    if foreign or newer:
        remove_empty_companions(absent)  # a refused file is left as it was found
    if foreign:
        raise DatabaseRefused("foreign_sqlite_file", path=str(path))
    if newer:
        raise DatabaseRefused("database_newer", path=str(path), revision=str(revision))
    return revision


def read_only_companions(path: Path | None) -> list[Path]:
    """The -wal/-shm that reading the read-only shop file at `path` will leave beside it and that are not
    there yet (SQLite, reading without the right to write, cannot remove them when done): to be removed by
    `remove_empty_companions` once the engine is disposed, so that looking at a shop leaves no trace."""
    try:
        if path is None or not path.exists() or os.access(path, os.W_OK):
            return []
        return [p for p in (path.with_name(path.name + s) for s in ("-wal", "-shm")) if not p.exists()]
    except OSError:  # a name too long, a folder that is a file: opening it will say so
        return []


def remove_empty_companions(created: list[Path]) -> None:
    """A read-only look at a WAL-mode file leaves an empty -wal and an -shm that were not there: remove them,
    so that a refused file is left exactly as it was found."""
    wal = next((p for p in created if p.name.endswith("-wal")), None)
    if wal is not None and wal.exists() and wal.stat().st_size > 0:
        return  # something was written meanwhile (another till): not ours to remove
    for extra in created:
        extra.unlink(missing_ok=True)


def _require_known(revision: str, where: str) -> None:
    if not known_revision(revision):
        raise DatabaseRefused("database_newer", path=where, revision=revision)


def known_revision(revision: str) -> bool:
    """Whether `revision` is one of this program's migrations (not a newer program's, nor another's)."""
    return any(rev.revision == revision for rev in script().walk_revisions())


def open_database(
    url: str, *, backup_dir: Path | None = None, migrate: bool = True, empty_ok: bool = False
) -> Engine:
    """Check the database behind `url`, back it up if a migration is due, and migrate it to head. What goes
    wrong on the way is said as it is (a full disk, a read-only folder, a server that does not answer)."""
    try:
        path = sqlite_path(url)
    except (ArgumentError, NoSuchModuleError):
        raise DatabaseRefused("database_url_invalid", url=redact(url)[:200]) from None
    try:
        return _open(url, path, backup_dir, migrate, empty_ok)
    except DomainError:
        raise
    except (ArgumentError, NoSuchModuleError, ImportError):  # ImportError: a URL for a driver we lack
        raise DatabaseRefused("database_url_invalid", url=redact(url)[:200]) from None
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        found = diagnose(exc, path)
        if found is None:
            raise
        raise found from exc


def _open(url: str, path: Path | None, backup_dir: Path | None, migrate: bool, empty_ok: bool) -> Engine:
    revision = check_sqlite_file(path, empty_ok=empty_ok) if path is not None else None
    engine = make_engine(url)
    try:
        if path is None:
            revision = current_revision(engine)
            if revision is not None:
                _require_known(revision, "The database")
            elif inspect(engine).get_table_names():
                raise DatabaseRefused("foreign_tables")
        if migrate and revision != head_revision():
            if path is not None and revision is not None:
                _backup_before_migration(engine, path, revision, backup_dir or path.parent / "backups")
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to `revision` in one transaction. On SQLite the foreign keys are off while it runs (a
    batch rebuild of a table others point at drops and recreates it) and checked before it commits."""
    _migrate(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate back to `revision` (tests make old files this way), as `upgrade` does."""
    _migrate(engine, command.downgrade, revision)


def _migrate(engine: Engine, step: Callable[[Config, str], None], revision: str) -> None:
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            step(alembic_config(conn), revision)
        return
    with _foreign_keys_off(engine) as conn, conn.begin():
        step(alembic_config(conn), revision)
        _require_foreign_keys_hold(conn)


@contextmanager
def _foreign_keys_off(engine: Engine) -> Iterator[Connection]:
    # The pragma is a no-op inside a transaction: it is set on the driver's connection before BEGIN.
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            yield conn
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _require_foreign_keys_hold(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the migration would leave {len(broken)} rows pointing at nothing: {broken[:3]}")


def _backup_before_migration(engine: Engine, path: Path, revision: str, folder: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-before-upgrade-from-{revision}.sqlite3"
    online_backup(path, target)
    log.info("backed up %s to %s before migrating", path, target)
    return target
