// Development only: reload this page when the document it shows changes on disk (Server-Sent Events from /_live/{id}).
(function () {
  var script = document.currentScript;
  var id = script && script.dataset.doc;
  if (!id || !window.EventSource) { return; }
  var source = new EventSource("/_live/" + encodeURIComponent(id));
  source.addEventListener("reload", function () { source.close(); window.location.reload(); });
})();
