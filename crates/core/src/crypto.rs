//! AES-256-GCM record envelopes, byte-compatible with the original helper
//! (Node's `createCipheriv('aes-256-gcm')`: 12-byte IV, separate 16-byte tag,
//! each base64), and its PBKDF2 per-user fallback key.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::pbkdf2;
use ring::rand::{SecureRandom, SystemRandom};

use crate::error::{Error, Result};

pub const FALLBACK_SALT: &[u8] = b"oip-gun-fallback";
pub const FALLBACK_ITERATIONS: u32 = 100_000;
/// Derivations cost ~50 ms each; a few hundred publishers' keys fit in a few KiB.
const KEY_CACHE_LIMIT: usize = 256;

pub type Key = [u8; 32];

/// The `{encrypted, iv, tag}` object stored in a record's `data` field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Envelope {
    pub encrypted: String,
    pub iv: String,
    pub tag: String,
}

static KEY_CACHE: Mutex<Option<HashMap<String, Key>>> = Mutex::new(None);

/// PBKDF2-HMAC-SHA256 with the original's 100000 iterations, 32 bytes.
pub fn derive_key(password: &[u8], salt: &[u8]) -> Key {
    let mut key = [0u8; 32];
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        NonZeroU32::new(FALLBACK_ITERATIONS).expect("non-zero"),
        salt,
        password,
        &mut key,
    );
    key
}

/// PBKDF2-HMAC-SHA256(password = public key, salt = "oip-gun-fallback", 100000, 32 bytes),
/// cached (bounded) because the app decrypts many records of one user.
pub fn fallback_key(user_public_key: &str) -> Key {
    if let Some(key) =
        KEY_CACHE.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert_with(HashMap::new).get(user_public_key)
    {
        return *key;
    }
    let key = derive_key(user_public_key.as_bytes(), FALLBACK_SALT);
    let mut cache = KEY_CACHE.lock().unwrap_or_else(|p| p.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if cache.len() >= KEY_CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(user_public_key.to_string(), key);
    key
}

/// A uniform number in [0, 1) for jitter and soul uniqueness; not for secrets.
pub fn unit_random() -> f64 {
    let mut b = [0u8; 8];
    let _ = SystemRandom::new().fill(&mut b);
    (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
}

pub fn encrypt(key: &Key, plaintext: &[u8]) -> Result<Envelope> {
    let mut iv = [0u8; NONCE_LEN];
    SystemRandom::new().fill(&mut iv).map_err(|_| Error::Encrypt("no randomness available".into()))?;
    encrypt_with_iv(key, &iv, plaintext)
}

fn encrypt_with_iv(key: &Key, iv: &[u8; NONCE_LEN], plaintext: &[u8]) -> Result<Envelope> {
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).map_err(|_| Error::Encrypt("bad key".into()))?);
    let mut buf = plaintext.to_vec();
    let tag = key
        .seal_in_place_separate_tag(Nonce::assume_unique_for_key(*iv), Aad::empty(), &mut buf)
        .map_err(|_| Error::Encrypt("AES-GCM seal failed".into()))?;
    Ok(Envelope { encrypted: B64.encode(&buf), iv: B64.encode(iv), tag: B64.encode(tag.as_ref()) })
}

/// Opens an envelope; `soul` only labels the error.
pub fn decrypt(key: &Key, envelope: &Envelope, soul: &str) -> Result<Vec<u8>> {
    let fail = |reason: &str| Error::Decrypt { soul: soul.to_string(), reason: reason.to_string() };
    let iv: [u8; NONCE_LEN] = B64
        .decode(&envelope.iv)
        .ok()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| fail("iv is not 12 base64 bytes"))?;
    let mut buf = B64.decode(&envelope.encrypted).map_err(|_| fail("ciphertext is not base64"))?;
    let tag = B64.decode(&envelope.tag).map_err(|_| fail("tag is not base64"))?;
    if tag.len() != 16 {
        return Err(fail("tag is not 16 bytes"));
    }
    buf.extend_from_slice(&tag);
    let key = LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).map_err(|_| fail("bad key"))?);
    let plain = key
        .open_in_place(Nonce::assume_unique_for_key(iv), Aad::empty(), &mut buf)
        .map_err(|_| fail("authentication failed (wrong key or altered data)"))?;
    Ok(plain.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper() {
        let key = [7u8; 32];
        let env = encrypt(&key, b"\"{\\\"a\\\":1}\"").unwrap();
        assert_eq!(decrypt(&key, &env, "s").unwrap(), b"\"{\\\"a\\\":1}\"");
        let mut bad = env.clone();
        bad.tag = B64.encode([0u8; 16]);
        assert_eq!(decrypt(&key, &bad, "s").unwrap_err().code(), "DECRYPT_FAILED");
        assert!(decrypt(&[8u8; 32], &env, "s").is_err());
    }

    #[test]
    fn matches_nodes_aes_gcm_vector() {
        // node -e "const c=require('crypto').createCipheriv('aes-256-gcm',Buffer.alloc(32,1),Buffer.alloc(12,2));
        //   console.log(Buffer.concat([c.update('hello'),c.final()]).toString('base64'), c.getAuthTag().toString('base64'))"
        let env = encrypt_with_iv(&[1u8; 32], &[2u8; 12], b"hello").unwrap();
        assert_eq!(env.encrypted, NODE_CIPHERTEXT);
        assert_eq!(env.tag, NODE_TAG);
    }

    #[test]
    fn fallback_key_matches_node_pbkdf2() {
        // node -e "console.log(require('crypto').pbkdf2Sync('pubkey','oip-gun-fallback',100000,32,'sha256').toString('hex'))"
        assert_eq!(crate::soul::hex(&fallback_key("pubkey")), NODE_PBKDF2_HEX);
    }

    const NODE_CIPHERTEXT: &str = "b7OlJSU=";
    const NODE_TAG: &str = "AmMLWe3wPncMnAOGi/c67Q==";
    const NODE_PBKDF2_HEX: &str = "14ad566879a695c610fc42a02aa8766b82cff4e9b15b362549aa91b87049472f";
}
