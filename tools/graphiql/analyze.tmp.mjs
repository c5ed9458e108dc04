import { build } from 'esbuild';
import { join } from 'node:path';
const here = process.cwd();
const trim = { name: 't', setup(b) { b.onResolve({ filter: /^(monaco-graphql\/esm|\.)\/monaco-editor(\.js)?$/ }, (args) =>
      args.path.startsWith('monaco-graphql') || /monaco-graphql[\\/]esm/.test(args.importer)
        ? { path: join(here, 'src', 'monaco-editor.js') }
        : undefined); } };
const r = await build({ entryPoints: {explorer: join(here,'src','explorer.jsx')}, bundle: true, minify: true, write: false, outdir: '/tmp/x', format: 'iife', jsx: 'automatic', loader: {'.ttf':'file'}, metafile: true, plugins: process.argv[2] ? [trim] : [], define: {'process.env.NODE_ENV':'"production"'}, logLevel: 'error'});
const by = {}; let total = 0;
for (const out of Object.values(r.metafile.outputs)) { if (!out.inputs) continue;
for (const [f, v] of Object.entries(out.inputs)) { total += v.bytesInOutput; const m = f.match(/node_modules\/((?:@[^/]+\/)?[^/]+)(\/esm\/vs\/([^/]+\/[^/]+))?/); const k = m ? m[1] + (m[3] ? ':' + m[3] : '') : f; by[k] = (by[k]||0) + v.bytesInOutput; }}
console.log('total', total);
for (const [k, v] of Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,12)) console.log((v/1024).toFixed(0).padStart(6), k);
for (const [f, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (/editor\.all|edcore|monaco-editor\.js|editor\.main/.test(i.path)) console.log(f, '->', i.path, i.original);
