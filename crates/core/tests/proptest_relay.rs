//! Property tests of the relay client's response handling
//! (`gun::relay::Relay`): arbitrary status lines, headers and bodies served
//! by a tiny in-test TCP server never panic, never hang past the timeout,
//! and give either the relay's data or an error with one of the documented
//! codes; a soul of any characters reaches the relay exactly (URL-encoded).
//! `PROPTEST_CASES` sets the number of cases (default 64: each is a round trip).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::Duration;

use oip_gun_sync_core::config::GunConfig;
use oip_gun_sync_core::gun::relay::Relay;
use proptest::prelude::*;
use serde_json::{json, Value};

const MAX_BODY: usize = 64 * 1024;

/// What the server answers next, and the request lines it saw.
#[derive(Default)]
struct Script {
    response: Vec<u8>,
    seen: Vec<String>,
}

struct Server {
    url: String,
    script: Arc<Mutex<Script>>,
}

fn read_request(stream: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        buf.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let len = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0))
        })
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    stream.read_exact(&mut body).ok()?;
    Some(head.lines().next().unwrap_or("").to_string())
}

fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let script = Arc::new(Mutex::new(Script::default()));
        let s2 = script.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let s3 = s2.clone();
                thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    if let Some(line) = read_request(&mut stream) {
                        let response = {
                            let mut s = s3.lock().unwrap();
                            s.seen.push(line);
                            s.response.clone()
                        };
                        let _ = stream.write_all(&response);
                        let _ = stream.flush();
                    }
                });
            }
        });
        Server { url, script }
    })
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap())
}

/// The tests share one server: one exchange at a time.
fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

fn relay() -> Relay {
    let cfg = GunConfig {
        relay_url: server().url.clone(),
        request_timeout: Duration::from_secs(3),
        max_body_bytes: MAX_BODY,
        negative_cache_ttl: Duration::ZERO,
        original_timeouts: None,
    };
    Relay::new(&cfg)
}

fn respond(raw: Vec<u8>) {
    let mut s = server().script.lock().unwrap();
    s.response = raw;
    s.seen.clear();
}

