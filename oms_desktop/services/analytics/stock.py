"""Stock: value at cost over time, the low-stock list, and inventory turnover with slow movers named.

Stock on a past date is reconstructed from the ledger, reading back from today: on hand at the end of the
period = on hand now (stock_levels, which `db check` proves equal to the ledger's sum) minus the movements
written after the period. Only movements from the period's start on are read, through the created_at index.
Stock is valued at each product's current catalogue cost (products.cost_minor): many receipts carry no cost.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Product, StockLevel, StockMovement
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.quantity import Quantity, amount_for, amount_for_sql, from_units, whole_units_sql
from oms_desktop.services.analytics.buckets import Granularity, buckets, day_key, local_day
from oms_desktop.services.analytics.measures import (
    ONE_DECIMAL,
    TWO_DECIMALS,
    lines_by_product,
    ratio,
)
from oms_desktop.services.on_order import on_order
from oms_desktop.services.periods import Period


@dataclass(frozen=True)
class StockPoint:
    day: date  # the last local day of the bucket; units and value are at the end of that day
    label: str
    units: int
    value: Decimal  # at current cost


@dataclass(frozen=True)
class StockValueSeries:
    period: Period
    granularity: Granularity
    points: list[StockPoint]
    opening_units: int  # at the start of the period
    opening_value: Decimal
    closing_units: int  # at the end of the period
    closing_value: Decimal
    current_units: int  # now
    current_value: Decimal


def _on_hand_now(session: Session) -> tuple[int, int]:
    units, value = session.execute(
        select(
            func.coalesce(func.sum(whole_units_sql(StockLevel.on_hand, Product.decimals)), 0),
            func.coalesce(
                func.sum(amount_for_sql(StockLevel.on_hand, Product.cost_minor, Product.decimals)), 0
            ),
        ).join(Product, Product.id == StockLevel.product_id)
    ).one()
    return int(units), int(value)


def stock_value_over_time(
    uow: UnitOfWork, period: Period, granularity: Granularity = Granularity.DAY
) -> StockValueSeries:
    """Units on hand and their value at cost at the end of each day, week or month of the period."""
    lo, hi = period.utc_bounds(uow.zone)
    with uow.read() as session:
        units_now, value_now = _on_hand_now(session)
        moved_units = func.sum(whole_units_sql(StockMovement.quantity, Product.decimals))
        moved_value = func.sum(amount_for_sql(StockMovement.quantity, Product.cost_minor, Product.decimals))
        after_units, after_value = session.execute(
            select(func.coalesce(moved_units, 0), func.coalesce(moved_value, 0))
            .join(Product, Product.id == StockMovement.product_id)
            .where(StockMovement.created_at >= hi)
        ).one()
        day = local_day(session, StockMovement.created_at, period.offset_minutes(uow.zone))
        per_day = {
            day_key(d): (int(u), int(v))
            for d, u, v in session.execute(
                select(day, moved_units, moved_value)
                .join(Product, Product.id == StockMovement.product_id)
                .where(StockMovement.created_at >= lo, StockMovement.created_at < hi)
                .group_by(day)
            )
        }
    closing_units, closing_value = units_now - int(after_units), value_now - int(after_value)
    # End-of-day stock, walking back from the period's end: the end of day d is the end of day d+1
    # minus what moved on day d+1.
    end_of_day: dict[date, tuple[int, int]] = {}
    units, value = closing_units, closing_value
    day_ = period.end
    while day_ >= period.start:
        end_of_day[day_] = (units, value)
        moved = per_day.get(day_, (0, 0))
        units, value = units - moved[0], value - moved[1]
        day_ -= timedelta(days=1)
    points = [
        StockPoint(b.last, b.label, end_of_day[b.last][0], from_minor(end_of_day[b.last][1]))
        for b in buckets(period, granularity)
    ]
    return StockValueSeries(
        period=period,
        granularity=granularity,
        points=points,
        opening_units=units,
        opening_value=from_minor(value),
        closing_units=closing_units,
        closing_value=from_minor(closing_value),
        current_units=units_now,
        current_value=from_minor(value_now),
    )


@dataclass(frozen=True)
class LowStockRow:
    sku: str
    name: str
    on_hand: int  # all locations
    reserved: int
    available: int
    reorder_point: int
    shortfall: int  # reorder_point - available
    unit_cost: Decimal
    on_order: int = 0  # coming on sent purchase orders (services/on_order.py)


@dataclass(frozen=True)
class LowStock:
    rows: list[LowStockRow]  # the largest shortfall first
    products: int  # active products below their reorder point (rows may be fewer with a limit)


def low_stock(uow: UnitOfWork, period: Period | None = None, *, limit: int | None = None) -> LowStock:
    """Active products whose available stock (all locations) is below the reorder point, as of now.

    `period` is accepted for a uniform report signature and ignored: stock levels are a snapshot.
    """
    on_hand = func.coalesce(func.sum(StockLevel.on_hand), 0)
    reserved = func.coalesce(func.sum(StockLevel.reserved), 0)
    shortfall = Product.reorder_point - (on_hand - reserved)
    with uow.read() as session:
        query = (
            select(
                Product.id,
                Product.sku,
                Product.name,
                on_hand,
                reserved,
                Product.reorder_point,
                Product.cost_minor,
            )
            .outerjoin(StockLevel, StockLevel.product_id == Product.id)
            .where(Product.active.is_(True))
            .group_by(Product.id, Product.sku, Product.name, Product.reorder_point, Product.cost_minor)
            .having(shortfall > 0)
        )
        count = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
        query = query.order_by(shortfall.desc(), Product.sku)
        if limit is not None:
            query = query.limit(limit)
        found = session.execute(query).all()
        ordered = on_order(session, [row[0] for row in found])
        rows = [
            LowStockRow(
                sku=sku,
                name=name,
                on_hand=int(hand),
                reserved=int(res),
                available=int(hand) - int(res),
                reorder_point=int(point),
                shortfall=int(point) - (int(hand) - int(res)),
                unit_cost=from_minor(int(cost)),
                on_order=ordered.get(pid, 0),
            )
            for pid, sku, name, hand, res, point, cost in found
        ]
    return LowStock(rows, count)


@dataclass(frozen=True)
class TurnoverRow:
    sku: str
    name: str
    unit_cost: Decimal  # current catalogue cost
    opening_units: Quantity  # in the product's unit
    closing_units: Quantity
    units_sold: Quantity
    cogs: Decimal  # cost of goods sold, from order_lines.unit_cost_minor
    opening_value: Decimal
    closing_value: Decimal
    average_inventory: Decimal  # (opening_value + closing_value) / 2
    turnover: Decimal | None  # cogs / average_inventory; None when there was no stock
    days_of_stock: Decimal | None  # average_inventory / cogs x days in the period; None when nothing sold


@dataclass(frozen=True)
class Turnover:
    period: Period
    cogs: Decimal
    opening_value: Decimal
    closing_value: Decimal
    average_inventory: Decimal
    turnover: Decimal | None
    days_of_stock: Decimal | None
    rows: list[TurnoverRow]  # products with stock or sales in the period, fastest first
    slow_movers: list[TurnoverRow]  # products with stock at the end, the lowest turnover first


def _average(opening_minor: int, closing_minor: int) -> Decimal:
    """(opening + closing) / 2 in currency units, exact (it may end in half a minor unit)."""
    return Decimal(opening_minor + closing_minor) / 200


def _turnover_row(
    sku: str,
    name: str,
    cost: int,
    opening: int,
    closing: int,
    sold: int,
    cogs: int,
    days: int,
    decimals: int = 0,
) -> TurnoverRow:
    """Quantities in the product's smallest unit; shown in its unit."""
    opening_value, closing_value = amount_for(opening, cost, decimals), amount_for(closing, cost, decimals)
    average = _average(opening_value, closing_value)
    return TurnoverRow(
        sku=sku,
        name=name,
        unit_cost=from_minor(cost),
        opening_units=from_units(opening, decimals),
        closing_units=from_units(closing, decimals),
        units_sold=from_units(sold, decimals),
        cogs=from_minor(cogs),
        opening_value=from_minor(opening_value),
        closing_value=from_minor(closing_value),
        average_inventory=average.quantize(TWO_DECIMALS, rounding=ROUND_HALF_UP),
        turnover=ratio(from_minor(cogs), average),
        days_of_stock=ratio(average * days, from_minor(cogs), ONE_DECIMAL),
    )


