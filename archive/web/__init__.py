"""The public web: thin views over archive.search.

pages     the search page, a meeting's page, a person's page
entities  the country, topic and organization pages
browse    the browse lists (countries, topics, organizations, people A–Z)
api       the JSON API (docs/API.md)
feeds     an Atom feed per search
csv       a search's whole result set as CSV
charts    meetings per year as SVG bar-chart rows

Views validate the parameters (archive.search.params), ask archive.search and render; they
never write.
"""
