"""Search over the archive's meetings: parameters, full text, facets, counts, links.

filters           MeetingFilterSet: every search parameter, validated (SORTS)
params            parse_search: a query string → the FilterSet and page (BadParameters)
words             the searched words as a tsquery, tried once before use (UnreadableWords)
query             MeetingSearch: text match, explicit ordering, paging, the run of a search
facets            the total and facet counts in one statement: sampling, time budget, cache
results           SearchResult, Facet, FacetValue, Chip (and their links)
labels            public keys and names for the ids on a page, and of reports
people            who a user may see, a person's record and figures
snapshots         reading the precomputed counts of the unfiltered archive
snapshot_refresh  writing them (a command's work, never a request's)
entities          figures of the browse lists and entity pages (snapshot, else live)
related           related meetings of a meeting
suggestions       similar names ("Did you mean") and names while typing
highlighting      search headlines and evidence sentences, marked in escaped text
querystrings      links from the current parameters, which always drop ``page``

What a reader may see is ``Meeting.objects.visible_to(user)`` (archive.models.meetings), and
the people of those meetings (archive.search.people.visible_people).
"""
