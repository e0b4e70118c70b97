//! Every setting of the GUN helper, the deletion registry and the sync
//! service, resolved in one place: the option the app passed, else its
//! environment variable, else the default. A bad value is `INVALID_CONFIG`
//! naming the variable or option, found before any state is opened. The
//! binding only turns JavaScript objects into these structs.

use std::sync::Arc;
use std::time::Duration;

use crate::config::{
    self, check_url, env_u64, external_peers, process_env, rewrite_peer_url, BadEnv, EnvSource, Environment, GunConfig,
    GunOverrides,
};
use crate::deletion::{DeletionConfig, Deletions};
use crate::elastic::{Elastic, ElasticConfig, ElasticOverrides, DEFAULT_INDEX};
use crate::error::{Error, Result};
use crate::gun::helper::GunHelper;
use crate::gun::relay::{Relay, FLAT_PUT_CONCURRENCY};
use crate::ledger::{self, ItemBackoff, Ledger};
use crate::registry::DEFAULT_REGISTRY_ROOT;
use crate::sync::engine::{DEFAULT_BATCH_SIZE, DEFAULT_FETCH_CONCURRENCY};
use crate::sync::repair::RepairSettings;
use crate::sync::{progress, DiscoveryConfig, SyncConfig, SyncEngine};

const DEFAULT_SYNC_INTERVAL_MS: u64 = 900_000;
const DEFAULT_CACHE_MAX_AGE_MS: u64 = 3_600_000;
const DEFAULT_PUT_TIMEOUT_MS: u64 = 30_000;

/// Runs `resolve` against the process's environment. With `tolerate_bad_env`
/// (the drop-in modules), a value the original helpers tolerated reads as
/// unset and `warn` is told, first, of each such variable; otherwise it is refused.
pub fn from_process_env<T>(
    tolerate_bad_env: bool,
    warn: impl FnMut(String),
    resolve: impl FnOnce(EnvSource) -> T,
) -> T {
    let policy = if tolerate_bad_env { BadEnv::FallBack } else { BadEnv::Refuse };
    let view = Environment::read(policy, &process_env);
    view.warnings.iter().cloned().for_each(warn);
    resolve(&|name: &str| view.get(&process_env, name))
}

/// `resolve` against the process's environment, refusing any bad value.
pub fn from_process_env_strictly<T>(resolve: impl FnOnce(EnvSource) -> T) -> T {
    from_process_env(false, |_| {}, resolve)
}

/// A GUN helper's options (`new GunHelper(options)`).
#[derive(Debug, Clone, Default)]
pub struct GunOptions {
    /// Default: the first entry of `GUN_PEERS`, else `http://gun-relay:8765`.
    pub api_url: Option<String>,
    pub timeout_ms: Option<u32>,
    pub max_body_bytes: Option<u32>,
    pub negative_cache_ttl_ms: Option<u32>,
    /// The original helper's timeouts (30 s per record put, 20 s per read,
    /// `GUN_REGISTRY_TIMEOUT_MS` per simple put) unless `timeout_ms` is given.
    pub original_timeouts: bool,
}

impl GunOptions {
    pub fn config(&self, env: EnvSource) -> Result<GunConfig> {
        let overrides = GunOverrides {
            relay_url: self.api_url.clone(),
            timeout_ms: self.timeout_ms.map(u64::from),
            max_body_bytes: self.max_body_bytes.map(u64::from),
            negative_cache_ttl_ms: self.negative_cache_ttl_ms.map(u64::from),
        };
        let config = GunConfig::resolve(&overrides, env)?;
        if self.original_timeouts && self.timeout_ms.is_none() {
            config.with_original_timeouts(env)
        } else {
            Ok(config)
        }
    }

    pub fn helper(&self, env: EnvSource) -> Result<GunHelper> {
        Ok(GunHelper::new(&self.config(env)?))
    }
}

/// An Elasticsearch handle: each field of `o` over its environment variable.
pub fn elastic(o: &ElasticOverrides, env: EnvSource) -> Result<Elastic> {
    Elastic::new(&ElasticConfig::resolve(o, env)?)
}

/// Options of the deletion registry and of `processLocalDeletion`.
#[derive(Debug, Clone, Default)]
pub struct DeletionOptions {
    /// Default `OIP_GUN_SYNC_STATE_DIR`, else `.oip-gun-sync`.
    pub state_dir: Option<String>,
    pub elasticsearch: Option<ElasticOverrides>,
    /// Default `['records']`.
    pub indices: Option<Vec<String>>,
    pub record_types: Option<Vec<String>>,
    /// Default `GUN_REGISTRY_ROOT`, else `oip:registry`.
    pub registry_root: Option<String>,
    /// Default `GUN_NODE_ID_OVERRIDE`, else generated once and kept in the state directory.
    pub node_id: Option<String>,
    pub retry_base_ms: Option<u32>,
    pub retry_max_ms: Option<u32>,
    /// Default `OIP_GUN_SYNC_REVERIFY_INTERVAL_MS`, else 24 h.
    pub reverify_interval_ms: Option<u32>,
    /// The relay of the module-level functions (a registry uses its helper's).
    pub gun: Option<GunOptions>,
    /// When another live process owns the state directory (the app, beside
    /// which a script runs), share it instead of failing with `STATE_LOCKED`
    /// ([`Ledger::open_or_share`]). Default false.
    pub shared_state: Option<bool>,
}

