"""Tags of the search page.

A search page lists about 200 facet values; an ``{% include %}`` per value is a sizeable share
of the page's server time (docs/PERFORMANCE.md), so the list items are built here.
"""

from django import template
from django.utils.html import format_html_join
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


@register.simple_tag
def facet_items(values, home: str) -> SafeString:
    """The <li> items of one facet list: a link that adds (or, when chosen, removes) it."""
    return format_html_join(
        "",
        '<li{}><a href="{}{}"{}><span class="facet-label">{}{}</span> '
        '<span class="count">{}</span></a></li>',
        (
            (
                SELECTED if v.selected else "",
                home,
                v.url,
                CURRENT if v.selected else "",
                REMOVE if v.selected else "",
                v.label,
                grouped(v.count),
            )
            for v in values
        ),
    )


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
