"""Refusals carry a code and fields from one catalogue: every entry formats with its declared fields, the
English reads as before, old free-text raises still work, and the workflow's reasons all have codes."""

import pickle
from decimal import Decimal

import pytest

from oms_desktop.domain.errors import DomainError, IllegalTransition, NotFound, OutOfStock, ValidationError
from oms_desktop.domain.messages import MESSAGES, REASONS, Kind, Param, english, reason_code
from oms_desktop.domain.order import FulfilmentState, Lifecycle, PaymentState
from oms_desktop.domain.order_workflow import ORDERS, Action, refusal
from oms_desktop.domain.purchase_workflow import PURCHASE_ORDERS
from oms_desktop.domain.stocktake_workflow import STOCKTAKES

SAMPLES: dict[Kind, Param] = {
    Kind.TEXT: "TEA-1",
    Kind.NUMBER: 7,
    Kind.MONEY: Decimal("1234.50"),
    Kind.STATUS: "pending_payment",
    Kind.ACTION: "ship",
    Kind.REASON: "reason_ship_first",
    Kind.CHANNEL: "phone",
    Kind.PAYMENT_METHOD: "cash",
    Kind.ROLE: "manager",
    Kind.PERMISSION: "refund",
    Kind.ADDRESS_PARTS: "address,phone",
}


def sample_params(code: str) -> dict[str, Param]:
    return {name: SAMPLES[kind] for name, kind in MESSAGES[code].params.items()}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_entry_declares_exactly_the_fields_of_its_template(code: str) -> None:
    message = MESSAGES[code]
    assert message.fields() == set(message.params), code
    assert code == code.lower() and " " not in code


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_entry_raises_and_reads_with_its_fields_filled_in(code: str) -> None:
    error = DomainError(code, **sample_params(code))
    text = str(error)
    assert text == english(code, error.params) and "{" not in text
    for name, kind in MESSAGES[code].params.items():
        if kind in (Kind.TEXT, Kind.NUMBER, Kind.MONEY):
            assert str(SAMPLES[kind]) in text, (code, name)
    again = pickle.loads(pickle.dumps(error))  # errors cross to the GUI thread and, in tests, processes
    assert (again.code, again.params, str(again)) == (code, error.params, text)


def test_the_english_reads_as_the_cli_always_printed_it() -> None:
    assert str(NotFound("unknown_item", item="NOPE-1")) == "Unknown SKU or barcode: NOPE-1"
    assert str(OutOfStock("TEA-1", 5, 1, "MAIN")) == "Out of stock: TEA-1 asked 5, available 1 at MAIN"
    illegal = IllegalTransition("SO-2026-000007", "ship", "pending payment", "reason_ship_first")
    assert str(illegal) == "Cannot ship order SO-2026-000007: it is pending payment; it must be shipped first"
    assert illegal.params == {
        "number": "SO-2026-000007",
        "action": "ship",
        "status": "pending_payment",
        "reason": "reason_ship_first",
    }
    wrong = ValidationError(
        "payment_over_balance", amount=Decimal("50.00"), number="SO-1", balance=Decimal("20")
    )
    assert str(wrong) == "A payment of 50.00 is more than the balance due on SO-1 (20)"


def test_old_free_text_raises_still_work_with_the_code_refused() -> None:
    error = ValidationError("Nothing was imported:\nline 2: sku is empty")
    assert error.code == "refused" and error.params == {"text": str(error)}
    assert str(error) == "Nothing was imported:\nline 2: sku is empty"
    # A workflow reason given as its English text (the table before it names codes) gets its code.
    illegal = IllegalTransition("SO-1", "deliver", "pending payment", "it must be shipped first")
    assert illegal.reason == "reason_ship_first" and illegal.params["reason"] == "reason_ship_first"
    odd = IllegalTransition("SO-1", "deliver", "pending payment", "a reason nobody catalogued")
    assert str(odd).endswith("; a reason nobody catalogued")


def test_a_wrong_code_or_wrong_fields_fail_at_the_raise_site() -> None:
    with pytest.raises(TypeError, match="unknown refusal code"):
        ValidationError("unknown_itme", item="X")
    with pytest.raises(TypeError, match="unknown refusal code"):
        ValidationError("no_such_code")
    with pytest.raises(TypeError, match="takes the fields"):
        NotFound("unknown_item")
    with pytest.raises(TypeError, match="takes the fields"):
        NotFound("unknown_item", item="X", location="MAIN")


def test_every_reason_of_the_workflow_table_has_a_code() -> None:
    reasons = ORDERS.reasons()
    outside = refusal(Action.CREATE, Lifecycle.DRAFT, PaymentState.UNPAID, FulfilmentState.UNFULFILLED)
    assert outside is not None
    reasons.add(outside)
    for table in (PURCHASE_ORDERS, STOCKTAKES):
        reasons |= table.reasons() | {table.not_an_action}
    assert {reason_code(r) for r in reasons} <= set(MESSAGES)
    reasons -= {PURCHASE_ORDERS.not_an_action, STOCKTAKES.not_an_action}
    assert {reason_code(r) for r in reasons} <= REASONS
    assert all(not MESSAGES[code].params for code in REASONS)
