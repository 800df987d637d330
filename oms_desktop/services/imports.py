"""Importing orders from a CSV file: every row checked first, then all orders written in one transaction.

One row per order line; rows with the same `order_ref` form one order. Columns (header required, UTF-8,
a spreadsheet's byte-order mark is fine):

    order_ref, date, channel, customer_code, sku, quantity, unit_price, discount, payment_method, notes

`order_ref`, `sku` and `quantity` are required. `date` (YYYY-MM-DD or YYYY-MM-DD HH:MM, shop time) defaults
to now; `channel` to online; `unit_price` to the customer's price tier. Orders are confirmed, so their stock
is reserved; with a `payment_method` they are also paid in full. A ref imported before is skipped, so the
same file imported twice makes no duplicates. Any bad row refuses the whole file, naming the line.

Imported orders are confirmed, so a phone, wholesale or online order's goods are promised to go somewhere:
its ship-to (the customer's name, shipping address and phone) must be one a parcel can go to
(domain/ship_to.py), or the row is refused; give the customer an address and a phone first. The import
writes orders still to be shipped, never history: an order that shipped long ago is history, and were a
shipped order ever imported, its ship-to would be kept as it was written, not refused (goods that left
need no address any more).
"""

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from oms_desktop.db.engine import WRITE_OPTION
from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    Channel,
    Customer,
    Location,
    Order,
    PaymentMethod,
    Product,
)
from oms_desktop.domain.bounds import require_date, require_quantity
from oms_desktop.domain.errors import DomainError, ValidationError
from oms_desktop.domain.money import parse_amount
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.domain.sequence import ORDER_PREFIX, format_number
from oms_desktop.domain.ship_to import require_for_new_order
from oms_desktop.services import credit_control, lookups
from oms_desktop.services.bulk_orders import (
    BulkOrder,
    BulkOrderWriter,
    BulkPayment,
    Event,
    order_total,
)
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.numbering import reserve_block
from oms_desktop.services.periods import local_zone
from oms_desktop.services.sale_lines import sale_line
from oms_desktop.services.settings import prices_include_tax
from oms_desktop.services.stock_ledger import BulkLedger, ensure_levels, load_bulk_levels

REQUIRED = ("order_ref", "sku", "quantity")
KNOWN = (*REQUIRED, "date", "channel", "customer_code", "unit_price", "discount", "payment_method", "notes")
KEY_PREFIX = "csv:"
MAX_ERRORS = 20
QUANTITY = re.compile(r"-?[0-9]+(\.[0-9]+)?")  # whole pieces, or a weight to its product's decimals


MAX_FIELD = 2_000  # characters in one field (the longest text an order keeps is its notes)


# Store credit and an exchange's credit are ledgers of the shop's own: an imported payment cannot draw on
# them.
NOT_IMPORTED = (PaymentMethod.STORE_CREDIT, PaymentMethod.EXCHANGE)


class ImportRefused(ValidationError):
    """The file was not imported; `problems` names each bad line."""

    def __init__(self, problems: list[str]) -> None:
        shown = problems[:MAX_ERRORS]
        more = f"\n... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        super().__init__("Nothing was imported:\n" + "\n".join(shown) + more)
        self.problems = problems


@dataclass
class _Line:
    line_no: int
    sku: str
    quantity: Quantity  # in the product's unit (0.255 for a weighed product)
    unit_price: Decimal | None
    discount: Decimal


@dataclass
class _Order:
    ref: str
    first_line: int
    created_at: datetime
    channel: Channel
    customer_code: str
    method: PaymentMethod | None
    notes: str
    lines: list[_Line] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int  # refs imported before
    lines: int
    numbers: list[str]


