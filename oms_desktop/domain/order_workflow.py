"""The sales order's workflow: one table of actions, declared on the shared machinery (domain/workflow.py).

An order has three state dimensions (lifecycle, payment, fulfilment). Each row below says where an action may
start (per dimension, with the reason given when it may not), what it needs, and what it does; services run
rows with `Workflow.move` and never set a state by hand. `status_of` folds the three dimensions into the single
word users see. docs/architecture.md prints the table (`table_markdown(ORDERS)`).

A counter sale is created and checked out at once: completed, paid and delivered. Money goes back before the
goods leave with `refund` (then `cancel`), and after they left with `return` (goods and money back together);
a completed order may also be refunded in part (a goodwill refund).
"""

import enum
from types import SimpleNamespace
from typing import Any

from oms_desktop.domain.errors import IllegalTransition
from oms_desktop.domain.order import FulfilmentState, HoldState, Lifecycle, Order, PaymentState, Status
from oms_desktop.domain.workflow import Guard, Step, StockEffect, Workflow, guard, only_when

L, P, F, H = Lifecycle, PaymentState, FulfilmentState, HoldState
LC, PAY, FUL, HOLD = "lifecycle", "payment_state", "fulfilment_state", "hold_state"


class Action(enum.StrEnum):
    CREATE = "create"
    QUOTE = "quote"
    CHECKOUT = "checkout"
    CONFIRM = "confirm"
    EDIT = "edit"
    PAY = "pay"
    REFUND = "refund"
    PACK = "pack"
    SHIP = "ship"
    SHIP_PART = "ship_part"
    SHIPPED_IN_FULL = "shipped_in_full"
    DELIVER = "deliver"
    CANCEL = "cancel"
    RETURN = "return"
    RETURN_LINES = "return_lines"
    COMPLETE = "complete"
    HOLD = "hold"
    RELEASE = "release"
    EXPIRE = "expire"


NOT_REFUNDED: Guard = guard(PAY, "reason_payment_refunded", P.UNPAID, P.PARTIAL, P.PAID)
NOT_HELD: Guard = guard(HOLD, "reason_on_hold", H.NONE)
NOT_GONE: Guard = guard(FUL, "reason_left_the_shop", F.UNFULFILLED, F.PACKED)  # no goods left yet
TO_SHIP: Guard = guard(FUL, "reason_shipped_already", F.UNFULFILLED, F.PACKED, F.PARTIAL)  # something left

