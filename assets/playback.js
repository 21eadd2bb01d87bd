/* frontmap dashboard, playback and navigation: the play, step and keyboard controls, the URL
 * kept in step with the view, and the requests that wake the server (the sources panel, the
 * counts chart once the map is drawn). Clientside callbacks advance, writeUrl, panelRequest,
 * mapReady. */
(function () {
  "use strict";
  var fm = (window.frontmap = window.frontmap || {});

  function triggered() { return fm.triggered(); }  // assets/frontmap.js

  function advance(playClicks, ticks, backClicks, forwardClicks, value, max, paused) {
    var nu = window.dash_clientside.no_update;
    var by = triggered();
    value = Number(value) || 0;
    if (by.indexOf("play-button") >= 0) {
      if (paused) { return [value >= max ? 0 : nu, false, "❚❚ Pause"]; }
      return [nu, true, "▶ Play"];
    }
    if (by.indexOf("play-ticker") >= 0) {
      if (paused) { return [nu, nu, nu]; }
      if (value + 1 >= max) { return [max, true, "▶ Play"]; }
      return [value + 1, nu, nu];
    }
    if (by.indexOf("step-back") >= 0) { return [Math.max(0, value - 1), nu, nu]; }
    if (by.indexOf("step-forward") >= 0) { return [Math.min(max, value + 1), nu, nu]; }
    return [nu, nu, nu];
  }


  function query(day, layer, selected) {
    var q = "?date=" + day + "&layer=" + layer;
    if (selected && selected.id && selected.layer === layer) { q += "&unit=" + encodeURIComponent(selected.id); }
    return q;
  }

  /* Date changes replace the current history entry (scrubbing must not flood Back); a new unit or
   * layer is a new entry, announced to dcc.Location so Back/Forward restore it. */
  function writeUrl(day, layer, selected) {
    if (!day) { return window.dash_clientside.no_update; }
    var next = query(day, layer, selected);
    var current = window.location.search;
    if (next === current) { return next; }
    var now = new URLSearchParams(current), wanted = new URLSearchParams(next);
    var same = (now.get("layer") || "district") === wanted.get("layer") && (now.get("unit") || "") === (wanted.get("unit") || "");
    if (same) {
      window.history.replaceState(window.history.state, "", next);
    } else {
      window.history.pushState({}, "", next);
      window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
    }
    return next;
  }

  /* Ask the server for the sources panel only when a unit is selected: plain scrubbing sends nothing. */
  function panelRequest(day, selected) {
    if (selected && selected.id) {
      return { id: selected.id, layer: selected.layer, day: day, t: selected.t || 0 };
    }
    return triggered().indexOf("selected-unit") >= 0 ? null : window.dash_clientside.no_update;
  }

  /* Tell the server the map is on screen, once: it then sends the counts chart. */
  function mapReady(label) {
    if (fm.readySent || !label) { return window.dash_clientside.no_update; }
    fm.readySent = true;
    return true;
  }


  /* Keyboard: arrows step, space plays/pauses, unless typing in a field. */
  document.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    var role = event.target && event.target.getAttribute ? event.target.getAttribute("role") : "";
    if (/INPUT|TEXTAREA|SELECT|BUTTON/.test(tag) || role === "slider" || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var id = { ArrowLeft: "step-back", ArrowRight: "step-forward", " ": "play-button" }[event.key];
    if (!id) { return; }
    var button = document.getElementById(id);
    if (button) { event.preventDefault(); button.click(); }
  });


  window.dash_clientside = window.dash_clientside || {};
  var ns = (window.dash_clientside.frontmap = window.dash_clientside.frontmap || {});
  Object.assign(ns, { advance: advance, writeUrl: writeUrl, panelRequest: panelRequest, mapReady: mapReady });
})();
