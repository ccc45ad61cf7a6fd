"""The Django admin for editors. Django's autodiscover imports this package, and the imports
below register every model admin:

- ``lists``: change lists that stay fast at a million meetings (bounded counts, index-driven
  search and filter choices)
- ``curated``: CuratedAdmin — an editor's changes become curated, the history says old → new
- ``reference``: countries, topics, organizations
- ``people``: people, their name variants, merging them
- ``merges``: the merge log and undoing a merge
- ``meetings``: meetings, their inlines and actions
- ``reports``: reports (evidence marked) and attendances
- ``review``: the review queue page and the dismissed items
- ``upload``: importing reports through the admin
- ``history``: Django's LogEntry list

The editorial operations themselves (merging people, re-extraction, the review queue,
evidence highlighting) live in archive.editorial; the admin only wires them up.
"""

from django.contrib import admin

from . import curated, history, lists, meetings, merges, people, reference, reports, review, upload
from .curated import CuratedAdmin
from .history import LogEntryAdmin
from .lists import EstimatedCountPaginator, ScaleAdmin
from .meetings import MeetingAdmin
from .merges import MergeLogAdmin
from .people import ParticipantAdmin
from .reference import CountryAdmin, OrganizationAdmin, TopicAdmin
from .reports import AttendanceAdmin, SourceDocumentAdmin
from .review import ReviewDismissalAdmin

admin.site.site_header = "Meeting Reports Archive — editors"
admin.site.site_title = "Archive editors"

# The submodules, and the model admins under the names they had in the one-module admin.
# Settings such as lists.EXACT_COUNT_UP_TO are read where they are defined: patch them there.
__all__ = [
    "AttendanceAdmin",
    "CountryAdmin",
    "CuratedAdmin",
    "EstimatedCountPaginator",
    "LogEntryAdmin",
    "MeetingAdmin",
    "MergeLogAdmin",
    "OrganizationAdmin",
    "ParticipantAdmin",
    "ReviewDismissalAdmin",
    "ScaleAdmin",
    "SourceDocumentAdmin",
    "TopicAdmin",
    "curated",
    "history",
    "lists",
    "meetings",
    "merges",
    "people",
    "reference",
    "reports",
    "review",
    "upload",
]
