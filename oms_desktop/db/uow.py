"""The unit of work: one transaction per user action, retried when another till got there first."""

import copy
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, tzinfo
from typing import TypeVar

from sqlalchemy import Engine, exists, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from oms_desktop.db import damage
from oms_desktop.db.diagnosis import diagnose
from oms_desktop.db.engine import WRITE_OPTION, sqlite_path
from oms_desktop.domain.errors import Busy, Conflict, DatabaseRefused, SignInRefused
from oms_desktop.domain.user import Actor, User

T = TypeVar("T")
log = logging.getLogger(__name__)
# Set on a session whose transaction checked that someone is signed in where the shop has users (run/batch);
# an anonymous run (the sign-in itself, the first user) leaves it unset, and permission checks ask again.
SIGN_IN_CHECKED = "oms_sign_in_checked"
# Built once: building a statement costs more than SQLite takes to answer it, on every write.
_ANY_USER = select(exists().where(User.active.is_(True)))


def utc_now() -> datetime:
    return datetime.now(UTC)


def day_number(day: date) -> int:
    """A calendar date as the integer YYYYMMDD that orders store as their business day."""
    return day.year * 10000 + day.month * 100 + day.day


def _is_locked(exc: BaseException) -> bool:
    return isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower()


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, StaleDataError):
        return True
    # PostgreSQL: serialization_failure and deadlock_detected
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) in ("40001", "40P01")


class UnitOfWork:
    """Hands out sessions: `read()` for queries, `run(fn)` for one action committed once."""

    def __init__(
        self,
        engine: Engine,
        *,
        user: str = "system",
        clock: Callable[[], datetime] = utc_now,
        zone: tzinfo | None = None,
    ) -> None:
        self.engine = engine
        self.user = user
        self.clock = clock
        self.zone = zone  # the shop's time zone; None: this computer's
        self.file = sqlite_path(engine.url)  # the SQLite file, or None (PostgreSQL)
        # Who acts (a person whose PIN was checked; None in a shop without users), who approved the action
        # at hand (a manager's override), and which till this computer is (its cash-up counts the money).
        self.actor: Actor | None = None
        self.approver: Actor | None = None
        self.till = ""
        self._users_seen = False
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    def now(self) -> datetime:
        return self.clock()

    def sign_in(self, actor: Actor | None) -> None:
        """Act as `actor` from now on (None: nobody signed in)."""
        self.actor = actor
        self.user = actor.name if actor is not None else "system"

    def approved_by(self, approver: Actor | None) -> "UnitOfWork":
        """The same unit of work with `approver`'s approval for the next action (a manager's override)."""
        other = copy.copy(self)
        other.approver = approver
        return other

    def require_signed_in(self, session: Session) -> None:
        """Once the shop has users, nothing is written by nobody: the rule of every write."""
        if self.actor is not None:
            return
        if self._users_seen or session.scalar(_ANY_USER):
            self._users_seen = True  # users are not all removed again (the last owner cannot be disabled)
            raise SignInRefused("sign_in_needed")

    def business_day(self) -> int:
        """Today in the shop's calendar as YYYYMMDD: the day an order taken now counts for."""
        return day_number(self.now().astimezone(self.zone).date())

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            try:
                yield session
            except DBAPIError as exc:
                found = diagnose(exc, self.file)
                if found is not None and found.code == "database_damaged":  # said, never a traceback
                    raise found from exc
                raise
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; committed when the block ends, rolled back on any error."""
        with self._write() as session, session.begin():
            yield session

    def run(
        self,
        action: Callable[[Session], T],
        *,
        attempts: int = 6,
        retry_integrity: bool = False,
        anonymous: bool = False,
    ) -> T:
        """Run `action` in a write transaction, retrying from scratch on a lost optimistic race. Nothing is
        written to a database a check found damaged (db/damage.py), nor by nobody in a shop with users
        (`anonymous`: the sign-in itself, which counts wrong PINs)."""
        self.require_sound()
        for attempt in range(1, attempts + 1):
            try:
                with self.write() as session:
                    if not anonymous:
                        self.require_signed_in(session)
                        session.info[SIGN_IN_CHECKED] = True
                    return action(session)
            except IntegrityError:
                if not retry_integrity or attempt == attempts:
                    raise
            except (StaleDataError, DBAPIError) as exc:
                if _is_locked(exc):
                    # The busy timeout has waited already: say what is going on instead of waiting again.
                    raise Busy("busy") from exc
                if not _is_transient(exc):
                    found = diagnose(exc, self.file)
                    if found is not None:  # a full disk, a read-only file: said as it is, not as a crash
                        raise found from exc
                    raise
                if attempt == attempts:
                    raise Conflict("conflict") from exc
            log.info("retrying after a concurrent change (attempt %d)", attempt)
            time.sleep(0.005 * attempt)
        raise AssertionError("unreachable")

    def require_sound(self) -> None:
        """Refuse to write while a check's damage note lies beside the database file."""
        found = damage.finding(self.file) if self.file is not None else None
        if found is not None:
            raise DatabaseRefused("database_marked_damaged", path=str(self.file), finding=found[:200])

    @contextmanager
    def batch(self) -> Iterator["UnitOfWork"]:
        """One transaction around many actions (demo data, imports): all are committed, or none is."""
        self.require_sound()
        try:
            with self.write() as session:
                self.require_signed_in(session)
                session.info[SIGN_IN_CHECKED] = True
                yield _BatchUnitOfWork(self, session)
        except DBAPIError as exc:
            # As `run` says them: a demo or an import on a full disk ends in that line, not in a crash.
            if _is_locked(exc):
                raise Busy("busy") from exc
            found = diagnose(exc, self.file)
            if found is not None:
                raise found from exc
            raise


class _BatchUnitOfWork(UnitOfWork):
    """Runs every action in the one open session; each action gets a savepoint of its own."""

    def __init__(self, parent: UnitOfWork, session: Session) -> None:
        super().__init__(parent.engine, user=parent.user, clock=parent.clock, zone=parent.zone)
        self.actor, self.approver, self.till = parent.actor, parent.approver, parent.till
        self.parent = parent
        self.session = session

    def now(self) -> datetime:
        return self.parent.now()

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self.session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.session.begin_nested():
            yield self.session

    def run(
        self,
        action: Callable[[Session], T],
        *,
        attempts: int = 1,
        retry_integrity: bool = False,
        anonymous: bool = False,
    ) -> T:
        with self.write() as session:
            return action(session)
