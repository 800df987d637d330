"""The first start: a short wizard for the window's language, the shop's details and demo data.

Shown once, before the main window, on a database that has no products, no orders and no saved settings
(`needed`). Finish saves the settings (configured=True) and, when asked, fills the shop with demo data on
the database worker with a progress dialog; Cancel opens the window with the defaults (and the wizard comes
back at the next start while the shop is still unset and empty). Everything can be changed in Settings.

Each page sets its words in `retranslate()`, which runs again on a LanguageChange event: choosing a
language on the first page turns the whole wizard into it at once.
"""

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import i18n, operations, resources
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.changes import Outcome
from oms_desktop.services.demo import DemoSummary
from oms_desktop.services.settings import LANGUAGES, ShopSettings

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "JPY")


@dataclass(frozen=True)
class DemoSize:
    """How much demo data the wizard makes: what Settings makes too, enough to try every page and chart
    (about 20 s on a 2-core machine)."""

    orders: int = 1500
    products: int = 300
    customers: int = 250


def needed(ctx: AppContext) -> bool:
    """A first start: the shop was never set up and the database has no products and no orders."""
    return not ctx.shop.configured and operations.settings.shop_is_empty().call(ctx.tasks)


class _Page(QWizardPage):
    """A page whose words follow the window's language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class WelcomePage(_Page):
    """What the wizard is for, and the window's language (applied at once)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("wizardWindowLanguage")
        for text, choice in i18n.choice_names():
            self.language.addItem(text, choice)
        self.language.setCurrentIndex(max(self.language.findData(i18n.stored_choice(ctx.ui)), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.language_hint = QLabel()
        self.language_hint.setWordWrap(True)
        self.language_hint.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.language_hint)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to OMS Desktop"))
        self.setSubTitle(
            self.tr("A few questions to set up your shop. Everything can be changed later in Settings.")
        )
        self.intro.setText(
            self.tr(
                "OMS Desktop takes counter sales and orders, keeps your stock and customers, and prints "
                "invoices, receipts and shipping labels. It works without internet: your data stays on "
                "this computer."
            )
        )
        self.language_label.setText(self.tr("Window language"))
        for index, (text, _choice) in enumerate(i18n.choice_names()):
            self.language.setItemText(index, text)
        self.language_hint.setText(
            self.tr(
                "The language of this program on this computer. Documents have their own language, on the next page."
            )
        )

    def _language_chosen(self) -> None:
        choice = self.language.currentData()
        i18n.store_choice(self.ctx.ui, choice)
        i18n.install(i18n.resolve(choice))  # every page gets a LanguageChange event and retranslates


class ShopPage(_Page):
    """The shop's details printed on documents, its currency, tax rate and document language."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopPage")
        shop = ctx.shop
        # Empty rather than the placeholder name "My Shop": the shop's own name goes on every invoice.
        self.shop_name = QLineEdit("" if shop.shop_name == ShopSettings.shop_name else shop.shop_name)
        self.shop_name.setObjectName("wizardShopName")
        self.shop_name.textChanged.connect(self.completeChanged)
        self.address = QPlainTextEdit(shop.address)
        self.address.setObjectName("wizardAddress")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(64)
        self.tax_id = QLineEdit(shop.tax_id)
        self.tax_id.setObjectName("wizardTaxId")
        self.currency = QComboBox()
        self.currency.setObjectName("wizardCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(shop.currency)
        self.tax_rate = QLineEdit(f"{shop.default_tax_rate.normalize()}")
        self.tax_rate.setObjectName("wizardTaxRate")
        self.tax_rate.setMaximumWidth(90)
        # A retail shop prices its shelves with tax included: proposed so (issue: the first run asks).
        self.tax_included = QCheckBox()
        self.tax_included.setObjectName("wizardTaxIncluded")
        self.tax_included.setChecked(True)
        self.document_language = QComboBox()
        self.document_language.setObjectName("wizardDocumentLanguage")
        for language in LANGUAGES:
            self.document_language.addItem(i18n.NATIVE_NAMES.get(language, language), language)
        # Until the user picks one, documents follow the window's language (a Chinese window, Chinese
        # invoices), which is what a shop setting up in its own language expects.
        self._document_language_chosen = False
        self.document_language.activated.connect(self._mark_document_language_chosen)
        self.message = MessageBar(self)
        self.message.setObjectName("wizardShopMessage")
        self.captions = [QLabel() for _ in range(7)]
        form = QFormLayout()
        for caption, field in zip(
            self.captions,
            (
                self.shop_name,
                self.address,
                self.tax_id,
                self.currency,
                self.tax_rate,
                self.tax_included,
                self.document_language,
            ),
            strict=True,
        ):
            caption.setBuddy(field)
            form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("Printed on invoices, receipts and shipping labels."))
        for caption, text in zip(
            self.captions,
            (
                self.tr("Shop name"),
                self.tr("Address"),
                self.tr("Tax id"),
                self.tr("Currency"),
                self.tr("Default tax rate % (new products)"),
                self.tr("Shelf prices"),
                self.tr("Document language"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.shop_name.setPlaceholderText(self.tr("The name on your sign and on your invoices"))
        self.tax_id.setPlaceholderText(self.tr("optional"))
        self.tax_included.setText(
            self.tr("include tax: what the customer pays (untick if prices are before tax)")
        )
        self.document_language.setToolTip(self.tr("The language of invoices, receipts and packing slips"))

    def isComplete(self) -> bool:
        """Next stays disabled while the shop has no name. (A mandatory registerField would compare with
        the first text, not with empty.)"""
        return bool(self.shop_name.text().strip())

    def initializePage(self) -> None:
        if not self._document_language_chosen:
            wanted = i18n.current() if i18n.current() in LANGUAGES else "en"
            self.document_language.setCurrentIndex(max(self.document_language.findData(wanted), 0))

    def _mark_document_language_chosen(self) -> None:
        self._document_language_chosen = True

    def tax_rate_value(self) -> Decimal:
        """The typed rate; ValueError in the user's words when it is not a number from 0 to 100."""
        try:
            rate = Decimal(self.tax_rate.text().strip().removesuffix("%") or "0")
        except InvalidOperation:
            raise ValueError(self.tr("The default tax rate must be a number, e.g. 13")) from None
        if not rate.is_finite() or not Decimal(0) <= rate <= Decimal(100):
            raise ValueError(self.tr("The default tax rate must be between 0 and 100%"))
        return rate

    def validatePage(self) -> bool:
        try:
            self.tax_rate_value()
        except ValueError as exc:
            self.message.show_error(str(exc))
            self.tax_rate.setFocus()
            return False
        self.message.clear_message()
        return True


class DemoPage(_Page):
    """Demo data, on by default: a first look at every page with a shop that has a year behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPage")
        self.demo = QCheckBox()
        self.demo.setObjectName("wizardDemo")
        self.demo.setChecked(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = MessageBar(self)
        self.message.setObjectName("wizardMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(self.explain)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("Try the program on a shop with products, customers and a year of orders."))
        self.demo.setText(self.tr("Fill the shop with demo data"))
        self.explain.setText(
            self.tr(
                "About 300 products, 250 customers and a year of counter sales and orders, so that every page "
                "and chart has something to show. It takes less than a minute. Leave it unticked to start with an "
                "empty shop and enter your own products."
            )
        )


class OwnerPage(_Page):
    """The owner, optional: a one-person shop may skip it; once there is an owner, the window asks who is
    at the till, and the owner adds cashiers and managers in Settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerPage")
        self.name = QLineEdit()
        self.name.setObjectName("wizardOwnerName")
        self.pin = QLineEdit()
        self.pin.setObjectName("wizardOwnerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.again = QLineEdit()
        self.again.setObjectName("wizardOwnerPinAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(8)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = MessageBar(self)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.pin, self.again), strict=True):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The owner"))
        self.setSubTitle(self.tr("Optional: leave the name empty for a one-person shop without sign-in."))
        self.explain.setText(
            self.tr(
                "With an owner, the window opens on a sign-in screen, each sale and refund records who did it, "
                "and the owner adds cashiers and managers in Settings."
            )
        )
        words = (self.tr("Name"), self.tr("PIN (4-8 digits)"), self.tr("PIN again"))
        for label, text in zip(self.labels, words, strict=True):
            label.setText(text)

    def wanted(self) -> tuple[str, str] | None:
        name = self.name.text().strip()
        return (name, self.pin.text()) if name else None

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            return True
        pin = self.pin.text()
        if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):
            self.message.show_error(self.tr("A PIN is 4 to 8 digits"))
            return False
        if pin != self.again.text():
            self.message.show_error(self.tr("The two PINs differ"))
            return False
        return True


