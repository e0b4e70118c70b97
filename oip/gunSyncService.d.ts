import * as core from '../index'
import { OIPGunRegistry } from './oipGunRegistry'

// The core service with the original's `registry` in place of the core's.
declare const Service: new (options?: core.SyncOptions | undefined | null) => Omit<core.GunSyncService, 'registry'>

/** `new GunSyncService()` as the app calls it: record types from the app's templates; never throws for configuration. */
export declare class GunSyncService extends Service {
  constructor(options?: core.SyncOptions | undefined | null)
  /** The original's `service.registry`: failures logged, never rejected. */
  get registry(): OIPGunRegistry
}

export { SyncHealthMonitor } from '../index'
