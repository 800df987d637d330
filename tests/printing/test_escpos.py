"""ESC/POS receipts, till reports and the drawer, built as bytes and sent to printers the tests play."""

import re
import socket
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from escpos.exceptions import DeviceNotFoundError, USBNotFoundError

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import ValidationError
from oms_desktop.printing import commands
from oms_desktop.printing.columns import cell_width, pair, width, wrap
from oms_desktop.printing.connection import (
    FilePrinter,
    NetworkPrinter,
    SerialPrinter,
    UsbPrinter,
    parse_setting,
    reason,
)
from oms_desktop.printing.escpos_receipt import receipt_job
from oms_desktop.printing.escpos_till import drawer_job, till_report_job
from oms_desktop.printing.send import send
from oms_desktop.printing.text_modes import Gb18030Text
from oms_desktop.services.records import OrderDetail, OrderLineRecord, PaymentRecord, TaxBand
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import CashierTotal, CountedPiece, MethodTotal, TillReport
from tests.documents.sample_shop import SHOP_ZH, build_shop

AT = datetime(2026, 11, 22, 6, 5, tzinfo=UTC)  # 14:05 in Shanghai
SHOP = ShopSettings(
    shop_name="Tea Corner",
    address="100 Nanjing Road East\nShanghai 200001",
    phone="021-5555 1234",
    currency="CNY",
    language="en",
    time_zone="Asia/Shanghai",
)
CODE128_OF = b"\x1dk\x49"  # GS k 73, then the length and "{B" with the data
RASTER = b"\x1dv0"  # GS v 0
CUT = b"\x1dV"  # GS V
KICK = b"\x1bp\x00"  # ESC p 0


def order(**changes: object) -> OrderDetail:
    """A counter sale of 30.50 paid in cash, 50.00 tendered."""
    lines = [
        OrderLineRecord(1, 1, "TEA-1", "Jasmine tea 100g", 2, Decimal("12.50"), Decimal("0.00"),
                        Decimal("2"), Decimal("0.50"), Decimal("25.50")),
        OrderLineRecord(2, 2, "PEN-1", "Gel pen", 1, Decimal("5.00"), Decimal("0.00"),
                        Decimal("0"), Decimal("0.00"), Decimal("5.00")),
    ]  # fmt: skip
    sale = OrderDetail(
        id=1,
        number="SO-2026-000123",
        channel="counter",
        status="completed",
        lifecycle="closed",
        payment_state="paid",
        fulfilment_state="fulfilled",
        created_at=AT,
        customer=None,
        bill_to="",
        ship_to="",
        notes="",
        location_code="MAIN",
        subtotal=Decimal("30.00"),
        discount=Decimal("0.00"),
        tax=Decimal("0.50"),
        total=Decimal("30.50"),
        paid=Decimal("30.50"),
        lines=lines,
        payments=[
            PaymentRecord("payment", "cash", Decimal("30.50"), Decimal("50.00"), Decimal("19.50"), "", AT)
        ],
        tax_bands=[TaxBand(Decimal("2"), Decimal("25.00"), Decimal("0.50"))],
    )
    return replace(sale, **changes)  # type: ignore[arg-type]


def text_of(job: bytes) -> str:
    """The job as readable text: Chinese-mode runs decoded from GB18030, everything else byte for byte."""
    parts = re.split(rb"(\x1c&.*?\x1c\.)", job, flags=re.S)
    return "".join(
        p[2:-2].decode("gb18030") if p.startswith(b"\x1c&") else p.decode("latin-1") for p in parts
    )


# --- receipts


def test_receipt_shows_the_shop_the_order_the_figures_a_barcode_and_ends_with_a_cut() -> None:
    job = receipt_job(order(), SHOP)
    text = text_of(job)
    assert job.startswith(commands.INIT)
    assert b"Tea Corner" in job and b"Order no. SO-2026-000123" in job
    assert "2026-11-22 14:05" in text  # the shop's zone, not the computer's
    assert re.search(r"  2 x 12\.50 +25\.00\n", text)
    assert re.search(r"Total +￥30\.50", text)  # the double-size total, ¥ as the GBK font has it
    assert re.search(r"Tendered +￥50\.00", text) and re.search(r"Change +￥19\.50", text)
    assert "Thank you for shopping with us!" in text
    number = b"SO-2026-000123"
    assert CODE128_OF + bytes((len(number) + 2,)) + b"{B" + number in job
    assert job.index(CODE128_OF) < job.index(CUT)
    assert KICK not in job


def test_the_drawer_opens_only_when_asked_after_the_cut() -> None:
    assert KICK not in receipt_job(order(), SHOP, open_drawer=False)
    job = receipt_job(order(), SHOP, open_drawer=True)
    assert job.endswith(commands.CUT + commands.DRAWER_KICK)
    assert commands.DRAWER_KICK == b"\x1bp\x00\x19\xfa"
    assert drawer_job() == commands.INIT + commands.DRAWER_KICK


