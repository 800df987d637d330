"""The only place that changes stock levels: every on-hand change is posted with its ledger row.

One action at a time through the ORM (`post`, `carry_out`), or many at once for the CSV import and the demo
at scale (`BulkLedger`); both move stock by the same rule (domain.stock.level_change).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Location, MovementKind, Order, Product, StockLevel, StockMovement
from oms_desktop.domain.bounds import require_on_hand
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.stock import effect_changes, refuse_short
from oms_desktop.domain.workflow import StockEffect
from oms_desktop.services.lookups import in_batches


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
        raise ValidationError("movement_zero")
    require_on_hand(level.sku, level.on_hand + posting.quantity)
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
    refuse_short(
        level.product.sku,
        quantity,
        level.available,
        level.location.code,
        level.product.allow_backorder,
        level.product.decimals,
    )


def carry_out(
    session: Session,
    uow: UnitOfWork,
    effect: StockEffect,
    wanted: list[tuple[StockLevel, int]],
    *,
    held: bool,
    order: Order | None = None,
    reason: str = "",
) -> list[int]:
    """Do a workflow row's stock effect for (level, quantity) pairs: every level is checked before any is
    changed, so a refusal leaves all of them as they were. `held`: the document holds these quantities
    reserved. Returns the ids of the products whose stock changed."""
    location = wanted[0][0].location.code if wanted else ""
    changes = effect_changes(effect, wanted, held=held, location=location)
    if not changes:
        return []
    for (level, _), change in zip(wanted, changes, strict=True):
        level.reserved += change.reserved
        if change.kind is not None:
            post(session, uow, level, Posting(change.kind, change.on_hand, reason=reason, order=order))
    return [level.product_id for level, _ in wanted]


@dataclass
class BulkLevel:
    """What the bulk ledger knows of one product's level at its location while it works."""

    sku: str
    on_hand: int
    reserved: int
    allow_backorder: bool = False
    decimals: int = 0  # the product's unit precision (the refusals speak in its unit)
    # What was written so far: the level row is moved by the difference, never set to a value read earlier.
    written_on_hand: int = field(default=0, init=False)
    written_reserved: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.written_on_hand, self.written_reserved = self.on_hand, self.reserved

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass
class BulkLedger:
    """The ledger for writers of many rows (CSV import, demo at scale): the same stock rules as `carry_out`
    and `post` (domain.stock.level_change), applied to levels held in memory, with the ledger rows and the
    level updates written in batches by `flush` inside the caller's transaction."""

    writer: RowWriter
    location_id: int
    location_code: str
    levels: dict[int, BulkLevel]
    user: str = "system"
    _moves: list[tuple[Any, ...]] = field(default_factory=list)
    _touched: set[int] = field(default_factory=set)

    def carry_out(
        self,
        effect: StockEffect,
        wanted: list[tuple[int, int]],
        *,
        held: bool,
        order_id: int | None,
        at: datetime,
        reason: str = "",
    ) -> None:
        """A workflow row's stock effect for (product id, quantity) pairs; all checked before any changes."""
        levels = [(self.levels[pid], quantity) for pid, quantity in wanted]
        changes = effect_changes(effect, levels, held=held, location=self.location_code)
        if not changes:
            return
        stamp = self.writer.ts(at)
        for (level, _), (pid, _), change in zip(levels, wanted, changes, strict=True):
            level.reserved += change.reserved
            self._touched.add(pid)
            if change.kind is not None:
                self._post(pid, change.kind, change.on_hand, None, reason, order_id, stamp)

    def receive(
        self, product_id: int, quantity: int, unit_cost_minor: int, at: datetime, reason: str = ""
    ) -> None:
        self._post(
            product_id, MovementKind.RECEIPT, quantity, unit_cost_minor, reason, None, self.writer.ts(at)
        )

    def _post(
        self,
        product_id: int,
        kind: MovementKind,
        quantity: int,
        unit_cost_minor: int | None,
        reason: str,
        order_id: int | None,
        stamp: Any,  # the time in the driver's form (RowWriter.ts)
    ) -> None:
        if quantity == 0:
            raise ValidationError("movement_zero")
        level = self.levels[product_id]
        require_on_hand(level.sku, level.on_hand + quantity)
        level.on_hand += quantity
        self._touched.add(product_id)
        self._moves.append(
            (
                product_id,
                self.location_id,
                kind.value,
                quantity,
                unit_cost_minor,
                reason,
                order_id,
                stamp,
                self.user,
            )
        )

    @property
    def touched(self) -> set[int]:
        """The products whose level changed since the last flush."""
        return set(self._touched)

    def mark(self) -> int:
        """A point to go back to when a whole document is refused part-way (see `back_to`)."""
        return len(self._moves)

    def back_to(self, mark: int, levels: list[tuple[int, int, int]]) -> None:
        """Forget the rows queued since `mark` and put the levels back to (product id, on hand, reserved)."""
        del self._moves[mark:]
        for pid, on_hand, reserved in levels:
            self.levels[pid].on_hand, self.levels[pid].reserved = on_hand, reserved

    def flush(self) -> None:
        """Insert the ledger rows and move the level rows by what changed since the last flush."""
        self.writer.insert("stock_movements", self._moves)
        self._moves = []
        if not self._touched:
            return
        m = self.writer.mark
        rows = []
        for pid in sorted(self._touched):
            level = self.levels[pid]
            rows.append(
                (
                    level.on_hand - level.written_on_hand,
                    level.reserved - level.written_reserved,
                    pid,
                    self.location_id,
                )
            )
            level.written_on_hand, level.written_reserved = level.on_hand, level.reserved
        self.writer.execute_many(
            f"UPDATE stock_levels SET on_hand = on_hand + {m}, reserved = reserved + {m}, "
            f"version = version + 1 WHERE product_id = {m} AND location_id = {m}",
            rows,
        )
        self._touched.clear()


