/* frontmap dashboard: dots over the districts too small to see or click (drawn by frontmap.js's
 * draw, recoloured by its recolour; positions from dashboard/markers.py). */
(function () {
  "use strict";
  var fm = (window.frontmap = window.frontmap || {});

  /* A dot over each district too small to see or click (capitals, tiny districts), shown while
   * its state is known; it carries the district's layer and index, so hover and click treat it
   * like the polygon. */
  fm.drawMarkers = function (svg, view, markers) {
    var g = fm.el("g", { "class": "fm-markers" });
    view.markers = {};
    (markers ? markers.ids : []).forEach(function (id, n) {
      var i = view.index.district[id];
      if (i === undefined) { return; }
      var dot = fm.el("circle", { cx: markers.x[n], cy: markers.y[n], r: markers.r, "class": "fm-unit fm-marker" });
      dot.dataset.layer = "district";
      dot.dataset.i = String(i);
      dot.dataset.id = id;
      dot.style.display = "none";
      g.appendChild(dot);
      view.markers[i] = dot;
    });
    view.groups.markers = g;
    svg.appendChild(g);
  };

  fm.recolourMarker = function (view, series, i, code) {
    var dot = view.markers && view.markers[i];
    if (!dot) { return; }
    var known = series.statuses[code] !== "unknown";
    dot.style.display = known ? "" : "none";
    if (known) { dot.setAttribute("fill", fm.fillFor(series, code)); }
  };
})();
