// The page's start-up module, written by crates/prerender/src/shell.rs as
// boot-<hash>.js with one line added at the end, which imports trunk's own
// start-up module (and so the app) once the steps below are done.
//
// The page is prerendered: let its content paint before the app starts.
// The paint is in the performance timeline a frame or two after it; each
// animation frame looks for it (a PerformanceObserver may be told only
// once the browser is idle, 150-350 ms later at 4x CPU). Where paint
// timing is missing the first frame will do; a hidden tab paints nothing,
// so there the app starts at once, and it starts anyway after 3 s.
await new Promise((resolve) => {
  if (document.visibilityState === 'hidden') return resolve();
  const timed = PerformanceObserver.supportedEntryTypes?.includes('paint');
  let started = false;
  const start = () => {
    started = true;
    clearTimeout(fallback);
    setTimeout(resolve);
  };
  const fallback = setTimeout(start, 3000);
  // Stops looking once started, the fallback included.
  const look = () => {
    if (started) return;
    if (!timed || performance.getEntriesByName('first-contentful-paint').length) start();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
});
// Now fetch what the app starts from: the prerenderer parked the content
// preloads and the glue's modulepreload (with its integrity) in a template.
for (const parked of document.querySelectorAll('template[data-bg-after-paint]')) {
  document.head.append(document.importNode(parked.content, true));
  parked.remove();
}
