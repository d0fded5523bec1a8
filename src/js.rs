//! JavaScript values <-> `HostValue`, over raw Node-API calls.
//!
//! JS -> Python: `null`/`undefined` -> None, booleans, integral numbers up to 2**53 -> int (other
//! numbers -> float), BigInt -> int, strings, `Uint8Array`/`Buffer`/`ArrayBuffer` -> bytes,
//! arrays -> list, `Map` -> dict, `Set` -> set, plain objects -> dict with str keys, objects with
//! a `toJSON` method (such as `Date`) -> what it returns. Anything else (functions, symbols,
//! class instances, other typed arrays) and cyclic or too deeply nested values are a TypeError.
//!
//! Python -> JS: None -> null, bool, int -> number (BigInt beyond 2**53), float -> number,
//! str, bytes -> Uint8Array, list/tuple -> Array, dict with only str keys -> plain object,
//! other dicts -> Map, set/frozenset -> Set.

use std::ffi::{c_char, c_void, CString};
use std::ptr;

use montybox_core::convert::{HostValue, MAX_DEPTH};
use napi::bindgen_prelude::{FromNapiValue, ToNapiValue, TypeName, ValidateNapiValue};
use napi::{sys, Error, Result, Status, ValueType};
use num_bigint::{BigInt, Sign};

/// A raw JS value passed through a `#[napi]` signature untouched.
pub struct Raw(pub sys::napi_value);

impl TypeName for Raw {
    fn type_name() -> &'static str {
        "unknown"
    }
    fn value_type() -> ValueType {
        ValueType::Unknown
    }
}

impl ValidateNapiValue for Raw {}

impl FromNapiValue for Raw {
    unsafe fn from_napi_value(_env: sys::napi_env, v: sys::napi_value) -> Result<Self> {
        Ok(Raw(v))
    }
}

impl ToNapiValue for Raw {
    unsafe fn to_napi_value(_env: sys::napi_env, v: Self) -> Result<sys::napi_value> {
        Ok(v.0)
    }
}

fn status(code: sys::napi_status, what: &str) -> Result<()> {
    if code == sys::Status::napi_ok {
        Ok(())
    } else {
        Err(Error::new(
            Status::from(code),
            format!("Node-API call failed: {what}"),
        ))
    }
}

/// Throws a JS `TypeError` with `msg` and returns the error that tells napi-rs an exception is
/// already pending.
pub fn type_error(env: sys::napi_env, msg: &str) -> Error {
    let text = CString::new(msg.replace('\0', " ")).unwrap_or_default();
    // SAFETY: env is the live env of the current call; both strings are NUL-terminated.
    unsafe {
        sys::napi_throw_type_error(env, ptr::null(), text.as_ptr());
    }
    Error::from_status(Status::PendingException)
}

/// Node-API helpers bound to one env (valid for the duration of one native call).
#[derive(Clone, Copy)]
pub struct Js {
    pub env: sys::napi_env,
}

impl Js {
    pub fn new(env: sys::napi_env) -> Js {
        Js { env }
    }

    pub fn type_of(&self, v: sys::napi_value) -> Result<i32> {
        let mut t = 0;
        // SAFETY: valid env and value for this call.
        status(unsafe { sys::napi_typeof(self.env, v, &mut t) }, "typeof")?;
        Ok(t)
    }

