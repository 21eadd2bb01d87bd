/* frontmap dashboard: the counts chart (districts and provincial capitals per status over time),
 * drawn as plain SVG from the compact data the server puts in #counts-graph's data-counts, with a
 * date cursor moved on every step, a day read-out on hover, and a click that jumps to that day. */
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var fm = (window.frontmap = window.frontmap || {});
  var HEIGHT = 230, MARGIN = { l: 36, r: 8, t: 18, b: 22 }, GAP = 26, SHARES = [0.62, 0.38];

  function el(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /* The x pixel of shown day `i` of `n` (the last day is held one more day: n = days + 1). */
  function xOf(chart, i) {
    return MARGIN.l + (chart.n > 1 ? i * chart.w / (chart.n - 1) : 0);
  }

  /* A stepped line ("hv"): each day's count holds until the next day's. */
  function stepPath(chart, panel, values) {
    var d = "";
    values.forEach(function (v, i) {
      var y = (panel.y0 + panel.h - v * panel.h / panel.top).toFixed(1);
      d += i === 0 ? "M" + xOf(chart, 0).toFixed(1) + " " + y : "H" + xOf(chart, i).toFixed(1) + "V" + y;
    });
    return d;
  }

  function drawPanel(svg, chart, data, layer, panel) {
    svg.appendChild(el("rect", { x: MARGIN.l, y: panel.y0, width: chart.w, height: panel.h, fill: "#fafafa" }));
    svg.appendChild(el("text", { x: MARGIN.l + chart.w / 2, y: panel.y0 - 5, "text-anchor": "middle", "class": "fm-counts-title" }, layer.title));
    [0, layer.top].forEach(function (v) {
      var y = panel.y0 + panel.h - v * panel.h / layer.top;
      svg.appendChild(el("text", { x: MARGIN.l - 4, y: y + 4, "text-anchor": "end", "class": "fm-counts-tick" }, String(v)));
    });
    layer.y.forEach(function (values, s) {
      svg.appendChild(el("path", {
        d: stepPath(chart, { y0: panel.y0, h: panel.h, top: layer.top }, values), fill: "none",
        stroke: data.colors[s], "stroke-width": "2", "stroke-dasharray": data.statuses[s] === "claimed" ? "2 3" : "none",
        "class": "fm-counts-line fm-counts-" + layer.name + "-" + data.statuses[s]
      }));
    });
  }

  function drawTicks(svg, chart, data) {
    Object.keys(data.ticks).forEach(function (i) {
      svg.appendChild(el("text", { x: xOf(chart, Number(i)), y: HEIGHT - 6, "text-anchor": "start", "class": "fm-counts-tick" }, data.ticks[i]));
    });
  }

  /* Draw the chart into #counts-graph from `data` (see dashboard/counts_chart.py); keep it for
   * the hover read-out and redraws. */
  function drawCounts(data) {
    var holder = document.getElementById("counts-graph");
    if (!holder || !data) { return; }
    var width = Math.max(300, holder.clientWidth || 600);
    var chart = { data: data, n: data.layers[0].y[0] ? data.layers[0].y[0].length : 1, w: width - MARGIN.l - MARGIN.r };
    var plotH = HEIGHT - MARGIN.t - MARGIN.b - GAP;
    var svg = el("svg", { width: String(width), height: String(HEIGHT), viewBox: "0 0 " + width + " " + HEIGHT, "class": "fm-counts-svg" });
    var y0 = MARGIN.t;
    chart.panels = data.layers.map(function (layer, n) {
      var panel = { y0: y0, h: plotH * SHARES[n], top: layer.top };
      drawPanel(svg, chart, data, layer, panel);
      y0 += panel.h + GAP;
      return panel;
    });
    drawTicks(svg, chart, data);
    chart.cursor = el("line", { "class": "fm-cursor", y1: MARGIN.t, y2: HEIGHT - MARGIN.b, stroke: "#111", "stroke-width": "2" });
    svg.appendChild(chart.cursor);
    holder.textContent = "";
    holder.appendChild(svg);
    chart.tip = document.createElement("div");
    chart.tip.className = "fm-counts-tip";
    chart.tip.hidden = true;
    holder.appendChild(chart.tip);
    wire(svg, chart);
    fm.counts = chart;
    moveCursor(fm.cursorDay);
  }

  /* The shown day under a pointer event, clamped to the series' days. */
  function dayAt(chart, event) {
    var box = event.currentTarget.getBoundingClientRect();
    var i = Math.round((event.clientX - box.left - MARGIN.l) * (chart.n - 1) / chart.w);
    var last = fm.series ? fm.series.days.length - 1 : chart.n - 2;
    return Math.max(0, Math.min(last, i));
  }

  function readOut(chart, i) {
    var label = fm.series && fm.series.labels ? fm.series.labels[i] : "";
    var parts = chart.data.layers.map(function (layer) {
      var counts = layer.y.map(function (values, s) { return values[i] + " " + chart.data.labels[s]; });
      return layer.title + ": " + counts.join(", ");
    });
    return [label].concat(parts);
  }

  function wire(svg, chart) {
    svg.addEventListener("mousemove", function (event) {
      var i = dayAt(chart, event);
      chart.tip.textContent = "";
      readOut(chart, i).forEach(function (line) {
        var div = document.createElement("div");
        div.textContent = line;
        chart.tip.appendChild(div);
      });
      chart.tip.style.left = Math.min(xOf(chart, i) + 10, Math.max(0, chart.w - 240)) + "px";
      chart.tip.hidden = false;
    });
    svg.addEventListener("mouseleave", function () { chart.tip.hidden = true; });
    svg.addEventListener("click", function (event) {
      window.dash_clientside.set_props("day-slider", { value: dayAt(chart, event) });
    });
  }

  /* Put the date cursor on day index `day` (called on every step: one attribute write). */
  function moveCursor(day) {
    fm.cursorDay = day;
    var chart = fm.counts;
    if (!chart || day === undefined || day === null || !document.body.contains(chart.cursor)) { return; }
    var x = xOf(chart, Number(day) || 0).toFixed(1);
    chart.cursor.setAttribute("x1", x);
    chart.cursor.setAttribute("x2", x);
  }

  /* The chart element arrived (after the map, or with another view's series): draw it. */
  function countsShown(children) {
    var props = children && children.props;
    var text = props && props["data-counts"];
    if (text) {
      // after the browser has laid the new element out, so its width is known
      requestAnimationFrame(function () { drawCounts(JSON.parse(text)); });
    }
    return window.dash_clientside.no_update;
  }

  window.addEventListener("resize", function () { if (fm.counts) { drawCounts(fm.counts.data); } });

  fm.drawCounts = drawCounts;
  fm.moveCursor = moveCursor;
  window.dash_clientside = window.dash_clientside || {};
  var ns = (window.dash_clientside.frontmap = window.dash_clientside.frontmap || {});
  ns.countsShown = countsShown;
})();
