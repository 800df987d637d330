"""A process of its own that writes one bulk load into a SQLite file, in one transaction.

The loader (the large demo) makes rows in Python while this process inserts the previous batch: SQLite
holds Python's lock between rows, so a thread could not overlap the two, a process can. Statements arrive in
order on a pipe; a statement that fails is kept and reported at the next question or at commit, and nothing
after it runs. Anything but a commit (a stop, the loader dying) rolls the whole load back.
"""

import contextlib
import marshal
import multiprocessing
import queue
import sqlite3
import sys
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

# Messages: ("many", sql, rows), ("one", sql, params), ("query", sql, params), ("commit",), ("rollback",)
Message = tuple[Any, ...]


# Fork where it is safe and cheap (Linux: the loader is the command-line demo, without Qt's threads); spawn
# elsewhere, which the bundle's entry point supports with freeze_support().
_START = "fork" if sys.platform.startswith("linux") else "spawn"


class LoadFailed(Exception):
    """The load process refused a statement; carries its kind and text."""


def _serve(path: str, pipe: Connection, loader_end: Connection) -> None:
    # The loader's end came along with the fork: closed here, so that when the loader dies (even by kill -9)
    # this end reads EOF and the load is rolled back, instead of waiting forever with the write lock.
    loader_end.close()
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    # WAL with NORMAL: a crash may lose the load, never damage the file; fsync only at checkpoints.
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA cache_size=-262144")
    db.execute("PRAGMA foreign_keys=ON")
    failed: str | None = None
    try:
        db.execute("BEGIN IMMEDIATE")
        pipe.send(("ok", None))
        while True:
            try:
                message = marshal.loads(pipe.recv_bytes())
            except EOFError:  # the loader is gone: roll back
                return
            kind = message[0]
            if kind in ("many", "one"):
                if failed is None:
                    try:
                        if kind == "many":
                            db.executemany(message[1], message[2])
                        else:
                            db.execute(message[1], message[2])
                    except sqlite3.Error as exc:
                        failed = f"{type(exc).__name__}: {exc}"
            elif kind == "query":
                if failed is None:
                    try:
                        pipe.send(("ok", db.execute(message[1], message[2]).fetchall()))
                    except sqlite3.Error as exc:
                        failed = f"{type(exc).__name__}: {exc}"
                if failed is not None:
                    pipe.send(("failed", failed))
            elif kind == "commit":
                if failed is None:
                    db.execute("COMMIT")
                    pipe.send(("ok", None))
                else:
                    pipe.send(("failed", failed))
                return
            else:
                return
    except sqlite3.Error as exc:
        pipe.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")
        db.close()


class LoadProcess:
    """The loader's end: start with `with`, send statements, `commit` at the end (else it rolls back).

    Statements are handed to a sending thread, which waits on the pipe while the load process works, so the
    loader goes on making rows meanwhile (a few messages ahead at most)."""

    sqlite = True

    def __init__(self, path: str) -> None:
        context: Any = multiprocessing.get_context(_START)  # typeshed lacks Process on the base context
        self._pipe, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(path, child, self._pipe), daemon=True)
        self._child = child
        self._outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._sender = threading.Thread(target=self._send_all, name="load-sender", daemon=True)

    def __enter__(self) -> "LoadProcess":
        self._process.start()
        self._child.close()
        self._answer()  # the write lock is held from here
        self._sender.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is not None and self._process.is_alive():
            # Stopped or failed: the process goes, and with it the uncommitted load (SQLite drops it).
            self._process.kill()
        with contextlib.suppress(queue.Full):
            self._outbox.put_nowait(None)
        self._process.join(timeout=60)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        # The sender ends on the None, or on the broken pipe once the process is gone: then the pipe closes.
        self._sender.join(timeout=5)
        self._pipe.close()

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._send(("many", sql, list(rows)))

    def one(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._send(("one", sql, tuple(params)))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self._send(("query", sql, tuple(params)))
        return list(self._answer() or [])

    def commit(self) -> None:
        self._send(("commit",))
        self._answer()

    def _send(self, message: Message) -> None:
        # marshal: rows are plain ints, strings and None, and it is several times faster than pickle.
        data = marshal.dumps(message)
        while True:
            try:
                self._outbox.put(data, timeout=0.5)
                return
            except queue.Full:
                if not self._sender.is_alive() or not self._process.is_alive():
                    raise LoadFailed("the load process ended unexpectedly") from None

    def _send_all(self) -> None:
        while (data := self._outbox.get()) is not None:
            try:
                self._pipe.send_bytes(data)
            except (OSError, ValueError):  # the process is gone; the loader learns it at its next question
                return

    def _answer(self) -> Any:
        try:
            status, value = self._pipe.recv()
        except (EOFError, OSError):
            raise LoadFailed("the load process ended unexpectedly") from None
        if status != "ok":
            raise LoadFailed(value)
        return value
