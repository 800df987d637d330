"""Shop settings kept in the database (name, address, tax id, currency, language, paper size, time zone)."""

from dataclasses import asdict, dataclass, fields
from datetime import tzinfo
from decimal import Decimal

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod, Setting
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.domain.permissions import Permission
from oms_desktop.domain.scale_barcode import parse_rules
from oms_desktop.services import access, audit_trail
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.periods import zone_named

PAPER_SIZES = ("A4", "Letter")
LANGUAGES = ("en", "zh_CN")


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "My Shop"
    address: str = ""
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    currency: str = "CNY"
    default_tax_rate: Decimal = Decimal("13")  # percent, for new products
    language: str = "en"  # documents and, unless the user chose otherwise, the window
    paper_size: str = "A4"
    payment_terms: str = "Payment due within 30 days."
    invoice_notes: str = ""
    logo_path: str = ""
    # The shop's IANA time zone ("Asia/Shanghai"): what today, a business day and an order number's year
    # are, on every till. Empty: this computer's zone.
    time_zone: str = ""
    # A second folder for the daily backups (a USB stick, a network share); empty: the data folder only.
    backup_folder: str = ""
    # What a cashier may do alone (beyond it, a manager approves): a discount or lower price up to this
    # percent of the line, goods taken back up to this amount; and how far a till's count may be off.
    cashier_discount_limit: Decimal = Decimal("10")
    cashier_return_limit: Decimal = Decimal("100.00")
    variance_limit: Decimal = Decimal("5.00")
    # The payment methods the counter offers, in this order (the stored names of PaymentMethod).
    payment_methods: str = "cash,card,wechat_pay,alipay,unionpay,bank_transfer"
    # Shelf prices include tax (what the customer pays; tax is worked out of it) or are before tax (tax is
    # added). Wholesale prices are always before tax. The first-run wizard proposes "included" for retail;
    # a shop that never said keeps prices before tax, as it always had them.
    prices_include_tax: bool = False
    # The reasons a cashier picks from when lowering prices (comma-separated; any other may be typed).
    discount_reasons: str = "Loyal customer,Damaged packaging,Price match,Staff purchase,Promotion"
    # How the shop's scale prints its barcodes (domain/scale_barcode.py), e.g. "21:5:weight:3"; empty: none.
    scale_barcodes: str = ""
    # Replenishment (domain/replenishment.py): the service level the safety stock is set for (percent of
    # lead times without running out) and what holding stock costs a year (percent of its cost).
    service_level: Decimal = Decimal("95")
    holding_cost_rate: Decimal = Decimal("25")
    # A paid order not shipped this many days after it was paid shows in the Orders page's Problems view.
    paid_unshipped_days: int = 3
    # The mail server the rules' e-mail goes through (oms_desktop/mailer.py); its password is kept in this
    # computer's password store (keyring), never here. Security: starttls, tls (from the first byte) or none.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_sender: str = ""  # the From address; empty: the shop's e-mail
    configured: bool = False  # set once the first-run wizard (or the user) saved settings


REASONS_MOST, REASON_LENGTH = 20, 60  # the discount reasons a dialog can offer
PAID_UNSHIPPED_MOST = 365  # days
SMTP_SECURITY = ("starttls", "tls", "none")
YES = ("1", "yes", "true", "on")
NO = ("0", "no", "false", "off", "")


def decode(name: str, text: str) -> object:
    """A setting's stored (or typed) text as its value; ValueError when it cannot be read."""
    default = getattr(ShopSettings, name)
    if isinstance(default, bool):
        word = text.strip().lower()
        if word not in YES + NO:
            raise ValueError(f"not yes or no: {text!r}")
        return word in YES
    if isinstance(default, int):
        word = text.strip()
        if not (word.isascii() and word.isdigit()) or len(word) > 6:
            what = "a whole number of days" if name.endswith("_days") else "a whole number"
            raise ValueError(f"not {what}: {text[:30]!r}")
        return int(word)
    if isinstance(default, Decimal):
        if not text.strip().isascii() or "_" in text:  # Decimal reads ١٢ as 12 and 1_0 as 10
            raise ValueError(f"not a number (digits 0-9 and one point): {text[:30]!r}")
        try:
            number = Decimal(text)
        except ArithmeticError:
            raise ValueError(f"not a number: {text!r}") from None
        if not number.is_finite():  # NaN and Infinity parse, but compare to nothing
            raise ValueError(f"not a number: {text!r}")
        return number
    return text


