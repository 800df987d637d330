"""Headline numbers as tiles: the period's value, the change against the previous period, what it was."""

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.services.analytics.kpis import Headline, Kpi

translate = QCoreApplication.translate

# The tiles, in order; gross margin % is shown inside the gross margin tile rather than as a tile of its own.
TILES = ("sales", "orders", "average_order_value", "units", "gross_margin", "refunds")
# A rise that is bad news (drawn red).
RISE_IS_BAD = frozenset({"refunds"})

# Local to the tiles, so that the shared style sheet stays about the whole window.
STYLE = """
KpiTile { background: #f5f7fa; border: 1px solid #dde2e8; border-radius: 6px; }
KpiTile QLabel { background: transparent; border: none; }
QLabel#kpiCaption { color: #52606d; }
QLabel#kpiValue { color: #102a43; }
QLabel#kpiChange[trend="good"] { color: #1f7a3f; font-weight: 600; }
QLabel#kpiChange[trend="bad"] { color: #b42318; font-weight: 600; }
QLabel#kpiChange[trend="flat"] { color: #616e7c; }
QLabel#kpiPrevious, QLabel#kpiNote { color: #7b8794; }
"""


def caption(key: str) -> str:
    words = {
        "sales": translate("KpiTiles", "Sales"),
        "orders": translate("KpiTiles", "Orders"),
        "average_order_value": translate("KpiTiles", "Average order value"),
        "units": translate("KpiTiles", "Units sold"),
        "gross_margin": translate("KpiTiles", "Gross margin"),
        "refunds": translate("KpiTiles", "Refunds"),
    }
    return words.get(key, key)


def value_text(kind: str, value: Decimal | int | None, currency: str) -> str:
    """How a KPI's value reads on its tile: money with the shop's currency, counts with separators."""
    if value is None:
        return "–"
    if kind == "money":
        return money_with_symbol(Decimal(value), currency)
    if kind == "percent":
        return f"{Decimal(value):.1f}%"
    return f"{value:,}"


def direction(kpi: Kpi) -> int | None:
    """+1 up, -1 down, 0 unchanged; None when the two periods cannot be compared (a value is missing)."""
    if kpi.change is not None:
        return (kpi.change > 0) - (kpi.change < 0)
    if kpi.current is None or kpi.previous is None:
        return None
    # The service gives no percentage against a zero: from nothing to something is simply up.
    return (kpi.current > kpi.previous) - (kpi.current < kpi.previous)


def change_text(kpi: Kpi) -> str:
    """'▲ +12.3%' against the previous period ('pp' for a percentage); '▲ new' from zero, '■ no change'
    from zero to zero, '–' when there is nothing to compare."""
    way = direction(kpi)
    if way is None:
        return "–"
    arrow = "▲" if way > 0 else "▼" if way < 0 else "■"
    if kpi.change is None:
        return arrow + " " + (translate("KpiTiles", "new") if way else translate("KpiTiles", "no change"))
    unit = translate("KpiTiles", " pp") if kpi.kind == "percent" else "%"
    return f"{arrow} {kpi.change:+.1f}{unit}"


def trend(kpi: Kpi) -> str:
    way = direction(kpi)
    if not way:  # None or zero
        return "flat"
    return "good" if (way > 0) != (kpi.key in RISE_IS_BAD) else "bad"


class FitLabel(QLabel):
    """A big number that shrinks its font rather than be cut off when its tile is narrow (a big shop's
    sales on a small screen): the digits stay whole. No style sheet font here: it would win over setFont."""

    def __init__(
        self, text: str, parent: QWidget | None = None, *, points: float = 16, least: float = 9
    ) -> None:
        super().__init__(text, parent)
        self._points = points
        self._least = least
        base = QFont(self.font())
        base.setPointSizeF(points)
        base.setWeight(QFont.Weight.DemiBold)
        self._base = base
        self.setFont(base)

    def minimumSizeHint(self) -> QSize:
        # Narrower than the text: the tile row may shrink with the window, the font follows.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 60), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        points = self._points
        # Proportional first, then down in half points: hinting makes widths not quite proportional.
        wide = self._width(points)
        if wide > room > 0:
            points = max(self._least, points * room / wide)
            while points > self._least and self._width(points) > room:
                points = max(self._least, points - 0.5)
        if abs(self.font().pointSizeF() - points) > 0.01:
            self.setFont(self._sized(points))

    def _sized(self, points: float) -> QFont:
        font = QFont(self._base)
        font.setPointSizeF(points)
        return font

    def _width(self, points: float) -> float:
        return QFontMetricsF(self._sized(points)).horizontalAdvance(self.text())


class KpiTile(QFrame):
    """One headline number: caption, value, change, and the previous period's value."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"kpi_{key}")
        self.key = key
        self.caption = self._label("kpiCaption", caption(key))
        self.value = FitLabel("–", self)
        self.value.setObjectName("kpiValue")
        self.change = self._label("kpiChange", "")
        self.previous = self._label("kpiPrevious", "")
        self.note = self._label("kpiNote", "")  # margin % or the number of refunds; blank on other tiles
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.caption, self.value, self.change, self.previous, self.note):
            layout.addWidget(label)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        return label

    def show_kpi(self, kpi: Kpi, currency: str, note: str = "") -> None:
        self.value.setText(value_text(kpi.kind, kpi.current, currency))
        self.change.setText(change_text(kpi))
        self.change.setProperty("trend", trend(kpi))
        # A dynamic property only restyles after the style is re-applied.
        self.change.style().unpolish(self.change)
        self.change.style().polish(self.change)
        self.previous.setText(
            self.tr("Previous: {value}").format(value=value_text(kpi.kind, kpi.previous, currency))
        )
        self.note.setText(note)
        self.setToolTip(
            self.tr("{caption}: {now} this period, {before} in the previous period").format(
                caption=caption(self.key),
                now=value_text(kpi.kind, kpi.current, currency),
                before=value_text(kpi.kind, kpi.previous, currency),
            )
        )


class KpiTiles(QFrame):
    """The row of headline tiles (objectName `kpiTiles`); `show_headline` fills them from the KPI report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTiles")
        self.setStyleSheet(STYLE)
        self.tiles = {key: KpiTile(key, self) for key in TILES}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for tile in self.tiles.values():
            layout.addWidget(tile, 1)

    def tile(self, key: str) -> KpiTile:
        return self.tiles[key]

    def show_headline(self, headline: Headline, currency: str) -> None:
        kpis = {k.key: k for k in headline.kpis}
        notes: dict[str, Callable[[], str]] = {
            "gross_margin": lambda: self._margin_note(kpis.get("margin_percent")),
            "refunds": lambda: self.tr("Refund payments: {count}").format(count=headline.refund_count),
        }
        for key, tile in self.tiles.items():
            kpi = kpis.get(key)
            if kpi is not None:
                tile.show_kpi(kpi, currency, notes[key]() if key in notes else "")

    def _margin_note(self, kpi: Kpi | None) -> str:
        if kpi is None or kpi.current is None:
            return self.tr("Margin –")
        return self.tr("Margin {percent} ({change})").format(
            percent=value_text("percent", kpi.current, ""), change=change_text(kpi)
        )
