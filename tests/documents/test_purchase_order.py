"""The purchase order a shop sends to its supplier: what the supplier reads, in English and Chinese, once
goods have started to arrive, over several pages, and from the command line."""

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from oms_desktop.cli import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents.purchase_order import render_purchase_order
from oms_desktop.services import catalogue, purchase_orders, suppliers
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.po_document import PODocument, po_document
from oms_desktop.services.purchase_orders import POLineInput, ReceiveLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH

LONG_NAME = (
    "特级西湖龙井绿茶 明前手工炒制 Extra-grade West Lake Longjing green tea, hand-roasted before Qingming, "
    "in a 250 g tin with a paper sleeve"
)


def squeeze(text: str) -> str:
    """Layout text with runs of spaces made single, so table rows read as one line."""
    return re.sub(r"[ \t]+", " ", text)


def row(start: str, end: str, text: str) -> bool:
    """Whether one line of the text starts with `start` and ends with `end` (a wrapped name between)."""
    return re.search(rf"^{re.escape(start)}[^\n]* {re.escape(end)}$", text, re.MULTILINE) is not None


def add_supplier(uow: UnitOfWork, currency: str = "USD") -> str:
    return suppliers.add_supplier(
        uow,
        SupplierInput(
            name="杭州茶叶有限公司 Hangzhou Tea Co.",
            code="SUP-HZ",
            contact="Li Wei 李伟",
            phone="+86 571 8888 1234",
            email="orders@hztea.example",
            address="浙江省杭州市西湖区龙井路1号\n310013 Hangzhou",
            currency=currency,
        ),
    ).value.code


def sample_po(uow: UnitOfWork) -> str:
    """A sent PO of three lines from a supplier who bills in US dollars: a tea with a long name and the
    supplier's own SKU, a weighed product in kilograms, mugs by the piece."""
    code = add_supplier(uow)
    factories.product(uow, "TEA-LJ-250", price="89.00", name=LONG_NAME)
    catalogue.add_product(
        uow,
        ProductInput(sku="ROSE-BULK", name="玫瑰花茶 Rose buds, loose", price=Decimal("120.00"),
                     unit="kg", decimals=3),
    )  # fmt: skip
    factories.product(uow, "MUG-JP", price="45.50", name="有田焼マグカップ Arita mug")
    suppliers.set_product_supplier(uow, "TEA-LJ-250", code, cost=Decimal("31.25"), supplier_sku="HZ-LJ-A250")
    suppliers.set_product_supplier(uow, "ROSE-BULK", code, cost=Decimal("18.40"), supplier_sku="HZ-ROSE-1KG")
    po = purchase_orders.create_po(
        uow,
        code,
        [
            POLineInput("TEA-LJ-250", 40),
            POLineInput("ROSE-BULK", Decimal("12.5")),
            POLineInput("MUG-JP", 24, unit_cost=Decimal("6.80")),
        ],
        notes="请用木箱包装 Pack in wooden crates, please.",
    ).value
    purchase_orders.send_po(uow, po.number)
    return po.number


@pytest.fixture
def po(sqlite_uow: UnitOfWork) -> PODocument:
    return po_document(sqlite_uow, sample_po(sqlite_uow))


def test_english_po_shows_supplier_lines_in_units_and_total_in_the_suppliers_currency(po: PODocument) -> None:
    pdf = render_purchase_order(po, replace(SHOP_EN, phone="021-5555 1234"))
    text = squeeze(pdf_tools.text(pdf))
    number = po.po.number
    for expected in (
        "Purchase order",
        f"PO no. {number}",
        "Supplier no. SUP-HZ",
        "Currency USD",
        "杭州茶叶有限公司 Hangzhou Tea Co.",
        "Attn. Li Wei 李伟",
        "浙江省杭州市西湖区龙井路1号",
        "Tel. +86 571 8888 1234",
        "Email orders@hztea.example",
        "Deliver to",
        "100 Nanjing Road East",
        "Location MAIN",
        "Our SKU",
        "Supplier SKU",
        "请用木箱包装 Pack in wooden crates, please.",
        "quote our PO number",
    ):
        assert expected in text, expected
    # No., our SKU, the supplier's, name (wrapped: its start on the row), quantity and unit, cost, amount
    assert row("1 TEA-LJ-250 HZ-LJ-A250 特级西湖龙井绿茶", "40 pcs $31.25 $1,250.00", text)
    assert "in a 250 g tin with a paper sleeve" in " ".join(text.split())  # the long name wrapped, not cut
    assert row("2 ROSE-BULK HZ-ROSE-1KG 玫瑰花茶", "12.5 kg $18.40 $230.00", text)
    assert row("3 MUG-JP 有田焼マグカップ", "24 pcs $6.80 $163.20", text)
    assert "Total (USD) $1,643.20" in text
    assert "Received" not in text  # nothing has arrived: no column for it
    assert "¥" not in text  # the shop's currency is not the PO's
    assert pdf_tools.page_count(pdf) == 1
    assert pdf_tools.page_sizes_mm(pdf) == [(210.0, 297.0)]
    assert pdf_tools.barcodes(pdf) == [f"CODE-128:{number}"]


