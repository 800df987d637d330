"""A line of feedback inside a page: refusals in red, results in green, never a traceback."""

from PySide6.QtWidgets import QLabel, QWidget

from oms_desktop.gui import error_text


class MessageBar(QLabel):
    """Shows the last message of a page; `kind` is a dynamic property the style sheet colours."""

    def __init__(self, parent: QWidget | None = None, *, collapsible: bool = True) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # On the counter the line keeps its place so that nothing jumps under the cashier's eyes;
        # elsewhere it takes no room while there is nothing to say.
        self._collapsible = collapsible
        if not collapsible:
            self.setMinimumHeight(28)
        self._set("", "none")

    def show_error(self, error: str | BaseException) -> None:
        """A refusal: the window's own words as they are, a core refusal said by its code (error_text)."""
        self._set(error if isinstance(error, str) else error_text.describe(error), "error")

    def show_success(self, text: str) -> None:
        self._set(text, "success")

    def show_warning(self, text: str) -> None:
        """Done, but something the user should look at (in amber)."""
        self._set(text, "warning")

    def show_info(self, text: str) -> None:
        self._set(text, "info")

    def clear_message(self) -> None:
        self._set("", "none")

    @property
    def kind(self) -> str:
        return str(self.property("kind"))

    def _set(self, text: str, kind: str) -> None:
        self.setText(text)
        self.setProperty("kind", kind)
        if self._collapsible:
            self.setVisible(bool(text))
        # A dynamic property only restyles after the style is re-applied.
        self.style().unpolish(self)
        self.style().polish(self)
