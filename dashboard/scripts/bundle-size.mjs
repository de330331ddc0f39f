// Prints the gzipped size of the JavaScript that index.html loads initially (its module script
// and modulepreloads), and of the first screen (that plus the overview route's chunks, which the
// app imports right after start-up). Exits 1 when the first screen exceeds the budget.
// Usage: node scripts/bundle-size.mjs [--budget-kb 500]   (after `pnpm build`)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const budgetArg = process.argv.indexOf('--budget-kb');
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 500;
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

const initial = new Set();
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) initial.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) initial.add(m[1]);

const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file.replace(/^\//, '')))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function report(title, files) {
  let total = 0;
  console.log(title);
  for (const f of [...files].sort()) {
    const size = gz(f);
    total += size;
    console.log(`  ${kb(size).padStart(10)}  ${f}`);
  }
  console.log(`  ${kb(total).padStart(10)}  total (gzip)`);
  return total;
}

const initialTotal = report('index.html loads initially:', initial);

// The overview route: its chunk and every chunk it imports statically, from Vite's manifest.
const manifestFile = path.join(dist, '.vite', 'manifest.json');
let firstScreen = initialTotal;
if (fs.existsSync(manifestFile)) {
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => k.endsWith('features/overview/OverviewPage.tsx'));
  if (entryKey) {
    const files = new Set(initial);
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk) return;
      const file = `/${chunk.file}`;
      if (files.has(file) && key !== entryKey) return;
      files.add(file);
      for (const imp of chunk.imports ?? []) visit(imp);
    };
    visit(entryKey);
    firstScreen = report('first screen (index + overview route):', files);
  }
}
const ok = firstScreen <= budgetKb * 1024;
console.log(`\ninitial JS ${kb(initialTotal)} gzip; first screen ${kb(firstScreen)} gzip; budget ${budgetKb} KB: ${ok ? 'OK' : 'OVER'}`);
process.exit(ok ? 0 : 1);
