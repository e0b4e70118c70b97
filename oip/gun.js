'use strict';
// Drop-in for an OIP node's helpers/gun.js:
//   module.exports = require('oip-gun-sync/oip/gun');

const core = require('..');

/**
 * The original helper's surface. Differences from the core `GunHelper`, as
 * the original behaved: no arguments; its timeouts (30 s per record put,
 * 20 s per read, `GUN_REGISTRY_TIMEOUT_MS` per simple put); a bad
 * `GUN_PEERS` warns instead of throwing; `getRecord` resolves `null` and the list methods `[]` when the
 * relay fails (logged), where the core rejects with a typed error; the list methods return the
 * relay's entries as listed, each with `did`, as the original did.
 */
class GunHelper extends core.GunHelper {
  constructor() {
    super({ tolerateBadEnv: true, originalTimeouts: true });
  }

  async getRecord(soul, options) {
    try {
      return await super.getRecord(soul, options);
    } catch (e) {
      console.error(`⚠️  Error in getRecord (${e.code}):`, e.message);
      return null;
    }
  }

  async listRecordsByPublisher(publisherPubKey, options) {
    try {
      return await super.listRecordsByPublisher(publisherPubKey, { ...options, asListed: true });
    } catch (e) {
      console.error(`❌ Error listing records by publisher (${e.code}):`, e.message);
      return [];
    }
  }

  async listUserRecords(publisherPubKey, options) {
    return this.listRecordsByPublisher(publisherPubKey, options);
  }
}

module.exports = { GunHelper };
