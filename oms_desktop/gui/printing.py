"""HOOK for issue 4 (documents): "Print / Preview" of an order's invoice, packing slip and label.

The documents package is written by another engineer. When it exposes `render_invoice` and friends
(fed with an OrderDetail and the ShopSettings), `available()` lists them and the order detail enables its
Print / Preview button; until then the button stays hidden. Nothing here imports reportlab directly.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# (module, function, what the user sees) - the names the documents issue announced.
KNOWN = (
    ("oms_desktop.documents.invoice", "render_invoice", "Invoice"),
    ("oms_desktop.documents.packing_slip", "render_packing_slip", "Packing slip"),
    ("oms_desktop.documents.shipping_label", "render_shipping_label", "Shipping label"),
    ("oms_desktop.documents.receipt", "render_receipt", "Receipt"),
)


@dataclass(frozen=True)
class Document:
    title: str
    render: Callable[..., Any]


def available() -> list[Document]:
    """The document renderers that exist in this build (none until the documents issue lands)."""
    found = []
    for module_name, function, title in KNOWN:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        render = getattr(module, function, None)
        if callable(render):
            found.append(Document(title, render))
    return found
