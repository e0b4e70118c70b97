#!/usr/bin/env node
'use strict';
/**
 * Writes bench/RESULTS.md and the PNG plots from the JSON the benchmarks
 * wrote (soak.json, throughput.json, callcost.json, and when present
 * durability.json, durability-sync-parse.json, durability-repeat.json,
 * durability-width.json, radisk-parse.json,
 * first-cycle.json and repair.json, in the results dir).
 *
 *   node bench/report.js [--results bench/results] [--md bench/RESULTS.md]
 */

const fs = require('fs');
const path = require('path');
const { lineChart, barChart } = require('./lib/png');

function parseArgs(argv) {
  const o = { results: path.join(__dirname, 'results'), md: path.join(__dirname, 'RESULTS.md') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--results') o.results = argv[++i];
    else if (argv[i] === '--md') o.md = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return o;
}

const read = (dir, name) => {
  const f = path.join(dir, name);
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : null;
};
const n = (v, d = 1) => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: 0 }));
const MB = 1024 * 1024;

function plots(dir, soak, tp) {
  const files = [];
  if (soak) {
    const metrics = [
      ['rss', 'rss (MB)', MB, 'soak-rss.png'],
      ['heapUsed', 'heapUsed (MB)', MB, 'soak-heapUsed.png'],
      ['external', 'external (MB)', MB, 'soak-external.png'],
      ['arrayBuffers', 'arrayBuffers (MB)', MB, 'soak-arrayBuffers.png'],
    ];
    for (const [key, label, div, file] of metrics) {
      const series = ['addon', 'baseline'].filter((impl) => soak.runs[impl]).map((impl) => ({
        name: impl === 'addon' ? 'addon (Rust)' : 'baseline (JS)',
        xs: soak.runs[impl].cycles.map((c) => c.cycle),
        ys: soak.runs[impl].cycles.map((c) => c[key] / div),
      }));
      fs.writeFileSync(path.join(dir, file), lineChart({
        title: `Soak: ${key} after a forced GC, per sync cycle`, xLabel: 'sync cycle', yLabel: label, series, yFrom0: true,
      }));
      files.push(file);
    }
  }
  if (tp && tp.figures) {
    const f = tp.figures;
    const groups = [['small', 'Small'], ['large', 'Large']].map(([size, key]) => ({
      label: `${n(tp.settings[size], 0)} records`,
      bars: [
        { name: 'addon', value: f[`addon${key}`].recordsPerS },
        { name: 'baseline', value: f[`baseline${key}`].recordsPerS },
        { name: 'relay ceiling', value: f[`ceiling${key}`].recordsPerS },
      ],
    }));
    for (const g of groups) g.bars = g.bars.filter((b) => Number.isFinite(b.value));
    for (const g of groups) for (const b of g.bars) b.note = `${n(b.value, 2)}/s`;
    fs.writeFileSync(path.join(dir, 'throughput.png'), barChart({
      title: 'Initial sync: records whole 60 s after, per second (log scale)', yLabel: 'records/s', groups, legend: ['addon', 'baseline', 'relay ceiling'], log: true,
    }));
    files.push('throughput.png');
  }
  return files;
}

function machineSection(results) {
  const any = results.find(Boolean);
  if (!any) return '';
  const m = any.machine;
  const lines = [
    '## Machine',
    '',
    `- ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.platform}`,
    `- Node ${m.node}; ${m.rust || 'rustc: not found'}; addon built with \`napi build --platform --release\``,
    `- Date: ${m.date.slice(0, 10)}`,
    '- Load: the machine was shared with other work (builds and test suites) while these ran. 1-minute load average sampled every 5 s:',
    '',
    '| benchmark | wall time | load min / median / max | cores |',
    '|---|---|---|---|',
  ];
  for (const r of results.filter(Boolean)) {
    lines.push(`| ${r.benchmark} | ${n(r.wallMs / 60000, 1)} min | ${n(r.load.min, 2)} / ${n(r.load.median, 2)} / ${n(r.load.max, 2)} | ${r.load.cores} |`);
  }
  lines.push('', 'A load above the core count means the benchmark competed for CPU; times (not request counts or memory slopes) are the figures that suffer.', '');
  return lines.join('\n');
}

