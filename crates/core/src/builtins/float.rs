//! `float`: arithmetic with CPython's semantics (floor division, modulo sign, `**` rules and
//! errors), exact int/float comparison, the shortest round-trip `repr`, `float()` and
//! `float.fromhex` parsing, correctly rounded scaling and `round()`, and float methods.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::int::{self, to_bigint};
use crate::builtins::{Args, Builtin};
use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// A number as f64 (ints converted, failing when too large).
pub fn to_f64(vm: &Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        _ => match to_bigint(vm, v) {
            Some(b) => int::to_f64(&b),
            None => {
                let t = vm.type_name(v);
                Err(Exc::type_error(format!("must be real number, not {t}")))
            }
        },
    }
}

/// `i == f` exactly.
pub fn int_eq_float(i: i64, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 9.2e18 {
        return (f as i64) == i;
    }
    false
}

pub fn bigint_eq_float(b: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match float_to_bigint(f) {
        Some(x) => &x == b,
        None => false,
    }
}

/// The exact integer value of an integral float.
fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let (m, e) = crate::builtins::hash::frexp(f);
    let mant = (m * 2f64.powi(53)) as i64;
    let b = BigInt::from(mant);
    let shift = e as i64 - 53;
    Some(if shift >= 0 {
        b << (shift as u64)
    } else {
        b >> ((-shift) as u64)
    })
}

/// Python's float modulo.
fn py_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float divmod.
pub fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `a op b` where at least one side is a float (the other an int or float).
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(Exc::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(Exc::zero_division("float floor division by zero"));
            }
            py_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(Exc::zero_division("float modulo"));
            }
            py_mod(x, y)
        }
        BinOp::Pow => return float_pow(vm, x, y),
        _ => {
            return Err(Exc::type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                vm.type_name(a),
                vm.type_name(b)
            )))
        }
    };
    Ok(Value::Float(r))
}

fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(Exc::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(Exc::value_error(
            "montybox does not support complex numbers (a negative number raised to a fractional power)",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(errno_overflow(vm)?);
    }
    Ok(Value::Float(r))
}

/// CPython reports float overflow from libm as `OverflowError(errno, strerror)`.
fn errno_overflow(vm: &mut Vm) -> PyResult<Exc> {
    let msg = vm.new_str("Numerical result out of range".to_string())?;
    Ok(Exc::Args(
        BuiltinType::OverflowError,
        vec![Value::Int(34), msg],
    ))
}

pub fn unary(op: UnOp, a: Value) -> PyResult<Value> {
    let Value::Float(x) = a else {
        return Err(Exc::type_error("bad operand"));
    };
    Ok(match op {
        UnOp::Neg => Value::Float(-x),
        UnOp::Pos => Value::Float(x),
        UnOp::Not => Value::Bool(x == 0.0),
        UnOp::Invert => return Err(Exc::type_error("bad operand type for unary ~: 'float'")),
    })
}

/// Exact comparison of numbers where at least one is a float.
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> bool {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        (Value::Float(x), other) => cmp_float_int(vm, x, other),
        (other, Value::Float(y)) => cmp_float_int(vm, y, other).map(Ordering::reverse),
        _ => None,
    };
    match ord {
        Some(o) => crate::vm::ops::cmp_result(op, o),
        None => op == CmpOp::Ne,
    }
}

