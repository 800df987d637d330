"""Text that a spreadsheet would run as a formula is written as text (OWASP's CSV injection advice): a
customer named `=HYPERLINK(...)` stays a name in every CSV and Excel export."""

# What Excel, LibreOffice and Google Sheets start a formula (or a DDE call) with.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def starts_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutral(text: str) -> str:
    """`text` with a leading apostrophe when it would start a formula (spreadsheets hide the apostrophe)."""
    return "'" + text if starts_formula(text) else text
