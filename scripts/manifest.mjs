// trunk post_build hook: writes each language's web app manifest
// (manifest.webmanifest, hi/manifest.webmanifest), which every site page
// links (guide_model::pages::Meta): its name and description from that
// language's site.json, its start page and scope under the public URL.
//   node scripts/manifest.mjs <build folder> <public URL>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, publicUrl = '/'] = process.argv.slice(2);
if (!dir) {
  console.error('manifest: usage: manifest.mjs <build folder> [public URL]');
  process.exit(1);
}
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
// guide_model::pages::THEME_COLORS, the page colour of style/main.css.
const LIGHT = '#fbfaf7';
for (const [lang, prefix] of [['en', ''], ['hi', 'hi/']]) {
  const site = JSON.parse(readFileSync(join(dir, 'content', prefix, 'site.json'), 'utf8'));
  const start = `${base}${prefix}`;
  const icon = (name, size, purpose) => ({ src: `${base}icons/${name}`, sizes: `${size}x${size}`, type: 'image/png', purpose });
  const manifest = {
    id: start,
    name: site.name,
    short_name: site.name,
    description: site.tagline,
    lang,
    dir: 'ltr',
    start_url: start,
    scope: start,
    display: 'standalone',
    background_color: LIGHT,
    theme_color: LIGHT,
    icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('maskable-512.png', 512, 'maskable')],
  };
  mkdirSync(join(dir, prefix), { recursive: true });
  writeFileSync(join(dir, prefix, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
console.log(`manifest: manifest.webmanifest and hi/manifest.webmanifest under ${base}`);