    pub fn null(&self) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(unsafe { sys::napi_get_null(self.env, &mut r) }, "null")?;
        Ok(r)
    }

    pub fn undefined(&self) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_get_undefined(self.env, &mut r) },
            "undefined",
        )?;
        Ok(r)
    }

    pub fn has_own(&self, obj: sys::napi_value, key: sys::napi_value) -> Result<bool> {
        let mut r = false;
        status(
            unsafe { sys::napi_has_own_property(self.env, obj, key, &mut r) },
            "has own property",
        )?;
        Ok(r)
    }

    /// `obj[key]` for a key made once with `string` (cheaper than `get_named` in a loop).
    pub fn get_property(
        &self,
        obj: sys::napi_value,
        key: sys::napi_value,
    ) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_get_property(self.env, obj, key, &mut r) },
            "get property",
        )?;
        Ok(r)
    }

    pub fn boolean(&self, b: bool) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_get_boolean(self.env, b, &mut r) },
            "boolean",
        )?;
        Ok(r)
    }

    pub fn number(&self, f: f64) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_create_double(self.env, f, &mut r) },
            "number",
        )?;
        Ok(r)
    }

    pub fn string(&self, s: &str) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe {
                sys::napi_create_string_utf8(
                    self.env,
                    s.as_ptr() as *const c_char,
                    s.len() as isize,
                    &mut r,
                )
            },
            "string",
        )?;
        Ok(r)
    }

    pub fn object(&self) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_create_object(self.env, &mut r) },
            "object",
        )?;
        Ok(r)
    }

    pub fn array(&self, len: usize) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_create_array_with_length(self.env, len, &mut r) },
            "array",
        )?;
        Ok(r)
    }

    pub fn set_element(&self, arr: sys::napi_value, i: u32, v: sys::napi_value) -> Result<()> {
        status(
            unsafe { sys::napi_set_element(self.env, arr, i, v) },
            "set element",
        )
    }

    pub fn get_element(&self, arr: sys::napi_value, i: u32) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_get_element(self.env, arr, i, &mut r) },
            "get element",
        )?;
        Ok(r)
    }

    pub fn array_len(&self, arr: sys::napi_value) -> Result<u32> {
        let mut n = 0;
        status(
            unsafe { sys::napi_get_array_length(self.env, arr, &mut n) },
            "array length",
        )?;
        Ok(n)
    }

    /// Sets an own data property (defined, never through a setter such as `__proto__`'s).
    pub fn set_named(&self, obj: sys::napi_value, name: &str, v: sys::napi_value) -> Result<()> {
        let key = self.string(name)?;
        if name == "__proto__" {
            return self.define(obj, key, v);
        }
        // Other names on the plain objects this module builds have no setters, and a plain
        // store is much cheaper than a definition.
        status(
            unsafe { sys::napi_set_property(self.env, obj, key, v) },
            "set property",
        )
    }

    pub fn define(
        &self,
        obj: sys::napi_value,
        key: sys::napi_value,
        v: sys::napi_value,
    ) -> Result<()> {
        let desc = sys::napi_property_descriptor {
            utf8name: ptr::null(),
            name: key,
            method: None,
            getter: None,
            setter: None,
            value: v,
            attributes: sys::PropertyAttributes::writable
                | sys::PropertyAttributes::enumerable
                | sys::PropertyAttributes::configurable,
            data: ptr::null_mut(),
        };
        status(
            unsafe { sys::napi_define_properties(self.env, obj, 1, &desc) },
            "define property",
        )
    }

    pub fn get_named(&self, obj: sys::napi_value, name: &str) -> Result<sys::napi_value> {
        self.get_property(obj, self.string(name)?)
    }

    pub fn get_string(&self, v: sys::napi_value) -> Result<String> {
        let mut len = 0usize;
        status(
            unsafe { sys::napi_get_value_string_utf8(self.env, v, ptr::null_mut(), 0, &mut len) },
            "string length",
        )?;
        let mut buf = vec![0u8; len + 1];
        let mut written = 0usize;
        status(
            unsafe {
                sys::napi_get_value_string_utf8(
                    self.env,
                    v,
                    buf.as_mut_ptr() as *mut c_char,
                    buf.len(),
                    &mut written,
                )
            },
            "string",
        )?;
        buf.truncate(written);
        // Node-API writes valid UTF-8 (lone surrogates become U+FFFD).
        Ok(String::from_utf8(buf)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }

    pub fn get_f64(&self, v: sys::napi_value) -> Result<f64> {
        let mut f = 0.0;
        status(
            unsafe { sys::napi_get_value_double(self.env, v, &mut f) },
            "number",
        )?;
        Ok(f)
    }

    pub fn get_bool(&self, v: sys::napi_value) -> Result<bool> {
        let mut b = false;
        status(
            unsafe { sys::napi_get_value_bool(self.env, v, &mut b) },
            "boolean",
        )?;
        Ok(b)
    }

    fn global(&self, name: &str) -> Result<sys::napi_value> {
        let mut g = ptr::null_mut();
        status(unsafe { sys::napi_get_global(self.env, &mut g) }, "global")?;
        self.get_named(g, name)
    }

    fn instance_of(&self, v: sys::napi_value, ctor: sys::napi_value) -> Result<bool> {
        let mut r = false;
        status(
            unsafe { sys::napi_instanceof(self.env, v, ctor, &mut r) },
            "instanceof",
        )?;
        Ok(r)
    }

    fn strict_equals(&self, a: sys::napi_value, b: sys::napi_value) -> Result<bool> {
        let mut r = false;
        status(
            unsafe { sys::napi_strict_equals(self.env, a, b, &mut r) },
            "equals",
        )?;
        Ok(r)
    }

    pub fn call(
        &self,
        recv: sys::napi_value,
        f: sys::napi_value,
        args: &[sys::napi_value],
    ) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe {
                sys::napi_call_function(self.env, recv, f, args.len(), args.as_ptr(), &mut r)
            },
            "call",
        )?;
        Ok(r)
    }

    fn new_instance(&self, ctor: sys::napi_value) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_new_instance(self.env, ctor, 0, ptr::null(), &mut r) },
            "new",
        )?;
        Ok(r)
    }

    fn is_array(&self, v: sys::napi_value) -> Result<bool> {
        let mut r = false;
        status(
            unsafe { sys::napi_is_array(self.env, v, &mut r) },
            "is array",
        )?;
        Ok(r)
    }

    fn prototype(&self, v: sys::napi_value) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe { sys::napi_get_prototype(self.env, v, &mut r) },
            "prototype",
        )?;
        Ok(r)
    }

    fn own_keys(&self, v: sys::napi_value) -> Result<sys::napi_value> {
        let mut r = ptr::null_mut();
        status(
            unsafe {
                sys::napi_get_all_property_names(
                    self.env,
                    v,
                    sys::KeyCollectionMode::own_only,
                    sys::KeyFilter::enumerable | sys::KeyFilter::skip_symbols,
                    sys::KeyConversion::numbers_to_strings,
                    &mut r,
                )
            },
            "keys",
        )?;
        Ok(r)
    }

    /// The bytes of a `Uint8Array`/`Buffer`/`Uint8ClampedArray`, if `v` is one.
    fn uint8_bytes(&self, v: sys::napi_value) -> Result<Option<Vec<u8>>> {
        let mut is_typed = false;
        status(
            unsafe { sys::napi_is_typedarray(self.env, v, &mut is_typed) },
            "is typedarray",
        )?;
        if is_typed {
            let mut kind = 0;
            let mut len = 0usize;
            let mut data: *mut c_void = ptr::null_mut();
            let mut ab = ptr::null_mut();
            let mut offset = 0usize;
            status(
                unsafe {
                    sys::napi_get_typedarray_info(
                        self.env,
                        v,
                        &mut kind,
                        &mut len,
                        &mut data,
                        &mut ab,
                        &mut offset,
                    )
                },
                "typedarray info",
            )?;
            if kind != sys::TypedarrayType::uint8_array
                && kind != sys::TypedarrayType::uint8_clamped_array
            {
                return Ok(None);
            }
            if len == 0 || data.is_null() {
                return Ok(Some(Vec::new()));
            }
            // SAFETY: Node-API reports `len` bytes at `data` (already offset) for this array.
            let bytes = unsafe { std::slice::from_raw_parts(data as *const u8, len) };
            return Ok(Some(bytes.to_vec()));
        }
        let mut is_ab = false;
        status(
            unsafe { sys::napi_is_arraybuffer(self.env, v, &mut is_ab) },
            "is arraybuffer",
        )?;
        if is_ab {
            let mut data: *mut c_void = ptr::null_mut();
            let mut len = 0usize;
            status(
                unsafe { sys::napi_get_arraybuffer_info(self.env, v, &mut data, &mut len) },
                "arraybuffer info",
            )?;
            if len == 0 || data.is_null() {
                return Ok(Some(Vec::new()));
            }
            // SAFETY: as above, for the ArrayBuffer's backing store.
            let bytes = unsafe { std::slice::from_raw_parts(data as *const u8, len) };
            return Ok(Some(bytes.to_vec()));
        }
        Ok(None)
    }

    fn bigint(&self, v: sys::napi_value) -> Result<HostValue> {
        let mut sign = 0;
        let mut count = 0usize;
        status(
            unsafe {
                // With no buffer (and no sign), Node-API reports the number of words needed.
                sys::napi_get_value_bigint_words(
                    self.env,
                    v,
                    ptr::null_mut(),
                    &mut count,
                    ptr::null_mut(),
                )
            },
            "bigint size",
        )?;
        let mut words = vec![0u64; count.max(1)];
        let mut count2 = words.len();
        status(
            unsafe {
                sys::napi_get_value_bigint_words(
                    self.env,
                    v,
                    &mut sign,
                    &mut count2,
                    words.as_mut_ptr(),
                )
            },
            "bigint",
        )?;
        words.truncate(count2);
        let mut digits = Vec::with_capacity(words.len() * 2);
        for w in &words {
            digits.push(*w as u32);
            digits.push((*w >> 32) as u32);
        }
        let mag = BigInt::from_slice(Sign::Plus, &digits);
        let n = if sign != 0 { -mag } else { mag };
        Ok(match i64::try_from(&n) {
            Ok(i) => HostValue::Int(i),
            Err(_) => HostValue::BigInt(n),
        })
    }

    fn create_bigint(&self, n: &BigInt) -> Result<sys::napi_value> {
        let (sign, digits) = n.to_u64_digits();
        let mut r = ptr::null_mut();
        let words = if digits.is_empty() { vec![0] } else { digits };
        status(
            unsafe {
                sys::napi_create_bigint_words(
                    self.env,
                    (sign == Sign::Minus) as i32,
                    words.len(),
                    words.as_ptr(),
                    &mut r,
                )
            },
            "create bigint",
        )?;
        Ok(r)
    }

    fn create_bytes(&self, b: &[u8]) -> Result<sys::napi_value> {
        let mut data: *mut c_void = ptr::null_mut();
        let mut ab = ptr::null_mut();
        status(
            unsafe { sys::napi_create_arraybuffer(self.env, b.len(), &mut data, &mut ab) },
            "arraybuffer",
        )?;
        if !b.is_empty() && !data.is_null() {
            // SAFETY: the new ArrayBuffer has exactly b.len() writable bytes at `data`.
            unsafe { ptr::copy_nonoverlapping(b.as_ptr(), data as *mut u8, b.len()) };
        }
        let mut r = ptr::null_mut();
        status(
            unsafe {
                sys::napi_create_typedarray(
                    self.env,
                    sys::TypedarrayType::uint8_array,
                    b.len(),
                    ab,
                    0,
                    &mut r,
                )
            },
            "uint8array",
        )?;
        Ok(r)
    }
}

