"""CSV import of orders: all or nothing, duplicates skipped, bad lines named."""

import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Order
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.user import Role
from oms_desktop.services import audit_trail, customers, health, inventory, orders, users
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.imports import ImportRefused, import_orders_csv
from tests import factories

GOOD = """\ufefforder_ref,date,channel,customer_code,sku,quantity,unit_price,discount,payment_method,notes
W-1,2026-05-01 10:00,online,{c},TEA-1,2,,,mobile_wallet,请周末送达
W-1,2026-05-01 10:00,online,{c},6901234567892,1,,1.00,mobile_wallet,请周末送达
W-2,2026-05-02,phone,{c},PEN-1,10,2.00,,,
W-3,,counter,,PEN-1,1,,,cash,
"""


def orders_count(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count(Order.id))) or 0)


@pytest.fixture
def shop(uow: UnitOfWork) -> str:
    factories.product(uow, "TEA-1", price="58.00", tax=900, stock=10, barcode="6901234567892")
    factories.product(uow, "PEN-1", price="3.50", tax=1300, stock=20)
    return factories.customer(uow).code


def test_a_good_file_creates_confirmed_orders_and_reserves_stock(uow: UnitOfWork, shop: str) -> None:
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    clocked = UnitOfWork(uow.engine, clock=lambda: now)
    out = import_orders_csv(clocked, io.StringIO(GOOD.format(c=shop)), zone=UTC)
    result = out.value
    assert (result.imported, result.skipped, result.lines) == (3, 0, 4)
    first = orders.get_order(uow, result.numbers[0])
    # TEA-1: 2 x 58 = 116.00 and 1 x 58 - 1.00 = 57.00 at 9% -> 10.44 + 5.13
    assert (first.subtotal, first.discount, first.tax, first.total) == (
        Decimal("174.00"),
        Decimal("1.00"),
        Decimal("15.57"),
        Decimal("188.57"),
    )
    assert first.status == "paid" and first.notes == "请周末送达"
    assert first.created_at == datetime(2026, 5, 1, 10, tzinfo=UTC)
    second = orders.get_order(uow, result.numbers[1])
    assert second.status == "pending_payment" and second.total == Decimal("22.60")
    assert orders.get_order(uow, result.numbers[2]).created_at == now
    tea = inventory.stock_levels(uow, "TEA-1")[0]
    pen = inventory.stock_levels(uow, "PEN-1")[0]
    assert (tea.on_hand, tea.reserved, pen.on_hand, pen.reserved) == (10, 3, 20, 11)
    assert health.check(uow) == []
    # A normal order after the import gets the next number and id.
    factories.product(uow, "NEW-1", price="1.00", stock=1)
    total = orders.quote(uow, [orders.LineRequest("NEW-1", 1)]).total
    later = orders.create_order(
        clocked,
        orders.OrderRequest(
            lines=[orders.LineRequest("NEW-1", 1)],
            payments=[orders.PaymentRequest(orders.PaymentMethod.CASH, total)],
        ),
    ).value
    assert later.number == "SO-2026-000004"


def test_the_same_file_twice_imports_nothing_more(uow: UnitOfWork, shop: str) -> None:
    import_orders_csv(uow, io.StringIO(GOOD.format(c=shop)))
    again = import_orders_csv(uow, io.StringIO(GOOD.format(c=shop))).value
    assert (again.imported, again.skipped) == (0, 3)
    assert orders_count(uow) == 3


@pytest.mark.parametrize(
    ("csv_text", "problem"),
    [
        ("order_ref,sku\nA,TEA-1\n", "line 1: the header lacks the column(s) quantity"),
        ("order_ref,sku,quantity,colour\nA,TEA-1,1,red\n", "unknown column(s) colour"),
        (
            "order_ref,sku,quantity,channel\nA,TEA-1,two,counter\n",
            "line 2: quantity 'two' is not a number (like 3 or 0.255)",
        ),
        ("order_ref,sku,quantity,channel\nA,TEA-1,-1,counter\n", "line 2: quantity -1 must be above zero"),
        ("order_ref,sku,quantity,channel\nA,NOPE,1,counter\n", "line 2: unknown SKU or barcode NOPE"),
        ("order_ref,sku,quantity\nA,TEA-1,1\n", "line 2: a online order needs a customer_code"),
        (
            "order_ref,sku,quantity,channel,unit_price\nA,TEA-1,1,counter,-5\n",
            "unit_price -5.00 cannot be negative",
        ),
        ("order_ref,sku,quantity,channel,date\nA,TEA-1,1,counter,31/12/2026\n", "date '31/12/2026' is not"),
        (
            "order_ref,sku,quantity,channel,date\nA,TEA-1,1,counter,2026-01-01\nA,PEN-1,1,counter,2026-01-02\n",
            "line 3: order A has a different date than on line 2",
        ),
        (
            "order_ref,sku,quantity,channel\nA,TEA-1,11,counter\n",
            "line 2: order A: Out of stock: TEA-1 asked 11",
        ),
        ("order_ref,sku,quantity,channel,customer_code\nA,TEA-1,1,phone,C-404\n", "unknown customer C-404"),
    ],
)
def test_a_bad_line_refuses_the_whole_file(uow: UnitOfWork, shop: str, csv_text: str, problem: str) -> None:
    with pytest.raises(ImportRefused) as err:
        import_orders_csv(
            uow, io.StringIO(csv_text + "GOOD,PEN-1,1,counter\n" if csv_text.count(",") == 3 else csv_text)
        )
    assert problem in str(err.value)
    assert str(err.value).startswith("Nothing was imported")
    assert orders_count(uow) == 0
    assert inventory.stock_levels(uow, "TEA-1")[0].reserved == 0


