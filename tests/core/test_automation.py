"""Automation rules on SQLite and PostgreSQL: each trigger fires once for each event and never again, a rule
ignores what happened before it was made, a failing action is retried and then shown, an unpaid order past
its due date makes a notification and an e-mail that a real SMTP server receives, low stock makes a draft
purchase order, and two runners at once fire each event once."""

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.audit_log import AuditRecord
from oms_desktop.domain.automation import (
    FiringState,
    Notification,
    RuleAction,
    RuleFiring,
    RuleValues,
    Trigger,
)
from oms_desktop.domain.errors import NotAllowed, ValidationError
from oms_desktop.rule_outlets import ShopOutlets
from oms_desktop.services import (
    automation,
    notifications,
    orders,
    payments,
    purchase_orders,
    settings,
    suppliers,
    till,
    users,
)
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.suppliers import SupplierInput
from tests import factories
from tests.support.mail import memory_keyring, smtp_server

START = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def move(self, **delta: float) -> datetime:
        self.at += timedelta(**delta)
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def shop(engine: Engine, clock: Clock) -> UnitOfWork:
    uow = UnitOfWork(engine, clock=clock, zone=UTC)
    uow.till = "T1"
    return uow


def rule(
    uow: UnitOfWork, name: str, trigger: Trigger, action: RuleAction = RuleAction.NOTIFY, **values: object
) -> int:
    return automation.add_rule(uow, RuleValues(name=name, trigger=trigger, action=action, **values)).value.id  # type: ignore[arg-type]


def sell(uow: UnitOfWork, sku: str = "TEA", quantity: int = 1, channel: Channel = Channel.COUNTER) -> str:
    """A counter sale paid in cash."""
    return orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest(sku, quantity)],
            channel=channel,
            payments=[PaymentRequest(PaymentMethod.CASH, Decimal("10.00") * quantity)],
        ),
    ).value.number


def phone_order(uow: UnitOfWork, customer: str, quantity: int = 1) -> str:
    number = orders.create_order(
        uow, OrderRequest(lines=[LineRequest("TEA", quantity)], channel=Channel.PHONE, customer_code=customer)
    ).value.number
    orders.confirm(uow, number)
    return number


def told(uow: UnitOfWork) -> list[tuple[str, str, str]]:
    """(rule, message code, subject) of every notification, oldest first."""
    return sorted(
        ((n.rule, n.code, n.subject) for n in notifications.list_notifications(uow, limit=500)),
        key=lambda t: t,
    )


def firings(uow: UnitOfWork) -> list[tuple[str, str, str, int]]:
    return sorted((f.rule, f.event_key, f.state, f.attempts) for f in automation.list_firings(uow, limit=500))


