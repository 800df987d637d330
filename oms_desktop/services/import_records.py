"""The neutral records every import format is read into, and the reading of one cell into a value.

Every layout (services/import_layouts.py) is turned into these records by its reader
(services/import_readers.py); the one writer (services/imports.py) applies the shop's rules to them. A
cell that cannot be read is a `ValidationError` with a code whose text names the column as the file calls
it; `Problem` puts the line in front of it.
"""

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal

from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.bounds import MONEY_MAX, QUANTITY_MAX, require_date
from oms_desktop.domain.errors import DomainError, ValidationError
from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.import_layouts import Columns

QUANTITY = re.compile(r"-?[0-9]+(\.[0-9]+)?")  # whole pieces, or a weight to its product's decimals
AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]+)?")
THOUSANDS = re.compile(r"-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")  # 1,234.50 as a spreadsheet shows it
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Problem:
    """A refused line: where, which record (an order's reference, a SKU), and why."""

    line: int
    error: DomainError
    ref: str = ""  # "order #1001": said before the reason when the line is an order's

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return where + (f"order {self.ref}: " if self.ref else "") + str(self.error)


class Row:
    """One line of the file, read by field name through the resolved columns."""

    __slots__ = ("broken", "cells", "columns", "line")

    def __init__(self, line: int, cells: Sequence[str], columns: Columns) -> None:
        self.line = line
        self.cells = cells
        self.columns = columns
        self.broken = False  # refused already (its fields do not fit the header)

    def has(self, name: str) -> bool:
        return name in self.columns.index

    def get(self, name: str) -> str:
        at = self.columns.index.get(name)
        return self.cells[at].strip() if at is not None and at < len(self.cells) else ""

    def col(self, name: str) -> str:
        return self.columns.name(name)

    def text(self, name: str, most: int = 200, *, required: bool = False) -> str:
        value = self.get(name)
        if required and not value:
            raise ValidationError("import_value_missing", column=self.col(name))
        if len(value) > most:
            raise ValidationError("import_value_too_long", column=self.col(name), most=most)
        return value

    def quantity(self, name: str) -> Quantity:
        text = self.get(name)
        if not QUANTITY.fullmatch(text):
            raise ValidationError("import_quantity_not_number", column=self.col(name), value=text[:30])
        if len(text) > 13:
            raise ValidationError("import_quantity_too_large", column=self.col(name), value=text[:20])
        value = parse_quantity(text)
        if value <= 0:
            raise ValidationError("import_quantity_not_positive", column=self.col(name), value=text)
        if value > QUANTITY_MAX:
            raise ValidationError(
                "import_quantity_over", column=self.col(name), value=text, most=QUANTITY_MAX
            )
        return value

    def count(self, name: str) -> Quantity:
        """A quantity on hand: zero allowed."""
        text = self.get(name)
        if not QUANTITY.fullmatch(text):
            raise ValidationError("import_quantity_not_number", column=self.col(name), value=text[:30])
        if len(text) > 13:
            raise ValidationError("import_quantity_too_large", column=self.col(name), value=text[:20])
        value = parse_quantity(text)
        if value < 0:
            raise ValidationError("import_quantity_negative", column=self.col(name), value=text)
        return value

    def amount(self, name: str, *, default: Decimal | None = None) -> Decimal | None:
        """An amount, not negative: digits and one point (1,234.50 and a leading ¥ or $ are read too);
        `default` when the cell is empty."""
        raw = self.get(name)
        if not raw:
            return default
        text = raw.lstrip("¥￥$€£").strip()
        if THOUSANDS.fullmatch(text):
            text = text.replace(",", "")
        if not AMOUNT.fullmatch(text):
            if _beyond(text):
                raise ValidationError(
                    "import_amount_too_large", column=self.col(name), value=raw[:30], most=MONEY_MAX
                )
            raise ValidationError("import_amount_invalid", column=self.col(name), value=raw[:30])
        whole, _, cents = text.lstrip("-").partition(".")
        if len(whole.lstrip("0")) > 9:
            raise ValidationError(
                "import_amount_too_large", column=self.col(name), value=raw[:30], most=MONEY_MAX
            )
        if len(cents.rstrip("0")) > 2:
            raise ValidationError("import_amount_decimals", column=self.col(name), value=raw[:30])
        value = Decimal(text).quantize(CENT)
        if value < 0:
            raise ValidationError("import_amount_negative", column=self.col(name), value=str(value))
        return value

    def money(self, name: str) -> Decimal:
        value = self.amount(name, default=Decimal("0"))
        assert value is not None
        return value

    def when(self, name: str, zone: tzinfo) -> datetime | None:
        """A moment: with its offset as given (Shopify's "2026-05-01 10:00:00 +0800"), else in the shop's
        zone; None when the cell is empty."""
        text = self.get(name)
        if not text:
            return None
        moment = parse_moment(text, zone)
        if moment is None:
            raise ValidationError("import_date_invalid", column=self.col(name), value=text[:40])
        return moment

    def choice(self, name: str, choices: Sequence[str], default: str = "") -> str:
        value = self.get(name).casefold() or default
        if value not in choices:
            raise ValidationError(
                "import_choice_invalid",
                column=self.col(name),
                value=self.get(name)[:40],
                choices=", ".join(choices),
            )
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.get(name).casefold()
        if not value:
            return default
        if value in ("1", "yes", "y", "true", "t", "是", "on"):
            return True
        if value in ("0", "no", "n", "false", "f", "否", "off"):
            return False
        raise ValidationError("import_flag_invalid", column=self.col(name), value=self.get(name)[:40])


