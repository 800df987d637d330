"""Errors a document can raise, each with a message a shopkeeper can act on."""


class DocumentError(Exception):
    """A document could not be made (no usable font, an unreadable logo...)."""


class FontNotFound(DocumentError):
    """No TrueType font that covers Chinese and Japanese text was found."""
