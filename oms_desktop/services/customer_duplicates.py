"""Customers who may be the same person: the same phone (its digits: "138 0013 8000" is 13800138000) or the
same e-mail (trimmed, any case). A warning to the user, never a refusal (a family shares a phone).

Answered by the indexes on `customers.phone` and `customers.email` (ix_customers_phone, ix_customers_email_id),
never by reading every customer. Both columns keep what was typed, so the digits and the lower-case e-mail
are not stored anywhere an index can find them by equality; what the index can answer is ranges of text:

- a phone is written as groups of its digits with separators between them, after at most a "+" or a "(":
  whatever the separators, it begins with its first group. So the phones with these digits are among those
  that begin with [lead] + the first 1, 2, ... 6 digits and then a separator, or with the first 7 digits
  run together (the range that holds most numbers written without spaces);
- an e-mail with these letters in any case begins with one of the case forms of its first four letters;
  while those ranges hold more than a few dozen e-mails (all the shop's may begin "customer"), they are
  made a character longer, and the forms the index does not hold are dropped.

The index reads those ranges (id and text only: both indexes cover them), the exact test is made here, and
only the customers that match are read. The ranges are byte ranges: SQLite and a PostgreSQL database
created with the C collation sort text that way; under a language's collation (en_US.UTF-8 sorts "13 8" next
to "138") they are compared in "C" order instead, which is right but reads the whole index. A phone that
begins with other text ("Tel. 138...") is not found. A normalised column (the digits, the lower-case
e-mail) with its own index would answer by equality on every collation.
"""

import itertools
import weakref
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Engine, and_, func, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from oms_desktop.domain import Customer

MIN_DIGITS = 5  # fewer digits are an extension or a typo, not a number two people would share
LEADS = ("", "+", "(")  # what a phone may begin with before its first digit
RUN = 7  # phones whose first group is at least this long are found by their first RUN digits
CASED_LETTERS = 4  # an e-mail's range is the case forms of its first four letters (16 ranges at most)
MOST = 20  # duplicates named at most (a warning names a few; more is a data problem of its own)
WANTED = 50  # e-mail ranges holding more are narrowed by one more character before they are read

_bytewise: "weakref.WeakKeyDictionary[Engine, bool]" = weakref.WeakKeyDictionary()


def phone_digits(phone: str) -> str:
    """The digits of a phone as typed: what two phones are compared by."""
    return "".join(ch for ch in phone if ch.isdigit())


def email_key(email: str) -> str:
    """An e-mail as compared: trimmed, in lower case."""
    return email.strip().lower()


