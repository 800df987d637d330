"""A line of text drawn as a 1-bit image, for printers without a Chinese font (or with the wrong one).

Each character is drawn in the cells it would take as text (12 dots a column, as the printer's font A),
so that lines drawn as images keep the same columns as lines sent as text above and below them.
"""

import functools

from PIL import Image, ImageDraw, ImageFont

from oms_desktop.documents.errors import FontNotFound
from oms_desktop.documents.fonts import candidates
from oms_desktop.printing.columns import CharWidth, width

CELL = 12  # dots one column takes in the printer's font A (12 x 24 dots)
LINE = 30  # dots from one line to the next: about the printer's own line spacing for text
FONT_SIZE = 22  # pixels: a Chinese character fills its 24-dot cell with a little air between neighbours


def line_image(text: str, char_width: CharWidth, *, scale: int = 1, bold: bool = False) -> Image.Image:
    """`text` drawn black on white, `scale` times the normal size, as wide as its columns (a whole number
    of bytes: the raster command sends 8 dots a byte)."""
    dots = max(8, width(text, char_width) * CELL * scale)
    image = Image.new("1", ((dots + 7) // 8 * 8, LINE * scale), 1)
    draw = ImageDraw.Draw(image)
    font = _font(FONT_SIZE * scale)
    x = 0
    for ch in text:
        cell = char_width(ch) * CELL * scale
        if not ch.isspace():
            # Centred in its own cells: the font's proportional advance must not shift the columns.
            draw.text(
                (x + cell / 2, image.height / 2),
                ch,
                font=font,
                fill=0,
                anchor="mm",
                stroke_width=1 if bold else 0,
                stroke_fill=0,
            )
        x += cell
    return image


@functools.lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont:
    # The documents' font (shipped WenQuanYi Micro Hei first), so printed and PDF receipts read alike.
    refused: list[str] = []
    for path in candidates():
        if not path.is_file():
            continue
        try:
            return ImageFont.truetype(str(path), size, index=0)
        except OSError as exc:
            refused.append(f"{path} ({exc})")
    why = f" Refused: {'; '.join(refused)}." if refused else ""
    raise FontNotFound(
        "No font for Chinese text was found to draw the receipt with; install a CJK TrueType font, "
        f"or print in gb18030 text mode.{why}"
    )
