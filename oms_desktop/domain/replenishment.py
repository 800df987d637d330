"""What to reorder, computed and explained: safety stock, reorder point and economic order quantity.

For one product, from its daily demand (sales net of returns) over the `WINDOW_DAYS` days that end today,
today included, days without sales counting as zero:

    d̄  = mean daily demand                 σ  = sample standard deviation of daily demand
    LT = lead time in days                  z  = inverse normal CDF of the service level (95%: 1.645)
    SS = z·σ·√LT                            ROP = d̄·LT + SS
    D  = d̄·365   S = ordering cost per order   H = unit cost × holding-cost rate a year
    EOQ = √(2DS/H)
    when available + on order <= ROP: suggest max(EOQ, ROP - (available + on order)),
    rounded up to the pack size, and at least the minimum order quantity.

Quantities are in the product's unit (a float for the statistics; the suggestion exact, in its smallest
unit). A product sold on fewer than `MIN_SALE_DAYS` days of the window has too little history: it says so
and suggests nothing, unless the owner pinned its reorder point.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from statistics import NormalDist

WINDOW_DAYS = 90
MIN_SALE_DAYS = 3
DAYS_A_YEAR = 365

FORMULAS = {
    "avg_daily_demand": "d̄ = units sold net of returns in the last 90 days ÷ 90",
    "std_daily_demand": "σ = √(Σ(dᵢ − d̄)² ÷ 89), over all 90 days (days without sales are 0)",
    "lead_time_days": "LT = the product's lead time at this supplier, else the supplier's default",
    "safety_stock": "SS = z · σ · √LT (z from the service level)",
    "reorder_point": "ROP = d̄ · LT + SS (or the owner's pinned reorder point)",
    "eoq": "EOQ = √(2 · D · S ÷ H), D = d̄ · 365, S = ordering cost, H = unit cost × holding rate",
    "suggested_qty": "when available + on order ≤ ROP: max(EOQ, ROP − (available + on order)), "
    "rounded up to the pack size, at least the minimum order",
}


@dataclass(frozen=True)
class Demand:
    """Daily demand over the window, from the days that had sales: their sum, sum of squares and count."""

    total: float = 0.0
    sum_squares: float = 0.0
    sale_days: int = 0
    days: int = WINDOW_DAYS

    @property
    def mean(self) -> float:
        return self.total / self.days

    @property
    def std(self) -> float:
        if self.days < 2:
            return 0.0
        variance = (self.sum_squares - self.total * self.total / self.days) / (self.days - 1)
        return math.sqrt(max(variance, 0.0))  # never below zero from rounding


@dataclass(frozen=True)
class Terms:
    """What the supplier and the shop say: lead time, ordering cost, unit cost, pack and minimum (in the
    product's smallest unit), service level and holding rate (percent)."""

    lead_time_days: int
    order_cost: Decimal
    unit_cost: Decimal
    pack_size: int = 1
    min_qty: int = 0
    service_level: Decimal = Decimal("95")
    holding_rate: Decimal = Decimal("25")


@dataclass(frozen=True)
class Plan:
    avg_daily_demand: float
    std_daily_demand: float
    lead_time_days: int
    z: float
    safety_stock: float | None  # None: too little history
    reorder_point: float | None
    eoq: float | None  # None: no unit cost to hold, or too little history
    position: float  # available + on order, in the product's unit
    suggested_units: int  # what to order, in the product's smallest unit (0: nothing)
    too_little_history: bool
    pinned: bool


@cache  # one service level for the whole catalogue: worked out once
def z_for(service_level: Decimal) -> float:
    """The z of a service level in percent (95 -> 1.645)."""
    return NormalDist().inv_cdf(float(service_level) / 100)


def eoq(annual_demand: float, order_cost: Decimal, holding_cost: float) -> float | None:
    """√(2DS/H); None when there is nothing to hold (H = 0)."""
    if holding_cost <= 0:
        return None
    return math.sqrt(2 * annual_demand * float(order_cost) / holding_cost)


def order_units(wanted: float, decimals: int, pack_size: int, min_qty: int) -> int:
    """`wanted` (in the product's unit) as smallest units, rounded up to whole packs, at least `min_qty`."""
    scale = 10**decimals
    units = math.ceil(round(wanted * scale, 6))  # round first: 2.0000000001 packs are two packs
    units = max(units, min_qty)
    if pack_size > 1:
        units = -(-units // pack_size) * pack_size
    return max(units, 0)


def plan(
    demand: Demand,
    terms: Terms,
    position: float,
    decimals: int,
    pinned_reorder_point: float | None = None,
) -> Plan:
    """The figures for one product; `position` is available + on order in the product's unit."""
    mean, std, lead = demand.mean, demand.std, terms.lead_time_days
    z = z_for(terms.service_level)
    little = demand.sale_days < MIN_SALE_DAYS
    pinned = pinned_reorder_point is not None
    if little and not pinned:
        return Plan(mean, std, lead, z, None, None, None, position, 0, True, False)
    safety = z * std * math.sqrt(lead)
    reorder = pinned_reorder_point if pinned_reorder_point is not None else mean * lead + safety
    economic = eoq(mean * DAYS_A_YEAR, terms.order_cost, float(terms.unit_cost * terms.holding_rate / 100))
    suggested = 0
    if position <= reorder:
        wanted = max(economic or 0.0, reorder - position)
        if wanted > 0:
            suggested = order_units(wanted, decimals, terms.pack_size, terms.min_qty)
    return Plan(mean, std, lead, z, safety, reorder, economic, position, suggested, little, pinned)
