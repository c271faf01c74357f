// trunk post_build hook, last step of a release build: writes `<file>.br`
// (brotli quality 11) and `<file>.gz` (gzip level 9) beside each hashed
// asset (the JS glue, the wasm, the start-up script, the stylesheets), which
// nginx serves as they are (`brotli_static`, `gzip_static` in
// deploy/nginx/compression.conf) instead of compressing them on every
// request at level 6: fewer bytes, and no wait for the compressor.
// Only hashed files: their names change with their bytes, so a compressed
// copy can never be stale. Content JSON and pages stay compressed on the fly,
// so a content file edited on the server is served as it is now.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('precompress: usage: precompress.mjs <folder>');
  process.exit(1);
}
const hashed = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)$/;
let count = 0;
for (const name of readdirSync(dir).filter((n) => hashed.test(n))) {
  const body = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  }));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
  count += 1;
}
console.log(`precompress: ${count} hashed assets written as .br and .gz`);
