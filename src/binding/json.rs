//! Values napi cannot convert as we need: JSON handed to JS as plain
//! objects whose every key is an own data property, and dates.
//!
//! JSON: every key is an own data property. napi's own conversion assigns keys, so a peer's record holding
//! `__proto__` would replace the object's prototype; defining the properties
//! instead keeps `Object.prototype` (and every other object) untouched.

use std::ptr;

use napi::bindgen_prelude::{ToNapiValue, TypeName, ValidateNapiValue};
use napi::{check_status, sys, ValueType};
use serde_json::Value;

/// A JSON object converted with own-property semantics. Named as serde's
/// `Map`, so the generated type is the one napi gives serde's: `Record<string, any>`.
pub struct Map(pub serde_json::Map<String, Value>);

impl TypeName for Map {
    fn type_name() -> &'static str {
        "Json"
    }

    fn value_type() -> ValueType {
        ValueType::Object
    }
}

impl ValidateNapiValue for Map {}

impl ToNapiValue for Map {
    unsafe fn to_napi_value(env: sys::napi_env, val: Self) -> napi::Result<sys::napi_value> {
        // SAFETY: called by napi on the JS thread with a live env, as every ToNapiValue.
        unsafe { convert(env, Value::Object(val.0)) }
    }
}

/// Owned values are consumed as they are converted, so a large record is
/// never held twice.
unsafe fn convert(env: sys::napi_env, v: Value) -> napi::Result<sys::napi_value> {
    match v {
        Value::Object(map) => {
            let mut obj = ptr::null_mut();
            check_status!(unsafe { sys::napi_create_object(env, &mut obj) }, "create object")?;
            let mut props = Vec::with_capacity(map.len());
            for (k, v) in map {
                props.push(sys::napi_property_descriptor {
                    utf8name: ptr::null(),
                    name: unsafe { String::to_napi_value(env, k)? },
                    method: None,
                    getter: None,
                    setter: None,
                    value: unsafe { convert(env, v)? },
                    attributes: sys::PropertyAttributes::writable
                        | sys::PropertyAttributes::enumerable
                        | sys::PropertyAttributes::configurable,
                    data: ptr::null_mut(),
                });
            }
            check_status!(
                unsafe { sys::napi_define_properties(env, obj, props.len(), props.as_ptr()) },
                "define properties"
            )?;
            Ok(obj)
        }
        Value::Array(items) => {
            let mut arr = ptr::null_mut();
            check_status!(unsafe { sys::napi_create_array_with_length(env, items.len(), &mut arr) }, "create array")?;
            for (i, item) in items.into_iter().enumerate() {
                let value = unsafe { convert(env, item)? };
                check_status!(unsafe { sys::napi_set_element(env, arr, i as u32, value) }, "set element")?;
            }
            Ok(arr)
        }
        // Every number as `JSON.parse` gives it: a double, never a BigInt.
        Value::Number(n) => unsafe { f64::to_napi_value(env, n.as_f64().unwrap_or(f64::NAN)) },
        scalar => unsafe { Value::to_napi_value(env, scalar) },
    }
}

/// A JS `Date` from milliseconds since the epoch (the original's `lastSyncTime`);
/// named so the generated type is `Date`.
pub struct Date(pub f64);

impl TypeName for Date {
    fn type_name() -> &'static str {
        "Date"
    }

    fn value_type() -> ValueType {
        ValueType::Object
    }
}

impl ToNapiValue for Date {
    unsafe fn to_napi_value(env: sys::napi_env, val: Self) -> napi::Result<sys::napi_value> {
        let mut date = ptr::null_mut();
        // SAFETY: called by napi on the JS thread with a live env, as every ToNapiValue.
        check_status!(unsafe { sys::napi_create_date(env, val.0, &mut date) }, "create date")?;
        Ok(date)
    }
}
