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
}

module.exports = { GunDeletionRegistry };
