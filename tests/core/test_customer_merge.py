"""Duplicate customers, on SQLite and PostgreSQL: the same phone (its digits) or e-mail (any case) found through
the indexes and said as a warning, never a refusal; and the merge of a duplicate into the customer kept, in
one transaction: orders, balance, ageing, returns, store credit and parked sales move, what was refused
leaves every row as it was, and the merged code is refused with the name of the customer it became."""

import io
import json
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select, text, update

from oms_desktop.cli import main
from oms_desktop.db.engine import make_engine, sqlite_path
from oms_desktop.db.migrate import upgrade
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Customer, Order, PaymentMethod
from oms_desktop.domain.errors import NotAllowed, NotFound, ValidationError
from oms_desktop.domain.sale_return import RefundTo
from oms_desktop.services import (
    audit_trail,
    customer_duplicates,
    customer_merge,
    customers,
    health,
    parked_sales,
    payments,
    receivables,
    sale_returns,
    statement_view,
    store_credit,
    users,
)
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.imports import ImportRefused, import_orders_csv
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.order_pages import list_orders
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, confirm, create_order
from oms_desktop.services.periods import Period
from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest
from tests import factories
from tests.support.postgres import PostgresServer

D = date(2026, 6, 30)


def _on(uow: UnitOfWork, days_ago: int) -> UnitOfWork:
    moment = datetime.combine(D - timedelta(days=days_ago), datetime.min.time(), UTC) + timedelta(hours=10)
    return UnitOfWork(uow.engine, clock=lambda: moment, zone=UTC)


def _customer(uow: UnitOfWork, name: str, phone: str = "", email: str = "", **more: Any) -> str:
    data = CustomerInput(name, phone=phone, email=email, billing_address=more.pop("address", ""), **more)
    return customers.add_customer(uow, data).value.code


def _codes(found: list[Any]) -> list[str]:
    return sorted(c.code for c in found)


# --- duplicates --------------------------------------------------------------------------------------------


def test_the_same_digits_or_the_same_email_in_any_case_is_a_duplicate(uow: UnitOfWork) -> None:
    wang = _customer(uow, "王先生", "138-0013-8000", "Wang@Example.com")
    spaced = _customer(uow, "王太太", "138 0013 8000")
    bracketed = _customer(uow, "王老师", "(138) 0013.8000")
    lower = _customer(uow, "赵先生", email="  wang@EXAMPLE.com ")
    _customer(uow, "钱先生", "13900139000", "qian@example.com")
    _customer(uow, "孙先生", "1380013800")  # one digit fewer: another number
    _customer(uow, "李女士", "+86 138 0013 8000")  # digits only: 8613800138000 is not 13800138000
    _customer(uow, "周先生", "13800138000 1")  # one digit more
    assert _codes(customers.same_contact(uow, wang)) == sorted([spaced, bracketed, lower])
    assert _codes(customers.same_contact(uow, spaced)) == sorted([wang, bracketed])
    assert _codes(customers.same_contact(uow, lower)) == [wang]
    assert _codes(customers.duplicates(uow, "13800138000", "")) == sorted([wang, spaced, bracketed])
    assert _codes(customers.duplicates(uow, "", "WANG@example.COM")) == sorted([wang, lower])
    assert _codes(customers.duplicates(uow, "138 0013 8000", "", besides=spaced)) == sorted([wang, bracketed])
    assert customers.duplicates(uow, "8000", "") == []  # fewer than five digits name no one
    assert customers.duplicates(uow, "", "wang@example.co") == []


def test_duplicates_are_found_through_the_indexes_not_by_reading_every_customer(
    sqlite_uow: UnitOfWork,
) -> None:
    uow = sqlite_uow
    for i in range(30):
        _customer(uow, f"客户{i}", f"139 {i:04d} {i:04d}", f"c{i}@example.com")
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    event.listen(uow.engine, "before_cursor_execute", capture)
    try:
        assert len(customers.duplicates(uow, "13900070007", "C7@Example.com")) == 1
    finally:
        event.remove(uow.engine, "before_cursor_execute", capture)
    path = sqlite_path(uow.engine.url)
    assert path is not None and 3 <= len(statements) <= 5  # phones, e-mails (counted first), the customer
    with sqlite3.connect(path) as raw:
        plans = [row[-1] for s, p in statements for row in raw.execute("EXPLAIN QUERY PLAN " + s, p)]
    assert [p for p in plans if p.startswith("SCAN customers")] == []  # "SCAN anon_1": the counted few
    assert any("COVERING INDEX ix_customers_phone" in p for p in plans)
    assert any("COVERING INDEX ix_customers_email_id" in p for p in plans)


