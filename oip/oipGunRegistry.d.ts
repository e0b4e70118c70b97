import * as core from '../index'

/** The original `helpers/oipGunRegistry.js` surface; failures are logged and resolve `undefined`, `[]`, `false` or `{nodeId, error}`. */
export declare class OIPGunRegistry {
  constructor()
  readonly nodeId: string
  readonly registryRoot: string
  readonly gunHelper: import('./gun').GunHelper
  /** The node's id: `GUN_NODE_ID_OVERRIDE` when set, else the one kept in the state directory. */
  generateNodeId(): string
  getRecordTypes(): Array<string>
  isValidOIPRecord(record: unknown): boolean
  registerOIPRecord(recordDid: string, soul: string, recordType: string, creatorPubKey: string): Promise<void>
  unregisterOIPRecord(recordDid: string): Promise<void>
  discoverOIPRecords(): Promise<Array<core.DiscoveredRecord>>
  discoverRecordsOfType(recordType: string): Promise<Array<core.DiscoveredRecord>>
  checkRecordExists(soul: string): Promise<boolean>
  getRegistryStats(): Promise<core.RegistryStats | { nodeId: string; error: string }>
}
