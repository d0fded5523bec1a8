//! `random`: CPython 3.11's Mersenne Twister generator and everything built on it, reproducing
//! CPython's sequences exactly for the same seed.
//!
//! Supported: `seed` (None, int — negative and big ones too —, float, str/bytes/bytearray with
//! version 2 (SHA-512) or 1), `random`, `getrandbits`, `randbytes`, `randrange`, `randint`,
//! `choice`, `choices` (weights, cum_weights, k), `shuffle`, `sample` (with counts; CPython's
//! set-or-pool selection), `uniform`, `triangular`, `gauss`, `normalvariate`, `lognormvariate`,
//! `expovariate`, `vonmisesvariate`, `gammavariate`, `betavariate`, `paretovariate`,
//! `weibullvariate`, `getstate`/`setstate`, and the `Random` class (own state per instance,
//! subclassable; a subclass overriding `random()` and/or `getrandbits()` is used by the other
//! methods like CPython does).
//!
//! Not supported: `SystemRandom`. Unseeded generators seed themselves from the host's random
//! bytes on first use (PermissionError without that grant); `random.seed(n)` first never needs
//! the host. `randrange` with integral floats works but does not print CPython's
//! DeprecationWarning.

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha512};

use crate::builtins::function::BoundMethod;
use crate::builtins::{int, Args, Builtin};
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::math::{bind_py_args, to_float, to_index};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    pub enum RandomFn {
        Init => "__init__" => init,
        Seed => "seed" => seed,
        Random => "random" => random,
        Getrandbits => "getrandbits" => getrandbits,
        Getstate => "getstate" => getstate,
        Setstate => "setstate" => setstate,
        Randbelow => "_randbelow" => randbelow_method,
        Randrange => "randrange" => randrange,
        Randint => "randint" => randint,
        Choice => "choice" => choice,
        Choices => "choices" => choices,
        Shuffle => "shuffle" => shuffle,
        Sample => "sample" => sample,
        Uniform => "uniform" => uniform,
        Triangular => "triangular" => triangular,
        Normalvariate => "normalvariate" => normalvariate,
        Gauss => "gauss" => gauss,
        Lognormvariate => "lognormvariate" => lognormvariate,
        Expovariate => "expovariate" => expovariate,
        Vonmisesvariate => "vonmisesvariate" => vonmisesvariate,
        Gammavariate => "gammavariate" => gammavariate,
        Betavariate => "betavariate" => betavariate,
        Paretovariate => "paretovariate" => paretovariate,
        Weibullvariate => "weibullvariate" => weibullvariate,
        Randbytes => "randbytes" => randbytes,
    }
}

fn f(which: RandomFn) -> Value {
    func_value(ModuleFn::Random(which))
}

/// The module-level functions: bound methods of the hidden shared instance.
const MODULE_FUNCS: &[RandomFn] = &[
    RandomFn::Betavariate,
    RandomFn::Choice,
    RandomFn::Choices,
    RandomFn::Expovariate,
    RandomFn::Gammavariate,
    RandomFn::Gauss,
    RandomFn::Getrandbits,
    RandomFn::Getstate,
    RandomFn::Lognormvariate,
    RandomFn::Normalvariate,
    RandomFn::Paretovariate,
    RandomFn::Randbytes,
    RandomFn::Randint,
    RandomFn::Random,
    RandomFn::Randrange,
    RandomFn::Sample,
    RandomFn::Seed,
    RandomFn::Setstate,
    RandomFn::Shuffle,
    RandomFn::Triangular,
    RandomFn::Uniform,
    RandomFn::Vonmisesvariate,
    RandomFn::Weibullvariate,
];

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let cls = vm.std_class("random.Random", make_class)?;
    let inst = vm.new_native_instance(cls, NativeData::Random(Box::default()))?;
    let mut out: Vec<(&'static str, Value)> = vec![("Random", cls)];
    for &which in MODULE_FUNCS {
        let bound = vm.alloc(Object::BoundMethod(BoundMethod {
            func: f(which),
            receiver: inst,
        }))?;
        out.push((which.name(), bound));
    }
    out.push(("BPF", Value::Int(53)));
    out.push(("LOG4", Value::Float(4f64.ln())));
    out.push(("NV_MAGICCONST", Value::Float(nv_magicconst())));
    out.push(("RECIP_BPF", Value::Float(2f64.powi(-53))));
    out.push(("SG_MAGICCONST", Value::Float(1.0 + 4.5f64.ln())));
    out.push(("TWOPI", Value::Float(std::f64::consts::TAU)));
    Ok(out)
}

fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = RandomFn::all_names()
        .iter()
        .filter_map(|n| RandomFn::from_name(n).map(|w| (*n, f(w))))
        .collect();
    attrs.push(("VERSION", Value::Int(3)));
    vm.new_native_class(NativeClass {
        name: "Random",
        module: "random",
        attrs,
        ..Default::default()
    })
}

// ---- the Mersenne Twister ---------------------------------------------------------------------

const N: usize = 624;
const M: usize = 397;

/// The generator state of one `Random` instance.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MtState {
    mt: Vec<u32>,
    index: usize,
    /// False until seeded; an unseeded generator seeds itself from the host on first use.
    seeded: bool,
    gauss_next: Option<f64>,
}