def test_emails_that_all_begin_alike_are_narrowed_before_they_are_read(uow: UnitOfWork) -> None:
    """A shop whose e-mails all begin "customer": the case forms of the first four letters would read them
    all; the ranges grow a character at a time, keeping every case form the index holds."""
    codes = [_customer(uow, f"客户{i}", email=f"customer{i}@example.com") for i in range(80)]
    odd = _customer(uow, "客户X", email="custOMER7@Example.com")
    same = _customer(uow, "客户Y", email="CUSTOMER7@example.com")
    with uow.read() as session:
        prefixes = customer_duplicates.email_prefixes(session, Customer.email, "customer7@example.com")
    assert len(prefixes) <= 4 and all(len(p) > len("customer") for p in prefixes)
    found = customers.duplicates(uow, "", "Customer7@example.COM")
    assert sorted(c.code for c in found) == sorted([codes[7], odd, same])


@pytest.mark.postgres
def test_on_postgresql_the_index_answers_the_ranges(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        uow = UnitOfWork(engine)
        _customer(uow, "王先生", "138-0013-8000", "Wang@Example.com")
        with uow.read() as session:
            assert customer_duplicates.sorts_bytewise(session)  # the test server's databases are C.UTF-8
            session.execute(text("SET enable_seqscan = off"))  # a handful of rows: ask what the index can do
            for query in (
                select(Customer.id).where(customer_duplicates.phone_ranges(Customer.phone, "13800138000")),
                select(Customer.id).where(
                    customer_duplicates.email_ranges(Customer.email, "wang@example.com")
                ),
            ):
                compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
                plan = "\n".join(r[0] for r in session.execute(text(f"EXPLAIN {compiled}")))
                assert "Seq Scan" not in plan and ("Index" in plan), plan
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_under_a_languages_collation_the_duplicates_are_the_same(pg_server: PostgresServer) -> None:
    """A database under a language's collation (here ICU's en-US) need not sort text as its bytes (glibc's
    en_US.UTF-8 ignores spaces and dashes: "138 0013" sorts next to "1380013"), so the ranges are compared
    in C order there: the same customers are found, the whole index read."""
    name = f"t_icu_{uuid.uuid4().hex[:8]}"
    with pg_server.connect() as conn:
        conn.execute(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' "
            "LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
        )
    engine = make_engine(pg_server.url(name))
    try:
        upgrade(engine)
        uow = UnitOfWork(engine)
        wang = _customer(uow, "王先生", "138-0013-8000", "Wang@Example.com")
        spaced = _customer(uow, "王太太", "138 0013 8000")
        lower = _customer(uow, "赵先生", email="wang@example.COM")
        _customer(uow, "钱先生", "13800138001", "wang@example.co")
        with uow.read() as session:
            assert not customer_duplicates.sorts_bytewise(session)
        assert _codes(customers.same_contact(uow, wang)) == sorted([spaced, lower])
        assert _codes(customers.duplicates(uow, "(138) 0013 8000", "")) == sorted([wang, spaced])
    finally:
        engine.dispose()
        pg_server.drop_database(name)


def test_a_merged_customer_is_no_ones_duplicate(uow: UnitOfWork) -> None:
    keep = _customer(uow, "王先生", "13800138000")
    drop = _customer(uow, "王先生 (2)", "138 0013 8000")
    customer_merge.merge_customers(uow, keep, drop)
    assert customers.duplicates(uow, "13800138000", "") == [customers.get_customer(uow, keep)]
    assert customers.same_contact(uow, keep) == []


# --- the merge -------------------------------------------------------------------------------------------


def _order(uow: UnitOfWork, customer: str, days_ago: int, quantity: int, pay: str | None = None) -> str:
    at = _on(uow, days_ago)
    number = create_order(
        at,
        OrderRequest(
            lines=[LineRequest("TEA", quantity)],
            channel=Channel.PHONE,
            customer_code=customer,
            ship_to="杭州市西湖区文三路 1 号",
        ),
    ).value.number
    confirm(at, number)
    if pay:
        payments.pay(at, number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal(pay)))
    return number


