// Shows index.html's static "could not start" message if WebAssembly is missing or start-up
// fails, so a learner never faces a blank page. The app hides #boot once it has mounted.
(function () {
  "use strict";
  var started = false;
  function fail() {
    if (started) return;
    var loading = document.getElementById("boot-loading");
    var failed = document.getElementById("boot-failed");
    if (loading) loading.hidden = true;
    if (failed) failed.hidden = false;
  }
  window.addEventListener("TrunkApplicationStarted", function () { started = true; });
  window.addEventListener("error", fail);
  window.addEventListener("unhandledrejection", fail);
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fail);
    } else {
      fail();
    }
  }
})();