impl MtState {
    pub fn new() -> MtState {
        MtState {
            mt: vec![0; N],
            index: N + 1,
            seeded: false,
            gauss_next: None,
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<MtState>() + self.mt.capacity() * 4
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt.clear();
        self.mt.resize(N, 0);
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.seeded = true;
        self.gauss_next = None;
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER) | (self.mt[(kk + 1) % N] & LOWER);
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for k <= 64.
    fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any k: 32-bit words from least to most significant, the last one
    /// shifted down to the remaining bits.
    fn bits_big(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    fn seed_int(&mut self, n: &BigInt) {
        let key = n.magnitude().to_u32_digits();
        self.init_by_array(&key);
    }
}

impl Default for MtState {
    fn default() -> Self {
        MtState::new()
    }
}

// ---- instance state and the sources of randomness ---------------------------------------------

fn random_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("random.Random", make_class)
}

/// Makes sure `this` is a Random instance with a seeded state.
fn ensure_state(vm: &mut Vm, this: Value, method: &str) -> PyResult<()> {
    let seeded = match vm.native_data(this) {
        Some(NativeData::Random(s)) => s.seeded,
        _ => {
            let cls = random_class(vm)?;
            if !vm.isinstance_of(this, cls)? {
                let t = vm.type_name(this);
                return Err(Exc::type_error(format!(
                    "descriptor '{method}' for 'Random' objects doesn't apply to a '{t}' object"
                )));
            }
            vm.set_native_data(this, NativeData::Random(Box::default()))?;
            false
        }
    };
    if !seeded {
        seed_from_host(vm, this)?;
    }
    Ok(())
}

fn seed_from_host(vm: &mut Vm, this: Value) -> PyResult<()> {
    let bytes = vm.host_random_bytes(N * 4)?;
    let key: Vec<u32> = bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w)
        })
        .collect();
    with_raw_state(vm, this, |s| s.init_by_array(&key))
}

fn with_raw_state<R>(vm: &mut Vm, this: Value, f: impl FnOnce(&mut MtState) -> R) -> PyResult<R> {
    match vm.native_data_mut(this) {
        Some(NativeData::Random(s)) => Ok(f(s)),
        _ => Err(Exc::internal("random state missing")),
    }
}

fn with_state<R>(
    vm: &mut Vm,
    this: Value,
    method: &str,
    f: impl FnOnce(&mut MtState) -> R,
) -> PyResult<R> {
    ensure_state(vm, this, method)?;
    with_raw_state(vm, this, f)
}

/// Where a method gets its randomness: the instance's own generator, or the `random()` /
/// `getrandbits()` a subclass defines (as CPython's methods call `self.random()`).
struct Src {
    this: Value,
    random_fn: Option<Value>,
    bits_fn: Option<Value>,
    randbelow_fn: Option<Value>,
}

fn is_own(v: Option<Value>, which: RandomFn) -> bool {
    match v {
        None => true,
        Some(Value::Builtin(Builtin::Module(ModuleFn::Random(w)))) => w == which,
        _ => false,
    }
}

impl Src {
    fn new(vm: &mut Vm, this: Value) -> PyResult<Src> {
        let cls = vm.type_of(this);
        let base = random_class(vm)?;
        let mut src = Src {
            this,
            random_fn: None,
            bits_fn: None,
            randbelow_fn: None,
        };
        if cls.is(base) {
            return Ok(src);
        }
        if !is_own(vm.lookup_in_namespaces(cls, "random"), RandomFn::Random) {
            src.random_fn = Some(vm.getattr(this, "random")?);
        }
        if !is_own(
            vm.lookup_in_namespaces(cls, "getrandbits"),
            RandomFn::Getrandbits,
        ) {
            src.bits_fn = Some(vm.getattr(this, "getrandbits")?);
        }
        if !is_own(
            vm.lookup_in_namespaces(cls, "_randbelow"),
            RandomFn::Randbelow,
        ) {
            src.randbelow_fn = Some(vm.getattr(this, "_randbelow")?);
        }
        Ok(src)
    }

    fn random(&self, vm: &mut Vm) -> PyResult<f64> {
        match self.random_fn {
            Some(f) => {
                let r = vm.call(f, &[])?;
                to_float(vm, r)
            }
            None => with_state(vm, self.this, "random", |s| s.random()),
        }
    }

    fn bits(&self, vm: &mut Vm, k: u64) -> PyResult<BigInt> {
        match self.bits_fn {
            Some(f) => {
                let r = vm.call(f, &[Value::Int(k as i64)])?;
                to_index(vm, r)
            }
            None => with_state(vm, self.this, "getrandbits", |s| s.bits_big(k)),
        }
    }

    /// A random int in [0, n) for n > 0, the way CPython's `_randbelow` picks it.
    fn below(&self, vm: &mut Vm, n: &BigInt) -> PyResult<BigInt> {
        if let Some(f) = self.randbelow_fn {
            let nv = vm.new_int_big(n.clone())?;
            let r = vm.call(f, &[nv])?;
            return to_index(vm, r);
        }
        if self.bits_fn.is_none() && self.random_fn.is_some() {
            return self.below_without_bits(vm, n);
        }
        let k = n.bits();
        if self.bits_fn.is_none() {
            if let Some(small) = n.to_u64() {
                ensure_state(vm, self.this, "_randbelow")?;
                return with_raw_state(vm, self.this, |s| loop {
                    let r = s.bits_u64(k as u32);
                    if r < small {
                        break BigInt::from(r);
                    }
                });
            }
        }
        let mut count = 0u32;
        loop {
            let r = self.bits(vm, k)?;
            if &r < n {
                return Ok(r);
            }
            count += 1;
            if count.is_multiple_of(1024) {
                vm.check_limits()?;
            }
        }
    }

