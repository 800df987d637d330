"""The desktop window (PySide6). The only package that imports Qt; it reaches the data through services."""
