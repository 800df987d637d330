"""Writing many orders at once with bulk inserts: the CSV import and the large demo both use this.

The services write one order per transaction through the ORM, which suits a till and is far too slow for ten
thousand imported orders or a million demo orders. An order here is told as its story — the actions it went
through, with their times (create, confirm, pay, refund, pack, ship, deliver, cancel, checkout) — and each action is
run through the same workflow table (domain.order_workflow.ORDERS) and the same rule functions as the
services: prices and tax (domain.pricing), the stock refusal and stock effects (services.stock_ledger's
BulkLedger over domain.stock.level_change), payment limits (domain.payment), and the history's words
(domain.order_audit). So a story written here leaves the same rows as the same story told to the services;
tests/core/test_bulk_equivalence.py compares them field by field.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any, NamedTuple

from oms_desktop.db.row_writer import Row, RowWriter
from oms_desktop.db.uow import day_number
from oms_desktop.domain import order_audit
from oms_desktop.domain.bounds import require_total
from oms_desktop.domain.order import Channel, FulfilmentState, HoldState, Lifecycle, PaymentState, Status
from oms_desktop.domain.order_workflow import (
    ORDERS,
    Action,
    derive_payment,
    holds_reservation,
    payment_state_for,
)
from oms_desktop.domain.payment import (
    PaymentMethod,
    change_for,
    require_settles,
    require_within_balance,
    require_within_paid,
)
from oms_desktop.domain.pricing import LinePrice, OrderSums, price_line
from oms_desktop.domain.workflow import Step, StockEffect
from oms_desktop.services.stock_ledger import BulkLedger


class BulkLine(NamedTuple):  # tuples: a million-order demo makes millions of these
    product_id: int
    sku: str
    name: str
    quantity: int
    unit_price_minor: int
    unit_cost_minor: int
    tax_rate_bp: int
    discount_minor: int = 0
    tax_included: bool = False  # the unit price includes tax (domain/pricing.py)
    decimals: int = 0  # the product's unit precision: quantity is in 10^-decimals units


def bulk_price(ln: BulkLine) -> LinePrice:
    """A line priced by the one rule (domain/pricing.price_line)."""
    return price_line(
        ln.quantity, ln.unit_price_minor, ln.discount_minor, ln.tax_rate_bp, ln.tax_included, ln.decimals
    )


def order_total(lines: Sequence[BulkLine]) -> int:
    """What the lines add up to, tax included (to size a payment before the order is written)."""
    return sum(bulk_price(ln).total for ln in lines)


class BulkPayment(NamedTuple):
    method: PaymentMethod
    amount_minor: int
    tendered_minor: int | None = None
    reference: str = ""


class Event(NamedTuple):
    """One action of an order's story. Payments go with PAY and CHECKOUT, the money given back with REFUND
    (its reference is the reason); carrier and tracking with SHIP."""

    action: Action
    at: datetime
    payments: tuple[BulkPayment, ...] = ()
    carrier: str = ""
    tracking: str = ""
    detail: str = ""  # the audit's words when the action's own are not enough (a cancel's reason)


@dataclass(frozen=True)
class BulkOrder:
    number: str
    channel: Channel
    customer_id: int | None
    lines: Sequence[BulkLine]
    story: Sequence[Event]  # starts with CREATE (or QUOTE); its time is when the order was taken
    bill_to: str = ""
    ship_to: str = ""
    notes: str = ""
    idempotency_key: str | None = None
    source: str = ""  # where it came from, for the history (a CSV file's ref, demo history)
    valid_until: int | None = None  # a quotation's last valid day (YYYYMMDD); its story starts with QUOTE

    @property
    def created_at(self) -> datetime:
        return self.story[0].at


@dataclass
class _Doc:
    """An order being replayed: the attributes the workflow table reads and writes."""

    number: str
    total_minor: int
    lifecycle: Lifecycle | None = None
    payment_state: PaymentState | None = None
    fulfilment_state: FulfilmentState | None = None
    paid_minor: int = 0
    refunded_any: bool = False
    sold: bool = False
    updated_at: datetime | None = None
    confirmed_at: datetime | None = None
    shipped_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None
    shipment: list[Any] | None = None
    hold_state: HoldState = HoldState.NONE  # the bulk writers' stories never hold an order

    @property
    def balance_minor(self) -> int:
        return self.total_minor - self.paid_minor


_TABLES = ("orders", "order_lines", "payments", "shipments", "audit_entries")  # in the order they are written


@dataclass(frozen=True)
class WrittenMove:
    """One audit row as written, with its time as a datetime (the queued row holds the driver's form)."""

    action: str
    before: str
    after: str
    detail: str
    at: datetime


@dataclass
class WrittenOrder:
    """What `add` wrote for one order, for a writer that answers with the order (create_order)."""

    id: int
    order: BulkOrder
    doc: _Doc
    sums: OrderSums
    prices: list[LinePrice]
    payments: list[tuple[BulkPayment, datetime]] = field(default_factory=list)
    history: list[WrittenMove] = field(default_factory=list)
    shipped: tuple[str, str, datetime] | None = None  # carrier, tracking number, when
    delivered: datetime | None = None


@dataclass
class BulkOrderWriter:
    """Collects orders as rows, replaying each story on the ledger; `flush` writes them in the open
    transaction."""

    writer: RowWriter
    ledger: BulkLedger
    next_order_id: int
    user: str = "system"
    zone: tzinfo | None = None  # the shop's time zone for business days; None: this computer's
    keep: bool = False  # remember each order as written (`written`), for a caller that shows it
    till_session_id: int | None = None  # the open till session the payments' money goes through
    written: list[WrittenOrder] = field(default_factory=list)
    _log: WrittenOrder | None = None
    _rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in _TABLES})
    _plans: dict[tuple[Any, ...], tuple["_Move", ...]] = field(default_factory=dict)
    _allowed: set[tuple[Any, ...]] = field(default_factory=set)

    def add(self, order: BulkOrder, check: Callable[[], None] | None = None) -> int:
        """Queue one order, its story run action by action (refused as the services would); returns its id.
        `check` runs once the story has run, before anything is queued (the import's credit rule, which may
        write the approval's audit row: last, so that nothing can refuse the order after it). A refused
        order leaves nothing queued and the stock as it was."""
        oid = self.next_order_id
        ts = self.writer.ts
        day = day_number(order.created_at.astimezone(self.zone).date())
        sums = OrderSums()
        prices = []
        wanted: dict[int, int] = {}
        for ln in order.lines:
            price = bulk_price(ln)
            sums.add(price, ln.quantity, ln.unit_cost_minor, ln.decimals)
            prices.append(price)
            wanted[ln.product_id] = wanted.get(ln.product_id, 0) + ln.quantity
        require_total(sums.total)
        stock = sorted(wanted.items())
        doc = _Doc(order.number, sums.total)
        rows: list[tuple[str, Row]] = []
        undo = self._snapshot(stock)
        self._log = WrittenOrder(oid, order, doc, sums, prices) if self.keep else None
        try:
            for event in order.story:
                self._run(order, oid, doc, event, stock, rows)
            if check is not None:
                check()
        except Exception:
            self._restore(undo)
            raise
        if self._log is not None:
            self.written.append(self._log)
        self.next_order_id += 1
        status = order_status(doc)
        queued = self._rows
        queued["orders"].append(
            (
                oid,
                order.number,
                order.channel.value,
                order.customer_id,
                self.ledger.location_id,
                _value(doc.lifecycle),
                _value(doc.payment_state),
                _value(doc.fulfilment_state),
                status,
                sums.subtotal,
                sums.discount,
                sums.tax,
                sums.total,
                doc.paid_minor,
                sums.units,
                sums.cost,
                day,
                order.bill_to,
                order.ship_to,
                order.notes,
                order.idempotency_key,
                any(ln.tax_included for ln in order.lines),
                ts(order.created_at),
                ts(doc.updated_at),
                None if doc.confirmed_at is None else ts(doc.confirmed_at),
                None if doc.shipped_at is None else ts(doc.shipped_at),
                None if doc.completed_at is None else ts(doc.completed_at),
                None if doc.cancelled_at is None else ts(doc.cancelled_at),
                self.user,
                order.valid_until,
            )
        )
        lines = queued["order_lines"]
        whole = doc.shipment is not None  # shipped whole, as services/shipping.py counts it
        for no, (ln, price) in enumerate(zip(order.lines, prices, strict=True), start=1):
            lines.append(
                (
                    oid,
                    no,
                    ln.product_id,
                    ln.sku,
                    ln.name,
                    ln.quantity,
                    ln.decimals,
                    ln.unit_price_minor,
                    ln.unit_cost_minor,
                    ln.discount_minor,
                    ln.tax_rate_bp,
                    price.tax,
                    price.total,
                    day,
                    doc.sold,
                    ln.quantity if whole else 0,
                )
            )
        for table, row in rows:
            queued[table].append(row)
        if doc.shipment is not None:
            queued["shipments"].append((oid, *doc.shipment))
        return oid

    def _run(
        self,
        order: BulkOrder,
        oid: int,
        doc: _Doc,
        event: Event,
        stock: list[tuple[int, int]],
        rows: list[tuple[str, Row]],
    ) -> None:
        start = (doc.lifecycle, doc.payment_state, doc.fulfilment_state, event.action)
        if start not in self._allowed:  # the table's answer depends on the states alone: asked once per start
            if not (ORDERS.step(event.action).creates and doc.lifecycle is None):
                ORDERS.require(doc, event.action)
            self._allowed.add(start)
        ts = self.writer.ts(event.at)
        detail = event.detail
        # The action's own records, as the services write them (orders.py, payments.py, shipping.py).
        if event.action is Action.CREATE:
            detail = order_audit.created(order.channel, order.source)
        elif event.action is Action.QUOTE:
            if order.valid_until is None:
                raise ValueError("a quotation is written with its last valid day")
            detail = order_audit.quoted(order.channel, order.valid_until)
        elif event.action in (Action.CHECKOUT, Action.PAY):
            amount = sum(p.amount_minor for p in event.payments)
            if event.action is Action.CHECKOUT:
                require_settles(amount, doc.total_minor)
                detail = order_audit.CHECKED_OUT
            else:
                if len(event.payments) != 1:
                    raise ValueError("a PAY event carries one payment")
                require_within_balance(amount, doc.balance_minor, doc.number)
                detail = order_audit.paid(amount, event.payments[0].method)
            for p in event.payments:
                if self._log is not None:
                    self._log.payments.append((p, event.at))
                rows.append(
                    (
                        "payments",
                        (
                            oid,
                            "payment",
                            p.method.value,
                            p.amount_minor,
                            p.tendered_minor,
                            change_for(p.tendered_minor, p.amount_minor),
                            p.reference,
                            ts,
                            self.user,
                            self.till_session_id,
                        ),
                    )
                )
            doc.paid_minor += amount
        elif event.action is Action.REFUND:
            if len(event.payments) != 1:
                raise ValueError("a REFUND event carries one payment given back")
            back = event.payments[0]
            require_within_paid(back.amount_minor, doc.paid_minor, doc.number)
            detail = order_audit.refunded(back.amount_minor, back.method, back.reference)
            if self._log is not None:
                self._log.payments.append((back, event.at))
            rows.append(
                (
                    "payments",
                    (
                        oid,
                        "refund",
                        back.method.value,
                        back.amount_minor,
                        None,
                        0,
                        back.reference.strip()[:100],
                        ts,
                        self.user,
                        self.till_session_id,
                    ),
                )
            )
            doc.paid_minor -= back.amount_minor
            doc.refunded_any = True
        elif event.action is Action.SHIP:
            doc.shipment = [event.carrier, event.tracking, ts, None]
            if self._log is not None:
                self._log.shipped = (event.carrier, event.tracking, event.at)
            detail = order_audit.shipped(event.carrier, event.tracking)
        elif event.action is Action.DELIVER:
            if doc.shipment is not None and doc.shipment[3] is None:
                doc.shipment[3] = ts
                if self._log is not None:
                    self._log.delivered = event.at
        elif event.action not in (Action.CONFIRM, Action.PACK, Action.CANCEL):
            raise ValueError(f"the bulk writer does not replay {event.action.value}")
        self._move(oid, doc, event.action, event.at, ts, detail, stock, rows)

    def _move(
        self,
        oid: int,
        doc: _Doc,
        action: str,
        at: datetime,
        ts: Any,
        detail: str,
        stock: list[tuple[int, int]],
        rows: list[tuple[str, Row]],
    ) -> None:
        derived = payment_state_for(doc.total_minor, doc.paid_minor, doc.refunded_any)
        key = (doc.lifecycle, doc.payment_state, doc.fulfilment_state, action, derived)
        moves = self._plans.get(key)
        if moves is None:
            moves = self._plans[key] = _plan(doc, ORDERS.step(action))
        for no, move in enumerate(moves):
            if move.stock is not StockEffect.NONE:
                self.ledger.carry_out(move.stock, stock, held=move.held, order_id=oid, at=at)
            words = detail if no == 0 else order_audit.AUTOMATIC.get(move.action, "")
            if self._log is not None:
                self._log.history.append(WrittenMove(move.action, move.before, move.after, words[:500], at))
            rows.append(
                ("audit_entries", (oid, move.action, move.before, move.after, words[:500], self.user, ts))
            )
        for move in moves:
            for stamp in move.stamps:
                setattr(doc, stamp, at)
            if move.sale is not None:
                doc.sold = move.sale
        doc.lifecycle, doc.payment_state, doc.fulfilment_state = moves[-1].states
        doc.updated_at = at

    def _snapshot(self, stock: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int, int]]]:
        levels = self.ledger.levels
        return self.ledger.mark(), [(pid, levels[pid].on_hand, levels[pid].reserved) for pid, _ in stock]

    def _restore(self, undo: tuple[int, list[tuple[int, int, int]]]) -> None:
        self.ledger.back_to(*undo)

    def flush(self, *, ids_from_sequence: bool = False) -> None:
        """Insert everything queued, and the ledger's rows and level updates. `ids_from_sequence`: the
        order ids came from the table's own sequence (`RowWriter.next_id`), which needs no moving on."""
        for table in _TABLES:
            self.writer.insert(table, self._rows[table])
            self._rows[table] = []
        self.ledger.flush()
        if not ids_from_sequence:
            self.writer.sync_id_sequences("orders")


