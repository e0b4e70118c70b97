#!/usr/bin/env node
'use strict';
// oip-gun-sync: the addon's sync service, deletion registry and demo from a
// shell. Configured by the OIP node's environment variables; options override
// them. Exit codes: 0 ok, 1 failure, 2 usage error. Errors go to stderr with
// the error's `code`.

const path = require('path');

const PROG = 'oip-gun-sync';
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

// Every option the CLI knows: its value's name and what it overrides.
const OPTIONS = {
  relay: { arg: '<url>', help: "the local relay's API URL (default: GUN_PEERS' first entry)" },
  peers: { arg: '<a,b>', help: 'peer relays to pull from (default: GUN_EXTERNAL_PEERS, else GUN_PEERS)' },
  es: { arg: '<url>', help: 'Elasticsearch URL (default: ELASTICSEARCHHOST)' },
  'state-dir': { arg: '<dir>', help: 'ledger directory (default: OIP_GUN_SYNC_STATE_DIR, else ./.oip-gun-sync)' },
  'record-types': { arg: '<a,b>', help: "the app's record types (default: OIP_RECORD_TYPES)" },
  interval: { arg: '<ms>', help: 'ms between cycles (default: GUN_SYNC_INTERVAL, else 900000)' },
};
const CONNECTION = ['relay', 'es', 'state-dir', 'record-types'];

const COMMANDS = {
  run: {
    summary: 'run the sync service until SIGTERM or SIGINT',
    usage: 'run [options]',
    options: ['relay', 'peers', 'es', 'state-dir', 'record-types', 'interval'],
    details: [
      'Runs a sync cycle now and then one every interval, printing one status line',
      'per cycle on stdout; a cycle with GUN_SYNC_PROGRESS_MIN_RECORDS (200) or more',
      'records to sync shows its progress on stderr. SIGTERM or SIGINT stops',
      'scheduling, waits for the running cycle to finish and exits 0.',
    ],
  },
  cycle: {
    summary: 'run one sync cycle and print its report as JSON',
    usage: 'cycle [options]',
    options: ['relay', 'peers', 'es', 'state-dir', 'record-types'],
    details: [
      'Prints {discovered, synced, skippedExisting, skippedDeleted, deletionsApplied, failed, requests, durationMs, deferred, warnings, repair}.',
      'A cycle with GUN_SYNC_PROGRESS_MIN_RECORDS (200) or more records to sync shows its progress on stderr.',
    ],
  },
  deletions: {
    summary: 'the deletion registry: stats | list | check | details | mark | unmark | apply',
    usage: 'deletions <stats | list | check <did> | details <did> | mark <did> <publicKey> | unmark <did> | apply <did>> [options]',
    options: CONNECTION,
    details: [
      'stats                    {totalDeleted, registryRoot, deletedDIDs (first 10), hasMore} as JSON',
      'list                     every tombstoned DID known here, as a JSON array',
      'check <did>              true or false: whether <did> is tombstoned (a failed read is an error)',
      'details <did>            {deletedAt, deletedBy, timestamp, did} as JSON, or null',
      'mark <did> <publicKey>   tombstones <did>; prints whether the relay took it (the ledger always does)',
      'unmark <did>             withdraws the tombstone on this node; prints true',
      'apply <did>              removes the record from Elasticsearch, the relay and the registry;',
      '                         prints the report as JSON; exit 1 when not applied (retried later)',
      '',
      "One process at a time owns a state directory: while the app runs, its",
      "directory answers STATE_LOCKED here; stop the app, or run the app's deletion script, which shares it.",
    ],
  },
  demo: {
    summary: "run the demo (two local test-bed relays, or GUN_PEERS' first entry)",
    usage: 'demo',
    options: [],
    details: ['Needs a source checkout (the demo uses the test bed).'],
  },
  help: { summary: 'show help for a command', usage: 'help [command]', options: [], details: [] },
};
const DELETION_ACTIONS = { stats: 0, list: 0, check: 1, details: 1, mark: 2, unmark: 1, apply: 1 };

class UsageError extends Error {
  constructor(message, command) {
    super(message);
    this.command = command;
  }
}

function globalHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `Usage: ${PROG} <command> [options]`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Options (each overrides its environment variable):',
    ...optionLines(Object.keys(OPTIONS)),
    '  -h, --help             show help (also after a command)',
    '  --version              print the version',
    '',
    'Configuration is the OIP node environment: GUN_PEERS, GUN_EXTERNAL_PEERS,',
    'GUN_SYNC_INTERVAL, GUN_CACHE_MAX_AGE, GUN_REGISTRY_ROOT, GUN_NODE_ID_OVERRIDE,',
    'GUN_REGISTRY_TIMEOUT_MS, RECORD_TYPE_INDEX_MODE and its lists, ELASTICSEARCHHOST,',
    'ELASTICCLIENTUSERNAME / ELASTICCLIENTPASSWORD, ELASTICSEARCH_API_KEY,',
    'OIP_GUN_SYNC_STATE_DIR, plus OIP_RECORD_TYPES (the record types to sync).',
    '',
    'Exit codes: 0 ok, 1 failure, 2 usage error.',
    `Run '${PROG} <command> --help' for a command's details.`,
  ].join('\n');
}

function optionLines(names) {
  return names.map((n) => {
    const o = OPTIONS[n];
    return `  ${`--${n} ${o.arg}`.padEnd(22)} ${o.help}`;
  });
}

function commandHelp(name) {
  const c = COMMANDS[name];
  const lines = [`Usage: ${PROG} ${c.usage}`, '', c.summary + '.'];
  if (c.details.length) lines.push('', ...c.details);
  if (c.options.length) lines.push('', 'Options:', ...optionLines(c.options));
  lines.push('  -h, --help             show this help');
  return lines.join('\n');
}

/** argv (after node and the script) -> { command, args, opts, help, version }. */
function parse(argv) {
  const out = { command: null, args: [], opts: {}, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      out.help = true;
    } else if (a === '--version') {
      out.version = true;
    } else if (a === '--') {
      out.args.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (!OPTIONS[name]) throw new UsageError(`unknown option --${name}`, out.command);
      let value;
      if (eq >= 0) value = a.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      else throw new UsageError(`--${name} needs a value ${OPTIONS[name].arg}`, out.command);
      out.opts[name] = value;
    } else if (a.startsWith('-') && a.length > 1) {
      throw new UsageError(`unknown option ${a}`, out.command);
    } else if (out.command === null) {
      out.command = a;
    } else {
      out.args.push(a);
    }
  }
  return out;
}

const list = (s) =>
  String(s)
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The record types: --record-types, else OIP_RECORD_TYPES; undefined when neither. */
function recordTypes(opts) {
  if (opts['record-types'] !== undefined) return list(opts['record-types']);
  if (process.env.OIP_RECORD_TYPES) return list(process.env.OIP_RECORD_TYPES);
  return undefined;
}

function requireRecordTypes(command, types) {
  const whitelist = process.env.RECORD_TYPE_INDEX_MODE === 'whitelist' && process.env.RECORD_TYPE_INDEX_WHITELIST;
  if ((!types || types.length === 0) && !whitelist) {
    throw new UsageError('no record types: give --record-types a,b or set OIP_RECORD_TYPES', command);
  }
}

function positiveInt(name, value, command) {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 0xffffffff) {
    throw new UsageError(`--${name} must be a positive whole number of ms, not ${JSON.stringify(value)}`, command);
  }
  return Number(value);
}

/** Options of GunSyncService / runSyncCycle; whatever is not given comes from the environment. */
function syncOptions(opts, command) {
  const o = {};
  if (opts.relay !== undefined) o.gun = { apiUrl: opts.relay };
  if (opts.peers !== undefined) o.peers = list(opts.peers);
  if (opts.es !== undefined) o.elasticsearch = { node: opts.es };
  const types = recordTypes(opts);
  requireRecordTypes(command, types);
  if (types) o.recordTypes = types;
  if (opts['state-dir'] !== undefined) o.deletion = { stateDir: opts['state-dir'] };
  if (opts.interval !== undefined) o.syncIntervalMs = positiveInt('interval', opts.interval, command);
  return o;
}

/** Options of the deletion registry and of processLocalDeletion. */
function deletionOptions(opts) {
  const o = {};
  if (opts['state-dir'] !== undefined) o.stateDir = opts['state-dir'];
  if (opts.es !== undefined) o.elasticsearch = { node: opts.es };
  if (opts.relay !== undefined) o.gun = { apiUrl: opts.relay };
  const types = recordTypes(opts);
  if (types) o.recordTypes = types;
  return o;
}

const addon = () => require('..');
const printJson = (v) => process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);

