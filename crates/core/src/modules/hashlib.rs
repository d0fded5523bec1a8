//! `hashlib`: message digests with CPython 3.11's interface and messages, computed by the
//! RustCrypto crates (`md-5`, `sha1`, `sha2`, `sha3`).
//!
//! Supported: `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512`, `sha3_224`, `sha3_256`,
//! `sha3_384`, `sha3_512` (each `f(data=b'', *, usedforsecurity=True)`, also `string=`),
//! `new(name, data=b'', **kwargs)` (CPython's names, or OpenSSL's spellings such as `SHA-256`
//! in any case), `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (any of those
//! algorithms), `algorithms_guaranteed`, `algorithms_available`; hash objects (`_hashlib.HASH`) with
//! `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`. Inputs must be
//! bytes-like (`TypeError: Strings must be encoded before hashing`).
//!
//! Not supported: `blake2b`/`blake2s`, `shake_128`/`shake_256`, `sha512_224`/`sha512_256`,
//! `scrypt`, `file_digest` (`new()` of these names raises
//! `ValueError: unsupported hash type`). Hash objects survive snapshots (their internal state is
//! serialized).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::Digest;
use sha3::digest::common::hazmat::SerializableState;

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::support::{bytes_like, text_data, text_data_mut, TextData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum HashlibFn {
        Md5 => "openssl_md5" => md5,
        Sha1 => "openssl_sha1" => sha1,
        Sha224 => "openssl_sha224" => sha224,
        Sha256 => "openssl_sha256" => sha256,
        Sha384 => "openssl_sha384" => sha384,
        Sha512 => "openssl_sha512" => sha512,
        Sha3_224 => "openssl_sha3_224" => sha3_224,
        Sha3_256 => "openssl_sha3_256" => sha3_256,
        Sha3_384 => "openssl_sha3_384" => sha3_384,
        Sha3_512 => "openssl_sha3_512" => sha3_512,
        New => "__hash_new" => new,
        Pbkdf2Hmac => "pbkdf2_hmac" => pbkdf2_hmac,
        Update => "update" => h_update,
        Digest => "digest" => h_digest,
        HexDigest => "hexdigest" => h_hexdigest,
        Copy => "copy" => h_copy,
        Name => "name" => h_name,
        DigestSize => "digest_size" => h_digest_size,
        BlockSize => "block_size" => h_block_size,
        Repr => "__repr__" => h_repr,
    }
}

fn f(which: HashlibFn) -> Value {
    func_value(ModuleFn::Hashlib(which))
}

/// The algorithms, in `algorithms_guaranteed` order of their names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Sha3_224,
    Sha3_256,
    Sha3_384,
    Sha3_512,
}

const ALGOS: [Algo; 10] = [
    Algo::Md5,
    Algo::Sha1,
    Algo::Sha224,
    Algo::Sha256,
    Algo::Sha384,
    Algo::Sha512,
    Algo::Sha3_224,
    Algo::Sha3_256,
    Algo::Sha3_384,
    Algo::Sha3_512,
];

