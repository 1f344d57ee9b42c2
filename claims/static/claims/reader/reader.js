// Fonte reader: light enhancement only. Every page reads and links the same without it.
(function () {
  "use strict";
  document.documentElement.classList.add("has-js");

  // A span cut where a claim crosses a sentence is drawn in pieces; only the first has the
  // id that :target flashes. Flash every piece of the span the address points at.
  function flashTarget() {
    document.querySelectorAll(".is-flashing").forEach(function (el) {
      el.classList.remove("is-flashing");
    });
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    var kind = target.dataset.figure ? "figure" : target.dataset.claim ? "claim" : null;
    if (!kind) return;
    var pieces = document.querySelectorAll("[data-" + kind + '="' + target.dataset[kind] + '"]');
    pieces.forEach(function (el) {
      if (el !== target) el.classList.add("is-flashing");
    });
  }
  window.addEventListener("hashchange", flashTarget);
  flashTarget();

  // Pointing at a figure in the side panel outlines it in the text.
  document.querySelectorAll("[data-points-at]").forEach(function (link) {
    function pieces() {
      return document.querySelectorAll('[data-figure="' + link.dataset.pointsAt + '"]');
    }
    ["mouseenter", "focus"].forEach(function (name) {
      link.addEventListener(name, function () {
        pieces().forEach(function (el) { el.classList.add("is-pointed"); });
      });
    });
    ["mouseleave", "blur"].forEach(function (name) {
      link.addEventListener(name, function () {
        pieces().forEach(function (el) { el.classList.remove("is-pointed"); });
      });
    });
  });
})();