    fn below_usize(&self, vm: &mut Vm, n: usize) -> PyResult<usize> {
        let r = self.below(vm, &BigInt::from(n))?;
        Ok(r.to_usize().unwrap_or(0))
    }

    /// `_randbelow_without_getrandbits`: for subclasses that only provide `random()`.
    fn below_without_bits(&self, vm: &mut Vm, n: &BigInt) -> PyResult<BigInt> {
        let maxsize = BigInt::one() << 53u32;
        if n >= &maxsize {
            let r = self.random(vm)?;
            let nf = int::to_f64(n)?;
            return float_to_big(r * nf);
        }
        if n.is_zero() {
            return Ok(BigInt::zero());
        }
        let nn = n.to_u64().unwrap_or(1);
        let max = 1u64 << 53;
        let rem = max % nn;
        let limit = (max - rem) as f64 / max as f64;
        let mut r = self.random(vm)?;
        while r >= limit {
            r = self.random(vm)?;
        }
        Ok(BigInt::from(((r * max as f64).floor() as u64) % nn))
    }
}

fn float_to_big(x: f64) -> PyResult<BigInt> {
    let x = x.floor();
    if !x.is_finite() {
        return Err(Exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    num_traits::FromPrimitive::from_f64(x).ok_or_else(|| Exc::internal("float to int"))
}

// ---- seeding and state ------------------------------------------------------------------------------

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.__init__", &["self", "x"], 1, &[])?;
    let this = args.this();
    let x = a[1].unwrap_or(Value::None);
    let cls = vm.type_of(this);
    if is_own(vm.lookup_in_namespaces(cls, "seed"), RandomFn::Seed) {
        do_seed(vm, this, x, Value::Int(2))?;
    } else {
        let m = vm.getattr(this, "seed")?;
        vm.call(m, &[x])?;
    }
    Ok(Value::None)
}

fn seed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.seed", &["self", "a", "version"], 1, &[])?;
    let x = a[1].unwrap_or(Value::None);
    let version = a[2].unwrap_or(Value::Int(2));
    do_seed(vm, args.this(), x, version)?;
    Ok(Value::None)
}

