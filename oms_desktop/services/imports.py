"""Importing orders, products, customers and stock counts from a file: every row checked, then all written
in one transaction — or, with `skip_bad_rows`, the good ones, the bad ones listed by line.

A file (CSV in any common encoding, or an Excel .xlsx: services/import_source.py) is read in a layout
(ours, Shopify's, WooCommerce's: services/import_layouts.py, detected from the header unless given, a
mapping overriding its columns) into neutral records (services/import_readers.py). One writer per kind then
applies the shop's rules, the same as if the data had been typed in:

- orders go through the one writer of new orders (services/bulk_orders.py): each order is told as its
  story — created, confirmed, paid, refunded, shipped, cancelled, as the file's statuses say — and every
  action runs through the workflow table (domain/order_workflow.ORDERS), its stock effects on the ledger
  (reserved when confirmed, out when shipped), its payments through the payment rules. Lines are priced by
  services/sale_lines.py at the file's prices (our price tiers when ours has none), with this shop's tax
  rates; a web shop's total is checked to the cent against ours. A confirmed order must have a ship-to a
  parcel can go to (domain/ship_to.py) and keep within the customer's credit limit (services/credit_control.py);
  a web shop's customer is found by phone or e-mail, or added (services/customers.find_or_add). Each order
  is kept under its other system's reference (`orders.idempotency_key`: "shopify:#1001"), so that the
  same file imported again adds nothing.
- products, customers and stock counts go through services/catalogue.py, services/customers.py and
  services/inventory.py, one savepoint per row; a quantity on hand is a count: the difference to the books
  is booked as an adjustment through the ledger, so importing it again books nothing.

A dry run does all of it in a transaction that is rolled back, and says what would have happened.
docs/import-formats.md writes each layout's rules down.
"""

import io
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from oms_desktop.db.engine import WRITE_OPTION
from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import SIGN_IN_CHECKED, UnitOfWork
from oms_desktop.domain import Customer, Location, Order, PriceTier, Product, StockLevel
from oms_desktop.domain.barcode import normalise_barcode
from oms_desktop.domain.errors import Conflict, DomainError, NotAllowed, ValidationError
from oms_desktop.domain.money import from_minor, parse_rate, to_minor
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.pricing import spread
from oms_desktop.domain.quantity import from_units, to_units
from oms_desktop.domain.sequence import ORDER_PREFIX, format_number
from oms_desktop.domain.ship_to import require_for_new_order
from oms_desktop.services import (
    access,
    catalogue,
    credit_control,
    customer_duplicates,
    customers,
    inventory,
    lookups,
)
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.bulk_orders import (
    BulkLine,
    BulkOrder,
    BulkOrderWriter,
    BulkPayment,
    Event,
    bulk_price,
    order_status,
    order_total,
)
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.import_layouts import (
    Columns,
    Format,
    Kind,
    Layout,
    detect,
    layout_of,
    resolve,
)
from oms_desktop.services.import_readers import read
from oms_desktop.services.import_records import (
    ALL,
    CountIn,
    CustomerIn,
    OrderIn,
    Problem,
    ProductIn,
    Stage,
)
from oms_desktop.services.import_source import Refused, Table, read_file, read_text
from oms_desktop.services.numbering import reserve_block
from oms_desktop.services.periods import local_zone
from oms_desktop.services.sale_lines import sale_line
from oms_desktop.services.settings import prices_include_tax
from oms_desktop.services.stock_ledger import BulkLedger, ensure_levels, load_bulk_levels

MAX_ERRORS = 20  # refused lines a refusal lists; the rest are counted
PROGRESS_EVERY = 500
SHIPPING_SKU = "SHIPPING"
SHIPPING_NAMES = {"en": "Shipping", "zh_CN": "运费"}
T = TypeVar("T")


class ImportRefused(ValidationError):
    """The file was not imported; `rows` names each bad line (`problems`: the same as text)."""

    def __init__(self, rows: list[Problem]) -> None:
        rows = sorted(rows, key=lambda p: p.line)
        problems = [str(p) for p in rows]
        shown = problems[:MAX_ERRORS]
        more = f"\n... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        super().__init__("Nothing was imported:\n" + "\n".join(shown) + more)
        self.rows = rows
        self.problems = problems