impl Algo {
    fn name(self) -> &'static str {
        match self {
            Algo::Md5 => "md5",
            Algo::Sha1 => "sha1",
            Algo::Sha224 => "sha224",
            Algo::Sha256 => "sha256",
            Algo::Sha384 => "sha384",
            Algo::Sha512 => "sha512",
            Algo::Sha3_224 => "sha3_224",
            Algo::Sha3_256 => "sha3_256",
            Algo::Sha3_384 => "sha3_384",
            Algo::Sha3_512 => "sha3_512",
        }
    }

    fn digest_size(self) -> i64 {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 | Algo::Sha3_224 => 28,
            Algo::Sha256 | Algo::Sha3_256 => 32,
            Algo::Sha384 | Algo::Sha3_384 => 48,
            Algo::Sha512 | Algo::Sha3_512 => 64,
        }
    }

    fn block_size(self) -> i64 {
        match self {
            Algo::Md5 | Algo::Sha1 | Algo::Sha224 | Algo::Sha256 => 64,
            Algo::Sha384 | Algo::Sha512 => 128,
            Algo::Sha3_224 => 144,
            Algo::Sha3_256 => 136,
            Algo::Sha3_384 => 104,
            Algo::Sha3_512 => 72,
        }
    }

    /// The algorithm `hashlib.new` finds for a name: CPython's own names exactly as spelled
    /// (`sha3_256`), or one of OpenSSL's spellings, which ignore case (`SHA-256`, `SHA2-256`,
    /// `sha3-256`, `ssl3-md5`).
    fn lookup(name: &str) -> Option<Algo> {
        if let Some(a) = ALGOS.iter().copied().find(|a| a.name() == name) {
            return Some(a);
        }
        let lower = name.to_ascii_lowercase();
        let canonical = match lower.as_str() {
            "md5" | "ssl3-md5" => "md5",
            "sha1" | "sha-1" | "ssl3-sha1" => "sha1",
            "sha224" | "sha-224" | "sha2-224" => "sha224",
            "sha256" | "sha-256" | "sha2-256" => "sha256",
            "sha384" | "sha-384" | "sha2-384" => "sha384",
            "sha512" | "sha-512" | "sha2-512" => "sha512",
            "sha3-224" => "sha3_224",
            "sha3-256" => "sha3_256",
            "sha3-384" => "sha3_384",
            "sha3-512" => "sha3_512",
            _ => return None,
        };
        ALGOS.iter().copied().find(|a| a.name() == canonical)
    }
}

/// A running digest.
#[derive(Clone)]
pub enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
}

/// Applies `$body` to the inner hasher of every variant.
macro_rules! each {
    ($h:expr, $x:ident => $body:expr) => {
        match $h {
            Hasher::Md5($x) => $body,
            Hasher::Sha1($x) => $body,
            Hasher::Sha224($x) => $body,
            Hasher::Sha256($x) => $body,
            Hasher::Sha384($x) => $body,
            Hasher::Sha512($x) => $body,
            Hasher::Sha3_224($x) => $body,
            Hasher::Sha3_256($x) => $body,
            Hasher::Sha3_384($x) => $body,
            Hasher::Sha3_512($x) => $body,
        }
    };
}

impl Hasher {
    fn new(a: Algo) -> Hasher {
        match a {
            Algo::Md5 => Hasher::Md5(Default::default()),
            Algo::Sha1 => Hasher::Sha1(Default::default()),
            Algo::Sha224 => Hasher::Sha224(Default::default()),
            Algo::Sha256 => Hasher::Sha256(Default::default()),
            Algo::Sha384 => Hasher::Sha384(Default::default()),
            Algo::Sha512 => Hasher::Sha512(Default::default()),
            Algo::Sha3_224 => Hasher::Sha3_224(Default::default()),
            Algo::Sha3_256 => Hasher::Sha3_256(Default::default()),
            Algo::Sha3_384 => Hasher::Sha3_384(Default::default()),
            Algo::Sha3_512 => Hasher::Sha3_512(Default::default()),
        }
    }

    fn algo(&self) -> Algo {
        match self {
            Hasher::Md5(_) => Algo::Md5,
            Hasher::Sha1(_) => Algo::Sha1,
            Hasher::Sha224(_) => Algo::Sha224,
            Hasher::Sha256(_) => Algo::Sha256,
            Hasher::Sha384(_) => Algo::Sha384,
            Hasher::Sha512(_) => Algo::Sha512,
            Hasher::Sha3_224(_) => Algo::Sha3_224,
            Hasher::Sha3_256(_) => Algo::Sha3_256,
            Hasher::Sha3_384(_) => Algo::Sha3_384,
            Hasher::Sha3_512(_) => Algo::Sha3_512,
        }
    }

    fn update(&mut self, data: &[u8]) {
        each!(self, h => Digest::update(h, data))
    }

    fn digest(&self) -> Vec<u8> {
        each!(self, h => h.clone().finalize().to_vec())
    }

    fn state(&self) -> Vec<u8> {
        each!(self, h => h.serialize().to_vec())
    }