STEPS = (
    Step(
        Action.CREATE,
        creates=True,
        offered=False,
        needs="lines of active products; a customer for phone, wholesale and online orders",
        sets=((LC, L.DRAFT), (FUL, F.UNFULFILLED)),
        derives=(PAY,),  # a zero total is paid
    ),
    Step(
        # A price offered, valid until a day (services/quotes.py): no stock held, no sale, until confirmed.
        Action.QUOTE,
        creates=True,
        offered=False,
        needs="lines of active products, a customer and the days it is valid",
        sets=((LC, L.QUOTE), (FUL, F.UNFULFILLED)),
        derives=(PAY,),
    ),
    Step(
        Action.CHECKOUT,
        start=(guard(LC, "reason_only_draft_checked_out", L.DRAFT),),
        offered=False,
        needs="payments that add up to the total",
        sets=((LC, L.COMPLETED), (FUL, F.DELIVERED)),
        derives=(PAY,),
        stock=StockEffect.SELL,
        stamps=("confirmed_at", "shipped_at", "completed_at"),
        sale=True,
    ),
    Step(
        Action.CONFIRM,
        start=(guard(LC, "reason_only_draft_confirmed", L.DRAFT, L.QUOTE),),
        needs="its goods available; a quotation within its validity, or its prices refreshed",
        sets=((LC, L.OPEN),),
        stock=StockEffect.RESERVE,
        stamps=("confirmed_at",),
        sale=True,
    ),
    Step(
        # Lines added, removed or changed, or the ship-to, until all of it has left (services/order_edits.py);
        # a confirmed order holds the new quantities: more reserved, less released.
        Action.EDIT,
        start=(
            guard(LC, "reason_edit_needs_open", L.QUOTE, L.DRAFT, L.OPEN),
            NOT_REFUNDED,
            TO_SHIP,
        ),
        needs="lines not below what was shipped of them; the new quantities available; a price change "
        "allowed to the user",
        derives=(PAY,),  # a paid order whose total drops is owed money back
        stock=StockEffect.ADJUST,
    ),
    Step(
        Action.PAY,
        # The balance first: a completed or paid order is refused because nothing is due.
        start=(
            guard(PAY, "reason_no_balance_due", P.UNPAID, P.PARTIAL),
            guard(LC, "reason_pay_needs_confirmed", L.OPEN),
        ),
        needs="an amount up to the balance due",
        derives=(PAY,),
        then=(Action.COMPLETE,),
    ),
    Step(
        Action.REFUND,
        start=(
            guard(LC, "reason_refund_needs_confirmed", L.OPEN, L.COMPLETED),
            guard(PAY, "reason_nothing_paid", P.PARTIAL, P.PAID),
            # For goods already on their way the refund goes with their return (see RETURN).
            only_when(
                guard(
                    FUL,
                    "reason_goods_left_use_return",
                    F.UNFULFILLED,
                    F.PACKED,
                    F.PARTIAL,  # an edit took off what was not shipped yet
                ),
                LC,
                (L.OPEN,),
            ),
        ),
        needs="an amount up to what was paid",
        derives=(PAY,),
    ),
    Step(
        Action.RETURN,
        start=(
            guard(LC, "reason_return_needs_confirmed", L.OPEN, L.COMPLETED),
            guard(FUL, "reason_goods_here_cancel_instead", F.SHIPPED, F.DELIVERED),
        ),
        needs="a refund method when something was paid",
        sets=((LC, L.RETURNED),),
        derives=(PAY,),
        stock=StockEffect.TAKE_BACK,
        sale=False,
    ),
    Step(
        # Some of the goods come back (services/sale_returns.py writes the return document and its stock);
        # the order stays a sale of what was kept.
        Action.RETURN_LINES,
        start=(
            guard(LC, "reason_return_needs_confirmed", L.OPEN, L.COMPLETED),
            guard(FUL, "reason_goods_here_cancel_instead", F.SHIPPED, F.DELIVERED),
        ),
        offered=False,  # from the counter's Return key and `order return --line`, not the order's buttons
        needs="lines and quantities not yet brought back; what was paid beyond what is still due goes back",
        derives=(PAY,),
        then=(Action.COMPLETE,),  # a delivered order on account whose kept goods are now paid for
    ),
    Step(
        Action.PACK,
        start=(
            guard(LC, "reason_pack_needs_confirmed", L.OPEN),
            NOT_REFUNDED,
            guard(FUL, "reason_packed_already", F.UNFULFILLED),
            NOT_HELD,
        ),
        sets=((FUL, F.PACKED),),
    ),
    Step(
        Action.SHIP,
        start=(
            guard(LC, "reason_ship_needs_confirmed", L.OPEN),
            NOT_REFUNDED,
            TO_SHIP,
            NOT_HELD,
        ),
        needs="a carrier and a tracking number; what is left of its lines on hand",
        sets=((FUL, F.SHIPPED),),
        stock=StockEffect.SHIP,
        stamps=("shipped_at",),
    ),
    Step(
        # Some lines or quantities leave now, the rest later (services/shipping.py picks this row or SHIP).
        Action.SHIP_PART,
        start=(
            guard(LC, "reason_ship_needs_confirmed", L.OPEN),
            NOT_REFUNDED,
            TO_SHIP,
            NOT_HELD,
        ),
        needs="a carrier, a tracking number, and lines and quantities not yet shipped, on hand",
        sets=((FUL, F.PARTIAL),),
        stock=StockEffect.SHIP,
        stamps=("shipped_at",),
    ),
    Step(
        # An edit took off all that was still to ship: what left already is the whole order.
        Action.SHIPPED_IN_FULL,
        start=(guard(LC, "reason_ship_needs_confirmed", L.OPEN), guard(FUL, "reason_ship_first", F.PARTIAL)),
        offered=False,
        sets=((FUL, F.SHIPPED),),
    ),
    Step(
        Action.DELIVER,
        start=(
            guard(LC, "reason_deliver_needs_confirmed", L.OPEN),
            guard(FUL, "reason_ship_first", F.SHIPPED),
        ),
        sets=((FUL, F.DELIVERED),),
        then=(Action.COMPLETE,),
    ),
    Step(
        Action.CANCEL,
        start=(
            guard(LC, "reason_closed_already", L.QUOTE, L.DRAFT, L.OPEN),
            guard(PAY, "reason_refund_before_cancel", P.UNPAID, P.REFUNDED),
            NOT_GONE,
        ),
        sets=((LC, L.CANCELLED),),
        stock=StockEffect.RELEASE,
        stamps=("cancelled_at",),
        sale=False,
    ),
    Step(
        Action.COMPLETE,
        start=(
            guard(LC, "reason_complete_needs_confirmed", L.OPEN),
            guard(PAY, "reason_not_fully_paid", P.PAID),
            guard(FUL, "reason_not_delivered", F.DELIVERED),
        ),
        offered=False,  # taken automatically after pay and deliver
        sets=((LC, L.COMPLETED),),
        stamps=("completed_at",),
    ),
    Step(
        # Stopped until a problem is solved: neither packed nor shipped meanwhile (the reason and note are
        # the service's: services/holds.py).
        Action.HOLD,
        start=(
            guard(LC, "reason_hold_needs_open", L.DRAFT, L.OPEN),
            TO_SHIP,
            guard(HOLD, "reason_held_already", H.NONE),
        ),
        needs="a reason (address, payment, stock, other) and a note",
        sets=((HOLD, H.HELD),),
    ),
    Step(
        Action.RELEASE,
        start=(guard(HOLD, "reason_not_held", H.HELD),),
        sets=((HOLD, H.NONE),),
    ),
    Step(
        # A quotation past its last valid day that was not taken up (services/quotes.py expires them).
        Action.EXPIRE,
        start=(guard(LC, "reason_only_quote_expires", L.QUOTE),),
        offered=False,
        needs="its last valid day passed",
        sets=((LC, L.EXPIRED),),
        stamps=("cancelled_at",),
        sale=False,
    ),
)


