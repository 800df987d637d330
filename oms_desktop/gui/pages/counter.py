"""The counter: scan or search products into a cart, take payment, or save a phone/wholesale order.

Keyboard first: F2 search, F4 customer, F6 sale type, F8 pay, Esc clear, Del remove line, Ctrl+Z put a
cleared cart back. A scan (digits and Enter) adds the product; the same scan again adds one more;
"3*code" adds three. Refusals are shown in the page, never as a traceback.
"""

import re
import uuid
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.errors import DomainError, NotFound
from oms_desktop.gui import printing
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.document_preview import DocumentPreview
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.pay import PayDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.models.cart import CartLine, CartModel
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.gui.widgets.customer_picker import CustomerPicker
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.search_keys import ArrowsToView
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services import catalogue, inventory, orders, product_search
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.lookups import DEFAULT_LOCATION
from oms_desktop.services.orders import OrderRequest, PaymentRequest
from oms_desktop.services.records import CustomerRecord, OrderDetail, ProductRecord

SEARCH_DELAY_MS = 150
QUANTITY_PREFIX = re.compile(r"^(\d{1,5})\s*[*xX]\s*(\S.*)$")
ZERO = Decimal("0.00")


def scan(uow: UnitOfWork, code: str) -> tuple[ProductRecord, int]:
    """The product with this exact barcode or SKU and how many are available at the counter."""
    product = catalogue.find_product(uow, code)
    levels = inventory.stock_levels(uow, product.sku)
    here = next((lv.available for lv in levels if lv.location_code == DEFAULT_LOCATION), 0)
    return product, here


def looks_like_barcode(text: str) -> bool:
    return text.isdigit() and len(text) >= 6


