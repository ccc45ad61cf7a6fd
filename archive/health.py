"""/healthz for load balancers and monitors: is the database reachable?

200 {"status": "ok", "database": "ok"} or 503 {"status": "unavailable", "database": "..."}.
No session, no template, one ``SELECT 1``: cheap enough to poll every few seconds, and it never
says more about the failure than "unreachable" (details go to the log).
"""

from __future__ import annotations

import logging

from django.db import Error, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

log = logging.getLogger("archive.health")


def database_reachable() -> bool:
    """Whether ``SELECT 1`` runs on the database (/healthz, and archive.middleware to tell an
    outage from any other database error)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Error as error:  # DatabaseError, or InterfaceError on a connection already closed
        log.error("health check: database unreachable: %s", error)
        return False
    return True


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    if not database_reachable():
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
