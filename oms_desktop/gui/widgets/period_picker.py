"""The one period picker of every page (Orders, Charts): a preset (today, this week, ...), any dates from - to,
typed or picked, or (where a list may show everything) any time. Presets end today in the shop's time zone."""

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from oms_desktop.services.analytics.presets import Preset, local_today, period_for
from oms_desktop.services.periods import Period

ANY_TIME = "any"  # the combo's data for "Any time" (no period)

# Typing a date fires dateChanged on every digit: wait for a pause before asking for new reports.
DATE_TYPING_DELAY_MS = 500


@dataclass(frozen=True)
class PeriodChoice:
    """What the user chose; `period(today)` turns it into dates (presets always end today)."""

    preset: Preset | None  # None: any time
    start: date
    end: date

    def period(self, today: date) -> Period | None:
        if self.preset is None:
            return None
        if self.preset is Preset.CUSTOM:
            # Dates picked the wrong way round mean the same span: no error for the user to fix.
            return Period(min(self.start, self.end), max(self.start, self.end))
        return period_for(self.preset, today)


class PeriodPicker(QWidget):
    """A preset combo (objectName `periodPreset`) and two date fields that show the chosen dates.

    Changing a date switches the preset to "Custom" by itself, so the user never has to do it first.
    `changed` is emitted once per real change of choice. `zone` is the shop's time zone (None: this
    computer's); `any_time` adds "Any time" first, for lists that may show every order.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
        any_time: bool = False,
        initial: Preset | None = Preset.THIS_MONTH,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        if any_time:
            self.preset.addItem(self.tr("Any time"), ANY_TIME)
        for preset, text in (
            (Preset.TODAY, self.tr("Today")),
            (Preset.THIS_WEEK, self.tr("This week")),
            (Preset.THIS_MONTH, self.tr("This month")),
            (Preset.LAST_30_DAYS, self.tr("Last 30 days")),
            (Preset.THIS_YEAR, self.tr("This year")),
            (Preset.CUSTOM, self.tr("Custom dates")),
        ):
            self.preset.addItem(text, preset.value)
        self.preset.setCurrentIndex(self.preset.findData(ANY_TIME if initial is None else initial.value))
        today = self.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_from.setObjectName("periodFrom")
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_to.setObjectName("periodTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._date_edited)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Period"))
        label.setBuddy(self.preset)
        layout.addWidget(label)
        layout.addWidget(self.preset)
        layout.addWidget(self.date_from)
        self.dash = QLabel("–")
        layout.addWidget(self.dash)
        layout.addWidget(self.date_to)

        self._typing = QTimer(self, singleShot=True, interval=DATE_TYPING_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._show_dates()

    def today(self) -> date:
        """Today in the shop's time zone."""
        return local_today(self.zone)

    def choice(self) -> PeriodChoice:
        data = self.preset.currentData()
        return PeriodChoice(
            None if data == ANY_TIME else Preset(data),
            self.date_from.date().toPython(),  # type: ignore[arg-type]
            self.date_to.date().toPython(),  # type: ignore[arg-type]
        )

    def period(self) -> Period | None:
        """The chosen local dates (None: any time), presets ending today in the shop's zone."""
        return self.choice().period(self.today())

    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        """[from, to) in UTC for the chosen period, in the shop's zone; (None, None) for any time."""
        period = self.period()
        return (None, None) if period is None else period.utc_bounds(self.zone)

    def set_preset(self, preset: Preset | None) -> None:
        self.preset.setCurrentIndex(self.preset.findData(ANY_TIME if preset is None else preset.value))

    def show_period(self, period: Period) -> None:
        """Put the dates a preset stands for in the date fields (without it counting as an edit), so that
        switching to custom dates starts from what is on screen."""
        for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        self._typing.stop()
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        # Any time has no dates to show; a preset shows the dates it stands for.
        bounded = self.preset.currentData() != ANY_TIME
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(bounded)
        period = self.period()
        if period is not None and self.preset.currentData() != Preset.CUSTOM.value:
            self.show_period(period)

    def _date_edited(self, _day: QDate) -> None:
        if self.preset.currentData() != Preset.CUSTOM.value:
            self.preset.blockSignals(True)
            self.set_preset(Preset.CUSTOM)
            self.preset.blockSignals(False)
        self._typing.start()
