"""Running a row of the order workflow (domain/order_workflow.py) on an order in the caller's transaction.

`apply` checks the row, carries out its stock effect through the ledger, moves the order to the row's
target states, stamps it, marks its lines as sales or not, writes the audit row, and takes the automatic
follow-ups (completion). The action's own records (a payment, a shipment) are added by the caller first.
"""

from collections import defaultdict

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import AuditEntry, Location, Order, StockLevel, order_audit
from oms_desktop.domain.order_workflow import ORDERS, Action, derive_payment, holds_reservation, sync_status
from oms_desktop.domain.workflow import StockEffect
from oms_desktop.services.stock_ledger import carry_out, levels_for


def apply(
    session: Session,
    uow: UnitOfWork,
    order: Order,
    action: Action,
    *,
    detail: str = "",
    stock_reason: str = "",
    quantities: dict[int, int] | None = None,
) -> set[int]:
    """Run `action`'s row on `order` (refused with the table's reason); returns the products whose stock moved.
    `quantities` (product id to units) replaces the lines' own: a partial shipment's, an edit's differences."""
    step = ORDERS.step(action)
    if not (step.creates and order.id is None):  # a creating row runs on a new order only
        ORDERS.require(order, action)
    moved: set[int] = set()
    if step.stock is not StockEffect.NONE:
        levels = order_levels(session, order, quantities)
        moved |= set(
            carry_out(
                session,
                uow,
                step.stock,
                levels,
                held=holds_reservation(order),
                order=order,
                reason=stock_reason,
            )
        )
    now = uow.now()
    transition = ORDERS.move(order, step, now, derive_payment)
    if step.sale is not None:
        order.count_as_sale(step.sale)
    order.updated_at = now
    sync_status(order)
    order.history.append(
        AuditEntry(
            action=step.action,
            from_status=transition.before,
            to_status=transition.after,
            detail=detail[:500],
            user=uow.user,
            at=now,
        )
    )
    for follower in ORDERS.followers(order, step):
        moved |= apply(
            session,
            uow,
            order,
            Action(follower.action),
            detail=order_audit.AUTOMATIC.get(follower.action, ""),
        )
    return moved


def order_levels(
    session: Session, order: Order, quantities: dict[int, int] | None = None
) -> list[tuple[StockLevel, int]]:
    """The stock levels an order draws on with the quantity from each, in a fixed order (no deadlocks): the
    given quantities, else what the lines hold (less what left in partial shipments) or hold no longer."""
    wanted: dict[int, int] = defaultdict(int)
    if quantities is not None:
        wanted.update({pid: q for pid, q in quantities.items() if q})
    else:
        held = holds_reservation(order)
        for line in order.lines:
            wanted[line.product_id] += line.to_ship if held else line.quantity
    location = session.get_one(Location, order.location_id)
    levels = levels_for(session, sorted(wanted), location)
    return [(levels[pid], wanted[pid]) for pid in sorted(wanted)]
