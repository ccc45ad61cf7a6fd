"""Old addresses of the public detail pages: a slug that a meeting, person or body had before it
was renamed or merged into another record answers 301 to the record's page now.

``follows_old_slugs(Model)`` decorates a detail view taking ``slug``: only when the view answers
404 is the slug looked up among the old ones (archive.models.SlugRedirect), so a page found costs
nothing more. A live record's slug is never redirected away from, and a meeting is redirected to
only for those who may see it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from ..models import SlugRedirect


def old_slug_target(request: HttpRequest, model: type[Model], slug: str) -> Model | None:
    """The record an old slug of ``model`` leads to, when ``request``'s user may see it; None
    when the slug is a live record's (the view decided about that one) or no record's."""
    if model._default_manager.filter(slug=slug).exists():
        return None
    target = SlugRedirect.objects.record_for(model, slug)
    visible_to = getattr(model._default_manager, "visible_to", None)
    hidden = (
        target is not None
        and visible_to is not None
        and not visible_to(request.user).filter(pk=target.pk).exists()
    )
    return None if hidden else target


def follows_old_slugs(model: type[Model]) -> Callable:
    """A detail view whose 404 for an old slug of ``model`` becomes a 301 to the record."""

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def detail(request: HttpRequest, *args, slug: str, **kwargs) -> HttpResponse:
            try:
                return view(request, *args, slug=slug, **kwargs)
            except Http404:
                target = old_slug_target(request, model, slug)
                if target is None:
                    raise
            query = request.META.get("QUERY_STRING", "")
            url = target.get_absolute_url() + (f"?{query}" if query else "")
            return HttpResponsePermanentRedirect(url)

        return detail

    return decorate
