"""Who looks after an order: assigned to a user (once the shop has users, one of them), for "my orders"."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import AuditEntry, User
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.user import name_key
from oms_desktop.services import lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.order_detail import order_detail
from oms_desktop.services.records import OrderDetail

ASSIGN = "assign"  # the order history's word


def assign(uow: UnitOfWork, number: str, to: str) -> Outcome[OrderDetail]:
    """Give the order to a person to look after (an empty name: to nobody); the history says who and when."""
    wanted = " ".join(to.split())
    if len(wanted) > 64:
        raise ValidationError("text_too_long", field="assigned to", most=64, length=len(wanted))

    def action(session: Session) -> Outcome[OrderDetail]:
        order = lookups.order_by_number(session, number, lock=True)
        name = wanted
        if name and session.scalar(select(User.id).limit(1)) is not None:
            user = session.scalar(select(User).where(User.name_key == name_key(name), User.active.is_(True)))
            if user is None:
                raise NotFound("unknown_user", name=name)
            name = user.name  # as the person's name is written
        before = order.assigned_to
        order.assigned_to = name
        order.updated_at = uow.now()
        order.history.append(
            AuditEntry(
                action=ASSIGN,
                from_status=order.status.value,
                to_status=order.status.value,
                detail=f"{before or '-'} -> {name or '-'}",
                user=uow.user,
                at=uow.now(),
            )
        )
        session.flush()
        return Outcome(order_detail(session, order), Changes.for_order(order.id))

    return uow.run(action)
