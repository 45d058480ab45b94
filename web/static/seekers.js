// forsa: the occupation picker on the seeker form. Progressive enhancement: without
// this script the field still takes a typed ISCO-08 code; with it, the suggestions
// under the field follow what is typed, in Arabic or English, from the taxonomy API.
(function () {
  "use strict";
  var list = document.getElementById("occupations-list");
  if (!list || !window.fetch) return;
  var arabic = document.documentElement.lang === "ar";
  var timer = null;
  var asked = "";
  function fill(items) {
    list.textContent = "";
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.code;
      option.textContent = item.code + " " + (arabic ? item.name_ar : item.name_en);
      list.appendChild(option);
    });
  }
  function suggest(text) {
    var q = text.trim();
    if (q.length < 2 || q === asked || /^\d{4}$/.test(q)) return;
    asked = q;
    fetch("/api/v1/taxonomy/occupations?level=4&limit=12&q=" + encodeURIComponent(q))
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(fill)
      .catch(function () { /* offline: the typed code still goes */ });
  }
  document.querySelectorAll("input[list='occupations-list']").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { suggest(input.value); }, 150);
    });
  });
})();
