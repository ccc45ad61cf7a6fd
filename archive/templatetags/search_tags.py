"""Tags of the search page.

A search page lists about 200 facet values and 20 result cards; an ``{% include %}`` per value
or card is a sizeable share of the page's server time (docs/PERFORMANCE.md), so the list items
and the cards are built here.
"""

import html
from collections.abc import Callable

from django import template
from django.template.defaultfilters import truncatewords
from django.utils.safestring import SafeString, mark_safe

from ..models import Meeting
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


SUMMARY_WORDS = 45  # a card without a snippet shows its summary's first words


@register.simple_tag
def result_cards(meetings) -> SafeString:
    """One <li> with the card of each shown meeting (MeetingSearch gives each its snippet,
    body label and country and topic labels): title, date, city, body, status, snippet or
    summary, and the countries and first five topics as tags."""
    url_of = _meeting_urls()
    return mark_safe("".join(f"<li>{_card(meeting, url_of)}</li>" for meeting in meetings))


def _meeting_urls() -> Callable[[str], str]:
    """A meeting's address from its slug: ``Meeting.get_absolute_url`` asked once for a page
    of cards (each ``reverse`` costs about as much as the rest of a card), the slug then put
    in its place. A slug needs no quoting: it is ASCII letters, digits, "-" and "_"."""
    marker = "slug-marker"
    before, after = Meeting(slug=marker).get_absolute_url().split(marker)
    return lambda slug: f"{before}{slug}{after}"


def _card(meeting, url_of: Callable[[str], str]) -> str:
    meta = f'<span class="date">{_escaped(meeting.date_display)}</span>'
    if meeting.city:
        meta += f" · <span>{_escaped(meeting.city)}</span>"
    if meeting.body_label:
        meta += f" · <span>{_escaped(meeting.body_label[1])}</span>"
    if meeting.status != "published":
        meta += f' · <span class="status">{_escaped(meeting.get_status_display())}</span>'
    if meeting.snippet:
        text = f'<p class="snippet">{_escaped(meeting.snippet)}</p>'
    elif meeting.summary:
        text = f'<p class="snippet">{_escaped(truncatewords(meeting.summary, SUMMARY_WORDS))}</p>'
    else:
        text = ""
    tags = ""
    if meeting.country_list or meeting.topic_list:
        countries = "".join(
            f'<span class="tag country">{_escaped(name)}</span>' for _, name in meeting.country_list
        )
        topics = "".join(
            f'<span class="tag topic">{_escaped(name)}</span>' for _, name in meeting.topic_list[:5]
        )
        tags = f'\n  <p class="tags">\n    {countries}\n    {topics}\n  </p>\n  '
    return (
        '<article class="card">\n'
        f'  <h2 class="card-title"><a href="{_escaped(url_of(meeting.slug))}">'
        f"{_escaped(meeting.title)}</a></h2>\n"
        f'  <p class="meta">\n    {meta}\n  </p>\n'
        f"  {text}\n"
        f"  {tags}\n"
        "</article>\n"
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
