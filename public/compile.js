// Compiles the app's WebAssembly on this worker's thread, not the page's: decoding and checking
// the full app's 1.4 MB module took 20-40 ms of the page's main thread (one long task that a
// tap would wait behind). The page's start-up script (scripts/post-build.mjs) posts the
// module's address and gets back the compiled WebAssembly.Module, or null if anything failed,
// in which case the page fetches and compiles it itself as before.
// Streaming, so the module compiles while it downloads; through the service worker when there
// is one, so it works offline and the browser can cache the compiled code.
self.onmessage = function (event) {
  "use strict";
  var address = String(event.data);
  var compiled = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch(address)).catch(function () {
        // A host that sends the wrong MIME type: compile from the bytes instead.
        return fetch(address).then(function (r) { return r.arrayBuffer(); }).then(WebAssembly.compile);
      })
    : fetch(address).then(function (r) { return r.arrayBuffer(); }).then(WebAssembly.compile);
  compiled.then(
    function (module) { self.postMessage(module); },
    function () { self.postMessage(null); }
  );
};
