"""A product's average cost, kept up to date by every receipt that says what the goods cost."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oms_desktop.domain import Product, StockLevel
from oms_desktop.domain.costing import moving_average


def average_in(session: Session, product: Product, units: int, unit_cost_minor: int) -> None:
    """Fold `units` received at `unit_cost_minor` into the product's average cost. Call it before the
    receipt is posted: the average is over what was on hand before, in every location."""
    on_hand = session.scalar(
        select(func.coalesce(func.sum(StockLevel.on_hand), 0)).where(StockLevel.product_id == product.id)
    )
    product.cost_minor = moving_average(int(on_hand or 0), product.cost_minor, units, unit_cost_minor)
