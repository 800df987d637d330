"""Settings' Rules box: the shop's automation rules (when something happens, do something), how often each
fired, and a form to add one or remove the chosen one. Which action goes with which trigger and what a rule
needs are the core's (domain/automation.py); the form only offers what fits, and a refusal is said in the
window's language. The e-mail server is set with `oms-desktop settings set smtp-host ...` and its password
with `oms-desktop mail password`."""

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.automation import (
    ACTIONS_FOR,
    DAYS_MOST,
    HOURS_MOST,
    RuleAction,
    RuleValues,
    Trigger,
)
from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.automation import RULES, RuleRecord
from oms_desktop.services.changes import Changes, Outcome

translate = QCoreApplication.translate


def trigger_words(trigger: str, value: str) -> str:
    """A rule's trigger in the window's words."""
    if trigger == Trigger.ORDER_CREATED:
        return (
            translate("RulesBox", "An order is made ({channel})").format(channel=labels.channel(value))
            if value
            else translate("RulesBox", "An order is made")
        )
    if trigger == Trigger.ORDER_PAID:
        return (
            translate("RulesBox", "An order is paid in full ({channel})").format(
                channel=labels.channel(value)
            )
            if value
            else translate("RulesBox", "An order is paid in full")
        )
    if trigger == Trigger.ORDER_OVERDUE:
        return translate("RulesBox", "An order is unpaid {days} days after its due date").format(days=value)
    if trigger == Trigger.PAID_NOT_SHIPPED:
        return translate("RulesBox", "A paid order is not shipped after {hours} hours").format(hours=value)
    if trigger == Trigger.STOCK_LOW:
        return translate("RulesBox", "A product is below its reorder point")
    if trigger == Trigger.STOCK_SUMMARY:
        return translate("RulesBox", "Once a day: how many products are low")
    if trigger == Trigger.TILL_VARIANCE:
        return (
            translate("RulesBox", "A till closes {amount} or more off").format(amount=value)
            if value
            else translate("RulesBox", "A till closes with its cash off")
        )
    return trigger


def action_words(action: str, value: str) -> str:
    if action == RuleAction.NOTIFY:
        return translate("RulesBox", "notify")
    if action == RuleAction.EMAIL:
        return translate("RulesBox", "e-mail {to}").format(to=value)
    if action == RuleAction.PRINT:
        return (
            translate("RulesBox", "print on {printer}").format(printer=value)
            if value
            else translate("RulesBox", "print here")
        )
    if action == RuleAction.HOLD:
        return translate("RulesBox", "put the order on hold")
    if action == RuleAction.REORDER:
        return translate("RulesBox", "add to a draft purchase order")
    return action


