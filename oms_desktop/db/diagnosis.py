"""True diagnoses for a database that cannot be opened or written: a full disk, a read-only file or folder,
a folder where a file should be, a server that does not answer. Only a file SQLite itself finds corrupt is
called damaged, so that nobody restores a backup over a healthy shop."""

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from oms_desktop.domain.errors import DatabaseRefused, DomainError
from oms_desktop.redaction import redact

_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def diagnose(exc: BaseException, path: Path | None) -> DomainError | None:
    """The refusal to show for `exc` met while opening or writing the database at `path` (None for a server
    database); None when it is none of the known cases."""
    original: BaseException = (exc.orig or exc) if isinstance(exc, DBAPIError) else exc
    where = str(path) if path is not None else "the database"
    if isinstance(original, OSError):
        return _os_error(original, where, path)
    if isinstance(original, sqlite3.Error):
        text = str(original).lower()
        if "disk is full" in text:
            return DatabaseRefused("disk_full", path=where)
        if (
            "readonly" in text
            or "read-only" in text
            or "unable to open" in text
            or "access permission" in text
        ):
            return DatabaseRefused("database_read_only", path=where, detail=_one_line(original))
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return DatabaseRefused("database_damaged", path=where, detail=_one_line(original))
        return None
    if path is None and _is_connection_failure(original):
        return DatabaseRefused("server_unreachable", detail=_one_line(original))
    return None


def _is_connection_failure(exc: BaseException) -> bool:
    # psycopg's OperationalError: the server, its port, the login or the database name (psycopg is not
    # imported for it: a SQLite shop never loads it).
    return any(
        c.__name__ == "OperationalError" and c.__module__.startswith("psycopg") for c in type(exc).__mro__
    )


def _os_error(exc: OSError, where: str, path: Path | None) -> DomainError:
    if exc.errno in _FULL:
        return DatabaseRefused("disk_full", path=where)
    if exc.errno in _READ_ONLY:
        return DatabaseRefused("database_read_only", path=where, detail=_one_line(exc))
    if exc.errno == errno.EISDIR or (path is not None and path.is_dir()):
        return DatabaseRefused("database_is_folder", path=where)
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) and path is not None:
        folder = next((p for p in path.parents if p.exists()), path.parent)
        if not folder.is_dir():
            return DatabaseRefused("data_folder_is_file", path=str(folder))
    return DatabaseRefused("database_unusable", path=where, detail=_one_line(exc))


def _one_line(exc: BaseException) -> str:
    """The first line of a driver's message, secrets removed."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return redact(lines[0] if lines else type(exc).__name__)[:200]


def writable_problem(path: Path) -> DomainError | None:
    """Why SQLite could not write at `path` (an existing file, read-only, or its read-only folder)."""
    if path.exists() and not os.access(path, os.W_OK):
        return DatabaseRefused("database_read_only", path=str(path), detail="the file is read-only")
    if not os.access(path.parent, os.W_OK):
        return DatabaseRefused("database_read_only", path=str(path), detail="its folder is read-only")
    return None