def _after(prefix: str) -> str:
    """The first text after every text that begins with `prefix` (its last character plus one)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starts(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < _after(prefix))


def _group_then_separator(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """Texts that are `prefix`, or `prefix` followed by anything but a digit."""
    return or_(
        and_(column >= prefix, column < prefix + "0"),
        and_(column >= prefix + ":", column < _after(prefix)),
    )


def phone_ranges(column: ColumnElement[str], digits: str) -> ColumnElement[bool]:
    """Where in the phone index every phone with these digits is (and some others)."""
    run = min(len(digits), RUN)
    terms: list[ColumnElement[bool]] = []
    for lead in LEADS:
        terms.extend(_group_then_separator(column, lead + digits[:size]) for size in range(1, run))
        terms.append(_starts(column, lead + digits[:run]))
    return or_(*terms)


def _case_forms(email: str) -> list[str]:
    """The beginnings of `email` with its first CASED_LETTERS letters in either case."""
    head: list[tuple[str, ...]] = []
    letters = 0
    for ch in email:
        lower, upper = ch.lower(), ch.upper()
        if (len(lower) != 1 or len(upper) != 1) and head:
            break  # a letter whose other case is longer ("ß"): the beginning stops before it
        if lower != upper and len(lower) == len(upper) == 1:
            if letters == CASED_LETTERS:
                break
            letters += 1
            head.append((lower, upper))
        else:
            head.append((ch,))
    return ["".join(chars) for chars in itertools.product(*head)]


def email_ranges(column: ColumnElement[str], key: str) -> ColumnElement[bool]:
    """Where in the e-mail index every e-mail equal to `key` in any case is (and some others)."""
    return or_(*(_starts(column, form) for form in _case_forms(key)))


def _held(session: Session, column: ColumnElement[str], prefixes: Sequence[str]) -> int:
    """How many texts begin with one of `prefixes`, counted up to WANTED + 1."""
    inner = select(column).where(or_(*(_starts(column, p) for p in prefixes))).limit(WANTED + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def email_prefixes(session: Session, column: ColumnElement[str], key: str) -> list[str]:
    """The beginnings, in the index, of every e-mail equal to `key` in any case: the case forms of its first
    letters, made a character longer while their ranges hold more than WANTED e-mails ("customer1@",
    "customer2@"... all begin alike), the forms the index does not hold dropped on the way."""
    prefixes = _case_forms(key)
    size = len(prefixes[0])
    while size < len(key) and _held(session, column, prefixes) > WANTED:
        following = key[size]
        lower, upper = following.lower(), following.upper()
        if len(lower) != 1 or len(upper) != 1:
            break
        held = [p for p in prefixes if _held(session, column, [p])] if len(prefixes) > 1 else prefixes
        prefixes = [p + form for p in held for form in dict.fromkeys((lower, upper))]
        size += 1
    return prefixes


def sorts_bytewise(session: Session) -> bool:
    """Whether text compares as its characters' code points (SQLite always; PostgreSQL under C or POSIX)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine not in _bytewise:
        if engine.dialect.name != "postgresql":
            _bytewise[engine] = True
        else:
            row = session.execute(
                text(
                    "SELECT datcollate, to_jsonb(d) ->> 'datlocprovider' FROM pg_database d "
                    "WHERE datname = current_database()"
                )
            ).one()
            collate, provider = str(row[0]), row[1]
            _bytewise[engine] = provider in (None, "c") and (
                collate in ("C", "POSIX") or collate.lower() in ("c.utf8", "c.utf-8")
            )
    return _bytewise[engine]


def _indexed(session: Session, column: InstrumentedAttribute[str]) -> ColumnElement[str]:
    return column.expression if sorts_bytewise(session) else column.collate("C")


def same_contact(
    session: Session, phone: str, email: str, *, besides: int | None = None, most: int = MOST
) -> list[Customer]:
    """Customers (not merged into another) with the digits of `phone` or the e-mail `email`, other than the
    customer `besides`, by name."""
    digits, key = phone_digits(phone), email_key(email)
    ids: set[int] = set()
    if len(digits) >= MIN_DIGITS:
        column = _indexed(session, Customer.phone)
        found = session.execute(select(Customer.id, Customer.phone).where(phone_ranges(column, digits)))
        ids.update(cid for cid, written in found if phone_digits(written) == digits)
    if key:
        column = _indexed(session, Customer.email)
        # Counting ranges to narrow them needs the index to hold them: C order only.
        prefixes = email_prefixes(session, column, key) if sorts_bytewise(session) else _case_forms(key)
        ranges = or_(*(_starts(column, p) for p in prefixes))
        found = session.execute(select(Customer.id, Customer.email).where(ranges))
        ids.update(cid for cid, written in found if email_key(written) == key)
    if besides is not None:
        ids.discard(besides)
    if not ids:
        return []
    return list(
        session.scalars(
            select(Customer)
            .where(Customer.id.in_(sorted(ids)[: most * 5]), Customer.merged_into_id.is_(None))
            .order_by(Customer.name, Customer.id)
            .limit(most)
        )
    )


def names(found: Sequence[Customer]) -> str:
    """The customers a warning names: "王先生 (C-2026-000001), 李女士 (C-2026-000002)"."""
    return ", ".join(f"{c.name} ({c.code})" for c in found)