def import_orders_csv(
    uow: UnitOfWork,
    source: Path | str | io.TextIOBase,
    *,
    zone: tzinfo | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Outcome[ImportResult]:
    """Check every row, then create all the orders in one transaction (nothing is written on any error)."""
    uow.require_sound()
    text = _read(Path(source)) if isinstance(source, str | Path) else source.read()
    shop_zone = zone or uow.zone or local_zone()
    orders = _parse(text, shop_zone, uow.now())
    with uow.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        result = _write(conn, uow, orders, shop_zone, progress)
    changes = Changes(orders=True, stock=True, customers=True) if result.imported else Changes()
    return Outcome(result, changes)


def _read(path: Path) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark), or GB18030 as Excel saves CSV on Chinese
    Windows."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused(
        [f"{path.name} is neither UTF-8 nor GB18030 text; save it as 'CSV UTF-8' and try again"]
    )


def _parse(text: str, zone: tzinfo, now: datetime) -> list[_Order]:
    rows = _strict_rows(text.removeprefix("\ufeff"))
    if not rows:
        raise ImportRefused(["the file is empty"])
    header = [h.strip() for h in rows[0][1]]
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        raise ImportRefused([f"line 1: the column(s) {', '.join(twice)} appear more than once"])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportRefused([f"line 1: the header lacks the column(s) {', '.join(missing)}"])
    unknown = [c for c in header if c not in KNOWN]
    if unknown:
        raise ImportRefused([f"line 1: unknown column(s) {', '.join(unknown)}; known: {', '.join(KNOWN)}"])
    problems: list[str] = []
    reader = []
    for no, fields in rows[1:]:
        if len(fields) != len(header):
            problems.append(f"line {no}: {len(fields)} fields where the header has {len(header)}")
            continue
        reader.append((no, dict(zip(header, fields, strict=True))))
    orders: dict[str, _Order] = {}
    for no, row in reader:
        try:
            line, order = _row(no, {k: v.strip() for k, v in row.items()}, zone, now)
        except (ValueError, ValidationError) as exc:
            problems.append(f"line {no}: {exc}")
            continue
        known = orders.setdefault(order.ref, order)
        if known is not order:
            for attr, label in (
                ("created_at", "date"),
                ("channel", "channel"),
                ("customer_code", "customer"),
                ("method", "payment method"),
            ):
                if getattr(known, attr) != getattr(order, attr):
                    problems.append(
                        f"line {no}: order {order.ref} has a different {label} than on line {known.first_line}"
                    )
        known.lines.append(line)
    if problems:
        raise ImportRefused(problems)
    if not orders:
        raise ImportRefused(["the file has no order lines"])
    return list(orders.values())


