"""OMS Desktop: offline order management for small shops."""

__version__ = "0.1.0"
