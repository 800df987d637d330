"""Merging a duplicate into the customer chosen on the Customers page: pick the duplicate (those with the same
phone or e-mail are listed first; a search finds any other), read what will move, confirm."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.changes import Outcome
from oms_desktop.services.customer_merge import MergePlan
from oms_desktop.services.records import CustomerRecord

SEARCH_DELAY_MS = 200


class MergeCustomerDialog(QDialog):
    """Fold another customer into `keep`; `done(plan)` is called with what moved once the merge is done."""

    def __init__(
        self,
        tasks: TaskRunner,
        keep: CustomerRecord,
        currency: str,
        done: Callable[[MergePlan], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCustomerDialog")
        self.setWindowTitle(self.tr("Merge a duplicate into {name}").format(name=keep.name))
        self.setMinimumWidth(520)
        self.tasks, self.keep, self.currency, self._done = tasks, keep, currency, done
        self.confirm: QMessageBox | None = None
        self._busy = False
        intro = QLabel(
            self.tr(
                "Choose the duplicate to fold into {name} ({code}). Its orders, balance and store credit move "
                "to {name}; the duplicate leaves the lists and its code is no longer used."
            ).format(name=keep.name, code=keep.code)
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Name, phone, code or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.caption = QLabel()
        self.caption.setObjectName("mergeCaption")
        self.choices = QListWidget()
        self.choices.setObjectName("mergeChoices")
        self.choices.itemSelectionChanged.connect(self._chosen)
        self.choices.itemDoubleClicked.connect(lambda _item: self.ask())
        self.message = MessageBar(self)
        self.message.setObjectName("mergeMessage")
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeOk")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.ask)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.caption)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(self._timer.start)
        self._find()

    # --- choosing ----------------------------------------------------------------------------------------

    def _find(self) -> None:
        text = self.search.text().strip()
        if text:
            self.caption.setText(self.tr("Customers matching the search"))
            operations.customers.find_customers(text).run(self.tasks, self._show, self._refused, owner=self)
        else:
            self.caption.setText(self.tr("Customers with the same phone or e-mail"))
            operations.customers.same_contact(self.keep.code).run(
                self.tasks, self._show, self._refused, owner=self
            )

    def _show(self, found: list[CustomerRecord]) -> None:
        self.choices.clear()
        for customer in found:
            if customer.code == self.keep.code:
                continue
            contact = " · ".join(part for part in (customer.phone, customer.email) if part)
            item = QListWidgetItem(
                f"{customer.name}  ({customer.code})" + (f"  —  {contact}" if contact else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, customer.code)
            self.choices.addItem(item)
        if self.choices.count() == 0:
            self.message.show_info(self.tr("No customer found: search by name, phone, code or e-mail"))
        else:
            self.message.clear_message()
            self.choices.setCurrentRow(0)
        self._chosen()

    def chosen(self) -> str | None:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None and item.isSelected() else None

    def _chosen(self) -> None:
        self.merge_button.setEnabled(self.chosen() is not None and not self._busy)

    # --- confirming and merging --------------------------------------------------------------------------

    def ask(self) -> None:
        """What will move, read from the database, then a question before anything is written."""
        drop = self.chosen()
        if drop is None or self._busy:
            return
        self._set_busy(True)
        operations.customers.merge_plan(self.keep.code, drop).run(
            self.tasks, self._confirm, self._refused, owner=self
        )

    def describe(self, plan: MergePlan) -> str:
        """The confirmation's text: who goes into whom, and what moves."""
        keep, drop = plan.keep, plan.drop
        lines = [
            self.tr("{drop} ({drop_code}) will be merged into {keep} ({keep_code}).").format(
                drop=drop.name, drop_code=drop.code, keep=keep.name, keep_code=keep.code
            ),
            "",
            self.tr("Orders that move: {count}").format(count=plan.orders),
        ]
        if plan.returns:
            lines.append(self.tr("Returns that move: {count}").format(count=plan.returns))
        lines.append(
            self.tr("Owed on account: {owed} (then {total} in all)").format(
                owed=money_with_symbol(plan.owed, self.currency),
                total=money_with_symbol(plan.owed + plan.keep_owed, self.currency),
            )
        )
        if plan.store_credit:
            lines.append(
                self.tr("Store credit: {amount} (then {total} in all)").format(
                    amount=money_with_symbol(plan.store_credit, self.currency),
                    total=money_with_symbol(plan.store_credit + keep.store_credit, self.currency),
                )
            )
        if plan.parked_sales:
            lines.append(self.tr("Parked sales: {count}").format(count=plan.parked_sales))
        if plan.filled:
            words = {
                "phone": self.tr("phone"),
                "email": self.tr("e-mail"),
                "billing_address": self.tr("billing address"),
                "shipping_address": self.tr("shipping address"),
            }
            lines.append(
                self.tr("Filled in from {drop}: {fields}").format(
                    drop=drop.name, fields=", ".join(words[f] for f in plan.filled)
                )
            )
        if plan.terms_differ:
            lines.append(
                self.tr("{drop}'s orders will be due by {keep}'s payment terms ({days} days).").format(
                    drop=drop.name, keep=keep.name, days=keep.payment_terms_days
                )
            )
        lines += [
            "",
            self.tr(
                "{keep}'s credit limit and payment terms stay. {drop_code} can no longer be used. "
                "This cannot be undone."
            ).format(keep=keep.name, drop_code=drop.code),
        ]
        return "\n".join(lines)

    def _confirm(self, plan: MergePlan) -> None:
        self._set_busy(False)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge {drop} into {keep}?").format(drop=plan.drop.name, keep=plan.keep.name),
            self.describe(plan),
            parent=self,
        )
        box.setObjectName("mergeConfirm")
        yes = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("mergeConfirmYes")
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        yes.clicked.connect(lambda: self.merge(plan.drop.code))
        self.confirm = open_dialog(box)

    def merge(self, drop: str) -> None:
        self._set_busy(True)
        self.message.show_info(self.tr("Merging…"))
        operations.customers.merge(self.keep.code, drop).run(
            self.tasks, self._merged, self._refused, owner=self
        )

    def _merged(self, outcome: Outcome[MergePlan]) -> None:
        self._set_busy(False)
        self.accept()
        self._done(outcome.value)

    def _refused(self, error: DomainError) -> None:
        self._set_busy(False)
        self.message.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.search.setEnabled(not busy)
        self.choices.setEnabled(not busy)
        self._chosen()

    def reject(self) -> None:
        if not self._busy:  # the merge's answer would be lost
            super().reject()
