import * as core from '../index'

/** The original `helpers/gunDeletionRegistry.js` surface, over the core registry. */
export declare class GunDeletionRegistry extends core.GunDeletionRegistry {
  constructor(gunHelper: core.GunHelper, options?: core.DeletionOptions | undefined | null)
}
