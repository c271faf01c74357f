// Backend Guide inline element, MIT. Served by the guide; load it as a module:
//   <script type="module" src="https://HOST/backend-guide-element.js"></script>
//   <backend-guide section="skills" theme="dark"></backend-guide>
// The section renders in a shadow root, so the host's CSS cannot reach in and
// the guide's cannot leak out. The wasm, CSS and content come from the guide's
// origin, which must send Access-Control-Allow-Origin (see the guide's README,
// section "Embedding", "CORS headers the guide must send for inline mode").

const root = new URL('.', import.meta.url).href;
let assets;

// The guide's index.html names its hashed JS, wasm and CSS; read it once.
function loadAssets() {
  assets ??= (async () => {
    const res = await fetch(root + 'index.html');
    if (!res.ok) throw new Error(`backend-guide: ${root}index.html answered ${res.status}`);
    const html = await res.text();
    const hrefs = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
    const href = (re) => hrefs.filter((tag) => re.test(tag)).map((tag) => new URL(/href="([^"]+)"/.exec(tag)[1], root).href);
    const js = href(/rel="modulepreload"/).find((u) => /\.js$/.test(u));
    // trunk names the wasm after its glue: backend-guide-<hash>_bg.wasm.
    const wasm = js?.replace(/\.js$/, '_bg.wasm');
    // Stylesheets keep their media (print.css must only apply to paper).
    const css = hrefs
      .filter((tag) => /rel="stylesheet"/.test(tag))
      .map((tag) => ({ url: new URL(/href="([^"]+)"/.exec(tag)[1], root).href, media: /media="([^"]+)"/.exec(tag)?.[1] }));
    if (!js || !wasm) throw new Error('backend-guide: the guide\'s index.html names no wasm');
    const [bindings, sheet] = await Promise.all([
      import(js).then(async (m) => (await m.default({ module_or_path: wasm }), m)),
      Promise.all(
        css.map(({ url, media }) => fetch(url).then((r) => r.text()).then((t) => (media ? `@media ${media} {\n${t}\n}` : t))),
      ).then((texts) => {
        const s = new CSSStyleSheet();
        s.replaceSync(forShadow(texts.join('\n')));
        return s;
      }),
    ]);
    return { bindings, sheet };
  })();
  return assets;
}

// The guide's CSS targets a document: theme tokens on :root (with
// [data-theme]) and page styles on body. In a shadow root those are the host
// element and the wrapper the app mounts into.
function forShadow(css) {
  return css
    .replace(/:root:not\((\[[^\]]+\])\)/g, ':host(:not($1))')
    .replace(/:root(\[[^\]]+\])/g, ':host($1)')
    .replace(/:root/g, ':host')
    .replace(/(^|[\s,}])body(?=\s*[,{])/g, '$1.bg-inline');
}

class BackendGuide extends HTMLElement {
  static observedAttributes = ['theme'];

  async connectedCallback() {
    if (this.mounting || this.mounted) return;
    this.mounting = true;
    const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
    try {
      const { bindings, sheet } = await loadAssets();
      // Taken out of the page while the guide loaded: nothing to mount.
      if (!this.isConnected) return;
      shadow.adoptedStyleSheets = [sheet];
      const theme = this.getAttribute('theme') || 'auto';
      const lang = this.getAttribute('lang') || 'en';
      this.mounted = bindings.mount_inline(this, this.getAttribute('section') || 'overview', theme, lang, root);
    } catch (err) {
      shadow.textContent = 'Backend Guide could not be loaded.';
      console.warn(err);
    } finally {
      this.mounting = false;
    }
  }

  // Removed from the page (a framework re-rendering, a closed tab panel): the
  // section and everything it holds go; put back, it mounts again.
  disconnectedCallback() {
    if (!this.mounted) return;
    this.mounted.unmount();
    this.mounted.free();
    this.mounted = null;
  }

  // A later theme change applies at once (the app set data-theme at mount).
  attributeChangedCallback(name, _old, value) {
    if (name !== 'theme' || !this.shadowRoot) return;
    if (value === 'light' || value === 'dark') this.setAttribute('data-theme', value);
    else this.removeAttribute('data-theme');
  }
}

if (!customElements.get('backend-guide')) customElements.define('backend-guide', BackendGuide);