def test_chinese_po_on_letter_paper_in_the_embedded_font(po: PODocument) -> None:
    pdf = render_purchase_order(po, replace(SHOP_ZH, paper_size="Letter"))
    text = squeeze(pdf_tools.text(pdf))
    for expected in (
        "采购订单",
        f"采购单号 {po.po.number}",
        "供应商编号 SUP-HZ",
        "币种 USD",
        "联系人 Li Wei 李伟",
        "送货地址",
        "茶香小铺 Tea Corner",
        "上海市黄浦区南京东路100号",
        "收货库位 MAIN",
        "本店货号",
        "供应商货号",
        "40 件 $31.25 $1,250.00",
        "12.5 千克 $18.40 $230.00",  # the units a Chinese supplier reads
        "合计（USD） $1,643.20",
        "请确认此订单",
    ):
        assert expected in text, expected
    fonts = pdf_tools.fonts(pdf)
    rows = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert rows and all(" yes " in row for row in rows), fonts  # embedded: Chinese shows on any machine
    assert "STSong" not in fonts
    assert pdf_tools.page_sizes_mm(pdf) == [(215.9, 279.4)]
    assert pdf_tools.barcodes(pdf) == [f"CODE-128:{po.po.number}"]


def test_partly_received_po_shows_what_has_arrived(sqlite_uow: UnitOfWork) -> None:
    number = sample_po(sqlite_uow)
    purchase_orders.receive_po(
        sqlite_uow, number, [ReceiveLineInput("TEA-LJ-250", 15), ReceiveLineInput("ROSE-BULK", Decimal("5"))]
    )
    purchase_orders.receive_po(sqlite_uow, number, [ReceiveLineInput("TEA-LJ-250", 10)])
    doc = po_document(sqlite_uow, number)
    assert doc.po.state == "partly_received"

    english = squeeze(pdf_tools.text(render_purchase_order(doc, SHOP_EN)))
    assert "Received" in english
    assert row("1 TEA-LJ-250 HZ-LJ-A250", "40 pcs 25 pcs $31.25 $1,250.00", english)
    assert row("2 ROSE-BULK HZ-ROSE-1KG", "12.5 kg 5 kg $18.40 $230.00", english)
    assert row("3 MUG-JP", "24 pcs 0 pcs $6.80 $163.20", english)
    assert "Received so far: 2 deliveries, the last on" in english
    assert "Total (USD) $1,643.20" in english  # the order, not what came

    chinese = squeeze(pdf_tools.text(render_purchase_order(doc, SHOP_ZH)))
    assert "已到货" in chinese and "40 件 25 件 $31.25" in chinese and "已到货：2 批" in chinese


def test_sixty_lines_page_with_the_head_row_repeated(sqlite_uow: UnitOfWork) -> None:
    code = add_supplier(sqlite_uow, currency="CNY")
    lines = []
    for n in range(1, 61):
        sku = f"BULK-{n:03d}"
        factories.product(
            sqlite_uow, sku, name=f"散装茶叶 Loose tea blend number {n} " + "with a long name " * 2
        )
        lines.append(POLineInput(sku, n, unit_cost=Decimal("2.50")))
    number = purchase_orders.create_po(sqlite_uow, code, lines).value.number
    doc = po_document(sqlite_uow, number)

    pdf = render_purchase_order(doc, SHOP_EN)
    pages = [squeeze(t) for t in pdf_tools.page_texts(pdf)]
    assert len(pages) >= 2
    for page, text in enumerate(pages, start=1):
        assert "Our SKU" in text and "Supplier SKU" in text and "Unit cost" in text, page
        assert f"Page {page} of {len(pages)}" in text
        if page > 1:
            assert f"Purchase order {number} (continued)" in text
    every = "\n".join(pages)
    assert all(f"BULK-{n:03d}" in every for n in range(1, 61))
    assert "60 BULK-060" in pages[-1] and "Total (CNY) ¥4,575.00" in pages[-1]  # 2.50 x (1 + ... + 60)
    assert "Purchase order" in pages[0] and pdf_tools.barcodes(pdf, page=1) == [f"CODE-128:{number}"]

    chinese = [squeeze(t) for t in pdf_tools.page_texts(render_purchase_order(doc, SHOP_ZH))]
    assert all("本店货号" in t for t in chinese) and f"采购订单 {number} （续）" in chinese[1]


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(sqlite_uow: UnitOfWork, sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    shop_settings.save_settings(sqlite_uow, SHOP_ZH)
    db = sqlite_url.removeprefix("sqlite:///")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_print_po_writes_the_file_in_the_shops_or_the_asked_language(
    run: Run, sqlite_uow: UnitOfWork, tmp_path: Path
) -> None:
    number = sample_po(sqlite_uow)
    out = tmp_path / "po.pdf"
    code, stdout, stderr = run("print", "po", number, "--out", str(out))
    assert (code, stderr) == (0, "")
    assert stdout == f"Wrote purchase order {number} to {out}\n"
    text = squeeze(pdf_tools.text(out.read_bytes()))
    assert "采购订单" in text and number in text and "$1,643.20" in text
    code, stdout, _ = run("print", "po", number.lower(), "--language", "en", "--out", str(out))
    assert code == 0 and "Purchase order" in pdf_tools.text(out.read_bytes())


def test_print_po_refuses_a_folder_an_unwritable_file_and_an_unknown_po(
    run: Run, sqlite_uow: UnitOfWork, tmp_path: Path
) -> None:
    number = sample_po(sqlite_uow)
    code, stdout, stderr = run("print", "po", number, "--out", str(tmp_path))
    assert code == 1 and stdout == ""
    assert stderr.startswith(f"oms-desktop: cannot write {tmp_path}") and stderr.count("\n") == 1
    assert not (tmp_path.parent / f".{tmp_path.name}.part").exists()  # the half-written file is gone

    code, _, stderr = run("print", "po", number, "--out", str(tmp_path / "no" / "po.pdf"))
    assert code == 1 and stderr.startswith("oms-desktop: cannot write") and stderr.count("\n") == 1

    code, stdout, stderr = run("print", "po", "PO-1999-000042", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and stdout == "" and stderr.count("\n") == 1 and "PO-1999-000042" in stderr
    assert not (tmp_path / "x.pdf").exists()
