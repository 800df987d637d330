"""The counter: scan or search products into a cart, take payment, or save a phone/wholesale order.

Keyboard first: F2 search, F3 open price, F4 customer, F6 sale type, F8 pay, F12 return or exchange, Esc
clear, Del remove line, Ctrl+Z put a cleared cart back. A scan (digits and Enter) adds the product; the same scan again adds one more;
"3*code" adds three. Refusals are shown in the page, never as a traceback.
"""

from collections import deque
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import DomainError, NotFound
from oms_desktop.domain.quantity import Quantity
from oms_desktop.domain.sequence import ORDER_PREFIX, is_number_of
from oms_desktop.gui import labels, operations, printing
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.document_preview import DocumentPreview, PdfPreview
from oms_desktop.gui.dialogs.open_price import OpenPriceDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.pay import PayDialog
from oms_desktop.gui.dialogs.return_receipt_preview import ReturnReceiptPreview
from oms_desktop.gui.dialogs.sale_discount import SaleDiscountDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.models.cart import CartModel
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.gui.pages.counter_parking import CounterParking
from oms_desktop.gui.pages.counter_returns import CounterReturns
from oms_desktop.gui.widgets.customer_display import DisplayState
from oms_desktop.gui.widgets.customer_picker import CustomerPicker
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.scan_catcher import ScanCatcher
from oms_desktop.gui.widgets.search_keys import ArrowsToView
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.counter import Scanned
from oms_desktop.services.orders import PaymentRequest, Quote
from oms_desktop.services.quotes import DEFAULT_DAYS, MAX_DAYS, MIN_DAYS
from oms_desktop.services.records import CustomerRecord, OrderDetail, ProductRecord
from oms_desktop.services.sale import Sale, SaleLine, parse_scan

SEARCH_DELAY_MS = 150
ZERO = Decimal("0.00")


