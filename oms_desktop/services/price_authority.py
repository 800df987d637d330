"""Lowering a price at the till: a discount or a typed price below the shelf's. A cashier may go as far as
the shop's limit (a percent of the line, a setting); beyond it a manager approves. Every lowered line is an
audit row with the shelf price before and the charged price after, whoever did it."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.quantity import amount_for, to_units
from oms_desktop.services import access, audit_trail, lookups
from oms_desktop.services.sale_lines import LineWanted
from oms_desktop.services.settings import load as load_settings


@dataclass(frozen=True)
class Reduction:
    sku: str
    shelf_minor: int  # quantity x the customer's tier price
    charged_minor: int  # what the line comes to before tax
    typed_price: bool  # a price was typed (an override), not only a discount

    @property
    def percent(self) -> Decimal:
        if self.shelf_minor <= 0:
            return Decimal("0")
        return Decimal(self.shelf_minor - self.charged_minor) * 100 / Decimal(self.shelf_minor)


def reductions(
    session: Session, requests: Sequence[LineWanted], customer: Customer | None
) -> list[Reduction]:
    """The lines charged below the shelf (nothing is read when no line has a price or a discount)."""
    wanted = [r for r in requests if r.unit_price is not None or r.discount]
    if not wanted:
        return []
    wholesale = customer is not None and customer.wholesale
    products = lookups.products_by_codes(session, [r.code for r in wanted])
    found = []
    for r in wanted:
        product = products[r.code]
        units = to_units(product.sku, r.quantity, product.decimals)
        shelf = amount_for(units, product.price_for(wholesale), product.decimals)
        unit = product.price_for(wholesale) if r.unit_price is None else to_minor(r.unit_price)
        charged = amount_for(units, unit, product.decimals) - to_minor(r.discount)
        if charged < shelf:
            found.append(Reduction(product.sku, shelf, charged, r.unit_price is not None))
    return found


def require_reductions(
    session: Session, uow: UnitOfWork, found: list[Reduction], subject: str, reason: str = ""
) -> None:
    """Refuse lowered lines beyond the cashier's limit unless a manager approved; audit each one, with the
    reason given."""
    if not found:
        return
    limit = load_settings(session).cashier_discount_limit
    approver = ""
    if any(r.percent > limit for r in found):
        approver = access.require(session, uow, Permission.DISCOUNT_ABOVE_LIMIT)
    for r in found:
        audit_trail.record(
            session,
            uow,
            "price_override" if r.typed_price else "discount",
            subject,
            before={"sku": r.sku, "amount": from_minor(r.shelf_minor)},
            after={"sku": r.sku, "amount": from_minor(r.charged_minor)},
            detail=f"{r.percent.quantize(Decimal('0.1'))}% off"
            + (f": {reason.strip()}" if reason.strip() else ""),
            approver=approver,
        )
