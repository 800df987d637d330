"""The stocktake's workflow, declared on the shared machinery (domain/workflow.py):
open --finish--> finished (differences booked), open --cancel--> cancelled (nothing booked)."""

import enum
from typing import Any

from oms_desktop.domain.errors import IllegalTransition
from oms_desktop.domain.stocktake import CountState
from oms_desktop.domain.workflow import Step, StockEffect, Workflow, guard

STATE = "state"


class CountAction(enum.StrEnum):
    START = "start"
    COUNT = "count"
    FINISH = "finish"
    CANCEL = "cancel"


def _refuse(doc: Any, action: str, reason: str) -> Exception:
    return IllegalTransition(
        getattr(doc, "number", ""), action, str(doc.state.value), reason, code="count_illegal_transition"
    )


_OPEN = guard(STATE, "reason_count_not_open", CountState.OPEN)

STOCKTAKES = Workflow(
    name="stocktake",
    dimensions=(STATE,),
    steps=(
        Step(
            CountAction.START,
            creates=True,
            offered=False,
            needs="a location, and the products to count (all by default)",
            sets=((STATE, CountState.OPEN),),
        ),
        Step(CountAction.COUNT, start=(_OPEN,), needs="a product of the count and the quantity on the shelf"),
        Step(
            CountAction.FINISH,
            start=(_OPEN,),
            needs="a manager (it adjusts stock)",
            sets=((STATE, CountState.FINISHED),),
            stock=StockEffect.NONE,  # the adjustments are the ledger's ADJUSTMENT rows, one per difference
            stamps=("finished_at",),
        ),
        Step(
            CountAction.CANCEL, start=(_OPEN,), sets=((STATE, CountState.CANCELLED),), stamps=("finished_at",)
        ),
    ),
    status=lambda doc: doc.state,
    refuse=_refuse,
    not_an_action="count_action_unknown",
)
