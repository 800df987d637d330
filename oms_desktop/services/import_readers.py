"""Each layout's rows read into the neutral records (services/import_records.py), line by line.

The readers know a format's habits — Shopify's continuation rows of a multi-line order, WooCommerce's one
row per line item, the statuses each uses — and say them as our stages, payments and amounts; they never
touch the database. What each status becomes is written down in docs/import-formats.md. A line that cannot
be read is a `Problem` with its line number; an order any of whose lines is refused is refused whole.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from oms_desktop.domain import Channel, PaymentMethod, PriceTier
from oms_desktop.domain.customer import address_block
from oms_desktop.domain.errors import DomainError, ValidationError
from oms_desktop.domain.money import parse_rate
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.import_layouts import Columns, Format, Kind
from oms_desktop.services.import_records import (
    ALL,
    CountIn,
    CustomerIn,
    LineIn,
    OrderIn,
    Problem,
    ProductIn,
    Read,
    Row,
    Stage,
    has_cjk,
    joined,
    method_of_gateway,
)
from oms_desktop.services.import_source import Table

REF_MOST = 60  # an idempotency key holds 64 characters: the prefix and the reference
NOT_IMPORTED = (PaymentMethod.STORE_CREDIT, PaymentMethod.EXCHANGE)  # the shop's own ledgers


def read(kind: Kind, fmt: Format, table: Table, columns: Columns, zone: tzinfo) -> Read:
    """The records of `table` read as `kind` in `fmt` (its columns resolved)."""
    reader = READERS[(kind, fmt)]
    problems: list[Problem] = []
    width = len(table.header)
    rows = []
    for line, cells in table.rows:
        row = Row(line, cells, columns)
        if len(cells) != width and table.encoding != "xlsx":
            problems.append(
                Problem(line, ValidationError("import_fields_count", count=len(cells), expected=width))
            )
            row.broken = True  # still grouped with its order, which is then refused whole
        rows.append(row)
    records = reader(rows, zone, problems)
    return Read(records, problems, len(table.rows))


# --- orders: rows grouped into orders ----------------------------------------------------------------------


@dataclass
class _Group:
    ref: str
    rows: list[Row]
    values: dict[str, str]  # the order's fields: the first value given on any of its rows


def _groups(
    rows: Sequence[Row], ref_field: str, order_fields: Sequence[str], problems: list[Problem]
) -> list[_Group]:
    """Rows with the same reference form one order, in the order they first appear; an order field given
    differently on two of its rows is a problem of the later row."""
    groups: dict[str, _Group] = {}
    first_line: dict[tuple[str, str], int] = {}
    for row in rows:
        try:
            ref = row.text(ref_field, REF_MOST, required=True)
        except ValidationError as exc:
            if not row.broken:
                problems.append(Problem(row.line, exc))
            continue
        group = groups.setdefault(ref, _Group(ref, [], {}))
        group.rows.append(row)
        if row.broken:
            continue
        for name in order_fields:
            value = row.get(name)
            if not value:
                continue
            known = group.values.setdefault(name, value)
            first_line.setdefault((ref, name), row.line)
            if known != value:
                problems.append(
                    Problem(
                        row.line,
                        ValidationError(
                            "import_order_differs",
                            ref=ref,
                            column=row.col(name),
                            first=first_line[(ref, name)],
                        ),
                    )
                )
    return list(groups.values())


class _OrderRow(Row):
    """An order's fields as its rows give them together (Shopify leaves them empty on continuation rows)."""

    __slots__ = ("ref", "values")

    def __init__(self, group: _Group) -> None:
        first = group.rows[0]
        super().__init__(first.line, first.cells, first.columns)
        self.ref = group.ref
        self.values = group.values

    def get(self, name: str) -> str:
        return self.values.get(name, "")


