/* frontmap dashboard: what the page says when there is nothing to map yet, and files refused
 * for their size or kind before any upload starts. Text is only ever written with textContent. */
(function () {
  "use strict";
  var fm = (window.frontmap = window.frontmap || {});

  /* A build with no placed event shows why over the map, and no date in the header. */
  fm.showEmptyState = function (series) {
    var note = document.getElementById("empty-state");
    var text = series.empty_note || "";
    if (note) {
      note.textContent = text;
      note.hidden = !text;
    }
    return text ? text.split(":")[0] : "";
  };

  /* The drop zone's own test of a file's kind: a listed name ending, or a listed MIME type. */
  function accepted(file, accept) {
    var name = file.name.toLowerCase();
    return accept.split(",").some(function (entry) {
      entry = entry.trim().toLowerCase();
      return entry.charAt(0) === "." ? name.slice(-entry.length) === entry : entry === (file.type || "").toLowerCase();
    });
  }

  /* Files over the upload limit, or of a kind frontmap does not read, are refused by the drop zone
   * without a word: name them, with the reason, before anything is sent. */
  function checkUploadFiles(files) {
    var warning = document.getElementById("upload-warning");
    if (!warning || !files) { return; }
    var max = Number(warning.dataset.maxBytes), accept = warning.dataset.accept || "", lines = [];
    Array.prototype.forEach.call(files, function (file) {
      if (accept && !accepted(file, accept)) {
        lines.push(file.name + " is not a kind of file frontmap reads (" + warning.dataset.kinds +
                   "); it was not uploaded.");
      } else if (file.size > max) {
        lines.push(file.name + " is " + (file.size / 1048576).toFixed(1) + " MB, over the " +
                   warning.dataset.maxMb + " MB limit (FRONTMAP_UPLOAD_MAX_MB); it was not uploaded.");
      }
    });
    warning.textContent = lines.join(" ");
    warning.hidden = lines.length === 0;
  }
  /* The warning and the upload's outcome are written under the drop zone, which may sit at the
   * foot of a long sources panel: bring the drop zone to the top so what follows it is seen. */
  function showOutcomeArea(target) {
    var section = target.closest(".upload-section");
    if (section) { section.scrollIntoView({ block: "start" }); }
  }
  function inUpload(target) { return target && target.closest && target.closest("#upload-files"); }
  document.addEventListener("change", function (event) {
    if (inUpload(event.target) && event.target.files) {
      checkUploadFiles(event.target.files);
      showOutcomeArea(event.target);
    }
  }, true);
  document.addEventListener("drop", function (event) {
    if (inUpload(event.target) && event.dataTransfer) {
      checkUploadFiles(event.dataTransfer.files);
      showOutcomeArea(event.target);
    }
  }, true);
})();
