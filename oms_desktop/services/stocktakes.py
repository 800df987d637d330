"""Stocktakes: start a count of a location, set or scan counted quantities from any till, see the
differences, and finish by booking one adjustment per difference (reason "stocktake").

Each counted quantity is kept with what the books said at the moment it was counted (domain/stocktake.py),
so sales and receipts made while the count is open are neither lost nor counted twice.
"""

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import CountLine, CountState, Location, MovementKind, Product, StockLevel, Stocktake
from oms_desktop.domain.bounds import require_quantity
from oms_desktop.domain.errors import NotFound, ValidationError
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.quantity import Quantity, from_units, to_units
from oms_desktop.domain.stocktake import STOCKTAKE_PREFIX, STOCKTAKE_REASON
from oms_desktop.domain.stocktake_workflow import STOCKTAKES, CountAction
from oms_desktop.services import access, audit_trail, lookups
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.numbering import next_number
from oms_desktop.services.stock_ledger import Posting, level_for, levels_for, post

STOCKTAKES_KIND = "stocktakes"  # the Changes kind of this module


@dataclass(frozen=True)
class CountLineRecord:
    sku: str
    name: str
    decimals: int
    snapshot: Quantity  # on hand when the count started
    counted: Quantity | None
    book_at_count: Quantity | None
    difference: Quantity | None
    booked: Quantity
    counted_by: str
    counted_at: datetime | None


@dataclass(frozen=True)
class CountRecord:
    number: str
    state: str
    location: str
    note: str
    user: str
    started_at: datetime
    finished_at: datetime | None
    finished_by: str
    lines: list[CountLineRecord] = field(default_factory=list)

    @property
    def counted(self) -> int:
        return sum(1 for line in self.lines if line.counted is not None)

    @property
    def differences(self) -> list[CountLineRecord]:
        return [line for line in self.lines if line.difference]


def count_by_number(session: Session, number: str, *, lock: bool = False) -> Stocktake:
    query = select(Stocktake).where(Stocktake.number == number.strip().upper())
    count = session.scalar(query.with_for_update() if lock else query)
    if count is None:
        raise NotFound("unknown_stocktake", number=number.strip()[:40])
    return count


