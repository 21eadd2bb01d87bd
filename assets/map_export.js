/* frontmap dashboard, downloads of the map as shown: a standalone SVG with title, date, legend
 * and credit line, or a PNG drawn from it (clientside callback exportImage). */
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var fm = (window.frontmap = window.frontmap || {});

  // assets/frontmap.js, read when called
  function el(tag, attrs) { return fm.el(tag, attrs); }
  function fillFor(series, code) { return fm.fillFor(series, code); }
  function triggered() { return fm.triggered(); }

  /* True when the series carries review marks (a build with a review log). */
  function hasReviewMarks(series) {
    return fm.LAYERS.some(function (layer) {
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
      g.appendChild(el("rect", { x: x, y: yy, width: "16", height: "12", fill: series.colors[series.statuses.indexOf("taliban")], "fill-opacity": fm.UNREVIEWED_OPACITY, stroke: "#666", "stroke-width": "0.5" }));
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


  window.dash_clientside = window.dash_clientside || {};
  var ns = (window.dash_clientside.frontmap = window.dash_clientside.frontmap || {});
  ns.exportImage = exportImage;
})();
