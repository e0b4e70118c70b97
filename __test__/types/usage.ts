// How an OIP node (in TypeScript) uses every export of the addon. Compiled
// with `tsc --noEmit --strict` by __test__/types.test.js, never run.

import {
  __napiBindingTarget,
  GunHelper,
  GunDeletionRegistry,
  GunSyncService,
  SyncHealthMonitor,
  SyncRegistry,
  DeletionPart,
  deleteRecord,
  processLocalDeletion,
  runSyncCycle,
  verifyDeletions,
} from '../..';
import { OIPGunRegistry } from '../../oip/oipGunRegistry';
import { GunSyncService as OipGunSyncService } from '../../oip/gunSyncService';
import type {
  DeletionOptions,
  DeletionReport,
  DeletionStats,
  ElasticsearchOptions,
  FailedRecord,
  GetRecordOptions,
  GunHelperOptions,
  ListOptions,
  ProcessedRecords,
  PutRecordOptions,
  PutRecordResult,
  PutSimpleResult,
  RegistryStats,
  DiscoveredRecord,
  RepairCounts,
  RequestCounts,
  SyncConfiguration,
  SyncHealthStatus,
  SyncLogger,
  SyncMemory,
  SyncMetrics,
  SyncOptions,
  SyncProgress,
  SyncRepairStatus,
  SyncReport,
  SyncStatus,
  VerifyReport,
} from '../..';

// Which artifact loaded, for the app's startup log.
const flavor: 'native' | 'wasm32-wasi' | 'wasm32-wasip1' = __napiBindingTarget;

const defaultTemplates: Record<string, object> = { post: {}, image: {}, workout: {}, recipe: {} };
const recordTypes: string[] = Object.keys(defaultTemplates);

const elasticsearch: ElasticsearchOptions = {
  node: process.env.ELASTICSEARCHHOST ?? 'http://elasticsearch:9200',
  username: process.env.ELASTICCLIENTUSERNAME,
  password: process.env.ELASTICCLIENTPASSWORD,
  timeoutMs: 10_000,
};
const gunOptions: GunHelperOptions = { apiUrl: 'http://gun-relay:8765', timeoutMs: 10_000, maxBodyBytes: 32 << 20, negativeCacheTtlMs: 5_000 };
const deletionOptions: DeletionOptions = {
  stateDir: '/usr/src/app/data/oip-gun-sync',
  elasticsearch,
  indices: ['records'],
  recordTypes,
  registryRoot: 'oip:registry',
  retryBaseMs: 60_000,
  retryMaxMs: 4 * 3_600_000,
  reverifyIntervalMs: 24 * 3_600_000,
  gun: gunOptions,
};

// --- publishing route -------------------------------------------------------

async function publishPost(publisherPubKey: string, localId: string, data: { basic: { name: string } }): Promise<string> {
  const gun = new GunHelper(); // one per request, as the app does
  const url: string = gun.apiUrl;
  const soul: string = gun.computeSoul(publisherPubKey, localId, { data });
  const options: PutRecordOptions = { localId, encrypt: false };
  const put: PutRecordResult = await gun.putRecord({ data, oip: { ver: '0.8.0', recordType: 'post' } }, soul, options);
  const simple: PutSimpleResult = await gun.putSimple({ note: 'side node', at: Date.now() }, `${soul}:note`);
  if (!simple.success || put.encrypted) throw new Error(`unexpected put on ${url}`);
  await global.gunSyncService?.registerLocalRecord(put.did, put.soul, 'post', publisherPubKey);
  return put.did;
}

async function publishPrivate(user: string, orgKey: Buffer, orgDid: string): Promise<PutRecordResult> {
  const gun = new GunHelper(gunOptions);
  const soul = gun.computeSoul(user);
  const perUser = await gun.putRecord({ data: { note: 'mine' } }, soul, { encrypt: true, userPublicKey: user });
  await gun.putRecord({ data: { note: 'ours' }, oip: { recordType: 'post' } }, `${soul}-org`, {
    encrypt: true,
    encryptionType: 'organization',
    key: orgKey,
    userPublicKey: user,
    organizationDid: orgDid,
    sharedWith: [orgDid],
  });
  return perUser;
}

