"""Receipt printers and cash drawers that speak ESC/POS (python-escpos), with no Qt.

A job is built whole as bytes first (`escpos_receipt.receipt_job`, `escpos_till.till_report_job`,
`escpos_till.drawer_job`), then `send.send` writes it to the printer named by this computer's setting
(`connection`: network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE[:BAUD], file:PATH) in one write, so a
printer that is off refuses before anything prints and the caller can print the same bytes again.
"""
