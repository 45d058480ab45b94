// forsa: the occupation picker (seeker and vacancy forms). Progressive enhancement:
// without this script the field takes a typed ISCO-08 code. With it, the field
// becomes a combobox (ARIA 1.2 pattern) whose suggestions follow what is typed, in
// Arabic or English, from the taxonomy API; arrow keys move, Enter picks, Escape
// closes. It replaces the field's <datalist>, whose popup screen readers do not
// reach everywhere, nor a keyboard in headless Chromium (so no test could pick).
(function () {
  "use strict";
  if (!window.fetch) return;
  var arabic = document.documentElement.lang === "ar";

  function picker(input) {
    var label = document.querySelector("label[for='" + input.id + "']");
    var list = document.createElement("ul");
    list.id = input.id + "-suggestions";
    list.className = "picker-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", label ? label.textContent.trim() : input.id);
    list.hidden = true;
    var chosen = document.createElement("p");
    chosen.className = "visually-hidden";
    chosen.setAttribute("aria-live", "polite");
    input.after(list, chosen);
    input.removeAttribute("list");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    var items = [];
    var active = -1;
    var timer = null;
    var asked = "";

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (option, i) {
        option.setAttribute("aria-selected", String(i === index));
      });
      var option = list.children[index];
      if (option) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    }
    function pick(index) {
      var option = list.children[index];
      if (!option) return;
      // The field shows the code and the name; the form reads the code before it.
      input.value = option.textContent;
      chosen.textContent = option.textContent;
      close();
    }
    function show(found) {
      items = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.code = item.code;
        option.textContent = item.code + " " + (arabic ? item.name_ar : item.name_en);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          pick(i);
        });
        list.appendChild(option);
      });
      active = -1;
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", String(items.length > 0));
    }
    function suggest() {
      var q = input.value.trim();
      if (q.length < 2 || q === asked || /^\d{4}(\s|$)/.test(q)) return;
      asked = q;
      fetch("/api/v1/taxonomy/occupations?level=4&limit=8&q=" + encodeURIComponent(q))
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) { if (input.value.trim() === q) show(found); })
        .catch(function () { /* offline: the typed code still goes */ });
    }
    input.addEventListener("input", function () {
      chosen.textContent = "";
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", close);
    // A chosen occupation is replaced as a whole by what is typed next.
    input.addEventListener("focus", function () {
      if (/^\d{4}\s/.test(input.value)) input.select();
    });
  }

  document.querySelectorAll("input[data-complete='occupations']").forEach(picker);
})();
