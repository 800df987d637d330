"""The desktop window (PySide6). The only package that imports Qt; it reaches the data through services."""

from oms_desktop.gui.compat import protect_singletons

# Before any signal is emitted: PySide6 6.12.0 on Python 3.11 drops references it never took (see compat).
protect_singletons()
