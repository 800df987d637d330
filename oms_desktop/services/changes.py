"""What a user action changed, so that views refresh only that."""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    orders: bool = False
    stock: bool = False
    products: bool = False
    customers: bool = False
    settings: bool = False
    order_ids: frozenset[int] = field(default_factory=frozenset)
    product_ids: frozenset[int] = field(default_factory=frozenset)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            orders=self.orders or other.orders,
            stock=self.stock or other.stock,
            products=self.products or other.products,
            customers=self.customers or other.customers,
            settings=self.settings or other.settings,
            order_ids=self.order_ids | other.order_ids,
            product_ids=self.product_ids | other.product_ids,
        )

    def __bool__(self) -> bool:
        return any((self.orders, self.stock, self.products, self.customers, self.settings))

    @staticmethod
    def for_order(order_id: int, product_ids: Iterable[int] = (), stock: bool = False) -> "Changes":
        ids = frozenset(product_ids)
        return Changes(orders=True, stock=stock, order_ids=frozenset({order_id}), product_ids=ids)

    @staticmethod
    def for_stock(product_ids: Iterable[int]) -> "Changes":
        return Changes(stock=True, product_ids=frozenset(product_ids))

    def with_customers(self) -> "Changes":
        return replace(self, customers=True)


NOTHING = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a user action and what it changed."""

    value: T
    changes: Changes