def _orders(
    rows: Sequence[Row],
    problems: list[Problem],
    ref_field: str,
    order_fields: Sequence[str],
    build: Callable[[_OrderRow, list[LineIn]], OrderIn],
    line_of: Callable[[Row], LineIn],
) -> list[object]:
    """The orders of the rows; an order with any line refused is refused whole (none of it goes in)."""
    groups = _groups(rows, ref_field, order_fields, problems)
    bad_lines = {p.line for p in problems}
    found: list[object] = []
    for group in groups:
        bad = any(row.broken or row.line in bad_lines for row in group.rows)
        lines: list[LineIn] = []
        for row in group.rows:
            if row.broken:
                continue
            try:
                lines.append(line_of(row))
            except (ValidationError, ValueError) as exc:
                problems.append(Problem(row.line, _as_error(exc)))
                bad = True
        head = _OrderRow(group)
        try:
            order = build(head, lines)
        except (ValidationError, ValueError) as exc:
            problems.append(Problem(head.line, _as_error(exc)))
            continue
        if not bad:
            found.append(order)
    return found


def _as_error(exc: Exception) -> DomainError:
    return exc if isinstance(exc, DomainError) else ValidationError(str(exc))


# --- ours ------------------------------------------------------------------------------------------------

OMS_ORDER_FIELDS = (
    "date",
    "channel",
    "customer_code",
    "payment_method",
    "notes",
    "status",
    "carrier",
    "tracking",
)
OMS_STAGES = {
    "draft": Stage.DRAFT,
    "confirmed": Stage.CONFIRMED,
    "shipped": Stage.SHIPPED,
    "cancelled": Stage.CANCELLED,
}


