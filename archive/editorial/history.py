"""The admin history of editorial operations.

Every operation in this package writes Django's ``LogEntry`` (who, when, what), like the
admin's own add/change/delete, so one history page tells the whole story of a record.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.admin.models import LogEntry
from django.db.models import Model


def log(user, objects: Iterable[Model], flag: int, message: str) -> None:
    """Record an operation in Django's admin history (LogEntry), one row per object."""
    if user is None or not getattr(user, "pk", None):
        return
    for obj in objects:
        LogEntry.objects.log_actions(
            user_id=user.pk,
            queryset=[obj],
            action_flag=flag,
            change_message=message,
            single_object=True,
        )