fn cmp_float_int(vm: &Vm, f: f64, i: Value) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(x) = int::to_i64(i) {
        if x.unsigned_abs() <= (1 << 53) {
            return f.partial_cmp(&(x as f64));
        }
        // Exact without allocating: floats at or beyond 2**63 in magnitude are outside i64.
        const TWO_63: f64 = 9_223_372_036_854_775_808.0;
        if f >= TWO_63 {
            return Some(Ordering::Greater);
        }
        if f < -TWO_63 {
            return Some(Ordering::Less);
        }
        let fl = f.floor();
        return Some(match (fl as i64).cmp(&x) {
            Ordering::Equal if f > fl => Ordering::Greater,
            o => o,
        });
    }
    let b = to_bigint(vm, i)?;
    // Compare floor(f) exactly, then the fractional part.
    let fl = f.floor();
    let fb = float_to_bigint(fl)?;
    Some(match fb.cmp(&b) {
        Ordering::Equal => {
            if f > fl {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
        o => o,
    })
}

/// The shortest round-tripping digits of `x` in `d.ddde±x` form. When two digit strings of that
/// length are equally close to `x`, CPython picks the even one; Rust's shortest formatting may
/// pick the other, while its fixed-precision formatting rounds ties to even.
fn shortest_sci(x: f64) -> String {
    let sci = format!("{x:e}");
    let (mant, _) = sci.split_once('e').unwrap_or((&sci, "0"));
    let n = mant.chars().filter(|c| c.is_ascii_digit()).count();
    if n > 1 {
        let alt = format!("{:.*e}", n - 1, x);
        if alt != sci && alt.parse::<f64>().ok() == Some(x) {
            // Drop trailing zeros of the mantissa, as the shortest form has none.
            if let Some((m, e)) = alt.split_once('e') {
                let m = if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.')
                } else {
                    m
                };
                return format!("{m}e{e}");
            }
        }
    }
    sci
}

/// `repr(float)`: the shortest string that round-trips, in CPython's layout.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = shortest_sci(x);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        if point <= 0 {
            out.push_str("0.");
            for _ in 0..(-point) {
                out.push('0');
            }
            out.push_str(&digits);
        } else if point as usize >= digits.len() {
            out.push_str(&digits);
            for _ in 0..(point as usize - digits.len()) {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point as usize]);
            out.push('.');
            out.push_str(&digits[point as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// Parses the text of `float(s)`; `None` when it is not a float literal.
pub fn parse_float(s: &str) -> Option<f64> {
    parse_float_ascii(&int::numeric_ascii(s))
}

/// Parses ASCII text as `float()` does: surrounding whitespace, underscores between digits,
/// `inf`/`infinity`/`nan` in any case, and decimal literals (which may overflow to infinity).
pub fn parse_float_ascii(text: &[u8]) -> Option<f64> {
    // Underscores are checked on the raw text: each one must sit between two digits.
    let mut clean = Vec::with_capacity(text.len());
    for (i, &c) in text.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && text[i - 1].is_ascii_digit();
            let after = text.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        } else {
            clean.push(c);
        }
    }
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let start = clean.iter().position(|c| !is_space(c))?;
    let end = clean
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |i| i + 1);
    let t = &clean[start..end];
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    match lower.as_slice() {
        b"inf" | b"infinity" => return Some(sign * f64::INFINITY),
        b"nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // digits [. digits] [e [sign] digits], with at least one mantissa digit.
    let mut i = 0;
    let mut mant_digits = 0;
    while i < lower.len() && lower[i].is_ascii_digit() {
        i += 1;
        mant_digits += 1;
    }
    if lower.get(i) == Some(&b'.') {
        i += 1;
        while i < lower.len() && lower[i].is_ascii_digit() {
            i += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return None;
    }
    if lower.get(i) == Some(&b'e') {
        i += 1;
        if matches!(lower.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_start = i;
        while i < lower.len() && lower[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return None;
        }
    }
    if i != lower.len() {
        return None;
    }
    let text = std::str::from_utf8(&lower).ok()?;
    text.parse::<f64>().ok().map(|v| sign * v)
}

/// `m * 2**e2` (with `m >= 0`) correctly rounded to a float, half to even; `sticky` says that
/// the exact value is slightly above `m * 2**e2` (nonzero bits were already dropped below `m`).
/// `None` when the result overflows.
pub fn scaled_to_f64(m: &BigInt, e2: i64, sticky: bool) -> Option<f64> {
    use num_traits::One;
    if m.is_zero() {
        return Some(0.0);
    }
    let len = m.bits() as i64;
    let top = len - 1 + e2;
    if top >= 1024 {
        return None;
    }
    // The exponent of the lowest kept bit: 53 significant bits, or fewer for subnormals.
    let low = (top - 52).max(-1074);
    let shift = low - e2;
    let mut mant: u64 = if shift <= 0 {
        (m << ((-shift) as u64)).to_u64().unwrap_or(0)
    } else {
        let kept: BigInt = m >> (shift as u64);
        let kept_u = kept.to_u64().unwrap_or(0);
        let half = BigInt::one() << ((shift - 1) as u64);
        let rest: BigInt = m - (&kept << (shift as u64));
        let round_up = match rest.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => sticky || kept_u & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        kept_u + round_up as u64
    };
    let mut low = low;
    if mant == 1 << 53 {
        mant >>= 1;
        low += 1;
    }
    if mant < 1 << 52 {
        // Subnormal (low is -1074 here).
        return Some(f64::from_bits(mant));
    }
    let biased = low + 52 + 1023;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (mant - (1 << 52))))
}

