"""Settings: the shop's details used on documents (name, address, tax id, currency, paper...), the window's
language on this computer, where the data lives, and demo data for a first look."""

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.gui import i18n, labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.people_box import PeopleBox
from oms_desktop.gui.widgets.rules_box import RulesBox
from oms_desktop.gui.widgets.this_computer_box import ThisComputerBox
from oms_desktop.services.changes import Outcome
from oms_desktop.services.demo import DemoSummary
from oms_desktop.services.periods import computer_zone_name, zone_names
from oms_desktop.services.settings import PAID_UNSHIPPED_MOST, PAPER_SIZES, ShopSettings

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "JPY")
DEMO_ORDERS = 1500


class SettingsPage(QWidget):
    """The shop settings form (saved together, in one transaction), the window language of this computer
    (applied when chosen) and the data folder's whereabouts."""

    # The window language chosen here (resolved: "en" or "zh_CN"); whoever owns the main window rebuilds it.
    window_language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shopName")
        self.address = QPlainTextEdit()
        self.address.setObjectName("shopAddress")
        self.address.setMaximumHeight(70)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.tax_id = QLineEdit()
        self.tax_id.setObjectName("shopTaxId")
        self.currency = QComboBox()
        self.currency.setObjectName("shopCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.tax_rate = QLineEdit()
        self.tax_rate.setObjectName("shopTaxRate")
        self.tax_rate.setMaximumWidth(90)
        self.tax_included = QCheckBox(
            self.tr("Prices include tax (the shelf price is what the customer pays)")
        )
        self.tax_included.setObjectName("shopTaxIncluded")
        self.discount_reasons = QLineEdit()
        self.discount_reasons.setObjectName("shopDiscountReasons")
        self.discount_reasons.setToolTip(self.tr("Offered when a discount is given, separated by commas"))
        self.tax_included.setToolTip(
            self.tr("Wholesale prices are always before tax. Orders already taken keep their own rule.")
        )
        self.language = QComboBox()
        self.language.setObjectName("shopLanguage")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese (Simplified)"), "zh_CN")
        self.language.setToolTip(
            self.tr("The language of invoices, receipts and packing slips, on every till")
        )
        self.paper = QComboBox()
        self.paper.setObjectName("shopPaper")
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.terms = QLineEdit()
        self.terms.setObjectName("shopTerms")
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("shopTimeZone")
        self.time_zone.addItem(
            self.tr("This computer's ({zone})").format(zone=computer_zone_name() or self.tr("local time")), ""
        )
        for name in sorted(zone_names()):
            self.time_zone.addItem(name, name)
        self.time_zone.setToolTip(
            self.tr("What today, a business day and an order number's year are, on every till and report")
        )
        self.language.currentIndexChanged.connect(self._document_language_changed)
        self.discount_limit = QLineEdit()
        self.discount_limit.setObjectName("discountLimit")
        self.discount_limit.setMaximumWidth(90)
        self.return_limit = QLineEdit()
        self.return_limit.setObjectName("returnLimit")
        self.return_limit.setMaximumWidth(120)
        self.variance_limit = QLineEdit()
        self.variance_limit.setObjectName("varianceLimit")
        self.variance_limit.setMaximumWidth(120)
        self.paid_unshipped_days = QSpinBox()
        self.paid_unshipped_days.setObjectName("paidUnshippedDays")
        self.paid_unshipped_days.setRange(1, PAID_UNSHIPPED_MOST)
        self.paid_unshipped_days.setSuffix(self.tr(" days"))
        self.paid_unshipped_days.setMaximumWidth(120)
        self.paid_unshipped_days.setToolTip(
            self.tr(
                "A paid order not shipped this many days after it was paid shows in the Orders page's Problems"
            )
        )
        # The payment methods the counter offers: ticked ones, in this order.
        self.methods = QListWidget()
        self.methods.setObjectName("paymentMethods")
        self.methods.setMaximumHeight(120)
        for method in CHOOSABLE_METHODS:
            item = QListWidgetItem(labels.payment_method(method.value))
            item.setData(Qt.ItemDataRole.UserRole, method.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.methods.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.logo = QLineEdit()
        self.logo.setObjectName("shopLogo")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)

        self.backup_folder = QLineEdit()
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(self.tr("none: backups stay in the data folder only"))
        self.backup_folder.setToolTip(
            self.tr("The daily backup is also copied here: a USB stick or a network folder (saved with Save)")
        )
        choose_folder = QPushButton(self.tr("Browse…"))
        choose_folder.clicked.connect(self._browse_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose_folder)
        shop = QGroupBox(self.tr("Shop (printed on invoices and receipts)"))
        form = QFormLayout(shop)
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Tax id"), self.tax_id)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Default tax rate % (new products)"), self.tax_rate)
        form.addRow("", self.tax_included)
        form.addRow(self.tr("Document language"), self.language)
        form.addRow(self.tr("Paper size"), self.paper)
        form.addRow(self.tr("Time zone"), self.time_zone)
        form.addRow(self.tr("Payment terms"), self.terms)
        form.addRow(self.tr("Invoice notes"), self.notes)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Payment methods at the counter"), self.methods)
        form.addRow(self.tr("Cashier's discount limit %"), self.discount_limit)
        form.addRow(self.tr("Discount reasons"), self.discount_reasons)
        form.addRow(self.tr("Cashier's return limit"), self.return_limit)
        form.addRow(self.tr("Cash-up variance limit"), self.variance_limit)
        form.addRow(self.tr("Paid, not shipped: a problem after"), self.paid_unshipped_days)
        # Saved with the shop's settings (every till backs up there), so above the Save button.
        form.addRow(self.tr("Second backup folder"), folder_row)

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip(self.tr("Save the shop settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.message = MessageBar(self)
        self.message.setObjectName("settingsMessage")

        # The window's language belongs to this computer's user, not to the shop: kept apart from the shop's
        # document language above, in the UI state file, and applied as soon as it is chosen.
        window = QGroupBox(self.tr("This computer"))
        window_form = QFormLayout(window)
        self.window_language = QComboBox()
        self.window_language.setObjectName("windowLanguage")
        for text, choice in i18n.choice_names():
            self.window_language.addItem(text, choice)
        self.window_language.setCurrentIndex(
            max(self.window_language.findData(i18n.stored_choice(ctx.ui)), 0)
        )
        self.window_language.currentIndexChanged.connect(self._window_language_changed)
        window_hint = QLabel(
            self.tr("The language of this program's window. Documents use the document language above.")
        )
        window_hint.setWordWrap(True)
        window_form.addRow(self.tr("Window language"), self.window_language)
        window_form.addRow("", window_hint)

        data = QGroupBox(self.tr("Data"))
        data_form = QFormLayout(data)
        for caption, value in (
            (self.tr("Database"), ctx.database),
            (self.tr("Data folder"), str(ctx.config.data_dir)),
            (self.tr("Backups"), str(ctx.config.backup_dir)),
            (self.tr("Error log"), str(ctx.config.log_file)),
            (self.tr("Signed in as"), ctx.user),
        ):
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            data_form.addRow(caption, label)
        self.demo_button = QPushButton(self.tr("Fill an empty database with demo data…"))
        self.demo_button.setObjectName("demoData")
        self.demo_button.clicked.connect(self.fill_demo)
        data_form.addRow("", self.demo_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        content = QWidget()
        column = QVBoxLayout(content)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        column.addWidget(title)
        column.addWidget(shop)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(window)
        column.addWidget(ThisComputerBox(ctx))
        column.addWidget(PeopleBox(ctx))
        self.rules = RulesBox(ctx)
        column.addWidget(self.rules)
        column.addWidget(data)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        QShortcut(
            QKeySequence("Ctrl+S"), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.load(ctx.shop)

    def load(self, shop: ShopSettings) -> None:
        """Put settings into the form."""
        self.shop_name.setText(shop.shop_name)
        self.address.setPlainText(shop.address)
        self.phone.setText(shop.phone)
        self.email.setText(shop.email)
        self.tax_id.setText(shop.tax_id)
        self.currency.setCurrentText(shop.currency)
        self.tax_rate.setText(f"{shop.default_tax_rate.normalize()}")
        self.tax_included.setChecked(shop.prices_include_tax)
        self.discount_reasons.setText(shop.discount_reasons)
        self.language.setCurrentIndex(max(self.language.findData(shop.language), 0))
        self.paper.setCurrentIndex(max(self.paper.findData(shop.paper_size), 0))
        self.terms.setText(shop.payment_terms)
        self.notes.setPlainText(shop.invoice_notes)
        self.logo.setText(shop.logo_path)
        self.backup_folder.setText(shop.backup_folder)
        self.time_zone.setCurrentIndex(max(self.time_zone.findData(shop.time_zone), 0))
        offered = {m.strip() for m in shop.payment_methods.split(",")}
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in offered
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.discount_limit.setText(f"{shop.cashier_discount_limit.normalize():f}")
        self.return_limit.setText(f"{shop.cashier_return_limit:.2f}")
        self.variance_limit.setText(f"{shop.variance_limit:.2f}")
        self.paid_unshipped_days.setValue(shop.paid_unshipped_days)

    def form_settings(self) -> ShopSettings:
        """The settings as typed; ValueError names a field that cannot be read."""
        try:
            rate = Decimal(self.tax_rate.text().strip().removesuffix("%") or "0")
        except InvalidOperation:
            raise ValueError(self.tr("The default tax rate must be a number, e.g. 13")) from None
        limits = []
        for field in (self.discount_limit, self.return_limit, self.variance_limit):
            try:
                limits.append(Decimal(field.text().strip().removesuffix("%") or "0"))
            except InvalidOperation:
                field.setFocus()
                raise ValueError(self.tr("A limit must be a number, e.g. 10 or 100.00")) from None
        # Settings this form does not show are kept as they are (replace, not a new ShopSettings).
        return replace(
            self.ctx.shop,
            shop_name=self.shop_name.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            tax_id=self.tax_id.text().strip(),
            currency=self.currency.currentText().strip().upper(),
            default_tax_rate=rate,
            prices_include_tax=self.tax_included.isChecked(),
            discount_reasons=",".join(
                r.strip() for r in self.discount_reasons.text().split(",") if r.strip()
            )[:1000],
            language=self.language.currentData(),
            paper_size=self.paper.currentData(),
            payment_terms=self.terms.text().strip(),
            invoice_notes=self.notes.toPlainText().strip(),
            logo_path=self.logo.text().strip(),
            time_zone=self.time_zone.currentData(),
            backup_folder=self.backup_folder.text().strip(),
            payment_methods=",".join(
                str(self.methods.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.methods.count())
                if self.methods.item(row).checkState() == Qt.CheckState.Checked
            ),
            cashier_discount_limit=limits[0],
            cashier_return_limit=limits[1],
            variance_limit=limits[2],
            paid_unshipped_days=self.paid_unshipped_days.value(),
            configured=True,
        )

    def save(self) -> None:
        try:
            wanted = self.form_settings()
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        self.save_button.setEnabled(False)
        operations.settings.save_settings(wanted).run(
            self.ctx.tasks,
            self._saved,
            self._refused,
            label=self.tr("Saving the settings…"),
            owner=self,
        )

    def _saved(self, outcome: Outcome[ShopSettings]) -> None:
        self.save_button.setEnabled(True)
        self.load(outcome.value)
        self.message.show_success(self.tr("Settings saved"))

    def _refused(self, error: DomainError) -> None:
        self.save_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.message.show_error(error)

    def _document_language_changed(self) -> None:
        # Default payment terms are printed in the document language; the shop's own words are kept.
        self.terms.setText(i18n.payment_terms_for(self.language.currentData(), self.terms.text()))

    def _window_language_changed(self) -> None:
        choice = self.window_language.currentData()
        i18n.store_choice(self.ctx.ui, choice)
        language = i18n.resolve(choice)
        if language == i18n.current():
            self.message.show_success(self.tr("Window language saved"))
            return
        # Said in case nobody can rebuild the window now; the rebuilt window says so in the new language.
        self.message.show_info(
            self.tr("The window changes to {language} when OMS Desktop starts again").format(
                language=i18n.NATIVE_NAMES[language]
            )
        )
        self.window_language_chosen.emit(language)

    def _browse_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop logo"), self.logo.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def _browse_backup_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a second folder for the daily backup"), self.backup_folder.text()
        )
        if path:
            self.backup_folder.setText(path)

    def fill_demo(self) -> None:
        """Demo data for a first look, with a progress dialog and Cancel (nothing is kept when cancelled)."""
        self.demo_button.setEnabled(False)
        self.message.show_info(self.tr("Creating demo data…"))
        operations.settings.fill_demo(DEMO_ORDERS).run(
            self.ctx.tasks,
            self._demo_done,
            self._refused,
            label=self.tr("Creating demo products, customers and a year of orders…"),
            owner=self,
        )

    def _demo_done(self, outcome: Outcome[DemoSummary]) -> None:
        self.demo_button.setEnabled(True)
        s = outcome.value
        self.message.show_success(
            self.tr("Demo data created: {products} products, {customers} customers, {orders} orders").format(
                products=s.products, customers=s.customers, orders=s.orders
            )
        )