/// Converts JS values to host values, refusing cycles and excessive depth.
pub struct FromJs {
    js: Js,
    ctors: Option<Ctors>,
    object_proto: Option<sys::napi_value>,
    /// The objects being converted, outermost first (for cycle detection).
    path: Vec<sys::napi_value>,
}

#[derive(Clone, Copy)]
struct Ctors {
    map: sys::napi_value,
    set: sys::napi_value,
    array_from: sys::napi_value,
    array: sys::napi_value,
}

/// A Node-API handle scope: JS values made while it is open are released when it drops, so a
/// long loop inside one native call does not keep every value it ever made alive.
pub struct HandleScope {
    env: sys::napi_env,
    scope: sys::napi_handle_scope,
}

impl HandleScope {
    pub fn open(env: sys::napi_env) -> Result<HandleScope> {
        let mut scope = ptr::null_mut();
        status(
            unsafe { sys::napi_open_handle_scope(env, &mut scope) },
            "open handle scope",
        )?;
        Ok(HandleScope { env, scope })
    }
}

impl Drop for HandleScope {
    fn drop(&mut self) {
        // SAFETY: the scope was opened on this env in this native call, and scopes drop in
        // reverse order of opening (they are only used as locals).
        unsafe { sys::napi_close_handle_scope(self.env, self.scope) };
    }
}

