"""The local API's tokens (domain/api_token.py): the owner creates, lists and revokes them, and every request
is checked against them (`authenticate`).

A token is 32 random bytes, URL-safe, shown once when it is created; only its sha256 is kept, so it can be
looked up but not read back. A revoked token is refused and keeps its name (the audit trail names it). A
request marks its token as used at most once a minute, so that reading does not write every time.
"""

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.api_token import ACTS_AS, ApiToken, Scope, require_name, token_hash
from oms_desktop.domain.errors import (
    Busy,
    Conflict,
    DatabaseRefused,
    NotFound,
    SignInRefused,
    ValidationError,
)
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.user import Actor
from oms_desktop.services import access, audit_trail
from oms_desktop.services.changes import NOTHING, Outcome

TOKEN_BYTES = 32
PREFIX_LENGTH = 8  # what a list shows of a token, to tell two apart (never enough to guess the rest)
TOKEN_MOST = 200  # longer than any token we make: not looked up
TOUCH_EVERY = timedelta(minutes=1)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TokenRecord:
    name: str
    scope: str
    prefix: str
    created_at: datetime
    created_by: str
    last_used_at: datetime | None
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class NewToken:
    record: TokenRecord
    token: str  # shown this once; only its hash is kept


@dataclass(frozen=True)
class Caller:
    """Who an API request comes from: the token's name is who acts (the user of the history and the audit
    rows), with a cashier's rights when it may write."""

    token_id: int
    name: str
    scope: Scope

    @property
    def may_write(self) -> bool:
        return self.scope is Scope.WRITE

    def actor(self) -> Actor:
        # Not a person: no user id of ours (0), and nobody there to approve what a manager could.
        return Actor(user_id=0, name=self.name, role=ACTS_AS, remote=True)


def _record(token: ApiToken) -> TokenRecord:
    return TokenRecord(
        name=token.name,
        scope=token.scope.value,
        prefix=token.prefix,
        created_at=token.created_at,
        created_by=token.created_by,
        last_used_at=token.last_used_at,
        revoked_at=token.revoked_at,
    )


def create_token(uow: UnitOfWork, name: str, scope: Scope = Scope.READ) -> Outcome[NewToken]:
    """Make a token (the owner's action, audited); the answer carries the token itself, this once."""
    shown = require_name(name)
    token = secrets.token_urlsafe(TOKEN_BYTES)

    def action(session: Session) -> Outcome[NewToken]:
        approver = access.require(session, uow, Permission.API_TOKENS)
        if session.scalar(select(ApiToken.id).where(ApiToken.name == shown)) is not None:
            raise ValidationError("api_token_name_taken", name=shown)
        row = ApiToken(
            name=shown,
            scope=scope,
            token_hash=token_hash(token),
            prefix=token[:PREFIX_LENGTH],
            created_at=uow.now(),
            created_by=uow.user[:64],
        )
        session.add(row)
        session.flush()
        audit_trail.record(
            session,
            uow,
            "api_token_create",
            shown,
            after={"scope": scope.value, "prefix": row.prefix},
            approver=approver,
        )
        return Outcome(NewToken(_record(row), token), NOTHING)

    return uow.run(action)


def list_tokens(uow: UnitOfWork) -> list[TokenRecord]:
    """Every token, revoked ones too, by name (no token itself: only its first characters)."""
    with uow.read() as session:
        return [_record(t) for t in session.scalars(select(ApiToken).order_by(ApiToken.name, ApiToken.id))]


def revoke_token(uow: UnitOfWork, name: str) -> Outcome[TokenRecord]:
    """Refuse the token from now on (the owner's action, audited); its row and name stay."""
    shown = " ".join(name.split())

    def action(session: Session) -> Outcome[TokenRecord]:
        approver = access.require(session, uow, Permission.API_TOKENS)
        row = session.scalar(select(ApiToken).where(ApiToken.name == shown))
        if row is None:
            raise NotFound("unknown_api_token", name=name[:80])
        if row.revoked_at is not None:
            raise ValidationError("api_token_already_revoked", name=row.name)
        row.revoked_at = uow.now()
        session.flush()
        audit_trail.record(
            session,
            uow,
            "api_token_revoke",
            row.name,
            before={"scope": row.scope.value, "prefix": row.prefix},
            approver=approver,
        )
        return Outcome(_record(row), NOTHING)

    return uow.run(action)


_BY_HASH = select(ApiToken.id, ApiToken.name, ApiToken.scope, ApiToken.revoked_at, ApiToken.last_used_at)


def authenticate(uow: UnitOfWork, token: str) -> Caller:
    """The caller a presented token stands for; unknown and revoked tokens are refused alike."""
    if not token or len(token) > TOKEN_MOST:
        raise SignInRefused("api_token_invalid")
    with uow.read() as session:
        found = session.execute(_BY_HASH.where(ApiToken.token_hash == token_hash(token))).first()
    if found is None or found.revoked_at is not None:
        raise SignInRefused("api_token_invalid")
    now = uow.now()
    if found.last_used_at is None or now - found.last_used_at >= TOUCH_EVERY:
        _touch(uow, found.id, now)
    return Caller(found.id, found.name, found.scope)


def _touch(uow: UnitOfWork, token_id: int, now: datetime) -> None:
    """Note when the token was last used (at most once a minute; never a reason to refuse the request)."""

    def action(session: Session) -> None:
        session.execute(
            update(ApiToken)
            .where(
                ApiToken.id == token_id,
                or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at <= now - TOUCH_EVERY),
            )
            .values(last_used_at=now)
        )

    try:
        # Not a person's action: written in a shop with users without anyone signed in, like a PIN's count.
        uow.run(action, anonymous=True)
    except (Busy, Conflict, DatabaseRefused) as exc:  # a database marked damaged still answers reads
        log.info("token %d: last use not noted (%s)", token_id, exc)