    fn from_state(a: Algo, bytes: &[u8]) -> Option<Hasher> {
        fn load<T: SerializableState>(bytes: &[u8]) -> Option<T> {
            let arr = bytes.try_into().ok()?;
            T::deserialize(arr).ok()
        }
        Some(match a {
            Algo::Md5 => Hasher::Md5(load(bytes)?),
            Algo::Sha1 => Hasher::Sha1(load(bytes)?),
            Algo::Sha224 => Hasher::Sha224(load(bytes)?),
            Algo::Sha256 => Hasher::Sha256(load(bytes)?),
            Algo::Sha384 => Hasher::Sha384(load(bytes)?),
            Algo::Sha512 => Hasher::Sha512(load(bytes)?),
            Algo::Sha3_224 => Hasher::Sha3_224(load(bytes)?),
            Algo::Sha3_256 => Hasher::Sha3_256(load(bytes)?),
            Algo::Sha3_384 => Hasher::Sha3_384(load(bytes)?),
            Algo::Sha3_512 => Hasher::Sha3_512(load(bytes)?),
        })
    }
}

/// The state of a hash object; serialized as the algorithm and the digest's internal state.
#[derive(Clone)]
pub struct HashState(Hasher);

impl std::fmt::Debug for HashState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HashState({})", self.0.algo().name())
    }
}

impl Serialize for HashState {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.0.algo(), self.0.state()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for HashState {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (algo, bytes): (Algo, Vec<u8>) = Deserialize::deserialize(d)?;
        Hasher::from_state(algo, &bytes)
            .map(HashState)
            .ok_or_else(|| serde::de::Error::custom("bad hash state"))
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = vec![
        ("md5", f(HashlibFn::Md5)),
        ("sha1", f(HashlibFn::Sha1)),
        ("sha224", f(HashlibFn::Sha224)),
        ("sha256", f(HashlibFn::Sha256)),
        ("sha384", f(HashlibFn::Sha384)),
        ("sha512", f(HashlibFn::Sha512)),
        ("sha3_224", f(HashlibFn::Sha3_224)),
        ("sha3_256", f(HashlibFn::Sha3_256)),
        ("sha3_384", f(HashlibFn::Sha3_384)),
        ("sha3_512", f(HashlibFn::Sha3_512)),
        ("new", f(HashlibFn::New)),
        ("pbkdf2_hmac", f(HashlibFn::Pbkdf2Hmac)),
    ];
    let mut names = Vec::new();
    for a in ALGOS {
        names.push(vm.new_str(a.name().to_string())?);
    }
    let guaranteed = vm.new_set_from(&names, false)?;
    let available = vm.new_set_from(&names, false)?;
    out.push(("algorithms_guaranteed", guaranteed));
    out.push(("algorithms_available", available));
    Ok(out)
}

fn hash_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("hashlib.HASH", |vm| {
        let mut attrs = vec![
            ("update", f(HashlibFn::Update)),
            ("digest", f(HashlibFn::Digest)),
            ("hexdigest", f(HashlibFn::HexDigest)),
            ("copy", f(HashlibFn::Copy)),
            ("__repr__", f(HashlibFn::Repr)),
        ];
        for (name, which) in [
            ("name", HashlibFn::Name),
            ("digest_size", HashlibFn::DigestSize),
            ("block_size", HashlibFn::BlockSize),
        ] {
            let p = vm.native_property(f(which), None)?;
            attrs.push((name, p));
        }
        vm.new_native_class(NativeClass {
            name: "HASH",
            module: "_hashlib",
            attrs,
            dotted_name: true,
            ..Default::default()
        })
    })
}

/// Data to hash: bytes-like only.
fn data_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_instance(v, BuiltinType::Str) {
        return Err(Exc::type_error("Strings must be encoded before hashing"));
    }
    bytes_like(vm, v).ok_or_else(|| Exc::type_error("object supporting the buffer API required"))
}

fn new_hash(vm: &mut Vm, algo: Algo, data: Option<Value>) -> PyResult<Value> {
    let mut h = Hasher::new(algo);
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        if bytes.len() > 1 << 20 {
            vm.check_limits()?;
        }
        h.update(&bytes);
    }
    let cls = hash_class(vm)?;
    vm.new_native_instance(cls, NativeData::Text(TextData::Hash(HashState(h))))
}

