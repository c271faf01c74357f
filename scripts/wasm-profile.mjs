// Sums `twiggy top -f csv` by crate: the crate of an item is the first path
// segment of its name (`<X as Trait>::f` counts for X's crate); a second
// table counts every item whose name mentions a crate anywhere (so generic
// code instantiated for our types shows up under both).
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((line) => {
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  return { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), size: Number(m[2]) };
});
const shipped = rows.filter((r) => !/^"?function names"? subsection|^"?local names|subsection$/.test(r.name));
const total = shipped.reduce((a, r) => a + r.size, 0);
const crateOf = (name) => {
  if (name.startsWith('data segment')) return '[data segments]';
  if (/^code\[/.test(name)) return '[unnamed code]';
  if (/^(import|export|type|table|elem|global|memory|custom section)\b/.test(name)) return `[${name.split(/[\[ ]/)[0]}]`;
  const m = name.replace(/^<+/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  if (!m) return '[other]';
  // `<T as Trait>` and `<F as …>`: generic code, named by the trait's crate.
  if (/^[A-Z]$/.test(m[1])) {
    const t = name.match(/ as ([a-z_][a-z0-9_]*)::/);
    return t ? `${t[1]} (blanket impls)` : '[generic]';
  }
  return m[1];
};
const sum = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);
const byCrate = new Map();
const mentions = new Map();
const watched = ['backend_guide', 'guide_model', 'serde_json', 'serde_path_to_error', 'serde_core', 'reactive_graph', 'tachys', 'leptos_router', 'leptos::', 'web_sys', 'js_sys', 'wasm_bindgen', 'gloo_net', 'core::fmt', 'alloc::'];
for (const r of shipped) {
  sum(byCrate, crateOf(r.name), r.size);
  for (const k of watched) if (r.name.includes(k.endsWith('::') ? k : `${k}::`)) sum(mentions, k.replace(/::$/, ''), r.size);
}
const line = (n, label) => `  ${String(n).padStart(8)}  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${label}`;
console.log(`## By crate (${shipped.length} items, ${total} bytes without the name section)`);
for (const [c, n] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(line(n, c));
console.log('## Items whose name mentions a crate (overlapping sums)');
for (const [c, n] of [...mentions].sort((a, b) => b[1] - a[1])) console.log(line(n, c));
