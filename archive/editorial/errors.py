"""The one error the editorial operations raise."""


class EditorialError(Exception):
    """An operation an editor asked for that cannot be done; the message says why."""
