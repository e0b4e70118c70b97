'use strict';
// Drop-in for an OIP node's helpers/gunSyncService.js:
//   module.exports = require('oip-gun-sync/oip/gunSyncService');

const core = require('..');
const { appRecordTypes } = require('./app');
const { OIPGunRegistry } = require('./oipGunRegistry');

// The app module that required this one: the app's helpers/ directory.
const requirer = module.parent && module.parent.filename;

/**
 * `new GunSyncService()` as the app's index.js calls it: the record types
 * come from the app's templates (an explicit `recordTypes` option or
 * `OIP_RECORD_TYPES` overrides them), a value the original tolerated falls
 * back to its default with a warning, and a state directory that cannot be
 * opened is reported by `start()`, `getStatus()` and the health monitor
 * instead of thrown here.
 */
class GunSyncService extends core.GunSyncService {
  constructor(options) {
    super({
      tolerateBadEnv: true,
      appRecordTypes: appRecordTypes(requirer),
      ...options,
      // Beside the running app (a script's registry), its state is shared, not refused.
      deletion: { sharedState: true, ...(options && options.deletion) },
    });
  }

  /** The original's `service.registry`: an `OIPGunRegistry` over this service's. */
  get registry() {
    if (!registries.has(this)) registries.set(this, new OIPGunRegistry(super.registry));
    return registries.get(this);
  }
}

const registries = new WeakMap();

module.exports = { GunSyncService, SyncHealthMonitor: core.SyncHealthMonitor };
