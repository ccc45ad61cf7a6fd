"""The Atom feed with hostile text in it: control characters in the query or in stored titles,
and markup in report text, which a feed reader must receive as text, never as HTML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from archive.ingest.importer import ReportImporter
from archive.ingest.reading import Report
from archive.models import Meeting, SourceDocument
from tests.factories import build

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")


class _Tags(HTMLParser):
    """The tags and attributes an HTML renderer would build from a piece of text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def reader_markup(feed: bytes) -> list[tuple[str, list]]:
    """Every tag a feed reader would render from the feed's text constructs: the text of an
    element with type="html" is HTML (RFC 4287, 3.1.1.2); type="text" (the default) is not."""
    root = ET.fromstring(feed)  # a reader's XML parser: entities decoded once
    found = []
    for element in root.iter():
        kind = element.get("type", "text")
        if kind == "html":
            parser = _Tags()
            parser.feed(element.text or "")
            found += parser.tags
        elif kind == "xhtml":
            found += [(child.tag, list(child.attrib.items())) for child in element.iter()][1:]
    return found


def entries(feed: bytes) -> list[ET.Element]:
    return ET.fromstring(feed).findall(f"{ATOM}entry")


@pytest.mark.parametrize("words", ["a\x01b", "\x1b[31m", "border\x0bguards", "\x7f\x00x"])
def test_control_characters_in_the_query_give_a_well_formed_feed(client, archive, words):
    """The query is the feed's title: its control characters are left out, not a 500."""
    response = client.get("/feed/", {"q": words})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        title = ET.fromstring(response.content).find(f"{ATOM}title").text
        assert not any(ch in title for ch in CONTROLS)


def test_stored_titles_with_control_characters_do_not_break_the_feed(client, archive):
    """Rows imported before titles were cleaned still give a well-formed feed, without the
    control characters."""
    Meeting.objects.filter(pk=archive["m1"].pk).update(
        title="Ministers\x01\x02\x0b met", summary="Text\x0cwith\x1bcontrols", city="Mo\x08scow"
    )
    response = client.get("/feed/")
    assert response.status_code == 200
    text = " ".join(ET.fromstring(response.content).itertext())
    assert "Ministers" in text and "met" in text
    assert not any(ch in text for ch in CONTROLS)


HEADLINE_WITH_CONTROLS = (
    "Interior ministers\x01\x02\x0b met in Astana to discuss border security\n\n"
    "ASTANA, 15 May 2024 (Kazinform) - The 52nd meeting of the Council of Ministers of Internal "
    "Affairs of the CIS member states was held in Astana on 15 May 2024. Delegations from "
    "Armenia, Belarus and Kyrgyzstan took part.\n"
)


def test_import_strips_control_characters_from_the_headline(client, reference_data):
    """A report whose first line holds control characters is imported with a clean title, and
    the feed that includes it is well formed."""
    outcome = ReportImporter(status="published").import_report(
        Report(name="ctl.txt", text=HEADLINE_WITH_CONTROLS)
    )
    assert not outcome.failed
    meeting = Meeting.objects.get()
    source = SourceDocument.objects.get()
    assert source.title.startswith("Interior ministers met in Astana"), source.title
    for title in (meeting.title, source.title):
        assert not any(ch in title for ch in CONTROLS)
    response = client.get("/feed/")
    assert response.status_code == 200
    assert len(entries(response.content)) == 1


HOSTILE = {
    "title": '<img src=x onerror="alert(1)">Council',
    "summary": (
        '<script>alert(2)</script><a href="javascript:alert(3)">read</a> '
        "&lt;b&gt;already escaped&lt;/b&gt;"
    ),
    "city": "<svg onload=alert(4)>",
}


def test_feed_readers_receive_report_text_as_text_never_markup(client, reference_data):
    """A reader parsing the feed finds no tags from reports: summaries are plain text (or
    sanitised HTML), so <img onerror>, <script> and javascript: links never come alive."""
    build(year=2024, body=None, countries=["AM"], topics=[], **HOSTILE)
    response = client.get("/feed/?country=AM")
    assert response.status_code == 200
    (entry,) = entries(response.content)
    assert reader_markup(response.content) == []
    # The text itself is kept, as text: a reader shows the characters.
    summary = entry.find(f"{ATOM}summary")
    assert "<script>alert(2)</script>" in summary.text
    assert "&lt;b&gt;already escaped&lt;/b&gt;" in summary.text
    assert entry.find(f"{ATOM}title").text.startswith(HOSTILE["title"])
