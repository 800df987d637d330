"""A print job built whole in memory on python-escpos's Dummy printer, line by line, then taken as bytes.

Nothing reaches a device while a job is built, so a job that fails half way (a font missing, a bad
character) prints nothing, and the finished bytes can be sent again as they are.
"""

from escpos.capabilities import Profile
from escpos.printer import Dummy

from oms_desktop.printing import commands
from oms_desktop.printing.columns import Align, aligned, pair, rule, wrap
from oms_desktop.printing.raster import CELL
from oms_desktop.printing.text_modes import TextMode, text_mode

MIN_COLUMNS, MAX_COLUMNS = 16, 80  # 58 mm rolls take 32 columns of font A, 80 mm ones 42 or 48


class Job:
    """The bytes of one job: text laid out in `columns`, sent the way `text_mode` says ("gb18030" or
    "image"), and the barcode, cut and drawer pulse."""

    def __init__(self, *, columns: int = 42, text_mode_name: str = "gb18030") -> None:
        if not MIN_COLUMNS <= columns <= MAX_COLUMNS:
            raise ValueError(f"a receipt is {MIN_COLUMNS} to {MAX_COLUMNS} columns wide, not {columns}")
        self.columns = columns
        self.mode: TextMode = text_mode(text_mode_name)
        self._printer = Dummy(profile=_profile(columns))
        self._printer._raw(commands.INIT)

    def text(self, text: str, *, align: Align = "left", bold: bool = False, double: bool = False) -> None:
        """`text` wrapped to the paper (half as many columns when `double`), each line aligned; line breaks
        in `text` are kept."""
        columns = self._columns(double)
        for paragraph in text.splitlines() or [""]:
            for line in wrap(self.mode.printable(paragraph), columns, self.mode.char_width):
                self._line(aligned(line, columns, align, self.mode.char_width), bold, double)

    def pair(
        self, left: str, right: str, *, bold: bool = False, double: bool = False, indent: int = 0
    ) -> None:
        """A label (indented by `indent` spaces) and a figure flush right on the same line."""
        columns = self._columns(double)
        label = " " * indent + self.mode.printable(left)
        for line in pair(label, self.mode.printable(right), columns, self.mode.char_width):
            self._line(line, bold, double)

    def rule(self) -> None:
        """A dashed line across the paper."""
        self._line(rule(self.columns), False, False)

    def blank(self, lines: int = 1) -> None:
        """Empty lines."""
        self._printer._raw(commands.LF * lines)

    def barcode(self, data: str) -> bool:
        """`data` as a CODE128 barcode; False (and nothing printed) when it is not plain printable ASCII
        or would not fit across the paper."""
        encodable = data.isascii() and data.isprintable() and 0 < len(data) <= 80
        if not encodable or commands.code128_width(data) > self.columns * CELL:
            return False
        self._printer._raw(commands.code128(data))
        return True

    def cut(self) -> None:
        """Feed to the cutter and cut."""
        self._printer._raw(commands.CUT)

    def kick_drawer(self) -> None:
        """Open the cash drawer plugged into the printer."""
        self._printer._raw(commands.DRAWER_KICK)

    def output(self) -> bytes:
        """Everything so far, as the bytes to send."""
        return self._printer.output

    def _columns(self, double: bool) -> int:
        return self.columns // 2 if double else self.columns

    def _line(self, line: str, bold: bool, double: bool) -> None:
        self.mode.write(self._printer, line, bold=bold, double=double)


def _profile(columns: int) -> Profile:
    # python-escpos's default profile knows no paper width, and then image() prints a warning to stdout
    # for every line drawn; the width of our columns is the widest image we ever send.
    profile = Profile(columns=columns)
    media = {"dpi": 203, "width": {"mm": "Unknown", "pixels": columns * CELL}}
    profile.profile_data = {**profile.profile_data, "media": media}
    return profile
