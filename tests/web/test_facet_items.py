"""The facet list items the search page builds in a template tag: every value from a request or
a report is escaped, the markup of a chosen value is not."""

from types import SimpleNamespace

from django.utils.safestring import SafeString, mark_safe

from archive.templatetags.search_tags import facet_items


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
