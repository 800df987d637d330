"""One product's replenishment picture, for its chart: the daily demand of the 90 days that end today (days
without sales as zeros), its replenishment figures (services/replenishment.suggest: reorder point, safety
stock, lead time, mean daily demand), and on hand projected over the lead time from available + on order,
falling by the mean daily demand.

The demand is read for the one product in two grouped queries (sales, returns), the same definition as
replenishment.demand_by_product reads for the whole catalogue: sales net of returns, by business day.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select, true

from oms_desktop.db.uow import UnitOfWork, day_number
from oms_desktop.domain import OrderLine, ReturnLine, SaleReturn
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.quantity import Quantity
from oms_desktop.domain.replenishment import WINDOW_DAYS
from oms_desktop.services import lookups, replenishment


@dataclass(frozen=True)
class DemandDay:
    day: date
    quantity: float  # net of returns, in the product's unit (may be below zero on a day of returns)


@dataclass(frozen=True)
class ProjectedDay:
    day: date
    on_hand: float  # available + on order - mean daily demand x days from today


@dataclass(frozen=True)
class DemandChart:
    sku: str
    name: str
    unit: str
    decimals: int
    today: date
    demand: list[DemandDay]  # every day of the window, oldest first, today last
    sale_days: int
    avg_daily_demand: float
    std_daily_demand: float
    lead_time_days: int
    safety_stock: float | None  # None: too little history
    reorder_point: float | None
    available: Quantity
    on_order: Quantity
    projection: list[ProjectedDay]  # today .. today + lead time
    too_little_history: bool
    pinned: bool

    @property
    def total(self) -> float:
        return sum(d.quantity for d in self.demand)

    @property
    def position(self) -> Quantity:
        """Where the projection starts: available + on order."""
        return self.available + self.on_order


def daily_demand(uow: UnitOfWork, sku: str, first: date, last: date) -> list[DemandDay]:
    """Net demand of one product for every day first..last (both included), zeros where nothing sold."""
    first_n, last_n = day_number(first), day_number(last)
    with uow.read() as session:
        product = lookups.product_by_code(session, sku)
        by_day: dict[int, int] = {}
        sold = session.execute(
            select(OrderLine.business_day, func.sum(OrderLine.quantity))
            .where(
                OrderLine.product_id == product.id,
                OrderLine.sold == true(),
                OrderLine.business_day >= first_n,
                OrderLine.business_day <= last_n,
            )
            .group_by(OrderLine.business_day)
        )
        for day, quantity in sold:
            by_day[day] = by_day.get(day, 0) + int(quantity)
        back = session.execute(
            select(SaleReturn.business_day, func.sum(ReturnLine.quantity))
            .join(SaleReturn, SaleReturn.id == ReturnLine.return_id)
            .where(
                ReturnLine.product_id == product.id,
                SaleReturn.business_day >= first_n,
                SaleReturn.business_day <= last_n,
            )
            .group_by(SaleReturn.business_day)
        )
        for day, quantity in back:
            by_day[day] = by_day.get(day, 0) - int(quantity)
        scale = 10**product.decimals
    days = (last - first).days + 1
    return [
        DemandDay(d, by_day.get(day_number(d), 0) / scale)
        for d in (first + timedelta(days=i) for i in range(days))
    ]


def demand_chart(uow: UnitOfWork, sku: str, *, today: date | None = None) -> DemandChart:
    """What the product's demand chart shows, for the window that ends `today` (the shop's business day)."""
    rows = replenishment.suggest(uow, codes=[sku], today=today)
    if not rows:  # suggest() covers the active products only
        raise NotFound("unknown_item", item=sku.strip()[:64])
    figures = rows[0]
    day = today or _date(uow.business_day())
    first = day - timedelta(days=WINDOW_DAYS - 1)
    demand = daily_demand(uow, figures.sku, first, day)
    start = float(figures.available + figures.on_order)
    mean = figures.avg_daily_demand
    projection = [
        ProjectedDay(day + timedelta(days=i), start - mean * i) for i in range(figures.lead_time_days + 1)
    ]
    return DemandChart(
        sku=figures.sku,
        name=figures.name,
        unit=figures.unit,
        decimals=figures.decimals,
        today=day,
        demand=demand,
        sale_days=figures.sale_days,
        avg_daily_demand=mean,
        std_daily_demand=figures.std_daily_demand,
        lead_time_days=figures.lead_time_days,
        safety_stock=figures.safety_stock,
        reorder_point=figures.reorder_point,
        available=figures.available,
        on_order=figures.on_order,
        projection=projection,
        too_little_history=figures.too_little_history,
        pinned=figures.pinned,
    )


def _date(n: int) -> date:
    return date(n // 10000, n // 100 % 100, n % 100)
