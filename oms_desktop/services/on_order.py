"""Stock on order: what sent and partly received purchase orders still wait for, per product and location."""

from collections.abc import Iterable

from sqlalchemy import Subquery, case, func, select
from sqlalchemy.orm import Session

from oms_desktop.domain import POState, PurchaseLine, PurchaseOrder
from oms_desktop.domain.purchase_order import OPEN_STATES
from oms_desktop.services.lookups import in_batches

_OUTSTANDING = case(
    (PurchaseLine.quantity > PurchaseLine.received, PurchaseLine.quantity - PurchaseLine.received), else_=0
)


def on_order(session: Session, product_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Per product, in its smallest unit, over every location (all products when none are named)."""
    return {pid: q for (pid, _), q in _outstanding(session, product_ids, by_location=False).items()}


def on_order_at(session: Session, product_ids: Iterable[int]) -> dict[tuple[int, int], int]:
    """Per (product, location the PO delivers to)."""
    return _outstanding(session, product_ids, by_location=True)


def _outstanding(
    session: Session, product_ids: Iterable[int] | None, *, by_location: bool
) -> dict[tuple[int, int], int]:
    query = (
        select(
            PurchaseLine.product_id,
            PurchaseOrder.location_id if by_location else PurchaseLine.product_id,
            func.sum(_OUTSTANDING),
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseLine.purchase_order_id)
        .where(PurchaseOrder.state.in_(OPEN_STATES))
        .group_by(PurchaseLine.product_id, *((PurchaseOrder.location_id,) if by_location else ()))
    )
    found: dict[tuple[int, int], int] = {}
    batches = [None] if product_ids is None else list(in_batches(list(product_ids)))
    for batch in batches:
        q = query if batch is None else query.where(PurchaseLine.product_id.in_(batch))
        for pid, loc, quantity in session.execute(q):
            if quantity:
                found[(pid, loc if by_location else 0)] = int(quantity)
    return found


def by_product_subquery() -> Subquery:
    """(product_id, on_order) over every location, as a subquery a product list can join to sort by it."""
    return (
        select(PurchaseLine.product_id, func.sum(_OUTSTANDING).label("on_order"))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseLine.purchase_order_id)
        .where(PurchaseOrder.state.in_(OPEN_STATES))
        .group_by(PurchaseLine.product_id)
        .subquery()
    )


def in_drafts(session: Session) -> dict[int, int]:
    """What draft POs hold per product: not on order yet, but replenishment must not suggest it twice."""
    query = (
        select(PurchaseLine.product_id, func.sum(PurchaseLine.quantity))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseLine.purchase_order_id)
        .where(PurchaseOrder.state == POState.DRAFT)
        .group_by(PurchaseLine.product_id)
    )
    return {pid: int(q) for pid, q in session.execute(query) if q}