def _beyond(text: str) -> bool:
    try:
        return abs(Decimal(text)) > MONEY_MAX
    except ArithmeticError:
        return False


_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
)


def parse_moment(text: str, zone: tzinfo) -> datetime | None:
    """A date and time in UTC, or None when it is not one; a date outside the shop's range is refused."""
    moment: datetime | None = None
    try:  # the ISO forms (most files), in C; the others below
        moment = datetime.fromisoformat(text) if "-" in text[:8] and not text.endswith("Z") else None
    except ValueError:
        moment = None
    for fmt in () if moment is not None else _FORMATS:
        try:
            moment = datetime.strptime(text, fmt)  # noqa: DTZ007 - the shop's zone is put on below
            break
        except ValueError:
            continue
    if moment is None:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    require_date(moment.date())
    return moment.astimezone(UTC)


# How a web shop names a payment gateway, and the way we record the money: the first match wins.
GATEWAYS: tuple[tuple[str, PaymentMethod], ...] = (
    ("wechat", PaymentMethod.WECHAT_PAY),
    ("weixin", PaymentMethod.WECHAT_PAY),
    ("微信", PaymentMethod.WECHAT_PAY),
    ("alipay", PaymentMethod.ALIPAY),
    ("支付宝", PaymentMethod.ALIPAY),
    ("unionpay", PaymentMethod.UNIONPAY),
    ("银联", PaymentMethod.UNIONPAY),
    ("cash", PaymentMethod.CASH),
    ("cod", PaymentMethod.CASH),
    ("货到付款", PaymentMethod.CASH),
    ("现金", PaymentMethod.CASH),
    ("bank", PaymentMethod.BANK_TRANSFER),
    ("bacs", PaymentMethod.BANK_TRANSFER),
    ("transfer", PaymentMethod.BANK_TRANSFER),
    ("wire", PaymentMethod.BANK_TRANSFER),
    ("cheque", PaymentMethod.BANK_TRANSFER),
    ("转账", PaymentMethod.BANK_TRANSFER),
    ("paypal", PaymentMethod.MOBILE_WALLET),
    ("apple pay", PaymentMethod.MOBILE_WALLET),
    ("google pay", PaymentMethod.MOBILE_WALLET),
    ("wallet", PaymentMethod.MOBILE_WALLET),
    ("card", PaymentMethod.CARD),
    ("stripe", PaymentMethod.CARD),
    ("shopify payments", PaymentMethod.CARD),
    ("shop pay", PaymentMethod.CARD),
    ("credit", PaymentMethod.CARD),
    ("visa", PaymentMethod.CARD),
    ("mastercard", PaymentMethod.CARD),
    ("刷卡", PaymentMethod.CARD),
)
UNKNOWN_GATEWAY = PaymentMethod.BANK_TRANSFER  # "manual", "other", nothing said: money that came in by itself