function soakSection(soak) {
  if (!soak) return '## 1. Soak\n\nNot run.\n';
  const a = soak.runs.addon && soak.runs.addon.summary;
  const b = soak.runs.baseline && soak.runs.baseline.summary;
  const s = soak.settings;
  const ok = (cond) => (cond ? 'met' : '**missed**');
  const L = [];
  L.push('## 1. Soak: the incident', '');
  L.push(`\`${soak.command}\`. Two nodes: a peer relay holding ${s.records} records (${s.recordTypes.join(', ')}), ${s.tombstoned} of them tombstoned, ` +
    `${s.mappingFailures} that Elasticsearch always refuses (a mapping conflict: \`data.basic.name\` is an object where the index maps text); ` +
    `a local node (relay + ${esName(soak)}) that already holds the ${s.tombstoned} tombstoned records. Faults: every Elasticsearch \`DELETE\` ` +
    `answers 500 until the end of cycle ${s.esDeleteFaultUntilCycle} (the rule is then removed), and ${s.relayPutFaultFraction * 100}% of the local relay's puts answer 500 (seeded). ` +
    `Relays: put delay ${s.relayPutDelayMs} ms, missing-soul wait ${s.relayMissingWaitMs} ms, so that an idle cycle is short; cycles run back to back. ` +
    `Each implementation runs in its own Node process with \`--expose-gc\` against a fresh local node; figures are read after a forced GC at the end of every cycle. ` +
    `Addon: one \`GunSyncService.performSync()\` per cycle, retry backoff ${s.addonRetryBaseMs} ms doubling up to ${s.addonRetryMaxMs / 1000} s, which is also the wait of a permanent failure (the production 1 min to 4 h would outlast the run, as its cycles are milliseconds apart instead of 15 minutes). ` +
    `Baseline: \`performSync()\` plus, as the original did every cycle, \`processLocalDeletion\` of every DID in the tombstone index.`, '');
  if (b && b.cycles < s.cycles) {
    L.push(`**The baseline ran ${b.cycles} cycles, not ${s.cycles}.** Each of its cycles retries the two records Elasticsearch refuses (defect 10), ` +
      `and each retry puts the record to the relay first, awaited in turn: about ${n(b.medianCycleMs, 0)} ms a cycle (its first cycle, the initial sync one record at a time, took ${n(soak.runs.baseline.cycles[0].ms / 1000, 0)} s), so ${s.cycles} cycles would take about ` +
      `${n((b.medianCycleMs * s.cycles) / 60000, 0)} minutes on their own. It is stopped after ${s.baselineCapS} s to keep the benchmark under 10 minutes; its growth is measured from cycle ${b.fromCycle} to its last cycle.`, '');
  }
  L.push('| | addon | baseline | target (addon) |', '|---|---|---|---|');
  L.push(`| cycles run | ${a ? a.cycles : 'n/a'} | ${b ? b.cycles : 'n/a'} | ${s.cycles} |`);
  L.push(`| rss growth, cycle ${a ? a.fromCycle : 100} to last | ${n(a && a.rssGrowthMB, 2)} MB | ${n(b && b.rssGrowthMB, 2)} MB | ≤ 2 MB: ${a ? ok(a.rssGrowthMB <= 2) : 'n/a'} |`);
  L.push(`| external + arrayBuffers growth, same span | ${n(a && a.externalPlusArrayBuffersGrowthKB, 1)} KB | ${n(b && b.externalPlusArrayBuffersGrowthKB, 1)} KB | ≤ 256 KB: ${a ? ok(a.externalPlusArrayBuffersGrowthKB <= 256) : 'n/a'} |`);
  L.push(`| heapUsed growth, same span | ${n(a && a.heapUsedGrowthMB, 2)} MB | ${n(b && b.heapUsedGrowthMB, 2)} MB | |`);
  L.push(`| rss slope (least squares), same span | ${n(a && a.rssSlopeKBPerCycle, 2)} KB/cycle | ${n(b && b.rssSlopeKBPerCycle, 2)} KB/cycle | |`);
  L.push(`| external + arrayBuffers slope | ${n(a && a.externalSlopeKBPerCycle, 3)} KB/cycle | ${n(b && b.externalSlopeKBPerCycle, 3)} KB/cycle | |`);
  if (a && a.longRun) {
    L.push(`| rss growth, cycle ${a.longRun.fromCycle} to last | ${n(a.longRun.rssGrowthMB, 2)} MB | | < 1 MB: ${ok(a.longRun.rssGrowthMB < 1)} |`);
    L.push(`| rss slope, cycle ${a.longRun.fromCycle} to last | ${n(a.longRun.rssSlopeKBPerCycle, 3)} KB/cycle | | |`);
  }
  L.push(`| rss first / last cycle | ${n(a && a.rssFirstMB, 1)} / ${n(a && a.rssLastMB, 1)} MB | ${n(b && b.rssFirstMB, 1)} / ${n(b && b.rssLastMB, 1)} MB | |`);
  L.push(`| median cycle time | ${n(a && a.medianCycleMs, 1)} ms | ${n(b && b.medianCycleMs, 1)} ms | |`);
  L.push(`| requests, all cycles (relays + Elasticsearch) | ${n(a && a.requests.total, 0)} | ${n(b && b.requests.total, 0)} | |`);
  L.push(`| median requests per cycle after the faults cleared (cycle > ${s.esDeleteFaultUntilCycle + 10}) | ${n(a && a.requests.medianPerCycleAfterFaults, 0)} | ${n(b && b.requests.medianPerCycleAfterFaults, 0)} | |`);
  L.push(`| Elasticsearch DELETEs, all cycles | ${n(a && a.requests.esDeletes, 0)} | ${n(b && b.requests.esDeletes, 0)} | |`);
  L.push(`| records synced | ${n(a && a.syncedTotal, 0)} | ${n(b && b.syncedTotal, 0)} | ${s.records - s.tombstoned - s.mappingFailures} |`);
  if (a && a.tombstones) {
    const t = a.tombstones;
    L.push('', `Tombstones, addon: ${t.applied} of ${s.tombstoned} applied, the last at cycle ${t.allAppliedAtCycle === null ? 'n/a' : t.allAppliedAtCycle} ` +
      `(the Elasticsearch fault lifted after cycle ${s.esDeleteFaultUntilCycle}; a failed deletion waits its backoff). After that: ` +
      `${t.esDeletesAfter} Elasticsearch DELETEs in all later cycles (target 0: ${ok(t.esDeletesAfter === 0)}); ` +
      `the ${t.relayPutsAfter} relay puts of those cycles are the ${s.mappingFailures} records Elasticsearch refuses, stored again at each end of their permanent-failure wait (${s.addonRetryMaxMs / 1000} s here), not tombstones (a deletion's puts null a record's fields; an applied tombstone makes none); ` +
      `requests per cycle ${t.requestsPerCycleAfter.min}–${t.requestsPerCycleAfter.max}, the reads of the tombstone index (local and peer) and of the peer's type indexes that every cycle makes. ` +
      `Tombstoned records skipped at no cost per cycle: ${t.skippedPerCycle}.`);
  }
  if (b) {
    L.push('', `Baseline: it "processes" the ${s.tombstoned} tombstones once, in cycle 1, while Elasticsearch answers 500 and GUN refuses its \`data: null\`; ` +
      'its 24 h memo then skips them although nothing was deleted (defect 1), so the records stay in Elasticsearch; the two records that fail mapping are fetched, ' +
      'put and indexed again every cycle (defect 10).');
  }
  L.push('', 'Plots (addon and baseline on one chart per metric): `results/soak-rss.png`, `results/soak-heapUsed.png`, `results/soak-external.png`, `results/soak-arrayBuffers.png`.', '');
  L.push('![rss](results/soak-rss.png)', '', '![external](results/soak-external.png)', '');
  return L.join('\n');
}

