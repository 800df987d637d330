"""Quotations: prices offered to a customer until a day, then confirmed into an order or expired.

A quotation is an order in lifecycle `quote`, made by the workflow's creating row QUOTE through the one writer
of new orders (`orders.create_order` with `OrderRequest.quote_days`). It holds no stock, is no sale (its lines
are not sold) and owes nothing, so receivables, credit exposure, backorders and the sales reports pass it by
(they count confirmed orders only). Its last valid day (`orders.valid_until`, YYYYMMDD in the shop's calendar)
is the business day it was made plus the days it is valid, 1 to 365.

Confirming it is `orders.confirm` (the row and the checks of a draft's confirm: stock reserved, credit checked),
which asks `before_confirm` first: the quoted prices are kept up to and including the last valid day; after it
they must be refreshed, every line priced again by the one rule (`sale_lines.priced_lines`: the customer's tier
today; a price typed by hand is priced again too), the totals recomputed, and the history says so with the old
and the new total. A confirmed quotation is an order taken on the day it was confirmed: its business day moves
to that day, so the sales reports and the due date on account count from it.

Quotations past their last valid day are expired in one place, `expire_quotes` (`order expire-quotes`); no
read expires them on the side. A quotation the customer declines is cancelled (`order cancel`).
"""

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork, day_number
from oms_desktop.domain import Order, Product, order_audit
from oms_desktop.domain.bounds import require_total
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import Lifecycle, Status
from oms_desktop.domain.order_workflow import Action, require
from oms_desktop.domain.quantity import Quantity, from_units
from oms_desktop.services import lookups
from oms_desktop.services.changes import NOTHING, Changes, Outcome
from oms_desktop.services.order_moves import apply
from oms_desktop.services.sale_lines import priced_lines

MIN_DAYS, MAX_DAYS = 1, 365
DEFAULT_DAYS = 14
QUOTATIONS = (Lifecycle.QUOTE.value, Lifecycle.EXPIRED.value)  # the lifecycles printed as a quotation


class Prices(enum.StrEnum):
    """What confirming a quotation does with its prices."""

    KEEP = "keep"  # the prices quoted: only up to and including the last valid day
    REFRESH = "refresh"  # every line priced again as it would be today


def require_valid_days(days: int) -> None:
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise ValidationError("quote_valid_days_range", days=days)


def as_date(day: int) -> date:
    """A YYYYMMDD business day as a date."""
    return date(day // 10000, day // 100 % 100, day % 100)


def last_valid_day(business_day: int, days: int) -> int:
    """The last day a quotation made on `business_day` and valid for `days` days may be taken up (YYYYMMDD)."""
    require_valid_days(days)
    return day_number(as_date(business_day) + timedelta(days=days))


def is_quotation(lifecycle: str) -> bool:
    """Whether an order in this lifecycle is (or was, expired) a quotation, and prints as one."""
    return lifecycle in QUOTATIONS


def require_quotation(number: str, lifecycle: str, status: str) -> None:
    """Refuse to treat an order as a quotation when it is none (printing a quotation of a confirmed order)."""
    if not is_quotation(lifecycle):
        raise ValidationError("not_a_quotation", number=number, status=status)


class _Wanted(NamedTuple):
    """A line asked of the price rule (sale_lines.LineWanted)."""

    code: str
    quantity: Quantity
    unit_price: Decimal | None
    discount: Decimal


def before_confirm(session: Session, uow: UnitOfWork, order: Order, prices: Prices) -> str:
    """What confirming `order` does first, in its transaction, before the row reserves its stock and its
    credit is checked: a quotation's prices kept (within its validity) or refreshed, and its day moved to
    today. Returns the history's words for the confirm ("" for a draft)."""
    if order.lifecycle is not Lifecycle.QUOTE:
        if prices is Prices.REFRESH:
            raise ValidationError("quote_refresh_needs_quote", number=order.number)
        return ""
    today = uow.business_day()
    last = order.valid_until if order.valid_until is not None else today
    if prices is Prices.KEEP:
        if today > last:
            raise ValidationError("quote_past_validity", number=order.number, day=as_date(last).isoformat())
        words = order_audit.prices_kept(last)
    else:
        before = order.total_minor
        _refresh_prices(session, order)
        words = order_audit.prices_refreshed(before, order.total_minor)
    order.business_day = today  # taken today: the day it counts for in reports and on account
    for line in order.lines:
        line.business_day = today
    return words


def _refresh_prices(session: Session, order: Order) -> None:
    """Every line priced again by the one rule for the order's customer, quantities and discounts kept (a
    discount more than the new line is refused by the rule); the totals follow."""
    ids = sorted({line.product_id for line in order.lines})
    skus = {
        pid: sku for pid, sku in session.execute(select(Product.id, Product.sku).where(Product.id.in_(ids)))
    }
    wanted = [
        _Wanted(
            skus[line.product_id],
            from_units(line.quantity, line.decimals),
            None,
            from_minor(line.discount_minor),
        )
        for line in order.lines
    ]
    priced = priced_lines(session, wanted, order.customer)
    for line, now in zip(order.lines, priced, strict=True):
        line.unit_price_minor = now.unit_price_minor
        line.unit_cost_minor = now.unit_cost_minor
        line.tax_rate_bp = now.tax_rate_bp
    order.tax_included = any(now.tax_included for now in priced)
    order.recompute_totals()
    require_total(order.total_minor)


@dataclass(frozen=True)
class ExpiredQuote:
    number: str
    customer: str  # code and name
    valid_until: date
    total: Decimal


@dataclass(frozen=True)
class Expired:
    as_of: date  # quotations whose last valid day was before this day
    quotes: list[ExpiredQuote]


def expire_quotes(
    uow: UnitOfWork, as_of: date | None = None, *, numbers: list[str] | None = None
) -> Outcome[Expired]:
    """Expire every quotation whose last valid day is before `as_of` (default today; never a later day), in
    one transaction. With `numbers`, exactly those: a number that is no quotation is refused with the
    table's reason, a quotation still valid that day with its last valid day."""
    today = uow.business_day()
    day = day_number(as_of) if as_of is not None else today
    if day > today:
        raise ValidationError("quotes_as_of_future", day=as_date(day).isoformat())

    def run(session: Session) -> Outcome[Expired]:
        if numbers is None:
            query = (
                select(Order)
                .where(Order.status == Status.QUOTE, Order.valid_until < day)
                .order_by(Order.valid_until, Order.id)
                .with_for_update()
            )
            found = list(session.scalars(query))
        else:
            found = [lookups.order_by_number(session, number, lock=True) for number in numbers]
        expired = []
        for order in found:
            require(order, Action.EXPIRE)
            last = order.valid_until
            if last is None or last >= day:
                raise ValidationError(
                    "quote_still_valid", number=order.number, day=as_date(last or day).isoformat()
                )
            apply(session, uow, order, Action.EXPIRE, detail=order_audit.expired(last))
            who = f"{order.customer.code} {order.customer.name}" if order.customer is not None else ""
            expired.append(ExpiredQuote(order.number, who, as_date(last), from_minor(order.total_minor)))
        session.flush()
        changes = Changes(orders=True, order_ids=[o.id for o in found]) if found else NOTHING
        return Outcome(Expired(as_date(day), expired), changes)

    return uow.run(run)
