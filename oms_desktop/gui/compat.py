"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured here (2026-11-22): with shiboken6 6.12.0 on Python 3.11, every Signal.emit() from Python drops
one reference to True, and every wrapped C++ call that returns nothing (QWidget.setText, processEvents,
QAbstractButton.click...) drops one reference to None, without having taken them. The counts of these
singletons (some thousands at start) therefore fall with use until Python aborts with "Fatal Python
error: none_dealloc / bool_dealloc" - after a few minutes of tests, or some hours at a till. PySide6
6.11.3 does not do this, and Python 3.12+ makes these objects immortal, which hides it.

`protect_singletons()` does what Python 3.12 does: it raises the counts of None, True and False so far
(2**40) that the stray decrements can never reach zero. These objects are never freed on CPython anyway,
so nothing else changes. It is applied only where the bug exists (CPython < 3.12 with PySide6 >= 6.12).
"""

import ctypes
import sys

import PySide6

IMMORTAL_MARGIN = 1 << 40


def affected() -> bool:
    """Whether this interpreter and this PySide6 have the stray decrements."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    return (major, minor) >= (6, 12)


def protect_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach; True when it was needed."""
    if not affected() or getattr(sys, "_oms_singletons_protected", False):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += IMMORTAL_MARGIN
    sys._oms_singletons_protected = True  # type: ignore[attr-defined]
    return True
