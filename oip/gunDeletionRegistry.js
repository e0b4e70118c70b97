'use strict';
// Drop-in for an OIP node's helpers/gunDeletionRegistry.js:
//   module.exports = require('oip-gun-sync/oip/gunDeletionRegistry');

const core = require('..');
const { appRecordTypes } = require('./app');

// The app module that required this one: the app's helpers/ directory.
const requirer = module.parent && module.parent.filename;

/**
 * The original's surface, taking the app's `GunHelper` (from `oip/gun`). It
 * finds registry entries under the app's record types, as the original did,
 * and works beside the running app on its state directory (`sharedState`),
 * as the app's deletion script is run.
 */
class GunDeletionRegistry extends core.GunDeletionRegistry {
  constructor(gunHelper, options) {
    super(gunHelper, { recordTypes: appRecordTypes(requirer), sharedState: true, ...options });
  }

  /** Logged as the original; `false` only means the relay did not take it yet. */
  async markDeleted(did, deletedBy) {
    const published = await super.markDeleted(did, deletedBy);
    if (published) console.log(`✅ Marked ${did} as deleted in GUN deletion registry`);
    else console.error(`❌ Failed to mark ${did} as deleted:`, 'the relay did not take it; it is kept, and sync cycles publish it');
    return published;
  }

  /** As the original: a failure is logged and answered `false`. */
  async unmarkDeleted(did) {
    try {
      return await super.unmarkDeleted(did);
    } catch (e) {
      console.error(`❌ Failed to unmark ${did} (${e.code}):`, e.message);
      return false;
    }
  }

  /** As the original: `null` when the entry cannot be read (logged here, where it was silent). */
  async getDeletionDetails(did) {
    try {
      return await super.getDeletionDetails(did);
    } catch (e) {
      console.error(`❌ Failed to read the deletion entry of ${did} (${e.code}):`, e.message);
      return null;
    }
  }

  async getAllDeletedDIDs() {
    const dids = await super.getAllDeletedDIDs();
    console.log(`📊 Found ${dids.length} deleted DIDs in registry`);
    return dids;
  }
}

module.exports = { GunDeletionRegistry };