fn http_response(status: u16, headers: &[(String, String)], body: &[u8], content_length: bool) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\nConnection: close\r\n").into_bytes();
    for (k, v) in headers {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    if content_length {
        out.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

const CODES: &[&str] = &["GUN_UNREACHABLE", "GUN_TIMEOUT", "GUN_BAD_RESPONSE", "GUN_TOO_LARGE"];

fn code_ok(code: &str) -> bool {
    CODES.contains(&code) || code.starts_with("GUN_HTTP_")
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Bodies: arbitrary bytes, JSON of the relay's shape with arbitrary
/// values, deep nesting, invalid UTF-8 and sizes around the cap.
fn bodies() -> impl Strategy<Value = Vec<u8>> {
    let json_leaf = prop_oneof![
        Just(json!(null)),
        any::<i64>().prop_map(|n| json!(n)),
        any::<String>().prop_map(Value::String),
        any::<bool>().prop_map(Value::Bool)
    ];
    let json_value = json_leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_#>]{1,6}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        json_value.clone().prop_map(|v| serde_json::to_vec(&json!({"success": true, "data": v})).unwrap()),
        json_value.prop_map(|v| serde_json::to_vec(&v).unwrap()),
        (1usize..200_000)
            .prop_map(|d| format!("{{\"success\":true,\"data\":{}{}}}", "[".repeat(d), "]".repeat(d)).into_bytes()),
        (MAX_BODY - 40..MAX_BODY + 40).prop_map(|n| {
            let mut b = b"{\"success\":true,\"data\":{\"x\":\"".to_vec();
            b.resize(n.saturating_sub(4).max(b.len()), b'a');
            b.extend_from_slice(b"\"}}");
            b
        }),
        prop::collection::vec(any::<u8>(), 0..64).prop_map(|mut junk| {
            let mut b = b"{\"success\":true,\"data\":{\"k\":\"".to_vec();
            b.append(&mut junk);
            b.extend_from_slice(b"\"}}");
            b
        }),
    ]
}

fn statuses() -> impl Strategy<Value = u16> {
    prop_oneof![Just(200u16), Just(404), Just(500), Just(400), 100u16..600]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(64)))]

    #[test]
    fn get_answers_data_or_a_documented_error(status in statuses(), body in bodies(), cl in any::<bool>(),
                                              extra in prop::collection::vec(("X-[A-Za-z]{1,8}", "[ -~]{0,20}"), 0..3)) {
        let _one = exclusive();
        respond(http_response(status, &extra, &body, cl));
        let result = runtime().block_on(async { tokio::time::timeout(Duration::from_secs(10), relay().get("abc:1")).await });
        let result = result.expect("a relay read never hangs past its timeout");
        match result {
            Ok(Some(node)) => {
                prop_assert_eq!(status, 200);
                let parsed: Value = serde_json::from_slice(&body).expect("only a JSON answer gives data");
                prop_assert_eq!(&parsed["data"], &Value::Object(node));
            }
            Ok(None) => prop_assert_eq!(status, 404),
            Err(e) => {
                prop_assert!(code_ok(&e.code()), "{} {}", e.code(), e);
                prop_assert!(e.to_string().len() < 2000, "message of {} bytes", e.to_string().len());
                if body.len() > MAX_BODY && status != 404 {
                    prop_assert!(e.code() == "GUN_TOO_LARGE" || e.code().starts_with("GUN_HTTP_") || e.code() == "GUN_BAD_RESPONSE" || e.code() == "GUN_UNREACHABLE", "{}", e.code());
                }
            }
        }
    }

    #[test]
    fn put_succeeds_only_on_success_true(status in statuses(), body in bodies(), cl in any::<bool>()) {
        let _one = exclusive();
        respond(http_response(status, &[], &body, cl));
        let result = runtime().block_on(async { tokio::time::timeout(Duration::from_secs(10), relay().put("abc:1", &json!({"a": 1}))).await });
        match result.expect("a put never hangs past its timeout") {
            Ok(()) => {
                prop_assert_eq!(status, 200);
                let parsed: Value = serde_json::from_slice(&body).unwrap();
                prop_assert_eq!(&parsed["success"], &json!(true));
            }
            Err(e) => prop_assert!(code_ok(&e.code()), "{} {}", e.code(), e),
        }
    }

    #[test]
    fn any_soul_reaches_the_relay_exactly(soul in "[ -~\\u{a0}-\\u{2ff}]{1,60}") {
        let _one = exclusive();
        respond(http_response(404, &[], b"{\"error\":\"Not found\"}", true));
        let got = runtime().block_on(relay().get(&soul));
        prop_assert!(matches!(got, Ok(None)), "{:?}", got.err().map(|e| e.to_string()));
        let line = server().script.lock().unwrap().seen.last().cloned().unwrap_or_default();
        let target = line.split(' ').nth(1).unwrap_or("");
        let query = target.strip_prefix("/get?soul=").expect("one soul parameter");
        prop_assert!(!query.contains('&') && !query.contains('#') && !query.contains(' '), "{}", query);
        let decoded = percent_encoding::percent_decode_str(query).decode_utf8().unwrap();
        prop_assert_eq!(decoded.as_ref(), soul.as_str());
    }
}

/// Regressions: answers that broke or could break a parser.
#[test]
fn regressions() {
    let _one = exclusive();
    let cases: Vec<(u16, Vec<u8>, bool, &str)> = vec![
        (200, b"{\"success\":true,\"data\":[]}".to_vec(), true, "GUN_BAD_RESPONSE"),
        (200, b"{\"success\":true,\"data\":\"x\"}".to_vec(), true, "GUN_BAD_RESPONSE"),
        (200, b"{\"success\":true}".to_vec(), true, "GUN_BAD_RESPONSE"),
        (
            200,
            format!("{{\"data\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
            true,
            "GUN_TOO_LARGE",
        ),
        (
            200,
            format!("{{\"data\":{}1{}}}", "{\"a\":".repeat(5_000), "}".repeat(5_000)).into_bytes(),
            true,
            "GUN_BAD_RESPONSE",
        ),
        (200, vec![0xff, 0xfe, 0x7b], true, "GUN_BAD_RESPONSE"),
        (200, b"".to_vec(), true, "GUN_BAD_RESPONSE"),
        (200, vec![b'a'; MAX_BODY + 1], false, "GUN_TOO_LARGE"),
    ];
    for (status, body, cl, code) in cases {
        respond(http_response(status, &[], &body, cl));
        let e = runtime().block_on(relay().get("abc:1")).expect_err("refused");
        assert_eq!(e.code(), code, "{e}");
    }
}