def _strict_rows(text: str) -> list[tuple[int, list[str]]]:
    """The file's rows with the line each starts on; a file the csv module would read loosely (an
    unterminated quote swallowing the next rows, a NUL byte, a field beyond the size limit) is refused by
    line. Blank lines are skipped."""
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise ImportRefused(
            [f"line {line}: contains a NUL byte; is this a spreadsheet file rather than CSV text?"]
        )
    reader = csv.reader(io.StringIO(text), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for fields in reader:
            if fields and any(f.strip() for f in fields):
                if any("\n" in f or "\r" in f for f in fields):
                    raise ImportRefused(
                        [
                            f"line {start}: a field runs over several lines (an unterminated quote?); "
                            "line breaks are not allowed inside fields"
                        ]
                    )
                if any(len(f) > MAX_FIELD for f in fields):
                    raise ImportRefused([f"line {start}: a field is longer than {MAX_FIELD:,} characters"])
                rows.append((start, fields))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise ImportRefused(
                [f"line {start}: a quote is never closed (the file ends inside it)"]
            ) from None
        raise ImportRefused([f"line {start}: not valid CSV ({exc})"]) from None
    return rows


def _row(no: int, row: dict[str, str], zone: tzinfo, now: datetime) -> tuple[_Line, _Order]:
    ref = row.get("order_ref", "")
    if not ref or len(ref) > 64 - len(KEY_PREFIX):
        raise ValueError("order_ref is empty or longer than 60 characters")
    sku = row.get("sku", "")
    if not sku:
        raise ValueError("sku is empty")
    text_quantity = row.get("quantity", "")
    if not QUANTITY.fullmatch(text_quantity):
        raise ValueError(f"quantity '{text_quantity[:30]}' is not a number (like 3 or 0.255)")
    if len(text_quantity) > 13:
        raise ValueError(f"quantity {text_quantity[:20]} is far too large")
    quantity = parse_quantity(text_quantity)
    if quantity <= 0:
        raise ValueError(f"quantity {quantity} must be above zero")
    require_quantity(sku, quantity)
    price = parse_amount(row["unit_price"]) if row.get("unit_price") else None
    if price is not None and price < 0:
        raise ValueError(f"unit_price {price} cannot be negative")
    discount = parse_amount(row["discount"]) if row.get("discount") else Decimal("0")
    if discount < 0:
        raise ValueError(f"discount {discount} cannot be negative")
    channel_text = row.get("channel") or Channel.ONLINE.value
    try:
        channel = Channel(channel_text.lower())
    except ValueError:
        raise ValueError(
            f"channel '{channel_text}' is not one of {', '.join(c.value for c in Channel)}"
        ) from None
    method_text = row.get("payment_method", "")
    try:
        method = PaymentMethod(method_text.lower()) if method_text else None
        if method in NOT_IMPORTED:
            raise ValueError(method_text)
    except ValueError:
        names = ", ".join(m.value for m in PaymentMethod if m not in NOT_IMPORTED)
        raise ValueError(f"payment_method '{method_text}' is not one of {names}") from None
    customer = row.get("customer_code", "")
    if channel is not Channel.COUNTER and not customer:
        raise ValueError(f"a {channel.value} order needs a customer_code")
    created = _when(row.get("date", ""), zone, now)
    order = _Order(ref, no, created, channel, customer, method, row.get("notes", ""))
    return _Line(no, sku, quantity, price, discount), order


def _when(text: str, zone: tzinfo, now: datetime) -> datetime:
    if not text:
        return now
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            local = datetime.strptime(text, fmt).replace(tzinfo=zone)
        except ValueError:
            continue
        require_date(local.date())
        return local.astimezone(UTC)
    raise ValueError(f"date '{text}' is not YYYY-MM-DD or YYYY-MM-DD HH:MM")


def _write(
    conn: Connection,
    uow: UnitOfWork,
    parsed: list[_Order],
    zone: tzinfo,
    progress: Callable[[int, int], bool] | None,
) -> ImportResult:
    if conn.dialect.name == "postgresql":
        # Order ids are given here (max + 1): no till may add an order until this import commits.
        conn.exec_driver_sql("LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE")
    keys = [KEY_PREFIX + o.ref for o in parsed]
    done_before = set()
    for chunk in lookups.in_batches(keys):
        done_before |= set(
            conn.scalars(select(Order.idempotency_key).where(Order.idempotency_key.in_(chunk)))
        )
    todo = [o for o in parsed if KEY_PREFIX + o.ref not in done_before]
    products, customers = _catalogue(conn, todo)
    shelf_includes_tax = prices_include_tax(conn)
    location_id = int(conn.scalar(select(Location.id).where(Location.code == lookups.DEFAULT_LOCATION)) or 0)
    pids = sorted({p.id for p in products.values()})
    ensure_levels(conn, pids, location_id)
    rows = RowWriter(conn)
    ledger = BulkLedger(
        rows, location_id, lookups.DEFAULT_LOCATION, load_bulk_levels(conn, location_id, pids), user=uow.user
    )
    next_id = int(conn.scalar(select(func.coalesce(func.max(Order.id), 0))) or 0) + 1
    writer = BulkOrderWriter(rows, ledger, next_id, user=uow.user, zone=zone)
    numbers = _numbers(conn, todo, zone)
    problems: list[str] = []
    session = Session(bind=conn)
    owed_here: dict[int, int] = defaultdict(int)  # what this file's orders put on each account so far
    for i, o in enumerate(todo, start=1):
        customer = customers.get(o.customer_code) if o.customer_code else None
        lines = []
        for ln in o.lines:
            try:
                lines.append(
                    sale_line(
                        products[ln.sku],
                        ln.quantity,
                        ln.unit_price,
                        ln.discount,
                        bool(customer and customer.wholesale),
                        shelf_includes_tax and not (customer and customer.wholesale),
                    )
                )
            except ValidationError as exc:
                problems.append(f"line {ln.line_no}: {exc}")
        story = [Event(Action.CREATE, o.created_at), Event(Action.CONFIRM, o.created_at)]
        if o.method is not None:
            story.append(Event(Action.PAY, o.created_at, (BulkPayment(o.method, order_total(lines)),)))
        order = BulkOrder(
            number=numbers[i - 1],
            channel=o.channel,
            customer_id=customer.id if customer else None,
            lines=lines,
            story=story,
            bill_to=customer.address_for(billing=True) if customer else "",
            ship_to=customer.address_for(billing=False) if customer else "",
            notes=o.notes,
            idempotency_key=KEY_PREFIX + o.ref,
            source=f"imported from CSV (ref {o.ref})",
        )
        try:
            if customer is not None:  # confirmed: its goods must be able to go somewhere
                require_for_new_order(o.channel, order.ship_to, customer.name)
            if customer is not None and o.method is None:  # unpaid: on account, within the credit limit
                unpaid = order_total(lines)
                credit_control.require_credit(
                    session,
                    uow,
                    customer,
                    order.number,
                    unpaid,
                    goods_leave=False,
                    also_owed=owed_here[customer.id],
                )
                owed_here[customer.id] += unpaid
            writer.add(order)
        except DomainError as exc:
            problems.append(f"line {o.first_line}: order {o.ref}: {exc}")
        if progress is not None and i % 500 == 0 and not progress(i, len(todo)):
            raise DomainError("Import cancelled; nothing was imported")
    if problems:
        raise ImportRefused(problems)
    writer.flush()
    if progress is not None:
        progress(len(todo), len(todo))
    return ImportResult(len(todo), len(parsed) - len(todo), sum(len(o.lines) for o in todo), numbers)


def _catalogue(conn: Connection, orders: Iterable[_Order]) -> tuple[dict[str, Product], dict[str, Customer]]:
    codes = sorted({ln.sku for o in orders for ln in o.lines})
    wanted_customers = sorted({o.customer_code for o in orders if o.customer_code})
    session = Session(bind=conn)
    products: dict[str, Product] = {}
    for chunk in lookups.in_batches(codes):
        for p in session.scalars(
            select(Product).where((Product.sku.in_(chunk)) | (Product.barcode.in_(chunk)))
        ):
            products[p.sku] = p
            if p.barcode:
                products[p.barcode] = p
    customers: dict[str, Customer] = {}
    for chunk in lookups.in_batches(wanted_customers):
        customers.update(
            {c.code: c for c in session.scalars(select(Customer).where(Customer.code.in_(chunk)))}
        )
    problems = []
    for o in orders:
        for ln in o.lines:
            if ln.sku not in products:
                problems.append(f"line {ln.line_no}: unknown SKU or barcode {ln.sku}")
            elif not products[ln.sku].active:
                problems.append(f"line {ln.line_no}: {ln.sku} is no longer sold (inactive)")
        if o.customer_code and o.customer_code not in customers:
            problems.append(f"line {o.first_line}: unknown customer {o.customer_code}")
        elif o.customer_code and customers[o.customer_code].merged_into_id is not None:
            try:  # merged into another customer: the one lookup's refusal names it
                lookups.customer_by_code(session, o.customer_code)
            except DomainError as exc:
                problems.append(f"line {o.first_line}: {exc}")
    if problems:
        raise ImportRefused(problems)
    return products, customers


def _numbers(conn: Connection, orders: list[_Order], zone: tzinfo) -> list[str]:
    years = [o.created_at.astimezone(zone).year for o in orders]  # the shop's calendar year
    per_year: dict[int, int] = {}
    for year in years:
        per_year[year] = per_year.get(year, 0) + 1
    first = {year: reserve_block(conn, ORDER_PREFIX, year, n) for year, n in sorted(per_year.items())}
    result = []
    for year in years:
        result.append(format_number(ORDER_PREFIX, year, first[year]))
        first[year] += 1
    return result