class RulesBox(QGroupBox):
    """The rules, and a form to add one (a manager's or the owner's: the core decides)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Automation rules"))
        self.setObjectName("rulesBox")
        self.ctx = ctx
        self.rules = QListWidget()
        self.rules.setObjectName("rulesList")
        self.rules.setMaximumHeight(150)
        self.name = QLineEdit()
        self.name.setObjectName("ruleName")
        self.name.setPlaceholderText(self.tr("e.g. Unpaid 7 days"))
        self.trigger = QComboBox()
        self.trigger.setObjectName("ruleTrigger")
        for trigger in (
            Trigger.ORDER_CREATED,
            Trigger.ORDER_PAID,
            Trigger.ORDER_OVERDUE,
            Trigger.PAID_NOT_SHIPPED,
            Trigger.STOCK_LOW,
            Trigger.STOCK_SUMMARY,
            Trigger.TILL_VARIANCE,
        ):
            self.trigger.addItem(self._trigger_choice(trigger), trigger.value)
        self.channel = QComboBox()
        self.channel.setObjectName("ruleChannel")
        self.channel.addItem(self.tr("Any channel"), "")
        for channel in labels.CHANNELS:
            self.channel.addItem(labels.channel(channel), channel)
        self.number = QSpinBox()
        self.number.setObjectName("ruleNumber")
        self.number.setMaximumWidth(120)
        self.over = QLineEdit()
        self.over.setObjectName("ruleOver")
        self.over.setMaximumWidth(120)
        self.over.setPlaceholderText(self.tr("any"))
        self.action = QComboBox()
        self.action.setObjectName("ruleAction")
        self.target = QLineEdit()
        self.target.setObjectName("ruleTarget")
        self.add_button = QPushButton(self.tr("Add rule"))
        self.add_button.setObjectName("addRule")
        self.remove_button = QPushButton(self.tr("Remove rule"))
        self.remove_button.setObjectName("removeRule")
        self.remove_button.setEnabled(False)
        self.message = MessageBar(self)
        self.message.setObjectName("rulesMessage")
        hint = QLabel(
            self.tr(
                "A rule acts on what happens after it is made, once per event; the window runs the rules "
                "every minute. E-mail goes through the shop's mail server, which is set up on the command "
                "line."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("rulesHint")

        self.form = QFormLayout()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("When"), self.trigger)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("After"), self.number)
        self.form.addRow(self.tr("At least"), self.over)
        self.form.addRow(self.tr("Do"), self.action)
        self.form.addRow(self.tr("To"), self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        column = QVBoxLayout(self)
        column.addWidget(self.rules)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addWidget(hint)

        self.trigger.currentIndexChanged.connect(self._trigger_changed)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.rules.currentItemChanged.connect(self._chosen)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        ctx.bus.changed.connect(self._on_changed)
        self._trigger_changed()
        self.refresh()

    def _trigger_choice(self, trigger: Trigger) -> str:
        words = {
            Trigger.ORDER_CREATED: self.tr("An order is made"),
            Trigger.ORDER_PAID: self.tr("An order is paid in full"),
            Trigger.ORDER_OVERDUE: self.tr("An order is unpaid N days after its due date"),
            Trigger.PAID_NOT_SHIPPED: self.tr("A paid order is not shipped after N hours"),
            Trigger.STOCK_LOW: self.tr("A product is below its reorder point"),
            Trigger.STOCK_SUMMARY: self.tr("Once a day: how many products are low"),
            Trigger.TILL_VARIANCE: self.tr("A till closes with its cash off"),
        }
        return words[trigger]

    def _action_choice(self, action: RuleAction) -> str:
        words = {
            RuleAction.NOTIFY: self.tr("Notify (the bell)"),
            RuleAction.EMAIL: self.tr("Send an e-mail"),
            RuleAction.PRINT: self.tr("Print the receipt or Z report"),
            RuleAction.HOLD: self.tr("Put the order on hold"),
            RuleAction.REORDER: self.tr("Add to a draft purchase order"),
        }
        return words[action]

    def _show_row(self, field: QWidget, shown: bool) -> None:
        self.form.setRowVisible(field, shown)

    def _trigger_changed(self) -> None:
        trigger = Trigger(self.trigger.currentData())
        self._show_row(self.channel, trigger in (Trigger.ORDER_CREATED, Trigger.ORDER_PAID))
        counted = trigger in (Trigger.ORDER_OVERDUE, Trigger.PAID_NOT_SHIPPED)
        self._show_row(self.number, counted)
        if trigger is Trigger.ORDER_OVERDUE:
            self.number.setRange(1, DAYS_MOST)
            self.number.setSuffix(self.tr(" days"))
            self.number.setValue(7)
        elif trigger is Trigger.PAID_NOT_SHIPPED:
            self.number.setRange(1, HOURS_MOST)
            self.number.setSuffix(self.tr(" hours"))
            self.number.setValue(48)
        self._show_row(self.over, trigger is Trigger.TILL_VARIANCE)
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        for action in (
            RuleAction.NOTIFY,
            RuleAction.EMAIL,
            RuleAction.PRINT,
            RuleAction.HOLD,
            RuleAction.REORDER,
        ):
            if action in ACTIONS_FOR[trigger]:
                self.action.addItem(self._action_choice(action), action.value)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))
        self.action.blockSignals(False)
        self._action_changed()

    def _action_changed(self) -> None:
        action = self.action.currentData()
        self._show_row(self.target, action in (RuleAction.EMAIL.value, RuleAction.PRINT.value))
        if action == RuleAction.EMAIL.value:
            self.target.setPlaceholderText(self.tr("owner@example.com, several with commas"))
        else:
            self.target.setPlaceholderText(
                self.tr("empty: this computer's receipt printer; or network:HOST:PORT")
            )

    def values(self) -> RuleValues:
        """The rule as typed; ValueError names what cannot be read."""
        trigger = Trigger(self.trigger.currentData())
        action = RuleAction(self.action.currentData())
        over = None
        if trigger is Trigger.TILL_VARIANCE and self.over.text().strip():
            try:
                over = Decimal(self.over.text().strip())
            except InvalidOperation:
                raise ValueError(self.tr("The least variance must be an amount, e.g. 5.00")) from None
        return RuleValues(
            name=self.name.text(),
            trigger=trigger,
            action=action,
            channel=self.channel.currentData()
            if trigger in (Trigger.ORDER_CREATED, Trigger.ORDER_PAID)
            else "",
            days=self.number.value() if trigger is Trigger.ORDER_OVERDUE else None,
            hours=self.number.value() if trigger is Trigger.PAID_NOT_SHIPPED else None,
            over=over,
            email=self.target.text() if action is RuleAction.EMAIL else "",
            printer=self.target.text() if action is RuleAction.PRINT else "",
        )

    def refresh(self) -> None:
        operations.rules.list_rules().run(self.ctx.tasks, self._show, self.message.show_error, owner=self)

    def _show(self, found: list[RuleRecord]) -> None:
        self.rules.clear()
        for rule in found:
            text = self.tr(
                "#{id} {name}: {when} → {does}   (done {done}, waiting {waiting}, failed {failed})"
            ).format(
                id=rule.id,
                name=rule.name,
                when=trigger_words(rule.trigger, rule.trigger_value),
                does=action_words(rule.action, rule.action_value),
                done=rule.done,
                waiting=rule.pending,
                failed=rule.failed,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            self.rules.addItem(item)
        if not found:
            empty = QListWidgetItem(self.tr("No rules yet: add one below"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.rules.addItem(empty)
        self.remove_button.setEnabled(False)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.remove_button.setEnabled(item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)

    def add(self) -> None:
        try:
            wanted = self.values()
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        operations.rules.add_rule(wanted).run(
            self.ctx.tasks, self._added, self.message.show_error, owner=self
        )

    def _added(self, outcome: Outcome[RuleRecord]) -> None:
        self.name.clear()
        self.target.clear()
        self.message.show_success(self.tr("Rule added: {name}").format(name=outcome.value.name))

    def remove(self) -> None:
        item = self.rules.currentItem()
        rule_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if rule_id is None:
            self.message.show_error(self.tr("Choose a rule in the list first"))
            return
        operations.rules.remove_rule(int(rule_id)).run(
            self.ctx.tasks,
            lambda o: self.message.show_success(self.tr("Rule removed: {name}").format(name=o.value.name)),
            self.message.show_error,
            owner=self,
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(RULES):
            self.refresh()
