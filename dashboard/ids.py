"""Every component id the dashboard uses, in one place (layout, callbacks, JS and tests share them)."""

from __future__ import annotations

URL = "url"
GEOMETRY = "geometry-store"
SERIES = "series-store"
SERIES_REV = "series-rev"  # the revision of the series the browser shows (a review sends only what changed)
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

# Analyst review (dashboard/review_panel.py, review_callbacks.py, queue.py, assets/review.js).
REVIEW_VIEW = "review-view"  # "all" events or "verified" only
REVIEW_SECTION = "review-section"
REVIEWER = "reviewer-store"  # the reviewer's name, kept in the browser (localStorage)
REVIEWER_INPUT = "reviewer-input"
REVIEWER_SAVE = "reviewer-save"
REVIEWER_SHOWN = "reviewer-shown"
REVIEW_TOKEN = "review-token-store"  # the instance's review token, kept for the browser session
REVIEW_TOKEN_INPUT = "review-token-input"
REVIEW_MESSAGE = "review-message"
REVIEW_TARGET = "review-target"  # the event (or unit) the form is open for
REVIEW_FORM = "review-form"
FORM_TITLE = "review-form-title"
FORM_STATUS = "review-form-status"
FORM_DATE = "review-form-date"
FORM_PLACE = "review-form-place"
FORM_NOTE = "review-form-note"
FORM_URL = "review-form-url"
FORM_QUOTE = "review-form-quote"
FORM_SOURCE = "review-form-source"  # the address and quote fields, shown only to add
FORM_SAVE = "review-form-save"
FORM_CANCEL = "review-form-cancel"
ADD_EVENT = "review-add-event"
QUEUE_LIST = "review-queue"
QUEUE_DATA = "review-queue-data"  # [{event, day, unit, layer}] in queue order
QUEUE_LOAD = "review-queue-load"
# Pattern-matching id types (the buttons on each excerpt and in the queue).
QUICK = "rv-quick"  # accept, undo: recorded at once
OPEN = "rv-open"  # reject, edit: open the form
QUEUE_ITEM = "rv-queue-item"
QUICK_REQUEST = "review-quick-request"  # the last Accept/Undo pressed: {action, event, version, at}
OPEN_REQUEST = "review-open-request"  # the last Reject/Edit pressed
COUNTS_PATCH = "review-counts-patch"  # {counts}: the counts chart's data after a review changed it