impl DeletionOptions {
    /// The retry backoff of failed deletions and failed records.
    fn backoff(&self) -> Result<ItemBackoff> {
        let defaults = ItemBackoff::default();
        let backoff = ItemBackoff {
            base: self.retry_base_ms.map_or(defaults.base, |ms| Duration::from_millis(ms.into())),
            max: self.retry_max_ms.map_or(defaults.max, |ms| Duration::from_millis(ms.into())),
        };
        if backoff.base.is_zero() || backoff.max < backoff.base {
            return Err(Error::InvalidConfig {
                name: "retryBaseMs/retryMaxMs".into(),
                reason: "need 0 < retryBaseMs <= retryMaxMs".into(),
            });
        }
        Ok(backoff)
    }

    fn config(&self, env: EnvSource) -> Result<DeletionConfig> {
        let defaults = DeletionConfig::default();
        DeletionConfig {
            indices: self.indices.clone().filter(|i| !i.is_empty()).unwrap_or(defaults.indices),
            record_types: self.record_types.clone().unwrap_or_default(),
            registry_root: registry_root(self.registry_root.clone(), env),
            backoff: self.backoff()?,
            reverify_interval: match self.reverify_interval_ms {
                Some(ms) => Duration::from_millis(ms.into()),
                None => env_u64(env, "OIP_GUN_SYNC_REVERIFY_INTERVAL_MS")?
                    .map_or(defaults.reverify_interval, Duration::from_millis),
            },
            ..defaults
        }
        .with_cycle_caps(env)
    }

    /// The ledger in the state directory these options name (shared when
    /// `shared_state` and another process owns it).
    pub fn open_ledger(&self, env: EnvSource) -> Result<Arc<Ledger>> {
        let dir = ledger::state_dir(self.state_dir.as_deref(), env);
        let node_id = self.node_id.clone().or_else(|| env("GUN_NODE_ID_OVERRIDE"));
        if self.shared_state.unwrap_or(false) {
            Ledger::open_or_share(&dir, node_id.as_deref())
        } else {
            Ledger::open(&dir, node_id.as_deref())
        }
    }

    /// The deletion side over `gun`, with an Elasticsearch handle of its own.
    pub fn open(&self, gun: GunHelper, env: EnvSource) -> Result<Deletions> {
        let cfg = self.config(env)?;
        let elastic = elastic(&self.elasticsearch.clone().unwrap_or_default(), env)?;
        Ok(Deletions::new(gun, elastic, self.open_ledger(env)?, cfg))
    }

    /// The deletion side over the relay of `self.gun`.
    pub fn open_with_own_relay(&self, env: EnvSource) -> Result<Deletions> {
        self.open(self.gun.clone().unwrap_or_default().helper(env)?, env)
    }
}

/// Discovery as the environment configures it, as the original read it:
/// the local relay's indexes unless `GUN_SYNC_PRIVATE_RECORDS` is `false`,
/// and only `GUN_SYNC_TRUSTED_NODES`' entries when that is set.
pub fn discovery(env: EnvSource) -> DiscoveryConfig {
    DiscoveryConfig {
        local_relay: env("GUN_SYNC_PRIVATE_RECORDS").as_deref() != Some("false"),
        trusted_nodes: Some(config::env_list(env, "GUN_SYNC_TRUSTED_NODES")).filter(|t| !t.is_empty()),
    }
}

pub fn registry_root(option: Option<String>, env: EnvSource) -> String {
    option.or_else(|| env("GUN_REGISTRY_ROOT")).unwrap_or_else(|| DEFAULT_REGISTRY_ROOT.into())
}

