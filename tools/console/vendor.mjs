// Copies the built ES modules the admin console imports into the Host's embedded assets, with their licences.
// The browser loads them as plain modules, so the one bare import (`preact` in the hooks module) becomes a relative path.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '..', 'src', 'Host', 'CatoScim.Host', 'Admin', 'assets', 'vendor');
mkdirSync(target, { recursive: true });

const files = [
  { pkg: 'preact', from: 'dist/preact.mjs', to: 'preact.mjs' },
  { pkg: 'preact', from: 'hooks/dist/hooks.mjs', to: 'preact-hooks.mjs', rewrite: [['from"preact"', 'from"./preact.mjs"']] },
  { pkg: 'htm', from: 'dist/htm.mjs', to: 'htm.mjs' },
  { pkg: 'uplot', from: 'dist/uPlot.esm.js', to: 'uplot.mjs' },
  { pkg: 'uplot', from: 'dist/uPlot.min.css', to: 'uplot.css' },
];

const licences = new Map();
for (const file of files) {
  const root = join(here, 'node_modules', file.pkg);
  let text = readFileSync(join(root, file.from), 'utf8');
  for (const [from, to] of file.rewrite ?? []) {
    if (!text.includes(from)) throw new Error(`${file.pkg}/${file.from} no longer contains ${from}`);
    text = text.replaceAll(from, to);
  }
  writeFileSync(join(target, file.to), text);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entry = licences.get(file.pkg) ?? { version: manifest.version, license: manifest.license, text: readFileSync(join(root, 'LICENSE'), 'utf8'), files: [] };
  entry.files.push(`${file.to} (${file.from})`);
  licences.set(file.pkg, entry);
}

let out = '# Libraries in the admin console\n\nCopied by tools/console/vendor.mjs from npm; nothing is loaded from a CDN.\n';
for (const [pkg, e] of licences) {
  out += `\n## ${pkg} ${e.version} (${e.license})\n\nFiles: ${e.files.join(', ')}\n\n\`\`\`\n${e.text.trim()}\n\`\`\`\n`;
}
writeFileSync(join(target, 'LICENSES.md'), out);
console.log(`vendored ${files.length} files into ${target}`);