fn do_seed(vm: &mut Vm, this: Value, a: Value, version: Value) -> PyResult<()> {
    // Make sure the instance has a state to seed (subclasses may skip our __init__).
    match vm.native_data(this) {
        Some(NativeData::Random(_)) => {}
        _ => {
            let cls = random_class(vm)?;
            if !vm.isinstance_of(this, cls)? {
                let t = vm.type_name(this);
                return Err(Exc::type_error(format!(
                    "descriptor 'seed' for 'Random' objects doesn't apply to a '{t}' object"
                )));
            }
            vm.set_native_data(this, NativeData::Random(Box::default()))?;
        }
    }
    let version_is = |n: i64| matches!(version, Value::Int(v) if v == n);
    let text_bytes: Option<Vec<u8>> = match vm.kind(a) {
        Kind::Str => vm.as_str(a).map(|s| s.as_bytes().to_vec()),
        Kind::Bytes | Kind::ByteArray => match a {
            Value::Obj(id) => match vm.heap.get(id) {
                Object::Bytes(b) | Object::ByteArray(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let is_str = vm.kind(a) == Kind::Str;
    let is_bytearray = vm.kind(a) == Kind::ByteArray;
    let n: Option<BigInt> = if version_is(1) && text_bytes.is_some() && !is_bytearray {
        // Version 1 hashed the characters (bytes decoded as latin-1) with a 64-bit FNV-like mix.
        let chars: Vec<u32> = if is_str {
            vm.as_str(a)
                .unwrap_or("")
                .chars()
                .map(|c| c as u32)
                .collect()
        } else {
            text_bytes
                .unwrap_or_default()
                .iter()
                .map(|b| *b as u32)
                .collect()
        };
        let mut x: u64 = match chars.first() {
            Some(c) => (*c as u64) << 7,
            None => 0,
        };
        for c in &chars {
            x = (1000003u64.wrapping_mul(x)) ^ (*c as u64);
        }
        x ^= chars.len() as u64;
        Some(BigInt::from(x))
    } else if version_is(2) && text_bytes.is_some() {
        let mut data = text_bytes.unwrap_or_default();
        let digest = Sha512::digest(&data);
        data.extend_from_slice(&digest);
        Some(BigInt::from_bytes_be(Sign::Plus, &data))
    } else {
        match vm.kind(a) {
            Kind::Int => int::to_bigint(vm, vm.unwrap_builtin(a)),
            // Other seeds use their hash, reinterpreted as unsigned.
            Kind::Float | Kind::Str | Kind::Bytes | Kind::ByteArray => {
                Some(BigInt::from(vm.hash(a)? as u64))
            }
            _ if a.is_none() => None,
            _ => return Err(Exc::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        }
    };
    match n {
        Some(n) => with_raw_state(vm, this, |s| s.seed_int(&n))?,
        None => seed_from_host(vm, this)?,
    }
    with_raw_state(vm, this, |s| s.gauss_next = None)
}

fn c_method_no_args(args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "Random.{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn c_method_one_arg(args: &Args, name: &str) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "Random.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(args.pos[1])
}

fn random(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    c_method_no_args(args, "random")?;
    let r = with_state(vm, args.this(), "random", |s| s.random())?;
    Ok(Value::Float(r))
}

fn getrandbits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let kv = c_method_one_arg(args, "getrandbits")?;
    let k = to_index(vm, kv)?;
    if k.is_negative() {
        return Err(Exc::value_error("number of bits must be non-negative"));
    }
    let Some(k) = k.to_u64().filter(|k| *k < (1u64 << 40)) else {
        return Err(Exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    };
    vm.reserve((k / 8) as usize)?;
    let r = with_state(vm, args.this(), "getrandbits", |s| s.bits_big(k))?;
    vm.new_int_big(r)
}

fn getstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind_py_args(vm, args, "Random.getstate", &["self"], 1, &[])?;
    let (words, index, gauss) = with_state(vm, args.this(), "getstate", |s| {
        (s.mt.clone(), s.index.min(N), s.gauss_next)
    })?;
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(index as i64));
    let inner = vm.new_tuple(items)?;
    let g = match gauss {
        Some(g) => Value::Float(g),
        None => Value::None,
    };
    vm.new_tuple(vec![Value::Int(3), inner, g])
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.setstate", &["self", "state"], 2, &[])?;
    let this = args.this();
    let state = a[1].unwrap_or(Value::None);
    let version = vm.getitem(state, Value::Int(0))?;
    if !matches!(version, Value::Int(3)) {
        let v = vm.repr(version)?;
        return Err(Exc::value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        )));
    }
    let parts = vm.collect(state)?;
    if parts.len() != 3 {
        return Err(Exc::value_error(format!(
            "{} values to unpack (expected 3)",
            if parts.len() > 3 {
                "too many"
            } else {
                "not enough"
            }
        )));
    }
    let internal = parts[1];
    let gauss = parts[2];
    let items = match internal {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Tuple(items) => items.clone(),
            _ => return Err(Exc::type_error("state vector must be a tuple")),
        },
        _ => return Err(Exc::type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(Exc::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N);
    for v in &items[..N] {
        let b = to_index(vm, *v)?;
        if b.is_negative() {
            return Err(Exc::overflow_error(
                "can't convert negative int to unsigned",
            ));
        }
        let w = b.to_u64().ok_or_else(|| {
            Exc::overflow_error("Python int too large to convert to C unsigned long")
        })?;
        words.push(w as u32);
    }
    let index = to_index(vm, items[N])?;
    let index = match index.to_i64() {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => return Err(Exc::value_error("invalid state")),
    };
    let gauss_next = if gauss.is_none() {
        None
    } else {
        Some(to_float(vm, gauss)?)
    };
    ensure_state_unseeded_ok(vm, this)?;
    with_raw_state(vm, this, |s| {
        s.mt = words;
        s.index = index;
        s.seeded = true;
        s.gauss_next = gauss_next;
    })?;
    Ok(Value::None)
}

/// Gives `this` a state if it has none, without seeding it from the host.
fn ensure_state_unseeded_ok(vm: &mut Vm, this: Value) -> PyResult<()> {
    if matches!(vm.native_data(this), Some(NativeData::Random(_))) {
        return Ok(());
    }
    let cls = random_class(vm)?;
    if !vm.isinstance_of(this, cls)? {
        let t = vm.type_name(this);
        return Err(Exc::type_error(format!(
            "descriptor 'setstate' for 'Random' objects doesn't apply to a '{t}' object"
        )));
    }
    vm.set_native_data(this, NativeData::Random(Box::default()))
}

fn randbelow_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random._randbelow", &["self", "n"], 2, &[])?;
    let n = to_index(vm, a[1].unwrap_or(Value::None))?;
    let this = args.this();
    let mut src = Src::new(vm, this)?;
    src.randbelow_fn = None;
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    let r = src.below(vm, &n)?;
    vm.new_int_big(r)
}

// ---- integers and sequences -------------------------------------------------------------------------

/// A randrange argument: an int, or (deprecated) an integral float.
fn range_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(vm, vm.unwrap_builtin(v)) {
        return Ok(b);
    }
    if vm.kind(v) == Kind::Instance && vm.lookup_user(v, "__index__")?.is_some() {
        return to_index(vm, v);
    }
    // `int(v)`, then a ValueError unless it equals v.
    let i = vm.call(Value::Type(BuiltinType::Int), &[v])?;
    if !vm.eq(i, v)? {
        return Err(Exc::value_error(format!(
            "non-integer {what} for randrange()"
        )));
    }
    to_index(vm, i)
}