/// Why a JS value could not be converted (to report as a TypeError).
pub enum ConvertError {
    Type(String),
    Napi(Error),
}

impl From<Error> for ConvertError {
    fn from(e: Error) -> Self {
        ConvertError::Napi(e)
    }
}

impl ConvertError {
    /// Throws it into JS as a TypeError (or passes a napi error on).
    pub fn throw(self, env: sys::napi_env) -> Error {
        match self {
            ConvertError::Type(m) => type_error(env, &m),
            ConvertError::Napi(e) => e,
        }
    }
}

impl FromJs {
    pub fn new(env: sys::napi_env) -> FromJs {
        FromJs {
            js: Js::new(env),
            ctors: None,
            object_proto: None,
            path: Vec::new(),
        }
    }

    fn object_proto(&mut self) -> Result<sys::napi_value> {
        if let Some(p) = self.object_proto {
            return Ok(p);
        }
        let p = self.js.get_named(self.js.global("Object")?, "prototype")?;
        self.object_proto = Some(p);
        Ok(p)
    }

    fn ctors(&mut self) -> Result<Ctors> {
        if let Some(c) = self.ctors {
            return Ok(c);
        }
        let array = self.js.global("Array")?;
        let c = Ctors {
            map: self.js.global("Map")?,
            set: self.js.global("Set")?,
            array_from: self.js.get_named(array, "from")?,
            array,
        };
        self.ctors = Some(c);
        Ok(c)
    }