def test_each_trigger_fires_once_for_each_event_and_never_twice(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", price="10.00", stock=20, reorder_point=5)
    factories.product(shop, "CUP", price="10.00", stock=2, reorder_point=4)  # low from the start
    customer = factories.customer(shop).code
    rule(shop, "Any order", Trigger.ORDER_CREATED)
    rule(shop, "Phone orders", Trigger.ORDER_CREATED, channel="phone")
    rule(shop, "Paid", Trigger.ORDER_PAID)
    rule(shop, "Paid, waiting", Trigger.PAID_NOT_SHIPPED, hours=24)
    rule(shop, "Low", Trigger.STOCK_LOW)
    rule(shop, "Summary", Trigger.STOCK_SUMMARY)
    rule(shop, "Till off", Trigger.TILL_VARIANCE)

    clock.move(hours=1)
    counter = sell(shop)
    phone = phone_order(shop, customer)
    payments.pay(shop, phone, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("10.00")))
    till.open_till(shop, Decimal("100.00"))
    sell(shop, "CUP", 1)  # cash into the till: 110.00 expected
    till.close_till(shop, counted_total=Decimal("107.00"))

    first = automation.run_rules(shop)
    assert first.found == first.done == first.notified
    seen = told(shop)
    by_rule: dict[str, list[tuple[str, str]]] = {}
    for name, code, subject in seen:
        by_rule.setdefault(name, []).append((code, subject))
    assert len(by_rule["Any order"]) == 3 and {c for c, _ in by_rule["Any order"]} == {"rule_order_created"}
    assert by_rule["Phone orders"] == [("rule_order_created", phone)]
    assert {s for _, s in by_rule["Paid"]} >= {counter, phone}  # each paid in full since the rule
    assert "Paid, waiting" not in by_rule  # paid an hour ago, not 24
    assert by_rule["Low"] == [("rule_stock_low", "CUP")]
    assert by_rule["Summary"] == [("rule_stock_summary", "")]
    assert by_rule["Till off"] == [("rule_till_variance", "")]
    variance = next(n for n in notifications.list_notifications(shop) if n.code == "rule_till_variance")
    assert variance.params["variance"] == Decimal("-3.00") and variance.text.startswith("Till T1 was closed")

    # Nothing has happened since: a second run finds nothing, leaves nothing.
    again = automation.run_rules(shop)
    assert (again.found, again.done, again.notified) == (0, 0, 0)
    assert told(shop) == seen

    # A day later: the phone order has waited 24 hours since it was paid; the cup is still low (a new day),
    # the summary says so again; the orders, the payments and the till are not told twice.
    clock.move(hours=25)
    before = {n.id for n in notifications.list_notifications(shop, limit=500)}
    later = automation.run_rules(shop)
    new = [n for n in notifications.list_notifications(shop, limit=500) if n.id not in before]
    assert sorted((n.rule, n.code) for n in new) == [
        ("Low", "rule_stock_low"),
        ("Paid, waiting", "rule_paid_not_shipped"),
        ("Summary", "rule_stock_summary"),
    ]
    assert later.found == 3
    waiting = next(n for n in notifications.list_notifications(shop) if n.code == "rule_paid_not_shipped")
    assert waiting.subject == phone and waiting.params["hours"] == 25
    assert automation.run_rules(shop).found == 0
    assert all(state == "done" and tries == 1 for _, _, state, tries in firings(shop))