function throughputSection(tp) {
  if (!tp || !tp.figures) return '## 2. Throughput\n\nNot run.\n';
  const f = tp.figures;
  const s = tp.settings;
  const sd = tp.seeding;
  const L = [];
  const ok = (cond) => (cond ? 'met' : '**missed**');
  const settle = n(s.settleMs / 1000, 0);
  L.push('## 2. Throughput: initial sync', '');
  L.push(`\`${tp.command}\`. A peer relay holds ${n(s.large, 0)} records, ${s.recordTypes.length} record types of ${n(s.perType, 0)} (\`${s.recordTypes[0]}\`, \`${s.recordTypes[1]}\`, …), and a ${s.baselineSample}-record sample of one more type for the baseline. ` +
    (tp.partial ? `**Partial run: ${tp.partial}.** ` : '') +
    'Seeding: each type index in puts of 100 entries, the records in batched puts (100 records a put, each record and its `meta` as the nodes a put per record leaves), then a restart of the peer on its data; ' +
    `every record read back from the peer, and those not whole written again one by one until they read whole (${sd.records - sd.wholeAfterRestart} of ${n(sd.records, 0)} needed it; ${sd.unreadableInTheEnd} still not whole; ${n(sd.ms / 1000, 0)} s in all). ` +
    `**Before the runs the peer's type indexes listed ${n(sd.indexListed, 0)} of the ${n(sd.records, 0)} seeded records** (${sd.indexEntriesRewritten === null ? 'entries an index lacked after the restart were written again and the index read again' : `${n(sd.indexEntriesRewritten, 0)} entries an index lacked after the restart were written again and the index read again`}); a run's target is the records listed: ${n(f.addonSmall.target, 0)} and ${n(f.addonLarge.target, 0)}. ` +
    'Two things make that reliable where it was not (a relay surfaced a freshly written index of thousands of entries slowly and partially, and on this test bed reading a freshly written index of hundreds took the relay down before its restart): ' +
    'indexes of a few hundred entries, read only after the peer restarted on its data, and a peer that reads radisk\'s files with `JSON.parse` (`GUN_RELAY_JSON_PARSE=sync`, testbed/gun-relay.js): GUN\'s yielding parser is what damages big radisk files (section 4), and the peer must serve every record whole for a run to the end to mean anything. ' +
    'The peer only serves reads while anything is measured, so its put delay (0) does not matter.', '');
  L.push(`Every measurement gets a fresh local node with the production relay settings (put delay ${s.putDelayMs} ms, missing-soul wait ${s.missingWaitMs} ms, GUN's own yielding parser, as production relays run) ` +
    `and ${esName(tp)}, and runs in its own Node process, to the end: the addon until Elasticsearch holds every record or none came in for ${n((s.settledMs || 0) / 1000, 0)} s (a record the peer lists but never serves whole stays failed; its backed-off retries get that long; cycles after the first at most one per ${n((s.cycleGapMs || 0) / 1000, 0)} s), timed to its last indexed record; the ceiling until every record is stored. ` +
    `**${settle} s after it ended every record is read back from the local relay** (16 in flight, up to 3 reads 250 ms apart while it answers partially; whole = the \`data\` and \`oip\` written, the \`meta\` link, and \`<soul>/meta\` with its fields), ` +
    'and only the records whole then count: records/s = records whole / time to the end. ' +
    `Addon: \`fetchConcurrency\` ${s.fetchConcurrency}, \`putConcurrency\` ${s.putConcurrency}, batches of ${s.batchSize}, the default timeouts.`, '');
  L.push(`**The relay ceiling** makes the relay requests the addon makes per record, at its widths, with no sync logic and no Elasticsearch: the type indexes (a GET each); per record a GET of \`<soul>\` and one of \`<soul>/meta\` from the peer, ${s.fetchConcurrency} records in flight; ` +
    `to the local relay, through one gate of ${s.putConcurrency} puts in flight and ${s.putConcurrency} records at once (as the addon's put stage), the flat puts \`<soul>/meta\` and then \`<soul>\` with \`meta: {"#": "<soul>/meta"}\`; once both are answered, a read-back GET of \`<soul>\` off the put path (${s.fetchConcurrency} in flight); ` +
    `and per batch of ${s.batchSize} stored records the registry puts, through the same gate and not awaited by the record puts: each new type index entry as the flat node \`<index>/<soul>\`, then one put per type index of its links to them, and one node entry (\`oip:registry:nodes:<nodeId>:<soul>\`) per record. ` +
    'The request counts per record below, from the relays\' counters, compare it with the addon.', '');
  L.push(`The baseline discovers every candidate before it stores any (one \`exists\`, a 3 s wait for the missing per-record tombstone soul, defect 14, two peer reads, each in turn): it runs to the end on the ${s.baselineSample}-record sample on the same peer and settings ` +
    `(${f.baselineSample.records} records in ${n(f.baselineSample.elapsedS, 0)} s${f.baselineSample.complete ? '' : ', capped'}), and its time for N records is extrapolated from that rate: the only extrapolated figure here. ` +
    'Its registration re-reads and rewrites the whole type index (defect 6), which grows with N, so the linear extrapolation flatters it.', '');
  L.push(`| | ${n(s.small, 0)} records | ${n(s.large, 0)} records |`, '|---|---|---|');
  const row = (name, fn) => L.push(`| ${name} | ${fn('Small')} | ${fn('Large')} |`);
  const run = (x) => (x.error ? (x.error === 'not run' ? 'not run' : 'failed (below)') : `${n(x.elapsedS, 0)} s${x.complete ? '' : x.relayDown ? ' (the local relay went down)' : ' (capped)'}`);
  row('addon, time to the end', (k) => run(f[`addon${k}`]));
  row(`addon, stored / whole ${settle} s after`, (k) => `${n(f[`addon${k}`].stored, 0)} / ${f[`addon${k}`].relayDown ? 'no relay to read' : n(f[`addon${k}`].wholeAfterSettle, 0)}`);
  row('addon, records/s', (k) => (f[`addon${k}`].relayDown ? `not measured (the local relay went down; ${n(f[`addon${k}`].storedPerS, 2)} stored a second until then)` : n(f[`addon${k}`].recordsPerS, 2)));
  row('addon, time to first stored record', (k) => (f[`addon${k}`].firstRecordS ? `${n(f[`addon${k}`].firstRecordS, 1)} s` : 'n/a'));
  row('addon, local relay\'s peak memory', (k) => (f[`addon${k}`].relayPeakRssMb ? `${n(f[`addon${k}`].relayPeakRssMb, 0)} MB` : 'n/a'));
  row('relay ceiling, time to the end', (k) => run(f[`ceiling${k}`]));
  row(`relay ceiling, stored / whole ${settle} s after`, (k) => `${n(f[`ceiling${k}`].stored, 0)} / ${n(f[`ceiling${k}`].wholeAfterSettle, 0)}`);
  row('relay ceiling, records/s', (k) => n(f[`ceiling${k}`].recordsPerS, 2));
  row('relay ceiling, local relay\'s peak memory', (k) => (f[`ceiling${k}`].relayPeakRssMb ? `${n(f[`ceiling${k}`].relayPeakRssMb, 0)} MB` : 'n/a'));
  row('baseline, records/s (sample)', (k) => n(f[`baseline${k}`].recordsPerS, 3));
  row('baseline, time for all (extrapolated)', (k) => `${n(f[`baseline${k}`].timeForAllS / 3600, 1)} h`);
  const key = (k) => (k === 'Small' ? 'small' : 'large');
  row('**addon / ceiling** (target ≥ 0.8)', (k) => (f.ratios[key(k)].addonOverCeiling === null ? 'not measured' : `${n(f.ratios[key(k)].addonOverCeiling, 2)}: ${ok(f.ratios[key(k)].addonOverCeiling >= 0.8)}`));
  row('**addon / baseline** (target ≥ 50x)', (k) => (f.ratios[key(k)].addonOverBaseline === null ? 'not measured' : `${n(f.ratios[key(k)].addonOverBaseline, 1)}x: ${ok(f.ratios[key(k)].addonOverBaseline >= 50)}`));
  L.push('');
  const notWhole = ['addonSmall', 'ceilingSmall', 'addonLarge', 'ceilingLarge']
    .map((k) => [k, f[k].notWhole]).filter(([, m]) => m && Object.keys(m).length)
    .map(([k, m]) => `${k.replace(/(Small|Large)$/, (x) => ` ${x === 'Small' ? n(s.small, 0) : n(s.large, 0)}`)}: ${Object.entries(m).map(([why, c]) => `${c} ${why}`).join(', ')}`);
  if (notWhole.length) L.push(`Not whole ${settle} s after, by the first thing missing: ${notWhole.join('; ')}.`, '');
  const failed = ['addonSmall', 'ceilingSmall', 'addonLarge', 'ceilingLarge', 'baselineSample'].filter((k) => f[k].error && f[k].error !== 'not run');
  const label = { addonSmall: `addon, ${n(s.small, 0)}`, ceilingSmall: `ceiling, ${n(s.small, 0)}`, addonLarge: `addon, ${n(s.large, 0)}`, ceilingLarge: `ceiling, ${n(s.large, 0)}`, baselineSample: 'baseline sample' };
  for (const k of failed) L.push(`**${label[k]}: ${f[k].error}.**`, '');
  for (const k of ['addonSmall', 'ceilingSmall', 'addonLarge', 'ceilingLarge']) {
    const log = (tp.phases[k] || {}).relayLog || '';
    if (f[k].relayDown) {
      L.push(`**${label[k]}: the local relay went down** after ${n(f[k].stored, 0)} records stored${/heap limit/.test(log) ? ': its log ends with Node\'s "Reached heap limit" (GUN holds the nodes it has seen in memory; the relay ran with Node\'s default heap of about 4 GB)' : ''}, so nothing could be read back 60 s after.`, '');
    }
  }
  const req = (x, target, k) => (x.requestsPerRecord ? n((x.requestsPerRecord[target] || {})[k] || 0, 2) : 'n/a');
  // the largest size both ran at
  const sized = f.addonLarge.requestsPerRecord && f.ceilingLarge.requestsPerRecord && !f.addonLarge.relayDown ? [f.addonLarge, f.ceilingLarge, s.large] : [f.addonSmall, f.ceilingSmall, s.small];
  L.push(`Relay requests per stored record (the relays' counters over the whole measurement, index and tombstone reads included; ${n(sized[2], 0)} records):`, '');
  L.push('| | local relay PUT | local relay GET | peer GET |', '|---|---|---|---|');
  for (const [name, x] of [['addon', sized[0]], ['relay ceiling', sized[1]]]) {
    L.push(`| ${name} | ${req(x, 'localRelay', 'POST /put')} | ${req(x, 'localRelay', 'GET /get')} | ${req(x, 'peerRelay', 'GET /get')} |`);
  }
  L.push('');
  const ia = f.idleAddon;
  const ib = f.idleBaseline;
  if (ia.error || ib.error) {
    L.push('', '![throughput](results/throughput.png)', '');
    return L.join('\n');
  }
  L.push(`Idle at ${n(s.large, 0)} synced records. "Synced" is produced directly: the ${n(s.large, 0)} documents are bulk-indexed into the local Elasticsearch, ` +
    'which is what a finished sync leaves there; then, for the addon, one process runs a cycle and exits, and a second process on the state directory it left is measured: its first cycle (a restart: the processed cache is empty) and ' +
    `${s.idleCycles} idle cycles, medians.`, '');
  L.push('| | addon | baseline |', '|---|---|---|');
  L.push(`| first cycle after a restart: time | ${n(ia.firstCycle && ia.firstCycle.ms, 0)} ms | ${n(ib.firstCycle && ib.firstCycle.ms, 0)} ms${ib.capped ? ' (capped)' : ''} |`);
  L.push(`| first cycle: requests (local relay / peer / Elasticsearch) | ${ia.firstCycle ? `${ia.firstCycle.requests} (${ia.firstCycle.byTarget.localRelay} / ${ia.firstCycle.byTarget.peerRelay} / ${ia.firstCycle.byTarget.es})` : 'n/a'} | ${ib.firstCycle ? `${ib.firstCycle.requests} (${ib.firstCycle.byTarget.localRelay} / ${ib.firstCycle.byTarget.peerRelay} / ${ib.firstCycle.byTarget.es})` : 'n/a'} |`);
  L.push(`| idle cycle: time (median) | ${n(ia.idleMedianMs, 1)} ms | ${n(ib.idleMedianMs, 1)} ms |`);
  L.push(`| idle cycle: requests (local relay / peer / Elasticsearch) | ${ia.idleMedianRequests} (${ia.idleByTarget ? `${ia.idleByTarget.localRelay} / ${ia.idleByTarget.peerRelay} / ${ia.idleByTarget.es}` : ''}) | ${ib.idleMedianRequests} (${ib.idleByTarget ? `${ib.idleByTarget.localRelay} / ${ib.idleByTarget.peerRelay} / ${ib.idleByTarget.es}` : ''}) |`);
  L.push('', '![throughput](results/throughput.png)', '');
  return L.join('\n');
}

