"""The transition table, walked pair by pair: every state combination against every action."""

import itertools

import pytest

from oms_desktop.domain.messages import MESSAGES
from oms_desktop.domain.order import FulfilmentState as F
from oms_desktop.domain.order import HoldState as H
from oms_desktop.domain.order import Lifecycle as L
from oms_desktop.domain.order import PaymentState as P
from oms_desktop.domain.order import Status
from oms_desktop.domain.order_workflow import ORDERS, Action, refusal, status_of

# The moves on an existing order (creation and checkout start new orders).
MOVES = [Action(s.action) for s in ORDERS if not s.creates and s.action != Action.CHECKOUT]

ALL = list(itertools.product(L, P, F))
ALL_HELD = list(itertools.product(L, P, F, H))


def expected_allowed(action: Action, lc: L, pay: P, ful: F, hold: H = H.NONE) -> bool:
    """The rules restated as plain conditions, independently of the table."""
    not_refunded = pay is not P.REFUNDED
    free = hold is H.NONE
    to_ship = ful in (F.UNFULFILLED, F.PACKED, F.PARTIAL)
    return {
        Action.CONFIRM: lc in (L.DRAFT, L.QUOTE),
        Action.EDIT: lc in (L.QUOTE, L.DRAFT, L.OPEN) and not_refunded and to_ship,
        Action.PAY: lc is L.OPEN and pay in (P.UNPAID, P.PARTIAL),
        Action.REFUND: (lc is L.COMPLETED or (lc is L.OPEN and ful in (F.UNFULFILLED, F.PACKED, F.PARTIAL)))
        and pay in (P.PARTIAL, P.PAID),
        Action.RETURN: lc in (L.OPEN, L.COMPLETED) and ful in (F.SHIPPED, F.DELIVERED),
        Action.RETURN_LINES: lc in (L.OPEN, L.COMPLETED) and ful in (F.SHIPPED, F.DELIVERED),
        Action.PACK: lc is L.OPEN and not_refunded and ful is F.UNFULFILLED and free,
        Action.SHIP: lc is L.OPEN and not_refunded and to_ship and free,
        Action.SHIP_PART: lc is L.OPEN and not_refunded and to_ship and free,
        Action.SHIPPED_IN_FULL: lc is L.OPEN and ful is F.PARTIAL,
        Action.DELIVER: lc is L.OPEN and ful is F.SHIPPED,
        Action.CANCEL: lc in (L.QUOTE, L.DRAFT, L.OPEN)
        and pay in (P.UNPAID, P.REFUNDED)
        and ful in (F.UNFULFILLED, F.PACKED),
        Action.COMPLETE: lc is L.OPEN and pay is P.PAID and ful is F.DELIVERED,
        Action.HOLD: lc in (L.DRAFT, L.OPEN) and to_ship and free,
        Action.RELEASE: not free,
        Action.EXPIRE: lc is L.QUOTE,
    }[action]


@pytest.mark.parametrize("action", MOVES)
def test_every_state_and_action_pair(action: Action) -> None:
    for lc, pay, ful, hold in ALL_HELD:
        reason = refusal(action, lc, pay, ful, hold)
        assert (reason is None) == expected_allowed(action, lc, pay, ful, hold), (
            action,
            lc,
            pay,
            ful,
            hold,
            reason,
        )


def test_creation_is_not_a_move_and_checkout_starts_from_a_draft_only() -> None:
    assert refusal(Action.CREATE, L.DRAFT, P.UNPAID, F.UNFULFILLED) is not None
    for lc, pay, ful in ALL:
        assert (refusal(Action.CHECKOUT, lc, pay, ful) is None) == (lc is L.DRAFT)


def test_closed_orders_allow_nothing_but_a_refund_or_a_return() -> None:
    for action in MOVES:
        for pay, ful in itertools.product(P, F):
            if action is Action.RELEASE:  # releasing needs a hold, whatever else the order is
                continue
            assert refusal(action, L.CANCELLED, pay, ful) is not None
            assert refusal(action, L.RETURNED, pay, ful) is not None
            assert refusal(action, L.EXPIRED, pay, ful) is not None
            if action not in (Action.REFUND, Action.RETURN, Action.RETURN_LINES, Action.RELEASE):
                assert refusal(action, L.COMPLETED, pay, ful) is not None


@pytest.mark.parametrize(
    ("lc", "pay", "ful", "status"),
    [
        (L.DRAFT, P.UNPAID, F.UNFULFILLED, Status.DRAFT),
        (L.OPEN, P.UNPAID, F.UNFULFILLED, Status.PENDING_PAYMENT),
        (L.OPEN, P.PARTIAL, F.UNFULFILLED, Status.PENDING_PAYMENT),
        (L.OPEN, P.PAID, F.UNFULFILLED, Status.PAID),
        (L.OPEN, P.UNPAID, F.PACKED, Status.TO_SHIP),
        (L.OPEN, P.PAID, F.PACKED, Status.TO_SHIP),
        (L.OPEN, P.UNPAID, F.SHIPPED, Status.SHIPPED),
        (L.OPEN, P.PARTIAL, F.DELIVERED, Status.PENDING_PAYMENT),
        (L.COMPLETED, P.PAID, F.DELIVERED, Status.COMPLETED),
        (L.CANCELLED, P.REFUNDED, F.UNFULFILLED, Status.CANCELLED),
        (L.RETURNED, P.REFUNDED, F.DELIVERED, Status.RETURNED),
    ],
)
def test_one_status_word_for_each_combination(lc: L, pay: P, ful: F, status: Status) -> None:
    assert status_of(lc, pay, ful) is status


def words(action: Action, lc: L, pay: P, ful: F) -> str:
    code = refusal(action, lc, pay, ful)
    assert code is not None
    return MESSAGES[code].text


def test_every_reason_of_the_table_is_a_code_of_the_catalogue() -> None:
    assert ORDERS.reasons() | {ORDERS.not_an_action} <= set(MESSAGES)


def test_refusals_give_a_reason_a_person_can_read() -> None:
    assert words(Action.CANCEL, L.OPEN, P.PAID, F.UNFULFILLED) == "refund the payments before cancelling"
    assert words(Action.CANCEL, L.OPEN, P.UNPAID, F.SHIPPED) == "it has left the shop"
    assert words(Action.DELIVER, L.OPEN, P.PAID, F.PACKED) == "it must be shipped first"
    assert (
        words(Action.REFUND, L.OPEN, P.PAID, F.SHIPPED)
        == "its goods have left the shop: take them back with a return"
    )
    assert (
        words(Action.RETURN, L.OPEN, P.PAID, F.PACKED)
        == "its goods have not left the shop: cancel it instead"
    )


def test_every_open_state_can_still_be_finished() -> None:
    """From any state an order can reach, some allowed action leads on (no order is stuck open)."""
    for lc, pay, ful in ALL:
        if lc in (L.OPEN, L.DRAFT, L.QUOTE):
            allowed = [
                a
                for a in MOVES
                if a not in (Action.COMPLETE, Action.HOLD) and refusal(a, lc, pay, ful) is None
            ]
            assert allowed, (lc, pay, ful)


def test_a_paid_order_is_refused_payment_because_nothing_is_due() -> None:
    assert words(Action.PAY, L.COMPLETED, P.PAID, F.DELIVERED) == "there is no balance due"
    assert words(Action.PAY, L.DRAFT, P.UNPAID, F.UNFULFILLED) == "payment is taken on confirmed orders"
