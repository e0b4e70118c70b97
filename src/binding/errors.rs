//! Core errors and panics to JS errors, and the one way async exports run.

use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;
use napi::bindgen_prelude::{
    AsyncBlock, AsyncBlockBuilder, Either, Function, JsObjectValue, JsValue, Null, Object, PromiseRaw, ToNapiValue,
};
use napi::{Env, Status};

use crate::error::Error;

/// A JS `Error` whose `message` names the thing, with `code` and `errorClass` properties.
pub(crate) fn js_error(env: &Env, e: &Error) -> napi::Error {
    let build = || -> napi::Result<napi::Error> {
        let mut obj = env.create_error(napi::Error::new(Status::GenericFailure, e.to_string()))?;
        obj.set_named_property("code", e.code())?;
        obj.set_named_property("errorClass", e.class().as_str())?;
        Ok(napi::Error::from(obj.to_unknown()))
    };
    build().unwrap_or_else(|_| napi::Error::new(Status::GenericFailure, format!("{}: {e}", e.code())))
}

pub(crate) fn panic_message(payload: Box<dyn std::any::Any + Send>) -> Error {
    let msg = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic with a non-string payload".to_string());
    Error::Panic(msg)
}

/// Runs a core future on napi's tokio runtime and returns its promise. A
/// panic inside the future rejects the promise instead of killing Node.
///
/// Exports return this rather than being `async fn`: napi builds an async
/// fn's rejection off the JS thread, where it cannot carry `code` and
/// `errorClass`; here the error is built on the JS thread. `AsyncBlock<T>`
/// is typed `Promise<T>` in the generated `index.d.ts`.
pub(crate) fn promise<T, F>(env: &Env, fut: F) -> napi::Result<AsyncBlock<T>>
where
    T: ToNapiValue + Send + 'static,
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    let guarded =
        async move { Ok(AssertUnwindSafe(fut).catch_unwind().await.unwrap_or_else(|p| Err(panic_message(p)))) };
    AsyncBlockBuilder::build_with_map(env, guarded, |env, result: Result<T, Error>| {
        result.map_err(|e| js_error(&env, &e))
    })
}

/// A promise that is either already resolved on the JS thread (the core knew
/// the answer without I/O) or settled by a core future on the runtime. Exports
/// spell the type out, as the typegen reads signatures, not aliases: it is
/// typed `Promise<T>`.
pub(crate) type Answer<'env, T> = Either<PromiseRaw<'env, T>, AsyncBlock<T>>;

/// An already-resolved promise: no trip through the runtime's threads.
pub(crate) fn answer_now<T: ToNapiValue>(env: &Env, value: T) -> napi::Result<Answer<'_, T>> {
    PromiseRaw::resolve(env, value).map(Either::A)
}

/// `promise`, as an [`Answer`].
pub(crate) fn answer_later<T, F>(env: &Env, fut: F) -> napi::Result<Answer<'_, T>>
where
    T: ToNapiValue + Send + 'static,
    F: Future<Output = Result<T, Error>> + Send + 'static,
{
    promise(env, fut).map(Either::B)
}

/// A value or JS `null`, typed `T | null`: the original answers `null` for
/// absent values, where napi omits an `Option` field's key and types an
/// `Option` inside a promise `T | undefined | null`.
pub(crate) fn or_null<T>(v: Option<T>) -> Either<T, Null> {
    v.map_or(Either::B(Null), Either::A)
}

/// Runs synchronous core code, turning its error or panic into a JS error.
pub(crate) fn sync<T>(env: &Env, f: impl FnOnce() -> Result<T, Error>) -> napi::Result<T> {
    std::panic::catch_unwind(AssertUnwindSafe(f))
        .unwrap_or_else(|p| Err(panic_message(p)))
        .map_err(|e| js_error(env, &e))
}

/// `console.warn(msg)`, for the few things worth saying outside a return value.
pub(crate) fn console_warn(env: &Env, msg: String) {
    let warn = || -> napi::Result<()> {
        let console = env.get_global()?.get_named_property::<Object>("console")?;
        console.get_named_property::<Function<String, ()>>("warn")?.call(msg)
    };
    let _ = warn();
}

/// Says once, when a ledger had to set an unreadable state file aside.
pub(crate) fn report_recovery(env: &Env, recovery: Option<String>) {
    if let Some(msg) = recovery {
        console_warn(env, format!("[oip-gun-sync] {msg}"));
    }
}