def order_status(doc: _Doc) -> str:
    """The status the order shows for its three states (a draft before CREATE has run)."""
    return str(ORDERS.status(doc).value) if doc.lifecycle is not None else Status.DRAFT.value


def _value(state: Any) -> Any:
    return None if state is None else state.value


@dataclass(frozen=True)
class _Move:
    """What one row of the table did from given states: taken from the table once, then reused for every
    order in the same states (a million-order demo moves through a handful of them)."""

    action: str
    before: str
    after: str
    stock: StockEffect
    held: bool
    stamps: tuple[str, ...]
    sale: bool | None
    states: tuple[Any, Any, Any]


def _plan(doc: _Doc, step: Step) -> tuple[_Move, ...]:
    """`step` and its automatic follow-ups run by the table (Workflow.move) on a copy of the document."""
    scratch = _Doc(
        doc.number,
        doc.total_minor,
        doc.lifecycle,
        doc.payment_state,
        doc.fulfilment_state,
        doc.paid_minor,
        doc.refunded_any,
    )
    moves: list[_Move] = []

    def run(step: Step) -> None:
        held = holds_reservation(scratch)
        transition = ORDERS.move(scratch, step, _NO_TIME, derive_payment)
        states = (scratch.lifecycle, scratch.payment_state, scratch.fulfilment_state)
        moves.append(
            _Move(
                str(step.action),  # plain text in the rows: they may be sent to a load process
                transition.before,
                transition.after,
                step.stock,
                held,
                step.stamps,
                step.sale,
                states,
            )
        )
        for follower in ORDERS.followers(scratch, step):
            run(follower)

    run(step)
    return tuple(moves)


_NO_TIME = datetime.min.replace(tzinfo=UTC)  # the plan's stamps are replaced by each order's own times