function callcostSection(cc) {
  if (!cc) return '## 3. Cost of a call\n\nNot run.\n';
  const L = [];
  L.push('## 3. Cost of a call', '');
  L.push(`\`${cc.command}\`. Each implementation in its own Node process with \`--expose-gc\`; ${cc.settings.reps} repetitions of N calls each (after a warm-up), medians. ` +
    '"Retained" is the heapUsed + external difference across the N calls with a GC forced before and after, per call: what a call leaves behind. ' +
    '"Garbage" is the same difference before the second GC: what a call allocates that the GC must collect (a lower bound: young-generation collections may run in between). ' +
    'The 404 is cached with `negativeCacheTtlMs: 600000` for the addon so that every call is a cache hit (default 5 s); the baseline caches it for an hour. ' +
    'The idle sync cycle pulls one peer type index of 10 records that are all in Elasticsearch already.', '');
  L.push('| call | N | addon calls/s | baseline calls/s | addon retained B/call | baseline retained B/call | addon garbage B/call | baseline garbage B/call |', '|---|---|---|---|---|---|---|---|');
  const names = { deletion: '`processLocalDeletion`, applied tombstone', get404: '`getRecord`, cached 404', idle: '`performSync`, nothing to do' };
  const a = cc.runs.addon ? cc.runs.addon.summary : {};
  const b = cc.runs.baseline ? cc.runs.baseline.summary : {};
  for (const op of ['deletion', 'get404', 'idle']) {
    const x = a[op] || {};
    const y = b[op] || {};
    L.push(`| ${names[op]} | ${n(x.n, 0)} | ${n(x.callsPerS, 0)} | ${n(y.callsPerS, 0)} | ${n(x.retainedBytesPerCall, 1)} | ${n(y.retainedBytesPerCall, 1)} | ${n(x.garbageBytesPerCall, 0)} | ${n(y.garbageBytesPerCall, 0)} |`);
  }
  L.push('');
  return L.join('\n');
}