@dataclass(frozen=True)
class ImportOptions:
    kind: Kind = Kind.ORDERS
    format: Format | None = None  # None: detected from the header
    mapping: Mapping[str, str] | None = None  # our field -> their column
    dry_run: bool = False
    skip_bad_rows: bool = False
    file_name: str = ""  # what the stock adjustments' reason names; the file's own name when empty


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, dry, would do)."""

    kind: str
    format: str
    layout: str  # its title: "Shopify orders export"
    file: str
    encoding: str
    dry_run: bool
    skip_bad_rows: bool
    rows: int  # data rows read
    found: int  # records read from them: orders, products, customers, counts (not the refused ones)
    added: int = 0
    updated: int = 0
    unchanged: int = 0  # imported before (orders), or the same as in the shop already
    problems: tuple[Problem, ...] = ()
    numbers: tuple[str, ...] = ()  # the orders' numbers
    refs: tuple[str, ...] = ()  # the other system's reference of each (the same order as numbers)
    statuses: Mapping[str, int] = field(default_factory=dict)
    lines: int = 0  # order lines written
    total: Decimal = Decimal("0")
    paid: Decimal = Decimal("0")
    customers_added: int = 0
    stock_adjusted: int = 0

    @property
    def refused_whole(self) -> bool:
        """Problems that refuse the whole file (all or nothing): nothing is (or would be) written."""
        return bool(self.problems) and not self.skip_bad_rows

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.refused_whole and bool(self.added or self.updated)


@dataclass(frozen=True)
class ImportResult:
    """The orders CSV import's answer as it always was (import_orders_csv)."""

    imported: int
    skipped: int  # refs imported before
    lines: int
    numbers: list[str]


class _RolledBack(Exception):
    """Leaves the import's transaction without committing (a dry run, or problems refusing the file)."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("rolled back")
        self.report = report


# --- reading ---------------------------------------------------------------------------------------------


def read_source(source: Path | str | io.TextIOBase) -> Table:
    """The table of a file (a path) or of CSV text (a stream); a file that cannot be read is refused by
    line."""
    try:
        if isinstance(source, str | Path):
            return read_file(Path(source))
        return read_text(source.read())
    except Refused as exc:
        raise ImportRefused([Problem(exc.line, exc)]) from None


def layout_for(table: Table, kind: Kind, fmt: Format | None) -> Layout:
    return layout_of(kind, fmt) if fmt is not None else detect(kind, table.header)


def columns_for(table: Table, layout: Layout, mapping: Mapping[str, str] | None) -> Columns:
    """The file's columns in the layout; a header problem refuses the whole file, whatever the options."""
    resolved = resolve(layout, table.header, mapping)
    if resolved.problems:
        raise ImportRefused([Problem(table.header_line, p) for p in resolved.problems])
    return resolved.columns


# --- the entry points --------------------------------------------------------------------------------------