/// Options of the sync service and `runSyncCycle`.
#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// Default `GUN_EXTERNAL_PEERS`, else `GUN_PEERS`.
    pub peers: Option<Vec<String>>,
    /// The local relay.
    pub gun: Option<GunOptions>,
    /// Shared with the deletion side unless `deletion.elasticsearch` is given.
    pub elasticsearch: Option<ElasticOverrides>,
    /// Default `OIP_RECORD_TYPES`, else `app_record_types`, filtered by `RECORD_TYPE_INDEX_MODE`.
    pub record_types: Option<Vec<String>>,
    pub app_record_types: Option<Vec<String>>,
    /// Default: `GUN_SYNC_PRIVATE_RECORDS` is not `false`.
    pub local_discovery: Option<bool>,
    /// Default `GUN_SYNC_INTERVAL`, else 900000.
    pub sync_interval_ms: Option<u32>,
    /// Default `GUN_CACHE_MAX_AGE`, else 3600000.
    pub cache_max_age_ms: Option<u32>,
    /// Default `GUN_REGISTRY_TIMEOUT_MS`, else 30000.
    pub put_timeout_ms: Option<u32>,
    pub fetch_concurrency: Option<u32>,
    /// Flat puts in flight to the local relay (default 32).
    pub put_concurrency: Option<u32>,
    /// Default `records`.
    pub index: Option<String>,
    /// Default `GUN_REPAIR_PERCENT`, else 1.
    pub repair_percent: Option<u32>,
    /// Default `GUN_REPAIR_MAX_CHECKS`, else 32.
    pub repair_max_checks: Option<u32>,
    /// Default `GUN_SYNC_PROGRESS_MIN_RECORDS`, else 200.
    pub progress_min_records: Option<u32>,
    pub deletion: Option<DeletionOptions>,
}

/// A sync engine with its schedule's two durations.
pub struct SyncSettings {
    pub engine: Arc<SyncEngine>,
    pub interval: Duration,
    pub cache_max_age: Duration,
}

/// What a service that could not open its state directory still reports.
#[derive(Debug, Clone)]
pub struct Fallback {
    pub interval: Duration,
    pub cache_max_age: Duration,
    pub registry_root: String,
}

fn ms(option: Option<u32>, name: &str, default: u64, env: EnvSource) -> Result<Duration> {
    let v = match option {
        Some(v) => u64::from(v),
        None => env_u64(env, name)?.unwrap_or(default),
    };
    if v == 0 {
        return Err(Error::InvalidConfig { name: name.into(), reason: "must be a positive number of ms".into() });
    }
    Ok(Duration::from_millis(v))
}

impl SyncOptions {
    fn interval(&self, env: EnvSource) -> Result<Duration> {
        ms(self.sync_interval_ms, "GUN_SYNC_INTERVAL", DEFAULT_SYNC_INTERVAL_MS, env)
    }

    fn cache_max_age(&self, env: EnvSource) -> Result<Duration> {
        ms(self.cache_max_age_ms, "GUN_CACHE_MAX_AGE", DEFAULT_CACHE_MAX_AGE_MS, env)
    }

    /// The engine and its schedule: one local relay helper, one
    /// Elasticsearch handle and one ledger, shared by the sync and its
    /// deletion side. Every value is checked before the ledger is opened, so
    /// a bad one creates no state directory.
    pub fn resolve(self, env: EnvSource) -> Result<SyncSettings> {
        let gun_options = self.gun.clone().unwrap_or_default();
        let gun_config = gun_options.config(env)?;
        // The width of every flat put to the local relay: a record's nodes,
        // registry node entries, deletions' nulls. It was the width of the
        // nested record puts before records were written flat, so an older
        // value (2) still means the record puts' width.
        let put_concurrency = self.put_concurrency.map_or(FLAT_PUT_CONCURRENCY, |n| n.max(1) as usize);
        let local = GunHelper::with_relay(Relay::at(&gun_config.relay_url, &gun_config, put_concurrency), &gun_config);
        let peer_urls = match &self.peers {
            Some(p) => p.iter().map(|u| check_url("peers", &rewrite_peer_url(u))).collect::<Result<Vec<_>>>()?,
            None => external_peers(env)?,
        };
        let peers: Vec<GunHelper> = peer_urls
            .iter()
            .filter(|u| **u != gun_config.relay_url)
            .map(|u| GunHelper::with_relay(Relay::at(u, &gun_config, put_concurrency), &gun_config))
            .collect();
        let interval = self.interval(env)?;
        let cache_max_age = self.cache_max_age(env)?;
        let put_timeout = ms(self.put_timeout_ms, "GUN_REGISTRY_TIMEOUT_MS", DEFAULT_PUT_TIMEOUT_MS, env)?;
        let repair = RepairSettings::resolve(self.repair_percent, self.repair_max_checks, env)?;
        let progress_min_records = progress::min_records(self.progress_min_records, env)?;
        let types = config::record_types(self.record_types, self.app_record_types, env)?;
        let mut deletion = self.deletion.unwrap_or_default();
        deletion.elasticsearch = deletion.elasticsearch.or(self.elasticsearch);
        deletion.record_types = deletion.record_types.or_else(|| Some(types.clone()));
        let deletion_cfg = deletion.config(env)?;
        let elastic = elastic(&deletion.elasticsearch.clone().unwrap_or_default(), env)?;
        let cfg = SyncConfig {
            peers: peer_urls,
            record_types: types,
            registry_root: deletion_cfg.registry_root.clone(),
            index: self.index.unwrap_or_else(|| DEFAULT_INDEX.into()),
            fetch_concurrency: self.fetch_concurrency.map_or(DEFAULT_FETCH_CONCURRENCY, |n| n.max(1) as usize),
            batch_size: DEFAULT_BATCH_SIZE,
            put_timeout,
            cache_max_age,
            backoff: deletion_cfg.backoff,
            repair,
            progress_min_records,
            discovery: {
                let configured = discovery(env);
                DiscoveryConfig { local_relay: self.local_discovery.unwrap_or(configured.local_relay), ..configured }
            },
        };
        let deletions = Deletions::new(local.clone(), elastic.clone(), deletion.open_ledger(env)?, deletion_cfg);
        Ok(SyncSettings {
            engine: Arc::new(SyncEngine::new(cfg, local, peers, elastic, deletions)),
            interval,
            cache_max_age,
        })
    }

