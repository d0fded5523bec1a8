//! `uuid`: the `UUID` class, `uuid1`/`uuid3`/`uuid4`/`uuid5`, `getnode`, the `NAMESPACE_*` constants and the
//! variant strings, with CPython 3.11's behaviour, reprs and messages.
//!
//! `UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
//! is_safe=...)` parses hex strings with or without braces, hyphens and a `urn:uuid:` prefix;
//! instances have `hex`, `int`, `bytes`, `bytes_le`, `fields`, `time_low`, `time_mid`,
//! `time_hi_version`, `clock_seq_hi_variant`, `clock_seq_low`, `time`, `clock_seq`, `node`,
//! `urn`, `variant`, `version`; they compare and hash by their int, convert with `int()` and
//! `str()`, and their attributes cannot be assigned (`TypeError: UUID objects are immutable`).
//! `uuid4()` takes its 16 bytes from the host's randomness (PermissionError without that grant).
//!
//! `uuid1(node=None, clock_seq=None)` uses the host's wall clock (PermissionError without that
//! grant); `getnode()` is a random multicast node id fixed for the run (the sandbox has no
//! hardware address), as CPython does on machines without one.
//!
//! Not provided: the `is_safe` attribute and `SafeUUID` (the argument is accepted and ignored), pickling. New
//! attributes can be set on instances (CPython's `__slots__` forbid it).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::Args;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::support::{bind, bytes_like, str_of, text_data, Sig, TextData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum UuidFn {
        Uuid1 => "uuid1" => uuid1,
        Getnode => "getnode" => getnode,
        Uuid3 => "uuid3" => uuid3,
        Uuid4 => "uuid4" => uuid4,
        Uuid5 => "uuid5" => uuid5,
        Init => "__init__" => init,
        Repr => "__repr__" => repr,
        Str => "__str__" => to_str,
        Int => "__int__" => to_int,
        Hash => "__hash__" => hash,
        Eq => "__eq__" => eq,
        Ne => "__ne__" => ne,
        Lt => "__lt__" => lt,
        Le => "__le__" => le,
        Gt => "__gt__" => gt,
        Ge => "__ge__" => ge,
        Immutable => "__set__" => immutable,
        PInt => "int" => p_int,
        PHex => "hex" => p_hex,
        PBytes => "bytes" => p_bytes,
        PBytesLe => "bytes_le" => p_bytes_le,
        PFields => "fields" => p_fields,
        PTimeLow => "time_low" => p_time_low,
        PTimeMid => "time_mid" => p_time_mid,
        PTimeHi => "time_hi_version" => p_time_hi_version,
        PClockHi => "clock_seq_hi_variant" => p_clock_seq_hi_variant,
        PClockLow => "clock_seq_low" => p_clock_seq_low,
        PTime => "time" => p_time,
        PClockSeq => "clock_seq" => p_clock_seq,
        PNode => "node" => p_node,
        PUrn => "urn" => p_urn,
        PVariant => "variant" => p_variant,
        PVersion => "version" => p_version,
    }
}

fn f(which: UuidFn) -> Value {
    func_value(ModuleFn::Uuid(which))
}

const RESERVED_NCS: &str = "reserved for NCS compatibility";
const RFC_4122: &str = "specified in RFC 4122";
const RESERVED_MICROSOFT: &str = "reserved for Microsoft compatibility";
const RESERVED_FUTURE: &str = "reserved for future definition";

const NAMESPACES: [(&str, u128); 4] = [
    ("NAMESPACE_DNS", 0x6ba7b810_9dad_11d1_80b4_00c04fd430c8),
    ("NAMESPACE_URL", 0x6ba7b811_9dad_11d1_80b4_00c04fd430c8),
    ("NAMESPACE_OID", 0x6ba7b812_9dad_11d1_80b4_00c04fd430c8),
    ("NAMESPACE_X500", 0x6ba7b814_9dad_11d1_80b4_00c04fd430c8),
];

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let cls = uuid_class(vm)?;
    let mut out: Vec<(&'static str, Value)> = vec![
        ("UUID", cls),
        ("uuid1", f(UuidFn::Uuid1)),
        ("getnode", f(UuidFn::Getnode)),
        ("uuid3", f(UuidFn::Uuid3)),
        ("uuid4", f(UuidFn::Uuid4)),
        ("uuid5", f(UuidFn::Uuid5)),
    ];
    for (name, n) in NAMESPACES {
        out.push((name, new_uuid(vm, cls, n)?));
    }
    for (name, s) in [
        ("RESERVED_NCS", RESERVED_NCS),
        ("RFC_4122", RFC_4122),
        ("RESERVED_MICROSOFT", RESERVED_MICROSOFT),
        ("RESERVED_FUTURE", RESERVED_FUTURE),
    ] {
        out.push((name, vm.new_str(s.into())?));
    }
    Ok(out)
}

