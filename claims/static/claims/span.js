/* Select words in an article text (class fonte-text) to add a claim or figure on that span.
 *
 * Offsets are Python string indices, i.e. code points: the text before the selection is
 * measured with Array.from, not .length, which counts UTF-16 units and would drift past
 * any character outside the Basic Multilingual Plane. The server validates the span again.
 */
(function () {
  "use strict";

  function codePoints(text) {
    return Array.from(text).length;
  }

  function offsetIn(container, node, offset) {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return Number(container.dataset.base || 0) + codePoints(before.toString());
  }

  function link(label, base, params) {
    const a = document.createElement("a");
    a.href = base + "?" + new URLSearchParams(params).toString();
    a.textContent = label;
    return a;
  }

  document.addEventListener("DOMContentLoaded", function () {
    const targets = document.getElementById("fonte-selection-targets");
    if (!targets || !(targets.dataset.claimUrl || targets.dataset.figureUrl)) {
      return;
    }
    const bar = document.createElement("div");
    bar.className = "fonte-selection";
    bar.hidden = true;
    document.body.appendChild(bar);
    // Pressing a link in the bar must not clear the selection (and hide the bar) first.
    bar.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    document.addEventListener("mousedown", function (event) {
      if (!bar.contains(event.target)) {
        bar.hidden = true;
      }
    });

    document.addEventListener("selectionchange", function () {
      const selection = window.getSelection();
      if (!selection.rangeCount || selection.isCollapsed) {
        return;
      }
      const range = selection.getRangeAt(0);
      const start = range.startContainer.nodeType === Node.ELEMENT_NODE
        ? range.startContainer : range.startContainer.parentElement;
      const container = start && start.closest(".fonte-text[data-source]");
      if (!container || !container.contains(range.endContainer)) {
        return;
      }
      const selected = range.toString();
      const lead = codePoints(selected) - codePoints(selected.trimStart());
      const trail = codePoints(selected) - codePoints(selected.trimEnd());
      const from = offsetIn(container, range.startContainer, range.startOffset) + lead;
      const to = offsetIn(container, range.endContainer, range.endOffset) - trail;
      if (to <= from) {
        return;
      }
      const params = {source: container.dataset.source, start: from, end: to};
      const shown = selected.trim();
      const quote = document.createElement("q");
      quote.textContent = shown.length > 60 ? shown.slice(0, 57) + "…" : shown;
      bar.replaceChildren(quote, document.createTextNode(" [" + from + ":" + to + "]"));
      if (targets.dataset.claimUrl) {
        bar.appendChild(link("Add claim", targets.dataset.claimUrl, params));
      }
      if (targets.dataset.figureUrl) {
        const figure = Object.assign({}, params);
        if (targets.dataset.claim) {
          figure.claim = targets.dataset.claim;
        }
        bar.appendChild(link("Add figure", targets.dataset.figureUrl, figure));
      }
      bar.hidden = false;
    });
  });
})();
