/* frontmap dashboard: draws the control map as SVG once, recolours it on every step, and runs the
 * clientside callbacks (render, advance, writeUrl, exportImage). Article-derived text is only ever
 * written with textContent, never as HTML. */
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
    });
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

  /* True when the series carries review marks (a build with a review log). */
  function hasReviewMarks(series) {
    return LAYERS.some(function (layer) {
      return series[layer].changes.some(function (points) { return points.length && points[0].length > 4; });
    });
  }

  function legendFor(series, svg, x, y) {
    var g = el("g", { "font-family": "sans-serif", "font-size": "13" });
    series.statuses.forEach(function (status, n) {
      var yy = y + n * 20;
      g.appendChild(el("rect", { x: x, y: yy, width: "16", height: "12", fill: fillFor(series, n), stroke: "#666", "stroke-width": "0.5" }));
      var text = el("text", { x: x + 22, y: yy + 11, fill: "#222" });
      text.textContent = series.status_labels[n];
      g.appendChild(text);
    });
    if (hasReviewMarks(series)) {
      var yy = y + series.statuses.length * 20;
      g.appendChild(el("rect", { x: x, y: yy, width: "16", height: "12", fill: series.colors[series.statuses.indexOf("taliban")], "fill-opacity": UNREVIEWED_OPACITY, stroke: "#666", "stroke-width": "0.5" }));
      var note = el("text", { x: x + 22, y: yy + 11, fill: "#222" });
      note.textContent = "Lighter: machine-read only (not checked by an analyst)";
      g.appendChild(note);
    }
    svg.appendChild(g);
  }

  /* A standalone SVG of the map as shown, with title, date, legend and credit line. */
  fm.exportSvg = function (day, layer, series) {
    var source = fm.view.svg;
    var box = source.viewBox.baseVal;
    var top = 60, bottom = 150, w = box.width, h = box.height;
    var svg = el("svg", { xmlns: SVG_NS, width: String(w), height: String(h + top + bottom), viewBox: "0 0 " + w + " " + (h + top + bottom) });
    svg.appendChild(el("rect", { width: "100%", height: "100%", fill: "#ffffff" }));
    var title = el("text", { x: "10", y: "26", "font-family": "sans-serif", "font-size": "22", "font-weight": "bold", fill: "#111" });
    title.textContent = "Territorial control in Afghanistan · " + series.labels[day];
    svg.appendChild(title);
    var sub = el("text", { x: "10", y: "48", "font-family": "sans-serif", "font-size": "13", fill: "#444" });
    sub.textContent = (layer === "district" ? "Districts" : "Provinces (state of the provincial capital)");
    svg.appendChild(sub);
    var map = el("g", { transform: "translate(0," + top + ")" });
    Array.prototype.forEach.call(source.childNodes, function (node) {
      var copy = node.cloneNode(true);
      if (copy.style && copy.style.display === "none") { return; }
      if (copy.getAttribute && copy.getAttribute("class") === "fm-highlight") { return; }
      if (copy.getAttribute && /fm-outline-mode/.test(copy.getAttribute("class") || "")) {
        Array.prototype.forEach.call(copy.querySelectorAll("path"), function (p) { p.setAttribute("fill", "none"); });
      }
      map.appendChild(copy);
    });
    svg.appendChild(map);
    legendFor(series, svg, 10, h + top + 10);
    var credit = el("text", { x: "10", y: String(h + top + bottom - 12), "font-family": "sans-serif", "font-size": "11", fill: "#555" });
    credit.textContent = document.querySelector(".fm-credit") ? document.querySelector(".fm-credit").textContent : "";
    svg.appendChild(credit);
    return new XMLSerializer().serializeToString(svg);
  };

  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function exportImage(pngClicks, svgClicks, iso, layer, series) {
    if (!fm.view || !series) { return window.dash_clientside.no_update; }
    var day = Math.max(0, series.days.indexOf(iso));
    var name = "frontmap_" + layer + "_" + series.days[day];
    var text = fm.exportSvg(day, layer, series);
    var blob = new Blob([text], { type: "image/svg+xml" });
    if (triggered().indexOf("export-svg") >= 0) {
      save(blob, name + ".svg");
      return name + ".svg";
    }
    var image = new Image();
    var url = URL.createObjectURL(blob);
    image.onload = function () {
      var scale = 2, canvas = document.createElement("canvas");
      canvas.width = image.width * scale;
      canvas.height = image.height * scale;
      var ctx = canvas.getContext("2d");
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob(function (png) { save(png, name + ".png"); }, "image/png");
    };
    image.src = url;
    return name + ".png";
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
  ns.render = render;
  ns.advance = advance;
  ns.writeUrl = writeUrl;
  ns.exportImage = exportImage;
  ns.panelRequest = panelRequest;
  ns.mapReady = mapReady;
  fm.stateAt = stateAt;
  fm.el = el;
  fm.fillFor = fillFor;
})();
