"""What to reorder: every product's replenishment figures, each column headed by its formula and each cell
explained with its own numbers (tooltips), so that an owner can check a figure by hand."""

import math
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from oms_desktop.domain.replenishment import DAYS_A_YEAR, WINDOW_DAYS
from oms_desktop.gui.formatting import money, quantity_key
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.services.replenishment import Suggestion

Index = QModelIndex | QPersistentModelIndex
QUIET = QColor("#6b7280")  # figures of a product with too little history: shown, but not to be trusted


def figure(value: float | None, decimals: int = 2) -> str:
    """A computed figure as people read it; '' when there is none."""
    if value is None or math.isnan(value):
        return ""
    return f"{value:.{decimals}f}"


def _key(value: float | None) -> int:
    """An exact sort key for a float figure (thousandths); no figure sorts first."""
    return -1 if value is None or math.isnan(value) else round(value * 1000)


class SuggestionsModel(RowsModel[Suggestion]):
    """One row per product: its stock position, demand, lead time and the figures computed from them."""

    (
        COL_SKU,
        COL_NAME,
        COL_SUPPLIER,
        COL_AVAILABLE,
        COL_ON_ORDER,
        COL_MEAN,
        COL_STD,
        COL_LEAD,
        COL_SAFETY,
        COL_REORDER,
        COL_EOQ,
        COL_ORDER,
        COL_NOTE,
    ) = range(13)
    RIGHT_ALIGNED = frozenset(range(COL_AVAILABLE, COL_ORDER + 1))
    FIGURES = frozenset(range(COL_MEAN, COL_ORDER + 1))
    FROM_PINNED = frozenset((COL_REORDER, COL_ORDER))  # a pinned reorder point and the suggestion from it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.holding_rate = Decimal("25")  # the shop's setting (percent a year), for the EOQ's explanation
        self.service_level = Decimal("95")
        self._formulas = self.formulas()

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Supplier"),
            self.tr("Available"),
            self.tr("On order"),
            self.tr("d̄ / day"),
            self.tr("σ"),
            self.tr("LT (days)"),
            self.tr("Safety stock"),
            self.tr("Reorder point"),
            self.tr("EOQ"),
            self.tr("To order"),
            self.tr("Note"),
        ]

    def formulas(self) -> dict[int, str]:
        """Each figure's formula (domain/replenishment.py FORMULAS, in the window's language)."""
        return {
            self.COL_AVAILABLE: self.tr("Available = on hand − reserved, all locations"),
            self.COL_ON_ORDER: self.tr("On order = what sent POs still bring + what draft POs hold"),
            self.COL_MEAN: self.tr("d̄ = units sold net of returns in the last 90 days ÷ 90"),
            self.COL_STD: self.tr("σ = √(Σ(dᵢ − d̄)² ÷ 89), over all 90 days (days without sales are 0)"),
            self.COL_LEAD: self.tr(
                "LT = the product's lead time at this supplier, else the supplier's default"
            ),
            self.COL_SAFETY: self.tr("SS = z · σ · √LT (z from the service level)"),
            self.COL_REORDER: self.tr("ROP = d̄ · LT + SS (or the owner's pinned reorder point)"),
            self.COL_EOQ: self.tr(
                "EOQ = √(2 · D · S ÷ H), D = d̄ · 365, S = ordering cost, H = unit cost × holding rate"
            ),
            self.COL_ORDER: self.tr(
                "When available + on order ≤ ROP: max(EOQ, ROP − (available + on order)), "
                "rounded up to the pack size, at least the minimum order"
            ),
        }

    def retranslate(self) -> None:
        self._formulas = self.formulas()
        super().retranslate()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._formulas.get(section)
        return super().headerData(section, orientation, role)

    def note(self, row: Suggestion) -> str:
        """What to know about the row's figures, the weightiest first (as the CLI's `replenish suggest`):
        a pinned reorder point is what the suggestion comes from, so it is said before the history."""
        notes = []
        if row.pinned:
            notes.append(self.tr("Pinned reorder point"))
        if row.too_little_history:
            history = (
                self.tr("too little history: sold on {days} of {window} days")
                if notes
                else self.tr("Too little history: sold on {days} of {window} days")
            )
            notes.append(history.format(days=row.sale_days, window=WINDOW_DAYS))
        if not row.supplier_code:
            notes.append(self.tr("no supplier"))
        if row.eoq is None and not (row.too_little_history and not row.pinned):
            notes.append(self.tr("no unit cost: no EOQ"))
        # The separator is the language's own (Chinese has a full-width one, no space after it).
        return self.tr("; ").join(notes)

    def text(self, row: Suggestion, column: int) -> str:
        d = max(row.decimals, 2)
        values = (
            row.sku,
            row.name,
            row.supplier_code,
            str(row.available),
            str(row.on_order + row.in_draft),
            figure(row.avg_daily_demand, 3),
            figure(row.std_daily_demand, 3),
            str(row.lead_time_days),
            figure(row.safety_stock, d),
            figure(row.reorder_point, d),
            figure(row.eoq, d),
            str(row.suggested_qty) if row.suggested_qty else "",
            self.note(row),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: Suggestion, column: int) -> int | str:
        numbers: dict[int, int] = {
            self.COL_AVAILABLE: quantity_key(row.available),
            self.COL_ON_ORDER: quantity_key(row.on_order + row.in_draft),
            self.COL_MEAN: _key(row.avg_daily_demand),
            self.COL_STD: _key(row.std_daily_demand),
            self.COL_LEAD: row.lead_time_days,
            self.COL_SAFETY: _key(row.safety_stock),
            self.COL_REORDER: _key(row.reorder_point),
            self.COL_EOQ: _key(row.eoq),
            self.COL_ORDER: quantity_key(row.suggested_qty),
        }
        return numbers.get(column, self.text(row, column))

    def decoration(self, row: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.explain(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.too_little_history and column in self.FIGURES:
            if row.pinned and column in self.FROM_PINNED:
                return None  # the owner's own figure and what follows from it: to be trusted
            return QBrush(QUIET)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_ORDER and row.needs_order:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def explain(self, row: Suggestion, column: int) -> str | None:
        """The cell's formula with the row's own numbers in it."""
        d = max(row.decimals, 2)
        lt = row.lead_time_days
        position = row.available + row.on_order + row.in_draft
        formula = self._formulas.get(column)
        if column == self.COL_AVAILABLE:
            return self.tr("{formula}\n= {on_hand} − {reserved} = {available}").format(
                formula=formula,
                on_hand=row.on_hand,
                reserved=row.on_hand - row.available,
                available=row.available,
            )
        if column == self.COL_ON_ORDER:
            return self.tr("{formula}\n= {sent} + {draft} = {total}").format(
                formula=formula, sent=row.on_order, draft=row.in_draft, total=row.on_order + row.in_draft
            )
        if column == self.COL_MEAN:
            total = row.avg_daily_demand * WINDOW_DAYS
            return self.tr("{formula}\n= {total} ÷ {days} = {mean} (sold on {sale_days} days)").format(
                formula=formula,
                total=figure(total, row.decimals),
                days=WINDOW_DAYS,
                mean=figure(row.avg_daily_demand, 3),
                sale_days=row.sale_days,
            )
        if column == self.COL_STD:
            return self.tr("{formula}\n= {std}").format(formula=formula, std=figure(row.std_daily_demand, 3))
        if column == self.COL_LEAD:
            return self.tr("{formula}\n= {days} days").format(formula=formula, days=lt)
        if column in (self.COL_SAFETY, self.COL_REORDER, self.COL_EOQ, self.COL_ORDER) and (
            row.too_little_history and not row.pinned
        ):
            return self.tr("{formula}\nNot computed: {note}").format(formula=formula, note=self.note(row))
        if column == self.COL_SAFETY:
            return self.tr(
                "{formula}\n= {z} × {std} × √{lt} = {ss}  (z for a {level}% service level)"
            ).format(
                formula=formula,
                z=figure(row.z, 3),
                std=figure(row.std_daily_demand, 3),
                lt=lt,
                ss=figure(row.safety_stock, d),
                level=self.service_level,
            )
        if column == self.COL_REORDER:
            if row.pinned:
                return self.tr("{formula}\n= {rop}, pinned by the owner").format(
                    formula=formula, rop=figure(row.reorder_point, d)
                )
            return self.tr("{formula}\n= {mean} × {lt} + {ss} = {rop}").format(
                formula=formula,
                mean=figure(row.avg_daily_demand, 3),
                lt=lt,
                ss=figure(row.safety_stock, d),
                rop=figure(row.reorder_point, d),
            )
        if column == self.COL_EOQ:
            holding = row.unit_cost * self.holding_rate / 100
            if row.eoq is None:
                return self.tr("{formula}\nNo unit cost to hold (H = {cost} × {rate}% = 0): no EOQ").format(
                    formula=formula, cost=money(row.unit_cost), rate=self.holding_rate
                )
            return self.tr(
                "{formula}\nD = {mean} × {year} = {annual}; S = {order_cost}; H = {cost} × {rate}% = {holding}\n"
                "EOQ = √(2 × {annual} × {order_cost} ÷ {holding}) = {eoq}"
            ).format(
                formula=formula,
                mean=figure(row.avg_daily_demand, 3),
                year=DAYS_A_YEAR,
                annual=figure(row.avg_daily_demand * DAYS_A_YEAR, 2),
                order_cost=money(row.order_cost),
                cost=money(row.unit_cost),
                rate=self.holding_rate,
                holding=f"{holding:.4f}".rstrip("0").rstrip("."),
                eoq=figure(row.eoq, d),
            )
        if column == self.COL_ORDER:
            rop = row.reorder_point or 0.0
            if not row.needs_order:
                return self.tr(
                    "{formula}\nAvailable + on order = {position} > ROP {rop}: nothing to order"
                ).format(formula=formula, position=position, rop=figure(rop, d))
            return self.tr(
                "{formula}\nAvailable + on order = {position} ≤ ROP {rop}\n"
                "max(EOQ {eoq}, {rop} − {position} = {gap}) in packs of {pack}, at least {least} → {qty}"
            ).format(
                formula=formula,
                position=position,
                rop=figure(rop, d),
                eoq=figure(row.eoq or 0.0, d),
                gap=figure(rop - float(position), d),
                pack=row.pack_size,
                least=row.min_qty,
                qty=row.suggested_qty,
            )
        if column == self.COL_SUPPLIER and row.supplier_name:
            return row.supplier_name
        if column in (self.COL_NAME, self.COL_NOTE):
            return self.text(row, column) or None
        return None