def _oms_orders(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    def line_of(row: Row) -> LineIn:
        sku = row.text("sku", 64, required=True)
        quantity = row.quantity("quantity")
        return LineIn(row.line, sku, quantity, row.amount("unit_price"), row.money("discount"))

    def build(head: _OrderRow, lines: list[LineIn]) -> OrderIn:
        channel = Channel(head.choice("channel", [c.value for c in Channel], Channel.ONLINE.value))
        methods = [m.value for m in PaymentMethod if m not in NOT_IMPORTED]
        method_text = head.get("payment_method")
        method = PaymentMethod(head.choice("payment_method", methods)) if method_text else None
        customer = head.text("customer_code", 32)
        if channel is not Channel.COUNTER and not customer:
            raise ValidationError(
                "import_needs_customer", channel=channel.value, column=head.col("customer_code")
            )
        stage = OMS_STAGES[head.choice("status", list(OMS_STAGES), Stage.CONFIRMED.value)]
        created = head.when("date", zone)
        return OrderIn(
            ref=head.ref,
            key=f"csv:{head.ref}",
            source=f"imported from CSV (ref {head.ref})",
            line=head.line,
            created_at=created,
            channel=channel,
            customer_code=customer,
            lines=lines,
            stage=stage,
            method=method,
            paid=ALL if method is not None else None,
            carrier=head.text("carrier", 64),
            tracking=head.text("tracking", 64),
            notes=head.text("notes", 2000),
        )

    return _orders(rows, problems, "order_ref", OMS_ORDER_FIELDS, build, line_of)


# --- the web shops' money: the file's sums decide whether its prices include tax -----------------------------


def _money_rule(
    order: OrderIn, gross: Decimal, line_discounts: Decimal, taxes: Decimal, total: Decimal | None
) -> None:
    """Set how the order's amounts are read, from what they add up to: the lines less their discounts
    and the order's, plus shipping, plus the taxes (prices before tax), or without the taxes (prices that
    include them, or no tax). An order discount already taken off the prices is not taken again. The file's
    total is then checked against the shop's own sums when the order is written."""
    if total is None:
        return
    after = gross - line_discounts
    for discount_taken, included in ((True, False), (True, True), (False, False), (False, True)):
        net = after - (order.order_discount if discount_taken else Decimal("0")) + order.shipping
        if (not included and taxes and net + taxes == total) or (included and net == total):
            if not discount_taken:
                order.order_discount = Decimal("0")
            order.tax_included = included
            order.expected_total = total
            return
    raise ValidationError(
        "import_amounts_disagree",
        ref=order.ref,
        lines=gross - line_discounts,
        discount=order.order_discount,
        shipping=order.shipping,
        taxes=taxes,
        total=total,
    )


def _line_gross(lines: Sequence[LineIn]) -> Decimal:
    cent = Decimal("0.01")
    return sum(
        (
            (Decimal(ln.quantity) * (ln.unit_price or 0)).quantize(cent, rounding=ROUND_HALF_UP)
            for ln in lines
        ),
        Decimal("0"),
    )


def _place(address1: str, address2: str, city: str, province: str, postcode: str, country: str) -> str:
    """One address line: "12 High St, Flat 2, Leeds, West Yorkshire LS1 4AP, GB"; written in Chinese, the
    Chinese way: "上海市浦东新区人民路1号 200120"."""
    if has_cjk(address1 + address2 + city + province):
        head = joined(province, city if city != province else "", address1, address2, cjk_order=True)
        return " ".join(part for part in (head, postcode) if part)
    return joined(address1, address2, city, " ".join(p for p in (province, postcode) if p), country)


def _person(first: str, last: str) -> str:
    """A name from its parts: 张伟 (family name first, no space) or Emma Watson."""
    if has_cjk(first + last):
        return f"{last}{first}".strip()
    return " ".join(p for p in (first, last) if p)


def _when_after(at: datetime | None, created: datetime | None) -> datetime | None:
    """An action's time, never before the order was taken."""
    if at is None or created is None:
        return at or created
    return max(at, created)


def _contact_and_blocks(
    order: OrderIn,
    bill_name: str,
    bill_place: str,
    bill_phone: str,
    ship_name: str,
    ship_place: str,
    ship_phone: str,
    email: str,
    company: str,
) -> None:
    name = bill_name or ship_name or company or email
    phone = bill_phone or ship_phone
    if not (name or phone):
        raise ValidationError("import_no_customer", ref=order.ref)
    order.contact = CustomerInput(
        name=name[:200],
        phone=phone[:40],
        email=email[:200] if "@" in email else "",
        billing_address=bill_place or ship_place,
        shipping_address=ship_place or bill_place,
    )
    if ship_place or ship_name:
        order.ship_to = address_block(ship_name or name, ship_place or bill_place, ship_phone or phone)
    if bill_place or bill_name:
        order.bill_to = address_block(bill_name or name, bill_place, bill_phone or phone)


def _web_line(row: Row) -> LineIn:
    sku = row.text("sku", 64, required=True)
    quantity = row.quantity("quantity")
    price = row.amount("price")
    if price is None:
        raise ValidationError("import_value_missing", column=row.col("price"))
    return LineIn(
        row.line,
        sku,
        quantity,
        price,
        row.money("line_discount") if row.has("line_discount") else Decimal("0"),
        row.get("item_name")[:200],
    )


# --- Shopify ---------------------------------------------------------------------------------------------

SHOPIFY_ORDER_FIELDS = (
    "email",
    "financial_status",
    "paid_at",
    "fulfillment_status",
    "fulfilled_at",
    "shipping",
    "taxes",
    "total",
    "discount",
    "shipping_method",
    "created_at",
    *(
        f"{p}_{part}"
        for p in ("billing", "shipping")
        for part in ("name", "address1", "address2", "company", "city", "zip", "province", "country", "phone")
    ),
    "notes",
    "cancelled_at",
    "payment_method",
    "refunded_amount",
    "outstanding",
    "phone",
)
# Shopify's financial status: (paid, refunded, cancelled); "part" asks the file how much.
SHOPIFY_FINANCIAL = {
    "paid": ("all", None, False),
    "partially_paid": ("part", None, False),
    "pending": (None, None, False),
    "authorized": (None, None, False),
    "unpaid": (None, None, False),
    "refunded": ("all", "all", True),
    "partially_refunded": ("all", "part", False),
    "voided": (None, None, True),
    "expired": (None, None, True),
}
SHOPIFY_FULFILMENT = {"fulfilled": True, "unfulfilled": False, "restocked": False, "partial": None}


def _shopify_orders(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    def build(head: _OrderRow, lines: list[LineIn]) -> OrderIn:
        ref = head.ref
        created = head.when("created_at", zone)
        if created is None:
            raise ValidationError("import_value_missing", column=head.col("created_at"))
        financial = head.choice("financial_status", list(SHOPIFY_FINANCIAL), "pending")
        fulfilment = head.choice("fulfillment_status", list(SHOPIFY_FULFILMENT), "unfulfilled")
        paid, refunded, cancelled = SHOPIFY_FINANCIAL[financial]
        shipped = SHOPIFY_FULFILMENT[fulfilment]
        if shipped is None:
            raise ValidationError("import_partly_fulfilled", ref=ref)
        cancelled_at = head.when("cancelled_at", zone)
        if shipped and refunded is not None:
            raise ValidationError("import_refunded_after_shipping", ref=ref)
        order = OrderIn(
            ref=ref,
            key=f"shopify:{ref}",
            source=f"imported from Shopify ({ref})",
            line=head.line,
            created_at=created,
            lines=lines,
            stage=Stage.CANCELLED
            if cancelled or cancelled_at is not None
            else Stage.SHIPPED
            if shipped
            else Stage.CONFIRMED,
            notes=head.text("notes", 2000),
            carrier=head.text("shipping_method", 64),
        )
        order.shipping = head.money("shipping")
        order.order_discount = head.money("discount")
        line_discounts = sum((ln.discount for ln in lines), Decimal("0"))
        order.order_discount = max(Decimal("0"), order.order_discount - line_discounts)
        total = head.amount("total")
        _money_rule(order, _line_gross(lines), line_discounts, head.money("taxes"), total)
        if paid is not None:
            order.method = method_of_gateway(head.get("payment_method"))
            order.paid_at = _when_after(head.when("paid_at", zone), created)
            if paid == "part":
                outstanding = head.amount("outstanding")
                if outstanding is None or total is None or outstanding >= total:
                    raise ValidationError(
                        "import_partial_needs_amount", ref=ref, column=head.col("outstanding")
                    )
                order.paid = total - outstanding
            else:
                order.paid = ALL
        if refunded is not None:
            amount = head.amount("refunded_amount")
            if refunded == "part" and not amount:
                raise ValidationError(
                    "import_refund_needs_amount", ref=ref, column=head.col("refunded_amount")
                )
            order.refunded = amount if amount and (refunded == "part" or amount != total) else ALL
        order.shipped_at = _when_after(head.when("fulfilled_at", zone), order.paid_at or created)
        order.cancelled_at = _when_after(cancelled_at, order.paid_at or created)
        bill = [
            head.get(f"billing_{p}") for p in ("address1", "address2", "city", "province", "zip", "country")
        ]
        ship = [
            head.get(f"shipping_{p}") for p in ("address1", "address2", "city", "province", "zip", "country")
        ]
        _contact_and_blocks(
            order,
            head.get("billing_name"),
            _place(bill[0], bill[1], bill[2], bill[3], bill[4], bill[5]),
            head.get("billing_phone") or head.get("phone"),
            head.get("shipping_name"),
            _place(ship[0], ship[1], ship[2], ship[3], ship[4], ship[5]),
            head.get("shipping_phone") or head.get("phone"),
            head.get("email"),
            head.get("billing_company") or head.get("shipping_company"),
        )
        return order

    return _orders(rows, problems, "ref", SHOPIFY_ORDER_FIELDS, build, _web_line)


# --- WooCommerce -----------------------------------------------------------------------------------------

WOO_ORDER_FIELDS = (
    "created_at",
    "status",
    *(
        f"{p}_{part}"
        for p in ("billing", "shipping")
        for part in (
            "first_name",
            "last_name",
            "company",
            "address1",
            "address2",
            "city",
            "state",
            "postcode",
            "country",
            "phone",
        )
    ),
    "email",
    "payment_method",
    "paid_at",
    "completed_at",
    "shipping",
    "discount",
    "taxes",
    "total",
    "refunded_amount",
    "notes",
    "shipping_method",
)
# WooCommerce's order statuses: (stage, paid, refunded).
WOO_STATUS = {
    "pending": (Stage.DRAFT, False, False),
    "pending-payment": (Stage.DRAFT, False, False),
    "checkout-draft": (Stage.DRAFT, False, False),
    "draft": (Stage.DRAFT, False, False),
    "on-hold": (Stage.CONFIRMED, False, False),
    "processing": (Stage.CONFIRMED, True, False),
    "completed": (Stage.SHIPPED, True, False),
    "cancelled": (Stage.CANCELLED, False, False),
    "failed": (Stage.CANCELLED, False, False),
    "refunded": (Stage.CANCELLED, True, True),
}


def _woo_orders(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    def build(head: _OrderRow, lines: list[LineIn]) -> OrderIn:
        ref = head.ref
        created = head.when("created_at", zone)
        if created is None:
            raise ValidationError("import_value_missing", column=head.col("created_at"))
        status_text = head.get("status").casefold().strip().removeprefix("wc-").replace(" ", "-")
        if status_text not in WOO_STATUS:
            raise ValidationError(
                "import_choice_invalid",
                column=head.col("status"),
                value=head.get("status")[:40],
                choices=", ".join(s for s in WOO_STATUS if s not in ("pending-payment", "draft")),
            )
        stage, paid, refunded = WOO_STATUS[status_text]
        order = OrderIn(
            ref=ref,
            key=f"woocommerce:{ref}",
            source=f"imported from WooCommerce (order {ref})",
            line=head.line,
            created_at=created,
            lines=lines,
            stage=stage,
            notes=head.text("notes", 2000),
            carrier=head.text("shipping_method", 64),
        )
        order.shipping = head.money("shipping")
        order.order_discount = head.money("discount")
        total = head.amount("total")
        _money_rule(order, _line_gross(lines), Decimal("0"), head.money("taxes"), total)
        if paid:
            order.method = method_of_gateway(head.get("payment_method"))
            order.paid = ALL
            order.paid_at = _when_after(head.when("paid_at", zone), created)
        if refunded:
            amount = head.amount("refunded_amount")
            order.refunded = amount if amount and amount != total else ALL
        done_at = _when_after(head.when("completed_at", zone), order.paid_at or created)
        order.shipped_at = done_at
        order.cancelled_at = done_at
        parts = ("address1", "address2", "city", "state", "postcode", "country")
        bill = [head.get(f"billing_{p}") for p in parts]
        ship = [head.get(f"shipping_{p}") for p in parts]
        _contact_and_blocks(
            order,
            _person(head.get("billing_first_name"), head.get("billing_last_name")),
            _place(bill[0], bill[1], bill[2], bill[3], bill[4], bill[5]),
            head.get("billing_phone"),
            _person(head.get("shipping_first_name"), head.get("shipping_last_name")),
            _place(ship[0], ship[1], ship[2], ship[3], ship[4], ship[5]),
            head.get("shipping_phone"),
            head.get("email"),
            head.get("billing_company") or head.get("shipping_company"),
        )
        return order

    return _orders(rows, problems, "ref", WOO_ORDER_FIELDS, build, _web_line)


# --- products --------------------------------------------------------------------------------------------


def _oms_products(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    found: list[object] = []
    for row in rows:
        try:
            found.append(
                ProductIn(
                    line=row.line,
                    sku=row.text("sku", 64, required=True),
                    name=row.text("name", 200),
                    price=row.amount("price"),
                    barcode=row.text("barcode", 32) if row.has("barcode") else None,
                    unit=row.text("unit", 16) or None,
                    decimals=int(row.choice("decimals", ["0", "1", "2", "3"]))
                    if row.get("decimals")
                    else None,
                    cost=row.amount("cost"),
                    tax_rate_bp=_rate(row, "tax_rate"),
                    wholesale_price=row.amount("wholesale_price"),
                    reorder_point=row.count("reorder_point") if row.get("reorder_point") else None,
                    active=row.flag("active", True) if row.get("active") else None,
                    allow_backorder=row.flag("allow_backorder", False)
                    if row.get("allow_backorder")
                    else None,
                    notes=row.text("notes", 2000) if row.has("notes") else None,
                    on_hand=row.count("on_hand") if row.get("on_hand") else None,
                )
            )
        except (ValidationError, ValueError) as exc:
            problems.append(Problem(row.line, _as_error(exc)))
    return found


def _rate(row: Row, name: str) -> int | None:
    text = row.get(name).removesuffix("%").strip()
    if not text:
        return None
    try:
        return parse_rate(text)
    except ValueError:
        raise ValidationError("import_rate_invalid", column=row.col(name), value=row.get(name)[:30]) from None


def _shopify_products(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    """One product per variant with a SKU; a handle's first row names the product, its other rows are
    variants (their options name them) or images (no SKU, no price: nothing to read)."""
    found: list[object] = []
    titles: dict[str, tuple[str, str]] = {}  # handle -> (title, status)
    for row in rows:
        try:
            handle = row.text("handle", 255, required=True)
            title, status = titles.setdefault(handle, (row.get("title"), row.get("status").casefold()))
            if not row.get("sku"):
                if row.get("price"):
                    raise ValidationError("import_variant_without_sku", handle=handle, column=row.col("sku"))
                continue
            options = [row.get(f"option{i}") for i in (1, 2, 3)]
            named = " / ".join(o for o in options if o and o != "Default Title")
            name = f"{title or handle} - {named}" if named else (title or handle)
            taxable = row.flag("taxable", True) if row.get("taxable") else None
            found.append(
                ProductIn(
                    line=row.line,
                    sku=row.text("sku", 64, required=True),
                    name=name[:200],
                    price=row.amount("price"),
                    barcode=row.text("barcode", 32) if row.get("barcode") else None,
                    cost=row.amount("cost"),
                    tax_rate_bp=0 if taxable is False else None,
                    active=None if not status else status == "active",
                    on_hand=row.count("on_hand") if row.get("on_hand") else None,
                )
            )
        except (ValidationError, ValueError) as exc:
            problems.append(Problem(row.line, _as_error(exc)))
    return found


# --- customers and stock counts ----------------------------------------------------------------------------


def _oms_customers(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    found: list[object] = []
    for row in rows:
        try:
            code = row.text("code", 32)
            phone, email = row.text("phone", 40), row.text("email", 200)
            if not (code or phone or email):
                raise ValidationError("import_customer_not_findable")
            terms = row.get("payment_terms_days")
            found.append(
                CustomerIn(
                    line=row.line,
                    code=code,
                    name=row.text("name", 200, required=True),
                    phone=phone,
                    email=email,
                    billing_address=row.text("billing_address", 500),
                    shipping_address=row.text("shipping_address", 500),
                    price_tier=row.choice("price_tier", [t.value for t in PriceTier])
                    if row.get("price_tier")
                    else None,
                    credit_limit=row.amount("credit_limit"),
                    payment_terms_days=int(row.count("payment_terms_days")) if terms else None,
                    notes=row.text("notes", 2000) if row.has("notes") else None,
                )
            )
        except (ValidationError, ValueError) as exc:
            problems.append(Problem(row.line, _as_error(exc)))
    return found


def _oms_stock(rows: Sequence[Row], zone: tzinfo, problems: list[Problem]) -> list[object]:
    found: list[object] = []
    for row in rows:
        try:
            found.append(
                CountIn(
                    line=row.line,
                    sku=row.text("sku", 64, required=True),
                    on_hand=row.count("on_hand"),
                    location=row.text("location", 16).upper() or None,
                )
            )
        except (ValidationError, ValueError) as exc:
            problems.append(Problem(row.line, _as_error(exc)))
    return found


READERS: dict[tuple[Kind, Format], Callable[[Sequence[Row], tzinfo, list[Problem]], list[object]]] = {
    (Kind.ORDERS, Format.OMS): _oms_orders,
    (Kind.ORDERS, Format.SHOPIFY): _shopify_orders,
    (Kind.ORDERS, Format.WOOCOMMERCE): _woo_orders,
    (Kind.PRODUCTS, Format.OMS): _oms_products,
    (Kind.PRODUCTS, Format.SHOPIFY): _shopify_products,
    (Kind.CUSTOMERS, Format.OMS): _oms_customers,
    (Kind.STOCK, Format.OMS): _oms_stock,
}
