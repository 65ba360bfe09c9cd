// Autocomplete for the search page: suggestions as you type, added to a form that works without it.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest-url]");
  if (!input || !window.fetch) { return; }
  var list = document.getElementById(input.getAttribute("aria-controls"));
  var url = input.getAttribute("data-suggest-url");
  var timer = null;
  var latest = 0;
  var active = -1;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function render(items) {
    list.textContent = "";
    active = -1;
    if (!items.length) { close(); return; }
    items.forEach(function (item, index) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      li.id = list.id + "-" + index;
      li.setAttribute("role", "option");
      link.href = item.url;
      link.textContent = item.text;  // text, never HTML
      link.tabIndex = -1;
      li.appendChild(link);
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function highlight(index) {
    var all = options();
    if (!all.length) { return; }
    active = (index + all.length) % all.length;
    all.forEach(function (el, i) { el.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", all[active].id);
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query.length < 2) { close(); return; }
    var request = ++latest;
    fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (request === latest) { render(data.suggestions || []); } })
      .catch(close);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) { return; }
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].querySelector("a").href;
    }
  });
  input.addEventListener("blur", function () { window.setTimeout(close, 200); });
})();
