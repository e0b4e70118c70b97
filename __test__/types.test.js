'use strict';
// index.d.ts as a TypeScript app sees it: __test__/types/usage.ts uses every
// export the way an OIP node would and must compile under --strict; a snippet
// with deliberate type errors must not, so this test can fail.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { runNode } = require('../testbed/child');

const ROOT = path.join(__dirname, '..');
const TSC = require.resolve('typescript/bin/tsc');
const TYPES_DIR = path.join(__dirname, 'types');
const TSC_TIMEOUT_MS = 120000;

/** Runs tsc with `args`; resolves { code, output } (tsc prints its diagnostics on stdout). */
async function tsc(args) {
  const { code, stdout, stderr } = await runNode(TSC, args, { cwd: ROOT });
  return { code, output: stdout + stderr };
}

/** `file(line,col): error TSnnnn: ...` lines as { file, line, code, message }. */
function diagnostics(output) {
  return output
    .split('\n')
    .map((l) => /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(l.trim()))
    .filter(Boolean)
    .map(([, file, line, code, message]) => ({ file: path.resolve(ROOT, file), line: Number(line), code, message }));
}

let tmp;
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('usage.ts, every export used as an app would, compiles with tsc --noEmit --strict', async () => {
  const { code, output } = await tsc(['--noEmit', '--strict', '-p', path.join(TYPES_DIR, 'tsconfig.json')]);
  expect({ code, output }).toEqual({ code: 0, output: '' });
}, TSC_TIMEOUT_MS);

test('usage.ts uses every export index.d.ts declares, and each declared value exists at runtime', () => {
  const usage = fs.readFileSync(path.join(TYPES_DIR, 'usage.ts'), 'utf8');
  const dts = fs.readFileSync(path.join(ROOT, 'index.d.ts'), 'utf8');
  // Each export with the doc comment right above it; those documented "For tests only" are not app API.
  const declared = [...dts.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)?^export (?:declare )?(const enum|const|class|function|interface|type) (\w+)/gm)]
    .filter(([, doc]) => !/For tests only/i.test(doc || ''))
    .map(([, , kind, name]) => [null, kind, name]);
  expect(declared.length).toBeGreaterThan(20);
  const runtime = require('..');
  for (const [, kind, name] of declared) {
    expect([name, new RegExp(`\\b${name}\\b`).test(usage)]).toEqual([name, true]);
    if (kind !== 'interface' && kind !== 'type') expect([name, name in runtime]).toEqual([name, true]);
  }
});

test('index.d.ts documents every export, and every method and property of its classes', () => {
  const lines = fs.readFileSync(path.join(ROOT, 'index.d.ts'), 'utf8').split('\n');
  const undocumented = [];
  let inClass = false;
  lines.forEach((line, i) => {
    if (/^export /.test(line)) inClass = /^export declare class /.test(line);
    else if (line === '}') inClass = false;
    // A declaration, or a class member (constructor, method, getter) at the class's own indent.
    const declares = /^export /.test(line) || (inClass && /^  (?! |\*|\/)\S/.test(line));
    const prev = lines.slice(0, i).reverse().find((l) => l.trim() !== '');
    if (declares && !(prev && prev.trim().endsWith('*/'))) undocumented.push(line.trim());
  });
  expect(undocumented).toEqual([]);
});

test('a snippet with type errors against index.d.ts is rejected, for those errors', async () => {
  tmp = tmp || fs.mkdtempSync(path.join(os.tmpdir(), 'oip-types-test-'));
  const bad = path.join(tmp, 'bad.ts');
  const lines = [
    `import { GunHelper, GunSyncService, processLocalDeletion } from ${JSON.stringify(ROOT)};`,
    'export async function wrong(): Promise<void> {',
    "  const gun = new GunHelper({ apiUrl: 8765 });", // line 3: apiUrl is a string
    "  const n: number = await gun.checkConnection();", // line 4: boolean is not number
    "  const sync = new GunSyncService({ recordTypes: 'post' });", // line 5: string[] expected
    "  const r = await processLocalDeletion('did:gun:a:b');",
    '  r.applied.toFixed(0);', // line 7: boolean has no toFixed
    '  const report = await sync.performSync();',
    '  const later: string = report.deferred;', // line 9: deferred is a number
    "  const record = await gun.getRecord('h:a');",
    '  const data = record === null ? null : record.data;',
    '  const missing: undefined = record;', // line 12: a record or null, never undefined
    '  console.log(n, later, data, missing);',
    '}',
  ];
  fs.writeFileSync(bad, `${lines.join('\n')}\n`);
  const { code, output } = await tsc([
    '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules', '@types'), bad,
  ]);
  expect(code).not.toBe(0);
  const inSnippet = diagnostics(output).filter((d) => d.file === bad);
  expect(inSnippet.map((d) => [d.line, d.code])).toEqual([
    [3, 'TS2322'],
    [4, 'TS2322'],
    [5, 'TS2322'],
    [7, 'TS2339'],
    [9, 'TS2322'],
    [12, 'TS2322'],
  ]);
}, TSC_TIMEOUT_MS);