function durabilitySection(dur, fixed, parse, repeat, width) {
  if (!dur) return '## 4. Durability: what a relay keeps\n\nNot run.\n';
  const st = dur.settings;
  const L = ['## 4. Durability: what a relay keeps', ''];
  L.push(`\`${dur.command}\`. ${n(st.records, 0)} records written through the relay HTTP API of the test bed's relay (real \`gun\` ${st.gun}, radisk, put delay ${st.putDelayMs} ms, missing-soul wait ${st.missingWaitMs} ms), ` +
    'one relay per configuration, all configurations at once. Write shapes: **nested**, one put per record with `meta` inside it; **flat**, `<soul>/meta` first, then `<soul>` with `meta: {"#": "<soul>/meta"}`; ' +
    `**batched**, ${st.per} records a put as child nodes that name their own souls. A put not answered in ${st.putTimeoutMs / 1000} s counts as unanswered. ` +
    `Then every record is read (${st.readConcurrency} reads in flight, up to ${st.readAttempts} GETs ${st.readGapMs} ms apart) right after the writes, 60 s and 10 minutes after them, and after a restart of the relay on the same data directory; ` +
    'a record is whole when the record node reads back with the `data` and `oip` written and the `meta` link, and `<soul>/meta` with the fields written. ' +
    '"On disk" reads radisk\'s files themselves after the restart: intact (every field with the value written), damaged (some field missing or garbled), absent. ' +
    `The machine was shared (other work building and testing beside it): 1-minute load average ${dur.load.min} / ${dur.load.median} / ${dur.load.max} (min / median / max) on ${dur.load.cores} cores over its ${n(dur.wallMs / 60000, 0)} minutes; ` +
    'loads change timings, not what a relay keeps.', '');
  const table = (res) => {
    const T = ['| shape | puts in flight | puts | unanswered / errors | writing took | whole at the first GET | whole right after (3 GETs) | 60 s after | 10 min after | after a restart | on disk: intact / damaged / absent |',
      '|---|---|---|---|---|---|---|---|---|---|---|'];
    for (const c of res.configs) {
      if (c.error) {
        T.push(`| ${c.shape} | ${c.inflight} | failed: ${String(c.error).split('\n')[0]} |||||||||`);
        continue;
      }
      const k = c.checks;
      const d = c.disk ? c.disk.records : null;
      const disk = !d ? 'n/a' : d.intact !== undefined ? `${d.intact} / ${d.damaged} / ${d.absent + (d.unlisted || 0)}` : `${d.listed} present / ${d.absent} absent`;
      T.push(`| ${c.shape} | ${c.inflight} | ${n(c.writes.puts, 0)} | ${c.writes.unanswered} / ${c.writes.errors} | ${n(c.writes.wallMs / 1000, 0)} s | ${k.first.wholeFirst} | ${k.first.wholeWithin} | ` +
        `${k.after60s.wholeWithin} | ${k.late.wholeWithin} | ${k.restart.wholeWithin} | ${disk} |`);
    }
    return T;
  };
  L.push('Production relays (GUN\'s own file parser):', '', ...table(dur), '');
  const unanswered = [dur, fixed].filter(Boolean).flatMap((r) => r.configs).filter((c) => !c.error).reduce((a, c) => a + c.writes.unanswered, 0);
  L.push(`Puts unanswered in all configurations of both tables: ${unanswered}${unanswered === 0 ? ' (at this gun version on this test bed, 16 nested puts in flight did not hang; what fails is what the relay keeps afterwards)' : ''}.`, '');
  if (repeat) {
    L.push(`A second sample of the two shapes at the widths each can use (\`${repeat.command}\`, load ${repeat.load.min} / ${repeat.load.median} / ${repeat.load.max}):`, '', ...table(repeat), '');
  }
  if (width) {
    const ok = width.configs.filter((c) => !c.error);
    const rates = ok.map((c) => `${c.inflight} in flight: ${n(c.writes.puts / (c.writes.wallMs / 1000), 0)} puts/s, median answer ${c.writes.latencyMs.median} ms`).join('; ');
    L.push(`How wide flat puts can go (\`${width.command}\`, load ${width.load.min} / ${width.load.median} / ${width.load.max}):`, '', ...table(width), '',
      `A relay answers a flat put in about the same time whatever the width, so its put rate grows with the width: ${rates}. ` +
      'The wait is the relay\'s own, not work it queues: radisk gathers writes for 250 ms (\`opt.until\`) before it saves them and GUN acks, then the relay waits its 100 ms. More in flight lost no more records later.', '');
  }
  if (fixed) {
    L.push(`The same on relays that read radisk's files with \`JSON.parse\` instead (\`${fixed.command}\`, run beside the first; testbed/gun-relay.js explains the switch):`, '', ...table(fixed), '');
  }
  if (parse) {
    const one = parse.files.find((f) => f.records === 1000) || parse.files[parse.files.length - 1];
    const y = one.yielding;
    const widths = [...new Set(dur.configs.filter((c) => !c.error).map((c) => c.inflight))].sort((a, b) => a - b);
    const byWidth = widths.map((w) => `${w}: ${dur.configs.filter((c) => !c.error && c.inflight === w).map((c) => `${c.checks.restart.wholeWithin} (${c.shape})`).join(', ')}`).join('; ');
    const sizes = parse.files.map((f) => `${n(f.records, 0)} records (${n(f.bytes / 1024, 0)} KiB): ${f.yielding.lost}`).join(', ');
    L.push(`**Why.** radisk keeps each data file (up to 1 MiB, then it splits) as a radix tree of \`<soul>\\x1b<field>\` keys whose values are \`{":": value, ">": state}\`, writes it with \`JSON.stringify\`, and reads it with \`JSON.parseAsync\`, which \`gun/lib/yson.js\` sets to a parser that stops and resumes every ${parse.settings.sliceChars / 1024} KiB of text. ` +
      'That parser decodes some keys and strings that straddle a slice boundary wrong: a value\'s `":"` key comes back as `"undefined"` (the field is gone), or a key segment such as `/meta\\x1b` is dropped and the fields beneath it end up under a mangled key. ' +
      `\`node bench/radisk-parse.js\` builds the tree radisk holds for the ${n(one.records, 0)} records of a configuration (${n(one.bytes / 1024, 0)} KiB of JSON, about one radisk file) and parses it once: ` +
      `the yielding parser loses ${y.lost} of ${n(y.fields, 0)} fields (${y.recordsHit} records) and invents ${y.strayKeys} key(s); \`JSON.parse\` loses ${one.sync.lost}. Fields lost by one parse, by file size: ${sizes}. ` +
      'A relay parses a file whenever it needs it and does not hold it: a read of a node GUN no longer holds in memory (the relay\'s GET drops the node from GUN\'s memory after answering, so every later read goes to disk), ' +
      'and the first save after a write to that file finished (radisk drops its copy then unless another write is queued). A save then mixes into the damaged copy and writes it back: the damage is on disk for good, ' +
      'and every later parse of the grown file can add some. Hence the pattern: right after the writes records read whole from GUN\'s memory (flat) or nearly so (nested: the first GET lacks `meta`, GUN\'s known quirk), ' +
      'then fewer once reads come from disk, and a restart only shows what the files hold. ' +
      `Whole after the restart, by puts in flight: ${byWidth}. Fewer puts in flight tend to lose more, which fits the file being parsed again for almost every put when puts come one by one, where back-to-back puts keep radisk\'s copy in memory; ` +
      'but one damaged segment near the root of the tree costs more than that at any width.', '');
    L.push('**Whether a write pattern avoids it.** Not through the relay API: the damage follows the position of slice boundaries in a file of up to 1 MiB, not the shape of a put. Flat and nested puts leave the same nodes in the same files, so which of them loses more changes from run to run with where the boundaries fall (one dropped key segment near the root of the tree takes every record under it: hundreds of 404s at once); ' +
      'batching many records into one put writes the same fields into the same files; writing faster only means fewer parses. ' +
      'Node size matters only through file size (the count of slice boundaries a parse crosses, see the sizes above), and a file grows to 1 MiB before radisk splits it, whatever the nodes. ' +
      'What does avoid it is on the relay: reading radisk files with `JSON.parse` (set `JSON.parseAsync` to a synchronous wrapper after loading `gun/lib/yson.js` and before `Gun()` starts radisk), which the second table measures. ' +
      'For the addon this means a relay is a lossy cache: a record can be stored, acknowledged and read back whole, and still vanish later, so what keeps it is the repair of records this node synced (issue item 4), from Elasticsearch\'s list and the peers that still serve them.', '');
  }
  const whole = (res, shape, width) => res && res.configs.filter((c) => !c.error && c.shape === shape && c.inflight === width).map((c) => c.checks.restart.wholeWithin);
  const nested2 = [...(whole(dur, 'nested', 2) || []), ...(whole(repeat, 'nested', 2) || [])];
  const flat16 = [...(whole(dur, 'flat', 16) || []), ...(whole(repeat, 'flat', 16) || []), ...(whole(width, 'flat', 16) || [])];
  const flat32 = whole(width, 'flat', 32) || [];
  if (nested2.length && flat16.length) {
    L.push(`**The write shape the addon uses: flat nodes, ${flat32.length ? 32 : 16} puts in flight.** Each shape at the width it can use: nested puts stay at 2 in flight (with 4 or more, production relays hang and lose them: gun-relay-api.md), flat ones go ${flat32.length ? '32 (the default of `putConcurrency`; 64 measured as safe too)' : 16} at a time. ` +
      `Whole after a restart, of ${n(st.records, 0)}: nested at 2: ${nested2.join(', ')}; flat at 16: ${flat16.join(', ')}${flat32.length ? `; flat at 32: ${flat32.join(', ')}` : ''}. Flat loses no more than nested at 2, and at 16 in flight writes about ${n(ratioOfWriteTimes(dur, repeat), 0)} times as fast${flat32.length ? `; at 32, ${n(writeTime(width, 'flat', 16) / writeTime(width, 'flat', 32), 1)} times as fast as at 16` : ''}. ` +
      'What a reader sees is the same (same souls, fields and links: `__test__/flat-shape.test.js` and the mixed-fleet test read both through the relay and the real `gun` package), and repair restores what a relay drops later (section 6).', '');
  }
  return L.join('\n');
}

