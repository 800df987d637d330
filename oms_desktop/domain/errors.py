"""Domain errors: each carries a stable `code`, its `params`, and reads as English with `str(error)`.

Raise a refusal with its code from the catalogue (`domain/messages.py`) and the fields its template names:

    raise ValidationError("line_quantity_not_positive", item=line.code, quantity=line.quantity)
    raise NotFound("unknown_customer", customer=code)

The class says what kind of refusal it is (callers catch by class); the code says which one (the window
translates by code, `gui/error_text.py`); `str(error)` is the catalogue's English with the fields filled in
(what the CLI prints and the log keeps). A wrong code or a missing/extra field is a programming error and
raises TypeError at the raise site, so a test that reaches the refusal catches it.

Code not yet given a code still works: `ValidationError("free English text")` gets the code "refused" and
the text as its `text` field (the window then shows the English).

`OutOfStock(sku, asked, available, location)` and `IllegalTransition(number, action, status, reason)` keep
their signatures; their `reason` is a `reason_*` code of the catalogue or, from old code, a free text.
"""

import re
from decimal import Decimal
from typing import Any

from oms_desktop.domain.messages import MESSAGES, REFUSED, Param, english, reason_code

_CODE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")  # what a code looks like (free text has spaces)


class DomainError(Exception):
    """A refused action: `code` names which refusal, `params` its fields; str() is the English text."""

    def __init__(self, code_or_text: str, /, **params: Param) -> None:
        if code_or_text in MESSAGES:
            code = code_or_text
        elif params or _CODE.fullmatch(code_or_text):
            raise TypeError(f"unknown refusal code {code_or_text!r} (add it to domain/messages.py)")
        else:
            code, params = REFUSED, {"text": code_or_text}
        declared = set(MESSAGES[code].params)
        if set(params) != declared:
            raise TypeError(f"refusal {code!r} takes the fields {sorted(declared)}, not {sorted(params)}")
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Param] = dict(params)

    @property
    def message(self) -> str:
        """The English text (kept for code written before codes)."""
        return english(self.code, self.params)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses have their own signatures: rebuild from the code and fields, then the attributes.
        return (_rebuild, (type(self), self.code, self.params), self.__dict__)


def _rebuild(cls: type[DomainError], code: str, params: dict[str, Param]) -> DomainError:
    error = cls.__new__(cls)
    DomainError.__init__(error, code, **params)
    return error


class ValidationError(DomainError):
    """Input that cannot be accepted (a negative quantity, a bad barcode...)."""


class NotFound(DomainError):
    """An unknown SKU, order number, customer code or location."""


class OutOfStock(DomainError):
    """Fewer units available at a location than asked for."""

    def __init__(self, sku: str, asked: int | Decimal, available: int | Decimal, location: str) -> None:
        super().__init__("out_of_stock", sku=sku, asked=asked, available=available, location=location)
        self.sku = sku
        self.asked = asked
        self.available = available
        self.location = location


class IllegalTransition(DomainError):
    """A workflow move not allowed from the order's states; `reason` is a `reason_*` code (or free text)."""

    def __init__(
        self, number: str, action: str, status: str, reason: str, *, code: str = "illegal_transition"
    ) -> None:
        # The status is kept as stored ("pending_payment"); the English shows it with spaces. `code` names
        # what is refused: an order (illegal_transition), a purchase order or a stocktake.
        stored = status.replace(" ", "_")
        reason = reason_code(reason)
        super().__init__(code, number=number, action=action, status=stored, reason=reason)
        self.number = number
        self.action = action
        self.status = stored
        self.reason = reason


class Conflict(DomainError):
    """Another till changed the same rows first and retrying did not help."""


class Busy(DomainError):
    """Another connection held the write lock for longer than the busy timeout."""


class DatabaseRefused(DomainError):
    """A database file that is corrupt, foreign or from a newer version."""


class NotAllowed(DomainError):
    """The person signed in may not do this on their own; a manager's approval (their PIN) lets it through.

    `permission` names what was needed (domain/permissions.Permission) so that the window can ask for it."""

    def __init__(self, permission: str, code: str = "permission_needed", **params: Param) -> None:
        # `code`: a refusal that says more than "may not" (a credit limit passed names the limit and the sums)
        super().__init__(code, **params)
        self.permission = permission


class SignInRefused(DomainError):
    """A wrong name or PIN, a disabled or locked person, or no one signed in where the shop has users."""
