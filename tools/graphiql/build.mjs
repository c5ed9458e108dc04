// Bundles GraphiQL once into the files the Host embeds and serves (src/Host/CatoScim.Host/GraphQL/Explorer/assets).
// Run `npm ci && npm run build` in this folder; dotnet build never runs it. See README.md here.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Host', 'CatoScim.Host', 'GraphQL', 'Explorer', 'assets');

// monaco-graphql's editor module loads every Monaco contribution (diff editor, colour picker, sticky scroll, ...);
// src/monaco-editor.js keeps the ones a query, variables and response editor use, and only the GraphQL and JSON languages.
// graphql-ws is only reached for subscriptions, which this API does not have.
const trim = {
  name: 'catoscim-trim',
  setup(b) {
    b.onResolve({ filter: /^(monaco-graphql\/esm|\.)\/monaco-editor(\.js)?$/ }, (args) =>
      args.path.startsWith('monaco-graphql') || /monaco-graphql[\\/]esm/.test(args.importer)
        ? { path: join(here, 'src', 'monaco-editor.js') }
        : undefined);
    b.onResolve({ filter: /^graphql-ws$/ }, () => ({ path: join(here, 'src', 'no-subscriptions.js') }));
  },
};

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2022'],
  format: 'iife',
  outdir: out,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// Only the files this script writes are replaced; index.html is written by hand.
await mkdir(out, { recursive: true });
for (const name of await readdir(out)) {
  if (/\.(js|css|ttf)$/.test(name) || name === 'LICENSES.md') {
    await rm(join(out, name));
  }
}

const page = await build({
  ...common,
  metafile: true,
  entryPoints: { explorer: join(here, 'src', 'explorer.jsx') },
  jsx: 'automatic',
  plugins: [trim],
  loader: { '.ttf': 'file' },
  assetNames: '[name]',
});

// Monaco runs its language services in workers: one bundle each, loaded from the same folder.
const workers = await build({
  ...common,
  metafile: true,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
});

// Every package with code or styles in an output, with its licence text: the bundles keep no legal comments.
const packages = new Map();
for (const input of [...Object.keys(page.metafile.inputs), ...Object.keys(workers.metafile.inputs)]) {
  const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
  if (match && !packages.has(match[1])) {
    packages.set(match[1], JSON.parse(await readFile(join(here, match[1], 'package.json'), 'utf8')));
  }
}
const sections = [];
for (const [dir, pkg] of [...packages].sort((a, b) => a[1].name.localeCompare(b[1].name))) {
  const file = (await readdir(join(here, dir))).find((f) => /^(licen[sc]e|copying)/i.test(f));
  const text = file ? (await readFile(join(here, dir, file), 'utf8')).trim() : `(no licence file in the package; package.json says ${pkg.license})`;
  sections.push(`## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`\n${text}\n\`\`\`\n`);
}
await writeFile(join(out, 'LICENSES.md'), `# Third-party code in the GraphQL explorer\n\n`
  + `The files in this folder are built by tools/graphiql (\`npm ci && npm run build\`) from these packages, `
  + `exact versions pinned in its package-lock.json. ${packages.size} packages:\n\n`
  + [...packages.values()].sort((a, b) => a.name.localeCompare(b.name)).map((p) => `- ${p.name} ${p.version}, ${p.license}`).join('\n')
  + `\n\n${sections.join('\n')}`);

let total = 0;
for (const name of (await readdir(out)).sort()) {
  const { size } = await stat(join(out, name));
  total += size;
  console.log(`${String(size).padStart(9)}  ${name}`);
}
console.log(`${String(total).padStart(9)}  total`);
