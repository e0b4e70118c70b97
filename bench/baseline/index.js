'use strict';
/**
 * BASELINE, NOT A PRODUCT: the JavaScript stand-in for the OIP node's original
 * GUN helpers (see the header of each module for the defects it keeps on
 * purpose). The benchmarks' yardstick and the "old node" of mixed-fleet tests.
 */

const { GunHelper } = require('./gun');
const { GunDeletionRegistry } = require('./gunDeletionRegistry');
const { GunSyncService, SyncHealthMonitor, OIPGunRegistry } = require('./gunSyncService');
const { createElasticClient } = require('./elasticsearch');

module.exports = {
  GunHelper,
  GunDeletionRegistry,
  GunSyncService,
  SyncHealthMonitor,
  OIPGunRegistry,
  createElasticClient,
};
