"""The import of other systems' files (Shopify, WooCommerce) and of ours, of orders, products, customers and
stock counts: the sample files of tests/data/import import right on both databases — counts, states,
payments, stock and totals to the cent — a dry run writes nothing, a second import adds nothing, and a bad
row is named by its line (refusing the file, or left out with skip_bad_rows)."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Order, StockMovement
from oms_desktop.domain.errors import NotAllowed
from oms_desktop.domain.user import Role
from oms_desktop.services import customers, health, inventory, orders, users
from oms_desktop.services.import_layouts import Format, Kind, detect
from oms_desktop.services.import_source import read_file
from oms_desktop.services.imports import ImportOptions, ImportRefused, ImportReport, import_file
from oms_desktop.services.records import OrderDetail
from tests import factories

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
D = Decimal


@pytest.fixture
def tea_shop(uow: UnitOfWork) -> UnitOfWork:
    """The shop the samples sell from: prices and tax rates as the web shops charged them."""
    factories.product(uow, "TEA-LJ-250", name="西湖龙井 Longjing Tea 250g", price="128.00", tax=900, stock=40)
    factories.product(uow, "MUG-BLUE", name="Blue porcelain mug 青花瓷杯", price="45.00", tax=1300, stock=60)
    factories.product(
        uow, "CUP-SET-6", name="茶杯六件套 Tea cup set of 6", price="168.00", tax=1300, stock=12
    )
    factories.product(uow, "HONEY-500", name="洋槐蜂蜜 Acacia honey 500g", price="68.00", tax=900, stock=25)
    factories.customer(
        uow, "张伟", code="C-ZHANG", phone="13800138000", address="上海市浦东新区世纪大道100号"
    )
    factories.customer(
        uow,
        "静心茶馆 Jingxin Tea House",
        code="C-TEAHOUSE",
        wholesale=True,
        phone="021-6288 1234",
        address="上海市静安区南京西路1266号",
        credit_limit="5000.00",
    )
    return uow


def run(uow: UnitOfWork, kind: Kind, source: Path | str | io.TextIOBase, **options: object) -> ImportReport:
    return import_file(uow, source, ImportOptions(kind, **options)).value  # type: ignore[arg-type]


def count(uow: UnitOfWork, what: type) -> int:
    with uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(what)) or 0)


def stock(uow: UnitOfWork, sku: str) -> tuple[object, object]:
    level = inventory.stock_levels(uow, sku)[0]
    return level.on_hand, level.reserved


def by_ref(uow: UnitOfWork, report: ImportReport) -> dict[str, OrderDetail]:
    return {ref: orders.get_order(uow, n) for ref, n in zip(report.refs, report.numbers, strict=True)}


def payments(detail: OrderDetail) -> list[tuple[str, str, Decimal]]:
    return [(p.kind, p.method, p.amount) for p in detail.payments]


def snapshot(uow: UnitOfWork) -> tuple[int, int, int, list[tuple[object, object]]]:
    skus = ["TEA-LJ-250", "MUG-BLUE", "CUP-SET-6", "HONEY-500"]
    return count(uow, Order), count(uow, Customer), count(uow, StockMovement), [stock(uow, s) for s in skus]


# --- Shopify -----------------------------------------------------------------------------------------------


def test_shopifys_orders_export_imports_with_its_states_payments_and_stock(tea_shop: UnitOfWork) -> None:
    uow = tea_shop
    before = snapshot(uow)
    dry = run(uow, Kind.ORDERS, DATA / "shopify-orders.csv", dry_run=True)
    assert (dry.format, dry.added, dry.problems, dry.written) == ("shopify", 5, (), False)
    assert snapshot(uow) == before  # the dry run wrote nothing: no order, customer or movement

    report = run(uow, Kind.ORDERS, DATA / "shopify-orders.csv")
    assert (report.rows, report.found, report.added, report.unchanged) == (7, 5, 5, 0)
    assert report.numbers == dry.numbers  # what the dry run said is what happened
    assert report.customers_added == 4  # 张伟 was found by her phone; the others are new
    got = by_ref(uow, report)
    assert {ref: d.status for ref, d in got.items()} == {
        "#1001": "shipped",
        "#1002": "paid",
        "#1003": "cancelled",
        "#1004": "pending_payment",
        "#1005": "cancelled",
    }
    # #1001: two lines, a 10.00 discount shared over them, 15.00 shipping; its prices include tax.
    first = got["#1001"]
    assert [(ln.sku, ln.quantity, ln.unit_price, ln.discount) for ln in first.lines] == [
        ("MUG-BLUE", 2, D("45.00"), D("4.13")),
        ("TEA-LJ-250", 1, D("128.00"), D("5.87")),
        ("SHIPPING", 1, D("15.00"), D("0.00")),
    ]
    assert (first.subtotal, first.discount, first.tax, first.total, first.paid) == (
        D("233.00"),
        D("10.00"),
        D("19.96"),  # 85.87 x 13/113 = 9.88 and 122.13 x 9/109 = 10.08
        D("223.00"),
        D("223.00"),
    )
    assert first.tax_included and payments(first) == [("payment", "card", D("223.00"))]
    assert first.customer is not None and first.customer.email == "emma.watson@example.co.uk"
    assert first.ship_to == "Emma Watson\n221B Baker Street, London, NW1 6XE, GB\n+44 20 7946 0958"
    assert first.created_at.isoformat() == "2026-05-03T13:22:10+00:00"  # +0100 kept
    assert [s.carrier for s in first.shipments] == ["SF International"]
    second = got["#1002"]
    assert second.customer is not None and second.customer.code == "C-ZHANG"
    assert second.ship_to == "张伟\n上海市浦东新区世纪大道100号 200120\n13800138000"
    assert payments(second) == [("payment", "alipay", D("304.00"))] and second.notes == "请工作日送货"
    # #1003 paid by PayPal and refunded before anything left: cancelled, the money back, nothing held.
    assert payments(got["#1003"]) == [
        ("payment", "mobile_wallet", D("138.00")),
        ("refund", "mobile_wallet", D("138.00")),
    ]
    assert got["#1003"].payment_state == "refunded"
    # #1004 waits for a bank deposit: confirmed, unpaid; the line's own 5.00 discount.
    assert (got["#1004"].total, got["#1004"].paid, got["#1004"].lines[0].discount) == (
        D("130.00"),
        0,
        D("5.00"),
    )
    assert payments(got["#1005"]) == []
    # Stock: #1001 left the shop; #1002 and #1004 hold theirs; the cancelled ones hold nothing.
    assert stock(uow, "MUG-BLUE") == (58, 3)
    assert stock(uow, "TEA-LJ-250") == (39, 0)
    assert stock(uow, "CUP-SET-6") == (12, 1)
    assert stock(uow, "HONEY-500") == (25, 2)
    assert (report.total, report.paid) == (D("863.00"), D("527.00"))
    assert health.check(uow) == []

    again = run(uow, Kind.ORDERS, DATA / "shopify-orders.csv")
    assert (again.added, again.unchanged, again.customers_added) == (0, 5, 0)
    assert count(uow, Order) == 5 and stock(uow, "MUG-BLUE") == (58, 3)


def test_shopifys_products_export_makes_one_product_per_variant_with_its_stock_counted(
    uow: UnitOfWork,
) -> None:
    report = run(uow, Kind.PRODUCTS, DATA / "shopify-products.csv")
    assert (report.format, report.added, report.stock_adjusted, report.problems) == ("shopify", 5, 5, ())
    big = inventory.stock_levels(uow, "TEA-LJ-500")[0]
    assert (big.name, big.on_hand) == ("西湖龙井 Longjing Tea - 500g", 15)
    mug = inventory.stock_levels(uow, "MUG-BLUE")[0]
    assert mug.name == "Blue porcelain mug 青花瓷杯"  # "Default Title" is no option
    found = {p.sku: p for p in (factories_find(uow, s) for s in ("TEA-LJ-250", "HONEY-500", "TIN-OLD"))}
    assert found["TEA-LJ-250"].barcode == "6901234567892" and found["TEA-LJ-250"].cost == D("70.00")
    assert found["TEA-LJ-250"].tax_rate == D("13")  # taxable: the shop's default rate
    assert found["TIN-OLD"].tax_rate == D("0") and not found["TIN-OLD"].active  # not taxable, archived
    moves = inventory.movements(uow, "TEA-LJ-250")
    assert [(m.kind, m.quantity, m.reason) for m in moves] == [
        ("adjustment", 40, "count imported from shopify-products.csv")
    ]
    again = run(uow, Kind.PRODUCTS, DATA / "shopify-products.csv")
    assert (again.added, again.updated, again.unchanged, again.stock_adjusted) == (0, 0, 5, 0)


def factories_find(uow: UnitOfWork, sku: str):  # type: ignore[no-untyped-def]
    from oms_desktop.services import catalogue

    return catalogue.find_product(uow, sku)


# --- WooCommerce -------------------------------------------------------------------------------------------


def test_woocommerces_order_export_imports_with_tax_added_to_its_prices(tea_shop: UnitOfWork) -> None:
    uow = tea_shop
    report = run(uow, Kind.ORDERS, DATA / "woocommerce-orders.csv")
    assert (report.format, report.encoding, report.added, report.problems) == (
        "woocommerce",
        "utf-8-sig",
        6,
        (),
    )
    got = by_ref(uow, report)
    assert {ref: (d.status, d.total, d.paid) for ref, d in got.items()} == {
        "2001": ("paid", D("291.04"), D("291.04")),
        "2002": ("shipped", D("226.00"), D("226.00")),
        "2003": ("pending_payment", D("74.12"), 0),
        "2004": ("cancelled", D("50.85"), 0),
        "2005": ("draft", D("189.84"), 0),
        "2006": ("cancelled", D("139.52"), 0),
    }
    # 2002: a 13.00 coupon over two lines, 13% added on what is left: 20.51 + 5.49.
    two = got["2002"]
    assert [(ln.sku, ln.discount, ln.tax) for ln in two.lines] == [
        ("CUP-SET-6", D("10.25"), D("20.51")),
        ("MUG-BLUE", D("2.75"), D("5.49")),
    ]
    assert not two.tax_included and payments(two) == [("payment", "card", D("226.00"))]
    assert payments(got["2001"]) == [("payment", "wechat_pay", D("291.04"))]
    assert [ln.sku for ln in got["2001"].lines] == ["TEA-LJ-250", "SHIPPING"]
    assert got["2001"].ship_to == "王芳\n广东省深圳市南山区科技园路1号 518057\n13700001111"
    assert got["2001"].notes == "麻烦包装好一点，谢谢"
    assert payments(got["2004"]) == [
        ("payment", "mobile_wallet", D("50.85")),
        ("refund", "mobile_wallet", D("50.85")),
    ]
    assert got["2001"].customer is not None and got["2006"].customer is not None
    assert got["2001"].customer.code == got["2006"].customer.code  # the same customer twice in one file
    # On hold and processing hold stock; completed left; pending (a draft) and cancelled hold none.
    assert stock(uow, "TEA-LJ-250") == (40, 2)
    assert stock(uow, "CUP-SET-6") == (11, 0)
    assert stock(uow, "MUG-BLUE") == (59, 0)
    assert stock(uow, "HONEY-500") == (25, 1)
    assert health.check(uow) == []
    assert run(uow, Kind.ORDERS, DATA / "woocommerce-orders.csv").unchanged == 6


def test_a_total_that_this_shops_tax_rates_do_not_make_is_refused_naming_both(tea_shop: UnitOfWork) -> None:
    text = (
        (DATA / "woocommerce-orders.csv")
        .read_text(encoding="utf-8-sig")
        .replace(",291.04,23.04,", ",292.00,24.00,")
    )
    with pytest.raises(ImportRefused) as refused:
        run(tea_shop, Kind.ORDERS, io.StringIO(text))
    assert refused.value.problems == [
        "line 2: order 2001: its total in the file is 292.00, by this shop's prices and tax rates 291.04: "
        "check the products' tax rates"
    ]
    assert count(tea_shop, Order) == 0


# --- ours ----------------------------------------------------------------------------------------------------


def test_our_own_layout_imports_drafts_confirmed_and_shipped_orders(tea_shop: UnitOfWork) -> None:
    uow = tea_shop
    report = run(uow, Kind.ORDERS, DATA / "oms-orders.csv")
    got = by_ref(uow, report)
    assert {ref: d.status for ref, d in got.items()} == {
        "T-0501": "paid",
        "T-0502": "pending_payment",
        "T-0503": "shipped",
        "T-0504": "paid",  # a counter order in a file is taken as confirmed and paid, its goods held
        "T-0505": "draft",
    }
    wholesale = got["T-0501"]  # the tea house's wholesale prices, before tax
    assert [ln.unit_price for ln in wholesale.lines] == [D("128.00"), D("168.00")]  # no wholesale price set
    assert got["T-0503"].shipments[0].tracking_number == "SF1402233445566"
    assert got["T-0503"].lines[0].unit_price == D("42.00")
    assert stock(uow, "MUG-BLUE") == (59, 2)  # one shipped; the counter order holds two
    assert stock(uow, "TEA-LJ-250") == (40, 10)  # the draft holds none
    assert health.check(uow) == []


def test_customers_and_stock_counts_of_our_layout(uow: UnitOfWork) -> None:
    assert run(uow, Kind.PRODUCTS, DATA / "oms-products.csv").added == 5
    added = run(uow, Kind.CUSTOMERS, DATA / "oms-customers.csv")
    assert (added.added, added.problems) == (3, ())
    house = customers.get_customer(uow, "C-TEAHOUSE")
    assert (house.price_tier, house.credit_limit, house.shipping_address) == (
        "wholesale",
        D("5000.00"),
        "上海市静安区南京西路1266号",
    )
    again = run(uow, Kind.CUSTOMERS, DATA / "oms-customers.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)  # Emma found by her phone
    changed = (
        (DATA / "oms-customers.csv")
        .read_text(encoding="utf-8")
        .replace("张伟,13800138000", "张伟,13800138001")
    )
    assert run(uow, Kind.CUSTOMERS, io.StringIO(changed)).updated == 1
    assert customers.get_customer(uow, "C-ZHANG").phone == "13800138001"

    counted = run(uow, Kind.STOCK, DATA / "oms-stock.csv")
    assert (counted.updated, counted.unchanged) == (3, 1)  # honey was counted as the books say
    assert stock(uow, "TEA-LJ-250") == (38, 0)
    assert inventory.stock_levels(uow, "LOOSE-OOLONG")[0].on_hand == D("3.105")
    assert inventory.movements(uow, "MUG-BLUE")[0].quantity == -3
    assert run(uow, Kind.STOCK, DATA / "oms-stock.csv").updated == 0
    assert health.check(uow) == []


def test_stock_counts_need_who_may_adjust_stock(uow: UnitOfWork) -> None:
    factories.product(uow, "MUG-BLUE", stock=60)
    users.add_user(uow, "Olivia", Role.OWNER, "1111")
    owner = UnitOfWork(uow.engine)
    owner.sign_in(users.authenticate(owner, "Olivia", "1111"))
    users.add_user(owner, "Ann", Role.CASHIER, "3333")
    cashier = UnitOfWork(uow.engine)
    cashier.sign_in(users.authenticate(cashier, "Ann", "3333"))
    with pytest.raises(NotAllowed):
        run(cashier, Kind.STOCK, io.StringIO("sku,on_hand\nMUG-BLUE,57\n"))
    assert stock(uow, "MUG-BLUE") == (60, 0)
    assert run(owner, Kind.STOCK, io.StringIO("sku,on_hand\nMUG-BLUE,57\n")).updated == 1


# --- all or nothing, or the good rows only ---------------------------------------------------------------------


def test_a_bad_row_refuses_the_file_or_is_left_out_with_skip_bad_rows(tea_shop: UnitOfWork) -> None:
    uow = tea_shop
    rows = list(csv.reader(io.StringIO((DATA / "shopify-orders.csv").read_text(encoding="utf-8"))))
    rows[6][rows[0].index("Lineitem sku")] = "NO-SUCH"  # #1004's line
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    text = buffer.getvalue()
    inventory.adjust(uow, "CUP-SET-6", -12, reason="broken in the storeroom")  # #1002 cannot be had
    with pytest.raises(ImportRefused) as refused:
        run(uow, Kind.ORDERS, io.StringIO(text))
    assert refused.value.problems == [
        "line 4: order #1002: Out of stock: CUP-SET-6 asked 1, available 0 at MAIN",
        "line 7: unknown SKU or barcode NO-SUCH",
    ]
    assert count(uow, Order) == 0 and count(uow, Customer) == 2

    dry = run(uow, Kind.ORDERS, io.StringIO(text), dry_run=True)
    assert (dry.added, [p.line for p in dry.problems], dry.refused_whole) == (3, [4, 7], True)
    assert count(uow, Order) == 0

    report = run(uow, Kind.ORDERS, io.StringIO(text), skip_bad_rows=True)
    assert (report.refs, [p.line for p in report.problems]) == (("#1001", "#1003", "#1005"), [4, 7])
    assert stock(uow, "HONEY-500") == (25, 0)  # nothing of #1002, not even its line that could be had
    assert report.numbers == ("SO-2026-000001", "SO-2026-000002", "SO-2026-000003")  # no gaps
    assert health.check(uow) == []
    # Once the cups came and the SKU is right, the file brings in the two that were left out, and only those.
    inventory.receive(uow, "CUP-SET-6", 5)
    fixed = run(uow, Kind.ORDERS, DATA / "shopify-orders.csv")
    assert (fixed.added, fixed.unchanged, fixed.refs) == (2, 3, ("#1002", "#1004"))


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            ("Financial Status", "paid", "partially_refunded"),
            "line 2: order #1001 was refunded after its goods left",
        ),
        (("Fulfillment Status", "fulfilled", "partial"), "line 2: order #1001 was partly fulfilled"),
        (
            ("Financial Status", "paid", "chargeback"),
            "line 2: Financial Status 'chargeback' is not one of paid,",
        ),
        (
            ("Created at", "2026-05-03 14:22:10 +0100", "03/05/2026"),
            "line 2: Created at '03/05/2026' is not a date",
        ),
        (
            ("Total", "223.00", "230.00"),
            "line 2: order #1001: its amounts do not add up: lines 218.00, discount 10.00",
        ),
    ],
)
def test_what_cannot_be_imported_as_it_was_is_said_by_line(
    tea_shop: UnitOfWork, change: tuple[str, str, str], said: str
) -> None:
    rows = list(csv.reader(io.StringIO((DATA / "shopify-orders.csv").read_text(encoding="utf-8"))))
    column, old, new = change
    at = rows[0].index(column)
    assert rows[1][at] == old
    rows[1][at] = new
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows[:3])
    with pytest.raises(ImportRefused) as refused:
        run(tea_shop, Kind.ORDERS, io.StringIO(buffer.getvalue()))
    assert said in str(refused.value)
    assert count(tea_shop, Order) == 0


# --- files: Excel, Chinese Excel's CSV, UTF-16, and hostile ones -------------------------------------------------


def test_an_excel_workbook_imports_as_its_csv_does(tea_shop: UnitOfWork, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in csv.reader(io.StringIO((DATA / "woocommerce-orders.csv").read_text(encoding="utf-8-sig"))):
        # Excel keeps numbers as numbers and dates as dates; the import reads them as the CSV says them.
        sheet.append([_typed(v) for v in row])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    report = run(tea_shop, Kind.ORDERS, path)
    assert (report.encoding, report.format, report.added, report.problems) == ("xlsx", "woocommerce", 6, ())
    assert (report.total, report.paid) == (D("971.37"), D("517.04"))


def _typed(value: str) -> object:
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            continue
    return value


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_chinese_excels_csv_and_utf16_are_read(tea_shop: UnitOfWork, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "订单.csv"
    text = (DATA / "woocommerce-orders.csv").read_text(encoding="utf-8-sig")
    # GBK has no é or other accents beyond its own: Sophie's Rue de Rivoli is plain ASCII anyway.
    path.write_bytes(text.encode(encoding))
    report = run(tea_shop, Kind.ORDERS, path)
    assert report.added == 6 and report.encoding == ("gb18030" if encoding == "gbk" else "utf-16")
    assert by_ref(tea_shop, report)["2001"].notes == "麻烦包装好一点，谢谢"


def test_a_formula_in_a_name_stays_text(uow: UnitOfWork) -> None:
    text = "code,name,phone\nC-EVIL,\"=cmd|' /C calc'!A0\",13800000000\nC-PLUS,+SUM(1;2),13800000001\n"
    run(uow, Kind.CUSTOMERS, io.StringIO(text))
    assert customers.get_customer(uow, "C-EVIL").name == "=cmd|' /C calc'!A0"
    assert customers.get_customer(uow, "C-PLUS").name == "+SUM(1;2)"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (bytes(range(128, 256)) * 40, "bad.csv is neither UTF-8 nor GB18030 text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 3: contains a NUL byte"),
        (b"PK\x03\x04 not really a workbook", "bad.csv cannot be read as an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "bad.csv is an Excel 97-2003 workbook (.xls)"),
        (b"order_ref,sku,quantity,channel\n" + b"A," * 2_000_000 + b"\n", "line 2: more than 300 columns"),
        (
            b"order_ref,sku,quantity,channel\nA," + b"x" * 5_000_000 + b",1,counter\n",
            "line 2: a field is longer",
        ),
        (
            b"order_ref,sku,quantity,channel\nA,TEA-LJ-250,1000000000,counter\n",
            "quantity 1000000000 is more than 100000",
        ),
        (b"", "the file is empty"),
        (b"order_ref,sku,quantity,channel\n", "the file has nothing to import below its header"),
    ],
)
def test_a_hostile_file_is_one_clear_line_and_nothing_is_written(
    tea_shop: UnitOfWork, tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        run(tea_shop, Kind.ORDERS, path)
    assert said in str(refused.value)
    assert len(refused.value.problems) == 1 and len(str(refused.value)) < 400
    assert count(tea_shop, Order) == 0


# --- layouts and mappings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "kind", "fmt"),
    [
        ("shopify-orders.csv", Kind.ORDERS, Format.SHOPIFY),
        ("woocommerce-orders.csv", Kind.ORDERS, Format.WOOCOMMERCE),
        ("oms-orders.csv", Kind.ORDERS, Format.OMS),
        ("shopify-products.csv", Kind.PRODUCTS, Format.SHOPIFY),
        ("oms-products.csv", Kind.PRODUCTS, Format.OMS),
    ],
)
def test_the_layout_is_found_from_the_header(sample: str, kind: Kind, fmt: Format) -> None:
    assert detect(kind, read_file(DATA / sample).header).format is fmt


def test_a_mapping_reads_any_spreadsheet_as_our_layout(tea_shop: UnitOfWork) -> None:
    text = (
        "Bestellung,Artikel,Menge,Kanal,Zahlung\nB-1,MUG-BLUE,2,counter,cash\nB-2,HONEY-500,1,counter,card\n"
    )
    mapping = {
        "order_ref": "Bestellung",
        "sku": "Artikel",
        "quantity": "Menge",
        "channel": "Kanal",
        "payment_method": "Zahlung",
    }
    report = run(tea_shop, Kind.ORDERS, io.StringIO(text), format=Format.OMS, mapping=mapping)
    assert (report.added, report.statuses) == (2, {"paid": 2})
    with pytest.raises(
        ImportRefused, match="the mapping reads sku from the column SKU, which the file does not have"
    ):
        run(tea_shop, Kind.ORDERS, io.StringIO(text), format=Format.OMS, mapping={**mapping, "sku": "SKU"})
    with pytest.raises(ImportRefused, match="the mapping names colour, which the OMS Desktop orders layout"):
        run(
            tea_shop,
            Kind.ORDERS,
            io.StringIO(text),
            format=Format.OMS,
            mapping={**mapping, "colour": "Kanal"},
        )