/// A finite float as `(mantissa, exponent)` with `f == mantissa * 2**exponent`.
pub fn decompose(f: f64) -> (i64, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1 << 52) - 1)) as i64;
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    (if f.is_sign_negative() { -m } else { m }, e)
}

/// A NaN distinct (by bits) from every NaN made before it in this process.
///
/// CPython's `float("nan")` creates a new object each time, and containers compare by identity
/// before equality: `nan in [nan]` is True but `float("nan") in [nan]` is False. Floats here are
/// unboxed, so identity is the bit pattern; a fresh payload gives each parsed NaN its own.
pub fn fresh_nan(negative: bool) -> f64 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) as u64;
    let sign = if negative { 1u64 << 63 } else { 0 };
    // Quiet NaN: exponent all ones, top mantissa bit set, payload below it.
    f64::from_bits(sign | 0x7ff8_0000_0000_0000 | (payload & 0x0007_ffff_ffff_ffff))
}

/// A parsed float, with a fresh identity when it is a NaN.
fn fresh(f: f64) -> f64 {
    if f.is_nan() {
        fresh_nan(f.is_sign_negative())
    } else {
        f
    }
}

/// `float(x)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("float")?;
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(x) = args.get(0) else {
        return Ok(Value::Float(0.0));
    };
    let x = vm.unwrap_builtin(x);
    match vm.kind(x) {
        Kind::Float => Ok(x),
        Kind::Int => Ok(Value::Float(to_f64(vm, x)?)),
        Kind::Str => {
            let s = vm.as_str(x).unwrap_or_default().to_string();
            match parse_float(&s) {
                Some(f) => Ok(Value::Float(fresh(f))),
                None => {
                    let r = crate::builtins::str::repr_str(&s);
                    Err(Exc::value_error(format!(
                        "could not convert string to float: {r}"
                    )))
                }
            }
        }
        Kind::Bytes | Kind::ByteArray => {
            let bytes = match x {
                Value::Obj(id) => match vm.heap.get(id) {
                    Object::Bytes(b) | Object::ByteArray(b) => b.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            match parse_float_ascii(&bytes) {
                Some(f) => Ok(Value::Float(fresh(f))),
                None => {
                    let r =
                        crate::builtins::bytes::repr_bytes(&bytes, vm.kind(x) == Kind::ByteArray);
                    Err(Exc::value_error(format!(
                        "could not convert string to float: {r}"
                    )))
                }
            }
        }
        _ => {
            for name in ["__float__", "__index__"] {
                if let Some(m) = vm.lookup_user(x, name)? {
                    let r = vm.call(m, &[])?;
                    return match vm.kind(r) {
                        Kind::Float => Ok(r),
                        Kind::Int if name == "__index__" => Ok(Value::Float(to_f64(vm, r)?)),
                        _ => {
                            let t = vm.type_name(x);
                            let rt = vm.type_name(r);
                            Err(Exc::type_error(format!(
                                "{t}.__float__ returned non-float (type {rt})"
                            )))
                        }
                    };
                }
            }
            let t = vm.type_name(x);
            Err(Exc::type_error(format!(
                "float() argument must be a string or a real number, not '{t}'"
            )))
        }
    }
}

/// Rounds `x` to `ndigits` decimal places, correctly rounded (round half to even on the exact
/// binary value), as `round(x, n)` does.
pub fn round_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    use num_integer::Integer;
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    if ndigits >= 0 {
        // Formatting with a precision rounds the exact binary value half to even.
        let s = format!("{:.*}", ndigits as usize, x);
        return Ok(s.parse().unwrap_or(x));
    }
    // x = m * 2**e exactly; round x / 10**k half to even, then scale back.
    let (m, e) = decompose(x);
    let p = num_traits::Pow::pow(BigInt::from(10), (-ndigits) as u64);
    let (num, den) = if e >= 0 {
        (BigInt::from(m.unsigned_abs()) << (e as u64), p.clone())
    } else {
        (BigInt::from(m.unsigned_abs()), &p << ((-e) as u64))
    };
    let (q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let v = int::to_f64(&(q * p))
        .map_err(|_| Exc::overflow_error("rounded value too large to represent"))?;
    Ok(v.copysign(x))
}

native_methods! {
    pub enum FloatMethod {
        IsInteger => "is_integer" => is_integer,
        AsIntegerRatio => "as_integer_ratio" => as_integer_ratio,
        Hex => "hex" => hex,
        FromHex => "fromhex" => fromhex,
        Conjugate => "conjugate" => conjugate,
        Round => "__round__" => round,
        Trunc => "__trunc__" => trunc,
        Floor => "__floor__" => floor,
        Ceil => "__ceil__" => ceil,
        Int => "__int__" => trunc,
        Float => "__float__" => conjugate,
        Abs => "__abs__" => abs,
        Format => "__format__" => format,
        DAdd => "__add__" => d_add,
        DRadd => "__radd__" => d_radd,
        DSub => "__sub__" => d_sub,
        DRsub => "__rsub__" => d_rsub,
        DMul => "__mul__" => d_mul,
        DRmul => "__rmul__" => d_rmul,
        DTruediv => "__truediv__" => d_truediv,
        DRtruediv => "__rtruediv__" => d_rtruediv,
        DFloordiv => "__floordiv__" => d_floordiv,
        DRfloordiv => "__rfloordiv__" => d_rfloordiv,
        DMod => "__mod__" => d_mod,
        DRmod => "__rmod__" => d_rmod,
        DPow => "__pow__" => d_pow,
        DRpow => "__rpow__" => d_rpow,
        DEq => "__eq__" => d_eq,
        DNe => "__ne__" => d_ne,
        DLt => "__lt__" => d_lt,
        DLe => "__le__" => d_le,
        DGt => "__gt__" => d_gt,
        DGe => "__ge__" => d_ge,
        DDivmod => "__divmod__" => d_divmod,
        DRDivmod => "__rdivmod__" => d_rdivmod,
        DHash => "__hash__" => d_hash,
        DBool => "__bool__" => d_bool,
        DPos => "__pos__" => d_pos,
        DNeg => "__neg__" => d_neg,
    }
}

/// Float methods called on the class (`float.fromhex`).
pub fn is_class_level(b: Builtin) -> bool {
    matches!(b, Builtin::Float(FloatMethod::FromHex))
}

fn this(vm: &Vm, args: &Args) -> PyResult<f64> {
    match vm.unwrap_builtin(args.this()) {
        Value::Float(f) => Ok(f),
        other => to_f64(vm, other),
    }
}

fn is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("float.is_integer", 0, 0)?;
    let f = this(vm, args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("float.as_integer_ratio", 0, 0)?;
    let f = this(vm, args)?;
    if f.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    let (mant, exp) = decompose(f);
    // Cancel common factors of two so the ratio is in lowest terms.
    let tz = if mant == 0 {
        0
    } else {
        (mant.trailing_zeros() as i64).min((-exp).max(0))
    };
    let (mant, exp) = (mant >> tz, exp + tz);
    let (num, den) = if mant == 0 {
        (BigInt::zero(), BigInt::from(1))
    } else if exp >= 0 {
        (BigInt::from(mant) << (exp as u64), BigInt::from(1))
    } else {
        (BigInt::from(mant), BigInt::from(1) << ((-exp) as u64))
    };
    let n = vm.new_int_big(num)?;
    let d = vm.new_int_big(den)?;
    vm.new_tuple(vec![n, d])
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("float.hex", 0, 0)?;
    let f = this(vm, args)?;
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        let h = format!("{frac:013x}");
        format!(
            "{sign}0x{lead}.{h}p{}{}",
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    vm.new_str(s)
}

fn fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("float.fromhex", 1, 1)?;
    let Some(s) = vm.str_value(vm.unwrap_builtin(args.pos[1])) else {
        return Err(Exc::type_error("bad argument type for built-in operation"));
    };
    parse_hex_float(s.as_bytes()).map(|f| Value::Float(fresh(f)))
}

/// Parses the text of `float.fromhex(s)`.
fn parse_hex_float(text: &[u8]) -> PyResult<f64> {
    use num_traits::Num;
    let err = || Exc::value_error("invalid hexadecimal floating-point string");
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let start = text.iter().position(|c| !is_space(c)).ok_or_else(err)?;
    let end = text
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |i| i + 1);
    let t = text[start..end].to_ascii_lowercase();
    let (neg, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match body {
        b"inf" | b"infinity" => return Ok(sign * f64::INFINITY),
        b"nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    let body = body.strip_prefix(b"0x").unwrap_or(body);
    let mut i = 0;
    let mut digits = Vec::new();
    let mut frac_digits: i64 = 0;
    while i < body.len() && body[i].is_ascii_hexdigit() {
        digits.push(body[i]);
        i += 1;
    }
    if body.get(i) == Some(&b'.') {
        i += 1;
        while i < body.len() && body[i].is_ascii_hexdigit() {
            digits.push(body[i]);
            frac_digits += 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(err());
    }
    let mut exp: i64 = 0;
    if body.get(i) == Some(&b'p') {
        i += 1;
        let neg_exp = match body.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let exp_start = i;
        while i < body.len() && body[i].is_ascii_digit() {
            // Saturate: anything this large over- or underflows anyway.
            exp = (exp * 10 + (body[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == exp_start {
            return Err(err());
        }
        if neg_exp {
            exp = -exp;
        }
    }
    if i != body.len() {
        return Err(err());
    }
    let text = std::str::from_utf8(&digits).map_err(|_| err())?;
    let m = BigInt::from_str_radix(text, 16).map_err(|_| err())?;
    let e2 = exp - 4 * frac_digits;
    match scaled_to_f64(&m, e2, false) {
        Some(v) => Ok(sign * v),
        None => Err(Exc::overflow_error(
            "hexadecimal value too large to represent as a float",
        )),
    }
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args)?))
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args)?.abs()))
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("float.__round__")?;
    args.check_method("__round__", 0, 1)?;
    let f = this(vm, args)?;
    match args.get(1) {
        None | Some(Value::None) => {
            let r = f.round_ties_even();
            int::float_to_int(vm, r)
        }
        Some(n) => {
            // CPython clamps a huge ndigits rather than failing on it.
            let n = match to_bigint(vm, vm.unwrap_builtin(n)) {
                Some(b) => b
                    .to_i64()
                    .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
                None => vm.index_value(n)?,
            };
            Ok(Value::Float(round_digits(f, n)?))
        }
    }
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    int::float_to_int(vm, f)
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    int::float_to_int(vm, f.floor())
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    int::float_to_int(vm, f.ceil())
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__format__", 1, 1)?;
    let spec = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("format spec must be a str"))?;
    let s = crate::builtins::format::format_value(vm, args.this(), &spec)?;
    vm.new_str(s)
}

