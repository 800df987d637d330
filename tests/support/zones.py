"""Putting this computer in another time zone for one test."""

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def computer_zone(name: str) -> Iterator[None]:
    """This process's local time zone set to `name` (TZ + tzset), restored afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
