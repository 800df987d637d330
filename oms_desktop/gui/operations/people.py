"""Operations on the shop's people: sign in and out, a manager's approval, and managing users."""

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.user import Actor
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import access, users
from oms_desktop.services.changes import Outcome
from oms_desktop.services.users import UserRecord


def any_users() -> Op[bool]:
    return Op(users.any_users)


def sign_in(name_or_badge: str, pin: str) -> Op[Actor]:
    """Check the PIN and act as that person from now on (wrong PINs are counted and audited)."""

    def work(uow: UnitOfWork) -> Actor:
        actor = users.authenticate(uow, name_or_badge, pin)
        uow.sign_in(actor)
        return actor

    return Op(work, urgent=True)


def sign_out() -> Op[None]:
    """Nobody acts until the next sign-in (the window is locked; the open sale stays on the counter)."""
    return Op(lambda uow: uow.sign_in(None), urgent=True)


def check_approver(name_or_badge: str, pin: str, permission: str) -> Op[Actor]:
    """A manager's PIN for one action (counted and audited like a sign-in), refused unless they may do it
    themselves and are not the person signed in; the signed-in person stays."""

    def work(uow: UnitOfWork) -> Actor:
        approver = users.authenticate(uow, name_or_badge, pin)
        access.require_approver(uow.actor, approver, Permission(permission))
        return approver

    return Op(work, urgent=True)


def list_users() -> Op[list[UserRecord]]:
    return Op(users.list_users)


def add_user(name: str, role: str, pin: str, badge: str = "") -> Op[Outcome[UserRecord]]:
    return Op(lambda uow: users.add_user(uow, name, role, pin, badge=badge))


def set_active(name: str, active: bool) -> Op[Outcome[UserRecord]]:
    return Op(lambda uow: users.disable_user(uow, name, enable=active))


def set_pin(name: str, pin: str) -> Op[Outcome[UserRecord]]:
    return Op(lambda uow: users.set_pin(uow, name, pin))
