/* frontmap dashboard, the map: draws the control map as SVG once and recolours it on every step
 * (the clientside callback `render`). Article-derived text is only ever written with textContent,
 * never as HTML.
 *
 * Dash serves assets/ in name order; each file only registers functions on window.frontmap and
 * window.dash_clientside.frontmap, and reads another file's functions when called, never while
 * loading, so no file depends on that order. The other files: counts.js (the counts chart),
 * map_export.js (PNG and SVG downloads of the map), markers.js (provincial-capital markers),
 * notices.js (the empty state), playback.js (play, step, keyboard, URL and panel requests),
 * review.js (the review side). */
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var LAYERS = ["district", "province"];
  var fm = (window.frontmap = window.frontmap || {});
  fm.perf = fm.perf || { renders: 0, lastPaint: 0, firstPaint: 0 };

  function el(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  /* Opacity of a state no analyst has checked (its change point's fifth element is 0). */
  var UNREVIEWED_OPACITY = "0.45";

  /* The status of unit `i` of `layer` on day `day`: [code, since, nSources, checked] (binary
   * search); checked is 0 when every event behind the state is machine-read, else 1. */
  function stateAt(changes, day, unknownCode) {
    var lo = 0, hi = changes.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (changes[mid][0] <= day) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) { return [unknownCode, null, 0, 1]; }
    var p = changes[found];
    return [p[1], p[2], p[3], p.length > 4 ? p[4] : 1];
  }

  function fillFor(series, code) {
    return series.statuses[code] === "claimed" ? "url(#fm-hatch-claimed)" : series.colors[code];
  }

  function hatch(series) {
    var claimed = series.statuses.indexOf("claimed");
    var taliban = series.statuses.indexOf("taliban");
    var pattern = el("pattern", {
      id: "fm-hatch-claimed", patternUnits: "userSpaceOnUse", width: "6", height: "6",
      patternTransform: "rotate(45)"
    });
    pattern.appendChild(el("rect", { width: "6", height: "6", fill: series.colors[claimed] }));
    pattern.appendChild(el("line", { x1: "0", y1: "0", x2: "0", y2: "6", stroke: series.colors[taliban], "stroke-width": "2" }));
    var defs = el("defs");
    defs.appendChild(pattern);
    return defs;
  }

  /* Build the SVG once: district paths, then province paths above them (filled in the province
   * view, bare outlines over the districts in the district view), then a selection outline. */
  function draw(container, geometry, series) {
    var svg = el("svg", {
      id: "fm-svg", viewBox: "0 0 " + geometry.width + " " + geometry.height,
      preserveAspectRatio: "xMidYMid meet", xmlns: SVG_NS
    });
    svg.appendChild(hatch(series));
    var view = { svg: svg, groups: {}, paths: {}, codes: {}, index: {} };
    LAYERS.forEach(function (layer) {
      var g = el("g", {
        "class": "fm-layer-" + layer, stroke: layer === "district" ? series.border : series.outline,
        "stroke-width": layer === "district" ? "0.5" : "0.8", "stroke-linejoin": "round"
      });
      var byId = {};
      geometry[layer].ids.forEach(function (id, n) { byId[id] = geometry[layer].paths[n]; });
      var ids = series[layer].ids;
      view.paths[layer] = ids.map(function (id, i) {
        var p = el("path", { d: byId[id] || "", "class": "fm-unit fm-" + layer, fill: series.colors[series.colors.length - 1] });
        p.dataset.layer = layer;
        p.dataset.i = String(i);
        g.appendChild(p);
        return p;
      });
      view.codes[layer] = ids.map(function () { return -1; });
      view.index[layer] = {};
      ids.forEach(function (id, i) { view.index[layer][id] = i; });
      view.groups[layer] = g;
      svg.appendChild(g);
    });
    fm.drawMarkers(svg, view, geometry.markers);  // assets/markers.js
    view.highlight = el("path", { "class": "fm-highlight", fill: "none", stroke: "#000", "stroke-width": "2.5", "pointer-events": "none", d: "" });
    svg.appendChild(view.highlight);
    container.appendChild(svg);
    var tip = document.createElement("div");
    tip.className = "fm-tooltip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    container.appendChild(tip);
    view.tip = tip;
    wire(container, view);
    return view;
  }

  function tooltipLines(series, layer, i, day) {
    var unknown = series.statuses.indexOf("unknown");
    var s = stateAt(series[layer].changes[i], day, unknown);
    var lines = [[series[layer].names[i], "fm-tip-name"]];
    lines.push(layer === "district" ? [series[layer].provinces[i] + " province", "fm-tip-province"]
                                    : ["province (its capital's state)", "fm-tip-province"]);
    lines.push([series.status_labels[s[0]], "fm-tip-status"]);
    lines.push([s[1] ? "since " + s[1] : "no report yet", ""]);
    lines.push([s[2] + (s[2] === 1 ? " source" : " sources"), ""]);
    if (!s[3] && series.statuses[s[0]] !== "unknown") { lines.push(["machine-read, not yet checked", "fm-tip-unreviewed"]); }
    return lines;
  }

  /* Hover and click read fm.series, the data now shown (it changes after an upload). */
  function wire(container, view) {
    var svg = view.svg, tip = view.tip;
    svg.addEventListener("mousemove", function (event) {
      var target = event.target;
      if (!target.dataset || target.dataset.i === undefined) { tip.hidden = true; return; }
      var lines = tooltipLines(fm.series, target.dataset.layer, Number(target.dataset.i), fm.day || 0);
      tip.textContent = "";
      lines.forEach(function (line) {
        var div = document.createElement("div");
        div.textContent = line[0];
        if (line[1]) { div.className = line[1]; }
        tip.appendChild(div);
      });
      var box = container.getBoundingClientRect();
      tip.style.left = (event.clientX - box.left + 14) + "px";
      tip.style.top = (event.clientY - box.top + 14) + "px";
      tip.hidden = false;
    });
    svg.addEventListener("mouseleave", function () { tip.hidden = true; });
    svg.addEventListener("click", function (event) {
      var target = event.target;
      if (!target.dataset || target.dataset.i === undefined) { return; }
      var layer = target.dataset.layer;
      var id = fm.series[layer].ids[Number(target.dataset.i)];
      // A fresh object every click, so clicking the same unit again still updates the panel.
      window.dash_clientside.set_props("selected-unit", { data: { id: id, layer: layer, t: Date.now() } });
      revealPanel(container);
    });
  }

  /* In a narrow window the sources panel sits under the map, out of sight: after a click on the
   * map, scroll it into view (its reports arrive in place), or the click seems to do nothing. */
  function revealPanel(container) {
    var panel = document.getElementById("source-panel");
    if (!panel) { return; }
    var box = panel.getBoundingClientRect();
    if (box.top >= container.getBoundingClientRect().bottom && box.top > window.innerHeight - 60) {
      panel.scrollIntoView({ block: "start" });
    }
  }

  function recolour(view, series, layer, day) {
    var unknown = series.statuses.indexOf("unknown");
    var changes = series[layer].changes, codes = view.codes[layer], paths = view.paths[layer];
    for (var i = 0; i < changes.length; i++) {
      var s = stateAt(changes[i], day, unknown);
      var machine = !s[3] && s[0] !== unknown;
      var key = s[0] * 2 + (machine ? 1 : 0);
      if (key !== codes[i]) {
        paths[i].setAttribute("fill", fillFor(series, s[0]));
        paths[i].setAttribute("class", "fm-unit fm-" + layer + " fm-status-" + series.statuses[s[0]] + (machine ? " fm-unreviewed" : ""));
        if (machine) { paths[i].setAttribute("fill-opacity", UNREVIEWED_OPACITY); } else { paths[i].removeAttribute("fill-opacity"); }
        codes[i] = key;
        if (layer === "district") { fm.recolourMarker(view, series, i, s[0]); }
      }
    }
  }

  /* Work that may wait until the map is on screen (the counts chart after a review): run after
   * the next map repaint. */
  fm.afterPaint = fm.afterPaint || [];

  function markPainted() {
    var started = performance.now();
    requestAnimationFrame(function () {
      setTimeout(function () {
        fm.perf.lastPaint = performance.now();
        fm.perf.renders += 1;
        if (!fm.perf.firstPaint) { fm.perf.firstPaint = fm.perf.lastPaint; }
        fm.perf.lastWork = fm.perf.lastPaint - started;
        fm.afterPaint.splice(0).forEach(function (then) { setTimeout(then, 0); });
      }, 0);
    });
  }

  /* True when two series draw the same units with the same statuses and colours. */
  function sameFrame(a, b) {
    if (!a || !b || a.statuses.join() !== b.statuses.join() || a.colors.join() !== b.colors.join()) { return false; }
    return LAYERS.every(function (name) {
      return a[name].ids === b[name].ids || a[name].ids.join() === b[name].ids.join();
    });
  }

  function render(day, layer, selected, series, geometry) {
    var nu = window.dash_clientside.no_update;
    var container = document.getElementById("map");
    if (!container || !geometry || !series) { return [nu, nu]; }
    if (!fm.view || !container.contains(fm.view.svg)) { fm.view = draw(container, geometry, series); }
    var view = fm.view;
    if (fm.series !== series) {  // new data (first call, a review, an upload, the other view)
      // A unit's drawn key stands for the same fill while the units and colours stay: then only
      // the units whose state changed are painted again (a review changes a few).
      if (!sameFrame(fm.series, series)) {
        LAYERS.forEach(function (name) { view.codes[name] = view.codes[name].map(function () { return -1; }); });
      }
      fm.series = series;
    }
    day = Math.max(0, Math.min(series.days.length - 1, Number(day) || 0));
    layer = LAYERS.indexOf(layer) >= 0 ? layer : "district";
    fm.day = day;
    fm.layer = layer;
    recolour(view, series, layer, day);
    view.groups.district.style.display = layer === "district" ? "" : "none";
    view.groups.markers.style.display = layer === "district" ? "" : "none";
    view.groups.province.setAttribute("class", "fm-layer-province" + (layer === "district" ? " fm-outline-mode" : ""));
    var hi = "";
    if (selected && selected.id && view.index[selected.layer] && view.index[selected.layer][selected.id] !== undefined) {
      hi = view.paths[selected.layer][view.index[selected.layer][selected.id]].getAttribute("d");
    }
    if (view.highlight.getAttribute("d") !== hi) { view.highlight.setAttribute("d", hi); }
    if (fm.moveCursor) { fm.moveCursor(day); }  // assets/counts.js
    markPainted();
    // assets/notices.js; an empty view's one day is a placeholder: the date shown before stays the page's
    var empty = fm.showEmptyState(series);
    return [empty || series.labels[day], empty ? window.dash_clientside.no_update : series.days[day]];
  }


  function triggered() {
    var ctx = window.dash_clientside.callback_context;
    return ctx && ctx.triggered ? ctx.triggered.map(function (t) { return t.prop_id.split(".")[0]; }) : [];
  }


  window.dash_clientside = window.dash_clientside || {};
  var ns = (window.dash_clientside.frontmap = window.dash_clientside.frontmap || {});
  ns.render = render;
  Object.assign(fm, {
    LAYERS: LAYERS, UNREVIEWED_OPACITY: UNREVIEWED_OPACITY, triggered: triggered, stateAt: stateAt, el: el, fillFor: fillFor
  });
})();