fn randrange_impl(
    vm: &mut Vm,
    src: &Src,
    start: Value,
    stop: Value,
    step: Option<Value>,
) -> PyResult<Value> {
    let istart = range_arg(vm, start, "arg 1")?;
    if stop.is_none() {
        if step.is_some() {
            return Err(Exc::type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            let r = src.below(vm, &istart)?;
            return vm.new_int_big(r);
        }
        return Err(Exc::value_error("empty range for randrange()"));
    }
    let istop = range_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => range_arg(vm, s, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            let r = src.below(vm, &width)?;
            return vm.new_int_big(istart + r);
        }
        return Err(Exc::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(Exc::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(Exc::value_error("empty range for randrange()"));
    }
    let r = src.below(vm, &n)?;
    vm.new_int_big(istart + istep * r)
}

fn randrange(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.randrange",
        &["self", "start", "stop", "step"],
        2,
        &[],
    )?;
    let src = Src::new(vm, args.this())?;
    let start = a[1].unwrap_or(Value::None);
    let stop = a[2].unwrap_or(Value::None);
    randrange_impl(vm, &src, start, stop, a[3])
}

fn randint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.randint", &["self", "a", "b"], 3, &[])?;
    let src = Src::new(vm, args.this())?;
    let lo = a[1].unwrap_or(Value::None);
    let hi = a[2].unwrap_or(Value::None);
    let stop = vm.binary_native(BinOp::Add, hi, Value::Int(1))?;
    randrange_impl(vm, &src, lo, stop, None)
}

/// Items of a list or tuple, without copying anything else.
fn seq_item(vm: &mut Vm, seq: Value, i: usize) -> PyResult<Value> {
    if let Value::Obj(id) = seq {
        if let Object::List(items) | Object::Tuple(items) = vm.heap.get(id) {
            if let Some(v) = items.get(i) {
                return Ok(*v);
            }
        }
    }
    vm.getitem(seq, Value::Int(i as i64))
}

fn choice(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.choice", &["self", "seq"], 2, &[])?;
    let seq = a[1].unwrap_or(Value::None);
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(Exc::index_error("Cannot choose from an empty sequence"));
    }
    let src = Src::new(vm, args.this())?;
    let i = src.below_usize(vm, n)?;
    seq_item(vm, seq, i)
}

