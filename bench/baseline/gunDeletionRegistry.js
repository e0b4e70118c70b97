'use strict';
/**
 * BASELINE, NOT A PRODUCT. A JavaScript GunDeletionRegistry in the shape of the
 * OIP node's original `helpers/gunDeletionRegistry.js` after its November
 * patch (ES delete without `ignore`, 404 handled in the catch; the
 * `recentlyProcessed` memo). The yardstick for the addon's deletion registry,
 * writing the original tombstone formats:
 *   oip:deleted:records:<did>   = {deletedAt, deletedBy, timestamp (ISO), did}
 *   oip:deleted:records:index   = {<did>: true}
 *
 * Defects kept on purpose (numbers as in the project's reference):
 *   1  processLocalDeletion marks a DID processed for 24 h even when the
 *      deletion failed, and the memo is a Map lost on restart.
 *   2  the GUN part goes through GunHelper.deleteRecord (`data: null`), which
 *      real GUN refuses; unmarkDeleted therefore fails before it clears the
 *      index flag, and the registry entry removal never happens.
 *  12  isDeleted reads a failed or incomplete index as "not deleted".
 *  14  isDeleted reads the per-record tombstone soul when the index has no
 *      flag; for a live record that soul does not exist, so each such check
 *      waits the relay's full missing-soul timeout (or hits the 404 cache).
 *
 * new GunDeletionRegistry(gunHelper, { elasticClient, registry }): both
 * optional; the defaults are the environment's Elasticsearch client and an
 * OIPGunRegistry over the same GunHelper.
 */

const { getElasticClient } = require('./elasticsearch');

const REPROCESS_INTERVAL_MS = 24 * 60 * 60 * 1000; // 24 hours

class GunDeletionRegistry {
  constructor(gunHelper, options = {}) {
    this.gunHelper = gunHelper;
    this.registryRoot = 'oip:deleted:records';
    this.indexSoul = `${this.registryRoot}:index`;
    this.elasticClient = options.elasticClient || null;
    this.registry = options.registry || null;

    // Recently processed deletions: did -> ms (lost on restart: defect 1)
    this.recentlyProcessed = new Map();
    this.reprocessInterval = REPROCESS_INTERVAL_MS;
  }

  getElasticClient() {
    if (!this.elasticClient) this.elasticClient = getElasticClient();
    return this.elasticClient;
  }

  getRegistry() {
    if (!this.registry) {
      // lazy: gunSyncService.js requires this module
      const { OIPGunRegistry } = require('./gunSyncService');
      this.registry = new OIPGunRegistry({ gunHelper: this.gunHelper, elasticClient: this.elasticClient });
    }
    return this.registry;
  }

  /** Writes the tombstone entry, then sets the index flag. */
  async markDeleted(did, deletedBy) {
    try {
      const entry = {
        deletedAt: Date.now(),
        deletedBy,
        timestamp: new Date().toISOString(),
        did,
      };
      const soul = `${this.registryRoot}:${did}`;
      await this.gunHelper.putSimple(entry, soul);

      // just a flag in the index; the details are in the entry
      await this.gunHelper.putSimple({ [did]: true }, this.indexSoul);
      return true;
    } catch (error) {
      console.error(`❌ Failed to mark ${did} as deleted:`, error.message);
      return false;
    }
  }

  /** Index flag, else the entry soul exists; any error counts as "not deleted". */
  async isDeleted(did) {
    try {
      const index = await this.gunHelper.getRecord(this.indexSoul);
      if (index && index[did]) {
        return true;
      }
      const entry = await this.gunHelper.getRecord(`${this.registryRoot}:${did}`);
      return !!entry;
    } catch (error) {
      return false; // fail open
    }
  }

  /** Index keys starting `did:gun:` whose value is true. */
  async getAllDeletedDIDs() {
    try {
      const index = await this.gunHelper.getRecord(this.indexSoul);
      if (!index) return [];
      return Object.keys(index).filter((key) => key.startsWith('did:gun:') && index[key] === true);
    } catch (error) {
      console.error('Error getting all deleted DIDs:', error.message);
      return [];
    }
  }

  async getDeletionDetails(did) {
    try {
      return await this.gunHelper.getRecord(`${this.registryRoot}:${did}`);
    } catch (error) {
      return null;
    }
  }

  /**
   * Removes a record locally: Elasticsearch (index `records`, id = did), the
   * local relay, the discovery registry. Skipped when processed in the last
   * 24 h; marked processed whatever happened; always resolves true.
   */
  async processLocalDeletion(did) {
    try {
      const lastProcessed = this.recentlyProcessed.get(did);
      if (lastProcessed && (Date.now() - lastProcessed) < this.reprocessInterval) {
        return true; // silently skip
      }

      // 1. Elasticsearch (the fixed call: no `ignore`, 404 handled here)
      try {
        await this.getElasticClient().delete({ index: 'records', id: did });
      } catch (esError) {
        if (esError.meta && esError.meta.statusCode === 404) {
          // already deleted
        } else {
          console.warn('  ⚠️ Elasticsearch deletion failed (may not exist):', esError.message);
        }
      }

      // 2. Local GUN storage
      try {
        await this.gunHelper.deleteRecord(did.replace('did:gun:', ''));
      } catch (gunError) {
        console.warn('  ⚠️ GUN deletion failed (may not exist):', gunError.message);
      }

      // 3. Discovery registry
      try {
        await this.getRegistry().unregisterOIPRecord(did);
      } catch (regError) {
        console.warn('  ⚠️ Registry removal failed (may not exist):', regError.message);
      }

      // Marked processed even when the steps above failed (defect 1)
      this.recentlyProcessed.set(did, Date.now());
      const cutoffTime = Date.now() - (2 * this.reprocessInterval);
      for (const [cachedDid, timestamp] of this.recentlyProcessed.entries()) {
        if (timestamp < cutoffTime) this.recentlyProcessed.delete(cachedDid);
      }
      return true;
    } catch (error) {
      console.error(`❌ Error processing local deletion for ${did}:`, error.message);
      return false;
    }
  }

  /** Deletes the entry soul (fails on real GUN: defect 2), then nulls the index flag. */
  async unmarkDeleted(did) {
    try {
      await this.gunHelper.deleteRecord(`${this.registryRoot}:${did}`);
      await this.gunHelper.putSimple({ [did]: null }, this.indexSoul);
      return true;
    } catch (error) {
      console.error(`❌ Failed to unmark ${did}:`, error.message);
      return false;
    }
  }

  async getStats() {
    try {
      const allDeleted = await this.getAllDeletedDIDs();
      return {
        totalDeleted: allDeleted.length,
        registryRoot: this.registryRoot,
        deletedDIDs: allDeleted.slice(0, 10),
        hasMore: allDeleted.length > 10,
      };
    } catch (error) {
      return { totalDeleted: 0, error: error.message };
    }
  }
}

module.exports = { GunDeletionRegistry };