_LEVELS = (
    select(
        StockLevel.product_id,
        Product.sku,
        StockLevel.on_hand,
        StockLevel.reserved,
        Product.allow_backorder,
        Product.decimals,
    )
    .join(Product, Product.id == StockLevel.product_id)
    .where(StockLevel.location_id == bindparam("location"))
)
_SOME_LEVELS = _LEVELS.where(StockLevel.product_id.in_(bindparam("products", expanding=True)))
# Keyed by (PostgreSQL, some products). On PostgreSQL the rows are locked in one order for every writer, so
# that two tills locking the same products cannot deadlock.
_LEVELS_QUERY = {
    (False, False): _LEVELS,
    (False, True): _SOME_LEVELS,
    (True, False): _LEVELS.order_by(StockLevel.product_id).with_for_update(of=StockLevel),
    (True, True): _SOME_LEVELS.order_by(StockLevel.product_id).with_for_update(of=StockLevel),
}


def load_bulk_levels(
    conn: Connection, location_id: int, product_ids: Sequence[int] | None = None
) -> dict[int, BulkLevel]:
    """The current levels at a location (all products, or the ones named), to start a bulk ledger with. On
    PostgreSQL the rows stay locked until the transaction ends, so no till sells them meanwhile."""
    some = product_ids is not None
    query = _LEVELS_QUERY[conn.dialect.name == "postgresql", some]
    params: dict[str, Any] = {"location": location_id}
    if some:
        params["products"] = list(product_ids or ())
    return {
        pid: BulkLevel(sku, on, res, bool(bo), int(d))
        for pid, sku, on, res, bo, d in conn.execute(query, params)
    }


def ensure_levels(conn: Connection, product_ids: Sequence[int], location_id: int) -> None:
    """Give each product a (zero) level row at the location if it has none yet."""
    have: set[int] = set()
    for chunk in in_batches(list(product_ids)):
        have |= set(
            conn.scalars(
                select(StockLevel.product_id).where(
                    StockLevel.product_id.in_(chunk), StockLevel.location_id == location_id
                )
            )
        )
    RowWriter(conn).insert("stock_levels", [(p, location_id, 0, 0, 1) for p in product_ids if p not in have])


def levels_at(conn: Connection, location_id: int, product_ids: Sequence[int]) -> dict[int, BulkLevel]:
    """The levels of the products at a location (locked on PostgreSQL); missing level rows are created."""
    wanted = sorted(set(product_ids))
    levels = load_bulk_levels(conn, location_id, wanted)
    missing = [pid for pid in wanted if pid not in levels]
    if missing:
        ensure_levels(conn, missing, location_id)
        levels |= load_bulk_levels(conn, location_id, missing)
    return levels