def _status(order: Any) -> Status:
    return status_of(order.lifecycle, order.payment_state, order.fulfilment_state)


def _refuse(order: Any, action: str, reason: str) -> IllegalTransition:
    return IllegalTransition(order.number, action, _status(order).value, reason)


ORDERS = Workflow(
    "order", (LC, PAY, FUL, HOLD), STEPS, _status, _refuse, not_an_action="reason_not_an_order_action"
)


def holds_reservation(order: Any) -> bool:
    """Whether the order's lines are held in stock: confirmed and not all shipped (what partial shipments
    sent is no longer held: each line holds its quantity less what was shipped of it)."""
    return order.lifecycle is L.OPEN and order.fulfilment_state in HOLDING


HOLDING = (F.UNFULFILLED, F.PACKED, F.PARTIAL)  # the fulfilment states of an order that holds stock


def derive_payment(order: Any, dimension: str) -> None:
    """The payment state follows the amounts: what is due for the goods kept, what was paid, and whether
    anything was ever refunded."""
    if dimension != PAY:
        raise ValueError(f"an order derives only its payment state, not {dimension}")
    due = order.total_minor - (getattr(order, "returned_minor", 0) or 0)
    order.payment_state = payment_state_for(due, order.paid_minor, order.refunded_any)


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
    if lifecycle is L.QUOTE:
        return Status.QUOTE
    if lifecycle is L.EXPIRED:
        return Status.EXPIRED
    if fulfilment is F.SHIPPED:
        return Status.SHIPPED
    if fulfilment is F.DELIVERED:
        return Status.SHIPPED if payment is P.PAID else Status.PENDING_PAYMENT
    if fulfilment is F.PACKED:
        return Status.TO_SHIP
    if fulfilment is F.PARTIAL:
        return Status.PARTLY_SHIPPED
    return Status.PAID if payment is P.PAID else Status.PENDING_PAYMENT


def refusal(
    action: Action,
    lifecycle: Lifecycle,
    payment: PaymentState,
    fulfilment: FulfilmentState,
    hold: HoldState = H.NONE,
) -> str | None:
    """Why `action` is not allowed from these states, or None when it is."""
    states = SimpleNamespace(
        lifecycle=lifecycle, payment_state=payment, fulfilment_state=fulfilment, hold_state=hold
    )
    return ORDERS.refusal(states, action)


def allowed_actions(order: Any) -> list[Action]:
    """What a user may do next with the order (a stored Order, or the bulk writer's record of one)."""
    return [Action(a) for a in ORDERS.allowed(order)]


def require(order: Order, action: Action) -> Step:
    """The row of `action`; raises IllegalTransition naming the order, the action and the reason."""
    return ORDERS.require(order, action)


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
