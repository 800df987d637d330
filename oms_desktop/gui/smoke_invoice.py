"""The smoke run's last step: the invoice of the order it sold, as a PDF file.

`oms-desktop --smoke` is how the packaged app is checked on a clean machine. Rendering the invoice there
proves what a bundle most easily loses: reportlab with its barcode modules, the shipped CJK font, and the
order read back from the database. Set OMS_SMOKE_INVOICE to a file path to keep the PDF; without it the
invoice is still rendered (and checked) but not written.
"""

import os
from collections.abc import Iterable
from pathlib import Path

from oms_desktop.documents import DocumentError, render_invoice
from oms_desktop.domain.errors import DomainError
from oms_desktop.gui.context import AppContext
from oms_desktop.services import orders, settings
from oms_desktop.services.records import ProductRecord

ENV_VAR = "OMS_SMOKE_INVOICE"


def has_cjk(text: str) -> bool:
    """True when `text` has a CJK ideograph (the glyphs a font without CJK would print as boxes)."""
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)


def chinese_first(products: Iterable[ProductRecord]) -> list[ProductRecord]:
    """The products with a Chinese name first (otherwise in their order): some demo products have English
    names only, and an invoice without CJK text would not show whether the font made it into the bundle."""
    return sorted(products, key=lambda product: not has_cjk(product.name))


def write_invoice(ctx: AppContext, number: str) -> tuple[int, str]:
    """Render the invoice of order `number` as the database has it, write it to $OMS_SMOKE_INVOICE if set.

    Returns the smoke run's exit code (0 only when the PDF was made, and written when asked) and a message.
    """
    try:
        detail, shop = ctx.tasks.call(lambda uow: (orders.get_order(uow, number), settings.get_settings(uow)))
        pdf = render_invoice(detail, shop)
    except (DomainError, DocumentError) as exc:
        return 1, f"the invoice of {number} could not be made: {exc}"
    if not pdf.startswith(b"%PDF"):
        return 1, f"the invoice of {number} is not a PDF"
    target = os.environ.get(ENV_VAR)
    if not target:
        return 0, f"invoice rendered ({len(pdf)} bytes)"
    path = Path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf)
    except OSError as exc:
        return 1, f"the invoice could not be written to {path}: {exc}"
    return 0, f"invoice written to {path} ({len(pdf)} bytes)"
