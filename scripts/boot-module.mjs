// trunk post_build hook: moves trunk's inline start-up <script type="module">
// into a hashed file, so the site's Content-Security-Policy can forbid inline
// scripts ('unsafe-inline' and hashes both avoided).
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
const code = match[1].trim() + '\n';
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
writeFileSync(join(staging, name), code);
const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
writeFileSync(indexPath, html.replace(inline, `<script type="module" src="${base}${name}"></script>`));
console.log(`boot-module: start-up script moved to ${name}`);