def test_a_rule_made_today_ignores_what_happened_yesterday(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", stock=10)
    customer = factories.customer(shop, terms_days=0).code
    yesterday = sell(shop)
    unpaid = phone_order(shop, customer)  # due the day it was taken
    clock.move(days=1)
    rule(shop, "Orders", Trigger.ORDER_CREATED)
    rule(shop, "Paid", Trigger.ORDER_PAID)
    rule(shop, "Overdue", Trigger.ORDER_OVERDUE, days=1)  # it turned one day late this morning: kept
    rule(shop, "Overdue 0", Trigger.ORDER_OVERDUE, days=2)
    assert automation.run_rules(shop).found == 1
    assert told(shop) == [("Overdue", "rule_order_overdue", unpaid)]
    clock.move(hours=1)
    today = sell(shop)
    automation.run_rules(shop)
    subjects = {(name, subject) for name, _, subject in told(shop)}
    assert ("Orders", today) in subjects and ("Paid", today) in subjects
    assert ("Orders", yesterday) not in subjects and ("Paid", yesterday) not in subjects
    clock.move(days=1)
    automation.run_rules(shop)
    assert ("Overdue 0", unpaid) in {(name, subject) for name, _, subject in told(shop)}


def test_a_failing_action_is_retried_then_shown_and_never_lost(
    shop: UnitOfWork, clock: Clock, tmp_path: Path
) -> None:
    factories.product(shop, "TEA", stock=10)
    folder = tmp_path / "printer"
    rule(shop, "Print it", Trigger.ORDER_CREATED, RuleAction.PRINT, printer=f"file:{folder / 'roll.bin'}")
    rule(shop, "Nobody there", Trigger.ORDER_CREATED, RuleAction.PRINT, printer="network:127.0.0.1:9")
    outlets = ShopOutlets(tmp_path / "data")
    clock.move(minutes=1)
    number = sell(shop)

    first = automation.run_rules(shop, outlets=outlets)
    assert (first.found, first.done, first.retrying) == (2, 0, 2)
    (pending,) = [f for f in automation.list_firings(shop) if f.rule == "Print it"]
    assert pending.state == "pending" and pending.attempts == 1 and "does not answer" in pending.last_error
    assert pending.next_attempt_at == clock.at + timedelta(minutes=1)
    # Not before its wait is over; then the printer is there (its folder made), and it prints.
    assert automation.run_rules(shop, outlets=outlets).retrying == 0
    folder.mkdir()
    (folder / "roll.bin").touch()  # a file printer is a device that is there
    clock.move(minutes=1)
    retried = automation.run_rules(shop, outlets=outlets)
    assert (retried.done, retried.retrying) == (1, 1)
    assert number.encode() in (folder / "roll.bin").read_bytes()  # the receipt, with its number
    assert [(f.state, f.attempts) for f in automation.list_firings(shop, rule="Print it")] == [("done", 2)]

    # The printer that is never there: tried at once, then after 1, 5, 15 and 60 minutes, then given up
    # and shown.
    for wait in (5, 15):
        clock.move(minutes=wait)
        assert automation.run_rules(shop, outlets=outlets).retrying == 1
    clock.move(minutes=60)
    assert automation.run_rules(shop, outlets=outlets).given_up == 1
    (gone,) = automation.list_firings(shop, state=FiringState.FAILED)
    assert (gone.rule, gone.attempts, gone.next_attempt_at) == ("Nobody there", 5, None)
    (shown,) = [n for n in notifications.list_notifications(shop) if n.code == "rule_failed"]
    assert shown.subject == number and shown.unread and "does not answer" in str(shown.params["error"])
    assert shown.text.startswith("The rule Nobody there was given up after 5 tries for " + number)
    clock.move(days=1)
    assert automation.run_rules(shop, outlets=outlets).found == 0  # failed stays failed, kept
    assert len(automation.list_firings(shop)) == 2
    assert [r.failed for r in automation.list_rules(shop) if r.name == "Nobody there"] == [1]


def test_an_unpaid_order_past_its_due_date_is_told_and_e_mailed(
    shop: UnitOfWork, clock: Clock, tmp_path: Path
) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    customer = factories.customer(shop, "Wholesale W", terms_days=30).code
    with smtp_server(user="shop", password="s3cret") as (port, inbox), memory_keyring() as store:
        current = settings.get_settings(shop)
        settings.save_settings(
            shop,
            replace(
                current,
                email="owner@shop.test",
                smtp_host="127.0.0.1",
                smtp_port=port,
                smtp_security="none",
                smtp_user="shop",
            ),
        )
        rule(shop, "Unpaid 7 days", Trigger.ORDER_OVERDUE, days=7)
        rule(shop, "Mail me", Trigger.ORDER_OVERDUE, RuleAction.EMAIL, days=7, email="boss@shop.test")
        number = phone_order(shop, customer, 3)
        payments.pay(shop, number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("10.00")))
        outlets = ShopOutlets(tmp_path / "data")

        clock.move(days=36)  # 6 days past its due date (June 1 + 30 days)
        assert automation.run_rules(shop, outlets=outlets).found == 0
        clock.move(days=1)
        first = automation.run_rules(shop, outlets=outlets)
        assert (first.found, first.notified, first.retrying) == (2, 1, 1)  # no password on this computer yet
        (said,) = notifications.list_notifications(shop)
        assert (
            said.text
            == f"Order {number} of Wholesale W is 7 days past its due date 2026-07-01: 20.00 still owed"
        )
        assert (said.subject_kind, said.subject, said.rule) == ("order", number, "Unpaid 7 days")
        (waiting,) = automation.list_firings(shop, state=FiringState.PENDING)
        assert "No password for smtp:shop@127.0.0.1" in waiting.last_error and inbox.messages == []

        automation_keychain_account = "smtp:shop@127.0.0.1"
        store.set_password("oms-desktop", automation_keychain_account, "s3cret")
        clock.move(minutes=1)
        assert automation.run_rules(shop, outlets=outlets).done == 1
        ((sender, to, mail),) = inbox.messages
        assert (sender, to, inbox.logins) == ("owner@shop.test", ["boss@shop.test"], [("shop", "s3cret")])
        assert mail["Subject"] == "My Shop: Mail me"
        body = mail.get_payload(decode=True).decode()
        assert (
            f"Order {number} of Wholesale W is 7 days past its due date" in body
            and "20.00 still owed" in body
        )
        clock.move(days=1)
        automation.run_rules(shop, outlets=outlets)
        assert len(inbox.messages) == 1 and len(notifications.list_notifications(shop)) == 1