#[allow(dead_code)]
fn _uses(b: &BigInt) -> bool {
    b.is_zero() || b.is_negative()
}

/// The operands of a binary dunder called directly (`(5).__add__(x)`): the receiver and the
/// argument as built-in values, or `None` when this type does not handle the argument.
fn dunder_operands(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<(Value, Value)>> {
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let a = vm.unwrap_builtin(args.pos[0]);
    let b = vm.unwrap_builtin(args.pos[1]);
    if vm.kind(a) != Kind::Float {
        let t = vm.type_name(args.pos[0]);
        return Err(Exc::type_error(format!(
            "descriptor '{name}' requires a 'float' object but received a '{t}'"
        )));
    }
    Ok(if matches!(vm.kind(b), Kind::Int | Kind::Float) {
        Some((a, b))
    } else {
        None
    })
}

fn dunder_binop(vm: &mut Vm, args: &Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    if op == BinOp::Pow && args.len() == 3 {
        // `x.__pow__(y, mod)`: three-argument pow.
        let (a, b, m) = (args.pos[0], args.pos[1], args.pos[2]);
        let (x, y) = if reflected { (b, a) } else { (a, b) };
        let pow = crate::builtins::Builtin::Func(crate::builtins::functions::Func::Pow);
        return pow.call(vm, &Args::new(&[x, y, m]));
    }
    let (l, r, _) = op.dunders();
    let Some((a, b)) = dunder_operands(vm, args, if reflected { r } else { l })? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if vm.kind(x) == Kind::Int && vm.kind(y) == Kind::Int {
        int::binop(vm, op, x, y)
    } else {
        binop(vm, op, x, y)
    }
}

fn dunder_compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let Some((a, b)) = dunder_operands(vm, args, op.dunder())? else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(compare(vm, op, a, b)))
}

