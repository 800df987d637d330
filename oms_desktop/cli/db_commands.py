"""db init | upgrade | check | backup | restore."""

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from oms_desktop.cli.context import Context
from oms_desktop.db import damage, pg_backup
from oms_desktop.db.backup import default_backup_name, online_backup, restore
from oms_desktop.db.engine import sqlite_path
from oms_desktop.db.migrate import current_revision, head_revision
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.permissions import Permission
from oms_desktop.redaction import redact
from oms_desktop.services import access, health, users


def add(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="create, migrate, check, back up and restore the database")
    dbs = db.add_subparsers(dest="db_command", required=True)
    dbs.add_parser("init", help="create the database (or migrate it) and stop").set_defaults(func=init)
    dbs.add_parser("upgrade", help="migrate the database to this version").set_defaults(func=init)
    ck = dbs.add_parser("check", help="integrity check and stock ledger invariants")
    ck.add_argument(
        "--quick", action="store_true", help="SQLite's quick check only (for scripts; seconds, not minutes)"
    )
    ck.set_defaults(func=check)
    b = dbs.add_parser(
        "backup", help="a consistent copy while the app runs (PostgreSQL: pg_dump's custom format)"
    )
    b.add_argument("--to", type=Path, help="backup file, or a folder for it (default: the backups folder)")
    b.add_argument("--force", action="store_true", help="replace the --to file if it exists")
    b.set_defaults(func=backup)
    r = dbs.add_parser("restore", help="replace the database with a checked backup")
    r.add_argument("file", type=Path)
    r.add_argument(
        "--force",
        action="store_true",
        help="restore even while another till has the database open (or is connected to it)",
    )
    r.set_defaults(func=do_restore)


def init(ctx: Context) -> int:
    ctx.empty_ok = True
    revision = current_revision(ctx.uow.engine)
    ctx.show({"database": redact(ctx.config.db_url), "schema": revision, "latest": head_revision()})
    return 0


def check(ctx: Context) -> int:
    problems = health.check(ctx.uow, quick=ctx.args.quick)
    path = sqlite_path(ctx.config.db_url)
    if path is not None:
        damaged = [p for p in problems if p.kind == "integrity"]
        if damaged:
            damage.mark(path, str(damaged[0]))
        elif not ctx.args.quick:  # only the full check vouches for a file found damaged before
            damage.clear(path)
    if ctx.json:
        ctx.show({"ok": not problems, "problems": [str(p) for p in problems]})
    elif problems:
        for p in problems:
            print(p)
    else:
        if ctx.args.quick:
            print("ok: quick check passed (run db check without --quick for the ledger's promises too)")
        else:
            print("ok: integrity check passed; on hand equals the ledger; reservations match open orders")
    return 1 if problems else 0


def _live_file(ctx: Context) -> Path | None:
    """The SQLite file, or None for a PostgreSQL database; any other database cannot be backed up."""
    path = sqlite_path(ctx.config.db_url)
    if path is None and not _is_postgres(ctx):
        raise DomainError("backup_needs_sqlite")
    return path


def _is_postgres(ctx: Context) -> bool:
    return make_url(ctx.config.db_url).get_backend_name() == "postgresql"


def backup(ctx: Context) -> int:
    path = _live_file(ctx)
    ctx.uow  # noqa: B018 - opening checks the file and migrates it first
    if path is None:
        database = make_url(ctx.config.db_url).database or ""
        target = ctx.args.to or pg_backup.default_backup_name(database, ctx.config.backup_dir)
        if target.is_dir():
            target = pg_backup.default_backup_name(database, target)
    else:
        target = ctx.args.to or default_backup_name(path, ctx.config.backup_dir)
        if target.is_dir():
            target = default_backup_name(path, target)
    if target.exists() and not target.is_file():
        # A backup takes its name by a rename: over /dev/full or a pipe, that would replace the device.
        raise DomainError("backup_target_unwritable", path=str(target), detail="it is not a regular file")
    if target.exists() and not ctx.args.force:
        raise DomainError("backup_exists", path=str(target))
    if path is not None and target.resolve() == path.resolve():
        raise DomainError("backup_onto_itself", path=str(target))
    if users.any_users(ctx.uow):  # a shop without users: nobody to ask, and the file stays as it was
        access.authorize(ctx.uow, Permission.BACKUP_RESTORE, "backup", detail=str(target)[:500])
    if path is None:
        pg_backup.backup(ctx.config.db_url, target)
    else:
        online_backup(path, target)
    ctx.show({"backup": str(target), "bytes": target.stat().st_size})
    return 0


def do_restore(ctx: Context) -> int:
    path = _live_file(ctx)
    _authorize_restore(ctx)
    if path is None:
        ctx.close()  # our own session would count as another till's
        safety = pg_backup.restore(
            ctx.args.file, ctx.config.db_url, ctx.config.backup_dir, force=ctx.args.force
        )
        into = redact(ctx.config.db_url)
    else:
        safety = restore(ctx.args.file, path, ctx.config.backup_dir, force=ctx.args.force)
        into = str(path)
    ctx.show({"restored": str(ctx.args.file), "into": into, "previous_copy": str(safety) if safety else ""})
    return 0


def _authorize_restore(ctx: Context) -> None:
    """An owner restores, once the shop has users; the row is kept in the copy of the replaced file. A live
    file that cannot be opened has no one to ask (and nothing left to protect but what restore keeps)."""
    try:
        uow = ctx.uow
        if not users.any_users(uow):
            return
    except DomainError:
        return
    access.authorize(uow, Permission.BACKUP_RESTORE, "restore", detail=str(ctx.args.file)[:500])
    ctx.close()  # our own connection would count as the file being open elsewhere