fn uuid_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("uuid.UUID", |vm| {
        let mut attrs = vec![
            ("__init__", f(UuidFn::Init)),
            ("__repr__", f(UuidFn::Repr)),
            ("__str__", f(UuidFn::Str)),
            ("__int__", f(UuidFn::Int)),
            ("__hash__", f(UuidFn::Hash)),
            ("__eq__", f(UuidFn::Eq)),
            ("__ne__", f(UuidFn::Ne)),
            ("__lt__", f(UuidFn::Lt)),
            ("__le__", f(UuidFn::Le)),
            ("__gt__", f(UuidFn::Gt)),
            ("__ge__", f(UuidFn::Ge)),
        ];
        for which in [
            UuidFn::PInt,
            UuidFn::PHex,
            UuidFn::PBytes,
            UuidFn::PBytesLe,
            UuidFn::PFields,
            UuidFn::PTimeLow,
            UuidFn::PTimeMid,
            UuidFn::PTimeHi,
            UuidFn::PClockHi,
            UuidFn::PClockLow,
            UuidFn::PTime,
            UuidFn::PClockSeq,
            UuidFn::PNode,
            UuidFn::PUrn,
            UuidFn::PVariant,
            UuidFn::PVersion,
        ] {
            let p = vm.native_property(f(which), Some(f(UuidFn::Immutable)))?;
            attrs.push((which.name(), p));
        }
        vm.new_native_class(NativeClass {
            name: "UUID",
            module: "uuid",
            attrs,
            ..Default::default()
        })
    })
}

fn new_uuid(vm: &mut Vm, cls: Value, n: u128) -> PyResult<Value> {
    vm.new_native_instance(cls, NativeData::Text(TextData::Uuid(n)))
}

