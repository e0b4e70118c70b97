'use strict';
// Drop-in for an OIP node's helpers/oipGunRegistry.js:
//   module.exports = require('oip-gun-sync/oip/oipGunRegistry');

const core = require('..');
const { appRecordTypes } = require('./app');
const { GunHelper } = require('./gun');

// The app module that required this one: the app's helpers/ directory.
const requirer = module.parent && module.parent.filename;

/**
 * The original's surface over the core registry (`service.registry`). As
 * the original, nothing here rejects: failures are logged and answered with
 * `undefined`, `[]`, `false` or `{nodeId, error}`. Unlike it, the node id is
 * the service's (kept in the state directory, so every instance of a node
 * agrees), a registration writes only its own index entry instead of
 * rewriting the whole index, and the stats leave withdrawn entries out.
 */
class OIPGunRegistry {
  /** `registry` is internal: `oip/gunSyncService` hands in its service's. */
  constructor(registry) {
    this.registry = registry instanceof core.SyncRegistry
      ? registry
      : new core.GunSyncService({
        tolerateBadEnv: true,
        appRecordTypes: appRecordTypes(requirer),
        // The diagnose and restore scripts run beside the app, on its state directory.
        deletion: { sharedState: true },
      }).registry;
    this.registryRoot = this.registry.registryRoot;
    this.nodeId = this.registry.nodeId;
    // Scripts read records (such as node entries) through it, as they did.
    this.gunHelper = new GunHelper();
  }

  /**
   * The node's id: `GUN_NODE_ID_OVERRIDE` when set, as the original's, else
   * the id kept in the state directory, where the original hashed a new one
   * at every start (and lost track of its own registrations).
   */
  generateNodeId() {
    return this.nodeId;
  }

  /** The app's record types after `RECORD_TYPE_INDEX_MODE` and its lists. */
  getRecordTypes() {
    return this.registry.getRecordTypes();
  }

  isValidOIPRecord(record) {
    return this.registry.isValidOIPRecord(record);
  }

  async registerOIPRecord(recordDid, soul, recordType, creatorPubKey) {
    try {
      await this.registry.registerOIPRecord(recordDid, soul, recordType, creatorPubKey);
    } catch (e) {
      console.error(`❌ Failed to register OIP record ${recordDid} (${e.code}): ${e.message}`);
    }
  }

  async unregisterOIPRecord(recordDid) {
    try {
      await this.registry.unregisterOIPRecord(recordDid);
    } catch (e) {
      console.error(`❌ Failed to unregister ${recordDid} (${e.code}):`, e.message);
    }
  }

  /**
   * Type by type, as the original: a type whose index or records cannot be
   * read is logged and adds nothing; the other types' records are still found.
   */
  async discoverOIPRecords() {
    const found = [];
    for (const recordType of this.getRecordTypes()) found.push(...(await this.discoverRecordsOfType(recordType)));
    if (found.length > 0) console.log(`🔍 Discovered ${found.length} new OIP records from other nodes`);
    return found;
  }

  async discoverRecordsOfType(recordType) {
    try {
      const found = await this.registry.discoverRecordsOfType(recordType);
      for (const r of found) {
        console.log(`📥 Discovered ${recordType} record: ${r.data.oip && r.data.oip.did} from node ${r.sourceNodeId}`);
      }
      return found;
    } catch (e) {
      console.error(`❌ Error discovering ${recordType} records (${e.code}):`, e.message);
      return [];
    }
  }

  async checkRecordExists(soul) {
    try {
      return await this.registry.checkRecordExists(soul);
    } catch (e) {
      console.error(`Error checking if record exists for soul ${soul} (${e.code}):`, e.message);
      return false;
    }
  }

  async getRegistryStats() {
    try {
      return await this.registry.getRegistryStats();
    } catch (e) {
      console.error(`Error getting registry stats (${e.code}):`, e.message);
      return { nodeId: this.nodeId, error: e.message };
    }
  }
}

module.exports = { OIPGunRegistry };
