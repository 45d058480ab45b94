// The occupation picker: fills the <datalist> of an <input list> with ISCO-08 unit
// groups as one types, in the page's language. Without this script the field still
// takes a four-digit code typed by hand.
"use strict";
(function () {
  var arabic = document.documentElement.lang === "ar";
  document.querySelectorAll("input[data-complete=occupations]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0;
    var asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === asked) return;
        asked = q;
        fetch("/api/v1/taxonomy/occupations?level=4&limit=12&q=" + encodeURIComponent(q))
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (occupations) {
            list.replaceChildren.apply(list, occupations.map(function (o) {
              var option = document.createElement("option");
              option.value = o.code;
              option.label = o.code + " " + (arabic ? o.name_ar : o.name_en);
              option.textContent = option.label;
              return option;
            }));
          })
          .catch(function () { /* offline: typing the code still works */ });
      }, 200);
    });
  });
})();