def inventory_turnover(uow: UnitOfWork, period: Period, *, slow_movers: int = 10) -> Turnover:
    """Inventory turnover per product and overall, and the slow movers.

    turnover = COGS / average inventory at cost, where
      COGS = sum(quantity x order_lines.unit_cost_minor) over the lines sold on the period's business days
             (the same cost as the gross margin), and
      average inventory = (opening value + closing value) / 2, with opening and closing units rebuilt from
             the stock ledger (see the module docstring) and valued at the current catalogue cost.
    Overall turnover = total COGS / total average inventory. days_of_stock = average inventory / COGS x the
    period's days. Slow movers: products with stock at the end of the period, lowest turnover first (no
    sales = 0), then the most money tied up.
    """
    lo, hi = period.utc_bounds(uow.zone)
    with uow.read() as session:
        levels = (
            select(StockLevel.product_id.label("pid"), func.sum(StockLevel.on_hand).label("on_hand"))
            .group_by(StockLevel.product_id)
            .subquery()
        )
        # Grouping on product_id + 0 keeps SQLite from walking the whole ledger in product order
        # (ix_stock_movements_product_location) instead of only the period's rows by created_at: 13 s
        # against 1 s for a year of a million orders.
        product = StockMovement.product_id + 0
        moves = (
            select(
                product.label("pid"),
                func.sum(case((StockMovement.created_at >= hi, StockMovement.quantity), else_=0)).label(
                    "after"
                ),
                func.sum(case((StockMovement.created_at < hi, StockMovement.quantity), else_=0)).label(
                    "during"
                ),
            )
            .where(StockMovement.created_at >= lo)
            .group_by(product)
            .subquery()
        )
        sold_q = lines_by_product(period)
        query = (
            select(
                Product.sku,
                Product.name,
                Product.cost_minor,
                Product.decimals,
                func.coalesce(levels.c.on_hand, 0),
                func.coalesce(moves.c.after, 0),
                func.coalesce(moves.c.during, 0),
                func.coalesce(sold_q.c.raw_units, 0),
                func.coalesce(sold_q.c.cost, 0),
            )
            .outerjoin(levels, levels.c.pid == Product.id)
            .outerjoin(moves, moves.c.pid == Product.id)
            .outerjoin(sold_q, sold_q.c.pid == Product.id)
            .order_by(Product.sku)
        )
        raw = session.execute(query).all()
    rows: list[TurnoverRow] = []
    cogs_minor = opening_minor = closing_minor = 0
    for sku, name, cost, decimals, now, after, during, sold, cogs in raw:
        closing = int(now) - int(after)
        opening = closing - int(during)
        if opening or closing or int(sold):
            row = _turnover_row(
                sku, name, int(cost), opening, closing, int(sold), int(cogs), period.days, int(decimals)
            )
            rows.append(row)
            cogs_minor += int(cogs)
            opening_minor += to_minor(row.opening_value)
            closing_minor += to_minor(row.closing_value)
    average = _average(opening_minor, closing_minor)
    slow = sorted(
        (r for r in rows if r.closing_units > 0),
        key=lambda r: (r.turnover or Decimal(0), -r.closing_value, r.sku),
    )[:slow_movers]
    return Turnover(
        period=period,
        cogs=from_minor(cogs_minor),
        opening_value=from_minor(opening_minor),
        closing_value=from_minor(closing_minor),
        average_inventory=average.quantize(TWO_DECIMALS, rounding=ROUND_HALF_UP),
        turnover=ratio(from_minor(cogs_minor), average),
        days_of_stock=ratio(average * period.days, from_minor(cogs_minor), ONE_DECIMAL),
        rows=sorted(rows, key=lambda r: (-(r.turnover or Decimal(0)), r.sku)),
        slow_movers=slow,
    )
