"""Workflows as data: a document type declares its actions as rows, and one `Workflow.move` runs any of them.

A row (`Step`) says where an action may start (a guard per state dimension, each with the reason given when
it fails), what it needs (in words, for people and for the table printed in docs), and what it does: the
target states, the stock effect, the timestamps it stamps, whether the lines count as a sale afterwards,
which dimensions the document derives from its amounts, and which actions follow on their own when they
become allowed. Services never set a state by hand: they check with `require`, do what only they can (a
payment row, a shipment), post the stock effect through the ledger, and call `move`.

The machinery knows nothing about orders: a document is any object with one attribute per dimension (and
the stamp attributes its rows name). Sales orders declare their table in order_workflow.py; purchase orders,
till sessions and returns declare theirs the same way.
"""

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class StockEffect(enum.StrEnum):
    """What an action does to stock; the ledger (services/stock_ledger.py) carries it out."""

    NONE = "none"
    RESERVE = "reserve"  # hold the lines' quantities (refused when not available)
    RELEASE = "release"  # give back what the document holds, if anything
    SHIP = "ship"  # what was held leaves: reservation released, on hand deducted (refused when not on hand)
    SELL = "sell"  # leaves at once, nothing held before (refused when not available)
    TAKE_BACK = "take_back"  # what left comes back in
    RECEIVE = "receive"  # comes in from outside (a supplier)
    ADJUST = "adjust"  # the document's held quantities change: signed differences reserved or released


@dataclass(frozen=True)
class Guard:
    """The states of one dimension an action may start from, and why not otherwise.

    `only_when` limits the guard to documents whose other dimension is in the given states.
    """

    dimension: str
    allowed: frozenset[enum.Enum]
    reason: str  # a reason code of domain/messages.py
    only_when: tuple[str, frozenset[enum.Enum]] | None = None

    def refusal(self, doc: Any) -> str | None:
        if self.only_when is not None:
            other, states = self.only_when
            if getattr(doc, other) not in states:
                return None
        return None if getattr(doc, self.dimension) in self.allowed else self.reason


@dataclass(frozen=True)
class Step:
    """One action of a document type: where it may start, what it needs, and what it does."""

    action: str
    start: tuple[Guard, ...] = ()
    needs: str = ""
    sets: tuple[tuple[str, enum.Enum], ...] = ()
    stock: StockEffect = StockEffect.NONE
    stamps: tuple[str, ...] = ()
    sale: bool | None = None  # the lines count as a sale afterwards (True / False), or unchanged (None)
    derives: tuple[str, ...] = ()  # dimensions the document computes from its amounts after the action
    then: tuple[str, ...] = ()  # actions taken automatically afterwards when they are allowed
    offered: bool = True  # offered to users on an existing document (not: creation, automatic steps)
    creates: bool = False  # makes the document: it has no start states

    def target(self, dimension: str) -> enum.Enum | None:
        return dict(self.sets).get(dimension)


@dataclass(frozen=True)
class Transition:
    """What `move` did: for the audit row (who and when are the caller's)."""

    action: str
    before: str
    after: str


@dataclass(frozen=True)
class Workflow:
    """The table of one document type. `status` folds the dimensions into the word users see."""

    name: str
    dimensions: tuple[str, ...]
    steps: tuple[Step, ...]
    status: Callable[[Any], enum.Enum]
    refuse: Callable[[Any, str, str], Exception]  # (document, action, reason) -> the error to raise
    not_an_action: (
        str  # the reason (a code of domain/messages.py) for an action that is no move of this table
    )
    _by_action: dict[str, Step] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_action = {step.action: step for step in self.steps}
        if len(by_action) != len(self.steps):
            raise ValueError(f"{self.name}: an action is declared twice")
        for step in self.steps:
            for guard in step.start:
                if guard.dimension not in self.dimensions:
                    raise ValueError(f"{self.name}.{step.action}: unknown dimension {guard.dimension}")
            for dimension, _ in step.sets:
                if dimension not in self.dimensions:
                    raise ValueError(f"{self.name}.{step.action}: unknown dimension {dimension}")
            for follower in step.then:
                if follower not in by_action:
                    raise ValueError(f"{self.name}.{step.action}: unknown follow-up {follower}")
        object.__setattr__(self, "_by_action", by_action)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def step(self, action: str) -> Step:
        return self._by_action[action]

    def refusal(self, doc: Any, action: str) -> str | None:
        """Why `action` may not start from the document's states, or None when it may."""
        step = self._by_action.get(action)
        if step is None or step.creates:
            return self.not_an_action
        for guard in step.start:
            reason = guard.refusal(doc)
            if reason is not None:
                return reason
        return None

    def allowed(self, doc: Any) -> list[str]:
        """The actions offered to users that may start from the document's states, in table order."""
        return [s.action for s in self.steps if s.offered and self.refusal(doc, s.action) is None]

    def require(self, doc: Any, action: str) -> Step:
        """The row of `action`; raises the document's refusal when it may not start from these states."""
        reason = self.refusal(doc, action)
        if reason is not None:
            raise self.refuse(doc, action, reason)
        return self._by_action[action]

    def move(self, doc: Any, step: Step, at: datetime, derive: Callable[[Any, str], None]) -> Transition:
        """Put the document in the row's target states, stamp it, derive the computed dimensions, and say
        what changed. The stock effect and the action's own records are the caller's, before this."""
        before = "" if step.creates else str(self.status(doc).value)
        for dimension, state in step.sets:
            setattr(doc, dimension, state)
        for stamp in step.stamps:
            setattr(doc, stamp, at)
        for dimension in step.derives:
            derive(doc, dimension)
        return Transition(step.action, before, str(self.status(doc).value))

    def followers(self, doc: Any, step: Step) -> list[Step]:
        """The automatic actions that follow `step` and may now start."""
        return [self._by_action[a] for a in step.then if self.refusal(doc, a) is None]

    def reasons(self) -> set[str]:
        """Every refusal reason the table can give."""
        return {guard.reason for step in self.steps for guard in step.start}


def guard(dimension: str, reason: str, *states: enum.Enum) -> Guard:
    return Guard(dimension, frozenset(states), reason)


def only_when(g: Guard, dimension: str, states: Iterable[enum.Enum]) -> Guard:
    return Guard(g.dimension, g.allowed, g.reason, (dimension, frozenset(states)))


def table_markdown(workflow: Workflow, dimensions: Sequence[str] | None = None) -> str:
    """The table as Markdown, for docs and for people reading a refusal."""
    dims = list(dimensions or workflow.dimensions)
    head = ["action", *dims, "sets", "stock", "needs"]
    rows = [f"| {' | '.join(head)} |", f"|{'---|' * len(head)}"]
    for step in workflow.steps:
        starts = {g.dimension: ", ".join(sorted(str(s.value) for s in g.allowed)) for g in step.start}
        cells = [
            step.action,
            *[starts.get(d, "(new)" if step.creates else "any") for d in dims],
            ", ".join(f"{d}={s.value}" for d, s in step.sets) + (" + derived" if step.derives else ""),
            step.stock.value,
            step.needs,
        ]
        rows.append(f"| {' | '.join(cells)} |")
    return "\n".join(rows)