fn uuid_of(vm: &Vm, v: Value) -> Option<u128> {
    match text_data(vm, v) {
        Some(TextData::Uuid(n)) => Some(*n),
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args) -> PyResult<u128> {
    uuid_of(vm, args.this()).ok_or_else(|| {
        Exc::attribute_error(format!(
            "'{}' object has no attribute 'int'",
            vm.type_name(args.this())
        ))
    })
}

fn int_value(vm: &mut Vm, n: u128) -> PyResult<Value> {
    match i64::try_from(n) {
        Ok(i) => Ok(Value::Int(i)),
        Err(_) => vm.new_int_big(BigInt::from(n)),
    }
}

fn hex32(n: u128) -> String {
    format!("{n:032x}")
}

fn hyphenated(n: u128) -> String {
    let h = hex32(n);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// Applies `version=` like CPython: sets the RFC 4122 variant and the version bits.
fn with_version(n: u128, version: u128) -> u128 {
    let mut n = n & !(0xc000u128 << 48);
    n |= 0x8000u128 << 48;
    n &= !(0xf000u128 << 64);
    n | (version << 76)
}

fn parse_hex(vm: &mut Vm, v: Value) -> PyResult<u128> {
    let Some(s) = str_of(vm, v) else {
        // CPython starts with `hex.replace('urn:', '')`.
        if vm.is_instance(v, BuiltinType::Bytes) || vm.is_instance(v, BuiltinType::ByteArray) {
            return Err(Exc::type_error(
                "a bytes-like object is required, not 'str'",
            ));
        }
        return Err(Exc::attribute_error(format!(
            "'{}' object has no attribute 'replace'",
            vm.type_name(v)
        )));
    };
    let s = s.replace("urn:", "").replace("uuid:", "");
    let s = s.trim_matches(|c| c == '{' || c == '}').replace('-', "");
    if s.chars().count() != 32 {
        return Err(Exc::value_error("badly formed hexadecimal UUID string"));
    }
    let Some(big) = crate::builtins::int::parse_int(&s, 16) else {
        let r = crate::builtins::str::repr_str(&s);
        return Err(Exc::value_error(format!(
            "invalid literal for int() with base 16: {r}"
        )));
    };
    big.to_u128()
        .ok_or_else(|| Exc::value_error("int is out of range (need a 128-bit value)"))
}

fn exact_bytes(vm: &mut Vm, v: Value, what: &str) -> PyResult<[u8; 16]> {
    let len = match bytes_like(vm, v) {
        Some(b) => b.len(),
        None => vm.len(v)?,
    };
    if len != 16 {
        return Err(Exc::value_error(format!("{what} is not a 16-char string")));
    }
    let Some(b) = bytes_like(vm, v).filter(|_| vm.is_instance(v, BuiltinType::Bytes)) else {
        let r = vm.repr(v)?;
        return Err(Exc::new(BuiltinType::AssertionError, r));
    };
    let mut out = [0u8; 16];
    out.copy_from_slice(&b);
    Ok(out)
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "UUID.__init__",
        params: &[
            "self", "hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe",
        ],
        npos: 7,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: false,
        varkw: false,
    };
    let b = bind(vm, args, &sig)?;
    let given: Vec<Value> = (1..=5)
        .map(|i| b.or_none(i))
        .filter(|v| !v.is_none())
        .collect();
    if given.len() != 1 {
        return Err(Exc::type_error(
            "one of the hex, bytes, bytes_le, fields, or int arguments must be given",
        ));
    }
    let n: u128 = if let Some(h) = b.get(1).filter(|v| !v.is_none()) {
        parse_hex(vm, h)?
    } else if let Some(le) = b.get(3).filter(|v| !v.is_none()) {
        let x = exact_bytes(vm, le, "bytes_le")?;
        let mut be = [0u8; 16];
        be[0] = x[3];
        be[1] = x[2];
        be[2] = x[1];
        be[3] = x[0];
        be[4] = x[5];
        be[5] = x[4];
        be[6] = x[7];
        be[7] = x[6];
        be[8..].copy_from_slice(&x[8..]);
        u128::from_be_bytes(be)
    } else if let Some(by) = b.get(2).filter(|v| !v.is_none()) {
        u128::from_be_bytes(exact_bytes(vm, by, "bytes")?)
    } else if let Some(fv) = b.get(4).filter(|v| !v.is_none()) {
        let items = vm.collect(fv)?;
        if items.len() != 6 {
            return Err(Exc::value_error("fields is not a 6-tuple"));
        }
        let bits = [32u32, 16, 16, 8, 8, 48];
        let mut vals = [0u128; 6];
        for (i, item) in items.iter().enumerate() {
            let big =
                crate::builtins::int::to_bigint(vm, vm.unwrap_builtin(*item)).ok_or_else(|| {
                    Exc::type_error(format!(
                        "'<=' not supported between instances of 'int' and '{}'",
                        vm.type_name(*item)
                    ))
                })?;
            match big.to_u128().filter(|x| *x < (1u128 << bits[i])) {
                Some(x) => vals[i] = x,
                None => {
                    let article = if bits[i] == 8 { "an" } else { "a" };
                    return Err(Exc::value_error(format!(
                        "field {} out of range (need {article} {}-bit value)",
                        i + 1,
                        bits[i]
                    )));
                }
            }
        }
        let clock_seq = (vals[3] << 8) | vals[4];
        (vals[0] << 96) | (vals[1] << 80) | (vals[2] << 64) | (clock_seq << 48) | vals[5]
    } else {
        let iv = b.or_none(5);
        if let Value::Float(f) = vm.unwrap_builtin(iv) {
            // CPython accepts a float in range and fails when formatting it with '%032x'.
            if (0.0..2f64.powi(128)).contains(&f) {
                return Err(Exc::type_error(
                    "%x format: an integer is required, not float",
                ));
            }
            return Err(Exc::value_error(
                "int is out of range (need a 128-bit value)",
            ));
        }
        let big = crate::builtins::int::to_bigint(vm, vm.unwrap_builtin(iv)).ok_or_else(|| {
            Exc::type_error(format!(
                "'<=' not supported between instances of 'int' and '{}'",
                vm.type_name(iv)
            ))
        })?;
        big.to_u128()
            .ok_or_else(|| Exc::value_error("int is out of range (need a 128-bit value)"))?
    };
    let n = match b.get(6).filter(|v| !v.is_none()) {
        None => n,
        Some(v) => {
            let ver = crate::builtins::int::to_bigint(vm, vm.unwrap_builtin(v))
                .and_then(|x| x.to_i64())
                .ok_or_else(|| Exc::value_error("illegal version number"))?;
            if !(1..=5).contains(&ver) {
                return Err(Exc::value_error("illegal version number"));
            }
            with_version(n, ver as u128)
        }
    };
    vm.set_native_data(b.or_none(0), NativeData::Text(TextData::Uuid(n)))?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    let tn = vm.type_name(args.this());
    vm.new_str(format!("{tn}('{}')", hyphenated(n)))
}

fn to_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    vm.new_str(hyphenated(n))
}

