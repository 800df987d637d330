"""The X report (a till session as it stands) and the Z report (as it was closed, kept whole and reprinted
from what was kept). Money in the stored report is exact strings."""

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from oms_desktop.domain import (
    AuditRecord,
    Lifecycle,
    Order,
    OrderLine,
    Payment,
    PaymentKind,
    PaymentMethod,
    SaleReturn,
)
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.till import CashMoveKind, TillSession


@dataclass(frozen=True)
class MethodTotal:
    method: str
    amount: Decimal
    count: int


@dataclass(frozen=True)
class CashierTotal:
    name: str
    sales: int
    taken: Decimal
    refunded: Decimal


@dataclass(frozen=True)
class CountedPiece:
    face: Decimal
    pieces: int
    amount: Decimal


@dataclass(frozen=True)
class CashMoveLine:
    kind: str
    amount: Decimal
    reason: str
    user: str
    approved_by: str
    at: datetime


@dataclass(frozen=True)
class TillReport:
    """What a session took and holds: the X report while open, the Z report once closed."""

    till: str
    z_number: int | None
    currency: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    approved_by: str
    float_amount: Decimal
    sales: tuple[MethodTotal, ...]
    refunds: tuple[MethodTotal, ...]
    cash_in: Decimal
    cash_out: Decimal
    expected_cash: Decimal
    counted_cash: Decimal | None
    counted: tuple[CountedPiece, ...]
    variance: Decimal | None
    sales_count: int
    returns_count: int
    discounts: Decimal
    voids: int
    overrides: int
    no_sales: int
    cashiers: tuple[CashierTotal, ...]
    moves: tuple[CashMoveLine, ...] = ()
    audit_head: str = ""  # the audit trail's newest hash when the report was closed
    session_id: int = field(default=0, compare=False)

    @property
    def expected_hidden(self) -> bool:
        """A blind count's reading: the expected cash is not shown (Decimal("-0") marks it; a real
        expected cash of nothing is a plain 0)."""
        return self.expected_cash.is_zero() and self.expected_cash.is_signed()

    def blind(self) -> "TillReport":
        """This reading for whoever counts: without the expected cash."""
        return replace(self, expected_cash=Decimal("-0"))

    @property
    def net_sales(self) -> Decimal:
        return sum((m.amount for m in self.sales), Decimal("0")) - sum(
            (m.amount for m in self.refunds), Decimal("0")
        )


def _sum_by_method(rows: list[Any]) -> tuple[MethodTotal, ...]:
    order = [m.value for m in PaymentMethod]
    found = {str(r.method.value if hasattr(r.method, "value") else r.method): r for r in rows}
    return tuple(
        MethodTotal(m, from_minor(int(found[m].amount)), int(found[m].n)) for m in order if m in found
    )


