"""Domain errors: each carries a message a shopkeeper can read."""


class DomainError(Exception):
    """A refused action. The message names what was tried and why not."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that cannot be accepted (a negative quantity, a bad barcode...)."""


class NotFound(DomainError):
    """An unknown SKU, order number, customer code or location."""


class OutOfStock(DomainError):
    def __init__(self, sku: str, asked: int, available: int, location: str) -> None:
        super().__init__(f"Out of stock: {sku} asked {asked}, available {available} at {location}")
        self.sku = sku
        self.asked = asked
        self.available = available


class IllegalTransition(DomainError):
    def __init__(self, number: str, action: str, status: str, reason: str) -> None:
        super().__init__(f"Cannot {action} order {number}: it is {status}; {reason}")
        self.number = number
        self.action = action
        self.status = status


class Conflict(DomainError):
    """Another till changed the same rows first and retrying did not help."""


class Busy(DomainError):
    """Another connection held the write lock for longer than the busy timeout."""


class DatabaseRefused(DomainError):
    """A database file that is corrupt, foreign or from a newer version."""
