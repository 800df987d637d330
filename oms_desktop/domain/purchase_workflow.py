"""The purchase order's workflow, declared on the shared machinery (domain/workflow.py).

    draft --send--> sent --receive--> partly received --receive--> received
      |               |                    |
    cancel          cancel               close (the rest will not come) --> closed short

A delivery may bring more than was ordered (shown as an over-delivery) or less (the PO stays partly
received until the rest comes or it is closed short). Only a draft's lines may change.
"""

import enum
from typing import Any

from oms_desktop.domain.errors import IllegalTransition
from oms_desktop.domain.purchase_order import POState, received_state
from oms_desktop.domain.workflow import Step, StockEffect, Workflow, guard

STATE = "state"


class POAction(enum.StrEnum):
    CREATE = "create"
    EDIT = "edit"
    SEND = "send"
    RECEIVE = "receive"
    CANCEL = "cancel"
    CLOSE = "close"


def _refuse(doc: Any, action: str, reason: str) -> Exception:
    return IllegalTransition(
        getattr(doc, "number", ""), action, str(doc.state.value), reason, code="po_illegal_transition"
    )


def derive(doc: Any, dimension: str) -> None:
    """A PO's state after a delivery, from what its lines received."""
    if dimension == STATE:
        doc.state = received_state(doc.lines)
        if doc.state is POState.RECEIVED:
            doc.closed_at = doc.received_at


PURCHASE_ORDERS = Workflow(
    name="purchase_order",
    dimensions=(STATE,),
    steps=(
        Step(
            POAction.CREATE,
            creates=True,
            offered=False,
            needs="a supplier and at least one line",
            sets=((STATE, POState.DRAFT),),
        ),
        Step(
            POAction.EDIT,
            start=(guard(STATE, "reason_po_not_draft", POState.DRAFT),),
            needs="lines with quantities and costs",
        ),
        Step(
            POAction.SEND,
            start=(guard(STATE, "reason_po_not_draft", POState.DRAFT),),
            needs="at least one line",
            sets=((STATE, POState.SENT),),
            stamps=("sent_at",),
        ),
        Step(
            POAction.RECEIVE,
            start=(guard(STATE, "reason_po_not_on_order", POState.SENT, POState.PARTLY_RECEIVED),),
            needs="the quantities that arrived (and their cost, when it differs)",
            stock=StockEffect.RECEIVE,
            stamps=("received_at",),
            derives=(STATE,),
        ),
        Step(
            POAction.CANCEL,
            start=(guard(STATE, "reason_po_cancel_nothing_received", POState.DRAFT, POState.SENT),),
            sets=((STATE, POState.CANCELLED),),
            stamps=("closed_at",),
        ),
        Step(
            POAction.CLOSE,
            start=(guard(STATE, "reason_po_close_partly_received", POState.PARTLY_RECEIVED),),
            needs="nothing more is coming",
            sets=((STATE, POState.CLOSED_SHORT),),
            stamps=("closed_at",),
        ),
    ),
    status=lambda doc: doc.state,
    refuse=_refuse,
    not_an_action="po_action_unknown",
)