class FirstRunWizard(QWizard):
    """Window language, shop details, demo data; Finish saves (and fills), Cancel keeps the defaults."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, demo_size: DemoSize = DemoSize()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.ctx = ctx
        self.demo_size = demo_size
        self.summary: DemoSummary | None = None
        self.saved: ShopSettings | None = None
        self._working = False
        self.setWindowIcon(resources.icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome = WelcomePage(ctx)
        self.shop = ShopPage(ctx)
        self.owner = OwnerPage()
        self.demo_page = DemoPage()
        for page in (self.welcome, self.shop, self.owner, self.demo_page):
            self.addPage(page)
        self.setMinimumSize(640, 480)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up OMS Desktop"))
        # QWizard sets its button texts once; said again here so that they follow a language switch.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def wanted_settings(self) -> ShopSettings:
        """The settings as typed on the shop page, marked as configured; ValueError for a bad rate."""
        page = self.shop
        language = page.document_language.currentData()
        return replace(
            self.ctx.shop,
            payment_terms=i18n.payment_terms_for(language, self.ctx.shop.payment_terms),
            discount_reasons=i18n.discount_reasons_for(language, self.ctx.shop.discount_reasons),
            shop_name=page.shop_name.text().strip(),
            address=page.address.toPlainText().strip(),
            tax_id=page.tax_id.text().strip(),
            currency=page.currency.currentText().strip().upper(),
            default_tax_rate=page.tax_rate_value(),
            prices_include_tax=page.tax_included.isChecked(),
            language=language,
            configured=True,
        )

    # --- finishing -------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: save the settings, then make the demo data if asked; the wizard closes when all is done
        and stays open (with the reason) when the core refuses."""
        if self._working:
            return
        try:
            wanted = self.wanted_settings()
        except ValueError as exc:
            self.demo_page.message.show_error(str(exc))
            return
        self._set_working(True)
        operations.settings.save_settings(wanted).run(
            self.ctx.tasks,
            self._saved,
            self._refused,
            owner=self,
        )

    def reject(self) -> None:
        if not self._working:  # the demo has its own Cancel, in the progress dialog
            super().reject()

    def _saved(self, outcome: Outcome[ShopSettings]) -> None:
        self.saved = outcome.value
        if not self.demo_page.demo.isChecked():
            self._add_owner()
            return
        self.demo_page.message.show_info(self.tr("Creating demo data…"))
        previous_parent = self.ctx.tasks.dialog_parent
        self.ctx.tasks.dialog_parent = self  # the progress dialog (with Cancel) sits on the wizard

        def done(outcome: Outcome[DemoSummary]) -> None:
            self.ctx.tasks.dialog_parent = previous_parent
            self.summary = outcome.value
            self._add_owner()

        def refused(error: DomainError) -> None:
            self.ctx.tasks.dialog_parent = previous_parent
            self._refused(error)
            self.demo_page.demo.setChecked(False)  # the settings are saved: Finish again opens the shop

        size = self.demo_size
        operations.settings.fill_demo(size.orders, size.products, size.customers).run(
            self.ctx.tasks,
            done,
            refused,
            label=self.tr("Creating demo products, customers and a year of orders…"),
            owner=self,
        )

    def _add_owner(self) -> None:
        """Last, after the demo data: from the owner on, every write needs someone signed in."""
        wanted = self.owner.wanted()
        if wanted is None:
            self._finish()
            return
        operations.people.add_user(wanted[0], "owner", wanted[1]).run(
            self.ctx.tasks, lambda _outcome: self._finish(), self._refused, owner=self
        )

    def _refused(self, error: DomainError) -> None:
        self._set_working(False)
        self.demo_page.message.show_error(error)

    def _finish(self) -> None:
        self._set_working(False)
        super().accept()

    def _set_working(self, working: bool) -> None:
        self._working = working
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not working)
        self.setCursor(Qt.CursorShape.BusyCursor if working else Qt.CursorShape.ArrowCursor)
