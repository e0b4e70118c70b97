'use strict';
/**
 * BASELINE, NOT A PRODUCT. A JavaScript GunHelper in the shape of the OIP
 * node's original `helpers/gun.js` (the HTTP-API version), kept as the
 * yardstick the benchmarks compare the native addon against and as the "old
 * node" of mixed-fleet tests. It writes and reads the original formats exactly.
 *
 * Defects kept on purpose (numbers as in the project's reference of the
 * original helpers):
 *   2  deleteRecord() posts `data: null`, which real GUN refuses (500): it
 *      rejects and nothing is deleted.
 *   9  every `new GunHelper()` starts an hourly setInterval that holds the
 *      instance (and its 404 cache) forever. The one change: the timer is
 *      unref()'d, so it no longer keeps the process itself alive.
 *  15  a 404 is remembered for an hour per soul (bounded at 10000 souls), so a
 *      node that reads 404 right after it was written stays hidden.
 * Every request is awaited in turn; nothing runs in parallel.
 *
 * Two things the original did not need and this one adds, so that it works
 * against a relay built on real GUN: nested objects (`meta`, an encrypted
 * `data` envelope) read back as GUN references `{"#": soul}`; getRecord
 * reads those two fields' child nodes (one GET each, in turn). And decrypted
 * data is parsed twice, because the stored plaintext is the JSON of the
 * already-stringified data.
 *
 * Options (each overrides its environment variable): { apiUrl } (GUN_PEERS,
 * first entry), { registryTimeoutMs } (GUN_REGISTRY_TIMEOUT_MS).
 */

const crypto = require('crypto');
const axios = require('axios');

const MISSING_CACHE_TTL_MS = 60 * 60 * 1000; // one hour, as the original
const MISSING_CACHE_MAX = 10000;
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;
const READ_RETRY_DELAYS_MS = [200, 400];
const FALLBACK_SALT = 'oip-gun-fallback';

function publisherHash(publisherPubKey) {
  return crypto.createHash('sha256').update(String(publisherPubKey)).digest('hex').slice(0, 12);
}

/** The per-user key when no password-derived key is available. */
function fallbackKey(userPublicKey) {
  return crypto.pbkdf2Sync(userPublicKey, FALLBACK_SALT, 100000, 32, 'sha256');
}

function isReference(value) {
  return !!value && typeof value === 'object' && !Array.isArray(value) &&
    Object.keys(value).length === 1 && typeof value['#'] === 'string';
}