// --- reading routes ---------------------------------------------------------

async function readRecord(soul: string, userPublicKey?: string, decryptionKey?: Buffer): Promise<unknown> {
  const gun = new GunHelper();
  const options: GetRecordOptions = { userPublicKey, decryptionKey };
  try {
    const record: Record<string, any> | null = await gun.getRecord(soul, options);
    return record === null ? { status: 404 } : record.data;
  } catch (e) {
    const err = e as Error & { code?: string; errorClass?: 'not_found' | 'transient' | 'permanent' };
    return { status: err.errorClass === 'transient' ? 503 : 500, code: err.code };
  }
}

async function listPosts(publisher: string, page: number): Promise<string[]> {
  const gun = new GunHelper();
  const options: ListOptions = { limit: 50, offset: page * 50, recordType: 'post' };
  const records: Array<Record<string, any>> = await gun.listRecordsByPublisher(publisher, options);
  const alias = await gun.listUserRecords(publisher, { limit: 1 });
  return records.concat(alias).map((r) => String(r.did));
}

async function healthOfRelay(): Promise<boolean> {
  return new GunHelper().checkConnection();
}

// --- DELETE route and the deletion-registry script --------------------------

async function deleteRoute(did: string, publicKey: string): Promise<{ deleted: boolean; published: boolean }> {
  const registry = new GunDeletionRegistry(new GunHelper(), { stateDir: deletionOptions.stateDir, recordTypes });
  const published: boolean = await registry.markDeleted(did, publicKey);
  const deleted: boolean = await registry.processLocalDeletion(did);
  return { deleted, published };
}

async function registryScript(did: string): Promise<void> {
  const registry = new GunDeletionRegistry(new GunHelper(gunOptions), deletionOptions);
  const deleted: boolean = await registry.isDeleted(did);
  const all: string[] = await registry.getAllDeletedDIDs();
  const details: Record<string, any> | null = await registry.getDeletionDetails(did);
  const stats: DeletionStats = await registry.getStats();
  const pending: DeletionReport[] = await registry.processPendingDeletions();
  const verified: VerifyReport = await registry.verifyDeletions();
  const withdrawn: boolean = await registry.unmarkDeleted(did);
  console.log(deleted, all.length, details?.deletedBy, stats.totalDeleted, stats.registryRoot, stats.deletedDIDs, stats.hasMore);
  console.log(pending.length, verified.checked, verified.reapplied.length, withdrawn);
}

function describeReport(r: DeletionReport): string {
  const parts: DeletionPart[] = [r.elasticsearch, r.gun, r.registry];
  const failed = parts.filter((p) => p === DeletionPart.Failed).length;
  const removed = parts.filter((p) => p === DeletionPart.Deleted || p === DeletionPart.Absent).length;
  const skipped = parts.every((p) => p === DeletionPart.Skipped);
  const retry = r.nextAttemptAt === undefined ? '' : ` retry at ${new Date(r.nextAttemptAt).toISOString()}`;
  const attempts: number = r.attempts;
  return `${r.did}: applied=${r.applied} removed=${removed} failed=${failed} skipped=${skipped} attempts=${attempts}${retry} ${r.error ?? ''}`;
}

async function maintenance(did: string, soul: string): Promise<string[]> {
  const report: DeletionReport = await processLocalDeletion(did, deletionOptions);
  const verify: VerifyReport = await verifyDeletions(deletionOptions);
  const gone: boolean = await deleteRecord(soul, gunOptions);
  const goneToo: boolean = await new GunHelper().deleteRecord(soul);
  return [describeReport(report), ...verify.reapplied.map(describeReport), String(gone && goneToo)];
}

