"""The report period: a preset (today, this week, ...) or any dates from - to, typed or picked."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from oms_desktop.services.analytics.presets import Preset, period_for
from oms_desktop.services.periods import Period

# Typing a date fires dateChanged on every digit: wait for a pause before asking for new reports.
DATE_TYPING_DELAY_MS = 500


@dataclass(frozen=True)
class PeriodChoice:
    """What the user chose; `period(today)` turns it into dates (presets always end today)."""

    preset: Preset
    start: date
    end: date

    def period(self, today: date) -> Period:
        if self.preset is Preset.CUSTOM:
            # Dates picked the wrong way round mean the same span: no error for the user to fix.
            return Period(min(self.start, self.end), max(self.start, self.end))
        return period_for(self.preset, today)


class PeriodPicker(QWidget):
    """A preset combo (objectName `periodPreset`) and two date fields that show the chosen dates.

    Changing a date switches the preset to "Custom" by itself, so the user never has to do it first.
    `changed` is emitted once per real change of choice.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        for preset, text in (
            (Preset.TODAY, self.tr("Today")),
            (Preset.THIS_WEEK, self.tr("This week")),
            (Preset.THIS_MONTH, self.tr("This month")),
            (Preset.LAST_30_DAYS, self.tr("Last 30 days")),
            (Preset.THIS_YEAR, self.tr("This year")),
            (Preset.CUSTOM, self.tr("Custom dates")),
        ):
            self.preset.addItem(text, preset.value)
        self.preset.setCurrentIndex(self.preset.findData(Preset.THIS_MONTH.value))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(1 - today.day()))
        self.date_from.setObjectName("periodFrom")
        self.date_to = QDateEdit(today)
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
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.date_to)

        self._typing = QTimer(self, singleShot=True, interval=DATE_TYPING_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.preset.currentIndexChanged.connect(self._preset_chosen)

    def choice(self) -> PeriodChoice:
        return PeriodChoice(
            Preset(self.preset.currentData()),
            self.date_from.date().toPython(),  # type: ignore[arg-type]
            self.date_to.date().toPython(),  # type: ignore[arg-type]
        )

    def set_preset(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset.value))

    def show_period(self, period: Period) -> None:
        """Put the dates a preset stands for in the date fields (without it counting as an edit), so that
        switching to custom dates starts from what is on screen."""
        for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        self._typing.stop()
        self.changed.emit()

    def _date_edited(self, _day: QDate) -> None:
        if self.preset.currentData() != Preset.CUSTOM.value:
            self.preset.blockSignals(True)
            self.set_preset(Preset.CUSTOM)
            self.preset.blockSignals(False)
        self._typing.start()