def live_report(session: Session, till_session: TillSession, currency: str) -> TillReport:
    """The session's figures as the database holds them now (the X report; the Z report's source)."""
    sid = till_session.id
    by_method = (
        select(Payment.method, func.sum(Payment.amount_minor).label("amount"), func.count().label("n"))
        .where(Payment.till_session_id == sid)
        .group_by(Payment.method)
    )
    sales = _sum_by_method(list(session.execute(by_method.where(Payment.kind == PaymentKind.PAYMENT))))
    refunds = _sum_by_method(list(session.execute(by_method.where(Payment.kind == PaymentKind.REFUND))))
    cash_sales = next((m.amount for m in sales if m.method == PaymentMethod.CASH.value), Decimal("0"))
    cash_refunds = next((m.amount for m in refunds if m.method == PaymentMethod.CASH.value), Decimal("0"))
    moves = [
        CashMoveLine(m.kind.value, from_minor(m.amount_minor), m.reason, m.user, m.approved_by, m.at)
        for m in till_session.moves
    ]
    cash_in = sum((m.amount for m in moves if m.kind == CashMoveKind.CASH_IN.value), Decimal("0"))
    cash_out = sum((m.amount for m in moves if m.kind == CashMoveKind.CASH_OUT.value), Decimal("0"))
    floated = from_minor(till_session.float_minor)
    expected = floated + cash_sales - cash_refunds + cash_in - cash_out

    sold_orders = (
        select(Payment.order_id)
        .where(Payment.till_session_id == sid, Payment.kind == PaymentKind.PAYMENT)
        .distinct()
    )
    # Goods taken back (not a goodwill refund of money only, not a void, which is counted apart).
    voided = select(AuditRecord.subject).where(AuditRecord.action == "void")
    refunded_orders = (
        select(Payment.order_id)
        .join(Order, Order.id == Payment.order_id)
        .where(Payment.till_session_id == sid, Payment.kind == PaymentKind.REFUND)
        .where(Order.lifecycle == Lifecycle.RETURNED, Order.number.not_in(voided))
        .distinct()
    )
    sales_count = session.scalar(select(func.count()).select_from(sold_orders.subquery())) or 0
    returns_count = session.scalar(select(func.count()).select_from(refunded_orders.subquery())) or 0
    # Returns of some of a sale's goods (and exchanges) are documents of their own, made at this till.
    returns_count += (
        session.scalar(
            select(func.count()).where(
                SaleReturn.till == till_session.till,
                SaleReturn.created_at >= till_session.opened_at,
                *([SaleReturn.created_at <= till_session.closed_at] if till_session.closed_at else []),
            )
        )
        or 0
    )
    discounts = session.scalar(
        select(func.coalesce(func.sum(OrderLine.discount_minor), 0)).where(
            OrderLine.order_id.in_(sold_orders)
        )
    )
    per_user: dict[str, list[Any]] = defaultdict(lambda: [set(), 0, 0])
    for user, kind, order_id, amount in session.execute(
        select(Payment.user, Payment.kind, Payment.order_id, Payment.amount_minor).where(
            Payment.till_session_id == sid
        )
    ):
        entry = per_user[user]
        if kind is PaymentKind.PAYMENT:
            entry[0].add(order_id)
            entry[1] += amount
        else:
            entry[2] += amount
    cashiers = tuple(
        CashierTotal(name, len(v[0]), from_minor(v[1]), from_minor(v[2]))
        for name, v in sorted(per_user.items())
    )
    window = and_(
        AuditRecord.till == till_session.till,
        AuditRecord.at >= till_session.opened_at,
        *([AuditRecord.at <= till_session.closed_at] if till_session.closed_at else []),
    )
    voids = session.scalar(select(func.count()).where(window, AuditRecord.action == "void")) or 0
    overrides = session.scalar(select(func.count()).where(window, AuditRecord.approver != "")) or 0
    return TillReport(
        till=till_session.till,
        z_number=till_session.z_number,
        currency=currency,
        opened_at=till_session.opened_at,
        opened_by=till_session.opened_by,
        closed_at=till_session.closed_at,
        closed_by=till_session.closed_by,
        approved_by=till_session.approved_by,
        float_amount=floated,
        sales=sales,
        refunds=refunds,
        cash_in=cash_in,
        cash_out=cash_out,
        expected_cash=expected,
        counted_cash=None,
        counted=(),
        variance=None,
        sales_count=int(sales_count),
        returns_count=int(returns_count),
        discounts=from_minor(int(discounts or 0)),
        voids=int(voids),
        overrides=int(overrides),
        no_sales=sum(1 for m in moves if m.kind == CashMoveKind.NO_SALE.value),
        cashiers=cashiers,
        moves=tuple(moves),
        session_id=sid,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_json(report: TillReport) -> str:
    data = asdict(report)
    data.pop("session_id")
    return json.dumps(_plain(data), ensure_ascii=False, sort_keys=True)


def report_hash(stored: str) -> str:
    return hashlib.sha256(stored.encode("utf-8")).hexdigest()


def from_json(stored: str, session_id: int = 0) -> TillReport:
    d = json.loads(stored)

    def when(v: str | None) -> datetime | None:
        return datetime.fromisoformat(v) if v else None

    def money(v: str | None) -> Decimal | None:
        return Decimal(v) if v is not None else None

    return TillReport(
        till=d["till"],
        z_number=d["z_number"],
        currency=d["currency"],
        opened_at=datetime.fromisoformat(d["opened_at"]),
        opened_by=d["opened_by"],
        closed_at=when(d["closed_at"]),
        closed_by=d["closed_by"],
        approved_by=d["approved_by"],
        float_amount=Decimal(d["float_amount"]),
        sales=tuple(MethodTotal(m["method"], Decimal(m["amount"]), m["count"]) for m in d["sales"]),
        refunds=tuple(MethodTotal(m["method"], Decimal(m["amount"]), m["count"]) for m in d["refunds"]),
        cash_in=Decimal(d["cash_in"]),
        cash_out=Decimal(d["cash_out"]),
        expected_cash=Decimal(d["expected_cash"]),
        counted_cash=money(d["counted_cash"]),
        counted=tuple(
            CountedPiece(Decimal(c["face"]), c["pieces"], Decimal(c["amount"])) for c in d["counted"]
        ),
        variance=money(d["variance"]),
        sales_count=d["sales_count"],
        returns_count=d["returns_count"],
        discounts=Decimal(d["discounts"]),
        voids=d["voids"],
        overrides=d["overrides"],
        no_sales=d["no_sales"],
        cashiers=tuple(
            CashierTotal(c["name"], c["sales"], Decimal(c["taken"]), Decimal(c["refunded"]))
            for c in d["cashiers"]
        ),
        moves=tuple(
            CashMoveLine(
                m["kind"],
                Decimal(m["amount"]),
                m["reason"],
                m["user"],
                m["approved_by"],
                datetime.fromisoformat(m["at"]),
            )
            for m in d["moves"]
        ),
        audit_head=d["audit_head"],
        session_id=session_id,
    )


def verify_closed(session: Session, limit: int = 20) -> list[str]:
    """Closed sessions whose stored Z report no longer matches the hash its closing audit row recorded."""
    recorded: dict[str, str] = {}
    for subject, after in session.execute(
        select(AuditRecord.subject, AuditRecord.after).where(AuditRecord.action == "till_close")
    ):
        try:
            recorded[subject] = json.loads(after).get("report_hash", "")
        except ValueError:
            continue
    found: list[str] = []
    closed = select(TillSession).where(TillSession.z_number.is_not(None)).order_by(TillSession.id)
    for s in session.scalars(closed):
        name = z_subject(s.till, s.z_number or 0)
        if recorded.get(name) != report_hash(s.report):
            found.append(f"{name} differs from the report that was closed (changed after closing)")
            if len(found) >= limit:
                break
    return found


def z_subject(till: str, number: int) -> str:
    return f"{till[:50]} Z{number}"