def start_count(
    uow: UnitOfWork, *, location: str | None = None, codes: list[str] | None = None, note: str = ""
) -> Outcome[CountRecord]:
    """Open a count of a location for the given products (all active ones by default), with a snapshot of
    their on hand now."""
    if len(note) > 200:
        raise ValidationError("note_too_long", most=200)

    def action(session: Session) -> Outcome[CountRecord]:
        access.require(session, uow, Permission.RECEIVE_GOODS)
        place = lookups.location_by_code(session, location)
        if codes:
            products = list({p.id: p for p in lookups.products_by_codes(session, codes).values()}.values())
            product_ids = [p.id for p in products]
        else:
            product_ids = list(
                session.scalars(select(Product.id).where(Product.active.is_(True)).order_by(Product.sku))
            )
        if not product_ids:
            raise ValidationError("count_nothing_to_count")
        _refuse_overlap(session, place, product_ids)
        on_hand = dict(
            session.execute(
                select(StockLevel.product_id, StockLevel.on_hand).where(StockLevel.location_id == place.id)
            ).all()
        )
        count = Stocktake(
            number=next_number(session, STOCKTAKE_PREFIX, uow.business_day() // 10000),
            location_id=place.id,
            note=note.strip(),
            user=uow.user,
            started_at=uow.now(),
        )
        STOCKTAKES.move(count, STOCKTAKES.step(CountAction.START), uow.now(), _no_derive)
        session.add(count)
        session.flush()
        session.execute(
            insert(CountLine),
            [
                {
                    "stocktake_id": count.id,
                    "product_id": pid,
                    "snapshot": int(on_hand.get(pid, 0)),
                    "counted_by": "",
                    "booked": 0,
                }
                for pid in product_ids
            ],
        )
        audit_trail.record(
            session,
            uow,
            "count_start",
            count.number,
            after={"location": place.code, "products": len(product_ids)},
        )
        return Outcome(count_record(session, count), Changes.of(STOCKTAKES_KIND, [count.id]))

    return uow.run(action, retry_integrity=True)


def _no_derive(doc: object, dimension: str) -> None:
    raise ValueError(f"a stocktake derives nothing ({dimension})")


def set_count(
    uow: UnitOfWork, number: str, code: str, quantity: Quantity, *, add: bool = False
) -> Outcome[CountLineRecord]:
    """Say how many of a product are on the shelf (`add`: this many more, as each scan adds one). The
    books' on hand at this moment is kept with it, to compare against."""
    if quantity < 0:
        raise ValidationError("counted_negative", item=code.strip()[:64], quantity=quantity)
    if quantity:
        require_quantity(code, quantity)

    def action(session: Session) -> Outcome[CountLineRecord]:
        access.require(session, uow, Permission.RECEIVE_GOODS)
        count = count_by_number(session, number)
        STOCKTAKES.require(count, CountAction.COUNT)
        product = lookups.product_by_code(session, code)
        # Locked: two devices scanning the same product on PostgreSQL must add up, not overwrite each other.
        line = session.scalar(
            select(CountLine)
            .where(CountLine.stocktake_id == count.id, CountLine.product_id == product.id)
            .with_for_update()
        )
        if line is None:
            raise ValidationError("count_item_not_in_count", item=product.sku, number=count.number)
        units = to_units(product.sku, quantity, product.decimals)
        counted = (line.counted or 0) + units if add else units
        if counted:
            require_quantity(product.sku, from_units(counted, product.decimals))
        level = level_for(session, product, session.get_one(Location, count.location_id))
        line.counted = counted
        line.book_at_count = level.on_hand
        line.counted_at = uow.now()
        line.counted_by = uow.user[:64]
        session.flush()
        return Outcome(line_record(line, product), Changes.of(STOCKTAKES_KIND, [count.id]))

    return uow.run(action)


def _refuse_overlap(session: Session, place: Location, product_ids: list[int]) -> None:
    """A product is in one open count of a location at a time: two counts made before either is finished
    would each book the same difference, and the stock would move twice."""
    clash = session.execute(
        select(Product.sku, Stocktake.number)
        .join(CountLine, CountLine.product_id == Product.id)
        .join(Stocktake, Stocktake.id == CountLine.stocktake_id)
        .where(
            Stocktake.location_id == place.id,
            Stocktake.state == CountState.OPEN,
            CountLine.product_id.in_(product_ids),
        )
        .order_by(Stocktake.number, Product.sku)
        .limit(1)
    ).first()
    if clash is not None:
        raise ValidationError("count_overlaps", item=clash[0], number=clash[1], location=place.code)


def finish_count(uow: UnitOfWork, number: str) -> Outcome[CountRecord]:
    """Book one adjustment per difference (reason "stocktake") and close the count; products not counted
    are left as they are."""

    def action(session: Session) -> Outcome[CountRecord]:
        approver = access.require(session, uow, Permission.ADJUST_STOCK)
        count = count_by_number(session, number, lock=True)
        step = STOCKTAKES.require(count, CountAction.FINISH)
        place = session.get_one(Location, count.location_id)
        differing = [line for line in count.lines if line.difference]
        levels = levels_for(session, [line.product_id for line in differing], place)
        reason = f"{STOCKTAKE_REASON} {count.number}"
        changed: list[int] = []
        for line in differing:
            delta = line.difference or 0
            # Booked as counted even when later sales take on hand below zero: that says the count was off.
            post(
                session, uow, levels[line.product_id], Posting(MovementKind.ADJUSTMENT, delta, reason=reason)
            )
            line.booked = delta
            changed.append(line.product_id)
        STOCKTAKES.move(count, step, uow.now(), _no_derive)
        count.finished_by = uow.user[:64]
        count.approved_by = approver
        session.flush()
        audit_trail.record(
            session,
            uow,
            "count_finish",
            count.number,
            after={
                "location": place.code,
                "counted": sum(1 for x in count.lines if x.counted is not None),
                "adjusted": len(changed),
            },
            approver=approver,
        )
        return Outcome(
            count_record(session, count), Changes.of(STOCKTAKES_KIND, [count.id]) | Changes.for_stock(changed)
        )

    return uow.run(action)


def cancel_count(uow: UnitOfWork, number: str) -> Outcome[CountRecord]:
    """Abandon a count: nothing is booked."""

    def action(session: Session) -> Outcome[CountRecord]:
        access.require(session, uow, Permission.RECEIVE_GOODS)
        count = count_by_number(session, number, lock=True)
        step = STOCKTAKES.require(count, CountAction.CANCEL)
        STOCKTAKES.move(count, step, uow.now(), _no_derive)
        session.flush()
        audit_trail.record(session, uow, "count_cancel", count.number)
        return Outcome(count_record(session, count), Changes.of(STOCKTAKES_KIND, [count.id]))

    return uow.run(action)


def line_record(line: CountLine, product: Product) -> CountLineRecord:
    d = product.decimals

    def q(units: int | None) -> Quantity | None:
        return None if units is None else from_units(units, d)

    return CountLineRecord(
        sku=product.sku,
        name=product.name,
        decimals=d,
        snapshot=from_units(line.snapshot, d),
        counted=q(line.counted),
        book_at_count=q(line.book_at_count),
        difference=q(line.difference),
        booked=from_units(line.booked, d),
        counted_by=line.counted_by,
        counted_at=line.counted_at,
    )


def count_record(session: Session, count: Stocktake) -> CountRecord:
    place = session.get_one(Location, count.location_id)
    rows = session.execute(
        select(CountLine, Product)
        .join(Product, Product.id == CountLine.product_id)
        .where(CountLine.stocktake_id == count.id)
        .order_by(Product.sku)
    ).all()
    return CountRecord(
        number=count.number,
        state=count.state.value,
        location=place.code,
        note=count.note,
        user=count.user,
        started_at=count.started_at,
        finished_at=count.finished_at,
        finished_by=count.finished_by,
        lines=[line_record(line, product) for line, product in rows],
    )


def get_count(uow: UnitOfWork, number: str) -> CountRecord:
    with uow.read() as session:
        return count_record(session, count_by_number(session, number))


def list_counts(uow: UnitOfWork, *, open_only: bool = False, limit: int = 100) -> list[CountRecord]:
    """Counts newest first (without their lines)."""
    with uow.read() as session:
        query = select(Stocktake, Location.code).join(Location, Location.id == Stocktake.location_id)
        if open_only:
            query = query.where(Stocktake.state == CountState.OPEN)
        rows = session.execute(query.order_by(Stocktake.id.desc()).limit(limit)).all()
        return [
            CountRecord(
                c.number, c.state.value, code, c.note, c.user, c.started_at, c.finished_at, c.finished_by
            )
            for c, code in rows
        ]