    /// Converts `v`; `what` names it in error messages ("input 'x'").
    pub fn convert(
        &mut self,
        v: sys::napi_value,
        what: &str,
    ) -> std::result::Result<HostValue, ConvertError> {
        self.path.clear();
        self.value(v, what)
    }

    fn value(
        &mut self,
        v: sys::napi_value,
        what: &str,
    ) -> std::result::Result<HostValue, ConvertError> {
        let js = self.js;
        let t = js.type_of(v)?;
        Ok(match t {
            sys::ValueType::napi_undefined | sys::ValueType::napi_null => HostValue::None,
            sys::ValueType::napi_boolean => HostValue::Bool(js.get_bool(v)?),
            sys::ValueType::napi_number => {
                let f = js.get_f64(v)?;
                if f.fract() == 0.0
                    && f.abs() <= 9_007_199_254_740_992.0
                    && !(f == 0.0 && f.is_sign_negative())
                {
                    HostValue::Int(f as i64)
                } else {
                    HostValue::Float(f)
                }
            }
            sys::ValueType::napi_bigint => js.bigint(v)?,
            sys::ValueType::napi_string => HostValue::Str(js.get_string(v)?),
            sys::ValueType::napi_object => self.object(v, what)?,
            sys::ValueType::napi_function => {
                return Err(ConvertError::Type(format!(
                    "montybox: {what} is a function, which cannot be passed to Python"
                )))
            }
            sys::ValueType::napi_symbol => {
                return Err(ConvertError::Type(format!(
                    "montybox: {what} is a symbol, which cannot be passed to Python"
                )))
            }
            _ => {
                return Err(ConvertError::Type(format!(
                    "montybox: {what} has a type that cannot be passed to Python"
                )))
            }
        })
    }

    fn object(
        &mut self,
        v: sys::napi_value,
        what: &str,
    ) -> std::result::Result<HostValue, ConvertError> {
        let js = self.js;
        if let Some(bytes) = js.uint8_bytes(v)? {
            return Ok(HostValue::Bytes(bytes));
        }
        for p in &self.path {
            if js.strict_equals(*p, v)? {
                return Err(ConvertError::Type(format!(
                    "montybox: {what} contains a cycle, which cannot be passed to Python"
                )));
            }
        }
        if self.path.len() >= MAX_DEPTH {
            return Err(ConvertError::Type(format!(
                "montybox: {what} is nested more than {MAX_DEPTH} levels deep"
            )));
        }
        self.path.push(v);
        let r = self.object_inner(v, what);
        self.path.pop();
        r
    }

