// Minifies the two loaders other sites include, embed.js (budget ≤ 2 KB
// gzip) and backend-guide-element.js, in the build folder with terser; the
// readable sources stay in public/. Their `/*! … */` notice is kept.
//
//   node scripts/loaders.mjs <folder>   (prints the sizes before and after)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/loaders.mjs <folder>');
const gzip = (text) => gzipSync(text, { level: 9 }).length;
for (const [name, module] of [
  ['embed.js', false],
  ['backend-guide-element.js', true],
]) {
  const path = join(dir, name);
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, {
    module,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: /^!/ },
  });
  writeFileSync(path, code + '\n');
  console.log(`loaders: ${name} gzip ${gzip(source)} B → ${gzip(code)} B`);
}
