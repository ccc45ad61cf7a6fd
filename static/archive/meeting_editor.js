// The meeting change page: the evidence of the field or row in focus is highlighted in the
// reports beside the form (templates/admin/archive/meeting/change_form.html) and scrolled to.
// Positions come from the page (JSON in each report's data-positions, meeting_page.py),
// in UTF-16 code units of the report's text; marks are drawn with the CSS Custom Highlight
// API, so the text itself is never rewritten. Without the API the report is still scrolled.
function meetingEditor() {
  "use strict";
  var panel = document.getElementById("report-panel");
  if (!panel) return;
  var status = document.getElementById("evidence-status");
  // The meeting's own fields, by the name of their form field, and what the page calls them.
  var FIELD_KEYS = {
    title: "title",
    body: "body",
    date_start: "date",
    date_end: "date",
    date_precision: "date",
    city: "city",
    venue_country: "city",
    ordinal: "ordinal",
  };
  var ROW_NOUNS = {
    attendances: "person",
    country_links: "country",
    organization_links: "organization",
    topic_links: "topic",
  };
  var reports = Array.prototype.map.call(panel.querySelectorAll(".panel-report"), function (el) {
    return {
      text: el.querySelector(".report-text"),
      positions: JSON.parse(el.getAttribute("data-positions") || "{}"),
    };
  });
  var canHighlight = window.CSS && CSS.highlights && window.Highlight;
  var current = null;

  // What the focused element is: {key, label} for a meeting field or an inline row.
  function subjectOf(element) {
    var row = element.closest("tr.form-row, .inline-related");
    if (row && row.id) {
      var match = /^(.+)-(\d+)$/.exec(row.id);
      var id = match && row.querySelector('input[name="' + row.id + '-id"]');
      if (match && ROW_NOUNS[match[1]]) {
        return id && id.value
          ? { key: match[1] + ":" + id.value, label: "this " + ROW_NOUNS[match[1]] }
          : { key: "", label: "this new " + ROW_NOUNS[match[1]] };
      }
    }
    var box = element.closest(".fieldBox, .form-row");
    if (!box) return null;
    for (var i = 0; i < box.classList.length; i++) {
      var name = box.classList[i].replace(/^field-/, "");
      if (box.classList[i].indexOf("field-") === 0 && FIELD_KEYS[name]) {
        return { key: FIELD_KEYS[name], label: "the " + FIELD_KEYS[name] };
      }
    }
    return null;
  }

  // A DOM range over characters [start, end) of an element's text.
  function rangeOf(element, start, end) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var seen = 0;
    var started = false;
    var node;
    while ((node = walker.nextNode())) {
      var length = node.data.length;
      if (!started && start <= seen + length) {
        range.setStart(node, start - seen);
        started = true;
      }
      if (started && end <= seen + length) {
        range.setEnd(node, end - seen);
        return range;
      }
      seen += length;
    }
    return null;
  }

  function show(subject) {
    var key = subject.key;
    if (current === key) return;
    current = key;
    var ranges = [];
    reports.forEach(function (report) {
      (report.positions[key] || []).forEach(function (span) {
        var range = report.text && rangeOf(report.text, span[0], span[1]);
        if (range) ranges.push(range);
      });
    });
    if (canHighlight) {
      CSS.highlights.set("evidence", new Highlight(...ranges));
    }
    if (ranges.length) {
      var top = ranges[0].getBoundingClientRect().top - panel.getBoundingClientRect().top;
      panel.scrollTop += top - panel.clientHeight / 3;
      status.textContent =
        "Evidence of " + subject.label + ": " + ranges.length +
        (ranges.length === 1 ? " passage" : " passages") + ", highlighted.";
    } else {
      status.textContent = "No evidence of " + subject.label + " in the reports.";
    }
    status.classList.toggle("none-found", !ranges.length);
  }

  document.addEventListener("focusin", function (event) {
    if (panel.contains(event.target)) return;
    var subject = subjectOf(event.target);
    if (subject) show(subject);
  });
}

// The admin loads form media in the head, before the page's body exists.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", meetingEditor);
} else {
  meetingEditor();
}