fn divmod_dunder(vm: &mut Vm, args: &Args, reflected: bool) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let Some((a, b)) = dunder_operands(vm, args, name)? else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    crate::builtins::Builtin::Func(crate::builtins::functions::Func::Divmod)
        .call(vm, &Args::new(&[x, y]))
}

fn d_divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    divmod_dunder(vm, args, false)
}

fn d_rdivmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    divmod_dunder(vm, args, true)
}

fn d_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__hash__", 0, 0)?;
    let v = vm.unwrap_builtin(args.this());
    vm.hash(v).map(Value::Int)
}

fn d_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__bool__", 0, 0)?;
    let v = vm.unwrap_builtin(args.this());
    vm.truthy(v).map(Value::Bool)
}

fn d_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__pos__", 0, 0)?;
    let v = vm.unwrap_builtin(args.this());
    unary(UnOp::Pos, v)
}

fn d_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__neg__", 0, 0)?;
    let v = vm.unwrap_builtin(args.this());
    unary(UnOp::Neg, v)
}

fn d_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Add, false)
}

fn d_radd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Add, true)
}

fn d_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Sub, false)
}

fn d_rsub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Sub, true)
}

fn d_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Mul, false)
}

fn d_rmul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Mul, true)
}

fn d_truediv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::TrueDiv, false)
}

fn d_rtruediv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::TrueDiv, true)
}

fn d_floordiv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::FloorDiv, false)
}

fn d_rfloordiv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::FloorDiv, true)
}

fn d_mod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Mod, false)
}

fn d_rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Mod, true)
}

fn d_pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Pow, false)
}

fn d_rpow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Pow, true)
}

fn d_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_compare(vm, args, CmpOp::Eq)
}

fn d_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_compare(vm, args, CmpOp::Ne)
}

fn d_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_compare(vm, args, CmpOp::Lt)
}

fn d_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_compare(vm, args, CmpOp::Le)
}

fn d_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_compare(vm, args, CmpOp::Gt)
}

fn d_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_compare(vm, args, CmpOp::Ge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        for (x, s) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e-7, "1e-07"),
            (5e-324, "5e-324"),
            (100.0, "100.0"),
            (0.0001, "0.0001"),
            (1e15, "1000000000000000.0"),
            (-2.5, "-2.5"),
        ] {
            assert_eq!(repr(x), s);
        }
    }
}
