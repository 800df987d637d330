"""The till session's workflow, declared on the shared machinery (domain/workflow.py)."""

import enum
from typing import Any

from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.till import SessionState
from oms_desktop.domain.workflow import Step, Workflow, guard

S = SessionState
STATE = "state"


class TillAction(enum.StrEnum):
    OPEN = "open"
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
    NO_SALE = "no_sale"
    CLOSE = "close"


def _refuse(doc: Any, action: str, reason: str) -> Exception:
    return ValidationError(reason, till=getattr(doc, "till", ""))


TILL_SESSIONS = Workflow(
    name="till session",
    dimensions=(STATE,),
    steps=(
        Step(
            TillAction.OPEN,
            creates=True,
            offered=False,
            needs="a float of 0 or more",
            sets=((STATE, S.OPEN),),
        ),
        Step(
            TillAction.CASH_IN,
            start=(guard(STATE, "till_session_closed", S.OPEN),),
            needs="an amount, a reason",
        ),
        Step(
            TillAction.CASH_OUT,
            start=(guard(STATE, "till_session_closed", S.OPEN),),
            needs="an amount, a reason",
        ),
        Step(TillAction.NO_SALE, start=(guard(STATE, "till_session_closed", S.OPEN),), needs="a reason"),
        Step(
            TillAction.CLOSE,
            start=(guard(STATE, "till_session_closed", S.OPEN),),
            needs="the cash counted (blind); a manager when the variance is above the limit",
            sets=((STATE, S.CLOSED),),
            stamps=("closed_at",),
        ),
    ),
    status=lambda doc: doc.state,
    refuse=_refuse,
    not_an_action="till_action_unknown",
)
