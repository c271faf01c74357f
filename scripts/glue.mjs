// Shrinks what a page downloads to start the app: wasm-bindgen's JS glue and
// the names the wasm and the glue share (glue budget ≤ 6 KB gzip). Run by
// scripts/post-build.sh on trunk's staging folder, after wasm-bindgen and
// wasm-opt. Both steps are the tools' own, on parsed code:
//  1. wasm-opt's --minify-imports-and-exports-and-modules gives every import
//     and export a short name and prints the mapping;
//  2. terser minifies the glue (scope-aware) and renames, as properties, the
//     same names the same way (its name cache holds the mapping).
// A name the glue does not use, or a wasm whose imports did not all end up
// in one module, fails the build: the two sides must agree.
//
//   node scripts/glue.mjs <folder>   (prints the sizes before and after)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const dir = process.argv[2];
const files = readdirSync(dir);
const glueName = files.find((f) => /^backend-guide-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => /^backend-guide-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glueName || !wasmName) throw new Error(`glue: no glue or wasm in ${dir}`);
const gluePath = join(dir, glueName);
const wasmPath = join(dir, wasmName);
const glue = readFileSync(gluePath, 'utf8');
const size = (text) => `${Buffer.byteLength(text)} B, gzip ${gzipSync(text, { level: 9 }).length}`;

// 1. The wasm's names, shortened by binaryen; the module's import names as
// wasm-bindgen wrote them, read back by the engine.
const before = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
const printed = execFileSync(
  'wasm-opt',
  [wasmPath, '--minify-imports-and-exports-and-modules', '-o', wasmPath],
  { encoding: 'utf8' },
);
const mapping = JSON.parse(printed.slice(printed.indexOf('{')));
const after = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
const modules = (list) => [...new Set(list.map((i) => i.module))];
if (modules(before).length !== 1 || modules(after).length !== 1) {
  throw new Error(`glue: imports from ${modules(before)} → ${modules(after)}; expected one module each`);
}
const renames = new Map([[modules(before)[0], modules(after)[0]]]);
for (const [, from, to] of mapping.imports) renames.set(from, to);
for (const [from, to] of mapping.exports) renames.set(from, to);

// 2. The glue, minified, with the same names renamed wherever it uses them
// as properties (`wasm.__wbindgen_malloc`, the import object's keys).
const exact = [...renames.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const props = Object.fromEntries([...renames].map(([from, to]) => [`$${from}`, to]));
const result = await minify(glue, {
  module: true,
  compress: { passes: 2 },
  // builtins: `memory` and `main` are also DOM property names, which terser
  // leaves alone unless told; only the names in the mapping match anyway.
  mangle: { properties: { regex: new RegExp(`^(?:${exact.join('|')})$`), builtins: true } },
  nameCache: { props: { props } },
  format: { comments: false },
});
// No old name may be left: wasm-bindgen's own (hashed or prefixed) anywhere,
// and the exports (`memory`) as a property read.
for (const [from, to] of renames) {
  const generated = /_[0-9a-f]{16}$|^__wbindgen_/.test(from);
  const read = new RegExp(`\\.${exact[[...renames.keys()].indexOf(from)]}\\b`);
  if ((generated && result.code.includes(from)) || read.test(result.code)) {
    throw new Error(`glue: ${from} was not renamed to ${to}`);
  }
}
if (!result.code.includes(`${modules(after)[0]}:`) && !result.code.includes(`"${modules(after)[0]}":`)) {
  throw new Error('glue: the import object has no key for the renamed module');
}
writeFileSync(gluePath, result.code);
console.log(`glue: ${renames.size} names shortened; glue ${size(glue)} → ${size(result.code)}`);
