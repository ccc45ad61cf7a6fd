"""The reader's choice of script for people's names: read from ``?names=`` or the ``names``
cookie, made current for the request (archive.search.name_display), and remembered.

A link or form carrying ``?names=`` (the control every page shows, facet and page links, which
keep the query string) sets the cookie, so the pages reached without the parameter — a
meeting, a person, a country — keep the choice. An unknown value is a 400 that says which
values there are.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

from ..search import name_display
from ..search.name_display import PARAM, NameScript, UnknownNameScript, parse_script

COOKIE_AGE = 365 * 24 * 3600


def script_of(request: HttpRequest) -> tuple[str, bool]:
    """(the request's script, whether its query string chose it); UnknownNameScript for a
    bad ``?names=``. A bad cookie is ignored (the reader cannot see it to fix it)."""
    chosen = parse_script(request.GET.get(PARAM))
    if chosen:
        return chosen, True
    remembered = parse_script(request.COOKIES.get(PARAM), strict=False)
    return remembered or name_display.DEFAULT, False


class NameScriptMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            script, chosen = script_of(request)
        except UnknownNameScript as error:
            if request.path.startswith("/api/"):
                return JsonResponse({"error": str(error)}, status=400)
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        request.name_script = script
        token = name_display.activate(script)
        try:
            response = self.get_response(request)
        finally:
            name_display.deactivate(token)
        if chosen and request.COOKIES.get(PARAM) != script:
            response.set_cookie(
                PARAM, script, max_age=COOKIE_AGE, samesite="Lax", secure=request.is_secure()
            )
        return response


def name_script(request: HttpRequest) -> dict:
    """Template context for the names control: the choices, the current one, and the
    parameters of the page to keep (all but ``names``) as hidden fields."""
    current = getattr(request, "name_script", name_display.DEFAULT)
    keep = [
        (key, value)
        for key in request.GET
        if key != PARAM
        for value in request.GET.getlist(key)
        if value
    ]
    return {
        "name_script": current,
        "name_scripts": NameScript.choices,
        "name_script_keep": keep,
        "latin_standard": name_display.LATIN_STANDARD,
    }
