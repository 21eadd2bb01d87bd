/* frontmap analyst review, in the browser: opening a review-queue entry (moves the timeline to its
 * day and selects its unit) and the keyboard shortcuts (a accept, r reject, e edit, u undo,
 * j / n next, k / p previous; Ctrl+Enter saves the form). Text is only ever set as text. */
(function () {
  "use strict";
  var review = (window.frontmapReview = window.frontmapReview || { position: -1, event: null });

  function nu() { return window.dash_clientside.no_update; }

  function cardOf(eventId) {
    if (!eventId) { return null; }
    var cards = document.querySelectorAll("[id*='rv-card']");
    for (var i = 0; i < cards.length; i++) {
      try {
        if (JSON.parse(cards[i].id).event === eventId) { return cards[i]; }
      } catch (e) { /* not a pattern id */ }
    }
    return null;
  }

  /* Mark the queue's current entry and its excerpt card (again after every panel repaint). */
  function markFocus() {
    Array.prototype.forEach.call(document.querySelectorAll(".fm-queue-item"), function (item, n) {
      item.classList.toggle("fm-focus", n === review.position);
    });
    var card = cardOf(review.event);
    Array.prototype.forEach.call(document.querySelectorAll(".fm-excerpt.fm-focus"), function (other) {
      if (other !== card) { other.classList.remove("fm-focus"); }
    });
    if (card && !card.classList.contains("fm-focus")) {
      card.classList.add("fm-focus");
      card.scrollIntoView({ block: "nearest" });
    }
  }

  function watchPanel() {
    var panel = document.getElementById("source-panel");
    if (!panel || review.observer) { return; }
    review.observer = new MutationObserver(markFocus);
    review.observer.observe(panel, { childList: true, subtree: true });
  }

  function openQueueItem(clicks, items) {
    var ctx = window.dash_clientside.callback_context;
    var hit = ctx && ctx.triggered && ctx.triggered[0];
    if (!hit || !hit.value) { return [nu(), nu(), nu()]; }
    var id = JSON.parse(hit.prop_id.slice(0, hit.prop_id.lastIndexOf(".")));
    var item = items && items[id.n];
    if (!item) { return [nu(), nu(), nu()]; }
    review.position = id.n;
    review.event = item.event;
    watchPanel();
    markFocus();
    return [item.day, item.layer, { id: item.unit, layer: item.layer, t: Date.now() }];
  }

  /* The store each kind of excerpt button writes (dashboard/ids.py: QUICK, OPEN -> *_REQUEST). */
  var REQUEST_STORES = { "rv-quick": "review-quick-request", "rv-open": "review-open-request" };

  /* A review button was pressed: its id (action, event, version) and when go straight into its
   * store, which the server callback listens to (no clientside step before the request leaves; a
   * store, unlike the buttons, outlives a panel drawn again while the request is out). */
  function pressed(event) {
    var button = event.target && event.target.closest ? event.target.closest("button") : null;
    if (!button || button.id.charAt(0) !== "{") { return; }
    var id;
    try { id = JSON.parse(button.id); } catch (e) { return; }
    var store = REQUEST_STORES[id.type];
    if (!store || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
    id.at = Date.now();
    window.dash_clientside.set_props(store, { data: id });
  }
  document.addEventListener("click", pressed, true);

  /* A review's answer carries the counts chart's new data ({counts}) when a line changed; the
   * chart is redrawn only once the map shows the review (the map is what the reviewer waits for). */
  function countsFollow(pending) {
    if (!pending || !pending.counts) { return nu(); }
    var fm = window.frontmap || {};
    function apply() { if (fm.drawCounts) { fm.drawCounts(pending.counts); } }
    if (fm.afterPaint) { fm.afterPaint.push(apply); } else { apply(); }
    return nu();
  }

  function openNth(n) {
    var items = document.querySelectorAll(".fm-queue-item");
    if (n >= 0 && n < items.length) { items[n].click(); }
  }

  function whenVisible(id, then) {
    var tries = 0;
    (function look() {
      var node = document.getElementById(id);
      if (node && !node.closest("[hidden]")) { then(node); return; }
      if (tries++ < 100) { setTimeout(look, 30); }
    })();
  }

  function pressOnCard(action) {
    var card = cardOf(review.event) || document.querySelector(".fm-excerpt.fm-focus");
    var button = card && card.querySelector(".fm-rv-" + action);
    if (!button) { return false; }
    button.click();
    if (action === "reject" || action === "edit") {
      whenVisible("review-form-note", function (note) { note.focus(); });
    }
    return true;
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target || {};
    var tag = target.tagName || "";
    if (tag === "TEXTAREA" && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      var save = document.getElementById("review-form-save");
      if (save) { event.preventDefault(); save.click(); }
      return;
    }
    if (/INPUT|TEXTAREA|SELECT/.test(tag) || target.isContentEditable || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var key = (event.key || "").toLowerCase();
    var done = false;
    if (key === "j" || key === "n") { openNth(review.position + 1); done = true; }
    else if (key === "k" || key === "p") { openNth(Math.max(0, review.position - 1)); done = true; }
    else if (key === "a") { done = pressOnCard("accept"); }
    else if (key === "r") { done = pressOnCard("reject"); }
    else if (key === "e") { done = pressOnCard("edit"); }
    else if (key === "u") { done = pressOnCard("undo"); }
    if (done) { event.preventDefault(); }
  });

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.frontmapReview = { openQueueItem: openQueueItem, countsFollow: countsFollow };
})();
