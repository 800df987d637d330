"""Reports as tables, written to CSV or Excel (openpyxl) with exact values: money stays Decimal."""
