"""Tags of the search page.

A search page lists about 200 facet values; an ``{% include %}`` per value is a sizeable share
of the page's server time (docs/PERFORMANCE.md), so the list items are built here.
"""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

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