class CounterPage(QWidget):
    """Order entry at the counter; `order_saved` carries every order it creates or sells."""

    order_saved = Signal(object)  # OrderDetail

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterPage")
        self.ctx = ctx
        self._cart_key = uuid.uuid4().hex
        self._cleared: list[CartLine] = []
        self._saving = False
        self.last_order: OrderDetail | None = None
        self.pay_dialog: PayDialog | None = None

        self.cart = CartModel(self)
        self.cart.refused.connect(self._refuse)
        self.cart.edited.connect(self.reprice)
        self.results = ProductsModel(ctx.tasks, self, active_only=True)
        self._build()
        self._shortcuts()
        self.results.reload()
        ctx.bus.changed.connect(self._on_changed)
        self.set_mode(None)

    # --- layout --------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Scan a barcode, or type a name or SKU (F2)"))
        self.search.setToolTip(self.tr("Scan or search products (F2). Enter adds; 3*code adds three."))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.enter)
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
        self.preview_dialog: DocumentPreview | None = None
        self.pay_button = QPushButton()
        self.pay_button.setObjectName("payButton")
        self.pay_button.setMinimumHeight(48)
        self.pay_button.clicked.connect(self.pay)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sale")))
        top.addWidget(self.sale_type)
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
        for row, (caption, label) in enumerate(
            (
                (self.tr("Subtotal"), self.subtotal),
                (self.tr("Discount"), self.discount),
                (self.tr("Tax"), self.tax),
            )
        ):
            sums.addWidget(QLabel(caption), row, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setProperty("role", "sum")
            sums.addWidget(label, row, 1)
        totals = QHBoxLayout()
        totals.addLayout(sums)
        totals.addSpacing(24)
        total_box = QVBoxLayout()
        total_caption = QLabel(self.tr("Total"))
        total_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        total_box.addWidget(total_caption)
        total_box.addWidget(self.total)
        total_box.addWidget(self.items, alignment=Qt.AlignmentFlag.AlignRight)
        totals.addLayout(total_box, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.pay_button)
        small = QHBoxLayout()
        small.addWidget(self.remove_button)
        small.addWidget(self.clear_button)
        small.addWidget(self.receipt_button)
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
        then the only product that matches typed text."""
        raw = self.search.text().strip()
        if not raw:
            return
        self._search_timer.stop()
        quantity, code = 1, raw
        prefixed = QUANTITY_PREFIX.match(raw)
        if prefixed:
            quantity, code = int(prefixed.group(1)), prefixed.group(2).strip()
        try:
            product, available = self.ctx.tasks.call(lambda uow: scan(uow, code))
        except NotFound:
            self._not_exact(code, quantity)
            return
        except DomainError as exc:
            self._refuse(exc)
            return
        self._add(product, available, quantity)

    def _search_text(self) -> str:
        """What to look for: the typed text without a "3*" quantity in front."""
        raw = self.search.text().strip()
        prefixed = QUANTITY_PREFIX.match(raw)
        return prefixed.group(2).strip() if prefixed else raw

    def _not_exact(self, code: str, quantity: int) -> None:
        current = self.results_table.currentIndex()
        if current.isValid() and self.results.query().text == code:
            self._add_result(current.row(), quantity)
            return
        if looks_like_barcode(code):
            # A partial match on digits is never a scan: adding it would sell the wrong product.
            self._refuse(self.tr("Unknown barcode {code}: nothing was added").format(code=code))
            return
        matches = self.ctx.tasks.call(
            lambda uow: product_search.search_products(uow, code, limit=2, active_only=True)
        )
        if len(matches) == 1:
            self._add_code(matches[0].sku, quantity)
            return
        self.results.search(code)
        if not matches:
            self._refuse(self.tr("No product matches '{text}'").format(text=code))
        else:
            self.message.show_info(
                self.tr("Several products match '{text}': pick one with ↑↓ and Enter").format(text=code)
            )

    def _add_result(self, row: int, quantity: int = 1) -> None:
        if 0 <= row < self.results.rowCount():
            self._add_code(self.results.row_at(row).sku, quantity)

    def _add_code(self, code: str, quantity: int) -> None:
        try:
            product, available = self.ctx.tasks.call(lambda uow: scan(uow, code))
        except DomainError as exc:
            self._refuse(exc)
            return
        self._add(product, available, quantity)

    def _add(self, product: ProductRecord, available: int, quantity: int) -> None:
        refusal = self.cart.add(product, available, quantity)
        if refusal:
            self._refuse(refusal)
            return
        row = next(i for i, line in enumerate(self.cart.rows()) if line.product.id == product.id)
        self.cart_table.selectRow(row)
        self.cart_table.scrollTo(self.cart.index(row, 0))
        self.message.show_info(
            self.tr("Added {name} ({sku}) × {quantity}").format(
                name=product.name, sku=product.sku, quantity=quantity
            )
        )
        self.search.clear()
        self.search.setFocus()

    def _refuse(self, error: str | BaseException) -> None:
        self.message.show_error(error)
        self.search.setFocus()
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
            self._cleared = self.cart.clear()
            self._new_cart()
            self.message.show_info(self.tr("Cart cleared. Ctrl+Z puts it back."))
        else:
            self.message.clear_message()
        self.search.setFocus()

    def restore_cart(self) -> None:
        if self._cleared and not self.cart.rowCount():
            self.cart.restore(self._cleared)
            self._cleared = []
            self.message.show_info(self.tr("Cart restored"))

    def receipt(self) -> None:
        """The last sale's receipt (or a saved order's invoice) in the print preview."""
        if self.last_order is None or not printing.available():
            return
        dialog = DocumentPreview(self.ctx.tasks, self.last_order, self.ctx.shop, parent=self)
        self.preview_dialog = open_dialog(dialog)

    # --- prices --------------------------------------------------------------------------------------

    def reprice(self) -> None:
        """Price the cart exactly as the order will be priced (`orders.quote`), and show the totals."""
        if not self.cart.rowCount():
            self._show_totals(ZERO, ZERO, ZERO, ZERO)
            return
        requests = self.cart.requests()
        code = self._customer_code()
        try:
            quote = self.ctx.tasks.call(lambda uow: orders.quote(uow, requests, code))
        except DomainError as exc:
            self._refuse(exc)
            return
        self.cart.apply_quote(quote)
        self._show_totals(quote.subtotal, quote.discount, quote.tax, quote.total)

    @property
    def total_due(self) -> Decimal:
        return self._total

    def _show_totals(self, subtotal: Decimal, discount: Decimal, tax: Decimal, total: Decimal) -> None:
        currency = self.ctx.shop.currency
        self._total = total
        self.subtotal.setText(money_with_symbol(subtotal, currency))
        self.discount.setText(money_with_symbol(-discount if discount else ZERO, currency))
        self.tax.setText(money_with_symbol(tax, currency))
        self.total.setText(money_with_symbol(total, currency))
        units = sum(line.quantity for line in self.cart.rows())
        self.items.setText(
            self.tr("{lines} lines, {units} items").format(lines=self.cart.rowCount(), units=units)
        )

    # --- customer and sale type ----------------------------------------------------------------------

    def _customer_code(self) -> str | None:
        customer = self.customer.customer
        return customer.code if customer is not None else None

    def _customer_changed(self, customer: CustomerRecord | None) -> None:
        if self.order_channel is not None and customer is not None:
            self.ship_to.setPlainText(customer.shipping_address or customer.billing_address)
        if customer is not None:
            self.message.show_info(self.tr("Customer: {name}").format(name=customer.name))
        self.reprice()
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
        self.delivery.setVisible(channel is not None)
        if channel is None:
            self.pay_button.setText(self.tr("Pay (F8)"))
            self.pay_button.setToolTip(self.tr("Take payment and complete the sale (F8)"))
        else:
            self.pay_button.setText(self.tr("Save order (F8)"))
            self.pay_button.setToolTip(self.tr("Save the order as confirmed; its stock is reserved (F8)"))
            customer = self.customer.customer
            if customer is not None and not self.ship_to.toPlainText().strip():
                self.ship_to.setPlainText(customer.shipping_address or customer.billing_address)

    # --- paying and saving ---------------------------------------------------------------------------

    def pay(self) -> None:
        """F8: take payment for a counter sale, or save a phone/wholesale order as confirmed."""
        if self._saving:
            return
        if not self.cart.rowCount():
            self._refuse(self.tr("The cart is empty: scan or search a product first"))
            return
        if self.order_channel is not None:
            self._save_order()
            return
        self.reprice()
        dialog = PayDialog(self.total_due, self.ctx.shop.currency, parent=self)
        dialog.submitted.connect(lambda payments: self.submit_sale(payments, dialog))
        self.pay_dialog = open_dialog(dialog)

    def submit_sale(self, payments: list[PaymentRequest], dialog: PayDialog | None = None) -> None:
        """Record the counter sale in one transaction. The cart's idempotency key makes a second submit
        of the same cart return the first order instead of selling twice."""
        key = self._cart_key
        request = OrderRequest(
            lines=self.cart.requests(),
            channel=Channel.COUNTER,
            customer_code=self._customer_code(),
            payments=payments,
            idempotency_key=key,
        )
        self.ctx.tasks.run(
            lambda uow: orders.create_order(uow, request),
            lambda outcome: self._saved(outcome, key, dialog),
            lambda error: self._save_refused(error, dialog),
            label=self.tr("Recording the sale…"),
            owner=self,
        )

    def _save_order(self) -> None:
        channel = self.order_channel
        assert channel is not None
        if self.customer.customer is None:
            self._refuse(self.tr("This order needs a customer: press F4 to choose one"))
            return
        address = self.ship_to.toPlainText().strip()
        if not address:
            self.message.show_error(self.tr("A phone or wholesale order needs a shipping address"))
            self.ship_to.setFocus()
            return
        key = self._cart_key
        request = OrderRequest(
            lines=self.cart.requests(),
            channel=channel,
            customer_code=self._customer_code(),
            confirm=True,
            ship_to=address,
            notes=self.notes.text().strip(),
            idempotency_key=key,
        )
        self._saving = True
        self.pay_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda uow: orders.create_order(uow, request),
            lambda outcome: self._saved(outcome, key, None),
            lambda error: self._save_refused(error, None),
            label=self.tr("Saving the order…"),
            owner=self,
        )

    def _saved(self, outcome: Outcome[OrderDetail], key: str, dialog: PayDialog | None) -> None:
        self._saving = False
        self.pay_button.setEnabled(True)
        if dialog is not None:
            dialog.finish()
        detail = outcome.value
        if key != self._cart_key:
            return  # the same cart submitted twice: the first answer already cleared it
        self.last_order = detail
        self.receipt_button.setEnabled(True)
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
        self.cart.clear()
        self._cleared = []
        self._new_cart()
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

    def _new_cart(self) -> None:
        self._cart_key = uuid.uuid4().hex

    @property
    def cart_key(self) -> str:
        return self._cart_key

    def _on_changed(self, changes: Changes) -> None:
        # Prices or stock of products in the cart may have changed on another page.
        in_cart = {line.product.id for line in self.cart.rows()}
        if (changes.products or changes.settings) and (
            not changes.product_ids or changes.product_ids & in_cart
        ):
            self.reprice()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus()
