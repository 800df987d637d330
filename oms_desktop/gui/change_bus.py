"""One signal that says what a user action changed, so that every page refreshes only that."""

from PySide6.QtCore import QObject, Signal

from oms_desktop.services.changes import Changes


class ChangeBus(QObject):
    """Carries `Changes` from finished actions to the models and pages that show the data."""

    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        """Tell every listener what changed; nothing is sent when nothing changed."""
        if changes:
            self.changed.emit(changes)
