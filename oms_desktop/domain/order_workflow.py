"""The order state machine: one table of allowed moves, enforced in one place.

An order has three state dimensions (lifecycle, payment, fulfilment). Each action below lists, per
dimension, the states it may start from and the reason given when it may not. `status_of` folds the three
into the single word users see.

| action   | lifecycle      | payment                  | fulfilment          | effect                            |
|----------|----------------|--------------------------|---------------------|-----------------------------------|
| confirm  | draft          | any                      | any                 | open; stock reserved              |
| pay      | open           | unpaid, partially paid   | any                 | payment state from amount paid    |
| refund   | open, completed| partially paid, paid     | (open:) not shipped | payment state from amount paid    |
| return   | open, completed| any                      | shipped, delivered  | returned; stock back; paid refunded|
| pack     | open           | not refunded             | unfulfilled         | packed                            |
| ship     | open           | not refunded             | unfulfilled, packed | shipped; stock deducted           |
| deliver  | open           | any                      | shipped             | delivered                         |
| cancel   | draft, open    | unpaid, refunded         | unfulfilled, packed | cancelled; reservation released   |
| complete | open           | paid                     | delivered           | completed (taken automatically)   |

A counter sale (checkout) is created directly as completed, paid and delivered.
Money goes back before the goods leave with `refund` (then `cancel`), and after they left with `return`
(goods and money back together); a completed order may also be refunded in part (a goodwill refund).
"""

import enum
from dataclasses import dataclass

from oms_desktop.domain.errors import IllegalTransition
from oms_desktop.domain.order import FulfilmentState, Lifecycle, Order, PaymentState, Status

L, P, F = Lifecycle, PaymentState, FulfilmentState


class Action(enum.StrEnum):
    CHECKOUT = "checkout"
    CREATE = "create"
    CONFIRM = "confirm"
    PAY = "pay"
    REFUND = "refund"
    PACK = "pack"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"
    RETURN = "return"
    COMPLETE = "complete"


@dataclass(frozen=True)
class Guard:
    allowed: frozenset[enum.Enum]
    reason: str


@dataclass(frozen=True)
class Rule:
    lifecycle: Guard | None = None
    payment: Guard | None = None
    fulfilment: Guard | None = None
    open_only_fulfilment: bool = False  # the fulfilment guard applies to open orders only


def _g(reason: str, *states: enum.Enum) -> Guard:
    return Guard(frozenset(states), reason)


RULES: dict[Action, Rule] = {
    Action.CONFIRM: Rule(lifecycle=_g("only a draft order can be confirmed", L.DRAFT)),
    Action.PAY: Rule(
        lifecycle=_g("payment is taken on confirmed orders", L.OPEN),
        payment=_g("there is no balance due", P.UNPAID, P.PARTIAL),
    ),
    Action.REFUND: Rule(
        lifecycle=_g("only confirmed or completed orders can be refunded", L.OPEN, L.COMPLETED),
        payment=_g("nothing has been paid that could be refunded", P.PARTIAL, P.PAID),
        # For goods already on their way the refund goes with their return (see RETURN).
        fulfilment=_g("its goods have left the shop: take them back with a return", F.UNFULFILLED, F.PACKED),
        open_only_fulfilment=True,
    ),
    Action.RETURN: Rule(
        lifecycle=_g("only confirmed or completed orders can be returned", L.OPEN, L.COMPLETED),
        fulfilment=_g("its goods have not left the shop: cancel it instead", F.SHIPPED, F.DELIVERED),
    ),
    Action.PACK: Rule(
        lifecycle=_g("only confirmed orders are packed", L.OPEN),
        payment=_g("its payment was refunded", P.UNPAID, P.PARTIAL, P.PAID),
        fulfilment=_g("it has been packed already", F.UNFULFILLED),
    ),
    Action.SHIP: Rule(
        lifecycle=_g("only confirmed orders are shipped", L.OPEN),
        payment=_g("its payment was refunded", P.UNPAID, P.PARTIAL, P.PAID),
        fulfilment=_g("it has been shipped already", F.UNFULFILLED, F.PACKED),
    ),
    Action.DELIVER: Rule(
        lifecycle=_g("only confirmed orders are delivered", L.OPEN),
        fulfilment=_g("it must be shipped first", F.SHIPPED),
    ),
    Action.CANCEL: Rule(
        lifecycle=_g("it is already closed", L.DRAFT, L.OPEN),
        payment=_g("refund the payments before cancelling", P.UNPAID, P.REFUNDED),
        fulfilment=_g("it has left the shop", F.UNFULFILLED, F.PACKED),
    ),
    Action.COMPLETE: Rule(
        lifecycle=_g("only confirmed orders are completed", L.OPEN),
        payment=_g("it is not fully paid", P.PAID),
        fulfilment=_g("it has not been delivered", F.DELIVERED),
    ),
}


def status_of(lifecycle: Lifecycle, payment: PaymentState, fulfilment: FulfilmentState) -> Status:
    """The single status word for a combination of the three dimensions."""
    if lifecycle is L.CANCELLED:
        return Status.CANCELLED
    if lifecycle is L.RETURNED:
        return Status.RETURNED
    if lifecycle is L.COMPLETED:
        return Status.COMPLETED
    if lifecycle is L.DRAFT:
        return Status.DRAFT
    if fulfilment is F.SHIPPED:
        return Status.SHIPPED
    if fulfilment is F.DELIVERED:
        return Status.SHIPPED if payment is P.PAID else Status.PENDING_PAYMENT
    if fulfilment is F.PACKED:
        return Status.TO_SHIP
    return Status.PAID if payment is P.PAID else Status.PENDING_PAYMENT


def refusal(
    action: Action, lifecycle: Lifecycle, payment: PaymentState, fulfilment: FulfilmentState
) -> str | None:
    """Why `action` is not allowed from these states, or None when it is."""
    rule = RULES.get(action)
    if rule is None:
        return "it is not an action on an existing order"
    fulfilment_guard = rule.fulfilment
    if rule.open_only_fulfilment and lifecycle is not L.OPEN:
        fulfilment_guard = None
    for guard, state in (
        (rule.lifecycle, lifecycle),
        (rule.payment, payment),
        (fulfilment_guard, fulfilment),
    ):
        if guard is not None and state not in guard.allowed:
            return guard.reason
    return None


def allowed_actions(order: Order) -> list[Action]:
    return [
        a for a in RULES if refusal(a, order.lifecycle, order.payment_state, order.fulfilment_state) is None
    ]


def require(order: Order, action: Action) -> None:
    """Raise IllegalTransition naming the order, the action and the reason when `action` is not allowed."""
    reason = refusal(action, order.lifecycle, order.payment_state, order.fulfilment_state)
    if reason is not None:
        raise IllegalTransition(order.number, action.value, order.status.value.replace("_", " "), reason)


def payment_state_for(total_minor: int, paid_minor: int, refunded_any: bool) -> PaymentState:
    if total_minor > 0 and paid_minor >= total_minor:
        return P.PAID
    if paid_minor > 0:
        return P.PARTIAL
    if total_minor == 0 and not refunded_any:
        return P.PAID
    return P.REFUNDED if refunded_any else P.UNPAID


def sync_status(order: Order) -> Status:
    """Recompute the stored status column after any change of the three dimensions."""
    order.status = status_of(order.lifecycle, order.payment_state, order.fulfilment_state)
    return order.status
