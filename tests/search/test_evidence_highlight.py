"""Evidence marks never land on the wrong words: a stored span whose offsets no longer point at
its sentence (the report was cleaned again) is found again by the sentence, or skipped."""

from __future__ import annotations

import pytest

from archive.models import MeetingTopic
from archive.search.highlighting import Evidence, Span, evidence_spans, mark_evidence

TEXT = "Opening remarks. The ministers discussed drug routes. Closing words."


def test_offsets_that_still_point_at_their_sentence_are_kept():
    start = TEXT.index("drug routes")
    evidence = [Evidence(start, start + 11, "drug routes", "topic: Drugs")]
    assert evidence_spans(TEXT, evidence) == [Span(start, start + 11, "topic: Drugs")]


def test_stale_offsets_are_found_again_by_their_sentence():
    evidence = [Evidence(0, 11, "drug routes", "topic: Drugs")]  # "Opening rem"
    start = TEXT.index("drug routes")
    assert evidence_spans(TEXT, evidence) == [Span(start, start + 11, "topic: Drugs")]


def test_a_sentence_no_longer_in_the_text_is_skipped():
    evidence = [
        Evidence(0, 11, "arms trafficking", "topic: Arms"),
        Evidence(None, None, "", "topic: Nothing"),
        Evidence("3", "9", "", "topic: Strings are no offsets"),
    ]
    assert evidence_spans(TEXT, evidence) == []


def test_marks_escape_the_text_and_merge_overlaps():
    text = "<b>x</b> Ivan Kubrakov spoke & left."
    start = text.index("Ivan")
    spans = [Span(start, start + 13, "person: Ivan"), Span(start + 5, start + 19, "speaker")]
    assert str(mark_evidence(text, spans)) == (
        '&lt;b&gt;x&lt;/b&gt; <mark title="person: Ivan; speaker">Ivan Kubrakov spoke</mark>'
        " &amp; left."
    )
    assert "<mark>Ivan Kubrakov spoke</mark>" in str(mark_evidence(text, spans, titles=False))


@pytest.mark.django_db
def test_meeting_page_marks_the_sentence_not_the_stale_offsets(client, reference_data):
    """The public meeting page uses the same highlighter: stale offsets mark the sentence."""
    from tests.factories import build

    meeting = build(
        title="Stale",
        year=2024,
        city="",
        body=None,
        countries=[],
        topics=["terrorism"],
        text=TEXT,
    )
    source = meeting.sources.get()
    MeetingTopic.objects.filter(meeting=meeting).update(
        source=source, evidence="drug routes", evidence_start=0, evidence_end=11
    )
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "<mark>drug routes</mark>" in content
    assert "<mark>Opening rem</mark>" not in content