    fn object_inner(
        &mut self,
        v: sys::napi_value,
        what: &str,
    ) -> std::result::Result<HostValue, ConvertError> {
        let js = self.js;
        if js.is_array(v)? {
            let n = js.array_len(v)?;
            let mut items = Vec::with_capacity(n as usize);
            for i in 0..n {
                let e = js.get_element(v, i)?;
                items.push(self.value(e, what)?);
            }
            return Ok(HostValue::List(items));
        }
        // Plain objects, the common case, are told apart with one lookup.
        let proto = js.prototype(v)?;
        let plain = js.type_of(proto)? == sys::ValueType::napi_null
            || js.strict_equals(proto, self.object_proto()?)?;
        let c = if plain { None } else { Some(self.ctors()?) };
        if let Some(c) = c.filter(|c| js.instance_of(v, c.map).unwrap_or(false)) {
            let pairs = js.call(c.array, c.array_from, &[v])?;
            let n = js.array_len(pairs)?;
            let mut out = Vec::with_capacity(n as usize);
            for i in 0..n {
                let pair = js.get_element(pairs, i)?;
                let k = js.get_element(pair, 0)?;
                let val = js.get_element(pair, 1)?;
                let hk = self.value(k, what)?;
                if matches!(
                    hk,
                    HostValue::List(_) | HostValue::Dict(_) | HostValue::Set(_)
                ) {
                    return Err(ConvertError::Type(format!(
                        "montybox: {what} is a Map with an array, object or Set key, which Python cannot hash"
                    )));
                }
                out.push((hk, self.value(val, what)?));
            }
            return Ok(HostValue::Dict(out));
        }
        if let Some(c) = c.filter(|c| js.instance_of(v, c.set).unwrap_or(false)) {
            let items_js = js.call(c.array, c.array_from, &[v])?;
            let n = js.array_len(items_js)?;
            let mut out = Vec::with_capacity(n as usize);
            for i in 0..n {
                let e = js.get_element(items_js, i)?;
                let h = self.value(e, what)?;
                if matches!(
                    h,
                    HostValue::List(_) | HostValue::Dict(_) | HostValue::Set(_)
                ) {
                    return Err(ConvertError::Type(format!(
                        "montybox: {what} is a Set holding an array, object or Set, which Python cannot hash"
                    )));
                }
                out.push(h);
            }
            return Ok(HostValue::Set(out));
        }
        if !plain {
            let to_json = js.get_named(v, "toJSON")?;
            if js.type_of(to_json)? == sys::ValueType::napi_function {
                let j = js.call(v, to_json, &[])?;
                return self.value(j, what);
            }
            let ctor = js.get_named(v, "constructor")?;
            let name = if js.type_of(ctor)? == sys::ValueType::napi_function {
                let n = js.get_named(ctor, "name")?;
                if js.type_of(n)? == sys::ValueType::napi_string {
                    js.get_string(n)?
                } else {
                    String::new()
                }
            } else {
                String::new()
            };
            let name = if name.is_empty() {
                "a non-plain object".to_string()
            } else {
                format!("a {name}")
            };
            return Err(ConvertError::Type(format!(
                "montybox: {what} is {name}, which cannot be passed to Python (use a plain object, array, Map, Set or Uint8Array)"
            )));
        }
        let keys = js.own_keys(v)?;
        let n = js.array_len(keys)?;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            let k = js.get_element(keys, i)?;
            let key = js.get_string(k)?;
            let mut val = ptr::null_mut();
            status(
                unsafe { sys::napi_get_property(js.env, v, k, &mut val) },
                "get property",
            )?;
            out.push((HostValue::Str(key), self.value(val, what)?));
        }
        Ok(HostValue::Dict(out))
    }
}

/// Converts host values to JS values.
pub struct ToJs {
    js: Js,
    map: Option<(sys::napi_value, sys::napi_value)>,
}

impl ToJs {
    pub fn new(env: sys::napi_env) -> ToJs {
        ToJs {
            js: Js::new(env),
            map: None,
        }
    }

    fn ctors(&mut self) -> Result<(sys::napi_value, sys::napi_value)> {
        if let Some(m) = self.map {
            return Ok(m);
        }
        let m = (self.js.global("Map")?, self.js.global("Set")?);
        self.map = Some(m);
        Ok(m)
    }

    pub fn value(&mut self, h: &HostValue) -> Result<sys::napi_value> {
        let js = self.js;
        match h {
            HostValue::None => js.null(),
            HostValue::Bool(b) => js.boolean(*b),
            HostValue::Int(i) => {
                if i.unsigned_abs() <= (1u64 << 53) {
                    js.number(*i as f64)
                } else {
                    js.create_bigint(&BigInt::from(*i))
                }
            }
            HostValue::BigInt(b) => js.create_bigint(b),
            HostValue::Float(f) => js.number(*f),
            HostValue::Str(s) => js.string(s),
            HostValue::Bytes(b) => js.create_bytes(b),
            HostValue::List(items) | HostValue::Tuple(items) => {
                let arr = js.array(items.len())?;
                for (i, it) in items.iter().enumerate() {
                    let v = self.value(it)?;
                    js.set_element(arr, i as u32, v)?;
                }
                Ok(arr)
            }
            HostValue::Dict(pairs) => {
                if HostValue::is_str_keyed(pairs) {
                    let obj = js.object()?;
                    for (k, v) in pairs {
                        if let HostValue::Str(k) = k {
                            let jv = self.value(v)?;
                            js.set_named(obj, k, jv)?;
                        }
                    }
                    Ok(obj)
                } else {
                    let (map_ctor, _) = self.ctors()?;
                    let map = js.new_instance(map_ctor)?;
                    let set = js.get_named(map, "set")?;
                    for (k, v) in pairs {
                        let jk = self.value(k)?;
                        let jv = self.value(v)?;
                        js.call(map, set, &[jk, jv])?;
                    }
                    Ok(map)
                }
            }
            HostValue::Set(items) | HostValue::FrozenSet(items) => {
                let (_, set_ctor) = self.ctors()?;
                let set = js.new_instance(set_ctor)?;
                let add = js.get_named(set, "add")?;
                for it in items {
                    let v = self.value(it)?;
                    js.call(set, add, &[v])?;
                }
                Ok(set)
            }
        }
    }
}