/// `openssl_md5(string=b'', *, usedforsecurity=True)` (also `data` is not accepted, like
/// CPython's OpenSSL constructors).
fn constructor(vm: &mut Vm, args: &Args, algo: Algo) -> PyResult<Value> {
    let fname = format!("openssl_{}", algo.name());
    if args.pos.len() > 1 {
        return Err(Exc::type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut data = args.get(0);
    for (k, v) in &args.kw {
        let key = vm.as_str(*k).unwrap_or("");
        match key {
            "string" if data.is_none() => data = Some(*v),
            "string" => {
                return Err(Exc::type_error(format!(
                    "argument for {fname}() given by name ('string') and position (1)"
                )))
            }
            "usedforsecurity" => {}
            _ => {
                return Err(Exc::type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    new_hash(vm, algo, data)
}

fn md5(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Md5)
}
fn sha1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha1)
}
fn sha224(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha224)
}
fn sha256(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha256)
}
fn sha384(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha384)
}
fn sha512(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha512)
}
fn sha3_224(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha3_224)
}
fn sha3_256(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha3_256)
}
fn sha3_384(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha3_384)
}
fn sha3_512(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    constructor(vm, args, Algo::Sha3_512)
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = crate::modules::support::Sig {
        name: "__hash_new",
        params: &["name", "data"],
        npos: 2,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: false,
        varkw: true,
    };
    let b = crate::modules::support::bind(vm, args, &sig)?;
    let name_v = b.or_none(0);
    let Some(name) = vm.as_str(vm.unwrap_builtin(name_v)).map(str::to_string) else {
        return Err(Exc::type_error("name must be a string"));
    };
    for (k, _) in &b.extra {
        let key = vm.as_str(*k).unwrap_or("");
        if key != "usedforsecurity" && key != "string" {
            return Err(Exc::type_error(format!(
                "'{key}' is an invalid keyword argument for openssl_{}()",
                name.to_ascii_lowercase()
            )));
        }
    }
    let Some(algo) = Algo::lookup(&name) else {
        return Err(Exc::value_error(format!("unsupported hash type {name}")));
    };
    let data = b.get(1).or_else(|| {
        b.extra
            .iter()
            .find(|(k, _)| vm.str_eq_literal(*k, "string"))
            .map(|(_, v)| *v)
    });
    new_hash(vm, algo, data)
}

fn state(vm: &Vm, v: Value) -> PyResult<&Hasher> {
    match text_data(vm, v) {
        Some(TextData::Hash(h)) => Ok(&h.0),
        _ => Err(Exc::type_error(format!(
            "descriptor requires a '_hashlib.HASH' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(Exc::type_error(format!(
            "{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

fn h_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error("HASH.update() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "HASH.update() takes exactly one argument ({n} given)"
        )));
    }
    state(vm, args.this())?;
    let data = data_arg(vm, args.pos[1])?;
    if data.len() > 1 << 20 {
        vm.check_limits()?;
    }
    if let Some(TextData::Hash(h)) = text_data_mut(vm, args.this()) {
        h.0.update(&data);
    }
    Ok(Value::None)
}

fn h_digest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "HASH.digest")?;
    let d = state(vm, args.this())?.digest();
    vm.new_bytes(d)
}

fn h_hexdigest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "HASH.hexdigest")?;
    let d = state(vm, args.this())?.digest();
    let hex = crate::modules::binascii::hex_with_sep(&d, None, 1);
    vm.new_str(String::from_utf8_lossy(&hex).into_owned())
}

fn h_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "HASH.copy")?;
    let h = state(vm, args.this())?.clone();
    let cls = vm.type_of(args.this());
    vm.new_native_instance(cls, NativeData::Text(TextData::Hash(HashState(h))))
}

fn h_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = state(vm, args.this())?.algo();
    vm.new_str(a.name().to_string())
}

fn h_digest_size(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(state(vm, args.this())?.algo().digest_size()))
}

fn h_block_size(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(state(vm, args.this())?.algo().block_size()))
}

fn h_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = state(vm, args.this())?.algo();
    let addr = match args.this() {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => "0x0".to_string(),
    };
    vm.new_str(format!("<{} _hashlib.HASH object @ {addr}>", a.name()))
}

// ---- pbkdf2_hmac --------------------------------------------------------------------------------

/// HMAC (RFC 2104) keyed once: the inner and outer hashers after absorbing the padded key.
struct Hmac {
    inner: Hasher,
    outer: Hasher,
}