def import_file(
    uow: UnitOfWork,
    source: Path | str | io.TextIOBase | Table,
    options: ImportOptions,
    *,
    zone: tzinfo | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Outcome[ImportReport]:
    """Import `source` as `options` say. All or nothing: any problem raises ImportRefused and nothing is
    written, unless `skip_bad_rows` (the good records go in, the report lists the rest) or `dry_run` (the
    report says what would happen; nothing is ever written)."""
    uow.require_sound()
    table = source if isinstance(source, Table) else read_source(source)
    layout = layout_for(table, options.kind, options.format)
    columns = columns_for(table, layout, options.mapping)
    shop_zone = zone or uow.zone or local_zone()
    found = read(layout.kind, layout.format, table, columns, shop_zone)
    if not found.records and not found.problems:
        raise ImportRefused([Problem(0, ValidationError("import_no_records"))])
    base = ImportReport(
        kind=layout.kind.value,
        format=layout.format.value,
        layout=layout.title,
        file=table.name or options.file_name,
        encoding=table.encoding,
        dry_run=options.dry_run,
        skip_bad_rows=options.skip_bad_rows,
        rows=found.rows,
        found=len(found.records),
        problems=tuple(found.problems),
    )
    writer = _WRITERS[layout.kind]
    try:
        report = writer(uow, found.records, base, options, shop_zone, progress)
    except _RolledBack as back:
        report = back.report
        if not report.dry_run:
            raise ImportRefused(list(report.problems)) from None
    changes = _CHANGES[layout.kind] if report.written else Changes()
    return Outcome(report, changes)


def import_orders_csv(
    uow: UnitOfWork,
    source: Path | str | io.TextIOBase,
    *,
    zone: tzinfo | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Outcome[ImportResult]:
    """Orders in our own CSV layout, all or nothing (what `order import` has always done)."""
    out = import_file(uow, source, ImportOptions(Kind.ORDERS, Format.OMS), zone=zone, progress=progress)
    r = out.value
    return Outcome(ImportResult(r.added, r.unchanged, r.lines, list(r.numbers)), out.changes)


@dataclass(frozen=True)
class ImportPreview:
    """What a file looks like to the import before anything is checked against the shop (the wizard's
    second page): its layout, each field's column, its first rows, and the problems reading it finds."""

    file: str
    encoding: str
    kind: str
    format: str
    layout: str
    detected: bool  # the layout was found from the header (not chosen)
    header: tuple[str, ...]
    fields: tuple[tuple[str, bool], ...]  # the layout's fields, and whether each is required
    columns: Mapping[str, str]  # field -> the column it is read from
    ignored: tuple[str, ...]  # the file's columns no field reads
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # the first rows, with their line numbers
    total_rows: int
    records: int  # what the rows read as (orders, products...), the refused ones left out
    problems: tuple[Problem, ...]


def preview(
    source: Path | str | Table,
    kind: Kind,
    fmt: Format | None = None,
    mapping: Mapping[str, str] | None = None,
    *,
    zone: tzinfo | None = None,
    rows: int = 50,
) -> ImportPreview:
    """Read the file as the import would, without the shop: a file that cannot be read is refused
    (ImportRefused); a header or row problem is listed."""
    table = source if isinstance(source, Table) else read_source(source)
    layout = layout_for(table, kind, fmt)
    resolved = resolve(layout, table.header, mapping)
    problems = [Problem(table.header_line, p) for p in resolved.problems]
    found = 0
    if not problems:
        result = read(layout.kind, layout.format, table, resolved.columns, zone or local_zone())
        problems.extend(sorted(result.problems, key=lambda p: p.line))
        found = len(result.records)
    return ImportPreview(
        file=table.name,
        encoding=table.encoding,
        kind=layout.kind.value,
        format=layout.format.value,
        layout=layout.title,
        detected=fmt is None,
        header=tuple(table.header),
        fields=tuple((f.name, f.required) for f in layout.fields),
        columns=dict(resolved.columns.names),
        ignored=resolved.columns.ignored,
        rows=tuple((line, tuple(cells)) for line, cells in table.rows[:rows]),
        total_rows=len(table.rows),
        records=found,
        problems=tuple(problems),
    )


def _finish(report: ImportReport) -> ImportReport:
    """Inside the transaction: leave it rolled back when dry or refused; otherwise it commits."""
    if report.dry_run or report.refused_whole:
        raise _RolledBack(report)
    return report


# --- orders ------------------------------------------------------------------------------------------------


def _write_orders(
    uow: UnitOfWork,
    records: list[object],
    base: ImportReport,
    options: ImportOptions,
    zone: tzinfo,
    progress: Callable[[int, int], bool] | None,
) -> ImportReport:
    orders = [r for r in records if isinstance(r, OrderIn)]
    with uow.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        return _finish(_OrderImport(conn, uow, zone, base).run(orders, progress))


class _OrderImport:
    """One import of orders in the open transaction `conn`."""

    def __init__(self, conn: Connection, uow: UnitOfWork, zone: tzinfo, base: ImportReport) -> None:
        self.conn = conn
        self.uow = uow
        self.zone = zone
        self.base = base
        self.session = Session(bind=conn)
        self.problems: list[Problem] = list(base.problems)
        self.contacts: dict[str, Customer] = {}  # customers found or added for this file's contacts
        self.added_customers = 0
        self._refused_lines: set[int] = set()  # orders (by first line) refused for what they name
        self.shelf_includes_tax = False

    def run(self, parsed: list[OrderIn], progress: Callable[[int, int], bool] | None) -> ImportReport:
        conn, session, uow = self.conn, self.session, self.uow
        uow.require_signed_in(session)
        session.info[SIGN_IN_CHECKED] = True
        access.require(session, uow, Permission.SELL)
        if conn.dialect.name == "postgresql":
            # Order ids are given here (max + 1): no till may add an order until this import commits.
            conn.exec_driver_sql("LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE")
        keys = [o.key for o in parsed]
        done_before: set[str] = set()
        for chunk in lookups.in_batches(keys):
            done_before |= set(
                conn.scalars(select(Order.idempotency_key).where(Order.idempotency_key.in_(chunk)))
            )
        todo = [o for o in parsed if o.key not in done_before]
        products, by_code = self._catalogue(todo)
        todo = [o for o in todo if o.line not in self._refused_lines]
        if any(o.shipping for o in todo):
            try:
                shipping = self._shipping_product()
            except DomainError as exc:
                charged = next(o for o in todo if o.shipping)
                self.problems.append(Problem(charged.line, exc, charged.ref))
                todo = [o for o in todo if not o.shipping]
            else:
                products[SHIPPING_SKU] = shipping
        self.shelf_includes_tax = prices_include_tax(conn)
        location_id = int(
            conn.scalar(select(Location.id).where(Location.code == lookups.DEFAULT_LOCATION)) or 0
        )
        pids = sorted({p.id for p in products.values()})
        ensure_levels(conn, pids, location_id)
        rows = RowWriter(conn)
        ledger = BulkLedger(
            rows,
            location_id,
            lookups.DEFAULT_LOCATION,
            load_bulk_levels(conn, location_id, pids),
            user=uow.user,
        )
        next_id = int(conn.scalar(select(func.coalesce(func.max(Order.id), 0))) or 0) + 1
        writer = BulkOrderWriter(rows, ledger, next_id, user=uow.user, zone=self.zone, keep=True)
        now = uow.now()
        years = sorted({(o.created_at or now).astimezone(self.zone).year for o in todo})
        # Each year's counter is locked here (taken by none) and moved once at the end by what went in, so
        # that refused orders leave no gaps in the numbers.
        first = {year: reserve_block(conn, ORDER_PREFIX, year, 0) for year in years}
        taken: Counter[int] = Counter()
        owed_here: dict[int, int] = defaultdict(int)  # what this file's orders put on each account so far
        numbers: list[str] = []
        refs: list[str] = []
        statuses: Counter[str] = Counter()
        lines = total = paid = 0
        if progress is not None and not progress(0, len(todo)):
            raise DomainError("import_cancelled")
        for i, o in enumerate(todo, start=1):
            at = o.created_at or now
            year = at.astimezone(self.zone).year
            number = format_number(ORDER_PREFIX, year, first[year] + taken[year])
            written = self._one(writer, o, at, number, products, by_code, owed_here)
            if written is not None:
                taken[year] += 1
                numbers.append(number)
                refs.append(o.ref)
                statuses[written[0]] += 1
                lines += written[1]
                total += written[2]
                paid += written[3]
            if progress is not None and i % PROGRESS_EVERY == 0 and not progress(i, len(todo)):
                raise DomainError("import_cancelled")
        report = replace(
            self.base,
            added=len(numbers),
            unchanged=len(done_before),
            problems=tuple(sorted(self.problems, key=lambda p: p.line)),
            numbers=tuple(numbers),
            refs=tuple(refs),
            statuses=dict(statuses),
            lines=lines,
            total=from_minor(total),
            paid=from_minor(paid),
            customers_added=self.added_customers,
        )
        if report.refused_whole:
            return report  # rolled back by the caller: nothing more to write
        writer.flush()
        for year, count in taken.items():
            if count and reserve_block(conn, ORDER_PREFIX, year, count) != first[year]:
                raise Conflict("conflict")
        if progress is not None:
            progress(len(todo), len(todo))
        return report

    def _catalogue(self, orders: list[OrderIn]) -> tuple[dict[str, Product], dict[str, Customer]]:
        """The products and customers the orders name; an order naming one that is unknown (or no longer
        sold, or merged into another customer) is refused."""
        session = self.session
        codes = sorted({ln.sku for o in orders for ln in o.lines})
        wanted = sorted({o.customer_code for o in orders if o.customer_code})
        products: dict[str, Product] = {}
        for chunk in lookups.in_batches(codes):
            for p in session.scalars(
                select(Product).where((Product.sku.in_(chunk)) | (Product.barcode.in_(chunk)))
            ):
                products[p.sku] = p
                if p.barcode:
                    products[p.barcode] = p
        by_code: dict[str, Customer] = {}
        for chunk in lookups.in_batches(wanted):
            by_code.update(
                {c.code: c for c in session.scalars(select(Customer).where(Customer.code.in_(chunk)))}
            )
        self._refused_lines = set()
        for o in orders:
            bad: list[Problem] = []
            for ln in o.lines:
                if ln.sku not in products:
                    bad.append(Problem(ln.line, ValidationError("import_unknown_item", item=ln.sku)))
                elif not products[ln.sku].active:
                    p = products[ln.sku]
                    bad.append(Problem(ln.line, ValidationError("product_inactive", sku=p.sku, name=p.name)))
            if o.customer_code and o.customer_code not in by_code:
                bad.append(
                    Problem(o.line, ValidationError("import_unknown_customer", customer=o.customer_code))
                )
            elif o.customer_code and by_code[o.customer_code].merged_into_id is not None:
                try:  # merged into another customer: the one lookup's refusal names it
                    lookups.customer_by_code(session, o.customer_code)
                except DomainError as exc:
                    bad.append(Problem(o.line, exc))
            if bad:
                self.problems.extend(bad)
                self._refused_lines.add(o.line)
        return products, by_code

    def _shipping_product(self) -> Product:
        """The product that carries a web shop's shipping charges: made on first use (no stock of its own:
        it allows backorders; no tax until the owner gives it a rate)."""
        found = self.session.scalar(select(Product).where(Product.sku == SHIPPING_SKU))
        if found is not None:
            if not found.active:
                raise ValidationError("product_inactive", sku=found.sku, name=found.name)
            return found
        language = shop_settings.load(self.session).language
        return catalogue.create_product(
            self.session,
            self.uow,
            ProductInput(
                sku=SHIPPING_SKU,
                name=SHIPPING_NAMES.get(language, SHIPPING_NAMES["en"]),
                price=Decimal("0"),
                allow_backorder=True,
                notes="Shipping charged by a web shop's orders (made by the import)",
            ),
        )

    def _one(
        self,
        writer: BulkOrderWriter,
        o: OrderIn,
        at: datetime,
        number: str,
        products: dict[str, Product],
        by_code: dict[str, Customer],
        owed_here: dict[int, int],
    ) -> tuple[str, int, int, int] | None:
        """Write one order (queued in `writer`); its status, lines, total and what was paid, or None when it
        is refused (its problem noted, nothing of it kept)."""
        session = self.session
        # A web shop's customer may be added for the order: kept only if the order is.
        savepoint = session.begin_nested() if o.contact is not None else None
        added_here: list[str] = []
        try:
            customer = by_code.get(o.customer_code) if o.customer_code else None
            if o.contact is not None:
                customer = self._contact(o.contact, added_here)
            order, unpaid = self._order(o, at, number, products, customer)
            if customer is not None and o.stage is Stage.CONFIRMED:  # its goods must be able to go somewhere
                require_for_new_order(o.channel, order.ship_to, customer.name)
            on_account = customer is not None and unpaid > 0 and o.stage in (Stage.CONFIRMED, Stage.SHIPPED)

            def credit() -> None:  # last: the approval's audit row is written only for an order that goes in
                if customer is not None and on_account:
                    credit_control.require_credit(
                        session,
                        self.uow,
                        customer,
                        number,
                        unpaid,
                        goods_leave=o.stage is Stage.SHIPPED,
                        also_owed=owed_here[customer.id],
                    )

            writer.add(order, credit)
        except DomainError as exc:
            if savepoint is not None:
                savepoint.rollback()
            for key in added_here:
                self.contacts.pop(key, None)
            self.problems.append(Problem(o.line, exc, o.ref))
            return None
        if savepoint is not None:
            savepoint.commit()
        self.added_customers += sum(1 for key in added_here if key.startswith("+"))
        if customer is not None and on_account:
            owed_here[customer.id] += unpaid
        done = writer.written.pop()
        return order_status(done.doc), len(order.lines), done.sums.total, done.doc.paid_minor

    def _contact(self, contact: CustomerInput, added_here: list[str]) -> Customer:
        """The customer a web shop's order names: the same phone (or else e-mail) as one of ours — the one
        of this name among several — or a new one."""
        digits = customer_duplicates.phone_digits(contact.phone)
        key = digits or contact.email.casefold() or " ".join(contact.name.split()).casefold()
        known = self.contacts.get(key)
        if known is not None:
            return known
        found = customer_duplicates.same_contact(self.session, contact.phone, contact.email)
        if found:
            wanted = " ".join(contact.name.split()).casefold()
            customer = next((c for c in found if " ".join(c.name.split()).casefold() == wanted), found[0])
        else:
            customer = customers.find_or_add(self.session, self.uow, contact)
            added_here.append("+" + key)
        self.contacts[key] = customer
        added_here.append(key)
        return customer

    def _order(
        self,
        o: OrderIn,
        at: datetime,
        number: str,
        products: dict[str, Product],
        customer: Customer | None,
    ) -> tuple[BulkOrder, int]:
        """The order as the writer takes it, priced by the shop's rules; and what is left unpaid."""
        wholesale = bool(customer and customer.wholesale)
        included = o.tax_included if o.tax_included is not None else self.shelf_includes_tax and not wholesale
        lines: list[BulkLine] = [
            sale_line(products[ln.sku], ln.quantity, ln.unit_price, ln.discount, wholesale, included)
            for ln in o.lines
        ]
        if o.order_discount:
            wanted = to_minor(o.order_discount)
            weights = [bulk_price(ln).gross - ln.discount_minor for ln in lines]
            parts = spread(wanted, weights)
            if sum(parts) < wanted:
                raise ValidationError(
                    "discount_over_sale", discount=o.order_discount, total=from_minor(sum(weights))
                )
            lines = [
                ln._replace(discount_minor=ln.discount_minor + part)
                for ln, part in zip(lines, parts, strict=True)
            ]
        if o.shipping:
            lines.append(sale_line(products[SHIPPING_SKU], 1, o.shipping, Decimal("0"), False, included))
        total = order_total(lines)
        if o.expected_total is not None and to_minor(o.expected_total) != total:
            raise ValidationError("import_total_differs", theirs=o.expected_total, ours=from_minor(total))
        paid = 0 if o.paid is None else total if o.paid == ALL else to_minor(o.paid)
        refund = 0 if o.refunded is None else paid if o.refunded == ALL else to_minor(o.refunded)
        method = o.method
        story = [Event(Action.CREATE, at)]
        if o.stage in (Stage.CONFIRMED, Stage.SHIPPED) or (o.stage is Stage.CANCELLED and paid):
            story.append(Event(Action.CONFIRM, at))
        if paid and method is not None:
            story.append(Event(Action.PAY, max(o.paid_at or at, at), (BulkPayment(method, paid),)))
        if refund and method is not None:
            when = max(o.cancelled_at or o.paid_at or at, at)
            story.append(
                Event(
                    Action.REFUND,
                    when,
                    (BulkPayment(method, refund, reference="refunded before the import"),),
                )
            )
        if o.stage is Stage.SHIPPED:
            story.append(
                Event(Action.SHIP, max(o.shipped_at or at, at), carrier=o.carrier, tracking=o.tracking)
            )
        if o.stage is Stage.CANCELLED:
            story.append(
                Event(Action.CANCEL, max(o.cancelled_at or at, at), detail="cancelled before the import")
            )
        order = BulkOrder(
            number=number,
            channel=o.channel,
            customer_id=customer.id if customer else None,
            lines=lines,
            story=story,
            bill_to=o.bill_to
            if o.bill_to is not None
            else customer.address_for(billing=True)
            if customer
            else "",
            ship_to=o.ship_to
            if o.ship_to is not None
            else customer.address_for(billing=False)
            if customer
            else "",
            notes=o.notes,
            idempotency_key=o.key,
            source=o.source,
        )
        return order, total - paid + refund


# --- products, customers, stock counts: through the services, a savepoint per row ----------------------------


def _batch(
    uow: UnitOfWork,
    base: ImportReport,
    body: Callable[[UnitOfWork, Session, list[Problem]], ImportReport],
) -> ImportReport:
    with uow.batch() as batch:
        assert isinstance(batch, UnitOfWork)
        session: Session = batch.session  # type: ignore[attr-defined]
        problems = list(base.problems)
        return _finish(body(batch, session, problems))


def _row(session: Session, problems: list[Problem], line: int, act: Callable[[], T]) -> T | None:
    """One row's actions in a savepoint of their own: refused, nothing of the row is kept. A refusal that
    a manager could lift stops the whole import (the window asks for the approval, the CLI says how)."""
    try:
        with session.begin_nested():
            return act()
    except NotAllowed:
        raise
    except DomainError as exc:
        problems.append(Problem(line, exc))
        return None


def _first_of_each(
    items: Iterable[T], key: Callable[[T], str], line: Callable[[T], int], problems: list[Problem]
) -> list[T]:
    """The items with their key once; a later row with the same key is refused naming the first."""
    seen: dict[str, int] = {}
    kept = []
    for item in items:
        k = key(item)
        if k in seen:
            problems.append(
                Problem(line(item), ValidationError("import_duplicate_row", key=k, first=seen[k]))
            )
            continue
        seen[k] = line(item)
        kept.append(item)
    return kept


def _write_products(
    uow: UnitOfWork,
    records: list[object],
    base: ImportReport,
    options: ImportOptions,
    zone: tzinfo,
    progress: Callable[[int, int], bool] | None,
) -> ImportReport:
    items = [r for r in records if isinstance(r, ProductIn)]
    reason = f"count imported from {base.file or options.file_name or 'a file'}"[:200]

    def body(batch: UnitOfWork, session: Session, problems: list[Problem]) -> ImportReport:
        kept = _first_of_each(items, lambda p: p.sku.casefold(), lambda p: p.line, problems)
        if any(p.on_hand is not None for p in kept):
            access.require(session, batch, Permission.ADJUST_STOCK)  # asked once, before any row
        default_rate = parse_rate(shop_settings.load(session).default_tax_rate)
        added = updated = unchanged = adjusted = 0
        for i, item in enumerate(kept, start=1):
            outcome = _row(
                session,
                problems,
                item.line,
                partial(_product, batch, session, item, default_rate, reason),
            )
            if outcome is not None:
                change, moved = outcome
                added += change == "added"
                updated += change == "updated"
                unchanged += change == "unchanged"
                adjusted += moved
            _tick(progress, i, len(kept))
        return replace(
            base,
            added=added,
            updated=updated,
            unchanged=unchanged,
            stock_adjusted=adjusted,
            problems=tuple(sorted(problems, key=lambda p: p.line)),
        )

    return _batch(uow, base, body)


def _product(
    batch: UnitOfWork, session: Session, item: ProductIn, default_rate: int, reason: str
) -> tuple[str, int]:
    product = session.scalar(select(Product).where(Product.sku == item.sku))
    if product is None:
        if not item.name:
            raise ValidationError("import_new_product_needs", sku=item.sku, column="name")
        if item.price is None:
            raise ValidationError("import_new_product_needs", sku=item.sku, column="price")
        data = ProductInput(
            sku=item.sku,
            name=item.name,
            price=item.price,
            barcode=item.barcode or None,
            unit=item.unit or "pcs",
            cost=item.cost if item.cost is not None else Decimal("0"),
            tax_rate_bp=item.tax_rate_bp if item.tax_rate_bp is not None else default_rate,
            reorder_point=item.reorder_point or 0,
            wholesale_price=item.wholesale_price,
            active=item.active if item.active is not None else True,
            allow_backorder=bool(item.allow_backorder),
            notes=item.notes or "",
            decimals=item.decimals or 0,
        )
        record = catalogue.add_product(batch, data).value
        change = "added"
        product_id, decimals, on_hand = record.id, data.decimals, 0
    else:
        was = _product_input(product)
        data = ProductInput(
            sku=product.sku,
            name=item.name or was.name,
            price=item.price if item.price is not None else was.price,
            barcode=(normalise_barcode(item.barcode) if item.barcode else None)
            if item.barcode is not None
            else was.barcode,
            unit=item.unit or was.unit,
            cost=item.cost if item.cost is not None else was.cost,
            tax_rate_bp=item.tax_rate_bp if item.tax_rate_bp is not None else was.tax_rate_bp,
            reorder_point=item.reorder_point if item.reorder_point is not None else was.reorder_point,
            wholesale_price=item.wholesale_price if item.wholesale_price is not None else was.wholesale_price,
            active=item.active if item.active is not None else was.active,
            allow_backorder=item.allow_backorder if item.allow_backorder is not None else was.allow_backorder,
            notes=item.notes if item.notes is not None else was.notes,
            decimals=item.decimals if item.decimals is not None else was.decimals,
        )
        change = "unchanged"
        if data != was:
            catalogue.update_product(batch, product.id, data)
            change = "updated"
        product_id, decimals = product.id, data.decimals
        on_hand = int(
            session.scalar(
                select(StockLevel.on_hand)
                .join(Location)
                .where(StockLevel.product_id == product_id, Location.code == lookups.DEFAULT_LOCATION)
            )
            or 0
        )
    moved = 0
    if item.on_hand is not None:
        delta = to_units(item.sku, item.on_hand, decimals) - on_hand
        if delta:
            inventory.adjust(batch, item.sku, from_units(delta, decimals), reason=reason)
            moved = 1
            if change == "unchanged":
                change = "updated"
    return change, moved


def _product_input(p: Product) -> ProductInput:
    return ProductInput(
        sku=p.sku,
        name=p.name,
        price=from_minor(p.price_minor),
        barcode=p.barcode,
        unit=p.unit,
        cost=from_minor(p.cost_minor),
        tax_rate_bp=p.tax_rate_bp,
        reorder_point=from_units(p.reorder_point, p.decimals),
        wholesale_price=None if p.wholesale_price_minor is None else from_minor(p.wholesale_price_minor),
        active=p.active,
        allow_backorder=p.allow_backorder,
        notes=p.notes,
        decimals=p.decimals,
    )


def _write_customers(
    uow: UnitOfWork,
    records: list[object],
    base: ImportReport,
    options: ImportOptions,
    zone: tzinfo,
    progress: Callable[[int, int], bool] | None,
) -> ImportReport:
    items = [r for r in records if isinstance(r, CustomerIn)]

    def body(batch: UnitOfWork, session: Session, problems: list[Problem]) -> ImportReport:
        coded = _first_of_each([c for c in items if c.code], lambda c: c.code, lambda c: c.line, problems)
        kept = sorted([*coded, *(c for c in items if not c.code)], key=lambda c: c.line)
        added = updated = unchanged = 0
        for i, item in enumerate(kept, start=1):
            change = _row(session, problems, item.line, partial(_customer, batch, session, item))
            added += change == "added"
            updated += change == "updated"
            unchanged += change == "unchanged"
            _tick(progress, i, len(kept))
        return replace(
            base,
            added=added,
            updated=updated,
            unchanged=unchanged,
            problems=tuple(sorted(problems, key=lambda p: p.line)),
        )

    return _batch(uow, base, body)


def _customer(batch: UnitOfWork, session: Session, item: CustomerIn) -> str:
    existing: Customer | None = None
    if item.code:
        existing = session.scalar(select(Customer).where(Customer.code == item.code))
        if existing is not None and existing.merged_into_id is not None:
            lookups.customer_by_code(session, item.code)  # refused naming the one it became
    else:
        wanted = " ".join(item.name.split()).casefold()
        existing = next(
            (
                c
                for c in customer_duplicates.same_contact(session, item.phone, item.email)
                if " ".join(c.name.split()).casefold() == wanted
            ),
            None,
        )
    tier = PriceTier(item.price_tier) if item.price_tier else None
    if existing is None:
        customers.add_customer(
            batch,
            CustomerInput(
                name=item.name,
                phone=item.phone,
                email=item.email,
                billing_address=item.billing_address,
                shipping_address=item.shipping_address,
                price_tier=tier or PriceTier.RETAIL,
                credit_limit=item.credit_limit or Decimal("0"),
                notes=item.notes or "",
                code=item.code or None,
                payment_terms_days=item.payment_terms_days,
            ),
        )
        return "added"
    was = CustomerInput(
        name=existing.name,
        phone=existing.phone,
        email=existing.email,
        billing_address=existing.billing_address,
        shipping_address=existing.shipping_address,
        price_tier=existing.price_tier,
        credit_limit=from_minor(existing.credit_limit_minor),
        notes=existing.notes,
        payment_terms_days=existing.payment_terms_days,
    )
    data = replace(
        was,
        name=item.name,
        phone=item.phone or was.phone,
        email=item.email or was.email,
        billing_address=item.billing_address or was.billing_address,
        shipping_address=item.shipping_address or item.billing_address or was.shipping_address,
        price_tier=tier or was.price_tier,
        notes=item.notes if item.notes is not None else was.notes,
    )
    change = "unchanged"
    if data != was:
        customers.update_customer(batch, existing.code, data)
        change = "updated"
    limit = item.credit_limit if item.credit_limit is not None else was.credit_limit
    days = item.payment_terms_days if item.payment_terms_days is not None else was.payment_terms_days
    if limit != was.credit_limit or days != was.payment_terms_days:
        # The credit limit and terms are a manager's (services/customers.set_terms asks, and audits).
        customers.set_terms(batch, existing.code, days=days, credit_limit=limit)
        change = "updated"
    return change


def _write_stock(
    uow: UnitOfWork,
    records: list[object],
    base: ImportReport,
    options: ImportOptions,
    zone: tzinfo,
    progress: Callable[[int, int], bool] | None,
) -> ImportReport:
    items = [r for r in records if isinstance(r, CountIn)]
    reason = f"count imported from {base.file or options.file_name or 'a file'}"[:200]

    def body(batch: UnitOfWork, session: Session, problems: list[Problem]) -> ImportReport:
        kept = _first_of_each(
            items, lambda c: f"{c.sku} {c.location or lookups.DEFAULT_LOCATION}", lambda c: c.line, problems
        )
        if kept:
            access.require(session, batch, Permission.ADJUST_STOCK)  # asked once, before any row
        updated = unchanged = 0
        for i, item in enumerate(kept, start=1):
            moved = _row(session, problems, item.line, partial(_count, batch, session, item, reason))
            updated += moved is True
            unchanged += moved is False
            _tick(progress, i, len(kept))
        return replace(
            base,
            updated=updated,
            unchanged=unchanged,
            stock_adjusted=updated,
            problems=tuple(sorted(problems, key=lambda p: p.line)),
        )

    return _batch(uow, base, body)


def _count(batch: UnitOfWork, session: Session, item: CountIn, reason: str) -> bool:
    """Book the difference between the count and the books as an adjustment; whether anything moved."""
    product = lookups.product_by_code(session, item.sku)
    location = lookups.location_by_code(session, item.location)
    on_hand = int(
        session.scalar(
            select(StockLevel.on_hand).where(
                StockLevel.product_id == product.id, StockLevel.location_id == location.id
            )
        )
        or 0
    )
    delta = to_units(product.sku, item.on_hand, product.decimals) - on_hand
    if not delta:
        return False
    inventory.adjust(
        batch, product.sku, from_units(delta, product.decimals), reason=reason, location=location.code
    )
    return True


def _tick(progress: Callable[[int, int], bool] | None, done: int, total: int) -> None:
    if progress is not None and (done % 100 == 0 or done == total) and not progress(done, total):
        raise DomainError("import_cancelled")


_WRITERS = {
    Kind.ORDERS: _write_orders,
    Kind.PRODUCTS: _write_products,
    Kind.CUSTOMERS: _write_customers,
    Kind.STOCK: _write_stock,
}
_CHANGES = {
    Kind.ORDERS: Changes(orders=True, stock=True, customers=True, products=True),
    Kind.PRODUCTS: Changes(products=True, stock=True),
    Kind.CUSTOMERS: Changes(customers=True, orders=True),
    Kind.STOCK: Changes(stock=True, products=True),
}
