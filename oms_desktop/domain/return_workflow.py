"""The return document's workflow, declared on the shared machinery (domain/workflow.py).

A return is made and done in one step: the goods come back into stock (or to the damaged location) and the
money goes back in the same transaction. The order it comes from moves by its own row (`return_lines` in
order_workflow.py), which says from which states goods may come back.
"""

import enum
from typing import Any

from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.sale_return import ReturnState
from oms_desktop.domain.workflow import Step, StockEffect, Workflow

STATE = "state"


class ReturnAction(enum.StrEnum):
    CREATE = "create"


def _refuse(doc: Any, action: str, reason: str) -> Exception:
    return ValidationError(reason, number=getattr(doc, "number", ""))


RETURNS = Workflow(
    name="return",
    dimensions=(STATE,),
    steps=(
        Step(
            ReturnAction.CREATE,
            creates=True,
            offered=False,
            needs="lines of the order with quantities still to come back; a customer for store credit",
            sets=((STATE, ReturnState.DONE),),
            stock=StockEffect.TAKE_BACK,
        ),
    ),
    status=lambda doc: doc.state,
    refuse=_refuse,
    not_an_action="return_action_unknown",
)