impl Hmac {
    fn new(algo: Algo, key: &[u8]) -> Hmac {
        let block = algo.block_size() as usize;
        let mut k = if key.len() > block {
            let mut h = Hasher::new(algo);
            h.update(key);
            h.digest()
        } else {
            key.to_vec()
        };
        k.resize(block, 0);
        let mut inner = Hasher::new(algo);
        let mut outer = Hasher::new(algo);
        inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Hmac { inner, outer }
    }

    fn mac(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut i = self.inner.clone();
        for p in parts {
            i.update(p);
        }
        let mut o = self.outer.clone();
        o.update(&i.digest());
        o.digest()
    }
}

/// The unsupported-algorithm error of CPython's OpenSSL-backed `pbkdf2_hmac`
/// (`_hashlib.UnsupportedDigestmodError`, a ValueError).
fn unsupported_digestmod(vm: &mut Vm) -> PyResult<Exc> {
    let cls = vm.std_class("hashlib.UnsupportedDigestmodError", |vm| {
        vm.new_exception_class(
            "UnsupportedDigestmodError",
            "_hashlib",
            Value::Type(BuiltinType::ValueError),
        )
    })?;
    vm.exception_msg(cls, "[digital envelope routines] unsupported")
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018 PBKDF2).
fn pbkdf2_hmac(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let vals = crate::modules::binascii::clinic(
        vm,
        args,
        "pbkdf2_hmac",
        &["hash_name", "password", "salt", "iterations", "dklen"],
        &[],
        4,
    )?;
    let [Some(name_v), Some(pw_v), Some(salt_v), Some(iter_v), dklen_v] = vals[..] else {
        return Err(Exc::type_error("pbkdf2_hmac() missing required argument"));
    };
    let Some(name) = vm.as_str(vm.unwrap_builtin(name_v)).map(str::to_string) else {
        return Err(Exc::type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            vm.type_name(name_v)
        )));
    };
    let password = crate::modules::support::need_bytes(vm, pw_v)?;
    let salt = crate::modules::support::need_bytes(vm, salt_v)?;
    let int_arg = |vm: &mut Vm, v: Value| -> PyResult<i64> {
        if matches!(vm.unwrap_builtin(v), Value::Float(_)) {
            return Err(Exc::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        vm.index_value(v)
    };
    let iterations = match int_arg(vm, iter_v) {
        Ok(i) => i,
        Err(e) if vm.is_instance(iter_v, BuiltinType::Int) => {
            let _ = e;
            return Err(Exc::new(
                BuiltinType::OverflowError,
                "iteration value is too great.",
            ));
        }
        Err(e) => return Err(e),
    };
    if iterations < 1 {
        return Err(Exc::value_error("iteration value must be greater than 0."));
    }
    if iterations > i64::from(i32::MAX) {
        return Err(Exc::new(
            BuiltinType::OverflowError,
            "iteration value is too great.",
        ));
    }
    let Some(algo) = Algo::lookup(&name) else {
        return Err(unsupported_digestmod(vm)?);
    };
    let hlen = algo.digest_size() as usize;
    let dklen = match dklen_v.filter(|v| !v.is_none()) {
        None => hlen,
        Some(v) => {
            let n = match int_arg(vm, v) {
                Ok(n) => n,
                Err(e) if vm.is_instance(v, BuiltinType::Int) => {
                    let _ = e;
                    return Err(Exc::new(
                        BuiltinType::OverflowError,
                        "key length is too great.",
                    ));
                }
                Err(e) => return Err(e),
            };
            if n < 1 {
                return Err(Exc::value_error("key length must be greater than 0."));
            }
            if n > i64::from(i32::MAX) {
                return Err(Exc::new(
                    BuiltinType::OverflowError,
                    "key length is too great.",
                ));
            }
            n as usize
        }
    };
    vm.reserve(dklen)?;
    let mac = Hmac::new(algo, &password);
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    let mut work: u64 = 0;
    while out.len() < dklen {
        let mut u = mac.mac(&[&salt, &block.to_be_bytes()]);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = mac.mac(&[&u]);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
            work += 1;
            if work.is_multiple_of(1024) {
                vm.check_limits()?;
            }
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block = block.wrapping_add(1);
        vm.check_limits()?;
    }
    vm.new_bytes(out)
}