def _two(uow: UnitOfWork) -> dict[str, str]:
    """KEEP with an old order partly paid; DROP (the same person typed again) with orders of three ages, a
    return to store credit, and a sale parked for them."""
    factories.product(uow, "TEA", price="10.00", stock=500)
    keep = _customer(uow, "王先生", "13800138000", credit_limit=Decimal("5000"), address="上海市人民路1号")
    drop = _customer(
        uow, "王先生", "138 0013 8000", "wang@example.com", credit_limit=Decimal("9000"), address="北京市"
    )
    n = {"KEEP": keep, "DROP": drop}
    n["K1"] = _order(uow, keep, 70, 20, pay="50.00")  # 150.00 owed, 40 days late
    n["D1"] = _order(uow, drop, 100, 10)  # 100.00, 70 days late
    n["D2"] = _order(uow, drop, 40, 5)  # 50.00, 10 days late
    n["D3"] = _order(uow, drop, 3, 30)  # 300.00, not yet due
    paid = create_order(
        _on(uow, 20),
        OrderRequest(
            lines=[LineRequest("TEA", 4)],
            channel=Channel.COUNTER,
            customer_code=drop,
            payments=(PaymentRequest(PaymentMethod.CASH, Decimal("40.00")),),
        ),
    ).value.number
    n["D4"] = paid
    sale_returns.take_back(
        _on(uow, 19), ReturnRequest(paid, items=[ReturnItem("TEA", 2)], refund_to=RefundTo.STORE_CREDIT)
    )
    sale = {"format": 1, "key": "k-1", "customer_code": drop, "customer_name": "王先生", "lines": [{}]}
    n["PARKED"] = str(parked_sales.park(uow, sale, "back at 3", Decimal("10.00")).value.number)
    return n


def _sum_buckets(*found: receivables.CustomerBalance) -> dict[str, Decimal]:
    return {b: sum((c.buckets[b] for c in found), Decimal("0.00")) for b in receivables.BUCKETS}


def test_the_kept_customer_owes_what_both_owed_aged_the_same_with_the_credit_summed(uow: UnitOfWork) -> None:
    n = _two(uow)
    today = _on(uow, 0)
    before = {c.code: c for c in receivables.receivables(today).customers}
    k, d = before[n["KEEP"]], before[n["DROP"]]
    assert (k.balance, d.balance) == (Decimal("150.00"), Decimal("450.00"))
    assert customers.get_customer(uow, n["DROP"]).store_credit == Decimal("20.00")
    plan = customer_merge.merge_plan(uow, n["KEEP"], n["DROP"])
    assert (plan.orders, plan.returns, plan.owed, plan.store_credit, plan.parked_sales) == (
        4,
        1,
        Decimal("450.00"),
        Decimal("20.00"),
        1,
    )
    assert plan.filled == ("email",) and plan.keep_owed == Decimal("150.00") and not plan.terms_differ

    done = customer_merge.merge_customers(today, n["KEEP"], n["DROP"]).value
    assert (done.orders, done.owed, done.store_credit, done.keep_owed) == (
        4,
        Decimal("450.00"),
        Decimal("20.00"),
        Decimal("600.00"),
    )
    after = receivables.receivables(today)
    assert [c.code for c in after.customers] == [n["KEEP"]]  # DROP owes nothing and is not listed
    kept = after.customers[0]
    assert kept.balance == k.balance + d.balance == Decimal("600.00")
    assert kept.buckets == _sum_buckets(k, d)
    assert kept.buckets["days_61_90"] == Decimal("100.00") and kept.buckets["days_31_60"] == Decimal("150.00")
    assert sorted(o.number for o in kept.orders) == sorted(o.number for o in k.orders + d.orders)
    assert (kept.credit_limit, kept.terms_days) == (Decimal("5000.00"), 30)  # KEEP's stay

    record = customers.get_customer(uow, n["KEEP"])
    assert record.store_credit == Decimal("20.00")
    assert (record.phone, record.email, record.billing_address) == (
        "13800138000",  # KEEP's own is kept
        "wang@example.com",  # empty on KEEP: DROP's
        "上海市人民路1号",
    )
    moves = store_credit.statement(uow, n["KEEP"]).moves
    assert [(m.kind, m.amount, m.note) for m in moves] == [
        ("merged", Decimal("20.00"), f"merged {n['DROP']}")
    ]
    assert health.check(uow) == []  # both credit caches are their ledgers' sums; DROP keeps nothing

    listed = list_orders(uow, OrderFilter(customer_code=n["KEEP"]))
    assert sorted(o.number for o in listed) == sorted([n["K1"], n["D1"], n["D2"], n["D3"], n["D4"]])
    view = statement_view.statement(uow, n["KEEP"], Period(D - timedelta(days=120), D))
    shown = {line.order for line in view.lines}
    assert {n["D1"], n["D2"], n["D3"], n["K1"]} <= shown
    assert view.closing == Decimal("600.00")

    recalled = parked_sales.recall(uow, int(n["PARKED"])).value
    assert recalled["customer_code"] == n["KEEP"]


