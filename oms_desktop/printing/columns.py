"""Laying text out in the fixed columns of a receipt printer, where a Chinese character takes two.

How wide a character prints depends on how it is sent (see text_modes), so every function here takes the
mode's `char_width`; `cell_width` is the usual East Asian rule (the idea of cli/output.width).
"""

import unicodedata
from collections.abc import Callable
from typing import Literal

CharWidth = Callable[[str], int]
Align = Literal["left", "centre", "right"]


def cell_width(ch: str) -> int:
    """Columns one character takes: two for wide and full-width (Chinese, Japanese) characters."""
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def width(text: str, char_width: CharWidth = cell_width) -> int:
    """Columns `text` takes on the paper."""
    return sum(char_width(ch) for ch in text)


def wrap(text: str, columns: int, char_width: CharWidth = cell_width) -> list[str]:
    """`text` cut into lines of at most `columns`, at a space where the line has one (Latin words stay
    whole), anywhere else (Chinese has no spaces); always at least one line."""
    lines: list[str] = []
    line = ""
    used = 0
    for ch in text:
        w = char_width(ch)
        if used + w > columns and line:
            head, space, tail = line.rpartition(" ")
            if space and head.strip() and ch != " ":
                lines.append(head.rstrip())
                line = tail
            else:
                lines.append(line.rstrip())
                line = ""
            used = width(line, char_width)
            if ch == " " and not line:
                continue  # a break eats the space it happened at
        line += ch
        used += w
    lines.append(line.rstrip())
    return lines


def aligned(text: str, columns: int, how: Align, char_width: CharWidth = cell_width) -> str:
    """One line (at most `columns` wide) padded on the left to sit centred or right; never on the right,
    since trailing spaces print nothing."""
    room = max(0, columns - width(text, char_width))
    if how == "right":
        return " " * room + text
    if how == "centre":
        return " " * (room // 2) + text
    return text


def pair(left: str, right: str, columns: int, char_width: CharWidth = cell_width) -> list[str]:
    """A label on the left and a figure on the right of one line; when both do not fit, the label wraps
    above and the figure keeps the right edge of the last line."""
    right_w = width(right, char_width)
    if width(left, char_width) + 1 + right_w <= columns:
        return [left + " " * (columns - width(left, char_width) - right_w) + right]
    lines = wrap(left, columns, char_width) if left else []
    if lines and width(lines[-1], char_width) + 1 + right_w <= columns:
        last = lines.pop()
        return [*lines, last + " " * (columns - width(last, char_width) - right_w) + right]
    return [
        *lines,
        *(aligned(part, columns, "right", char_width) for part in wrap(right, columns, char_width)),
    ]


def rule(columns: int) -> str:
    """A dashed line across the paper."""
    return "-" * columns