function statusLine(n, r) {
  return (
    `${new Date().toISOString()} cycle ${n}: ${r.discovered} discovered, ${r.synced} synced, ` +
    `${r.skippedExisting} existing, ${r.skippedDeleted} tombstoned, ${r.deletionsApplied} deletions applied, ` +
    `${r.failed.length} failed; requests peers=${r.requests.peers} local=${r.requests.localRelay} ` +
    `es=${r.requests.elasticsearch}; ${Math.round(r.durationMs)} ms` +
    r.warnings.map((w) => `\n  warning: ${w}`).join('')
  );
}

/** A plain progress line at most this often when stderr is not a terminal. */
const PLAIN_PROGRESS_MS = 5000;

function progressText(p) {
  const eta = p.etaMs === null ? '?' : `${Math.ceil(p.etaMs / 1000)} s`;
  return (
    `progress: ${p.indexed + p.failed + p.skipped}/${p.total} done (${p.indexed} indexed, ${p.failed} failed, ` +
    `${p.skipped} tombstoned); ${p.fetched} fetched, ${p.stored} stored of ${p.found} found; ` +
    `${p.rate.toFixed(1)}/s, ${p.done ? 'finished' : `about ${eta} left`}`
  );
}

/**
 * onProgress for a long cycle, on stderr (stdout keeps the reports): one line
 * rewritten in place on a terminal, else a plain line every few seconds and
 * the last one.
 */
function progressPrinter(stream = process.stderr) {
  let lastPlain = 0;
  return (p) => {
    if (stream.isTTY) {
      const line = progressText(p).slice(0, Math.max(20, (stream.columns || 100) - 1));
      stream.write(`\r\x1b[2K${line}${p.done ? '\n' : ''}`);
    } else if (p.done || Date.now() - lastPlain >= PLAIN_PROGRESS_MS) {
      lastPlain = Date.now();
      stream.write(`${new Date().toISOString()} ${progressText(p)}\n`);
    }
  };
}

/**
 * The service as a process. Cycles are driven from here with performSync()
 * (the same cycle start() schedules) so that a signal knows exactly whether
 * a cycle is running and can wait for it; the pending timer is what keeps
 * the process alive between cycles.
 */
async function run(opts) {
  const { GunSyncService } = addon();
  const o = syncOptions(opts, 'run');
  // The cycle's own log line is printed below from its report; warnings
  // (failed records, unreachable peers) go to stderr.
  o.logger = {
    info: () => {},
    warn: (s) => process.stderr.write(`${s}\n`),
    error: (s) => process.stderr.write(`${s}\n`),
  };
  o.onProgress = progressPrinter();
  const service = new GunSyncService(o);
  const interval = service.getStatus().syncInterval;
  let stopping = false;
  let timer = null;
  let current = null;
  let cycles = 0;
  let failedCycles = 0;
  let wake;
  const done = new Promise((resolve) => (wake = resolve));

  const cycle = async () => {
    timer = null;
    if (stopping) return;
    current = service.performSync();
    try {
      const report = await current;
      cycles++;
      process.stdout.write(`${statusLine(cycles, report)}\n`);
    } catch (err) {
      failedCycles++;
      process.stderr.write(`${PROG}: cycle failed: ${describe(err)}\n`);
    } finally {
      current = null;
    }
    if (stopping) wake();
    else timer = setTimeout(cycle, interval);
  };

  const shutdown = (signal) => {
    if (stopping) return;
    stopping = true;
    service.stop();
    if (timer) clearTimeout(timer);
    timer = null;
    process.stdout.write(`${new Date().toISOString()} ${signal}: ${current ? 'waiting for the running cycle' : 'stopping'}\n`);
    if (!current) wake();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const s = service.getStatus();
  process.stdout.write(
    `${new Date().toISOString()} ${PROG} run: node ${s.nodeId}, every ${interval} ms, ` +
      `record types ${o.recordTypes ? o.recordTypes.join(',') : '(whitelist)'}\n`,
  );
  // start() begins with a migration pass where the addon has one; so does run.
  if (typeof service.migrateExistingRecords === 'function') {
    try {
      const n = await service.migrateExistingRecords();
      process.stdout.write(`${new Date().toISOString()} migration: ${n} records registered\n`);
    } catch (err) {
      process.stderr.write(`${PROG}: migration failed (continuing): ${describe(err)}\n`);
    }
  }
  cycle();
  await done;
  process.stdout.write(`${new Date().toISOString()} stopped after ${cycles} cycles (${failedCycles} failed)\n`);
  return EXIT_OK;
}

async function cycle(opts) {
  const { runSyncCycle } = addon();
  printJson(await runSyncCycle({ ...syncOptions(opts, 'cycle'), onProgress: progressPrinter() }));
  return EXIT_OK;
}

async function deletions(args, opts) {
  const [action, ...rest] = args;
  if (!action) throw new UsageError('deletions needs an action: stats, list, check, details, mark, unmark or apply', 'deletions');
  if (!(action in DELETION_ACTIONS)) throw new UsageError(`unknown deletions action ${JSON.stringify(action)}`, 'deletions');
  if (rest.length !== DELETION_ACTIONS[action]) {
    const want = { 0: 'no argument', 1: '<did>', 2: '<did> <publicKey>' }[DELETION_ACTIONS[action]];
    throw new UsageError(`deletions ${action} takes ${want}`, 'deletions');
  }
  const { GunHelper, GunDeletionRegistry, processLocalDeletion } = addon();
  const o = deletionOptions(opts);
  if (action === 'apply') {
    const report = await processLocalDeletion(rest[0], o);
    printJson(report);
    return report.applied ? EXIT_OK : EXIT_FAILURE;
  }
  const { gun, ...registryOptions } = o;
  const registry = new GunDeletionRegistry(new GunHelper(gun || null), registryOptions);
  switch (action) {
    case 'stats':
      printJson(await registry.getStats());
      break;
    case 'list':
      printJson(await registry.getAllDeletedDIDs());
      break;
    case 'check':
      printJson(await registry.isDeleted(rest[0]));
      break;
    case 'details':
      printJson(await registry.getDeletionDetails(rest[0]));
      break;
    case 'mark':
      printJson(await registry.markDeleted(rest[0], rest[1]));
      break;
    case 'unmark':
      printJson(await registry.unmarkDeleted(rest[0]));
      break;
  }
  return EXIT_OK;
}

function demo() {
  const script = path.join(__dirname, '..', 'demo', 'demo.js');
  const { spawn } = require('child_process');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: 'inherit' });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      process.stderr.write(`${PROG}: demo: ${describe(err)}\n`);
      resolve(EXIT_FAILURE);
    });
    child.on('exit', (code) => resolve(code === 0 ? EXIT_OK : EXIT_FAILURE));
  });
}

