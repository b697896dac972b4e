// Shows index.html's static "could not start" message if WebAssembly is missing or start-up
// fails, so a learner never faces a blank page, with "Reset the offline copy" as a way out when
// the offline copy may be at fault. The app hides #boot once it has mounted.
// Also registers the service worker (offline use) and offers its updates: see offline() below.
(function () {
  "use strict";
  var started = false;
  function fail() {
    if (started) return;
    var loading = document.getElementById("boot-loading");
    var failed = document.getElementById("boot-failed");
    // The pre-rendered home page (scripts/prerender.mjs) would hide the explanation below it.
    var prerendered = document.getElementById("prerendered");
    if (prerendered) {
      prerendered.remove();
      // On a pre-rendered page the start-up block is a plain <div>: it is the main content now.
      var boot = document.getElementById("boot");
      if (boot && boot.tagName !== "MAIN") boot.setAttribute("role", "main");
    }
    if (loading) loading.hidden = true;
    if (failed) failed.hidden = false;
    offerReset();
  }
  window.addEventListener("TrunkApplicationStarted", function () { started = true; });

  // "Reset the offline copy": when start-up fails in a browser that keeps an offline copy, that
  // copy may be what is broken (an old or damaged file). Resetting removes Heard's caches and
  // its service worker, never the learner's data (localStorage is not touched), and reloads
  // from the site; the worker is registered again once the page has loaded.
  function offerReset() {
    var reset = document.getElementById("boot-reset");
    if (!reset || !("serviceWorker" in navigator) || typeof caches !== "object") return;
    caches.keys().then(function (keys) {
      var cached = keys.some(function (k) { return k.indexOf("heard-") === 0; });
      if (!cached && !navigator.serviceWorker.controller) return;
      reset.hidden = false;
      var button = reset.querySelector("button");
      var said = reset.querySelector("[role=status]");
      button.addEventListener("click", function () {
        button.disabled = true;
        said.textContent = "Resetting the offline copy…";
        forgetOfflineCopy().then(
          function () { location.reload(); },
          function () {
            button.disabled = false;
            said.textContent = "The offline copy could not be reset. Close every tab of Heard, then open it again.";
          }
        );
      });
    }, function () {});
  }
  // As "Delete all my data" does (src/offline.rs): the worker first, then its caches.
  function forgetOfflineCopy() {
    return navigator.serviceWorker.getRegistrations().then(function (regs) {
      return Promise.all(regs.map(function (r) { return r.unregister(); }));
    }).then(function () {
      return caches.keys();
    }).then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf("heard-") === 0; }).map(function (k) { return caches.delete(k); }));
    });
  }

  // A page pre-rendered for one path can be served at another: by a host that answers every
  // path with index.html, or by the service worker offline (a page not visited yet opens in
  // the full app's page of another route). There, drop the copy and say "Loading Heard…" until
  // the app has the page. "Page not found" (404.html, data-path="*") is right at any path.
  document.addEventListener("DOMContentLoaded", function () {
    var prerendered = document.getElementById("prerendered");
    var here = location.pathname.replace(/(.)\/$/, "$1");
    var path = prerendered && prerendered.getAttribute("data-path");
    if (!prerendered || path === here || path === "*") return;
    prerendered.remove();
    var boot = document.getElementById("boot");
    if (boot && boot.tagName !== "MAIN") boot.setAttribute("role", "main");
    var loading = document.getElementById("boot-loading");
    if (loading) loading.hidden = false;
  });
  window.addEventListener("error", fail);
  // A start-up script that cannot load (such as a file gone from the host) fires "error" on its
  // element, which does not bubble: catch it on the way down.
  window.addEventListener("error", function (event) {
    if (event.target && event.target.tagName === "SCRIPT") fail();
  }, true);
  window.addEventListener("unhandledrejection", fail);
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fail);
    } else {
      fail();
    }
  }

  // The web app manifest is for installing Heard, not for showing a page, so it is linked only
  // once the page has painted: nothing is fetched before the first paint that the paint does
  // not need (an early manifest request also counted towards Lighthouse's largest paint).
  function afterFirstPaint(run) {
    var ran = false;
    function once() { if (!ran) { ran = true; run(); } }
    try {
      new PerformanceObserver(function (list, seen) {
        if (list.getEntriesByName("first-contentful-paint").length) { seen.disconnect(); setTimeout(once, 0); }
      }).observe({ type: "paint", buffered: true });
    } catch (_) {
      window.addEventListener("load", once);
    }
  }
  afterFirstPaint(function () {
    var link = document.createElement("link");
    link.rel = "manifest";
    link.href = "/manifest.webmanifest";
    document.head.appendChild(link);
  });

  // Offline and updates. The worker (dist/sw.js, generated by scripts/pwa.mjs) is registered
  // after the page has loaded, so it never competes with a first visit. A new version waits
  // until the learner chooses "Update now" in any tab. When it takes over, every open tab of
  // Heard reloads onto it, except a tab where the learner has typed something not yet saved:
  // that one says "Heard has been updated: reload to continue" and reloads when they choose.
  // Plain DOM and textContent only: this runs outside the app and holds no learner data.
  // What the learner types is tracked only as "which fields were typed in", never read.
  var typedIn = [];
  document.addEventListener("input", function (event) {
    var el = event.target;
    if (!el || (el.tagName !== "TEXTAREA" && el.tagName !== "INPUT")) return;
    if (el.tagName === "INPUT" && !/^(text|search|email|url|tel)$/.test(el.type)) return;
    if (typedIn.indexOf(el) < 0) typedIn.push(el);
  }, true);
  function typing() {
    return typedIn.some(function (el) { return el.isConnected && el.value.trim() !== ""; });
  }

  function offline() {
    if (!("serviceWorker" in navigator)) return;
    var accepted = false;
    var shown = null;
    function notice(message, buttons) {
      if (shown) shown.remove();
      shown = document.createElement("div");
      shown.className = "update-ready";
      shown.setAttribute("role", "status");
      var text = document.createElement("p");
      text.textContent = message;
      shown.appendChild(text);
      buttons.forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = b.quiet ? "button button--quiet" : "button";
        button.textContent = b.label;
        button.addEventListener("click", b.click);
        shown.appendChild(button);
      });
      document.body.appendChild(shown);
    }
    function offer(worker) {
      if (shown) return;
      notice("Update ready: a new version of Heard is ready. Update when you finish what you are doing; nothing you have saved is lost.", [
        { label: "Update now", click: function () {
          accepted = true;
          worker.postMessage({ type: "SKIP_WAITING" });
        } },
        { label: "Later", quiet: true, click: function () { shown.hidden = true; } },
      ]);
    }
    // A page that had no worker yet (a first visit) gets one of the same version: no reload.
    var controlled = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (!controlled) {
        controlled = true;
        return;
      }
      if (accepted || !typing()) {
        location.reload();
        return;
      }
      notice("Heard has been updated: reload to continue. What you are typing is not saved yet, so finish or copy it first. Everything saved is kept.", [
        { label: "Reload", click: function () { location.reload(); } },
        { label: "Later", quiet: true, click: function () { shown.hidden = true; } },
      ]);
    });
    navigator.serviceWorker.register("/sw.js").then(function (reg) {
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener("updatefound", function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
        });
      });
      function check() {
        reg.update().catch(function () {});
      }
      document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") check();
      });
      setInterval(check, 30 * 60 * 1000);
    }).catch(function () {});
  }
  if (document.readyState === "complete") {
    offline();
  } else {
    window.addEventListener("load", offline);
  }
})();
