import * as core from '../index'

/** The original `helpers/gun.js` surface; relay failures resolve `null` / `[]` as the original did. */
export declare class GunHelper extends core.GunHelper {
  constructor()
}