fn to_int(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    int_value(vm, n)
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    let i = int_value(vm, n)?;
    Ok(Value::Int(vm.hash(i)?))
}

fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let a = this(vm, args)?;
    let other = args.get(1).unwrap_or(Value::None);
    let uuid_cls = uuid_class(vm)?;
    if !vm.isinstance_of(other, uuid_cls)? {
        return Ok(Value::NotImplemented);
    }
    let Some(b) = uuid_of(vm, other) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(match op {
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Gt => a > b,
        _ => a >= b,
    }))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

fn immutable(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::type_error("UUID objects are immutable"))
}

fn p_int(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    int_value(vm, n)
}

fn p_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    vm.new_str(hex32(n))
}

fn p_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    vm.new_bytes(n.to_be_bytes().to_vec())
}

fn p_bytes_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args)?.to_be_bytes();
    let mut out = vec![b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]];
    out.extend_from_slice(&b[8..]);
    vm.new_bytes(out)
}

fn field(n: u128, shift: u32, bits: u32) -> u128 {
    (n >> shift) & ((1u128 << bits) - 1)
}

fn p_fields(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    let parts = [
        field(n, 96, 32),
        field(n, 80, 16),
        field(n, 64, 16),
        field(n, 56, 8),
        field(n, 48, 8),
        field(n, 0, 48),
    ];
    let items = parts.iter().map(|&p| Value::Int(p as i64)).collect();
    vm.new_tuple(items)
}

fn p_time_low(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(field(this(vm, args)?, 96, 32) as i64))
}
fn p_time_mid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(field(this(vm, args)?, 80, 16) as i64))
}
fn p_time_hi_version(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(field(this(vm, args)?, 64, 16) as i64))
}
fn p_clock_seq_hi_variant(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(field(this(vm, args)?, 56, 8) as i64))
}
fn p_clock_seq_low(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(field(this(vm, args)?, 48, 8) as i64))
}
fn p_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    let t = (field(n, 64, 12) << 48) | (field(n, 80, 16) << 32) | field(n, 96, 32);
    Ok(Value::Int(t as i64))
}
fn p_clock_seq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    Ok(Value::Int(
        ((field(n, 56, 6) << 8) | field(n, 48, 8)) as i64,
    ))
}
fn p_node(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(field(this(vm, args)?, 0, 48) as i64))
}
fn p_urn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    vm.new_str(format!("urn:uuid:{}", hyphenated(n)))
}

fn variant_of(n: u128) -> &'static str {
    if n & (0x8000u128 << 48) == 0 {
        RESERVED_NCS
    } else if n & (0x4000u128 << 48) == 0 {
        RFC_4122
    } else if n & (0x2000u128 << 48) == 0 {
        RESERVED_MICROSOFT
    } else {
        RESERVED_FUTURE
    }
}

fn p_variant(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    vm.new_str(variant_of(n).to_string())
}

fn p_version(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = this(vm, args)?;
    if variant_of(n) == RFC_4122 {
        Ok(Value::Int(field(n, 76, 4) as i64))
    } else {
        Ok(Value::None)
    }
}

// ---- generators ---------------------------------------------------------------------------------

fn name_hash_uuid(vm: &mut Vm, args: &Args, fname: &str, version: u128) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple(fname, &["namespace", "name"], 2))?;
    let ns = b.or_none(0);
    let Some(ns_n) = uuid_of(vm, ns) else {
        return Err(Exc::attribute_error(format!(
            "'{}' object has no attribute 'bytes'",
            vm.type_name(ns)
        )));
    };
    let name_v = b.or_none(1);
    let Some(name) = str_of(vm, name_v) else {
        return Err(Exc::type_error("encoding without a string argument"));
    };
    let mut data = ns_n.to_be_bytes().to_vec();
    data.extend_from_slice(name.as_bytes());
    let digest: Vec<u8> = if version == 3 {
        use md5::Digest;
        md5::Md5::digest(&data).to_vec()
    } else {
        use sha1::Digest;
        sha1::Sha1::digest(&data).to_vec()
    };
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    let n = with_version(u128::from_be_bytes(first), version);
    let cls = uuid_class(vm)?;
    new_uuid(vm, cls, n)
}

