"""Timing a measure: repeat it, keep the median and the 95th percentile."""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Measure:
    name: str
    budget_ms: float | None
    runs: int
    median_ms: float
    p95_ms: float
    note: str = ""

    @property
    def within_budget(self) -> bool | None:
        return None if self.budget_ms is None else self.p95_ms < self.budget_ms


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(
    name: str,
    action: Callable[[int], Any],
    *,
    runs: int,
    budget_ms: float | None,
    warmup: int = 1,
    note: str = "",
) -> Measure:
    """Run `action(i)` `warmup` times untimed, then `runs` times timed."""
    for i in range(warmup):
        action(-1 - i)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    return Measure(name, budget_ms, runs, statistics.median(times), percentile(times, 0.95), note)


def single(name: str, seconds: float, budget_ms: float | None, note: str = "") -> Measure:
    """A measure taken once (a long batch), reported as both median and p95."""
    ms = seconds * 1000
    return Measure(name, budget_ms, 1, ms, ms, note)
