//! The Elasticsearch a test talks to: a stand-in (`testbed/es-standin.js`)
//! spawned as a child process and killed on drop, or, when
//! `ELASTICSEARCH_URL` is set, that real cluster (credentials from
//! `ELASTICSEARCH_API_KEY` or `ELASTICSEARCH_USERNAME`/`ELASTICSEARCH_PASSWORD`).
//! Tests needing the stand-in's admin API or a mode skip on a real cluster.
//! Also real GUN relays and temporary state directories.

// Each test binary uses a part of this module.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use oip_gun_sync_core::config::{GunConfig, GunOverrides};
use oip_gun_sync_core::elastic::{Elastic, ElasticConfig, ElasticOverrides};
use oip_gun_sync_core::gun::helper::GunHelper;
use serde_json::{json, Value};

const START_TIMEOUT: Duration = Duration::from_secs(20);

pub fn real_cluster() -> bool {
    std::env::var("ELASTICSEARCH_URL").is_ok_and(|v| !v.trim().is_empty())
}

/// Prints why a test skips its stand-in-only part on a real cluster.
pub fn skip(what: &str) -> bool {
    if real_cluster() {
        eprintln!("skipped on a real cluster: {what}");
        return true;
    }
    false
}

#[derive(Default, Clone)]
pub struct StandinOptions {
    pub version: Option<&'static str>,
    /// `name:password`
    pub user: Option<&'static str>,
    /// `id:key`
    pub api_key: Option<&'static str>,
}

/// An Elasticsearch to run against, and the overrides that reach it.
pub struct Target {
    pub url: String,
    /// URL and credentials; tests add their own settings.
    pub overrides: ElasticOverrides,
    pub standin: Option<Standin>,
}

impl Target {
    /// A stand-in with `options`, or the real cluster (options ignored).
    pub fn start(options: StandinOptions) -> Target {
        if real_cluster() {
            let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
            let url = env("ELASTICSEARCH_URL").unwrap();
            let overrides = ElasticOverrides {
                url: Some(url.clone()),
                api_key: env("ELASTICSEARCH_API_KEY"),
                username: env("ELASTICSEARCH_USERNAME"),
                password: env("ELASTICSEARCH_PASSWORD")
                    .or_else(|| env("ELASTICSEARCH_USERNAME").map(|_| String::new())),
                ..Default::default()
            };
            return Target { url, overrides, standin: None };
        }
        let standin = Standin::spawn(&options);
        let url = standin.url.clone();
        Target {
            url: url.clone(),
            overrides: ElasticOverrides { url: Some(url), ..Default::default() },
            standin: Some(standin),
        }
    }

    /// A client with this target's URL and credentials, fast retries, and `tweak` applied.
    pub fn elastic(&self, tweak: impl FnOnce(&mut ElasticOverrides)) -> Elastic {
        let mut o = self.overrides.clone();
        o.retry_base_ms = Some(5);
        o.retry_max_ms = Some(20);
        tweak(&mut o);
        Elastic::new(&ElasticConfig::resolve(&o, &|_| None).unwrap()).unwrap()
    }

    /// Removes a test's indices from a real cluster (a stand-in forgets them on exit).
    pub async fn delete_indices(&self, indices: &[&str]) {
        if self.standin.is_some() {
            return;
        }
        let url = format!("{}/{}", self.url.trim_end_matches('/'), indices.join(","));
        let mut req = reqwest::Client::new().delete(url);
        if let Some(key) = &self.overrides.api_key {
            let encoded = match key.split_once(':') {
                Some(_) => base64::engine::general_purpose::STANDARD.encode(key),
                None => key.clone(),
            };
            req = req.header("Authorization", format!("ApiKey {encoded}"));
        } else if let Some(user) = &self.overrides.username {
            req = req.basic_auth(user, self.overrides.password.as_ref());
        }
        let status = req.send().await.map(|r| r.status());
        assert!(status.as_ref().is_ok_and(|s| s.is_success()), "deleting test indices {indices:?}: {status:?}");
    }

    pub fn standin(&self) -> &Standin {
        self.standin.as_ref().expect("a stand-in (the test should have skipped on a real cluster)")
    }
}

/// A test-bed server (`testbed/<script>`) started with `args`; its READY
/// line's ports. The child is killed if it prints no READY line in time.
fn spawn_ready(script: &str, args: &[&str]) -> (Child, BufReader<ChildStdout>, u64, u64) {
    // The test bed is the package's, two levels above this crate.
    let script = format!("{}/../../testbed/{script}", env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new("node")
        .arg(&script)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("node on PATH runs the test bed");
    let stdout = BufReader::new(child.stdout.take().unwrap());

    // Read the READY line on a thread, so a silent child cannot hang the test.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut stdout = stdout;
        let mut line = String::new();
        let read = stdout.read_line(&mut line);
        let _ = tx.send((read.map(|_| line), stdout));
    });
    let (line, stdout) = match rx.recv_timeout(START_TIMEOUT) {
        Ok((Ok(line), stdout)) => (line, stdout),
        other => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{script} did not print READY: {:?}", other.map(|(l, _)| l));
        }
    };
    let ready: Value = match line.trim().strip_prefix("READY ").map(serde_json::from_str) {
        Some(Ok(v)) => v,
        _ => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("unexpected first line from {script}: {line:?}");
        }
    };
    (child, stdout, ready["port"].as_u64().unwrap(), ready["adminPort"].as_u64().unwrap())
}

