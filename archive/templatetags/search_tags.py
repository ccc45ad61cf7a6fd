"""Tags of the search page.

A search page lists about 200 facet values; an ``{% include %}`` per value is a sizeable share
of the page's server time (docs/PERFORMANCE.md), so the list items are built here.
"""

import html

from django import template
from django.utils.safestring import SafeString, mark_safe

from ..search import name_display

register = template.Library()

# Fixed markup for a chosen value (constants: nothing in them comes from a request).
SELECTED = mark_safe(' class="selected"')
CURRENT = mark_safe(' aria-current="true"')
REMOVE = mark_safe('<span class="visually-hidden">Remove filter: </span>✓ ')


@register.filter
def grouped(count: int) -> str:
    """A count with thousands separators."""
    return f"{count:,}"


def _escaped(value) -> str:
    """``conditional_escape`` without its lazy-string wrapper, which costs more than the
    escaping over the few thousand values of a search page: safe strings as they are, anything
    else through html.escape (as Django's ``escape``)."""
    return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))


@register.simple_tag
def facet_items(values, home: str) -> SafeString:
    """The <li> items of one facet list: a link that adds (or, when chosen, removes) it."""
    home = _escaped(home)
    items = []
    for v in values:
        chosen = v.selected
        items.append(
            f'<li{SELECTED if chosen else ""}><a href="{home}{_escaped(v.url)}"'
            f'{CURRENT if chosen else ""}><span class="facet-label">'
            f"{REMOVE if chosen else ''}{_escaped(v.label)}</span> "
            f'<span class="count">{grouped(v.count)}</span></a></li>'
        )
    return mark_safe("".join(items))


@register.filter
def person_name(participant) -> str:
    """The person's name in the reader's script of names (archive.search.name_display)."""
    return name_display.person_name(participant)


@register.filter
def name_in(participant, script: str) -> str:
    """The person's name in a named script ("latin", "cyrillic", "reports")."""
    return participant.name_in(script)


LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}


@register.filter
def language_name(code: str) -> str:
    """A report's language by name ("ru" → "Russian")."""
    return LANGUAGE_NAMES.get(code or "", code or "unknown")
