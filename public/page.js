// Backend Guide: the script at the end of <head>. It runs before the page
// paints, so a prerendered page appears at once in the reader's theme and in
// its with-scripts form, and nothing the reader does before the app arrives
// is lost.
// - data-js on <html>: scripts run (style/main.css hides notes meant for
//   readers without them, and closes what the app opens on demand).
// - data-theme: the reader's choice from the header switch (the site), or
//   the host's ?theme= (an embed view, which never reads the reader's storage).
// - window.__bgEarlyClicks: buttons clicked before the app has taken over;
//   the app replays those clicks (src/takeover.rs) and then ends the list.
// - window.__bgEmbedTheme: in an embed view, the last { backendGuide:
//   { setTheme } } the parent posted meanwhile, applied at once; the app
//   starts from it and answers such messages itself from then on.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var theme = null;
  var embed = /(^|\/)embed(\/|$)/.test(location.pathname);
  if (embed) {
    theme = new URLSearchParams(location.search).get('theme');
  } else {
    try {
      theme = localStorage.getItem('backend-guide.theme.v1');
    } catch (e) {
      // Storage may be blocked; the system's scheme applies.
    }
  }
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  var early = (window.__bgEarlyClicks = []);
  var starting = function () {
    return window.__bgEarlyClicks === early;
  };
  document.addEventListener(
    'click',
    function (event) {
      if (!starting()) return;
      var button = event.target instanceof Element && event.target.closest('button');
      if (button) early.push(button);
    },
    true,
  );

  if (embed) {
    // The same rule as the app's (guide_model::embed::parse_host_message):
    // from the parent window only, exactly one key, one of three themes.
    window.addEventListener('message', function (event) {
      if (!starting() || window.parent === window || event.source !== window.parent) return;
      var inner = event.data && typeof event.data === 'object' ? event.data.backendGuide : null;
      if (!inner || typeof inner !== 'object' || Object.keys(inner).length !== 1) return;
      var next = inner.setTheme;
      if (next !== 'light' && next !== 'dark' && next !== 'auto') return;
      window.__bgEmbedTheme = next;
      if (next === 'auto') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', next);
    });
  }
})();