def test_the_merged_code_is_refused_naming_the_customer_it_became_and_is_gone_from_lists(
    uow: UnitOfWork,
) -> None:
    factories.product(uow, "TEA", price="10.00", stock=5)
    keep = _customer(uow, "王先生", "13800138000")
    drop = _customer(uow, "王先生", "138 0013 8000")
    older = _customer(uow, "老王", "13800138000")
    customer_merge.merge_customers(uow, drop, older)  # merged into DROP before DROP goes into KEEP
    customer_merge.merge_customers(uow, keep, drop)
    for code in (drop, older):
        with pytest.raises(NotFound) as refused:
            customers.get_customer(uow, code)
        assert str(refused.value) == f"{code} was merged into {keep} 王先生: use {keep}"
    assert [c.code for c in customers.search_customers(uow, "王")] == [keep]
    assert [c.code for c in customers.search_customers(uow, "")] == [keep]
    with pytest.raises(NotFound, match="was merged into"):
        create_order(
            uow, OrderRequest(lines=[LineRequest("TEA", 1)], channel=Channel.PHONE, customer_code=drop)
        )
    assert health.check(uow) == []


def _snapshot(uow: UnitOfWork) -> tuple[Any, ...]:
    with uow.read() as session:
        return (
            session.execute(text("SELECT * FROM customers ORDER BY id")).all(),
            session.execute(text("SELECT id, customer_id, updated_at FROM orders ORDER BY id")).all(),
            session.execute(text("SELECT id, customer_id FROM sale_returns ORDER BY id")).all(),
            session.execute(text("SELECT * FROM store_credit_moves ORDER BY id")).all(),
            session.execute(text("SELECT * FROM parked_sales ORDER BY id")).all(),
            session.execute(text("SELECT count(*) FROM audit_log")).scalar(),
        )


def test_refusals_leave_every_row_as_it_was(uow: UnitOfWork) -> None:
    n = _two(uow)
    gone = _customer(uow, "旧号", "13800138000")
    customer_merge.merge_customers(uow, n["KEEP"], gone)
    before = _snapshot(uow)
    refusals = [
        ((n["KEEP"], n["KEEP"]), ValidationError, f"{n['KEEP']} cannot be merged into itself"),
        ((n["KEEP"], f" {n['KEEP']} "), ValidationError, "cannot be merged into itself"),
        ((n["KEEP"], "C-NOPE"), NotFound, "Unknown customer: C-NOPE"),
        (("C-NOPE", n["DROP"]), NotFound, "Unknown customer: C-NOPE"),
        ((n["DROP"], gone), NotFound, f"{gone} was merged into {n['KEEP']}"),
        ((gone, n["DROP"]), NotFound, f"{gone} was merged into {n['KEEP']}"),
    ]
    for (keep, drop), kind, words in refusals:
        with pytest.raises(kind, match=words):
            customer_merge.merge_customers(uow, keep, drop)
        with pytest.raises(kind, match=words):
            customer_merge.merge_plan(uow, keep, drop)
    assert _snapshot(uow) == before