// --- the sync service: startup, health routes, metrics ----------------------

declare global {
  // eslint-disable-next-line no-var
  var gunSyncService: GunSyncService | undefined;
}

const logger: SyncLogger = {
  info: (line: string) => console.log(line),
  warn: (line: string) => console.warn(line),
  error: (line: string) => console.error(line),
};

// An app's own service that logs its start and stop (the methods keep their `Promise<void>`).
class LoggedSyncService extends GunSyncService {
  override async start(): Promise<void> {
    console.log('gun sync starting');
    await super.start();
  }

  override async stop(): Promise<void> {
    await super.stop();
    console.log('gun sync stopped');
  }
}

async function startSync(): Promise<void> {
  if (process.env.GUN_SYNC_ENABLED === 'false') return;
  const options: SyncOptions = {
    recordTypes,
    elasticsearch,
    gun: gunOptions,
    peers: ['https://peer.example/gun-relay'],
    syncIntervalMs: 900_000,
    cacheMaxAgeMs: 3_600_000,
    putTimeoutMs: 30_000,
    fetchConcurrency: 16,
    putConcurrency: 2,
    index: 'records',
    deletion: deletionOptions,
    logger,
    repairPercent: 1,
    repairMaxChecks: 32,
    progressMinRecords: 200,
    onProgress: (p: SyncProgress) => {
      const left: string = p.etaMs === null ? '?' : `${Math.round(p.etaMs / 1000)} s`;
      const steps: number = p.found + p.fetched + p.stored + p.skipped + p.elapsedMs;
      if (!p.done) console.log(`${p.indexed + p.failed}/${p.total} at ${p.rate}/s, ${left} left (${steps})`);
    },
  };
  const service = new LoggedSyncService(options);
  global.gunSyncService = service;
  await service.start();
  const running: boolean = service.isRunning;
  if (!running) service.stop();
}

function summarize(r: SyncReport): string {
  const failures: FailedRecord[] = r.failed;
  const requests: RequestCounts = r.requests;
  const repair: RepairCounts = r.repair;
  const lost: string[] = repair.unrecoverable;
  const permanent = failures.filter((f) => f.permanent).map((f) => `${f.did}: ${f.reason}`);
  const later: number = r.deferred;
  const warnings: string[] = r.warnings;
  return [
    `${later} left for a later cycle`,
    ...warnings,
    `${r.discovered} discovered, ${r.synced} synced, ${r.skippedExisting} existing, ${r.skippedDeleted} tombstoned`,
    `${r.deletionsApplied} deletions, ${requests.peers + requests.localRelay + requests.elasticsearch} requests in ${r.durationMs} ms`,
    `repair: ${repair.checked} checked, ${repair.dropped} dropped, ${repair.restored} restored`,
    ...lost.map((did) => `${did}: no peer serves it any more`),
    ...permanent,
  ].join('; ');
}

