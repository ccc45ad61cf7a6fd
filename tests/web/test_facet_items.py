"""The facet list items the search page builds in a template tag: every value from a request or
a report is escaped, the markup of a chosen value is not."""

from types import SimpleNamespace

import pytest
from django.utils.safestring import SafeString, mark_safe

from archive.templatetags.search_tags import facet_items, result_cards
from tests.factories import build


def value(label, url, count=1, selected=False):
    return SimpleNamespace(label=label, url=url, count=count, selected=selected)


def test_labels_and_links_are_escaped_and_a_chosen_value_is_marked():
    items = facet_items(
        [
            value('<b>Baku</b> "x"', "?city=%3Cb%3E&country=AZ", count=12345),
            value(mark_safe("<em>safe</em>"), "?topic=t", selected=True),
        ],
        "/search/?a=1&",
    )
    assert isinstance(items, SafeString)
    assert items == (
        '<li><a href="/search/?a=1&amp;?city=%3Cb%3E&amp;country=AZ"><span class="facet-label">'
        '&lt;b&gt;Baku&lt;/b&gt; &quot;x&quot;</span> <span class="count">12,345</span></a></li>'
        '<li class="selected"><a href="/search/?a=1&amp;?topic=t" aria-current="true">'
        '<span class="facet-label"><span class="visually-hidden">Remove filter: </span>✓ '
        '<em>safe</em></span> <span class="count">1</span></a></li>'
    )


def card_meeting(**fields):
    """A shown meeting as MeetingSearch leaves it, with only what a card reads."""
    defaults = {
        "title": "Meeting",
        "slug": "m",
        "date_display": "4 October 2024",
        "city": "",
        "body_label": None,
        "status": "published",
        "snippet": None,
        "summary": "",
        "country_list": [],
        "topic_list": [],
    }
    meeting = SimpleNamespace(**{**defaults, **fields})
    meeting.get_status_display = lambda: "Needs review"
    return meeting


def test_result_cards_escape_report_text_and_keep_the_snippet_marks():
    """Titles, cities, bodies, summaries and tags from reports are escaped; the snippet's
    <mark> (already escaped by highlight) is kept; staff see a meeting's status."""
    cards = result_cards(
        [
            card_meeting(
                title='<script>alert("t")</script>',
                city="Baku & <i>",
                body_label=("b", "Council <of> 'heads'"),
                status="review",
                snippet=mark_safe("a <mark>word</mark> &amp; more"),
                country_list=[("RU", "Russia <x>")],
                topic_list=[(f"t{i}", f"Topic {i}") for i in range(7)],
            ),
            card_meeting(summary="<b>" + " word" * 60),
        ]
    )
    assert isinstance(cards, SafeString)
    first, second = cards.split("</li><li>")
    assert '<a href="/meetings/m/">&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</a>' in first
    assert "<span>Baku &amp; &lt;i&gt;</span>" in first
    assert "<span>Council &lt;of&gt; &#x27;heads&#x27;</span>" in first
    assert '<span class="status">Needs review</span>' in first
    assert '<p class="snippet">a <mark>word</mark> &amp; more</p>' in first
    assert '<span class="tag country">Russia &lt;x&gt;</span>' in first
    assert first.count('class="tag topic"') == 5
    assert '<p class="snippet">&lt;b&gt;' + " word" * 44 + " …</p>" in second
    assert "status" not in second and "tags" not in second


@pytest.mark.django_db
def test_a_cards_link_is_its_meetings_address(reference_data):
    """The card puts each slug into one reversed address: the same as get_absolute_url."""
    meetings = [
        build(title=title, year=2024, city="", body=None, countries=[], topics=[], text="Talks.")
        for title in ("Council of Ministers 12", "Совет министров", "A_b-c")
    ]
    cards = result_cards([card_meeting(slug=m.slug, title=m.title) for m in meetings])
    for meeting in meetings:
        assert f'<a href="{meeting.get_absolute_url()}">' in cards
    assert len({m.get_absolute_url() for m in meetings}) == 3
