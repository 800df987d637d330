"""Stock: the append-only ledger of movements, and the per-location levels that cache it."""

import enum
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime
from oms_desktop.domain.errors import OutOfStock
from oms_desktop.domain.product import Product
from oms_desktop.domain.quantity import from_units
from oms_desktop.domain.workflow import StockEffect

if TYPE_CHECKING:
    from oms_desktop.domain.order import Order


class MovementKind(enum.StrEnum):
    RECEIPT = "receipt"
    SALE = "sale"
    RETURN = "return"
    ADJUSTMENT = "adjustment"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"


class LevelChange(NamedTuple):  # a tuple: the bulk writers make one per line and action
    """What one stock effect does to one product's level: deltas, and the ledger row's kind when on hand moves."""

    on_hand: int = 0
    reserved: int = 0
    kind: MovementKind | None = None


def refuse_short(
    sku: str, asked: int, available: int, location: str, allow_backorder: bool, decimals: int = 0
) -> None:
    """The one stock refusal: no selling, reserving or shipping beyond what there is, unless the product
    allows backorders. Quantities in the smallest unit; the refusal says them in the product's unit."""
    if asked > available and not allow_backorder:
        raise OutOfStock(sku, from_units(asked, decimals), from_units(max(available, 0), decimals), location)


def level_change(
    effect: StockEffect,
    quantity: int,
    on_hand: int,
    reserved: int,
    held: int,
    sku: str,
    location: str,
    allow_backorder: bool,
    decimals: int = 0,
) -> LevelChange:
    """What `effect` does to a level for `quantity` units (refused when short); `held` is what the
    document itself holds reserved there. Both the ledger and the bulk writer move stock by this."""
    available = on_hand - reserved
    if effect is StockEffect.RESERVE:
        refuse_short(sku, quantity, available, location, allow_backorder, decimals)
        return LevelChange(reserved=quantity)
    if effect is StockEffect.RELEASE:
        return LevelChange(reserved=-min(held, reserved))
    if effect is StockEffect.ADJUST:
        # `quantity` is signed: more held is refused when short, less held gives back what is reserved.
        if quantity > 0:
            refuse_short(sku, quantity, available, location, allow_backorder, decimals)
            return LevelChange(reserved=quantity)
        return LevelChange(reserved=-min(-quantity, reserved))
    if effect is StockEffect.SHIP:
        # The goods were held for this document: what matters is that they are on the shelf.
        refuse_short(sku, quantity, on_hand, location, allow_backorder, decimals)
        return LevelChange(-quantity, -min(held, reserved), MovementKind.SALE)
    if effect is StockEffect.SELL:
        refuse_short(sku, quantity, available, location, allow_backorder, decimals)
        return LevelChange(-quantity, 0, MovementKind.SALE)
    if effect is StockEffect.TAKE_BACK:
        return LevelChange(quantity, 0, MovementKind.RETURN)
    if effect is StockEffect.RECEIVE:
        return LevelChange(quantity, 0, MovementKind.RECEIPT)
    return LevelChange()


class Holding(Protocol):
    """What a stock rule reads of a level: the ORM's StockLevel, or the bulk ledger's level in memory."""

    on_hand: int
    reserved: int

    @property
    def sku(self) -> str: ...

    @property
    def allow_backorder(self) -> bool: ...

    @property
    def decimals(self) -> int: ...


def effect_changes(
    effect: StockEffect, wanted: Sequence[tuple[Holding, int]], *, held: bool, location: str
) -> list[LevelChange]:
    """`level_change` for every (level, quantity) pair of one document, all checked before any is applied;
    nothing to do for no effect, or for a release when the document holds nothing."""
    if effect is StockEffect.NONE or (effect in (StockEffect.RELEASE, StockEffect.ADJUST) and not held):
        return []
    # Positional: the bulk writers call this a million times.
    return [
        level_change(
            effect,
            quantity,
            level.on_hand,
            level.reserved,
            quantity if held else 0,
            level.sku,
            location,
            level.allow_backorder,
            level.decimals,
        )
        for level, quantity in wanted
    ]


class Location(Base):
    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class StockLevel(Base):
    """On hand and reserved for one product at one location; `version` guards concurrent sales."""

    __tablename__ = "stock_levels"
    __table_args__ = (
        UniqueConstraint("product_id", "location_id"),
        CheckConstraint("reserved >= 0", name="reserved_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    product: Mapped[Product] = relationship(lazy="joined", innerjoin=True)
    location: Mapped[Location] = relationship(lazy="joined", innerjoin=True)

    __mapper_args__ = {"version_id_col": version}

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def sku(self) -> str:
        return self.product.sku

    @property
    def allow_backorder(self) -> bool:
        return self.product.allow_backorder

    @property
    def decimals(self) -> int:
        return self.product.decimals


class StockMovement(Base):
    """One change of on-hand stock. Rows are only ever inserted."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movements_product_location", "product_id", "location_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    kind: Mapped[MovementKind] = mapped_column(
        Enum(MovementKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    quantity: Mapped[int] = mapped_column(Integer)
    unit_cost_minor: Mapped[int | None] = mapped_column(MINOR_UNITS)
    reason: Mapped[str] = mapped_column(String(200), default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    user: Mapped[str] = mapped_column(String(64), default="system")

    # Set instead of order_id when the order is new: the key is filled in at the one flush.
    order: Mapped["Order | None"] = relationship()