/** Milliseconds writing took in `shape` at `width` in flight, summed over the samples given. */
function writeTime(results, shape, width) {
  return [].concat(results).filter(Boolean).flatMap((r) => r.configs)
    .filter((c) => !c.error && c.shape === shape && c.inflight === width)
    .reduce((a, c) => a + c.writes.wallMs, 0);
}

/** How many times longer writing took nested at 2 than flat at 16, over the samples that have both. */
function ratioOfWriteTimes(...results) {
  return writeTime(results, 'nested', 2) / Math.max(1, writeTime(results, 'flat', 16));
}

function firstCycleSection(fc) {
  if (!fc) return '';
  const st = fc.settings;
  const L = ['## 5. The first cycle', ''];
  L.push(`\`${fc.command}\`. A peer relay lists ${n(st.records, 0)} records in its \`post\` and \`image\` type indexes (reads of a freshly written index of that size surface only part of it: ` +
    `${fc.indexEntries ? fc.indexEntries.join(' + ') : 'n/a'} entries here) and has a tombstone index; the local node (relay with put delay ${st.putDelayMs} ms and missing-soul wait ${st.missingWaitMs} ms, ${esName(fc)}) already holds every document, ` +
    `and its relay has a tombstone index with one tombstone of a record that never existed. Each run is a process of its own, ${st.reps} repetitions, medians: ` +
    '**fresh**, an empty state directory (a new install); **restart**, a second process on the state directory the fresh run left (the processed cache starts empty, the ledger knows the tombstone is applied); **baseline**, the JavaScript original. ' +
    `Load average ${fc.load.min} / ${fc.load.median} / ${fc.load.max} on ${fc.load.cores} cores.`, '');
  L.push('| | first cycle | its requests | idle cycle after it |', '|---|---|---|---|');
  for (const name of ['fresh', 'restart', 'baseline']) {
    const x = fc.summary[name];
    L.push(`| ${name} | ${n(x.firstMs, 0)} ms | ${n(x.firstRequests, 1)} | ${n(x.idleMedianMs, 0)} ms |`);
  }
  L.push('', 'A cycle learns tombstones beside discovery and applies them beside the existence check and the batches, so the restart\'s first cycle is one round of reads. ' +
    'The fresh one applies the tombstone for the first time: the relay has never held that record, so the deletion\'s first read waits out the whole missing-soul wait, then nulls the record, its guessed children and its registry entries in turn. ' +
    'That is once per tombstone in the life of a state directory, not once per restart.', '');
  return L.join('\n');
}

function indexHeapSection(ih) {
  if (!ih || !ih.variants) return '';
  const st = ih.settings;
  const L = ['## 7. A type index written nested or flat: the relay\'s memory', ''];
  L.push(`\`${ih.command}\`. A fresh relay per variant (put delay ${st.putDelayMs} ms, missing-soul wait ${st.missingWaitMs} ms, GUN's own file parser) takes ${n(st.entries, 0)} entries \`{soul, nodeId, timestamp}\` into \`oip:registry:index:post\`: ` +
    '**nested-N**, puts of the index with N entries nested in each (how the original registry writes an entry, and how this package wrote a batch\'s entries before); ' +
    '**flat-N**, each entry as the node `<index>/<soul>` (16 puts in flight), then one put of the index\'s links to N of them (how the package writes them now). ' +
    `Then the index is read with \`GET /get\` ${st.reads} times, ${n(st.readGapMs / 1000, 0)} s apart, while the relay's resident memory is sampled every 500 ms until ${n(st.afterMs / 1000, 0)} s after the last read.`, '');
  L.push('| | writes | relay memory after the writes | peak while and after the index is read | keys each read answered |', '|---|---|---|---|---|');
  for (const v of ih.variants) {
    L.push(`| ${v.shape}-${v.chunk} | ${n(v.writeMs / 1000, 1)} s, ${v.putsAnswered200} of ${v.indexPuts} index puts answered | ${n(v.rssAfterWritesMb, 0)} MB | ${n(v.rssPeakMb, 0)} MB${v.relayAlive ? '' : ' (the relay died)'} | ${v.reads.map((r) => (r.status === 200 ? n(r.keys, 0) : r.status)).join(', ')} |`);
  }
  L.push('', 'Both leave the same souls, fields and links (tested in `__test__/flat-shape.test.js`), but a live relay that took the entries nested builds gigabytes of heap when the index is read, and answers parts of it; ' +
    'every sync cycle reads the local relay\'s type indexes (records that reach it through GUN peering are found there), and this is what took the local relay past Node\'s heap limit in the 10,000-record throughput run before the entries were written flat. ' +
    'A relay answers a read with the first part of the node GUN hands it, so reads after the first answer few keys either way; a later cycle sees the rest.', '');
  return L.join('\n');
}