def _encode(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def load(session: Session) -> ShopSettings:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    known = {f.name for f in fields(ShopSettings)}
    return ShopSettings(**{k: decode(k, v) for k, v in stored.items() if k in known})  # type: ignore[arg-type]


def prices_include_tax(conn: Session | Connection) -> bool:
    """The one setting every pricing writer reads, read alone (the counter prices on every scan)."""
    stored = conn.scalar(select(Setting.value).where(Setting.key == "prices_include_tax"))
    return bool(stored is not None and decode("prices_include_tax", stored))


def paid_unshipped_days(conn: Session | Connection) -> int:
    """The days after which a paid order not yet shipped is a problem (read alone: the Problems view)."""
    stored = conn.scalar(select(Setting.value).where(Setting.key == "paid_unshipped_days"))
    try:
        days = decode("paid_unshipped_days", stored) if stored is not None else None
    except ValueError:
        days = None
    return days if isinstance(days, int) else ShopSettings.paid_unshipped_days


def get_settings(uow: UnitOfWork) -> ShopSettings:
    with uow.read() as session:
        return load(session)


def save_settings(uow: UnitOfWork, settings: ShopSettings) -> Outcome[ShopSettings]:
    """Validate and store every setting in one transaction."""
    if not settings.shop_name.strip():
        raise ValidationError("shop_name_missing")
    if len(settings.currency) != 3 or not settings.currency.isalpha():
        raise ValidationError("currency_invalid", currency=settings.currency)
    if settings.paper_size not in PAPER_SIZES:
        raise ValidationError("paper_size_invalid", choices=", ".join(PAPER_SIZES))
    if settings.language not in LANGUAGES:
        raise ValidationError("language_invalid", choices=", ".join(LANGUAGES))
    if not Decimal(0) <= settings.default_tax_rate <= Decimal(100):
        raise ValidationError("default_tax_rate_range")
    if not Decimal(0) <= settings.cashier_discount_limit <= Decimal(100):
        raise ValidationError("discount_limit_range")
    if not Decimal(50) <= settings.service_level <= Decimal("99.9"):
        raise ValidationError("service_level_range", level=str(settings.service_level)[:20])
    if not Decimal(1) <= settings.holding_cost_rate <= Decimal(100):
        raise ValidationError("holding_rate_range", rate=str(settings.holding_cost_rate)[:20])
    if not 1 <= settings.paid_unshipped_days <= PAID_UNSHIPPED_MOST:
        raise ValidationError(
            "paid_unshipped_days_range", days=settings.paid_unshipped_days, most=PAID_UNSHIPPED_MOST
        )
    if settings.smtp_security not in SMTP_SECURITY:
        raise ValidationError(
            "smtp_security_invalid", choices=", ".join(SMTP_SECURITY), security=settings.smtp_security[:20]
        )
    if not 1 <= settings.smtp_port <= 65535:
        raise ValidationError("smtp_port_range", port=settings.smtp_port)
    offered_methods(settings)  # refuses a list with an unknown method
    parse_rules(settings.scale_barcodes)  # refuses a rule that cannot be read, or two for one prefix
    reasons = [r.strip() for r in settings.discount_reasons.split(",") if r.strip()]
    if len(reasons) > REASONS_MOST or any(len(r) > REASON_LENGTH or not r.isprintable() for r in reasons):
        raise ValidationError("discount_reasons_invalid", most=REASONS_MOST, length=REASON_LENGTH)
    for amount in (settings.cashier_return_limit, settings.variance_limit):
        require_amount(amount)
        if amount < 0:
            raise ValidationError("limit_negative", amount=amount)
        if amount != amount.quantize(Decimal("0.01")) or "E" in str(amount).upper():
            raise ValidationError("limit_precision", amount=str(amount)[:30])
    try:
        zone_named(settings.time_zone)
    except ValueError:
        raise ValidationError("time_zone_unknown", zone=settings.time_zone.strip()) from None

    def action(session: Session) -> Outcome[ShopSettings]:
        access.require(session, uow, Permission.SETTINGS)
        before = load(session)
        for key, value in asdict(settings).items():
            value = value.upper() if key == "currency" else value.strip() if key == "time_zone" else value
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=_encode(value)))
            else:
                row.value = _encode(value)
        session.flush()
        after = load(session)
        was, now = asdict(before), asdict(after)
        changed = sorted(k for k in now if was[k] != now[k])
        if changed:
            audit_trail.record(
                session,
                uow,
                "settings",
                "shop",
                before={k: was[k] for k in changed},
                after={k: now[k] for k in changed},
            )
        return Outcome(after, Changes(settings=True))

    return uow.run(action)


def shop_zone(uow: UnitOfWork) -> tzinfo | None:
    """The stored shop time zone (None: this computer's), put on `uow` so that business days, order numbers'
    years and reports follow it; called once when the window or a command opens the database."""
    stored = get_settings(uow).time_zone
    try:
        uow.zone = zone_named(stored)
    except ValueError:
        uow.zone = None  # a zone this computer's time zone database lacks: its own zone rather than no start
    return uow.zone


def offered_methods(settings: ShopSettings) -> list[PaymentMethod]:
    """The payment methods the counter offers, in the shop's order; an unknown name is refused by name."""
    names = [n.strip() for n in settings.payment_methods.split(",") if n.strip()]
    known = {m.value: m for m in CHOOSABLE_METHODS}
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise ValidationError(
            "payment_methods_invalid", methods=(", ".join(unknown) or "(none)")[:60], choices=", ".join(known)
        )
    return list(dict.fromkeys(known[n] for n in names))