def test_no_line_of_a_receipt_is_wider_than_the_paper() -> None:
    long_name = "龙井绿茶 Longjing Green Tea, first flush, from the West Lake hills 250g"
    sale = order(lines=[replace(order().lines[0], name=long_name)])
    for columns in (32, 42, 48):
        text = text_of(receipt_job(sale, replace(SHOP, language="zh_CN"), columns=columns))
        printed = re.sub(r"[\x00-\x09\x0b-\x1f].|\x1d[!hwHfV]..?|\x1bE.|\x1ba.", "", text)
        for line in printed.splitlines():
            assert width(line, Gb18030Text().char_width) <= columns, line


def test_chinese_text_goes_as_gb18030_in_the_printers_chinese_mode() -> None:
    shop = replace(SHOP, shop_name="茶香小铺", language="zh_CN")
    job = receipt_job(order(), shop, text_mode="gb18030")
    assert b"\x1c&" + "茶香小铺".encode("gb18030") in job.replace(b" ", b"")
    assert "订单号 SO-2026-000123".encode("gb18030") in job and "合计".encode("gb18030") in job
    assert RASTER not in job


def test_in_image_mode_chinese_text_is_drawn_not_sent_as_text() -> None:
    shop = replace(SHOP, shop_name="茶香小铺", language="zh_CN")
    job = receipt_job(order(), shop, text_mode="image")
    assert "茶香小铺".encode("gb18030") not in job and "合计".encode("gb18030") not in job
    assert b"\x1c&" not in job
    assert job.count(RASTER) >= 5  # shop name, words, totals...
    assert b"2 x 12.50" in job  # plain ASCII lines stay text
    assert CODE128_OF in job and CUT in job


def test_a_control_character_in_a_name_cannot_command_the_printer() -> None:
    sneaky = order(lines=[replace(order().lines[0], name="Tea\x1bp\x00\x19\xfa")])
    assert KICK not in receipt_job(sneaky, SHOP)


def test_a_real_counter_sale(sqlite_uow: UnitOfWork) -> None:
    sale = build_shop(sqlite_uow).sale
    job = receipt_job(sale, SHOP_ZH, open_drawer=True)
    text = text_of(job)
    assert "茶香小铺 Tea Corner" in text and sale.number in text
    assert re.search(r"合计 +￥107\.86", text) and re.search(r"找零 +￥92\.14", text)
    assert b"{B" + sale.number.encode() in job and job.endswith(commands.DRAWER_KICK)


def test_bad_text_modes_and_widths_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="text mode"):
        receipt_job(order(), SHOP, text_mode="utf8")
    with pytest.raises(ValueError, match="columns wide"):
        receipt_job(order(), SHOP, columns=4)


def test_columns_count_chinese_characters_twice() -> None:
    assert width("合计 30.50") == 10
    assert wrap("Longjing Green Tea", 10) == ["Longjing", "Green Tea"]
    assert wrap("龙井绿茶龙井绿茶", 6) == ["龙井绿", "茶龙井", "绿茶"]
    assert pair("合计", "30.50", 12, cell_width) == ["合计   30.50"]


# --- till reports


def till_report(**changes: object) -> TillReport:
    report = TillReport(
        till="TILL-1",
        z_number=7,
        currency="CNY",
        opened_at=AT,
        opened_by="alice",
        closed_at=AT,
        closed_by="bob",
        approved_by="",
        float_amount=Decimal("200.00"),
        sales=(MethodTotal("cash", Decimal("130.50"), 4), MethodTotal("card", Decimal("88.00"), 2)),
        refunds=(),
        cash_in=Decimal("0"),
        cash_out=Decimal("20.00"),
        expected_cash=Decimal("-0"),  # a blind count
        counted_cash=Decimal("307.50"),
        counted=(CountedPiece(Decimal("100"), 3, Decimal("300.00")), CountedPiece(Decimal("0.5"), 15, Decimal("7.50"))),
        variance=Decimal("-3.00"),
        sales_count=6,
        returns_count=0,
        discounts=Decimal("0"),
        voids=1,
        overrides=0,
        no_sales=2,
        cashiers=(CashierTotal("alice", 6, Decimal("218.50"), Decimal("0")),),
        audit_head="ab12" * 16,
    )  # fmt: skip
    return replace(report, **changes)  # type: ignore[arg-type]


def test_z_report_of_a_blind_count_shows_counted_and_variance_but_no_expected_cash() -> None:
    text = text_of(till_report_job(till_report(), SHOP))
    assert "Z report No. 7" in text and "TILL-1" in text
    assert re.search(r"Counted cash +307\.50", text) and re.search(r"Variance +-3\.00", text)
    assert re.search(r"100\.00 x 3 +300\.00", text) and re.search(r"Cash \(4\) +130\.50", text)
    assert "Expected cash" not in text and "310.50" not in text
    assert "Blind count" in text and "Audit chain ab12ab12ab12ab12" in text
    assert text.endswith("\x1dVB\x00")


