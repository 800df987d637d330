"""What a user action changed, so that views refresh only that.

A change is a set of *kinds* ("orders", "stock", ...) and, per kind, the ids of the rows that changed (none:
the kind changed as a whole). The kinds the shop has today have their own keyword and property; a new module
(suppliers, purchase orders, till sessions, store credit) names its own kind — `Changes(kinds={"suppliers"})`
or `Changes.of("suppliers", ids)` — and its views ask `changes.touches("suppliers")`. Combining and testing
work for any kind, so no existing listener is edited when a kind is added.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

ORDERS, STOCK, PRODUCTS, CUSTOMERS, SETTINGS = "orders", "stock", "products", "customers", "settings"
_NONE: frozenset[int] = frozenset()


class Changes:
    """Immutable; `a | b` is everything either changed."""

    __slots__ = ("_ids", "_kinds")

    def __init__(
        self,
        *,
        orders: bool = False,
        stock: bool = False,
        products: bool = False,
        customers: bool = False,
        settings: bool = False,
        order_ids: Iterable[int] = (),
        product_ids: Iterable[int] = (),
        kinds: Iterable[str] = (),
        ids: Mapping[str, Iterable[int]] | None = None,
    ) -> None:
        flags = {ORDERS: orders, STOCK: stock, PRODUCTS: products, CUSTOMERS: customers, SETTINGS: settings}
        self._kinds = frozenset(kinds) | {kind for kind, on in flags.items() if on}
        found = {kind: frozenset(values) for kind, values in (ids or {}).items()}
        # Order and product ids travel with whichever of their kinds changed (an order, or stock of products).
        for kind, values in ((ORDERS, order_ids), (PRODUCTS, product_ids)):
            extra = frozenset(values)
            if extra:
                found[kind] = found.get(kind, _NONE) | extra
        self._ids = {kind: values for kind, values in found.items() if values}

    @staticmethod
    def of(kind: str, ids: Iterable[int] = ()) -> "Changes":
        """A change of one kind (any kind a module names), optionally of these rows."""
        return Changes(kinds={kind}, ids={kind: ids})

    def touches(self, kind: str) -> bool:
        return kind in self._kinds

    def ids_of(self, kind: str) -> frozenset[int]:
        """The rows of `kind` that changed; empty when unknown (refresh the whole kind)."""
        return self._ids.get(kind, _NONE)

    @property
    def kinds(self) -> frozenset[str]:
        return self._kinds

    orders = property(lambda self: ORDERS in self._kinds)
    stock = property(lambda self: STOCK in self._kinds)
    products = property(lambda self: PRODUCTS in self._kinds)
    customers = property(lambda self: CUSTOMERS in self._kinds)
    settings = property(lambda self: SETTINGS in self._kinds)
    order_ids = property(lambda self: self.ids_of(ORDERS))
    product_ids = property(lambda self: self.ids_of(PRODUCTS))

    def __or__(self, other: "Changes") -> "Changes":
        ids = {kind: self.ids_of(kind) | other.ids_of(kind) for kind in self._ids.keys() | other._ids.keys()}
        return Changes(kinds=self._kinds | other._kinds, ids=ids)

    def __bool__(self) -> bool:
        return bool(self._kinds)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Changes) and (self._kinds, self._ids) == (other._kinds, other._ids)

    def __hash__(self) -> int:
        return hash((self._kinds, frozenset(self._ids.items())))

    def __repr__(self) -> str:
        ids = {kind: sorted(values) for kind, values in sorted(self._ids.items())}
        return f"Changes(kinds={sorted(self._kinds)}, ids={ids})"

    @staticmethod
    def for_order(order_id: int, product_ids: Iterable[int] = (), stock: bool = False) -> "Changes":
        return Changes(orders=True, stock=stock, order_ids={order_id}, product_ids=product_ids)

    @staticmethod
    def for_stock(product_ids: Iterable[int]) -> "Changes":
        return Changes(stock=True, product_ids=product_ids)

    def with_customers(self) -> "Changes":
        return self | Changes(customers=True)


NOTHING = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a user action and what it changed."""

    value: T
    changes: Changes
