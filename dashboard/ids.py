"""Every component id the dashboard uses, in one place (layout, callbacks, JS and tests share them)."""

from __future__ import annotations

URL = "url"
GEOMETRY = "geometry-store"
SERIES = "series-store"
SELECTED = "selected-unit"
URL_WRITTEN = "url-written"

MAP = "map"
EMPTY_STATE = "empty-state"
DATE_LABEL = "date-label"
LAYER = "layer-toggle"
LEGEND = "legend"

SLIDER = "day-slider"
PLAY = "play-button"
SPEED = "play-speed"
TICKER = "play-ticker"
STEP_BACK = "step-back"
STEP_FORWARD = "step-forward"
COUNTS = "counts-graph"
COUNTS_HOLDER = "counts-holder"
MAP_READY = "map-ready"
PANEL_REQUEST = "panel-request"
CURRENT_DAY = "current-day"

PANEL = "source-panel"
PANEL_CLOSE = "panel-close"
PANEL_MORE = "panel-more"
PANEL_OLDER = "panel-older"

EXPORT_PNG = "export-png"
EXPORT_SVG = "export-svg"
EXPORT_GEOJSON = "export-geojson"
EXPORT_CSV = "export-csv"
DOWNLOAD = "download"
EXPORT_DONE = "export-done"
