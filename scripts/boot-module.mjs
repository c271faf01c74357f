// trunk post_build hook: moves trunk's inline start-up <script type="module">
// into a hashed file, so the site's Content-Security-Policy can forbid inline
// scripts ('unsafe-inline' and hashes both avoided). The file starts the app
// only once the prerendered page's content has painted: trunk's static import
// of the JS glue becomes a dynamic one after that paint, and only then are the
// page's content preloads and the glue's modulepreload (parked by
// crates/prerender in an inert <template>) put into the head.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) {
  console.error('boot-module: TRUNK_STAGING_DIR is not set (run me as a trunk hook)');
  process.exit(1);
}
const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error('boot-module: no inline module script found in index.html');
  process.exit(1);
}
const trunkCode = match[1].trim();
const glueImport = /^import init, \* as bindings from '([^']+)';$/m;
if (!glueImport.test(trunkCode)) {
  console.error('boot-module: trunk\'s start-up script no longer imports the glue as expected');
  process.exit(1);
}
const afterFirstPaint =
  '// The page is prerendered: let its content paint before the app starts.\n' +
  '// The paint is in the performance timeline a frame or two after it; each\n' +
  '// animation frame looks for it (a PerformanceObserver may be told only\n' +
  '// once the browser is idle, 150-350 ms later at 4x CPU). Where paint\n' +
  '// timing is missing the first frame will do; a hidden tab paints nothing,\n' +
  '// so there the app starts at once, and it starts anyway after 3 s.\n' +
  'await new Promise((resolve) => {\n' +
  "  if (document.visibilityState === 'hidden') return resolve();\n" +
  "  const timed = PerformanceObserver.supportedEntryTypes?.includes('paint');\n" +
  '  let started = false;\n' +
  '  const start = () => {\n' +
  '    started = true;\n' +
  '    clearTimeout(fallback);\n' +
  '    setTimeout(resolve);\n' +
  '  };\n' +
  '  const fallback = setTimeout(start, 3000);\n' +
  '  // Stops looking once started, the fallback included.\n' +
  '  const look = () => {\n' +
  '    if (started) return;\n' +
  "    if (!timed || performance.getEntriesByName('first-contentful-paint').length) start();\n" +
  '    else requestAnimationFrame(look);\n' +
  '  };\n' +
  '  requestAnimationFrame(look);\n' +
  '});\n' +
  '// Now fetch what the app starts from: the prerenderer parked the content\n' +
  '// preloads and the glue\'s modulepreload (with its integrity) in a template.\n' +
  "for (const parked of document.querySelectorAll('template[data-bg-after-paint]')) {\n" +
  '  document.head.append(document.importNode(parked.content, true));\n' +
  '  parked.remove();\n' +
  '}\n';
const code =
  trunkCode.replace(glueImport, (_, glue) => `${afterFirstPaint}const bindings = await import('${glue}');\nconst init = bindings.default;`) +
  '\n';
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
writeFileSync(join(staging, name), code);
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="${base}${name}"></script>`));
console.log(`boot-module: start-up script moved to ${name}`);
