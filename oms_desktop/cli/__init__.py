"""The headless command line. Every command calls services; none touches the ORM."""

from oms_desktop.cli.main import main

__all__ = ["main"]