    /// What a service reports when its state cannot be opened: each value
    /// as configured where it is valid, else its default.
    pub fn fallback(&self, env: EnvSource) -> Fallback {
        Fallback {
            interval: self.interval(env).unwrap_or(Duration::from_millis(DEFAULT_SYNC_INTERVAL_MS)),
            cache_max_age: self.cache_max_age(env).unwrap_or(Duration::from_millis(DEFAULT_CACHE_MAX_AGE_MS)),
            registry_root: registry_root(self.deletion.as_ref().and_then(|d| d.registry_root.clone()), env),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::env_of;

    #[test]
    fn a_bad_value_names_its_variable_before_any_state_is_opened() {
        let dir = std::env::temp_dir().join(format!("oip-settings-test-{}", std::process::id()));
        let state_dir = dir.to_string_lossy().into_owned();
        for (vars, name) in [
            (&[("GUN_SYNC_INTERVAL", "abc")][..], "GUN_SYNC_INTERVAL"),
            (&[("GUN_CACHE_MAX_AGE", "0")][..], "GUN_CACHE_MAX_AGE"),
            (&[("GUN_REGISTRY_TIMEOUT_MS", "-5")][..], "GUN_REGISTRY_TIMEOUT_MS"),
            (&[("RECORD_TYPE_INDEX_MODE", "Whitelist")][..], "RECORD_TYPE_INDEX_MODE"),
            (&[("GUN_EXTERNAL_PEERS", "ftp://x")][..], "GUN_EXTERNAL_PEERS"),
            (&[("OIP_GUN_SYNC_APPLY_PER_CYCLE", "0")][..], "OIP_GUN_SYNC_APPLY_PER_CYCLE"),
        ] {
            let options = SyncOptions {
                deletion: Some(DeletionOptions { state_dir: Some(state_dir.clone()), ..Default::default() }),
                ..Default::default()
            };
            let e = options.resolve(&env_of(vars)).err().expect("refused");
            assert_eq!(e.code(), "INVALID_CONFIG", "{name}: {e}");
            assert!(e.to_string().contains(name), "{name}: {e}");
            assert!(!dir.exists(), "{name}: no state directory was created");
        }
    }

    #[test]
    fn options_override_the_environment_and_the_fallback_keeps_valid_values() {
        let env =
            env_of(&[("GUN_SYNC_INTERVAL", "5000"), ("GUN_CACHE_MAX_AGE", "nope"), ("GUN_REGISTRY_ROOT", "env:root")]);
        let options = SyncOptions { cache_max_age_ms: Some(7000), ..Default::default() };
        assert_eq!(options.interval(&env).unwrap(), Duration::from_millis(5000));
        assert_eq!(options.cache_max_age(&env).unwrap(), Duration::from_millis(7000));
        let f = SyncOptions::default().fallback(&env);
        assert_eq!(f.interval, Duration::from_millis(5000));
        assert_eq!(f.cache_max_age, Duration::from_millis(DEFAULT_CACHE_MAX_AGE_MS), "an invalid value falls back");
        assert_eq!(f.registry_root, "env:root");
    }

    #[test]
    fn the_original_timeouts_apply_only_without_an_explicit_timeout() {
        let env = env_of(&[("GUN_REGISTRY_TIMEOUT_MS", "1234")]);
        let original = GunOptions { original_timeouts: true, ..Default::default() }.config(&env).unwrap();
        assert!(original.original_timeouts.is_some());
        let explicit =
            GunOptions { original_timeouts: true, timeout_ms: Some(500), ..Default::default() }.config(&env).unwrap();
        assert!(explicit.original_timeouts.is_none());
        assert_eq!(explicit.request_timeout, Duration::from_millis(500));
    }
}
