"""The one check of who may do what, made inside the action's transaction (never only by greying a button).

`require` lets the action through when the person signed in may do it, or when a manager approved it (the
approver's name is returned for the audit row); otherwise it refuses with `NotAllowed`, which the window
answers with a manager-override prompt and the command line with `--approve-by NAME --approve-pin PIN`.
"""

from sqlalchemy.orm import Session

from oms_desktop.db.uow import SIGN_IN_CHECKED, UnitOfWork
from oms_desktop.domain.errors import NotAllowed, ValidationError
from oms_desktop.domain.messages import Param
from oms_desktop.domain.permissions import LEAST_ROLE, Permission, allows
from oms_desktop.domain.user import Actor
from oms_desktop.services import audit_trail


def may(uow: UnitOfWork, permission: Permission) -> bool:
    """Whether the person signed in may do it on their own (a shop without users: yes)."""
    return uow.actor is None or allows(uow.actor.role, permission)


def require(
    session: Session,
    uow: UnitOfWork,
    permission: Permission,
    because: tuple[str, dict[str, Param]] | None = None,
) -> str:
    """Refuse unless `permission` is the signed-in person's own or approved; the approver's name, or "".
    Nobody signed in is allowed only in a shop without users (checked once per transaction). `because`
    (a code and its fields) is the refusal to give instead of the plain "may not"."""
    actor, approver = uow.actor, uow.approver
    if actor is None:
        if not session.info.get(SIGN_IN_CHECKED):
            uow.require_signed_in(session)
        return ""
    if allows(actor.role, permission):
        return ""
    if approver is None:
        if because is not None:
            raise NotAllowed(permission, because[0], **because[1])
        needed = LEAST_ROLE[permission]
        raise NotAllowed(
            permission, user=actor.name, role=actor.role.value, what=permission.value, needed=needed.value
        )
    require_approver(actor, approver, permission)
    return approver.name


def require_approver(actor: Actor | None, approver: Actor, permission: Permission) -> None:
    """An approval is a second person who may do the action themselves."""
    if actor is not None and approver.user_id == actor.user_id:
        raise ValidationError("approver_is_user", name=approver.name)
    if not allows(approver.role, permission):
        raise ValidationError(
            "approver_lacks_role",
            approver=approver.name,
            role=approver.role.value,
            needed=LEAST_ROLE[permission].value,
        )


def authorize(
    uow: UnitOfWork, permission: Permission, action: str, subject: str = "", detail: str = ""
) -> None:
    """For an action that is not a database write (a backup, a restore, a reprint): check the permission and
    audit it in a transaction of its own, before the action runs."""

    def check(session: Session) -> None:
        approver = require(session, uow, permission)
        audit_trail.record(session, uow, action, subject, detail=detail, approver=approver)

    uow.run(check)
