"""settings show / set: the shop settings (name, currency, document language, time zone ...)."""

import argparse
from dataclasses import fields, replace
from typing import Any

from oms_desktop.cli.context import Context
from oms_desktop.services import settings
from oms_desktop.services.settings import ShopSettings

# `configured` is the first-run wizard's own mark, not a setting anyone types.
NAMES = [f.name.replace("_", "-") for f in fields(ShopSettings) if f.name != "configured"]


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="the shop settings").add_subparsers(
        dest="settings_command", required=True
    )
    p.add_parser("show", help="every shop setting").set_defaults(func=show)
    s = p.add_parser(
        "set",
        help="change one shop setting",
        description="e.g. `settings set time-zone Asia/Shanghai` (an empty value: this computer's zone)",
    )
    s.add_argument("name", type=setting_name, metavar="KEY", help="one of: " + ", ".join(NAMES))
    s.add_argument("value")
    s.set_defaults(func=set_one)


def setting_name(text: str) -> str:
    """A setting's name, written with dashes or underscores (prices-include-tax, prices_include_tax)."""
    name = text.strip().lower().replace("_", "-")
    if name not in NAMES:
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not a setting: one of {', '.join(NAMES)}")
    return name


def show(ctx: Context) -> int:
    ctx.show(settings.get_settings(ctx.uow))
    return 0


def set_one(ctx: Context) -> int:
    name = ctx.args.name.replace("-", "_")
    current = settings.get_settings(ctx.uow)
    try:
        value = settings.decode(name, ctx.args.value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{ctx.args.value[:40]}' is not a value for {ctx.args.name} ({exc})"
        ) from None
    if name == "logo_path" and value:
        _require_logo(str(value))
    changed: dict[str, Any] = {name: value}
    ctx.show(settings.save_settings(ctx.uow, replace(current, **changed)).value)
    return 0


def _require_logo(path: str) -> None:
    """The logo is read when a document is made, where one that cannot be read is left out with a line in
    the log: so it is checked when it is set, or the shop would believe its invoices carry it."""
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(path).getSize()
    except (OSError, ValueError) as exc:
        detail = getattr(exc, "strerror", None) or "not a picture that can be read"
        raise argparse.ArgumentTypeError(
            f"{path[:120]} cannot be the logo ({detail}): give a PNG or JPEG file"
        ) from None
