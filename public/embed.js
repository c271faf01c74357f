/*! Backend Guide embed loader. https://HOST/embed.js, MIT.
 * <script src="https://HOST/embed.js" data-section="skills" data-theme="auto" async></script>
 * Inserts an iframe of /embed/<section> (/hi/embed/… with data-lang="hi") after itself (or into the first empty
 * <div class="backend-guide">), sizes it from the embed's height messages and
 * passes the host's colour scheme on under data-theme="auto". */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var src = new URL(script.src, location.href);
  var origin = src.origin;
  var root = src.href.replace(/[^/]*$/, '');
  var box = document.querySelector('div.backend-guide:not([data-backend-guide])');
  var d = {};
  var k;
  for (k in script.dataset) d[k] = script.dataset[k];
  if (box) for (k in box.dataset) d[k] = box.dataset[k];
  var section = /^(overview|skills|careers|compare|path)$/.test(d.section) ? d.section : 'overview';
  var hindi = d.lang === 'hi';
  if (d.lang && !hindi && d.lang !== 'en') console.warn('Backend Guide: data-lang="' + d.lang + '" is not en or hi; showing English');
  var path = (hindi ? 'hi/' : '') + 'embed/' + section;
  if (section === 'skills' && d.skill) path += '/' + encodeURIComponent(d.skill);
  var theme = /^(light|dark|auto)$/.test(d.theme) ? d.theme : 'auto';
  var dark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)');
  var resolved = function () {
    return theme !== 'auto' ? theme : dark && dark.matches ? 'dark' : 'light';
  };
  var query = new URLSearchParams(d.query || '');
  query.set('theme', resolved());
  var reserved = Number(d.height);
  if (!(reserved >= 50 && reserved <= 5000)) reserved = 600;

  var frame = document.createElement('iframe');
  frame.src = root + path + '?' + query;
  frame.title = d.title || (hindi ? 'बैकएंड गाइड: ' : 'Backend Guide: ') + section;
  frame.loading = 'lazy';
  // CSSOM, not a style attribute: a host CSP without 'unsafe-inline' allows it.
  frame.style.border = '0';
  frame.style.width = '100%';
  frame.style.display = 'block';
  frame.style.height = reserved + 'px';
  if (box) {
    box.setAttribute('data-backend-guide', '');
    box.appendChild(frame);
  } else {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }

  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    var m = e.data && typeof e.data === 'object' && e.data.backendGuide;
    var h = m && m.height;
    if (typeof h === 'number' && isFinite(h) && h > 0 && h <= 100000) {
      frame.style.height = Math.ceil(h) + 'px';
    }
  });

  if (theme === 'auto' && dark) {
    var follow = function () {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ backendGuide: { setTheme: resolved() } }, origin);
      }
    };
    if (dark.addEventListener) dark.addEventListener('change', follow);
    else dark.addListener(follow);
  }
})();