function repairSection(rep) {
  if (!rep || !rep.variants) return '';
  const s = rep.settings;
  const V = Object.entries(rep.variants).filter(([, v]) => v.repair);
  if (!V.length) return '';
  const [, any] = V[0];
  const name = { gun: 'GUN\'s own parser', 'json-parse': '`JSON.parse`' };
  const L = ['## 6. Repair of records a relay dropped', ''];
  L.push(`\`${rep.command}\`. A peer relay serves ${n(s.records, 0)} \`post\` records (seeded as in section 2, reading radisk with \`JSON.parse\`); ` +
    `a local node (relay with put delay ${s.putDelayMs} ms and missing-soul wait ${s.missingWaitMs} ms; ${esName(rep)}) syncs them with the addon, to the end. ` +
    `Then the local relay loses ${any.dropped} of them (every ${Math.round(1 / s.dropShare)}th record) for real: it is stopped, their keys (the record node's fields and its \`meta\` child's) are removed from its radisk files, rewritten as radisk writes them, and it starts again on what is left. ` +
    `${any.unrecoverableSeeded} of those are removed from the peer's radisk files the same way: no peer can restore them. ` +
    `Then sync cycles run back to back with \`GUN_REPAIR_PERCENT=${s.repairPercent}\` and \`GUN_REPAIR_MAX_CHECKS=${s.repairMaxChecks}\` (${Math.min(Math.ceil((s.records * s.repairPercent) / 100), s.repairMaxChecks)} checks a cycle at this size); ` +
    `after each pass of the repair over every synced record, every record is read back from the local relay. All of it twice: a local relay that reads radisk's files with GUN's own yielding parser, as production relays do, and one that reads them with \`JSON.parse\` (section 4), which loses nothing by itself, so that what the repair does shows apart from what the relay loses meanwhile. ` +
    `Load average ${rep.load.min} / ${rep.load.median} / ${rep.load.max} on ${rep.load.cores} cores.`, '');
  const missing = (m) => (Object.keys(m || {}).length ? ` (${Object.entries(m).map(([k, v]) => `${v} ${k}`).join(', ')})` : '');
  L.push(`| local relay reads radisk with | ${V.map(([k]) => name[k] || k).join(' | ')} |`, `|---|${V.map(() => '---|').join('')}`);
  const row = (label, f) => L.push(`| ${label} | ${V.map(([, v]) => f(v)).join(' | ')} |`);
  row('initial sync', (v) => `${v.sync.cycles} cycle(s), ${n(v.sync.ms / 1000, 0)} s; ${n(v.sync.remembered, 0)} noted for repair`);
  row('dropped by removing their keys', (v) => `${v.drop.records} (${v.drop.keysRemovedLocal} keys; ${v.unrecoverableSeeded} gone from the peer too)`);
  row('whole on the local relay after its restart', (v) => `${n(v.drop.wholeOnLocalAfter, 0)} of ${n(s.records, 0)}${missing(v.drop.notWholeOnLocal)}`);
  const passes = Math.max(...V.map(([, v]) => v.repair.passes.length));
  for (let i = 0; i < passes; i++) {
    const p = (v) => v.repair.passes[i];
    row(`pass ${i + 1}: cycles, time (cumulative)`, (v) => (p(v) ? `${p(v).cycles}, ${n(p(v).ms / 1000, 0)} s${p(v).complete ? '' : ' (capped)'}` : 'n/a'));
    row(`pass ${i + 1}: found not whole / restored (cumulative)`, (v) => (p(v) ? `${p(v).droppedSeen} / ${p(v).restored}` : 'n/a'));
    row(`pass ${i + 1}: of the ${any.dropped - any.unrecoverableSeeded} dropped a peer serves, whole`, (v) => (p(v) ? `${p(v).droppedWholeInTheEnd}` : 'n/a'));
    row(`pass ${i + 1}: all records whole`, (v) => (p(v) ? `${n(p(v).wholeInTheEnd, 0)} of ${n(s.records, 0)}${missing(p(v).notWholeInTheEnd)}` : 'n/a'));
  }
  row('unrecoverable: reported / still in Elasticsearch', (v) => `${v.repair.unrecoverable.length} / ${v.repair.unrecoverableStillInEs}`);
  row('cycle time in pass 1 (median, max)', (v) => `${n(v.repair.cycleMs.median / 1000, 1)} s, ${n(v.repair.cycleMs.max / 1000, 1)} s`);
  row('requests per cycle (local relay + peer + Elasticsearch)', (v) => `median ${n(v.repair.requestsPerCycle.median, 0)}, ${n(v.repair.requestsPerCycle.min, 0)}–${n(v.repair.requestsPerCycle.max, 0)}`);
  L.push('');
  L.push('"Found not whole" counts what the repair\'s reads saw, pass after pass; on a relay with GUN\'s parser it exceeds what was removed because every restore is a write that makes radisk parse and rewrite the file holding it, which can damage records restored or never touched (section 4); those are found when the cursor comes round to them on a later pass. ' +
    'A record that reads whole costs the repair 2 local reads (the node and its `meta` child); a dropped one waits out the relay\'s missing-soul wait once, then reads the peer, puts and reads back. ' +
    'A record no peer serves stays in Elasticsearch and is reported again each time the cursor comes back to it.', '');
  return L.join('\n');
}

/** The Elasticsearch a benchmark ran on (results from before the field existed ran on the stand-in). */
function esName(result) {
  return result.elasticsearch === 'real' ? 'a real Elasticsearch 7.17 node' : result.elasticsearch === 'external' ? 'an external Elasticsearch cluster' : 'an Elasticsearch stand-in';
}

