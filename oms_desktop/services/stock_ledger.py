"""The only place that changes stock levels: every on-hand change is posted with its ledger row."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Location, MovementKind, Order, Product, StockLevel, StockMovement
from oms_desktop.domain.errors import OutOfStock, ValidationError


@dataclass(frozen=True)
class Posting:
    kind: MovementKind
    quantity: int  # signed: + into the location, - out of it
    unit_cost_minor: int | None = None
    reason: str = ""
    order: Order | None = None


def level_for(session: Session, product: Product, location: Location) -> StockLevel:
    level = session.scalar(
        select(StockLevel).where(StockLevel.product_id == product.id, StockLevel.location_id == location.id)
    )
    if level is None:
        level = StockLevel(product=product, location=location, on_hand=0, reserved=0)
        session.add(level)
        session.flush()
    return level


def levels_for(session: Session, product_ids: list[int], location: Location) -> dict[int, StockLevel]:
    """The levels of several products at one location in one query; missing ones are created."""
    levels = {
        level.product_id: level
        for level in session.scalars(
            select(StockLevel).where(
                StockLevel.product_id.in_(product_ids), StockLevel.location_id == location.id
            )
        )
    }
    for pid in product_ids:
        if pid not in levels:
            levels[pid] = level_for(session, session.get_one(Product, pid), location)
    return levels


def post(session: Session, uow: UnitOfWork, level: StockLevel, posting: Posting) -> StockMovement:
    """Change on-hand by `posting.quantity` and append the ledger row, in the caller's transaction."""
    if posting.quantity == 0:
        raise ValidationError("A stock movement needs a quantity other than zero")
    level.on_hand += posting.quantity
    movement = StockMovement(
        product_id=level.product_id,
        location_id=level.location_id,
        kind=posting.kind,
        quantity=posting.quantity,
        unit_cost_minor=posting.unit_cost_minor,
        reason=posting.reason,
        order=posting.order,
        created_at=uow.now(),
        user=uow.user,
    )
    session.add(movement)
    return movement


def require_available(level: StockLevel, quantity: int) -> None:
    """Refuse to sell or reserve more than is available, unless the product allows backorders."""
    if quantity > level.available and not level.product.allow_backorder:
        raise OutOfStock(level.product.sku, quantity, max(level.available, 0), level.location.code)


def reserve(level: StockLevel, quantity: int) -> None:
    require_available(level, quantity)
    level.reserved += quantity


def release(level: StockLevel, quantity: int) -> None:
    level.reserved -= min(quantity, level.reserved)
