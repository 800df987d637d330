"""Settings' box for this computer alone: which till it is, its receipt printer, and when it locks."""

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from oms_desktop import this_computer
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.message_bar import MessageBar


class ThisComputerBox(QGroupBox):
    """Saved to the data folder's this-computer.json (not the shop's database: each till has its own)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This till"))
        self.setObjectName("thisComputerBox")
        self.ctx = ctx
        mine = this_computer.load(ctx.config.data_dir)
        self.till = QLineEdit(mine.till)
        self.till.setObjectName("tillName")
        self.till.setPlaceholderText(this_computer.default_till_name())
        self.till.setMaxLength(64)
        self.printer = QLineEdit(mine.printer)
        self.printer.setObjectName("receiptPrinter")
        self.printer.setPlaceholderText("network:192.168.1.50:9100")
        self.printer.setToolTip(
            self.tr("network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE[:BAUD] or file:PATH; empty: none")
        )
        self.text_mode = QComboBox()
        self.text_mode.setObjectName("printerText")
        self.text_mode.addItem(self.tr("Chinese font in the printer (GB18030)"), "gb18030")
        self.text_mode.addItem(self.tr("Printed as a picture (any printer)"), "image")
        self.text_mode.setCurrentIndex(max(self.text_mode.findData(mine.printer_text), 0))
        self.columns = QSpinBox()
        self.columns.setObjectName("printerColumns")
        self.columns.setRange(16, 80)
        self.columns.setValue(mine.printer_columns)
        self.columns.setToolTip(self.tr("Characters per line: 42 on 80 mm paper, 32 on 58 mm"))
        self.auto_print = QCheckBox(self.tr("Print the receipt when a sale is paid"))
        self.auto_print.setObjectName("autoPrint")
        self.auto_print.setChecked(mine.auto_print)
        self.display = QCheckBox(
            self.tr("Customer display: a second window for a second screen (Ctrl+Shift+D)")
        )
        self.display.setObjectName("customerDisplaySetting")
        self.display.setChecked(mine.customer_display)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleLock")
        self.idle.setRange(0, 240)
        self.idle.setValue(mine.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.save_button = QPushButton(self.tr("Save for this till"))
        self.save_button.setObjectName("saveThisComputer")
        self.save_button.clicked.connect(self.save)
        self.message = MessageBar(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Till name"), self.till)
        form.addRow(self.tr("Receipt printer"), self.printer)
        form.addRow(self.tr("Printer text"), self.text_mode)
        form.addRow(self.tr("Characters per line"), self.columns)
        form.addRow("", self.auto_print)
        form.addRow(self.tr("Lock when untouched for"), self.idle)
        form.addRow("", self.display)
        form.addRow("", self.save_button)
        form.addRow(self.message)

    def save(self) -> None:
        mine = replace(
            this_computer.load(self.ctx.config.data_dir),
            till=" ".join(self.till.text().split())[:64],
            printer=self.printer.text().strip(),
            printer_text=str(self.text_mode.currentData()),
            printer_columns=self.columns.value(),
            auto_print=self.auto_print.isChecked(),
            idle_lock_minutes=self.idle.value(),
            customer_display=self.display.isChecked(),
        )
        try:
            this_computer.save(self.ctx.config.data_dir, mine)
        except OSError as exc:
            self.message.show_error(self.tr("Cannot save: {reason}").format(reason=exc.strerror or str(exc)))
            return
        self.message.show_success(self.tr("Saved; the till name and lock time apply from the next start"))