/// `bisect.bisect_right(a, x, lo, hi)` for a float `x`.
fn bisect_right(vm: &mut Vm, a: &[Value], x: f64, hi: usize) -> PyResult<usize> {
    let mut lo = 0usize;
    let mut hi = hi;
    while lo < hi {
        let mid = (lo + hi) / 2;
        let less = match a[mid] {
            Value::Float(y) => x < y,
            Value::Int(y) if y.unsigned_abs() < (1u64 << 53) => x < y as f64,
            other => vm.compare_bool(CmpOp::Lt, Value::Float(x), other)?,
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn choices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.choices",
        &["self", "population", "weights"],
        2,
        &["cum_weights", "k"],
    )?;
    let population = a[1].unwrap_or(Value::None);
    let weights = a[2].unwrap_or(Value::None);
    let mut cum = a[3].unwrap_or(Value::None);
    let kv = a[4].unwrap_or(Value::Int(1));
    let src = Src::new(vm, args.this())?;
    let n = vm.len(population)?;
    let k = vm.index_value(kv)?;
    let count = k.max(0) as usize;
    vm.reserve(count.saturating_mul(16))?;
    let mut out = Vec::with_capacity(count.min(1 << 20));
    if cum.is_none() {
        if weights.is_none() {
            let nf = n as f64;
            for i in 0..count {
                if i % 4096 == 4095 {
                    vm.check_limits()?;
                }
                let r = src.random(vm)?;
                let idx = (r * nf).floor() as usize;
                out.push(seq_item(vm, population, idx)?);
            }
            return vm.new_list(out);
        }
        let items = match vm.collect(weights) {
            Ok(items) => items,
            Err(e) => {
                if vm.kind(weights) == Kind::Int && vm.exc_is(&e, BuiltinType::TypeError) {
                    let r = vm.repr(weights)?;
                    return Err(Exc::type_error(format!(
                        "The number of choices must be a keyword argument: k={r}"
                    )));
                }
                return Err(e);
            }
        };
        let mut acc: Vec<Value> = Vec::with_capacity(items.len());
        let mut total: Option<Value> = None;
        for w in items {
            let next = match total {
                None => w,
                Some(t) => match (t, w) {
                    (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
                    _ => vm.binary_native(BinOp::Add, t, w)?,
                },
            };
            total = Some(next);
            acc.push(next);
        }
        cum = vm.new_list(acc)?;
    } else if !weights.is_none() {
        return Err(Exc::type_error(
            "Cannot specify both weights and cumulative weights",
        ));
    }
    let cum_items = vm.collect(cum)?;
    if cum_items.len() != n {
        return Err(Exc::value_error(
            "The number of weights does not match the population",
        ));
    }
    let last = match cum_items.last() {
        Some(v) => *v,
        None => return Err(Exc::index_error("list index out of range")),
    };
    let total_v = vm.binary_native(BinOp::Add, last, Value::Float(0.0))?;
    let total = to_float(vm, total_v)?;
    if total <= 0.0 {
        return Err(Exc::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(Exc::value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    for i in 0..count {
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
        let r = src.random(vm)?;
        let idx = bisect_right(vm, &cum_items, r * total, hi)?;
        out.push(seq_item(vm, population, idx)?);
    }
    vm.new_list(out)
}

fn shuffle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.shuffle", &["self", "x"], 2, &[])?;
    let x = a[1].unwrap_or(Value::None);
    let src = Src::new(vm, args.this())?;
    let n = vm.len(x)?;
    if n < 2 {
        return Ok(Value::None);
    }
    let fast = src.randbelow_fn.is_none() && src.bits_fn.is_none() && src.random_fn.is_none();
    if fast && vm.kind(x) == Kind::List {
        ensure_state(vm, src.this, "shuffle")?;
        let swaps = with_raw_state(vm, src.this, |s| {
            let mut swaps = Vec::with_capacity(n - 1);
            for i in (1..n).rev() {
                let bound = (i + 1) as u64;
                let k = 64 - bound.leading_zeros();
                let j = loop {
                    let r = s.bits_u64(k);
                    if r < bound {
                        break r as usize;
                    }
                };
                swaps.push((i, j));
            }
            swaps
        })?;
        if let Value::Obj(id) = x {
            if let Object::List(items) = vm.heap.get_mut(id) {
                for (i, j) in swaps {
                    if i < items.len() && j < items.len() {
                        items.swap(i, j);
                    }
                }
            }
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = src.below_usize(vm, i + 1)?;
        let xi = vm.getitem(x, Value::Int(i as i64))?;
        let xj = vm.getitem(x, Value::Int(j as i64))?;
        vm.setitem(x, Value::Int(i as i64), xj)?;
        vm.setitem(x, Value::Int(j as i64), xi)?;
    }
    Ok(Value::None)
}

fn is_sequence(vm: &Vm, v: Value) -> bool {
    let v = vm.unwrap_builtin(v);
    matches!(
        vm.kind(v),
        Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Bytes | Kind::ByteArray
    )
}

fn sample(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.sample",
        &["self", "population", "k"],
        3,
        &["counts"],
    )?;
    let population = a[1].unwrap_or(Value::None);
    let kv = a[2].unwrap_or(Value::None);
    let counts = a[3].unwrap_or(Value::None);
    if !is_sequence(vm, population) {
        return Err(Exc::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let src = Src::new(vm, args.this())?;
    let n = vm.len(population)?;
    if !counts.is_none() {
        let items = vm.collect(counts)?;
        let mut cum: Vec<Value> = Vec::with_capacity(items.len());
        let mut total: Option<Value> = None;
        for c in items {
            let next = match total {
                None => c,
                Some(t) => vm.binary_native(BinOp::Add, t, c)?,
            };
            total = Some(next);
            cum.push(next);
        }
        if cum.len() != n {
            return Err(Exc::value_error(
                "The number of counts does not match the population",
            ));
        }
        let total = cum.pop().unwrap_or(Value::Int(0));
        if vm.kind(total) != Kind::Int {
            return Err(Exc::type_error("Counts must be integers"));
        }
        let total_b = to_index(vm, total)?;
        if !total_b.is_positive() {
            return Err(Exc::value_error(
                "Total of counts must be greater than zero",
            ));
        }
        let range = vm.call(Value::Type(BuiltinType::Range), &[total])?;
        let selections = sample_impl(vm, &src, range, kv)?;
        let mut out = Vec::with_capacity(selections.len());
        for s in selections {
            // bisect_right(cum_counts, s)
            let mut lo = 0usize;
            let mut hi = cum.len();
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.compare_bool(CmpOp::Lt, s, cum[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(seq_item(vm, population, lo)?);
        }
        return vm.new_list(out);
    }
    let out = sample_impl(vm, &src, population, kv)?;
    vm.new_list(out)
}

fn sample_impl(vm: &mut Vm, src: &Src, population: Value, kv: Value) -> PyResult<Vec<Value>> {
    let n = vm.len(population)?;
    if int::to_bigint(vm, vm.unwrap_builtin(kv)).is_none()
        && !(vm.kind(kv) == Kind::Instance && vm.lookup_user(kv, "__index__")?.is_some())
    {
        // CPython compares `0 <= k <= n`, then fails building `[None] * k`.
        let in_range = vm.compare_bool(CmpOp::Le, Value::Int(0), kv)?
            && vm.compare_bool(CmpOp::Le, kv, Value::Int(n as i64))?;
        if !in_range {
            return Err(Exc::value_error(
                "Sample larger than population or is negative",
            ));
        }
        let t = vm.type_name(kv);
        return Err(Exc::type_error(format!(
            "can't multiply sequence by non-int of type '{t}'"
        )));
    }
    let k = to_index(vm, kv)?;
    let k = match k.to_usize() {
        Some(k) if k <= n => k,
        _ => {
            return Err(Exc::value_error(
                "Sample larger than population or is negative",
            ))
        }
    };
    vm.reserve(k.saturating_mul(2 * std::mem::size_of::<Value>()))?;
    let mut result = Vec::with_capacity(k);
    // CPython keeps a list copy of the population when that is smaller than a set of k picks.
    let mut setsize: u128 = 21;
    if k > 5 {
        let l = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4u128.saturating_pow(l.ceil() as u32);
    }
    if (n as u128) <= setsize {
        let mut pool = vm.collect(population)?;
        for i in 0..k {
            let j = src.below_usize(vm, n - i)?;
            let pick = pool.get(j).copied().unwrap_or(Value::None);
            result.push(pick);
            if let Some(last) = pool.get(n - i - 1).copied() {
                if let Some(slot) = pool.get_mut(j) {
                    *slot = last;
                }
            }
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        for i in 0..k {
            if i % 4096 == 4095 {
                vm.check_limits()?;
            }
            let mut j = src.below_usize(vm, n)?;
            while selected.contains(&j) {
                j = src.below_usize(vm, n)?;
            }
            selected.insert(j);
            result.push(seq_item(vm, population, j)?);
        }
    }
    Ok(result)
}

fn randbytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.randbytes", &["self", "n"], 2, &[])?;
    let n = to_index(vm, a[1].unwrap_or(Value::None))?;
    if n.is_negative() {
        return Err(Exc::value_error("number of bits must be non-negative"));
    }
    let n = n
        .to_usize()
        .filter(|n| *n < (1 << 34))
        .ok_or_else(|| Exc::overflow_error("Python int too large to convert to C ssize_t"))?;
    vm.reserve(n)?;
    let src = Src::new(vm, args.this())?;
    let r = src.bits(vm, n as u64 * 8)?;
    let mut bytes = r.magnitude().to_bytes_le();
    if r.is_zero() {
        bytes.clear();
    }
    bytes.resize(n, 0);
    vm.new_bytes(bytes)
}

// ---- real-valued distributions ----------------------------------------------------------------------

fn add(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
        _ => vm.binary_native(BinOp::Add, a, b),
    }
}

fn sub(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x - y)),
        _ => vm.binary_native(BinOp::Sub, a, b),
    }
}

fn mul(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x * y)),
        _ => vm.binary_native(BinOp::Mul, a, b),
    }
}

fn div(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) if y != 0.0 => Ok(Value::Float(x / y)),
        _ => vm.binary_native(BinOp::TrueDiv, a, b),
    }
}

