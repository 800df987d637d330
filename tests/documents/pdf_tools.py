"""Reading the real output back: text with pdftotext, pages with pypdf, barcodes with zbarimg."""

import io
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm


def text(pdf: bytes, *, page: int | None = None) -> str:
    """The text pdftotext extracts (in reading order; -layout keeps table rows on one line)."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", *pages, "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode("utf-8")


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text."""
    return [text(pdf, page=n) for n in range(1, page_count(pdf) + 1)]


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of each page in millimetres, to 0.1 mm."""
    return [
        (round(float(p.mediabox.width) / mm, 1), round(float(p.mediabox.height) / mm, 1))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def image_count(pdf: bytes) -> int:
    """How many raster images the pages show (a logo)."""
    return sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)


def fonts(pdf: bytes) -> str:
    """pdffonts' table: name, type, whether embedded."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        return subprocess.run(["pdffonts", f.name], capture_output=True, check=True, text=True).stdout


def barcodes(pdf: bytes, *, dpi: int = 150, page: int | None = None) -> list[str]:
    """Every symbol zbarimg finds on the pages rendered at `dpi`, as "TYPE:data" (e.g. "CODE-128:SO-1").

    zbar reports one symbol once per image even when it appears several times on the page.
    """
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        pages = ["-f", str(page), "-l", str(page)] if page is not None else []
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", *pages, str(source), f"{tmp}/page"], check=True)
        found: list[str] = []
        for png in sorted(Path(tmp).glob("page*.png")):
            result = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True)
            # zbarimg exits 4 when a page has no symbol at all; that is an empty answer, not an error.
            assert result.returncode in (0, 4), result.stderr
            found += result.stdout.splitlines()
        return found