/// A real GUN relay (`testbed/gun-relay.js`, the `gun` package with radisk)
/// on loopback ports with no put delay; killed (and reaped) on drop.
pub struct Relay {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub url: String,
    pub admin_url: String,
}

impl Relay {
    /// `missing_wait_ms`: how long the relay waits for peers before answering 404.
    pub fn spawn(missing_wait_ms: u64) -> Relay {
        let wait = missing_wait_ms.to_string();
        let args = ["--port", "0", "--admin-port", "0", "--put-delay-ms", "0", "--missing-wait-ms", wait.as_str()];
        let (child, stdout, port, admin_port) = spawn_ready("gun-relay.js", &args);
        Relay {
            child,
            _stdout: stdout,
            url: format!("http://127.0.0.1:{port}"),
            admin_url: format!("http://127.0.0.1:{admin_port}"),
        }
    }

    /// The relay's request counters (`{"GET /get": n, ..., "total": n}`).
    pub async fn counters(&self) -> HashMap<String, u64> {
        let v: Value = reqwest::Client::builder()
            .no_proxy()
            .build()
            .unwrap()
            .get(format!("{}/counters", self.admin_url))
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .unwrap_or_else(|e| panic!("relay counters: {e}"))
            .json()
            .await
            .unwrap();
        v.as_object().unwrap().iter().map(|(k, n)| (k.clone(), n.as_u64().unwrap_or(0))).collect()
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Relay {
    /// A helper on this relay that remembers no 404.
    pub fn helper(&self) -> GunHelper {
        let overrides =
            GunOverrides { relay_url: Some(self.url.clone()), negative_cache_ttl_ms: Some(0), ..Default::default() };
        GunHelper::new(&GunConfig::resolve(&overrides, &|_| None).unwrap())
    }
}

/// A `post` record as OIP publishes it, by `public_key`.
pub fn record(name: &str, public_key: &str) -> Value {
    json!({
        "data": { "basic": { "name": name } },
        "oip": { "ver": "0.8.0", "recordType": "post", "creator": { "publicKey": public_key, "didAddress": format!("did:arweave:{public_key}") } },
    })
}

/// A fresh directory under the system's temp dir, removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(prefix: &str) -> TempDir {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
        let dir = std::env::temp_dir().join(format!("{prefix}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A stand-in process; killed (and reaped) on drop.
pub struct Standin {
    child: Child,
    // Kept open so the child never writes to a closed pipe.
    _stdout: BufReader<ChildStdout>,
    pub url: String,
    pub admin_url: String,
    admin: reqwest::Client,
}

impl Standin {
    pub fn spawn(options: &StandinOptions) -> Standin {
        let mut args = vec!["--port", "0", "--admin-port", "0"];
        for (flag, value) in [("--version", options.version), ("--user", options.user), ("--api-key", options.api_key)]
        {
            if let Some(v) = value {
                args.extend([flag, v]);
            }
        }
        let (child, stdout, port, admin_port) = spawn_ready("es-standin.js", &args);
        Standin {
            child,
            _stdout: stdout,
            url: format!("http://127.0.0.1:{port}"),
            admin_url: format!("http://127.0.0.1:{admin_port}"),
            admin: reqwest::Client::builder().no_proxy().build().unwrap(),
        }
    }

    async fn admin(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> Value {
        let mut req = self.admin.request(method.clone(), format!("{}{path}", self.admin_url));
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req.send().await.unwrap_or_else(|e| panic!("admin {method} {path}: {e}"));
        let status = resp.status();
        let value: Value = resp.json().await.unwrap();
        assert!(status.is_success(), "admin {method} {path}: {status} {value}");
        value
    }

    /// `{"POST /_mget": n, ..., "total": n}`
    pub async fn counters(&self) -> HashMap<String, u64> {
        let v = self.admin(reqwest::Method::GET, "/counters", None).await;
        v.as_object().unwrap().iter().map(|(k, n)| (k.clone(), n.as_u64().unwrap())).collect()
    }

    pub async fn count(&self, key: &str) -> u64 {
        self.counters().await.get(key).copied().unwrap_or(0)
    }

    pub async fn reset_counters(&self) {
        self.admin(reqwest::Method::POST, "/counters/reset", None).await;
    }

    /// A rule of `testbed/faults.js`.
    pub async fn add_fault(&self, rule: Value) {
        self.admin(reqwest::Method::POST, "/faults", Some(&rule)).await;
    }

    pub async fn clear_faults(&self) {
        self.admin(reqwest::Method::DELETE, "/faults", None).await;
    }
}

impl Drop for Standin {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An index name no other test or run uses.
pub fn unique_index(base: &str) -> String {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("{base}-{:x}-{}-{n}", nanos % (1 << 40), std::process::id())
}