function parseIfJsonString(value) {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (_) {
    return value;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class GunHelper {
  constructor(options = {}) {
    // HTTP API of the local relay: the first entry of GUN_PEERS
    const gunApiUrl = options.apiUrl || process.env.GUN_PEERS || 'http://gun-relay:8765';
    this.apiUrl = gunApiUrl.split(',')[0].trim().replace(/\/+$/, '');
    this.registryTimeoutMs = options.registryTimeoutMs ||
      parseInt(process.env.GUN_REGISTRY_TIMEOUT_MS, 10) || 30000;

    // 404 cache: soul -> time it was seen missing (defect 15)
    this.missingCache = new Map();

    // Hourly cleanup of the 404 cache, one timer per instance (defect 9).
    // unref(): the only change, so an idle process can still exit.
    this.cacheCleanupInterval = setInterval(() => this.cleanupMissingCache(), CLEANUP_INTERVAL_MS);
    if (this.cacheCleanupInterval.unref) this.cacheCleanupInterval.unref();
  }

  cleanupMissingCache() {
    const now = Date.now();
    for (const [soul, seenAt] of this.missingCache.entries()) {
      if (now - seenAt > MISSING_CACHE_TTL_MS) this.missingCache.delete(soul);
    }
  }

  rememberMissing(soul) {
    if (this.missingCache.size >= MISSING_CACHE_MAX) {
      // bounded: drop the oldest entry
      const oldest = this.missingCache.keys().next().value;
      this.missingCache.delete(oldest);
    }
    this.missingCache.set(soul, Date.now());
  }

  isKnownMissing(soul) {
    const seenAt = this.missingCache.get(soul);
    if (seenAt === undefined) return false;
    if (Date.now() - seenAt > MISSING_CACHE_TTL_MS) {
      this.missingCache.delete(soul);
      return false;
    }
    return true;
  }

  /**
   * `h:localId`, else `h:h:<hash12 of {name, date, recordType, timestamp, random}>`
   * when recordData is given, else `h:t:<Date.now() base 36>`;
   * h = first 12 hex of sha256(publisherPubKey).
   */
  computeSoul(publisherPubKey, localId = null, recordData = null) {
    const pubKeyHash = publisherHash(publisherPubKey);
    if (localId) {
      return `${pubKeyHash}:${localId}`;
    }
    if (recordData) {
      const keyFields = {
        name: (recordData.basic && recordData.basic.name) || recordData.name ||
          (recordData.data && recordData.data.basic && recordData.data.basic.name),
        date: (recordData.basic && recordData.basic.date) || recordData.date ||
          (recordData.data && recordData.data.basic && recordData.data.basic.date),
        recordType: (recordData.oip && recordData.oip.recordType) || recordData.recordType,
        timestamp: Date.now(),
        random: Math.random().toString(36).slice(2, 8),
      };
      const canonical = JSON.stringify(keyFields, Object.keys(keyFields).sort());
      const contentHash = crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 12);
      return `${pubKeyHash}:h:${contentHash}`;
    }
    return `${pubKeyHash}:t:${Date.now().toString(36)}`;
  }

  /** POST /put of `data` as it is. */
  async putSimple(data, soul) {
    const response = await axios.post(`${this.apiUrl}/put`, { soul, data }, {
      timeout: this.registryTimeoutMs,
      headers: { 'Content-Type': 'application/json' },
    });
    if (response.data && response.data.success) {
      this.missingCache.delete(soul);
      return { soul, success: true };
    }
    throw new Error(`GUN API error: ${(response.data && response.data.error) || 'unknown'}`);
  }

  /**
   * Stores `{data: JSON, oip: JSON, meta: {created, localId, encrypted}}`.
   * options: { localId, encrypt, encryptionType ('per-user' | 'organization'),
   * userPublicKey (or publisherPubKey), key (32-byte Buffer: organisation or
   * password-derived key; per-user default is the PBKDF2 fallback key),
   * organizationDid, sharedWith }.
   */
  async putRecord(recordData, soul, options = {}) {
    try {
      const gunRecord = {
        data: JSON.stringify(recordData.data),
        oip: JSON.stringify(recordData.oip),
        meta: {
          created: Date.now(),
          localId: options.localId || null,
          encrypted: false,
        },
      };

      if (options.encrypt) {
        const userPublicKey = options.userPublicKey || options.publisherPubKey;
        if (!userPublicKey) {
          throw new Error('User public key required for encryption');
        }
        const encryptionMetadata = { encrypted: true, encryptionMethod: 'aes-256-gcm' };
        let encryptionKey;
        if (options.encryptionType === 'organization') {
          if (!options.key) throw new Error('Organization encryption key required');
          encryptionKey = options.key;
          encryptionMetadata.encryptionType = 'organization';
          encryptionMetadata.encryptedBy = userPublicKey;
          encryptionMetadata.encryptedForOrganization = options.organizationDid;
          encryptionMetadata.sharedWith = options.sharedWith || [];
        } else {
          encryptionKey = options.key || fallbackKey(userPublicKey);
          encryptionMetadata.encryptionType = 'per-user';
          encryptionMetadata.encryptedBy = userPublicKey;
        }

        const iv = crypto.randomBytes(12);
        const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey, iv);
        // JSON of the already-stringified data, as the original
        const plaintext = Buffer.from(JSON.stringify(gunRecord.data), 'utf8');
        const encryptedBuf = Buffer.concat([cipher.update(plaintext), cipher.final()]);
        const authTag = cipher.getAuthTag();
        gunRecord.data = {
          encrypted: encryptedBuf.toString('base64'),
          iv: iv.toString('base64'),
          tag: authTag.toString('base64'),
        };
        Object.assign(gunRecord.meta, encryptionMetadata);
      }

      const response = await axios.post(`${this.apiUrl}/put`, { soul, data: gunRecord }, {
        timeout: 30000,
        headers: { 'Content-Type': 'application/json' },
      });
      if (response.data && response.data.success) {
        this.missingCache.delete(soul);
        return { soul, did: `did:gun:${soul}`, encrypted: gunRecord.meta.encrypted };
      }
      throw new Error(`GUN API error: ${(response.data && response.data.error) || 'unknown'}`);
    } catch (error) {
      if (error.code === 'ECONNREFUSED') {
        throw new Error('GUN relay not accessible - check if gun-relay service is running');
      } else if (error.code === 'ETIMEDOUT') {
        throw new Error('GUN relay timeout - service may be overloaded');
      }
      throw error;
    }
  }

  /** One GET /get; the relay's `data` on 200, null on 404; throws otherwise. */
  async fetchNode(soul) {
    try {
      const response = await axios.get(`${this.apiUrl}/get`, {
        params: { soul },
        timeout: 20000,
        headers: { 'Content-Type': 'application/json' },
      });
      return response.data && response.data.success ? response.data.data : null;
    } catch (error) {
      if (error.response && error.response.status === 404) return null;
      throw error;
    }
  }

  /**
   * The record at `soul` with `data`/`oip` parsed, decrypted when the caller
   * can: options { userPublicKey, decryptionKey (32-byte Buffer) }. null on
   * 404 (remembered for an hour) and after three failed attempts.
   */
  async getRecord(soul, options = {}) {
    try {
      if (this.isKnownMissing(soul)) return null;

      let lastError = null;
      for (let attempt = 0; attempt <= READ_RETRY_DELAYS_MS.length; attempt++) {
        try {
          const response = await axios.get(`${this.apiUrl}/get`, {
            params: { soul },
            timeout: 20000,
            headers: { 'Content-Type': 'application/json' },
          });
          if (!response.data || !response.data.success || !response.data.data) return null;
          const data = response.data.data;

          // Nested objects come back as GUN references: read the record's own
          // children (meta, an encrypted data envelope), each in turn.
          for (const field of ['meta', 'data']) {
            if (isReference(data[field])) {
              try {
                const child = await this.fetchNode(data[field]['#']);
                if (child) data[field] = child;
              } catch (_) {
                // leave the reference
              }
            }
          }
          data.data = parseIfJsonString(data.data);
          data.oip = parseIfJsonString(data.oip);
          if (data.data === undefined) delete data.data;
          if (data.oip === undefined) delete data.oip;

          if (data.meta && data.meta.encrypted && data.meta.encryptionMethod === 'aes-256-gcm') {
            return this.decryptRecord(data, options);
          }
          return data;
        } catch (error) {
          if (error.response && error.response.status === 404) {
            this.rememberMissing(soul);
            return null;
          }
          lastError = error;
          if (attempt < READ_RETRY_DELAYS_MS.length) await sleep(READ_RETRY_DELAYS_MS[attempt]);
        }
      }
      console.error(`⚠️  Error in getRecord after ${READ_RETRY_DELAYS_MS.length} retries:`, lastError && lastError.message);
      return null;
    } catch (error) {
      console.error('❌ Unexpected error in getRecord:', error.message);
      return null;
    }
  }

  /** Decrypts an encrypted record when the caller holds the key; else returns it as it is. */
  decryptRecord(record, options = {}) {
    const meta = record.meta;
    const envelope = record.data;
    if (!envelope || typeof envelope !== 'object' || !envelope.encrypted || !envelope.iv || !envelope.tag) {
      return record;
    }
    let key = options.decryptionKey || null;
    if (!key) {
      const userPublicKey = options.userPublicKey;
      // per-user: only the encryptedBy key holder
      if (!userPublicKey || meta.encryptionType === 'organization') return record;
      if (meta.encryptedBy && meta.encryptedBy !== userPublicKey) return record;
      key = fallbackKey(userPublicKey);
    }
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    const dec = Buffer.concat([decipher.update(Buffer.from(envelope.encrypted, 'base64')), decipher.final()]);
    // plaintext is the JSON of the stringified data: parse twice
    const decrypted = parseIfJsonString(JSON.parse(dec.toString('utf8')));
    return {
      ...record,
      data: decrypted,
      meta: {
        ...meta,
        encrypted: false,
        wasEncrypted: true,
        decryptedBy: options.userPublicKey || null,
      },
    };
  }

  /** Alias of listRecordsByPublisher, as the original. */
  async listUserRecords(publisherPubKey, options = {}) {
    return this.listRecordsByPublisher(publisherPubKey, options);
  }

  /** A page of the relay's /list for this publisher; each element gains soul and did. */
  async listRecordsByPublisher(publisherPubKey, options = {}) {
    const { limit = 50, offset = 0, recordType } = options;
    try {
      const response = await axios.get(`${this.apiUrl}/list`, {
        params: { publisherHash: publisherHash(publisherPubKey), limit, offset, recordType },
        timeout: 10000,
        headers: { 'Content-Type': 'application/json' },
      });
      if (response.data && response.data.success) {
        const records = response.data.records || [];
        return records.map((record) => ({ soul: record.soul, did: `did:gun:${record.soul}`, ...record }));
      }
      return [];
    } catch (error) {
      console.error('❌ Error listing records by publisher:', error.message);
      return [];
    }
  }

  /**
   * As the later patch: put `null` to the soul over HTTP. Real GUN refuses a
   * non-object at a node's root, so the relay answers 500 and this rejects
   * (defect 2).
   */
  async deleteRecord(soul) {
    const response = await axios.post(`${this.apiUrl}/put`, {
      soul,
      data: null, // "Setting to null deletes the record in GUN"
    }, {
      timeout: 10000,
      headers: { 'Content-Type': 'application/json' },
    });
    if (response.data && response.data.success) {
      return true;
    }
    throw new Error((response.data && response.data.error) || 'Failed to delete record');
  }

  /** Whether a test put to the relay succeeds within 3 s. */
  async checkConnection() {
    try {
      const response = await axios.post(`${this.apiUrl}/put`, {
        soul: `test:connection:${Date.now()}`,
        data: { test: true, timestamp: Date.now() },
      }, { timeout: 3000, headers: { 'Content-Type': 'application/json' } });
      return !!(response.data && response.data.success);
    } catch (error) {
      return false;
    }
  }
}

module.exports = { GunHelper, publisherHash, fallbackKey };