function describe(err) {
  if (err && err.code) return `${err.code}: ${err.message}`;
  return err && err.message ? err.message : String(err);
}

async function main(argv) {
  let p;
  try {
    p = parse(argv);
    if (p.version) {
      process.stdout.write(`${require('../package.json').version}\n`);
      return EXIT_OK;
    }
    if (p.command === 'help') {
      const topic = p.args[0];
      if (topic && !COMMANDS[topic]) throw new UsageError(`unknown command ${JSON.stringify(topic)}`);
      process.stdout.write(`${topic ? commandHelp(topic) : globalHelp()}\n`);
      return EXIT_OK;
    }
    if (p.command === null) {
      if (p.help) {
        process.stdout.write(`${globalHelp()}\n`);
        return EXIT_OK;
      }
      throw new UsageError('no command');
    }
    const c = COMMANDS[p.command];
    if (!c) throw new UsageError(`unknown command ${JSON.stringify(p.command)}`);
    if (p.help) {
      process.stdout.write(`${commandHelp(p.command)}\n`);
      return EXIT_OK;
    }
    for (const name of Object.keys(p.opts)) {
      if (!c.options.includes(name)) throw new UsageError(`${p.command} takes no --${name}`, p.command);
    }
    if (p.command !== 'deletions' && p.args.length) {
      throw new UsageError(`${p.command} takes no argument (got ${JSON.stringify(p.args[0])})`, p.command);
    }
    switch (p.command) {
      case 'run':
        return await run(p.opts);
      case 'cycle':
        return await cycle(p.opts);
      case 'deletions':
        return await deletions(p.args, p.opts);
      case 'demo':
        return await demo();
    }
  } catch (err) {
    if (err instanceof UsageError) {
      const help = err.command ? commandHelp(err.command) : globalHelp();
      process.stderr.write(`${PROG}: ${err.message}\n\n${help}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`${PROG}: error ${describe(err)}\n`);
    return EXIT_FAILURE;
  }
  return EXIT_FAILURE;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      // Let stdout drain and exit on our own; should anything keep the loop
      // alive, leave anyway shortly after.
      process.exitCode = code;
      setTimeout(() => process.exit(code), 2000).unref();
    },
    (err) => {
      process.stderr.write(`${PROG}: error ${describe(err)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}

module.exports = { main, parse };