def test_x_report_shows_the_expected_cash_and_an_over_with_its_sign() -> None:
    seen = till_report(
        z_number=None, closed_at=None, expected_cash=Decimal("310.50"), counted_cash=Decimal("311.50"),
        variance=Decimal("1.00"),
    )  # fmt: skip
    text = text_of(till_report_job(seen, SHOP))
    assert "X report (not closed)" in text
    assert re.search(r"Expected cash +310\.50", text) and re.search(r"Variance +\+1\.00", text)
    assert "Blind count" not in text
    chinese = text_of(till_report_job(till_report(), replace(SHOP, language="zh_CN")))
    assert re.search(r"实点现金 +307\.50", chinese) and re.search(r"差额 +-3\.00", chinese)
    assert not re.search(r"应有现金 +[-\d]", chinese)  # only the note that it is not shown


# --- printers


def serve_once(greeting: bytes = b"") -> tuple[int, threading.Thread, bytearray]:
    """A network printer on a free local port that takes one job: it greets (as printers that send their
    status do), then keeps every byte until the sender closes."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)
    received = bytearray()

    def run() -> None:
        with server:
            conn, _ = server.accept()
            with conn:
                conn.sendall(greeting)
                while chunk := conn.recv(65536):
                    received.extend(chunk)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return server.getsockname()[1], thread, received


@pytest.mark.parametrize("greeting", [b"", b"\x14\x00\x00\x0f"], ids=["quiet", "status bytes"])
def test_a_network_printer_receives_the_whole_job(greeting: bytes) -> None:
    job = receipt_job(order(), replace(SHOP, shop_name="茶香小铺"), text_mode="image", open_drawer=True)
    assert len(job) > 10_000
    port, printer, received = serve_once(greeting)
    send(f"network:127.0.0.1:{port}", job)
    printer.join(10)
    assert not printer.is_alive() and bytes(received) == job


def closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def test_a_printer_that_is_off_is_refused_in_one_line_and_fast() -> None:
    setting = f"network:127.0.0.1:{closed_port()}"
    started = time.monotonic()
    with pytest.raises(ValidationError) as caught:
        send(setting, drawer_job())
    assert time.monotonic() - started < 3
    error = caught.value
    assert error.code == "printer_unreachable"
    assert error.params == {"printer": setting, "detail": "connection refused"}
    assert "\n" not in str(error) and str(error).startswith(f"The receipt printer {setting} does not answer")
    assert error.__cause__ is None and error.__suppress_context__  # no traceback of the socket's


def test_why_a_printer_did_not_answer_in_a_few_words() -> None:
    assert reason(TimeoutError("timed out")) == "timed out"
    assert reason(USBNotFoundError("Device (1208, 3605) not found or cable not plugged in.")) == (
        "not found or not plugged in"
    )
    try:
        try:
            raise PermissionError(13, "Permission denied", "/dev/usb/lp0")
        except OSError:
            raise DeviceNotFoundError("Could not open the specified file /dev/usb/lp0:\n...") from None
    except DeviceNotFoundError as wrapped:
        assert reason(wrapped) == "permission denied"  # the system's reason, under escpos's wrapper


def test_a_device_file_printer(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    send(f"file:{device}", drawer_job())
    assert device.read_bytes() == commands.INIT + commands.DRAWER_KICK
    with pytest.raises(ValidationError) as caught:
        send(f"file:{tmp_path / 'unplugged'}", drawer_job())
    assert caught.value.code == "printer_unreachable" and not (tmp_path / "unplugged").exists()


@pytest.mark.parametrize(
    ("setting", "address"),
    [
        ("network:192.168.1.50", NetworkPrinter("192.168.1.50", 9100)),
        (" Network:printer.local:9101 ", NetworkPrinter("printer.local", 9101)),
        ("network:[fe80::1]:9100", NetworkPrinter("fe80::1", 9100)),
        ("usb:04b8:0e15", UsbPrinter(0x04B8, 0x0E15)),
        ("usb:0x0416:0x5011", UsbPrinter(0x0416, 0x5011)),
        ("serial:/dev/ttyS0", SerialPrinter("/dev/ttyS0", 9600)),
        ("serial:/dev/ttyUSB0:19200", SerialPrinter("/dev/ttyUSB0", 19200)),
        ("serial:COM3", SerialPrinter("COM3", 9600)),
        ("file:/dev/usb/lp0", FilePrinter("/dev/usb/lp0")),
    ],
)
def test_settings_that_are_understood(setting: str, address: object) -> None:
    assert parse_setting(setting) == address


@pytest.mark.parametrize(
    "setting",
    [
        "192.168.1.50",
        "lpt:1",
        "network:",
        "network:printer:0",
        "network:printer:99999",
        "network:printer:ninety",
        "network:fe80::1",
        "network:my printer",
        "usb:04b8",
        "usb:04b8:zz",
        "usb:04b8:0e15:1",
        "serial:",
        "serial:/dev/ttyS0:0",
        "file:",
    ],
)
def test_settings_that_are_not_understood_are_refused(setting: str) -> None:
    with pytest.raises(ValidationError) as caught:
        send(setting, drawer_job())
    assert caught.value.code == "printer_setting_invalid" and caught.value.params == {"setting": setting}
    assert "use network:HOST[:PORT]" in str(caught.value)


@pytest.mark.parametrize("setting", ["", "   "])
def test_no_printer_set(setting: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_setting(setting)
    assert caught.value.code == "printer_not_set"
