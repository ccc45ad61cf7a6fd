// Small enhancements; the search works fully without JavaScript.
(function () {
  "use strict";
  // A filter box for long facets: hides values that do not contain the typed text.
  document.querySelectorAll(".facet-filter").forEach(function (input) {
    input.hidden = false;
    var facet = input.closest(".facet");
    input.addEventListener("input", function () {
      var text = input.value.trim().toLowerCase();
      var more = facet.querySelector("details.more");
      if (more && text) more.open = true;
      facet.querySelectorAll(".facet-values li").forEach(function (li) {
        li.hidden = text !== "" && li.textContent.toLowerCase().indexOf(text) === -1;
      });
    });
  });
  // A list's filter box (data-filters: the list's container) filters as one types, hiding the
  // groups left empty; submitting it filters on the server, so it works without JavaScript.
  document.querySelectorAll("input[data-filters]").forEach(function (input) {
    var container = document.querySelector(input.dataset.filters);
    if (!container) return;
    input.addEventListener("input", function () {
      var text = input.value.trim().toLowerCase();
      container.querySelectorAll("section").forEach(function (section) {
        var shown = 0;
        section.querySelectorAll("li").forEach(function (li) {
          li.hidden = text !== "" && li.textContent.toLowerCase().indexOf(text) === -1;
          if (!li.hidden) shown += 1;
        });
        section.hidden = shown === 0;
      });
    });
  });
  // The Person facet's "Find anyone": filters the listed people as one types and asks
  // /api/people/ for anyone else by that name (the form does the same without JavaScript).
  document.querySelectorAll("input[data-person-find]").forEach(function (input) {
    var facet = input.closest(".facet");
    var found = facet.querySelector(".people-found");
    var timer = null;
    input.addEventListener("input", function () {
      var text = input.value.trim().toLowerCase();
      var more = facet.querySelector("details.more");
      if (more && text) more.open = true;
      facet.querySelectorAll(".facet-values:not(.people-found) li").forEach(function (li) {
        li.hidden = text !== "" && li.textContent.toLowerCase().indexOf(text) === -1;
      });
      clearTimeout(timer);
      if (text.length < 3 || !window.fetch) { found.textContent = ""; return; }
      timer = setTimeout(function () {
        fetch("/api/people/?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            found.textContent = "";
            data.results.forEach(function (person) {
              var params = new URLSearchParams(window.location.search);
              params.delete("page");
              params.delete("person");
              params.append("participant", person.slug);
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = "/?" + params.toString();
              var name = document.createElement("span");
              name.className = "facet-label";
              name.textContent = person.name;
              var detail = document.createElement("span");
              detail.className = "count";
              detail.textContent = person.detail;
              a.appendChild(name);
              a.appendChild(document.createTextNode(" "));
              a.appendChild(detail);
              li.appendChild(a);
              found.appendChild(li);
            });
          })
          .catch(function () {});
      }, 200);
    });
  });
  // Name suggestions while typing (people, places, bodies) into the search box's datalist.
  var box = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!box || !list || !window.fetch) return;
  var timer = null, last = "";
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var text = box.value.trim();
      if (text.length < 3 || text === last || /["\-]|\sOR\s/.test(text)) return;
      last = text;
      fetch("/api/suggest/?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.results.forEach(function (s) {
            var option = document.createElement("option");
            option.value = s.label;
            option.label = s.detail || s.kind;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();
