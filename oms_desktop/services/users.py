"""The shop's people: added, listed, disabled, given a new PIN, and signed in (five wrong PINs lock a person
for a minute). PINs are kept only as argon2 hashes."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import NotFound, SignInRefused, ValidationError
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.user import (
    LOCK_SECONDS,
    WRONG_PINS_BEFORE_LOCK,
    Actor,
    Role,
    User,
    name_key,
    require_name,
    require_pin,
)
from oms_desktop.services import access, audit_trail
from oms_desktop.services.changes import Changes, Outcome

# A till signs people in often: the library's defaults cost ~50 ms, these ~15 ms and stay far beyond a
# 4-8 digit PIN's reach offline (the lock-out guards the window; the hash guards a stolen file).
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@dataclass(frozen=True)
class UserRecord:
    name: str
    role: Role
    active: bool
    badge: str
    locked_until: datetime | None


def _record(user: User) -> UserRecord:
    return UserRecord(user.name, user.role, user.active, user.badge or "", user.locked_until)


def _role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            "role_invalid", role=str(value), choices=", ".join(r.value for r in Role)
        ) from None


def _by_name(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name_key == name_key(name)))
    if user is None:
        raise NotFound("unknown_user", name=" ".join(name.split())[:64])
    return user


def any_users(uow: UnitOfWork) -> bool:
    """Whether the shop has active users (then the window opens on the sign-in screen)."""
    with uow.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User).where(User.active.is_(True))))


def list_users(uow: UnitOfWork) -> list[UserRecord]:
    with uow.read() as session:
        return [_record(u) for u in session.scalars(select(User).order_by(User.name_key))]


def add_user(
    uow: UnitOfWork, name: str, role: str | Role, pin: str, *, badge: str = ""
) -> Outcome[UserRecord]:
    """A new person; the first one must be an owner, and adds the others from then on."""
    shown, wanted = require_name(name), _role(role)
    require_pin(pin)
    badge = badge.strip()
    hashed = _HASHER.hash(pin)

    def action(session: Session) -> Outcome[UserRecord]:
        first = not session.scalar(select(func.count()).select_from(User))
        if first and wanted is not Role.OWNER:
            raise ValidationError("first_user_is_owner")
        if not first:
            access.require(session, uow, Permission.MANAGE_USERS)
        if session.scalar(select(User).where(User.name_key == name_key(shown))) is not None:
            raise ValidationError("user_name_taken", name=shown)
        if badge:
            holder = session.scalar(select(User).where(User.badge == badge))
            if holder is not None:
                raise ValidationError("badge_taken", badge=badge, name=holder.name)
        user = User(
            name=shown,
            name_key=name_key(shown),
            role=wanted,
            pin_hash=hashed,
            badge=badge or None,
            active=True,
            wrong_pins=0,
            created_at=uow.now(),
        )
        session.add(user)
        session.flush()
        audit_trail.record(
            session,
            uow,
            "user_add",
            shown,
            after={"role": wanted.value, "badge": badge},
            actor=shown if first else None,
        )
        return Outcome(_record(user), Changes(settings=True))

    return uow.run(action, anonymous=True, retry_integrity=True)


def disable_user(uow: UnitOfWork, name: str, *, enable: bool = False) -> Outcome[UserRecord]:
    """Take a person's access away (their history stays), or give it back; the last owner stays."""

    def action(session: Session) -> Outcome[UserRecord]:
        access.require(session, uow, Permission.MANAGE_USERS)
        user = _by_name(session, name)
        if not enable and user.role is Role.OWNER and user.active:
            owners = session.scalar(
                select(func.count()).select_from(User).where(User.role == Role.OWNER, User.active.is_(True))
            )
            if owners == 1:
                raise ValidationError("last_owner", name=user.name)
        before = user.active
        user.active = enable
        user.wrong_pins, user.locked_until = 0, None
        audit_trail.record(
            session,
            uow,
            "user_enable" if enable else "user_disable",
            user.name,
            before={"active": before},
            after={"active": enable},
        )
        return Outcome(_record(user), Changes(settings=True))

    return uow.run(action)


def set_pin(uow: UnitOfWork, name: str, pin: str) -> Outcome[UserRecord]:
    """A new PIN: an owner sets anyone's; a person may change their own."""
    require_pin(pin)
    hashed = _HASHER.hash(pin)

    def action(session: Session) -> Outcome[UserRecord]:
        user = _by_name(session, name)
        if uow.actor is None or uow.actor.user_id != user.id:
            access.require(session, uow, Permission.MANAGE_USERS)
        user.pin_hash = hashed
        user.wrong_pins, user.locked_until = 0, None
        audit_trail.record(session, uow, "user_pin", user.name, detail="PIN changed")
        return Outcome(_record(user), Changes(settings=True))

    return uow.run(action)


def authenticate(uow: UnitOfWork, name_or_badge: str, pin: str) -> Actor:
    """The person with this name (or badge) and PIN, or a refusal. A wrong PIN is counted and audited; the
    fifth in a row locks the person for a minute. The count is kept even though the sign-in is refused."""
    key = name_or_badge.strip()
    now = uow.now()

    def action(session: Session) -> tuple[Actor | None, SignInRefused | NotFound | None]:
        user = session.scalar(select(User).where(User.name_key == name_key(key)))
        if user is None and key:
            user = session.scalar(select(User).where(User.badge == key))
        if user is None:
            audit_trail.record(
                session, uow, "sign_in_failed", key[:64], detail="unknown name", actor=key[:64]
            )
            return None, SignInRefused("wrong_pin")
        if not user.active:
            return None, SignInRefused("user_disabled", name=user.name)
        if user.locked_until is not None and user.locked_until > now:
            left = int((user.locked_until - now).total_seconds()) + 1
            return None, SignInRefused(
                "user_locked", name=user.name, seconds=left, tries=WRONG_PINS_BEFORE_LOCK
            )
        if _matches(user.pin_hash, pin):
            user.wrong_pins, user.locked_until = 0, None
            return Actor(user.id, user.name, user.role), None
        user.wrong_pins += 1
        locked = user.wrong_pins >= WRONG_PINS_BEFORE_LOCK
        if locked:
            user.wrong_pins, user.locked_until = 0, now + timedelta(seconds=LOCK_SECONDS)
        audit_trail.record(
            session,
            uow,
            "sign_in_failed",
            user.name,
            detail="wrong PIN; locked for a minute" if locked else "wrong PIN",
            actor=user.name,
            approver="",
        )
        if locked:
            return None, SignInRefused(
                "user_locked", name=user.name, seconds=LOCK_SECONDS, tries=WRONG_PINS_BEFORE_LOCK
            )
        return None, SignInRefused("wrong_pin")

    actor, refusal = uow.run(action, anonymous=True)
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor


def _matches(hashed: str, pin: str) -> bool:
    try:
        return _HASHER.verify(hashed, pin)
    except (VerificationError, InvalidHashError):
        return False