fn uniform(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.uniform", &["self", "a", "b"], 3, &[])?;
    let lo = a[1].unwrap_or(Value::None);
    let hi = a[2].unwrap_or(Value::None);
    let src = Src::new(vm, args.this())?;
    let r = src.random(vm)?;
    let width = sub(vm, hi, lo)?;
    let scaled = mul(vm, width, Value::Float(r))?;
    add(vm, lo, scaled)
}

fn triangular(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.triangular",
        &["self", "low", "high", "mode"],
        1,
        &[],
    )?;
    let mut low = a[1].unwrap_or(Value::Float(0.0));
    let mut high = a[2].unwrap_or(Value::Float(1.0));
    let mode = a[3].unwrap_or(Value::None);
    let src = Src::new(vm, args.this())?;
    let mut u = src.random(vm)?;
    let c = if mode.is_none() {
        Value::Float(0.5)
    } else {
        let num = sub(vm, mode, low)?;
        let den = sub(vm, high, low)?;
        match div(vm, num, den) {
            Ok(c) => c,
            Err(e) if vm.exc_is(&e, BuiltinType::ZeroDivisionError) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    let mut c = c;
    if vm.compare_bool(CmpOp::Gt, Value::Float(u), c)? {
        u = 1.0 - u;
        c = sub(vm, Value::Float(1.0), c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let uc = mul(vm, Value::Float(u), c)?;
    let ucf = to_float(vm, uc)?;
    if ucf < 0.0 {
        return Err(crate::modules::math::domain_error());
    }
    let width = sub(vm, high, low)?;
    let scaled = mul(vm, width, Value::Float(ucf.sqrt()))?;
    add(vm, low, scaled)
}

fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

fn normal_z(vm: &mut Vm, src: &Src) -> PyResult<f64> {
    let magic = nv_magicconst();
    loop {
        let u1 = src.random(vm)?;
        let u2 = 1.0 - src.random(vm)?;
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if u2 <= 0.0 {
            return Err(crate::modules::math::domain_error());
        }
        if zz <= -u2.ln() {
            return Ok(z);
        }
    }
}

fn normalvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.normalvariate",
        &["self", "mu", "sigma"],
        1,
        &[],
    )?;
    let mu = a[1].unwrap_or(Value::Float(0.0));
    let sigma = a[2].unwrap_or(Value::Float(1.0));
    let src = Src::new(vm, args.this())?;
    let z = normal_z(vm, &src)?;
    let zs = mul(vm, Value::Float(z), sigma)?;
    add(vm, mu, zs)
}

fn gauss(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.gauss", &["self", "mu", "sigma"], 1, &[])?;
    let mu = a[1].unwrap_or(Value::Float(0.0));
    let sigma = a[2].unwrap_or(Value::Float(1.0));
    let this = args.this();
    let src = Src::new(vm, this)?;
    ensure_state(vm, this, "gauss")?;
    let pending = with_raw_state(vm, this, |s| s.gauss_next.take())?;
    let z = match pending {
        Some(z) => z,
        None => {
            let x2pi = src.random(vm)? * std::f64::consts::TAU;
            let r = 1.0 - src.random(vm)?;
            if r <= 0.0 {
                return Err(crate::modules::math::domain_error());
            }
            let g2rad = (-2.0 * r.ln()).sqrt();
            let z = x2pi.cos() * g2rad;
            let next = x2pi.sin() * g2rad;
            with_raw_state(vm, this, |s| s.gauss_next = Some(next))?;
            z
        }
    };
    let zs = mul(vm, Value::Float(z), sigma)?;
    add(vm, mu, zs)
}

fn lognormvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.lognormvariate",
        &["self", "mu", "sigma"],
        3,
        &[],
    )?;
    let mu = a[1].unwrap_or(Value::None);
    let sigma = a[2].unwrap_or(Value::None);
    let src = Src::new(vm, args.this())?;
    let z = normal_z(vm, &src)?;
    let zs = mul(vm, Value::Float(z), sigma)?;
    let v = add(vm, mu, zs)?;
    let x = to_float(vm, v)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(crate::modules::math::range_error());
    }
    Ok(Value::Float(r))
}