def method_of_gateway(text: str) -> PaymentMethod:
    words = text.casefold()
    return next((method for key, method in GATEWAYS if key in words), UNKNOWN_GATEWAY)


class Stage(enum.StrEnum):
    """Where an imported order ends up: its story is told up to there (services/imports.py)."""

    DRAFT = "draft"  # taken, nothing promised: no stock held
    CONFIRMED = "confirmed"  # its stock reserved, to be shipped
    SHIPPED = "shipped"  # its goods left: out of stock
    CANCELLED = "cancelled"


ALL = Decimal("-1")  # a payment of the whole total, or a refund of all that was paid


@dataclass
class LineIn:
    line: int
    sku: str
    quantity: Quantity  # in the product's unit
    unit_price: Decimal | None  # None: the customer's price tier
    discount: Decimal = Decimal("0")
    name: str = ""  # as the file calls the item, for messages


@dataclass
class OrderIn:
    """An order as the file tells it."""

    ref: str  # the other system's reference: "#1001", WooCommerce's order id, our order_ref
    key: str  # the idempotency key it is kept under ("shopify:#1001")
    source: str  # the history's words: "Shopify #1001"
    line: int  # its first line
    created_at: datetime | None  # None: now
    channel: Channel = Channel.ONLINE
    customer_code: str = ""
    contact: CustomerInput | None = None  # a customer found by phone or e-mail, or added
    bill_to: str | None = None  # None: the customer's
    ship_to: str | None = None
    lines: list[LineIn] = field(default_factory=list)
    order_discount: Decimal = Decimal("0")  # shared over the lines (domain.pricing.spread)
    shipping: Decimal = Decimal("0")  # a line of the shipping product
    tax_included: bool | None = None  # None: as the shop prices; else as the file's amounts show
    expected_total: Decimal | None = None  # the file's total, checked to the cent
    stage: Stage = Stage.CONFIRMED
    method: PaymentMethod | None = None  # paid by, when paid
    paid: Decimal | None = None  # None: nothing; ALL: the total
    refunded: Decimal | None = None  # None: nothing; ALL: all that was paid
    paid_at: datetime | None = None
    shipped_at: datetime | None = None
    cancelled_at: datetime | None = None
    carrier: str = ""
    tracking: str = ""
    notes: str = ""


@dataclass
class ProductIn:
    line: int
    sku: str
    name: str = ""
    price: Decimal | None = None
    barcode: str | None = None  # None: not in the file (kept); "": none
    unit: str | None = None
    decimals: int | None = None
    cost: Decimal | None = None
    tax_rate_bp: int | None = None  # None: the shop's default for a new product, kept for an old one
    wholesale_price: Decimal | None = None
    reorder_point: Quantity | None = None
    active: bool | None = None
    allow_backorder: bool | None = None
    notes: str | None = None
    on_hand: Quantity | None = None  # counted: the difference is booked as an adjustment


@dataclass
class CustomerIn:
    line: int
    code: str
    name: str
    phone: str = ""
    email: str = ""
    billing_address: str = ""
    shipping_address: str = ""
    price_tier: str | None = None
    credit_limit: Decimal | None = None
    payment_terms_days: int | None = None
    notes: str | None = None


@dataclass
class CountIn:
    line: int
    sku: str
    on_hand: Quantity
    location: str | None = None


@dataclass
class Read:
    """What a reader made of a file: its records, the lines refused, and how many rows it read."""

    records: list[object]
    problems: list[Problem]
    rows: int


def joined(*parts: str, cjk_order: bool = False) -> str:
    """An address from its parts: "Address1, Address2, City, Province Zip, Country", or the Chinese way
    (province, city, street, no commas) when the parts are written in Chinese."""
    filled = [p.strip() for p in parts if p and p.strip()]
    if cjk_order:
        return "".join(filled)
    return ", ".join(filled)


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
