"""The window's operations: one function per user action, between the pages and the core.

Each function takes what the user chose and returns an `Op`: the work, as one call to a service (one
transaction for a write, one read otherwise), to be run on the database worker (`gui/tasks.py`). A write's
service returns `Outcome(result, Changes)`; the task runner announces the Changes on the change bus when the
result comes back, before `done` sees it. Pages, dialogs and widgets call these functions and nothing else
from the core (tests/test_layers.py checks it).

    operations.orders.confirm(number).run(ctx.tasks, done, failed, owner=self)
"""

from oms_desktop.gui.operations import (
    audit,
    charts,
    customers,
    imports,
    order_edits,
    orders,
    parking,
    people,
    purchasing,
    quotes,
    receipt_printer,
    receivables,
    returns,
    rules,
    safekeeping,
    sale,
    settings,
    stock,
    stocktake,
    till,
)
from oms_desktop.gui.operations.op import Op, ProgressOp

__all__ = [
    "Op",
    "ProgressOp",
    "audit",
    "charts",
    "customers",
    "imports",
    "order_edits",
    "orders",
    "parking",
    "people",
    "purchasing",
    "quotes",
    "receipt_printer",
    "receivables",
    "returns",
    "rules",
    "safekeeping",
    "sale",
    "settings",
    "stock",
    "stocktake",
    "till",
]