fn expovariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.expovariate", &["self", "lambd"], 2, &[])?;
    let lambd = a[1].unwrap_or(Value::None);
    let src = Src::new(vm, args.this())?;
    let u = 1.0 - src.random(vm)?;
    if u <= 0.0 {
        return Err(crate::modules::math::domain_error());
    }
    let num = Value::Float(-u.ln());
    div(vm, num, lambd)
}

fn vonmisesvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.vonmisesvariate",
        &["self", "mu", "kappa"],
        3,
        &[],
    )?;
    let mu = a[1].unwrap_or(Value::None);
    let kappa_v = a[2].unwrap_or(Value::None);
    let kappa = to_float(vm, kappa_v)?;
    let src = Src::new(vm, args.this())?;
    let tau = std::f64::consts::TAU;
    if kappa <= 1e-6 {
        return Ok(Value::Float(tau * src.random(vm)?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = src.random(vm)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = src.random(vm)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let fv = (q + z) / (1.0 + q * z);
    let u3 = src.random(vm)?;
    let ac = fv.acos();
    if ac.is_nan() {
        return Err(crate::modules::math::domain_error());
    }
    let theta = if u3 > 0.5 {
        add(vm, mu, Value::Float(ac))?
    } else {
        sub(vm, mu, Value::Float(ac))?
    };
    match theta {
        Value::Float(t) => Ok(Value::Float(crate::builtins::float::py_divmod(t, tau).1)),
        other => vm.binary_native(BinOp::Mod, other, Value::Float(tau)),
    }
}

fn gamma_sample(vm: &mut Vm, src: &Src, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(Exc::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    let log4 = 4.0f64.ln();
    let sg_magicconst = 1.0 + 4.5f64.ln();
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        let mut count = 0u32;
        loop {
            count += 1;
            if count.is_multiple_of(4096) {
                vm.check_limits()?;
            }
            let u1 = src.random(vm)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - src.random(vm)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        let u = 1.0 - src.random(vm)?;
        Ok(-u.ln() * beta)
    } else {
        let e = std::f64::consts::E;
        let mut count = 0u32;
        let x = loop {
            count += 1;
            if count.is_multiple_of(4096) {
                vm.check_limits()?;
            }
            let u = src.random(vm)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = src.random(vm)?;
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        Ok(x * beta)
    }
}

fn gammavariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.gammavariate",
        &["self", "alpha", "beta"],
        3,
        &[],
    )?;
    let alpha = to_float(vm, a[1].unwrap_or(Value::None))?;
    let beta = to_float(vm, a[2].unwrap_or(Value::None))?;
    let src = Src::new(vm, args.this())?;
    Ok(Value::Float(gamma_sample(vm, &src, alpha, beta)?))
}

fn betavariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.betavariate",
        &["self", "alpha", "beta"],
        3,
        &[],
    )?;
    let alpha = to_float(vm, a[1].unwrap_or(Value::None))?;
    let beta = to_float(vm, a[2].unwrap_or(Value::None))?;
    let src = Src::new(vm, args.this())?;
    let y = gamma_sample(vm, &src, alpha, 1.0)?;
    if y != 0.0 {
        let other = gamma_sample(vm, &src, beta, 1.0)?;
        return Ok(Value::Float(y / (y + other)));
    }
    Ok(Value::Float(0.0))
}

fn paretovariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Random.paretovariate", &["self", "alpha"], 2, &[])?;
    let alpha = to_float(vm, a[1].unwrap_or(Value::None))?;
    let src = Src::new(vm, args.this())?;
    let u = 1.0 - src.random(vm)?;
    if alpha == 0.0 {
        return Err(Exc::zero_division("float division by zero"));
    }
    float_pow(vm, u, -1.0 / alpha)
}

fn weibullvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Random.weibullvariate",
        &["self", "alpha", "beta"],
        3,
        &[],
    )?;
    let alpha = to_float(vm, a[1].unwrap_or(Value::None))?;
    let beta = to_float(vm, a[2].unwrap_or(Value::None))?;
    let src = Src::new(vm, args.this())?;
    let u = 1.0 - src.random(vm)?;
    if u <= 0.0 {
        return Err(crate::modules::math::domain_error());
    }
    if beta == 0.0 {
        return Err(Exc::zero_division("float division by zero"));
    }
    let p = float_pow(vm, -u.ln(), 1.0 / beta)?;
    match p {
        Value::Float(p) => Ok(Value::Float(alpha * p)),
        other => Ok(other),
    }
}

/// Python's `float ** float` for the cases the distributions produce.
fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    crate::builtins::float::binop(vm, BinOp::Pow, Value::Float(x), Value::Float(y))
}
