"""Holds: an order stopped until a problem is solved (a wrong address, a payment that bounced, stock that
must be checked). A held order is neither packed nor shipped (the workflow's hold dimension); releasing it
lets it go on. Both are order actions with the reason and note in the order's history."""

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.order import HoldReason
from oms_desktop.domain.order_workflow import Action
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import transition
from oms_desktop.services.records import OrderDetail

NOTE_MOST = 500


def hold(uow: UnitOfWork, number: str, *, reason: str, note: str) -> Outcome[OrderDetail]:
    """Stop an order until it is released: why (address, payment, stock, other) and what the problem is."""
    if reason.strip().lower() not in {r.value for r in HoldReason}:
        raise ValidationError("hold_reason_unknown", reason=reason.strip()[:40])
    if not note.strip():
        raise ValidationError("hold_note_missing")
    if len(note) > NOTE_MOST:
        raise ValidationError("note_too_long", most=NOTE_MOST)
    why = HoldReason(reason.strip().lower())

    def body(_session: Session, order: Order) -> None:
        order.hold_reason = why.value
        order.hold_note = note.strip()

    return transition(uow, number, Action.HOLD, body, detail=f"{why.value}: {note.strip()}")


def release(uow: UnitOfWork, number: str, *, note: str = "") -> Outcome[OrderDetail]:
    """Let a held order go on (packed, shipped)."""
    if len(note) > NOTE_MOST:
        raise ValidationError("note_too_long", most=NOTE_MOST)

    def body(_session: Session, order: Order) -> None:
        order.hold_reason = ""
        order.hold_note = ""

    return transition(uow, number, Action.RELEASE, body, detail=note.strip())
