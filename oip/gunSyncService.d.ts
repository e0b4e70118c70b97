import * as core from '../index'

/** `new GunSyncService()` as the app calls it: record types from the app's templates; never throws for configuration. */
export declare class GunSyncService extends core.GunSyncService {
  constructor(options?: core.SyncOptions | undefined | null)
}

export { SyncHealthMonitor } from '../index'