/** What the numbers say about the targets and the engine, from the same JSON. */
function findingsSection(soak, tp, cc, rep) {
  const L = ['## Targets and findings', ''];
  const a = soak && soak.runs.addon && soak.runs.addon.summary;
  if (a) {
    L.push(`- Soak, rss: ${n(a.rssGrowthMB, 2)} MB from cycle ${a.fromCycle} to ${a.cycles} (target ≤ 2 MB: ${a.rssGrowthMB <= 2 ? 'met' : `missed by ${n(a.rssGrowthMB - 2, 2)} MB`}), ` +
      `${n(a.rssSlopeKBPerCycle, 2)} KB per cycle by least squares. heapUsed accounts for ${n(a.heapUsedGrowthMB, 2)} MB of it; a sync cycle itself retains ` +
      `${cc && cc.runs.addon ? n(cc.runs.addon.summary.idle.retainedBytesPerCall, 1) : 'n/a'} bytes of JavaScript heap per call (section 3), so that part is the benchmark worker's own ` +
      '(its counters requests, V8\'s code and feedback). The rest, about ' +
      `${n(a.rssGrowthMB - a.heapUsedGrowthMB, 1)} MB over ${a.cycles - a.fromCycle} cycles, is native memory: the plot shows a slow climb with steps, not the per-cycle buffers of the incident ` +
      '(external + arrayBuffers are flat)' + (a.longRun
        ? `; after the first ${n(a.longRun.fromCycle, 0)} cycles it grew ${n(a.longRun.rssGrowthMB, 2)} MB over ${n(a.cycles - a.longRun.fromCycle, 0)} more (target < 1 MB: ${a.longRun.rssGrowthMB < 1 ? 'met' : 'missed'}).`
        : '; whether it levels off needs a longer run.'));
    L.push(`- Soak, external + arrayBuffers: ${n(a.externalPlusArrayBuffersGrowthKB, 1)} KB (target ≤ 256 KB: ${a.externalPlusArrayBuffersGrowthKB <= 256 ? 'met' : 'missed'}).`);
    if (a.tombstones) {
      L.push(`- Soak, applied tombstones: ${a.tombstones.esDeletesAfter} Elasticsearch deletes after the last application, and no tombstone work on the relay (target: zero requests: ${a.tombstones.esDeletesAfter === 0 ? 'met' : 'missed'}; the ${a.tombstones.relayPutsAfter} relay puts after it are the retries of the records Elasticsearch refuses). ` +
        `The last of the ${soak.settings.tombstoned} was applied at cycle ${a.tombstones.allAppliedAtCycle}, after the fault lifted at cycle ${soak.settings.esDeleteFaultUntilCycle}: ` +
        `each failed attempt doubles the wait (from ${soak.settings.addonRetryBaseMs} ms, capped at ${soak.settings.addonRetryMaxMs / 1000} s here), and the benchmark\'s cycles are milliseconds apart, so the retry after the fault lifted came that many cycles later.`);
    }
  }
  if (tp && tp.figures) {
    const f = tp.figures;
    // the largest size the ceiling ran at
    const [ceil, size] = f.ceilingLarge.recordsPerS ? [f.ceilingLarge, tp.settings.large] : [f.ceilingSmall, tp.settings.small];
    const cap = ceil.recordsPerS / f.baselineSmall.recordsPerS;
    const ratio = (v, d, x = '') => (v === null ? 'not measured' : `${n(v, d)}${x}`);
    const verdict = (key, min) => {
      const vs = [f.ratios.small[key], f.ratios.large[key]];
      return vs.some((v) => v === null) ? 'not measured at both sizes' : vs.every((v) => v >= min) ? 'met' : 'missed';
    };
    L.push(`- Throughput, counting records whole ${n(tp.settings.settleMs / 1000, 0)} s after the sync: addon/ceiling ${ratio(f.ratios.small.addonOverCeiling, 2)} at ${n(tp.settings.small, 0)} and ${ratio(f.ratios.large.addonOverCeiling, 2)} at ${n(tp.settings.large, 0)} records (target ≥ 0.8: ${verdict('addonOverCeiling', 0.8)}); ` +
      `addon/baseline ${ratio(f.ratios.small.addonOverBaseline, 1, 'x')} and ${ratio(f.ratios.large.addonOverBaseline, 1, 'x')} (target ≥ 50x: ${verdict('addonOverBaseline', 50)}), at \`putConcurrency\` ${tp.settings.putConcurrency}. ` +
      `The relay's ceiling for this write shape is ${n(ceil.recordsPerS, 1)} records/s at ${n(size, 0)} records, and a baseline record costs about ${n(1 / f.baselineSmall.recordsPerS, 1)} s, ` +
      `so no implementation bound by the same relay can be more than about ${n(cap, 0)}x faster than the baseline at these settings${cap < 50 ? ': the 50x target is out of its reach' : ''}.`);
  }
  if (cc && cc.runs.addon && cc.runs.baseline) {
    const x = cc.runs.addon.summary;
    const y = cc.runs.baseline.summary;
    const fast = x.deletion.usPerCall < 5 && x.get404.usPerCall < 5;
    L.push(`- Cost of a call: the cached answers (an applied tombstone, a cached 404) cost the addon ${n(x.deletion.usPerCall, fast ? 2 : 0)} and ${n(x.get404.usPerCall, fast ? 2 : 0)} µs a call ` +
      `against ${n(y.deletion.usPerCall, 2)} and ${n(y.get404.usPerCall, 2)} µs for the JavaScript, whose answer is a Map lookup in the same thread (target under 5 µs: ${fast ? 'met' : 'missed'}). ` +
      (fast
        ? 'The addon answers them on the JS thread too: the binding asks the Rust core whether the answer is known without I/O and returns an already-settled promise; only the other calls go through the addon\'s threads. '
        : 'Each addon call is a promise settled from the addon\'s own threads, and that round trip is the price. ') +
      `Retained memory per call: addon ${n(x.deletion.retainedBytesPerCall, 1)}, ${n(x.get404.retainedBytesPerCall, 1)} and ${n(x.idle.retainedBytesPerCall, 1)} bytes; ` +
      `baseline ${n(y.deletion.retainedBytesPerCall, 1)}, ${n(y.get404.retainedBytesPerCall, 1)} and ${n(y.idle.retainedBytesPerCall, 1)} bytes. ` +
      `An idle cycle makes ${n(x.idle.garbageBytesPerCall, 0)} bytes of JavaScript garbage in the addon against ${n(y.idle.garbageBytesPerCall, 0)} in the baseline, whose response bodies are JavaScript strings and objects.`);
  }
  L.push('');
  if (rep && rep.variants) {
    const say = ([k, v]) => {
      const serves = v.dropped - v.unrecoverableSeeded;
      const passes = v.repair.passes.map((p) => `${p.droppedWholeInTheEnd} of ${serves} after pass ${p.pass}`).join(', ');
      return `${k === 'gun' ? 'with GUN\'s parser' : 'with `JSON.parse`'}: ${passes}`;
    };
    const all = Object.entries(rep.variants).filter(([, v]) => v.repair);
    const met = all.every(([, v]) => v.repair.passes.some((p) => p.droppedWholeInTheEnd === v.dropped - v.unrecoverableSeeded));
    L.push(`- Repair (target: the next cycles restore every dropped record a peer still serves): whole on the local relay ${all.map(say).join('; ')} (${met ? 'met' : '**missed**'}); ` +
      `unrecoverable records reported and kept in Elasticsearch: ${all.map(([, v]) => `${v.repair.unrecoverable.length} of ${v.unrecoverableSeeded}, ${v.repair.unrecoverableStillInEs} still indexed`).join('; ')}.`);
  }
  return L.join('\n');
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const soak = read(o.results, 'soak.json');
  const tp = read(o.results, 'throughput.json');
  const cc = read(o.results, 'callcost.json');
  const dur = read(o.results, 'durability.json');
  const durFixed = read(o.results, 'durability-sync-parse.json');
  const durRepeat = read(o.results, 'durability-repeat.json');
  const durWidth = read(o.results, 'durability-width.json');
  const parse = read(o.results, 'radisk-parse.json');
  const fc = read(o.results, 'first-cycle.json');
  const rep = read(o.results, 'repair.json');
  const ih = read(o.results, 'index-heap.json');
  const files = plots(o.results, soak, tp);
  const md = [
    '# Benchmark results',
    '',
    'Generated by `npm run bench` (`node bench/run.js`: the soak, throughput, call-cost and repair benchmarks, then `node bench/report.js`, which writes this file and the plots from the JSON in `bench/results/`). ' +
      'The yardstick is `bench/baseline`, the JavaScript helpers in the original\'s shape, defects included. Raw data: `results/soak.json`, `results/throughput.json`, `results/callcost.json`, `results/repair.json`.',
    '',
    machineSection([soak, tp, cc, dur, durFixed, durRepeat, durWidth, fc, rep]),
    soakSection(soak),
    throughputSection(tp),
    callcostSection(cc),
    durabilitySection(dur, durFixed, parse, durRepeat, durWidth),
    firstCycleSection(fc),
    repairSection(rep),
    indexHeapSection(ih),
    findingsSection(soak, tp, cc, rep),
  ].join('\n');
  fs.writeFileSync(o.md, md.replace(/\n{3,}/g, '\n\n'));
  console.log(`[report] wrote ${o.md} and ${files.join(', ')}`);
}

if (require.main === module) main();
module.exports = { main };
