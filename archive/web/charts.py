"""Meetings per year as rows of an SVG bar chart (templates/archive/_year_chart.html).

Drawn with SVG attributes, not styles: the site's Content-Security-Policy forbids inline styles.
"""

from __future__ import annotations

CHART_BAR_WIDTH = 420  # of a 520-unit-wide viewBox: year labels left, counts right
CHART_ROW = 20
COUNT_OFFSET = 54  # bars start at x=48; a bar's count is written 6 units after its end
MARGIN = 4  # above a bar, within its row
BASELINE = 15  # of a row's text, within its row


def year_chart(counts: dict[int, int]) -> dict:
    """``per_year`` rows (one per year from the first to the last) and ``chart_height``."""
    if not counts:
        return {"per_year": [], "chart_height": MARGIN}
    top = max(counts.values())
    rows = []
    for row, year in enumerate(range(min(counts), max(counts) + 1)):
        count = counts.get(year, 0)
        width = round(CHART_BAR_WIDTH * count / top)
        rows.append(
            {
                "year": year,
                "count": count,
                "width": width,
                "bar_y": row * CHART_ROW + MARGIN,
                "text_y": row * CHART_ROW + BASELINE,
                "count_x": width + COUNT_OFFSET,
            }
        )
    return {"per_year": rows, "chart_height": len(rows) * CHART_ROW + MARGIN}
