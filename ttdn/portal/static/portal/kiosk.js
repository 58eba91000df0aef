/* Kiosk: rotate featured items (pausable, keyboard reachable), register the offline service worker,
   go full screen on first touch. Stores nothing about visitors. */
(function () {
  "use strict";
  const body = document.body;
  const items = Array.from(document.querySelectorAll(".kiosk-item"));
  const toggle = document.getElementById("kiosk-toggle");
  const seconds = Number(body.dataset.rotateSeconds || 12);
  let index = 0;
  let timer = null;

  function show(next) {
    if (!items.length) return;
    items[index].hidden = true;
    index = (next + items.length) % items.length;
    items[index].hidden = false;
  }
  function start() { if (items.length > 1) timer = window.setInterval(() => show(index + 1), seconds * 1000); }
  function stop() { window.clearInterval(timer); timer = null; }

  toggle.addEventListener("click", () => {
    const paused = timer === null;
    if (paused) { start(); } else { stop(); }
    toggle.textContent = paused ? toggle.dataset.pause : toggle.dataset.play;
    toggle.setAttribute("aria-pressed", String(!paused));
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "ArrowRight") show(index + 1);
    if (event.key === "ArrowLeft") show(index - 1);
  });
  document.addEventListener("pointerdown", () => {
    if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  }, { once: true });
  start();

  // Pick up newly approved content: reload now and then while online (offline, the cache answers).
  const refreshMinutes = Number(body.dataset.refreshMinutes || 0);
  if (refreshMinutes > 0) {
    window.setInterval(() => { if (navigator.onLine && timer !== null) window.location.reload(); }, refreshMinutes * 60000);
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(body.dataset.sw, { scope: body.dataset.scope }).then(() => navigator.serviceWorker.ready).then(() => {
      const status = document.getElementById("kiosk-status");
      status.textContent = status.dataset.ready;
      body.dataset.offlineReady = "1";
    }).catch(() => {});
  }
})();
