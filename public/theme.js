// Backend Guide: runs in <head> before the page paints, so a prerendered
// page appears at once in the reader's theme and in its with-scripts form.
// - data-js on <html>: scripts run (style/main.css hides notes meant for
//   readers without them, and closes what the app opens on demand).
// - data-theme: the reader's choice from the header switch (the site), or
//   the host's ?theme= (an embed view, which never reads the reader's storage).
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var theme = null;
  if (/(^|\/)embed(\/|$)/.test(location.pathname)) {
    theme = new URLSearchParams(location.search).get('theme');
  } else {
    try {
      theme = localStorage.getItem('backend-guide.theme.v1');
    } catch (e) {
      // Storage may be blocked; the system's scheme applies.
    }
  }
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
