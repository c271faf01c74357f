/*! Backend Guide embed loader, MIT. docs/embedding.md */
(function () {
  var script = document.currentScript;
  // A loader taken out of the page before it ran (the builder's preview) places nothing.
  if (!script || !script.src || !script.parentNode) return;
  var src = new URL(script.src, location.href);
  var origin = src.origin;
  var box = document.querySelector('div.backend-guide:not([data-backend-guide])');
  var d = Object.assign({}, script.dataset, box && box.dataset);
  var warn = function (name, used) {
    console.warn('Backend Guide: data-' + name + '="' + d[name] + '" is unknown; using ' + used);
  };
  var pick = function (name, list) {
    if (list.indexOf(d[name]) >= 0) return d[name];
    if (name in d) warn(name, list[0]);
    return list[0];
  };
  var sections = ['overview', 'skills', 'careers', 'compare', 'path'];
  var section = pick('section', sections);
  var hindi = pick('lang', ['en', 'hi']) === 'hi';
  var load = pick('load', ['lazy', 'eager', 'click']);
  var theme = pick('theme', ['auto', 'light', 'dark']);
  var path = (hindi ? 'hi/' : '') + 'embed/' + section;
  // One skill card (data-skill) or one careers chart (data-chart).
  ['skill', 'chart'].forEach(function (k, n) {
    if (k in d) {
      if (section === sections[n + 1] && /^[a-z0-9][a-z0-9-]*$/.test(d[k])) path += (n ? '/charts/' : '/') + d[k];
      else warn(k, path);
    }
  });
  var dark = matchMedia('(prefers-color-scheme: dark)');
  var resolved = function () {
    return theme !== 'auto' ? theme : dark.matches ? 'dark' : 'light';
  };
  var query = new URLSearchParams(d.query || '');
  var reserved = Number(d.height);
  if (!(reserved >= 50 && reserved <= 5000)) reserved = 600;
  var frame;
  var make = function () {
    query.set('theme', resolved());
    frame = document.createElement('iframe');
    frame.src = src.href.replace(/[^/]*$/, '') + path + '?' + query;
    frame.title = d.title || (hindi ? 'बैकएंड गाइड: ' : 'Backend Guide: ') + section;
    frame.loading = load === 'eager' ? load : 'lazy';
    // CSSOM, not a style attribute, which a host's CSP may forbid.
    frame.style.cssText = 'border:0;width:100%;display:block;height:' + reserved + 'px';
    return frame;
  };
  var el;
  if (load === 'click') {
    // Facade: per section a name and a line; the button; what loading sends.
    var t = (
      hindi
        ? 'परिचय|बैकएंड क्या है।|स्किल|लैंग्वेज और स्किल।|करियर|सैलरी और जॉब।|फ़्रंटएंड बनाम बैकएंड|दोनों का फ़र्क।|शुरुआत|सीखने का क्रम।|बैकएंड गाइड विजेट लोड करें|लोड करने पर % को आपका IP और इस पेज का पता जाएगा।'
        : "Overview|What backend work is.|Skills|Languages and skills to learn.|Careers|Pay and jobs.|Frontend vs backend|How the two differ.|Where to start|A learning path.|Load the Backend Guide widget|Loading sends your IP address and this page's address to %."
    ).split('|');
    var i = sections.indexOf(section) * 2;
    var facade = document.createElement('div');
    facade.className = 'bg-facade';
    facade.lang = hindi ? 'hi' : 'en';
    [t[i], t[i + 1], t[10], t[11].replace('%', src.host)].forEach(function (text, n) {
      facade.appendChild(document.createElement(n === 2 ? 'button' : 'p')).textContent = text;
    });
    facade.querySelector('button').onclick = function () {
      facade.replaceWith(make());
      frame.focus();
    };
    if (document.adoptedStyleSheets) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync('.bg-facade{border:1px solid;border-radius:8px;padding:0 1rem}.bg-facade>:first-child{font-weight:700}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    el = facade;
  } else el = make();
  if (box) box.setAttribute('data-backend-guide', ''), box.appendChild(el);
  else script.parentNode.insertBefore(el, script.nextSibling);

  addEventListener('message', function (e) {
    var m = frame && e.source === frame.contentWindow && e.origin === origin && e.data && e.data.backendGuide;
    var h = m && m.height;
    if (typeof h === 'number' && h > 0 && h <= 100000) frame.style.height = Math.ceil(h) + 'px';
  });

  if (theme === 'auto') {
    dark.addEventListener('change', function () {
      var w = frame && frame.contentWindow;
      if (w) w.postMessage({ backendGuide: { setTheme: resolved() } }, origin);
    });
  }
})();
