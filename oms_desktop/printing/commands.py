"""The raw ESC/POS commands the jobs use, as bytes, in one place.

Written out by hand rather than through python-escpos's helpers because those consult a printer profile
(and print chatter to stdout when it lacks a feature); these few commands are the ones every ESC/POS
receipt printer, Epson's and the Chinese clones alike, understands.
"""

ESC = b"\x1b"
GS = b"\x1d"
FS = b"\x1c"
LF = b"\n"

INIT = ESC + b"@"  # reset modes left behind by an earlier job (half printed or not)

BOLD_ON = ESC + b"E\x01"
BOLD_OFF = ESC + b"E\x00"
DOUBLE_ON = GS + b"!\x11"  # double width and height: ASCII and Chinese characters alike
DOUBLE_OFF = GS + b"!\x00"

ALIGN_LEFT = ESC + b"a\x00"
ALIGN_CENTRE = ESC + b"a\x01"

# The Chinese character mode of printers with a GB2312/GBK font: two bytes each print one Chinese
# character (two columns wide); bytes below 0x80 stay ASCII.
CHINESE_ON = FS + b"&"
CHINESE_OFF = FS + b"."

# Function B of GS V: feed the paper up to the cutter (so the last line is not cut off), then cut,
# leaving a hinge so the receipt does not drop on the floor.
CUT = GS + b"V" + bytes((66, 0))

# ESC p m t1 t2: a pulse on pin 2 (m=0), on for 25 x 2 ms and off for 250 x 2 ms, the timings drawer
# makers publish as safe for their solenoids.
DRAWER_KICK = ESC + b"p" + bytes((0, 25, 250))

CODE128 = 73  # GS k m, function B (the length byte follows m)
BARCODE_HEIGHT = 80  # dots: about 10 mm, tall enough for a hand scanner
BARCODE_MODULE = 2  # dots per narrow bar: 0.25 mm at 203 dpi, what scanners read reliably
HRI_BELOW = GS + b"H\x02"  # print the human-readable number under the bars
HRI_FONT_A = GS + b"f\x00"


def feed(lines: int) -> bytes:
    """ESC d n: print what is buffered and feed `lines` lines."""
    return ESC + b"d" + bytes((max(0, min(lines, 255)),))


def code128_width(data: str) -> int:
    """The dots a CODE128 code set B symbol of `data` takes: start, one symbol per character, check,
    stop (13 modules), at BARCODE_MODULE dots each."""
    return (11 * (len(data) + 2) + 13) * BARCODE_MODULE


def code128(data: str) -> bytes:
    """GS k 73 n: `data` (printable ASCII) as a CODE128 barcode in code set B, centred, number below.

    Epson's CODE128 data starts with "{B" to select the code set, and "{" itself is written "{{"."""
    payload = b"{B" + data.replace("{", "{{").encode("ascii")
    if len(payload) > 255:
        raise ValueError(f"too long for a barcode: {data!r}")
    return b"".join(
        (
            ALIGN_CENTRE,
            GS + b"h" + bytes((BARCODE_HEIGHT,)),
            GS + b"w" + bytes((BARCODE_MODULE,)),
            HRI_BELOW,
            HRI_FONT_A,
            GS + b"k" + bytes((CODE128, len(payload))) + payload,
            ALIGN_LEFT,
        )
    )