fn uuid3(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    name_hash_uuid(vm, args, "uuid3", 3)
}

fn uuid5(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    name_hash_uuid(vm, args, "uuid5", 5)
}

/// `getnode()`: the sandbox has no hardware address, so like CPython on a machine without
/// one it is a random 48-bit number with the multicast bit set (RFC 4122 4.5), fixed for the run.
fn node_id(vm: &mut Vm) -> PyResult<u64> {
    let v = vm.std_class("uuid._node", |vm| {
        let bytes = vm.host_random_bytes(6)?;
        let mut b = [0u8; 8];
        b[2..].copy_from_slice(&bytes[..6]);
        Ok(Value::Int((u64::from_be_bytes(b) | (1 << 40)) as i64))
    })?;
    match v {
        Value::Int(i) => Ok(i as u64),
        _ => Err(Exc::runtime_error("uuid: bad node cache")),
    }
}

fn getnode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind(vm, args, &Sig::simple("getnode", &[], 0))?;
    Ok(Value::Int(node_id(vm)? as i64))
}

/// `uuid1(node=None, clock_seq=None)`: the host's wall clock in 100 ns steps since 1582
/// (strictly increasing within a run, like CPython's), a random 14-bit clock sequence unless
/// given, and `getnode()` unless a node is given.
fn uuid1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("uuid1", &["node", "clock_seq"], 0))?;
    let node = match b.get(0).filter(|v| !v.is_none()) {
        None => node_id(vm)?,
        Some(v) => {
            let big =
                crate::builtins::int::to_bigint(vm, vm.unwrap_builtin(v)).ok_or_else(|| {
                    Exc::type_error(format!(
                        "'<=' not supported between instances of 'int' and '{}'",
                        vm.type_name(v)
                    ))
                })?;
            match big.to_u64().filter(|n| *n < 1 << 48) {
                Some(n) => n,
                None => {
                    return Err(Exc::value_error(
                        "field 6 out of range (need a 48-bit value)",
                    ))
                }
            }
        }
    };
    let clock_seq: u128 = match b.get(1).filter(|v| !v.is_none()) {
        None => {
            let r = vm.host_random_bytes(2)?;
            u128::from(u16::from_be_bytes([r[0], r[1]]) & 0x3fff)
        }
        // Only the low 14 bits are used (CPython masks with & 0xff and >> 8 & 0x3f).
        Some(v) => {
            if !vm.is_instance(v, BuiltinType::Int) {
                return Err(Exc::type_error(format!(
                    "unsupported operand type(s) for &: '{}' and 'int'",
                    vm.type_name(v)
                )));
            }
            let big = crate::builtins::int::to_bigint(vm, vm.unwrap_builtin(v)).unwrap_or_default();
            (big & BigInt::from(0x3fff)).to_u128().unwrap_or(0)
        }
    };
    let now = vm.host_wall_time()?;
    let mut timestamp = (now * 1e7) as u128 + 0x01b2_1dd2_1381_4000;
    let last = vm.std_class("uuid._last_timestamp", |vm| vm.new_list(Vec::new()))?;
    if let Some(Value::Int(prev)) = vm.collect(last)?.first().copied() {
        let prev = prev as u128;
        if timestamp <= prev {
            timestamp = prev + 1;
        }
        vm.setitem(last, Value::Int(0), Value::Int(timestamp as i64))?;
    } else {
        vm.list_append(last, Value::Int(timestamp as i64))?;
    }
    let time_low = timestamp & 0xffff_ffff;
    let time_mid = (timestamp >> 32) & 0xffff;
    let time_hi = (timestamp >> 48) & 0x0fff;
    let n = (time_low << 96)
        | (time_mid << 80)
        | (time_hi << 64)
        | (clock_seq << 48)
        | u128::from(node);
    let n = with_version(n, 1);
    let cls = uuid_class(vm)?;
    new_uuid(vm, cls, n)
}

fn uuid4(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind(vm, args, &Sig::simple("uuid4", &[], 0))?;
    let bytes = vm.host_random_bytes(16)?;
    let mut b = [0u8; 16];
    b.copy_from_slice(&bytes[..16]);
    let n = with_version(u128::from_be_bytes(b), 4);
    let cls = uuid_class(vm)?;
    new_uuid(vm, cls, n)
}