def test_a_merge_is_a_managers_and_is_audited_with_what_moved(uow: UnitOfWork) -> None:
    n = _two(uow)
    users.add_user(uow, "Olivia", "owner", "1234")
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    users.add_user(uow, "Max", "manager", "2222")
    users.add_user(uow, "Ann", "cashier", "1111")
    ann, max_ = users.authenticate(uow, "Ann", "1111"), users.authenticate(uow, "Max", "2222")
    uow.sign_in(ann)
    before = _snapshot(uow)
    with pytest.raises(NotAllowed, match=r"Ann \(cashier\) may not merge two customers into one"):
        customer_merge.merge_customers(uow, n["KEEP"], n["DROP"])
    assert _snapshot(uow) == before
    customer_merge.merge_customers(uow.approved_by(max_), n["KEEP"], n["DROP"])
    row = audit_trail.entries(uow, action="customer_merge")[0]
    assert (row.actor, row.approver, row.subject) == ("Ann", "Max", n["KEEP"])
    assert row.detail == f"{n['DROP']} 王先生 merged into {n['KEEP']} 王先生"
    was, now = json.loads(row.before), json.loads(row.after)
    assert (was["keep_owed"], was["drop_owed"], was["drop_store_credit"]) == ("150.00", "450.00", "20.00")
    assert (now["orders_moved"], now["returns_moved"], now["parked_sales_moved"]) == ("4", "1", "1")
    assert (now["owed_moved"], now["store_credit_moved"], now["keep_owed"]) == ("450.00", "20.00", "600.00")
    assert now["keep_orders"] == "5" and now["filled"] == "email"
    assert set(now["order_numbers"].split()) == {n["D1"], n["D2"], n["D3"], n["D4"]}
    assert health.check(uow) == []  # the audit chain too


def test_db_check_finds_what_a_merge_would_never_leave(uow: UnitOfWork) -> None:
    n = _two(uow)
    customer_merge.merge_customers(uow, n["KEEP"], n["DROP"])
    with uow.engine.begin() as conn:  # an order put back on the merged customer by hand
        drop_id = conn.execute(select(Customer.id).where(Customer.code == n["DROP"])).scalar_one()
        conn.execute(update(Order).where(Order.number == n["D1"]).values(customer_id=drop_id))
    found = [str(p) for p in health.check(uow)]
    assert found == [f"merged customer: {n['DROP']} was merged but still has orders: 1"]


def test_an_import_naming_a_merged_customer_is_refused_naming_the_one_it_became(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", stock=5)
    keep = _customer(uow, "王先生", "13800138000", address="上海市人民路1号")
    drop = _customer(uow, "王先生", "138 0013 8000", address="上海市人民路1号")
    customer_merge.merge_customers(uow, keep, drop)
    csv_text = f"order_ref,sku,quantity,channel,customer_code\nA,TEA,1,phone,{drop}\n"
    with pytest.raises(ImportRefused) as refused:
        import_orders_csv(uow, io.StringIO(csv_text))
    assert f"line 2: {drop} was merged into {keep} 王先生: use {keep}" in str(refused.value)
    assert list_orders(uow) == []


# --- the command line ------------------------------------------------------------------------------------


def _cli(db: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_customer_add_and_edit_warn_in_one_line_and_save(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_url.removeprefix("sqlite:///")
    code, out, err = _cli(db, capsys, "customer", "add", "--name", "王先生", "--phone", "138-0013-8000")
    assert (code, err) == (0, "")
    first = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("code:"))
    code, out, err = _cli(
        db, capsys, "--json", "customer", "add", "--name", "王太太", "--phone", "138 0013 8000"
    )
    added = json.loads(out)
    assert code == 0 and err == ""
    assert added["warning"] == f"The same phone or e-mail is also on {first} 王先生"
    assert added["same_contact"] == [{"code": first, "name": "王先生"}]
    code, out, err = _cli(db, capsys, "customer", "add", "--name", "李女士", "--email", "li@example.com")
    third = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("code:"))
    code, out, err = _cli(db, capsys, "customer", "edit", third, "--phone", "(138) 0013 8000")
    assert code == 0 and "phone: (138) 0013 8000" in out
    assert err == (
        f"oms-desktop: warning: The same phone or e-mail is also on {first} 王先生, {added['code']} 王太太\n"
    )
    shown = json.loads(_cli(db, capsys, "--json", "customer", "show", third)[1])
    assert (shown["phone"], shown["email"], shown["name"]) == ("(138) 0013 8000", "li@example.com", "李女士")

    code, out, err = _cli(db, capsys, "customer", "merge", first, added["code"])
    assert code == 0 and err == ""
    assert out.splitlines()[0] == f"{added['code']} 王太太 merged into {first} 王先生: 0 orders moved"
    code, out, err = _cli(db, capsys, "customer", "show", added["code"])
    assert (code, out) == (1, "")
    assert err == f"oms-desktop: {added['code']} was merged into {first} 王先生: use {first}\n"
    code, out, err = _cli(db, capsys, "customer", "merge", first, first)
    assert (code, err) == (1, f"oms-desktop: {first} cannot be merged into itself\n")
    listed = json.loads(_cli(db, capsys, "--json", "customer", "list")[1])
    assert sorted(c["code"] for c in listed) == sorted([first, third])
