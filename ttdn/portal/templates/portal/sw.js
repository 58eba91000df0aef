/* ttdn kiosk service worker: network first; when offline, pages and assets fetched within the last
   24 hours are served from the cache, so a kiosk keeps working for a day after its last contact. */
const CACHE = "ttdn-kiosk-v1";
const PRECACHE = {{ precache|safe }};
const SCOPE = {{ scope|safe }};
const MAX_AGE_MS = {{ max_age_ms }};
const STAMP = "X-Kiosk-Fetched-At";

async function fetchAndStore(cache, request) {
  const response = await fetch(request, { credentials: "omit", cache: "no-store" });
  if (response.ok && response.type === "basic") {
    const headers = new Headers(response.headers);
    headers.set(STAMP, String(Date.now()));
    const body = await response.clone().blob();
    await cache.put(request, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  }
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map((url) => fetchAndStore(cache, new Request(url)).catch(() => null)));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(SCOPE) && !PRECACHE.includes(url.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      return await fetchAndStore(cache, request);
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached && Date.now() - Number(cached.headers.get(STAMP) || 0) < MAX_AGE_MS) return cached;
      return new Response("<!doctype html><html lang=\"vi\"><title>Offline</title><h1>Offline</h1>", {
        status: 503, headers: { "Content-Type": "text/html; charset=utf-8" },
      });
    }
  })());
});