def test_low_stock_makes_or_extends_a_draft_purchase_order(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", stock=3, reorder_point=10)
    factories.product(shop, "CUP", stock=50, reorder_point=10)
    suppliers.add_supplier(shop, SupplierInput(name="Tea Co", lead_time_days=5))
    suppliers.set_product_supplier(shop, "TEA", "SUP-001", cost=Decimal("4.00"), pack_size=1, min_qty=1)
    suppliers.set_product_supplier(shop, "CUP", "SUP-001", cost=Decimal("2.00"), pack_size=1, min_qty=1)
    rule(shop, "Restock", Trigger.STOCK_LOW, RuleAction.REORDER)
    assert automation.run_rules(shop).done == 1
    (draft,) = purchase_orders.list_pos(shop, status="draft")
    po = purchase_orders.get_po(shop, draft.number)
    assert [(line.sku, line.quantity) for line in po.lines] == [("TEA", 7)]
    assert po.user == "rule: Restock"
    assert automation.run_rules(shop).found == 0  # once a day per product

    clock.move(days=1)
    sell(shop, "CUP", 45)  # now CUP is low too
    assert automation.run_rules(shop).done == 2  # TEA again (a new day), CUP
    (same,) = purchase_orders.list_pos(shop, status="draft")
    lines = {line.sku: line.quantity for line in purchase_orders.get_po(shop, same.number).lines}
    assert same.number == draft.number and lines == {"TEA": 7, "CUP": 5}  # TEA's need is on the draft already


def test_hold_puts_the_order_on_hold_in_the_rules_name(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", stock=5)
    customer = factories.customer(shop).code
    rule(shop, "Check phone orders", Trigger.ORDER_CREATED, RuleAction.HOLD, channel="phone")
    number = phone_order(shop, customer)
    assert automation.run_rules(shop).done == 1
    held = orders.get_order(shop, number)
    assert (held.hold_state, held.hold_reason, held.hold_note) == ("held", "other", "Check phone orders")
    assert held.history[-1].user == "rule: Check phone orders"


def test_two_runners_at_once_fire_each_event_once(db_url: str, clock: Clock) -> None:
    engines = [make_engine(db_url) for _ in range(2)]
    try:
        uow = UnitOfWork(engines[0], clock=clock, zone=UTC)
        factories.product(uow, "TEA", stock=50)
        for name in ("A", "B", "C"):
            rule(uow, name, Trigger.ORDER_CREATED)
        clock.move(minutes=1)
        for _ in range(8):
            sell(uow)
        runners = [UnitOfWork(e, clock=clock, zone=UTC) for e in engines]
        errors: list[BaseException] = []
        go = threading.Barrier(2)

        def run(runner: UnitOfWork) -> None:
            try:
                go.wait()
                automation.run_rules(runner)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(r,)) for r in runners]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with uow.read() as session:
            assert session.scalar(select(func.count()).select_from(RuleFiring)) == 24
            assert session.scalar(select(func.count()).select_from(Notification)) == 24
    finally:
        for e in engines:
            e.dispose()