class CounterPage(QWidget):
    """Order entry at the counter; `order_saved` carries every order it creates or sells."""

    order_saved = Signal(object)  # OrderDetail
    display_changed = Signal(object)  # DisplayState: what the customer display shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterPage")
        self.ctx = ctx
        self.sale = Sale()
        self._cleared: list[SaleLine] = []
        self._saving = False
        # Scans wait here while one is on the worker: a scanner types the next code before the answer to
        # the last one is back, and every one of them counts.
        self._scans: deque[str] = deque()
        self._scanning = False
        self._pricing = False
        self._price_again = False
        self._edits = 0  # the sale's version: a quote for an older one is not shown
        self._priced_lines: list[SaleLine] = []  # the last lines the core priced and accepted
        self._pay_when_ready = False
        self.last_order: OrderDetail | None = None
        self.pay_dialog: PayDialog | None = None

        self.cart = CartModel(self.sale, self)
        self.cart.refused.connect(self._refuse)
        self.cart.edited.connect(self._sale_edited)
        self.results = ProductsModel(ctx.tasks, self, active_only=True)
        self.parking = CounterParking(self)
        self.returns = CounterReturns(self)
        self._sums = (ZERO, ZERO, ZERO, ZERO)
        self._build()
        self._shortcuts()
        self.results.reload()
        ctx.bus.changed.connect(self._on_changed)
        self.set_mode(None)
        self.cart.edited.connect(self.parking.keep_soon)
        self.parking.restore_kept()

    # --- layout --------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Scan a barcode, or type a name or SKU (F2)"))
        self.search.setToolTip(self.tr("Scan or search products (F2). Enter adds; 3*code adds three."))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.enter)
        # A scan typed while the focus is elsewhere on the page (a cart cell, an open cell editor) is caught
        # and rung up as if typed in the search field.
        self.scan_catcher = ScanCatcher(self, self.search)
        self.scan_catcher.scanned.connect(self._scan_elsewhere)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.results.search(self._search_text()))
        self.search.textEdited.connect(self._search_timer.start)

        self.sale_type = QComboBox()
        self.sale_type.setObjectName("saleType")
        self.sale_type.setToolTip(self.tr("Counter sale, or an order saved for later (F6)"))
        self.sale_type.addItem(self.tr("Counter sale — paid now"), None)
        self.sale_type.addItem(self.tr("Phone order — confirmed, paid later"), Channel.PHONE)
        self.sale_type.addItem(self.tr("Wholesale order — confirmed, paid later"), Channel.WHOLESALE)
        self.sale_type.currentIndexChanged.connect(lambda _i: self.set_mode(self.sale_type.currentData()))
        # After each sale the counter is a counter sale again (a walk-in after a wholesale order must not
        # get the wholesale order), unless the cashier keeps the type for a run of orders.
        self.keep_sale_type = QCheckBox(self.tr("Keep"))
        self.keep_sale_type.setObjectName("keepSaleType")
        self.keep_sale_type.setToolTip(self.tr("Keep this sale type for the next sale"))

        self.customer = CustomerPicker(self.ctx.tasks, self)
        self.customer.setObjectName("customerPicker")
        self.customer.setToolTip(self.tr("Customer: walk-in, or choose by name, phone or code (F4)"))
        self.customer.choose_button.setToolTip(self.tr("Choose a customer (F4)"))
        self.customer.changed.connect(self._customer_changed)

        self.cart_table = make_table("cartTable", self, sortable=False)
        self.cart_table.setModel(self.cart)
        self.cart_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cart_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.cart_table.setToolTip(self.tr("Double-click a quantity, price or discount to change it"))
        # After a cell edit the next scan starts in the search field again.
        self.cart_table.itemDelegate().closeEditor.connect(lambda *_: self.search.setFocus())
        set_columns(
            self.cart_table,
            {
                CartModel.COL_SKU: 95,
                CartModel.COL_QTY: 50,
                CartModel.COL_PRICE: 85,
                CartModel.COL_DISCOUNT: 75,
                CartModel.COL_TAX: 70,
                CartModel.COL_TOTAL: 90,
            },
            stretch=CartModel.COL_NAME,
        )

        self.results_table = make_table("productResults", self, sortable=False)
        self.results_table.setModel(self.results)
        shown = (
            ProductsModel.COL_NAME,
            ProductsModel.COL_PRICE,
            ProductsModel.COL_AVAILABLE,
            ProductsModel.COL_SKU,
        )
        for column in range(self.results.columnCount()):
            self.results_table.setColumnHidden(column, column not in shown)
        self.results_table.horizontalHeader().moveSection(ProductsModel.COL_NAME, 0)
        set_columns(
            self.results_table,
            {ProductsModel.COL_SKU: 85, ProductsModel.COL_PRICE: 70, ProductsModel.COL_AVAILABLE: 70},
            stretch=ProductsModel.COL_NAME,
        )
        self.results_table.doubleClicked.connect(lambda index: self._add_result(index.row()))
        self.results_table.activated.connect(lambda index: self._add_result(index.row()))
        ArrowsToView(self.search, self.results_table)

        self.ship_to = QPlainTextEdit()
        self.ship_to.setObjectName("shipAddress")
        self.ship_to.setPlaceholderText(self.tr("Shipping address (required for phone and wholesale orders)"))
        self.ship_to.setMaximumHeight(60)
        self.notes = QLineEdit()
        self.notes.setObjectName("orderNotes")
        self.notes.setPlaceholderText(self.tr("Notes for the order"))
        self.delivery = QGroupBox(self.tr("Delivery"))
        delivery = QFormLayout(self.delivery)
        delivery.addRow(self.tr("Ship to"), self.ship_to)
        delivery.addRow(self.tr("Notes"), self.notes)
        # A quotation instead of an order: the prices offered for some days, nothing reserved (services/quotes).
        self.quote = QCheckBox(self.tr("Save as a quotation, valid for"))
        self.quote.setObjectName("saveAsQuote")
        self.quote.setToolTip(self.tr("Offer these prices for some days; confirm it into an order later"))
        self.quote_days = QSpinBox()
        self.quote_days.setObjectName("quoteDays")
        self.quote_days.setRange(MIN_DAYS, MAX_DAYS)
        self.quote_days.setValue(DEFAULT_DAYS)
        self.quote_days.setSuffix(self.tr(" days"))
        self.quote_days.setEnabled(False)
        self.quote.toggled.connect(self.quote_days.setEnabled)
        self.quote.toggled.connect(lambda _on: self.set_mode(self.order_channel))
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.quote)
        quote_row.addWidget(self.quote_days)
        quote_row.addStretch()
        delivery.addRow(self.tr("Quotation"), quote_row)

        self.message = MessageBar(self, collapsible=False)
        self.message.setObjectName("counterMessage")

        self.subtotal = QLabel()
        self.subtotal.setObjectName("cartSubtotal")
        self.discount = QLabel()
        self.discount.setObjectName("cartDiscount")
        self.tax = QLabel()
        self.tax.setObjectName("cartTax")
        self.total = QLabel()
        self.total.setObjectName("cartTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items = QLabel()
        self.items.setObjectName("cartItems")

        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("removeLine")
        self.remove_button.setToolTip(self.tr("Remove the selected cart lines (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearCart")
        self.clear_button.setToolTip(self.tr("Clear the search, then the cart (Esc); Ctrl+Z puts it back"))
        self.clear_button.clicked.connect(self.escape)
        self.receipt_button = QPushButton(self.tr("Receipt"))
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.setToolTip(self.tr("Print or preview the last sale's receipt (F9)"))
        self.receipt_button.clicked.connect(self.receipt)
        self.receipt_button.setEnabled(False)
        self.receipt_button.setVisible(printing.available())
        self.preview_dialog: PdfPreview | None = None
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setObjectName("returnButton")
        self.return_button.setToolTip(self.tr("Take goods back or exchange them (F12)"))
        self.return_button.clicked.connect(self.returns.open)
        self.exchange_credit = QLabel()
        self.exchange_credit.setObjectName("exchangeCredit")
        self.exchange_caption = QLabel(self.tr("Exchange"))
        self.tax_caption = QLabel(self.tr("Tax"))
        self.pay_button = QPushButton()
        self.pay_button.setObjectName("payButton")
        self.pay_button.setMinimumHeight(48)
        self.pay_button.clicked.connect(self.pay)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sale")))
        top.addWidget(self.sale_type)
        top.addWidget(self.keep_sale_type)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Customer")))
        top.addWidget(self.customer, 1)

        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(QLabel(self.tr("Matching products (↑↓ and Enter)")))
        results_layout.addWidget(self.results_table)
        cart_box = QWidget()
        cart_layout = QVBoxLayout(cart_box)
        cart_layout.setContentsMargins(0, 0, 0, 0)
        cart_layout.addWidget(QLabel(self.tr("Cart")))
        cart_layout.addWidget(self.cart_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("counterSplitter")
        splitter.addWidget(cart_box)
        splitter.addWidget(results_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        sums = QGridLayout()
        rows: list[tuple[QLabel, QLabel]] = [
            (QLabel(self.tr("Subtotal")), self.subtotal),
            (QLabel(self.tr("Discount")), self.discount),
            (self.tax_caption, self.tax),
            (self.exchange_caption, self.exchange_credit),
        ]
        for row, (caption, label) in enumerate(rows):
            sums.addWidget(caption, row, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setProperty("role", "sum")
            sums.addWidget(label, row, 1)
        totals = QHBoxLayout()
        totals.addLayout(sums)
        totals.addSpacing(24)
        total_box = QVBoxLayout()
        self.total_caption = QLabel(self.tr("Total"))
        self.total_caption.setObjectName("totalCaption")
        self.total_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        total_box.addWidget(self.total_caption)
        total_box.addWidget(self.total)
        total_box.addWidget(self.items, alignment=Qt.AlignmentFlag.AlignRight)
        totals.addLayout(total_box, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.pay_button)
        small = QHBoxLayout()
        small.addWidget(self.remove_button)
        small.addWidget(self.clear_button)
        small.addWidget(self.receipt_button)
        small.addWidget(self.return_button)
        buttons.addLayout(small)
        totals.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.delivery)
        layout.addWidget(self.message)
        layout.addLayout(totals)
        self._show_totals(ZERO, ZERO, ZERO, ZERO)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            ("F2", self.focus_search),
            ("F4", self.choose_customer),
            ("F6", self.next_sale_type),
            ("F8", self.pay),
            ("Esc", self.escape),
            ("Ctrl+Z", self.restore_cart),
            ("F9", self.receipt),
            ("F10", self.open_drawer),
            ("F7", self.parking.park),
            ("F11", self.discount_sale),
            ("Shift+F7", self.parking.recall),
            ("F12", self.returns.open),
            ("F3", self.open_price),
        ):
            QShortcut(QKeySequence(key), self, slot, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.cart_table, self.remove_selected, context=context)
        # The search field keeps Ctrl+Z for its own text; with nothing typed, Ctrl+Z puts the cart back.
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.search.text()
            and self._cleared
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.restore_cart()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # --- what the cashier does -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def choose_customer(self) -> None:
        self.customer.choose()

    def next_sale_type(self) -> None:
        self.sale_type.setCurrentIndex((self.sale_type.currentIndex() + 1) % self.sale_type.count())

    def enter(self) -> None:
        """Enter in the search field: an exact code (a scan) first, then the result picked with the arrows,
        then the only product that matches typed text. The field is ready for the next scan at once; the
        scan is resolved on the worker and applied when the answer comes, in the order scanned."""
        raw = self.search.text().strip()
        if not raw:
            return
        self._search_timer.stop()
        self.search.clear()
        self._scans.append(raw)
        self._next_scan()

    @property
    def busy(self) -> bool:
        """A scan or a reprice is still on its way: the total shown may not be the final one."""
        return bool(self._scans) or self._scanning or self._pricing

    @property
    def settled(self) -> bool:
        """Every scan applied and the total shown is the core's price of the sale as it stands."""
        return not self.busy and not self._price_again

    def _next_scan(self) -> None:
        if self._scanning or not self._scans:
            self._when_idle()
            return
        text = self._scans.popleft()
        self._scanning = True
        version = self._edits
        operations.sale.scan(self.sale, text).run(
            self.ctx.tasks,
            lambda found: self._scanned(text, version, found),
            lambda error: self._scan_refused(text, error),
            owner=self,
        )

    def _scanned(self, text: str, version: int, found: Scanned) -> None:
        self._scanning = False
        if found.product is not None:
            self._add(found, version)
        else:
            self._not_exact(found)
        self._next_scan()

    def _scan_refused(self, text: str, error: DomainError) -> None:
        self._scanning = False
        quantity, code = parse_scan(text)
        if isinstance(error, NotFound) and self._pick_result(code, quantity):
            pass
        elif isinstance(error, NotFound) and code.isdigit():
            self._refuse(self.tr("Unknown barcode {code}: nothing was added").format(code=code), text)
        else:
            self._refuse(error, text)
        self._next_scan()

    def _pick_result(self, code: str, quantity: Quantity) -> bool:
        """The product picked in the results with the arrows, when the results are for what was typed."""
        current = self.results_table.currentIndex()
        if current.isValid() and self.results.query().text == code:
            self._add_result(current.row(), quantity)
            return True
        return False

    def _search_text(self) -> str:
        """What to look for: the typed text without a "3*" quantity in front."""
        return parse_scan(self.search.text())[1]

    def _not_exact(self, found: Scanned) -> None:
        code, quantity = found.code, found.quantity
        if self._pick_result(code, quantity):
            return
        if len(found.matches) == 1:
            self._scans.appendleft(f"{quantity}*{found.matches[0].sku}")
            return
        if not found.matches and is_number_of(ORDER_PREFIX, code):
            self.returns.open(code.strip().upper())  # a receipt scanned at the counter: goods coming back
            return
        self.results.search(code)
        if not found.matches:
            self._refuse(self.tr("No product matches '{text}'").format(text=code), code)
        else:
            self.message.show_info(
                self.tr("Several products match '{text}': pick one with ↑↓ and Enter").format(text=code)
            )

    def _add_result(self, row: int, quantity: Quantity = 1) -> None:
        if 0 <= row < self.results.rowCount():
            self._scans.appendleft(f"{quantity}*{self.results.row_at(row).sku}")
            self._next_scan()

    def _add(self, found: Scanned, version: int) -> None:
        product = found.product
        assert product is not None and found.quote is not None
        untouched = version == self._edits  # nothing changed the sale while the scan was away
        try:
            # Counts as an edit: reprices unless untouched. A scale's price label is a line of its own.
            if found.price is not None:
                row = self.cart.add_open_price(product, found.price)
            else:
                row = self.cart.add(product, found.quantity)
        except DomainError as exc:
            self._refuse(exc, found.code)
            return
        if untouched:
            self._price_again = False
            self._show_quote(found.quote)
        self.cart_table.selectRow(row)
        self.cart_table.scrollTo(self.cart.index(row, 0))
        self.message.show_info(
            self.tr("Added {name} ({sku}) × {quantity}").format(
                name=product.name, sku=product.sku, quantity=found.quantity
            )
        )
        if not self.search.text():
            self.search.setFocus()

    def _refuse(self, error: str | BaseException, typed: str | None = None) -> None:
        self.message.show_error(error)  # a core refusal is said by its code in the window's language
        self.search.setFocus()
        if typed is not None and not self.search.text() and not self._scans:
            self.search.setText(typed)  # what was refused, selected: typing replaces it
        self.search.selectAll()

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.cart_table.selectionModel().selectedRows()]
        if not rows and self.cart_table.currentIndex().isValid():
            rows = [self.cart_table.currentIndex().row()]
        if rows:
            self.cart.remove(rows)
            self.search.setFocus()

    def escape(self) -> None:
        """Esc: clear the search text; pressed again, clear the cart (Ctrl+Z puts it back)."""
        if self.search.text():
            self.search.clear()
            self.results.search("")
        elif self.cart.rowCount():
            self._ask_to_clear()
        elif self.returns.pending is not None:
            self.returns.clear()
            self.message.show_info(self.tr("Exchange cancelled: nothing was taken back"))
        else:
            self.message.clear_message()
        self.search.setFocus()

    def _ask_to_clear(self) -> None:
        """A tired cashier's Esc must not wipe a sale: asked first (Enter or Esc keep it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Clear the sale?"),
            self.tr("Clear the sale of {lines}? Ctrl+Z puts it back.").format(
                lines=labels.lines(self.cart.rowCount())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("clearSaleQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._cleared = self.cart.clear()
                self.message.show_info(self.tr("Cart cleared. Ctrl+Z puts it back."))
            self.search.setFocus()

        box.finished.connect(answered)
        self.clear_question = open_dialog(box)

    def restore_cart(self) -> None:
        if self._cleared and not self.cart.rowCount():
            self.cart.restore(self._cleared)
            self._cleared = []
            self.message.show_info(self.tr("Cart restored"))

    def _to_receipt_printer(self, detail: OrderDetail) -> None:
        """A paid counter sale: the drawer opens for cash, and the receipt prints when this computer says so.
        A printer that does not answer is said; the sale is kept and the receipt can be printed again."""
        work = operations.receipt_printer.after_sale(self.ctx.config.data_dir, detail, self.ctx.shop)
        if work is not None:
            self.ctx.tasks.run_cpu(work, None, self.message.show_error, owner=self)

    def open_drawer(self) -> None:
        """F10: the drawer without a sale, recorded in the audit trail first."""
        folder = self.ctx.config.data_dir
        if not operations.receipt_printer.printer_set(folder):
            self.message.show_error(self.tr("No receipt printer is set for this computer (Settings)"))
            return

        def recorded(_outcome: object) -> None:
            kick = operations.receipt_printer.kick_drawer(folder)
            self.ctx.tasks.run_cpu(kick, None, self.message.show_error, owner=self)

        operations.till.open_drawer("").run(self.ctx.tasks, recorded, self.message.show_error, owner=self)

    def receipt(self) -> None:
        """F9: the last sale's receipt again on this till's receipt printer, or (without one, or for a saved
        order's invoice) in the print preview."""
        if self.returns.last is not None:  # goods came back after the last sale: their receipt
            if printing.available():
                credit_note = ReturnReceiptPreview(
                    self.ctx.tasks, self.returns.last, self.ctx.shop, parent=self
                )
                self.preview_dialog = open_dialog(credit_note)
            return
        if self.last_order is None:
            return
        folder = self.ctx.config.data_dir
        counter_sale = self.last_order.channel == Channel.COUNTER.value
        if counter_sale and operations.receipt_printer.printer_set(folder):
            work = operations.receipt_printer.print_receipt(
                folder, self.last_order, self.ctx.shop, open_drawer=False
            )
            number = self.last_order.number
            self.ctx.tasks.run_cpu(
                work,
                lambda _none: self.message.show_success(
                    self.tr("Receipt {number} printed").format(number=number)
                ),
                self.message.show_error,
                owner=self,
            )
            return
        if not printing.available():
            return
        dialog = DocumentPreview(self.ctx.tasks, self.last_order, self.ctx.shop, parent=self)
        self.preview_dialog = open_dialog(dialog)

    # --- prices --------------------------------------------------------------------------------------

    def _sale_edited(self) -> None:
        self._edits += 1
        self._price_again = True
        if not self.sale.lines:  # an empty cart shows zero at once, never the last sale's total
            self.reprice()
            return
        # After a scan's own answer the sale is priced already (see _add); otherwise ask the core.
        QTimer.singleShot(0, self, self._reprice_if_needed)

    def _reprice_if_needed(self) -> None:
        if self._price_again:
            self.reprice()

    def reprice(self) -> None:
        """Price the cart exactly as the order will be priced (on the worker), and show the totals; a
        quantity the shop does not have is refused and the cart goes back to what was last accepted."""
        self._price_again = False
        if not self.sale.lines:
            self._priced_lines = []
            self._show_totals(ZERO, ZERO, ZERO, ZERO)
            self._when_idle()
            return
        if self._pricing:
            self._price_again = True  # once the answer for the older sale is back
            return
        self._pricing = True
        version = self._edits
        operations.sale.price(self.sale).run(
            self.ctx.tasks,
            lambda quote: self._priced(version, quote),
            self._price_refused,
            owner=self,
        )

    def _priced(self, version: int, quote: Quote) -> None:
        self._pricing = False
        if version == self._edits:
            self._show_quote(quote)
        else:
            self._price_again = True
        if self._price_again:
            self.reprice()
        else:
            self._when_idle()

    def _price_refused(self, error: DomainError) -> None:
        self._pricing = False
        if self.sale.lines != self._priced_lines:
            self.cart.restore(self._priced_lines)  # back to what the core last accepted; that reprices
        self._refuse(error)

    def _show_quote(self, quote: Quote) -> None:
        self.tax_caption.setText(self.tr("Incl. tax") if quote.tax_included else self.tr("Tax"))
        self.cart.apply_quote(quote)
        self._priced_lines = list(self.sale.lines)
        self._show_totals(quote.subtotal, quote.discount, quote.tax, quote.total)

    def _when_idle(self) -> None:
        if self._pay_when_ready and not self.busy and not self._price_again:
            self._pay_when_ready = False
            self.pay()

    @property
    def total_due(self) -> Decimal:
        return self._total

    def show_exchange(self) -> None:
        """The totals again, with the credit of an exchange waiting on the counter (or without)."""
        self._show_totals(*self._sums)

    def _show_totals(self, subtotal: Decimal, discount: Decimal, tax: Decimal, total: Decimal) -> None:
        currency = self.ctx.shop.currency
        self._sums = (subtotal, discount, tax, total)
        self._total = total
        self.subtotal.setText(money_with_symbol(subtotal, currency))
        self.discount.setText(money_with_symbol(-discount if discount else ZERO, currency))
        self.tax.setText(money_with_symbol(tax, currency))
        self.total_caption.setText(self.tr("Total"))
        self.total.setText(money_with_symbol(total, currency))
        exchange = self.returns.pending
        self.exchange_caption.setVisible(exchange is not None)
        self.exchange_credit.setVisible(exchange is not None)
        if exchange is not None:
            self.exchange_credit.setText(money_with_symbol(-exchange.credit, currency))
            due = total - exchange.credit
            self.total_caption.setText(self.tr("To pay") if due >= 0 else self.tr("To give back"))
            self.total.setText(money_with_symbol(abs(due), currency))
        self.items.setText(
            self.tr("{lines}, {units}").format(
                lines=labels.lines(len(self.sale)), units=labels.items(self.sale.units)
            )
        )
        self.tell_display()

    def tell_display(self, note: str = "") -> None:
        """The customer display shows what the cart and the big figure show now."""
        lines = tuple(
            (
                self.cart.text(row, CartModel.COL_NAME),
                self.cart.text(row, CartModel.COL_QTY),
                self.cart.text(row, CartModel.COL_TOTAL),
            )
            for row in self.cart.rows()
        )
        self.display_changed.emit(DisplayState(lines, self.total_caption.text(), self.total.text(), note))

    # --- customer and sale type ----------------------------------------------------------------------

    def open_price(self) -> None:
        """F3: an item without a barcode, rung up for a typed amount."""
        dialog = OpenPriceDialog(self)

        def add(amount: Decimal) -> None:
            operations.sale.open_price_item().run(
                self.ctx.tasks,
                lambda outcome: self._open_price_added(dialog, outcome.value, amount),
                dialog.refuse,
                owner=self,
            )

        dialog.submitted.connect(add)
        self.open_price_dialog = open_dialog(dialog)

    def _open_price_added(self, dialog: OpenPriceDialog, product: ProductRecord, amount: Decimal) -> None:
        try:
            self.cart.add_open_price(product, amount)
        except DomainError as exc:
            dialog.refuse(exc)
            return
        dialog.finish()
        self.search.setFocus()

    def discount_sale(self) -> None:
        """F11: a discount on the whole sale ("10%" or an amount), shared over its lines to the cent."""
        if not self.sale.lines:
            self._refuse(self.tr("The cart is empty: scan or search a product first"))
            return
        dialog = SaleDiscountDialog(self, operations.settings.discount_reasons(self.ctx.shop))

        def apply(value: tuple[str, Decimal, str]) -> None:
            kind, figure, reason = value
            try:
                given = (
                    self.sale.discount_sale(percent=figure, reason=reason)
                    if kind == "percent"
                    else self.sale.discount_sale(amount=figure, reason=reason)
                )
            except DomainError as exc:
                dialog.refuse(exc)
                return
            dialog.finish()
            self.cart.restore(self.sale.lines)  # shows the lines' new discounts and prices the sale again
            self.message.show_info(
                self.tr("Discount of {amount} on the sale").format(
                    amount=money_with_symbol(given, self.ctx.shop.currency)
                )
            )
            self.search.setFocus()

        dialog.submitted.connect(apply)
        self.discount_dialog = open_dialog(dialog)

    def show_sale(self, sale: Sale) -> None:
        """Put `sale` on the counter (one kept or recalled, or a new empty one): its lines, its type and, for
        an order, its customer and address; it is priced again."""
        self.sale = sale
        self._cleared = []
        self.cart.show_sale(sale)
        self.set_mode(None if sale.sale_type is Channel.COUNTER else sale.sale_type)
        self.sale.set_sale_type(sale.sale_type)
        self.ship_to.setPlainText(sale.ship_to)
        self.notes.setText(sale.notes)
        if sale.customer_code:
            code, name = sale.customer_code, sale.customer_name
            operations.customers.customer_with_stats(code).run(
                self.ctx.tasks,
                lambda found: self._customer_back(code, name, found[0]),
                lambda _error: None,  # a customer deleted meanwhile: the sale keeps the code it had
                owner=self,
            )
        else:
            self.customer.clear()

    def _customer_back(self, code: str, name: str, record: CustomerRecord) -> None:
        if self.sale.customer_code == code:
            self.customer.set_customer(record)
            self.sale.set_customer(code, name)

    def _customer_changed(self, customer: CustomerRecord | None) -> None:
        if self.order_channel is not None and customer is not None:
            self.ship_to.setPlainText(customer.shipping_address or customer.billing_address)
        if customer is not None:
            text = self.tr("Customer: {name}").format(name=customer.name)
            if customer.store_credit:
                text += " · " + self.tr("store credit {amount}").format(
                    amount=money_with_symbol(customer.store_credit, self.ctx.shop.currency)
                )
            self.message.show_info(text)
            self.sale.set_customer(customer.code, customer.name)
        else:
            self.sale.set_customer(None)
        self._sale_edited()
        self.search.setFocus()

    @property
    def order_channel(self) -> Channel | None:
        """None for a counter sale, else the channel of the order saved for later."""
        channel = self.sale_type.currentData()
        return Channel(channel) if channel else None  # a StrEnum in a combo comes back as str

    def set_mode(self, channel: Channel | None) -> None:
        index = self.sale_type.findData(channel)
        if index != self.sale_type.currentIndex():
            self.sale_type.setCurrentIndex(index)
            return  # currentIndexChanged comes back here
        self.sale.set_sale_type(channel or Channel.COUNTER)
        self.delivery.setVisible(channel is not None)
        if channel is None:
            self.pay_button.setText(self.tr("Pay (F8)"))
            self.pay_button.setToolTip(self.tr("Take payment and complete the sale (F8)"))
        else:
            self.pay_button.setText(self.tr("Save order (F8)"))
            self.pay_button.setToolTip(self.tr("Save the order as confirmed; its stock is reserved (F8)"))
            if self.quote.isChecked():
                self.pay_button.setText(self.tr("Save quotation (F8)"))
                self.pay_button.setToolTip(
                    self.tr("Save a quotation for the customer: nothing reserved, confirmed later (F8)")
                )
            customer = self.customer.customer
            if customer is not None and not self.ship_to.toPlainText().strip():
                self.ship_to.setPlainText(customer.shipping_address or customer.billing_address)

    # --- paying and saving ---------------------------------------------------------------------------

    def pay(self) -> None:
        """F8: take payment for a counter sale, or save a phone/wholesale order as confirmed. While a scan
        or a reprice is on its way, it waits for the final total and then opens."""
        if self._saving:
            return
        if self.busy or self._price_again:
            self._pay_when_ready = True
            if self._price_again and not self._pricing:
                self.reprice()
            return
        if self.returns.pending is not None:
            self.returns.pay()
            return
        if not self.cart.rowCount():
            self._refuse(self.tr("The cart is empty: scan or search a product first"))
            return
        if self.order_channel is not None:
            self._save_order()
            return
        # A closed payment dialog is deleted (open_dialog): only a live one that is showing waits for input.
        if self.pay_dialog is not None and shiboken6.isValid(self.pay_dialog) and self.pay_dialog.isVisible():
            return
        dialog = PayDialog(
            self.total_due,
            self.ctx.shop.currency,
            methods=self.payment_methods(),
            parent=self,
        )
        dialog.submitted.connect(lambda payments: self.submit_sale(payments, dialog))
        self.pay_dialog = open_dialog(dialog)

    def payment_methods(self) -> list[PaymentMethod]:
        """The shop's methods, and the customer's store credit when they have some."""
        methods = operations.settings.payment_methods(self.ctx.shop)
        customer = self.customer.customer
        if customer is not None and customer.store_credit > 0 and PaymentMethod.STORE_CREDIT not in methods:
            methods = [*methods, PaymentMethod.STORE_CREDIT]
        return methods

    def submit_sale(self, payments: list[PaymentRequest], dialog: PayDialog | None = None) -> None:
        """Record the counter sale in one transaction. The sale's idempotency key makes a second submit
        of the same sale return the first order instead of selling twice."""
        key = self.sale.key
        operations.sale.complete_sale(self.sale, payments).run(
            self.ctx.tasks,
            lambda outcome: self._saved(outcome, key, dialog),
            lambda error: self._save_refused(error, dialog),
            label=self.tr("Recording the sale…"),
            owner=self,
        )

    def _save_order(self) -> None:
        if self.customer.customer is None:
            self._refuse(self.tr("This order needs a customer: press F4 to choose one"))
            return
        address = self.ship_to.toPlainText().strip()
        quoting = self.quote.isChecked()  # a quotation ships nothing yet: its address may come later
        if not address and not quoting:
            self.message.show_error(self.tr("A phone or wholesale order needs a shipping address"))
            self.ship_to.setFocus()
            return
        self.sale.ship_to = address
        self.sale.notes = self.notes.text().strip()
        key = self.sale.key
        self._saving = True
        self.pay_button.setEnabled(False)
        saving = (
            operations.quotes.save_quote(self.sale, self.quote_days.value())
            if quoting
            else operations.sale.save_order(self.sale)
        )
        saving.run(
            self.ctx.tasks,
            lambda outcome: self._saved(outcome, key, None),
            lambda error: self._save_refused(error, None),
            label=self.tr("Saving the order…"),
            owner=self,
        )

    def _saved(self, outcome: Outcome[OrderDetail], key: str, dialog: PayDialog | None) -> None:
        self.sale_recorded(outcome.value, key, dialog)

    def sale_recorded(self, detail: OrderDetail, key: str, dialog: PayDialog | None) -> None:
        """The sale (or an exchange's new sale) is in the database: the receipt, the change, a new sale."""
        self._saving = False
        self.pay_button.setEnabled(True)
        if dialog is not None:
            dialog.finish()
        if key != self.sale.key:
            return  # the same sale submitted twice: the first answer already cleared it
        self.last_order = detail
        self.returns.last = None  # F9 is this sale's receipt now
        self.receipt_button.setEnabled(True)
        self._to_receipt_printer(detail)
        currency = self.ctx.shop.currency
        if detail.channel == Channel.COUNTER.value:
            text = self.tr("Sale {number} completed: {total}. Change due: {change}").format(
                number=detail.number,
                total=money_with_symbol(detail.total, currency),
                change=money_with_symbol(detail.change_given, currency),
            )
        else:
            text = self.tr("Order {number} confirmed for {customer}: {total}; stock reserved").format(
                number=detail.number,
                customer=detail.customer.name if detail.customer else "",
                total=money_with_symbol(detail.total, currency),
            )
        if detail.status == "quote":
            text = self.tr(
                "Quotation {number} for {customer}: {total}, valid until {day}; nothing reserved"
            ).format(
                number=detail.number,
                customer=detail.customer.name if detail.customer else "",
                total=money_with_symbol(detail.total, currency),
                day=detail.valid_until.isoformat() if detail.valid_until else "",
            )
        self.sale.completed()
        if not self.keep_sale_type.isChecked():
            self.quote.setChecked(False)
            self.set_mode(None)
        self.cart.show_sale(self.sale)
        if detail.channel == Channel.COUNTER.value and detail.change_given:
            # The cashier counts the change out of the drawer: in the big figure, until the next scan.
            self.total_caption.setText(self.tr("Change due"))
            self.total.setText(money_with_symbol(detail.change_given, currency))
        self.tell_display(self.tr("Thank you!"))
        self._cleared = []
        self.customer.clear()
        self.ship_to.clear()
        self.notes.clear()
        self.message.show_success(text)
        self.search.setFocus()
        self.order_saved.emit(detail)

    def _save_refused(self, error: DomainError, dialog: PayDialog | None) -> None:
        self._saving = False
        self.pay_button.setEnabled(True)
        if dialog is not None:
            dialog.refuse(error)
        self.message.show_error(error)
        if dialog is None:
            self.search.setFocus()

    @property
    def cart_key(self) -> str:
        return self.sale.key

    def _on_changed(self, changes: Changes) -> None:
        # Prices or stock of products in the cart may have changed on another page.
        in_cart = {line.product_id for line in self.sale.lines}
        if (changes.products or changes.settings) and (
            not changes.product_ids or changes.product_ids & in_cart
        ):
            self.reprice()

    def _scan_elsewhere(self, code: str) -> None:
        self._scans.append(code)
        self._next_scan()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_catcher.start()
        self.search.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scan_catcher.stop()
        super().hideEvent(event)
