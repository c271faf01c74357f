// Backend Guide's service worker. scripts/service-worker.mjs builds it into
// the release build as sw.js: workbox-build's injectManifest fills in the
// precache list, the script the runtime's folder and each language's files.
// Its scope is the public URL; every address below is relative to it.
//  - The app (hashed wasm, JS, CSS, icons): precached, cache-first.
//  - Each language's content JSON and app shell: cached when a page in that
//    language asks (the app's 'bg:warm' message), never with Save-Data.
//  - Content JSON: network-first, 3 s, then the cached copy.
//  - Pages: network-first, 3 s, then the cached page, then the language's
//    shell (shell.html: the site's frame, which the app renders any route into).
//  - Embed views (…/embed/…) are left to the network: never a site page.
importScripts(
  ...['core', 'routing', 'strategies', 'precaching', 'cacheable-response'].map(
    (m) => `__BG_WORKBOX__/workbox-${m}.prod.js`,
  ),
);

const { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } = workbox.precaching;
const { registerRoute } = workbox.routing;
const { NetworkFirst } = workbox.strategies;
const { CacheableResponsePlugin } = workbox.cacheableResponse;

/** { build, locales: { en: { prefix, shell, files: [url] }, hi: … } } */
const SITE = __BG_LOCALES__;
const SCOPE = new URL(self.registration.scope);
const at = (path) => new URL(path, SCOPE).href;
const cacheName = (what) => `bg-${SITE.build}-${what}`;
const TIMEOUT = 3;

const saveData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);

/** The address relative to the scope: `hi/skills`, `content/site.json`. */
const relative = (url) => (url.pathname.startsWith(SCOPE.pathname) ? url.pathname.slice(SCOPE.pathname.length) : null);

/** The language whose pages or content `rel` belongs to. */
function localeOf(rel) {
  const hit = Object.entries(SITE.locales).find(
    ([, l]) => l.prefix && (rel === l.prefix.slice(0, -1) || rel.startsWith(l.prefix) || rel.startsWith(`content/${l.prefix}`)),
  );
  return hit ? hit[0] : 'en';
}

const isEmbed = (rel) => /^(?:[a-z]{2}\/)?embed(?:\/|$)/.test(rel);

// The app: cache-first from the precache (skipped with Save-Data, where the
// route falls back to the network and the HTTP cache). One cache for every
// version: Workbox adds what is new and drops what is gone.
const APP_CACHE = 'bg-app';
const precache = new PrecacheController({ cacheName: APP_CACHE });
precache.addToCacheList(self.__WB_MANIFEST);
registerRoute(new PrecacheRoute(precache));

// Content JSON, in its language's cache.
const content = Object.fromEntries(
  Object.keys(SITE.locales).map((code) => [
    code,
    new NetworkFirst({
      cacheName: cacheName(code),
      networkTimeoutSeconds: TIMEOUT,
      plugins: [new CacheableResponsePlugin({ statuses: [200] })],
    }),
  ]),
);
registerRoute(
  ({ url }) => {
    const rel = relative(url);
    return rel !== null && rel.startsWith('content/') && rel.endsWith('.json');
  },
  (options) => content[localeOf(relative(options.url))].handle(options),
);

// Pages: keyed by path, so /skills?q=sql finds /skills.
const pages = new NetworkFirst({
  cacheName: cacheName('pages'),
  networkTimeoutSeconds: TIMEOUT,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    {
      cacheKeyWillBeUsed: async ({ request }) => {
        const url = new URL(request.url);
        url.search = '';
        url.hash = '';
        return url.href;
      },
    },
  ],
});
registerRoute(
  ({ request, url }) => {
    const rel = relative(url);
    return request.mode === 'navigate' && rel !== null && !isEmbed(rel);
  },
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const code = localeOf(relative(options.url));
      const shell = await caches.match(at(SITE.locales[code].shell), { cacheName: cacheName(code) });
      return shell || Response.error();
    }
  },
);

/** Caches a language's content and shell, each file once per build. */
async function warm(code) {
  const cache = await caches.open(cacheName(code));
  const { files, shell } = SITE.locales[code];
  await Promise.all(
    [...files, shell].map(async (file) => {
      const url = at(file);
      if (await cache.match(url)) return;
      let response = await fetch(url, { cache: 'no-cache' });
      // A host that redirects x.html to x: a redirected response cannot answer a navigation.
      if (response.redirected) response = new Response(await response.blob(), { headers: response.headers });
      if (response.ok) await cache.put(url, response);
    }),
  );
}

/** The languages the previous version had cached. */
async function warmedBefore() {
  const names = await caches.keys();
  return Object.keys(SITE.locales).filter((code) =>
    names.some((n) => n !== cacheName(code) && new RegExp(`^bg-\\w+-${code}$`).test(n)),
  );
}

/** Tells the pages that caching failed ('quota' when storage is full), so they can say so. */
async function tellFailure(error) {
  const reason = error && error.name === 'QuotaExceededError' ? 'quota' : 'failed';
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) {
    client.postMessage({ bgOffline: reason });
  }
}

self.addEventListener('install', (event) => {
  if (saveData()) return;
  event.waitUntil(
    (async () => {
      await precache.install(event);
      // An update keeps every language the reader had offline.
      await Promise.all((await warmedBefore()).map(warm));
    })().catch(async (error) => {
      await tellFailure(error);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await precache.activate(event);
      const current = new Set([APP_CACHE, ...['pages', ...Object.keys(SITE.locales)].map(cacheName)]);
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('bg-') && !current.has(n)).map((n) => caches.delete(n)));
    })(),
  );
});
cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  if (event.data === 'bg:skip-waiting') self.skipWaiting();
  if (event.data === 'bg:warm' && event.source && !saveData()) {
    const rel = relative(new URL(event.source.url));
    if (rel !== null) event.waitUntil(warm(localeOf(rel)).catch(tellFailure));
  }
});