def test_cancelling_an_import_writes_nothing(uow: UnitOfWork, shop: str) -> None:
    rows = "".join(f"R{i},PEN-1,1,counter\n" for i in range(600))
    with pytest.raises(DomainError, match="cancelled; nothing was imported"):
        import_orders_csv(
            uow, io.StringIO("order_ref,sku,quantity,channel\n" + rows), progress=lambda d, t: False
        )
    assert orders_count(uow) == 0


def test_a_file_saved_by_excel_on_chinese_windows_is_read(uow: UnitOfWork, shop: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "订单.csv"
    path.write_bytes("order_ref,sku,quantity,channel,notes\nA,TEA-1,1,counter,门店自提\n".encode("gb18030"))
    result = import_orders_csv(uow, path).value
    assert orders.get_order(uow, result.numbers[0]).notes == "门店自提"


def test_a_binary_file_is_refused_by_name(uow: UnitOfWork, shop: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(ImportRefused, match=r"photo\.csv is neither UTF-8 nor GB18030"):
        import_orders_csv(uow, path)
    assert orders_count(uow) == 0


def test_odd_digits_are_not_quantities(uow: UnitOfWork, shop: str) -> None:
    with pytest.raises(ImportRefused, match=r"quantity '1_0' is not a number \(like 3 or 0\.255\)"):
        import_orders_csv(uow, io.StringIO("order_ref,sku,quantity,channel\nA,TEA-1,1_0,counter\n"))


HEAD = "order_ref,date,channel,customer_code,sku,quantity,unit_price,discount,payment_method,notes\n"
MALFORMED = {
    "an unterminated quote at the end of the file": (
        HEAD + 'M-1,,counter,,PEN-1,1,,,cash,"half a note\nM-2,,counter,,PEN-1,1,,,cash,\n',
        "line 2: a quote is never closed",
    ),
    "a quote left open swallows the next row into a note": (
        HEAD + 'M-1,,counter,,PEN-1,1,,,cash,"half a note\nM-2,,counter,,PEN-1,1,,,cash,"\n',
        "line 2: a field runs over several lines",
    ),
    "a column given twice": (
        HEAD.replace("notes\n", "quantity\n") + "M-1,,counter,,PEN-1,1,,,cash,5\n",
        "line 1: the column(s) quantity appear more than once",
    ),
    "extra fields would be dropped": (HEAD + "M-1,,counter,,PEN-1,1,,,cash,,surplus\n", "line 2: 11 fields"),
    "missing fields": (HEAD + "M-1,,counter,,PEN-1,1\n", "line 2: 6 fields where the header has 10"),
    "a NUL byte": (HEAD + "M-1,,counter,,PEN-1,1,,,cash,a\x00b\n", "line 2: contains a NUL byte"),
    "a field of 50 MB": (HEAD + "M-1,,counter,,PEN-1,1,,,cash," + "x" * 50_000_000 + "\n", "line 2:"),
    "a huge quantity": (HEAD + "M-1,,counter,,PEN-1,99999999999999999999,,,cash,\n", "far too large"),
    "a huge price": (HEAD + "M-1,,counter,,PEN-1,1,1e999,,cash,\n", "more than this shop can hold"),
    "a date at the end of the calendar": (
        HEAD + "M-1,9999-12-31,counter,,PEN-1,1,,,cash,\n",
        "outside the dates",
    ),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_file_is_refused_by_line_and_nothing_is_written(
    uow: UnitOfWork, shop: str, case: str
) -> None:
    text, said = MALFORMED[case]
    before = orders_count(uow)
    with pytest.raises(ImportRefused) as refused:
        import_orders_csv(uow, io.StringIO(text), zone=UTC)
    assert said in str(refused.value)
    assert orders_count(uow) == before


def test_orders_on_account_keep_to_the_credit_limit_across_the_file(uow: UnitOfWork, shop: str) -> None:
    users.add_user(uow, "Olivia", Role.OWNER, "1111")
    owner = UnitOfWork(uow.engine)
    owner.sign_in(users.authenticate(owner, "Olivia", "1111"))
    users.add_user(owner, "Ann", Role.CASHIER, "3333")
    customers.update_customer(
        owner,
        shop,
        CustomerInput(
            name="张伟",
            phone="13800138000",
            billing_address="上海市浦东新区人民路1号",
            credit_limit=Decimal("50.00"),
        ),
    )
    two = (
        "order_ref,channel,customer_code,sku,quantity\n"
        f"C-1,phone,{shop},PEN-1,6\n"  # 6 x 3.50 = 21.00 + 13% = 23.73: within 50.00
        f"C-2,phone,{shop},PEN-1,8\n"  # 8 x 3.50 = 28.00 + 13% = 31.64: 55.37 in all, beyond it
    )
    cashier = UnitOfWork(uow.engine)
    cashier.sign_in(users.authenticate(cashier, "Ann", "3333"))
    with pytest.raises(ImportRefused) as refused:
        import_orders_csv(cashier, io.StringIO(two), zone=UTC)
    assert len(refused.value.problems) == 1
    assert "line 3: order C-2" in refused.value.problems[0] and "50.00" in refused.value.problems[0]
    assert orders_count(uow) == 0
    done = import_orders_csv(owner, io.StringIO(two), zone=UTC).value  # the owner may go beyond, audited
    assert done.imported == 2
    assert [r.subject for r in audit_trail.entries(uow, action="credit_exceeded")] == [done.numbers[1]]
