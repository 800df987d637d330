"""The purchase order's and the stocktake's tables, walked state by state against the rules restated."""

from types import SimpleNamespace

import pytest

from oms_desktop.domain.purchase_order import POState, PurchaseLine, received_state
from oms_desktop.domain.purchase_workflow import PURCHASE_ORDERS, POAction
from oms_desktop.domain.stocktake import CountState
from oms_desktop.domain.stocktake_workflow import STOCKTAKES, CountAction

S = POState
PO_RULES = {
    POAction.EDIT: {S.DRAFT},
    POAction.SEND: {S.DRAFT},
    POAction.RECEIVE: {S.SENT, S.PARTLY_RECEIVED},
    POAction.CANCEL: {S.DRAFT, S.SENT},
    POAction.CLOSE: {S.PARTLY_RECEIVED},
}


@pytest.mark.parametrize("state", list(POState))
@pytest.mark.parametrize("action", list(PO_RULES))
def test_each_po_action_from_each_state(action: POAction, state: POState) -> None:
    doc = SimpleNamespace(state=state, number="PO-2026-000001")
    allowed = PURCHASE_ORDERS.refusal(doc, action) is None
    assert allowed == (state in PO_RULES[action])


def test_creation_is_no_move_on_an_existing_po() -> None:
    doc = SimpleNamespace(state=POState.DRAFT, number="PO-2026-000001")
    assert PURCHASE_ORDERS.refusal(doc, POAction.CREATE) == "po_action_unknown"


def test_what_deliveries_make_of_a_po() -> None:
    def lines(*pairs: tuple[int, int]) -> list[PurchaseLine]:
        return [PurchaseLine(quantity=q, received=r) for q, r in pairs]

    assert received_state(lines((5, 0), (3, 0))) is POState.SENT
    assert received_state(lines((5, 5), (3, 0))) is POState.PARTLY_RECEIVED
    assert received_state(lines((5, 7), (3, 3))) is POState.RECEIVED  # over-delivered counts as received
    assert received_state(lines((5, 7), (3, 2))) is POState.PARTLY_RECEIVED


@pytest.mark.parametrize("state", list(CountState))
@pytest.mark.parametrize("action", [CountAction.COUNT, CountAction.FINISH, CountAction.CANCEL])
def test_each_stocktake_action_from_each_state(action: CountAction, state: CountState) -> None:
    doc = SimpleNamespace(state=state, number="ST-2026-000001")
    assert (STOCKTAKES.refusal(doc, action) is None) == (state is CountState.OPEN)
