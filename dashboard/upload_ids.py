"""Component ids of the upload section (kept apart from the dashboard's own ids module)."""

#: The dcc.Upload that takes article files (.txt, pages, tables) or a .zip of them.
UPLOAD = "upload-files"
#: Where the per-file outcome of the last upload is shown.
UPLOAD_RESULT = "upload-result"
#: dcc.Store whose `data` changes after every upload that added data to the store; the
#: dashboard's map and panel callbacks take it as an Input to reload the built data.
DATA_VERSION = "data-version"
#: Where the browser names files over the size limit (they are refused before any upload starts).
UPLOAD_WARNING = "upload-warning"