async function syncRoutes(): Promise<Record<string, unknown>> {
  const service = global.gunSyncService;
  if (!service) return { error: 'sync disabled' };

  const status: SyncStatus = service.getStatus();
  const configuration: SyncConfiguration = status.configuration;
  const memoryUsage: SyncMemory = status.memory;
  const isRunning: boolean = status.isRunning;
  const interval: number = status.syncInterval;
  const nodeId: string = status.nodeId;
  const processedCount: number = status.processedRecordsCount;
  const trusted: string[] | null = configuration.trustedNodes;
  const privateRecords: boolean = status.configuration.privateRecordsEnabled;
  const cacheMinutes: number = status.configuration.cacheMaxAgeMinutes + status.configuration.cacheMaxAge / 60_000;
  const memory: number = memoryUsage.heapUsedMB + status.memory.heapTotalMB + status.memory.rssMB + status.memory.externalMB;
  const cache: number = status.memory.cacheSize + status.memory.timeSinceLastClearMinutes + status.memory.nextClearInMinutes;

  const monitor: SyncHealthMonitor = service.getHealthMonitor();
  const health: SyncHealthStatus = monitor.getHealthStatus();
  const last: Date | null = health.lastSyncTime;
  const ago: number | null = health.lastSyncAgo;
  const healthy: boolean = health.isHealthy && status.health.isHealthy;
  const figures: number[] = [
    health.totalDiscovered, health.totalSynced, health.totalErrors, health.averageSyncTime, health.syncCycles, health.successRate,
  ];
  const repairStatus: SyncRepairStatus = monitor.getRepairStatus();
  figures.push(repairStatus.checked, repairStatus.dropped, repairStatus.restored, repairStatus.unrecoverable);
  const own = new SyncHealthMonitor();
  own.recordSyncCycle(3, 2, 1, 120);
  const ownMetrics: SyncMetrics = own.metrics;
  const counted: number =
    ownMetrics.totalDiscovered + ownMetrics.totalSynced + ownMetrics.totalErrors + ownMetrics.averageSyncTime + ownMetrics.syncCycles;
  const lastCycle: Date | null = ownMetrics.lastSyncTime;
  own.reset();
  const unusable: string | undefined = status.error;

  const registry: SyncRegistry = service.registry;
  const registryStats: RegistryStats = await registry.getRegistryStats();
  const byType: Record<string, number> = registryStats.recordsByType;
  const processed: ProcessedRecords = service.processedRecords;
  const before: number = processed.size;
  service.clearProcessedCache();

  let forced: string;
  try {
    forced = summarize(await service.forceSync());
  } catch (e) {
    forced = (e as Error).message; // "Sync service is not running"
  }
  const once: SyncReport = await service.performSync();
  const migrated: number = await service.migrateExistingRecords(); // POST /api/sync/migrate
  const metrics: string = service.metricsText();

  return {
    isRunning, interval, nodeId, processedCount, trusted, privateRecords, cacheMinutes, memory, cache,
    lastSyncTime: last?.toISOString() ?? null, ago, healthy, figures, counted, lastCycle, unusable,
    registry: `${registryStats.nodeId} ${registryStats.registryRoot} ${registryStats.totalRecordsRegistered}`, byType,
    before, forced, once: summarize(once), migrated, metrics,
  };
}

// The registry as the app's scripts and health route use it (through `oip/`).
async function registryUse(did: string, soul: string): Promise<string[]> {
  const registry = new OIPGunRegistry();
  const root: string = registry.registryRoot;
  const node: string = registry.nodeId;
  const types: string[] = registry.getRecordTypes();
  const valid: boolean = registry.isValidOIPRecord({ data: {}, oip: {} });
  await registry.registerOIPRecord(did, soul, types[0], 'pk');
  await registry.unregisterOIPRecord(did);
  const found: DiscoveredRecord[] = await registry.discoverOIPRecords();
  const ofType: DiscoveredRecord[] = await registry.discoverRecordsOfType('post');
  const exists: boolean = await registry.checkRecordExists(soul);
  const stats = await new OipGunSyncService().registry.getRegistryStats();
  const counted: number = 'error' in stats ? 0 : stats.totalRecordsRegistered;
  return [root, node, String(valid), String(exists), String(counted), ...found.concat(ofType).map((r) => r.sourceNodeId ?? r.soul)];
}

async function standaloneCycle(): Promise<string> {
  return summarize(await runSyncCycle({ recordTypes, elasticsearch, deletion: { stateDir: '/data/oip-gun-sync' } }));
}

export {
  flavor,
  publishPost,
  publishPrivate,
  readRecord,
  listPosts,
  healthOfRelay,
  deleteRoute,
  registryScript,
  maintenance,
  startSync,
  syncRoutes,
  standaloneCycle,
  registryUse,
};
