// Trims what a page downloads to start the app: wasm-bindgen's JS glue and
// the names the wasm imports from it (issue 14: glue ≤ 6 KB gzip). Run by
// scripts/post-build.sh on trunk's staging folder, after wasm-bindgen and
// wasm-opt. No dependencies: the glue is generated code of one pinned
// wasm-bindgen (Cargo.toml), and every step checks the shape it expects and
// fails the build if it is not there, so an upgrade cannot half-apply it.
//
//  1. The wasm's imports from the glue get short names (`__wbg_fetch_<hash>`
//     → `d7`): the hashes were a third of the compressed glue, and are read
//     by nothing but the import object, renamed with them.
//  2. Classes of wasm-streams that the glue exports and nothing uses
//     (leptos's server functions bring them; this app has none) are dropped.
//  3. Comments, indentation and blank lines go; the glue's own helper names
//     and argument names are shortened. index.html's preload of the glue
//     gets the new integrity hash.
//
//   node scripts/slim-glue.mjs <folder>   (prints the sizes before and after)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
const files = readdirSync(dir);
const glueName = files.find((f) => /^backend-guide-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => /^backend-guide-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glueName || !wasmName) throw new Error(`slim-glue: no glue or wasm in ${dir}`);
const gluePath = join(dir, glueName);
const wasmPath = join(dir, wasmName);
let glue = readFileSync(gluePath, 'utf8');
const before = { glue: Buffer.byteLength(glue), gzip: gzipSync(glue, { level: 9 }).length };

/** Replaces `pattern` in the glue, failing unless it matched `expected` times (or at least once). */
function must(pattern, replacement, expected) {
  const count = [...glue.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].length;
  if (expected === undefined ? count === 0 : count !== expected) {
    throw new Error(`slim-glue: ${pattern} matched ${count} times; is the glue from another wasm-bindgen?`);
  }
  glue = glue.replace(pattern, replacement);
}

// ---------- 1. short import names, in the wasm and in the glue's import object
const MODULE = './backend-guide_bg.js';
must(new RegExp(`"${MODULE.replace(/[.]/g, '\\.')}": import0`), (m) => m, 1);
const wasm = readFileSync(wasmPath);
const short = (i) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = letters[i % 52];
  for (i = Math.floor(i / 52); i > 0; i = Math.floor(i / 52)) name += letters[i % 52];
  return name;
};
const renames = new Map();
writeFileSync(wasmPath, renameImports(wasm, (module, name) => {
  if (module !== MODULE) return name;
  if (!renames.has(name)) renames.set(name, short(renames.size));
  return renames.get(name);
}));
for (const [from, to] of renames) must(new RegExp(`\\b${from}: function`, 'g'), `${to}: function`, 1);

// ---------- 2. unused exported classes of wasm-streams
for (const cls of ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource']) {
  must(new RegExp(`export class ${cls} \\{[\\s\\S]*?\\nif \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = ${cls}\\.prototype\\.free;\\n`), '', 1);
  must(new RegExp(`const ${cls}Finalization = [^;]*;\\n`), '', 1);
}
if (/IntoUnderlying/.test(glue)) throw new Error('slim-glue: the glue still uses the wasm-streams classes');

// ---------- 3. comments, whitespace, helper and argument names
if (/\$/.test(glue.replace(/\$\{/g, ''))) throw new Error('slim-glue: the glue has `$` names of its own');
must(/\/\*\*[\s\S]*?\*\//g, '');
must(/^[ \t]*\/\/.*\n/gm, '');
must(/^[ \t]+/gm, '');
must(/\n{2,}/g, '\n');
const helpers = [
  'getStringFromWasm0', 'getDataViewMemory0', 'passStringToWasm0', 'isLikeNone', 'addToExternrefTable0',
  'handleError', 'takeFromExternrefTable0', 'getUint8ArrayMemory0', 'getArrayU8FromWasm0', 'debugString',
  'makeMutClosure', 'WASM_VECTOR_LEN', 'decodeText', 'cachedTextEncoder', 'cachedTextDecoder', 'CLOSURE_DTORS',
];
helpers.forEach((name, i) => must(new RegExp(`\\b${name}\\b`, 'g'), `$${i.toString(36)}`));
// The closures' trampolines: local functions, called by their long names.
let trampolines = 0;
must(/(?<!\.)\bwasm_bindgen__convert__closures_____invoke__h[0-9a-f]{16}(?:_\d+)?\b/g, (() => {
  const names = new Map();
  return (m) => {
    if (!names.has(m)) names.set(m, `$t${trampolines++}`);
    return names.get(m);
  };
})());
must(/\barg(\d+)\b/g, 'a$1');
must(/\bret\b/g, 'r');

writeFileSync(gluePath, glue);
// The page preloads the glue with its hash (subresource integrity): the new one.
const indexPath = join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const preload = new RegExp(`(<link rel="modulepreload" href="[^"]*${glueName}"[^>]* integrity=")sha384-[^"]+"`);
if (!preload.test(index)) throw new Error('slim-glue: index.html does not preload the glue with its integrity');
const digest = createHash('sha384').update(glue).digest('base64');
writeFileSync(indexPath, index.replace(preload, `$1sha384-${digest}"`));
const after = { glue: Buffer.byteLength(glue), gzip: gzipSync(glue, { level: 9 }).length };
console.log(`slim-glue: ${renames.size} imports renamed; glue ${before.glue} → ${after.glue} bytes, gzip ${before.gzip} → ${after.gzip}`);

/** The wasm module `bytes` with each import's name replaced by `rename(module, name)`. */
function renameImports(bytes, rename) {
  let at = 8;
  const readU32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      result |= (b & 0x7f) << shift;
      if (!(b & 0x80)) return result >>> 0;
      shift += 7;
    }
  };
  const u32 = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  const name = (s) => {
    const b = Buffer.from(s, 'utf8');
    return Buffer.concat([u32(b.length), b]);
  };
  const parts = [bytes.subarray(0, 8)];
  let found = false;
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = readU32();
    const start = at;
    const end = at + size;
    if (id !== 2) {
      parts.push(Buffer.from([id]), u32(size), bytes.subarray(start, end));
      at = end;
      continue;
    }
    found = true;
    const count = readU32();
    const body = [u32(count)];
    const readName = () => {
      const len = readU32();
      const s = bytes.subarray(at, at + len).toString('utf8');
      at += len;
      return s;
    };
    for (let i = 0; i < count; i++) {
      const module = readName();
      const field = readName();
      const descStart = at;
      const kind = bytes[at++];
      if (kind === 0) readU32(); // function: type index
      else if (kind === 1) { at++; const flags = bytes[at++]; readU32(); if (flags & 1) readU32(); } // table
      else if (kind === 2) { const flags = bytes[at++]; readU32(); if (flags & 1) readU32(); } // memory
      else if (kind === 3) at += 2; // global: value type, mutability
      else if (kind === 4) { at++; readU32(); } // tag
      else throw new Error(`slim-glue: unknown import kind ${kind}`);
      body.push(name(module), name(rename(module, field)), bytes.subarray(descStart, at));
    }
    if (at !== end) throw new Error('slim-glue: import section not read to its end');
    const content = Buffer.concat(body);
    parts.push(Buffer.from([id]), u32(content.length), content);
  }
  if (!found) throw new Error('slim-glue: the wasm has no imports');
  return Buffer.concat(parts);
}