def test_rules_are_a_managers_and_audited(shop: UnitOfWork) -> None:
    users.add_user(shop, "Olivia", "owner", "1234")
    shop.sign_in(users.authenticate(shop, "Olivia", "1234"))
    users.add_user(shop, "Max", "manager", "2222")
    users.add_user(shop, "Ann", "cashier", "1111")
    shop.sign_in(users.authenticate(shop, "Ann", "1111"))
    with pytest.raises(NotAllowed, match="add or remove automation rules"):
        rule(shop, "Mine", Trigger.ORDER_PAID)
    shop.sign_in(users.authenticate(shop, "Max", "2222"))
    rule(shop, "Paid", Trigger.ORDER_PAID)
    with pytest.raises(ValidationError, match="There is a rule named Paid already"):
        rule(shop, "paid", Trigger.ORDER_PAID)
    automation.remove_rule(shop, "Paid")
    assert automation.list_rules(shop) == []
    assert [r.active for r in automation.list_rules(shop, removed=True)] == [False]
    with shop.read() as session:
        rows = session.scalars(select(AuditRecord).where(AuditRecord.action.like("rule_%"))).all()
        assert [(r.action, r.subject, r.actor) for r in rows] == [
            ("rule_add", "Paid", "Max"),
            ("rule_remove", "Paid", "Max"),
        ]
    # The rules' own runs write as the rule, in a shop with users, with nobody signed in.
    shop.sign_in(None)
    assert automation.run_rules(shop).found == 0


@pytest.mark.parametrize(
    ("values", "refusal"),
    [
        (
            {"trigger": Trigger.STOCK_LOW, "action": RuleAction.HOLD},
            "cannot hold: it can email, notify, reorder",
        ),
        (
            {"trigger": Trigger.ORDER_OVERDUE, "action": RuleAction.NOTIFY},
            "needs the days after the due date",
        ),
        ({"trigger": Trigger.PAID_NOT_SHIPPED, "action": RuleAction.NOTIFY}, "needs the hours since payment"),
        ({"trigger": Trigger.ORDER_PAID, "action": RuleAction.NOTIFY, "days": 3}, "--days does not go with"),
        (
            {"trigger": Trigger.ORDER_CREATED, "action": RuleAction.NOTIFY, "channel": "fax"},
            "Unknown channel fax",
        ),
        ({"trigger": Trigger.ORDER_PAID, "action": RuleAction.EMAIL}, "needs the address to send to"),
        (
            {"trigger": Trigger.ORDER_PAID, "action": RuleAction.EMAIL, "email": "boss at shop"},
            "is not an e-mail",
        ),
        (
            {"trigger": Trigger.TILL_VARIANCE, "action": RuleAction.NOTIFY, "over": Decimal("-1")},
            "above zero",
        ),
    ],
)
def test_a_rule_that_cannot_work_is_refused_in_one_line(
    shop: UnitOfWork, values: dict[str, object], refusal: str
) -> None:
    with pytest.raises(ValidationError, match=refusal):
        automation.add_rule(shop, RuleValues(name="R", **values))  # type: ignore[arg-type]
    assert automation.list_rules(shop, removed=True) == []


