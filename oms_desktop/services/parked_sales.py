"""Sales parked at a till and recalled later (at that till or another): one transaction each, kept in the
database as the sale's own JSON (services/sale.Sale.to_dict), so a restart loses none."""

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import ParkedSale
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.permissions import Permission
from oms_desktop.services import access
from oms_desktop.services.changes import Changes, Outcome

KIND = "parked_sales"  # what Changes announce when the list changes


@dataclass(frozen=True)
class ParkedRecord:
    number: int
    till: str
    user: str
    note: str
    lines: int
    total: Decimal
    parked_at: datetime


def _record(row: ParkedSale) -> ParkedRecord:
    return ParkedRecord(
        row.id, row.till, row.user, row.note, row.lines, from_minor(row.total_minor), row.parked_at
    )


def park(uow: UnitOfWork, sale: dict[str, Any], note: str, total: Decimal) -> Outcome[ParkedRecord]:
    """Put the sale aside at this till with a note (and the total the cart showed, to tell sales apart)."""
    lines = sale.get("lines") or []
    if not lines:
        raise ValidationError("parked_sale_empty")
    require_amount(total)
    text = json.dumps(sale, ensure_ascii=False)

    def action(session: Session) -> Outcome[ParkedRecord]:
        access.require(session, uow, Permission.SELL)
        row = ParkedSale(
            till=uow.till[:64],
            user=uow.user[:64],
            note=" ".join(note.split())[:200],
            sale=text,
            lines=len(lines),
            total_minor=to_minor(total),
            parked_at=uow.now(),
        )
        session.add(row)
        session.flush()
        return Outcome(_record(row), Changes.of(KIND, [row.id]))

    return uow.run(action)


def parked(uow: UnitOfWork, *, every_till: bool = False) -> list[ParkedRecord]:
    """This till's parked sales (or every till's), oldest first."""
    query = select(ParkedSale).order_by(ParkedSale.id)
    if not every_till:
        query = query.where(ParkedSale.till == uow.till)
    with uow.read() as session:
        return [_record(row) for row in session.scalars(query)]


def recall(uow: UnitOfWork, number: int) -> Outcome[dict[str, Any]]:
    """Take a parked sale back to the counter: it leaves the list in the same transaction, so two tills
    cannot both recall it."""

    def action(session: Session) -> Outcome[dict[str, Any]]:
        access.require(session, uow, Permission.SELL)
        row = session.get(ParkedSale, number, with_for_update=True)
        if row is None:
            raise NotFound("parked_sale_unknown", number=number)
        try:
            sale = json.loads(row.sale)
        except ValueError as exc:
            raise ValidationError("parked_sale_unreadable", number=number, detail=str(exc)[:80]) from None
        if not isinstance(sale, dict):
            raise ValidationError("parked_sale_unreadable", number=number, detail="not a sale")
        session.delete(row)
        return Outcome(sale, Changes.of(KIND, [number]))

    return uow.run(action)
