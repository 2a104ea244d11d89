"""The one family of exceptions services raise for broken domain rules.

Views turn them into a clear message for the user; nothing is half-written, because
services raise before or inside their transaction.
"""


class DomainError(Exception):
    """A request that the domain rules refuse. `message` is safe to show to the user."""

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