def test_notifications_are_read_one_by_one_or_all(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", stock=10)
    rule(shop, "Orders", Trigger.ORDER_CREATED)
    clock.move(minutes=1)
    for _ in range(3):
        sell(shop)
    automation.run_rules(shop)
    assert notifications.unread_count(shop) == 3
    first = notifications.list_notifications(shop)[-1]
    assert notifications.mark_read(shop, [first.id]).value == 1
    assert notifications.unread_count(shop) == 2
    assert [n.id for n in notifications.list_notifications(shop, unread_only=True)] != [first.id]
    with pytest.raises(Exception, match="Unknown notification: 999"):
        notifications.mark_read(shop, [999])
    assert notifications.mark_read(shop).value == 2 and notifications.unread_count(shop) == 0


def test_the_command_line_adds_runs_and_reads(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from oms_desktop.cli.main import main

    db = sqlite_url.removeprefix("sqlite:///")

    def cli(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = cli("rule", "add", "--help")
    assert code == 0 and "order-overdue" in out and "with: stock-low" in out
    code, out, err = cli(
        "rule", "add", "--name", "Unpaid 7 days", "--when", "order-overdue", "--do", "notify"
    )
    assert code == 1 and "needs the days after the due date" in err
    code, out, err = cli("rule", "add", "--name", "X", "--when", "overdue", "--do", "notify")
    assert code == 2 and "'overdue' is not a trigger: one of order-created" in err
    code, out, err = cli("rule", "add", "--name", "Low", "--when", "stock-low", "--do", "hold")
    assert (
        code == 1
        and err.strip() == "oms-desktop: A rule on stock-low cannot hold: it can email, notify, reorder"
    )
    assert cli(
        "rule", "add", "--name", "Unpaid 7 days", "--when", "order-overdue", "--days", "7", "--do", "notify"
    )[1] == ("Rule 1 Unpaid 7 days: when order unpaid 7 days after its due date, notify\n")
    assert (
        cli("--json", "rule", "add", "--name", "Orders", "--when", "order-created", "--do", "notify")[0] == 0
    )
    code, out, _ = cli("rule", "list")
    assert code == 0 and "Unpaid 7 days" in out and "order created" in out
    assert cli("product", "add", "--sku", "TEA", "--name", "Tea", "--price", "5.00")[0] == 0
    assert cli("stock", "receive", "TEA", "5")[0] == 0
    assert cli("order", "create", "--walk-in", "--line", "TEA:1", "--pay", "cash")[0] == 0
    assert cli("rule", "run")[1] == "Rules run: 1 new events, 1 actions done, 0 to try again, 0 given up\n"
    assert cli("rule", "run")[1] == "Rules run: 0 new events, 0 actions done, 0 to try again, 0 given up\n"
    code, out, _ = cli("notifications", "list", "--unread")
    assert code == 0 and "New counter order SO-" in out and "Orders" in out
    assert cli("notifications", "read", "--all")[1] == "1 notification(s) marked read\n"
    assert cli("notifications", "list", "--unread")[1] == "No unread notifications\n"
    code, out, _ = cli("rule", "firings")
    assert code == 0 and "created:SO-" in out and "done" in out
    assert cli("rule", "remove", "Orders")[0] == 0
    code, _, err = cli("rule", "remove", "Orders")
    assert code == 1 and "Unknown rule: Orders" in err
    code, _, err = cli("mail", "test", "boss@shop.test")
    assert code == 1 and "No mail server is set" in err


def test_a_server_runs_the_rules_on_a_thread_of_its_own(
    db_url: str, shop: UnitOfWork, clock: Clock, tmp_path: Path
) -> None:
    import time

    from oms_desktop.rule_loop import RuleLoop

    factories.product(shop, "TEA", stock=5)
    rule(shop, "Orders", Trigger.ORDER_CREATED)
    clock.move(minutes=1)
    number = sell(shop)
    loop = RuleLoop(lambda: UnitOfWork(make_engine(db_url), clock=clock, zone=UTC), tmp_path, every=0.05)
    loop.start()
    try:
        deadline = time.monotonic() + 10
        while loop.runs < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        loop.stop()
    assert (
        loop.runs >= 2 and loop.last is not None and loop.last.found == 0
    )  # the second run found nothing new
    assert [n.subject for n in notifications.list_notifications(shop)] == [number]


def test_a_product_without_a_supplier_cannot_be_reordered_and_says_so(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", stock=1, reorder_point=10)
    rule(shop, "Restock", Trigger.STOCK_LOW, RuleAction.REORDER)
    assert automation.run_rules(shop).retrying == 1
    for wait in (1, 5, 15):
        clock.move(minutes=wait)
        assert automation.run_rules(shop).retrying == 1
    clock.move(minutes=60)
    assert automation.run_rules(shop).given_up == 1
    (said,) = notifications.list_notifications(shop)
    assert (said.code, said.subject_kind, said.subject) == ("rule_failed", "product", "TEA")
    assert "TEA has no preferred supplier to order it from" in said.text
    assert purchase_orders.list_pos(shop) == []
