"""Confirming a quotation into an order: at the prices quoted (only up to its last valid day) or with every
line priced again as today (services/quotes.py). Either way its stock is reserved and the customer's credit
checked, as for any order confirmed."""

from datetime import date

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from oms_desktop.gui import error_text
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.services.quotes import Prices
from oms_desktop.services.records import OrderDetail


class QuoteConfirmDialog(FormDialog):
    """Keep the quoted prices or refresh them; after the last valid day Keep is disabled and says why."""

    def __init__(self, quote: OrderDetail, today: date, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteConfirmDialog")
        number = quote.number
        self.set_texts(self.tr("Confirm quotation {number}").format(number=number), self.tr("Confirm"))
        last = quote.valid_until
        day = last.isoformat() if last is not None else ""
        self.keep = QRadioButton(
            self.tr("Keep the quoted prices ({total}, valid until {day})").format(
                total=money_with_symbol(quote.total, currency), day=day
            )
        )
        self.keep.setObjectName("keepPrices")
        self.refresh = QRadioButton(self.tr("Refresh the prices: every line priced as today"))
        self.refresh.setObjectName("refreshPrices")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep)
        self.choice.addButton(self.refresh)
        self.form.addRow(QLabel(self.tr("Its goods are reserved and the customer's credit is checked.")))
        self.form.addRow(self.keep)
        self.form.addRow(self.refresh)
        self.passed = last is not None and today > last
        if self.passed:
            # The core's own refusal, said before it is asked.
            why = error_text.message_text("quote_past_validity", {"number": number, "day": day})
            self.keep.setEnabled(False)
            self.keep.setToolTip(self.tr("Not possible: {reason}").format(reason=why))
            self.why = QLabel(why)
            self.why.setObjectName("keepRefused")
            self.why.setWordWrap(True)
            self.form.addRow(self.why)
            self.refresh.setChecked(True)
        else:
            self.keep.setChecked(True)

    def value(self) -> Prices:
        return Prices.KEEP if self.keep.isChecked() else Prices.REFRESH
