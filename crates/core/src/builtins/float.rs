//! `float`: arithmetic with CPython's semantics (floor division, modulo sign, `**` rules and
//! errors), exact int/float comparison, the shortest round-trip `repr`, and float methods.

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

fn overflow_errno() -> Exc {
    Exc::Args(BuiltinType::OverflowError, vec![])
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
        let _ = vm;
        return Err(errno_overflow());
    }
    Ok(Value::Float(r))
}

/// CPython reports float overflow from libm with the errno tuple.
fn errno_overflow() -> Exc {
    let _ = overflow_errno;
    Exc::New(
        BuiltinType::OverflowError,
        "(34, 'Numerical result out of range')".into(),
    )
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
    let b = to_bigint(vm, i)?;
    if let Some(x) = b.to_i64() {
        if x.unsigned_abs() < (1 << 53) {
            return (f).partial_cmp(&(x as f64));
        }
    }
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
    let sci = format!("{x:e}");
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
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty() {
        return None;
    }
    if body.starts_with(['+', '-']) {
        return None;
    }
    // Underscores only between digits.
    let b = body.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok =
                i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
        } else if !(c.is_ascii_digit() || c == b'.' || c == b'e' || c == b'+' || c == b'-') {
            return None;
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    if !clean.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    clean.parse::<f64>().ok().map(|v| sign * v)
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
            let s = vm.str_value(x).unwrap_or_default();
            match parse_float(&s) {
                Some(f) => Ok(Value::Float(f)),
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
            let s = String::from_utf8_lossy(&bytes).into_owned();
            match parse_float(&s) {
                Some(f) => Ok(Value::Float(f)),
                None => {
                    let r = crate::builtins::bytes::repr_bytes(&bytes, false);
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
pub fn round_digits(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0f64.copysign(x);
    }
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse().unwrap_or(x)
    } else {
        let p = 10f64.powi((-ndigits) as i32);
        let y = x / p;
        let r = y.round_ties_even();
        let z = r * p;
        if z.is_infinite() {
            x
        } else {
            z
        }
    }
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
    args.check_method("is_integer", 0, 0)?;
    let f = this(vm, args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("as_integer_ratio", 0, 0)?;
    let f = this(vm, args)?;
    if f.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::builtins::hash::frexp(f);
    let mut mant = (m * 2f64.powi(53)) as i64;
    let mut exp = e as i64 - 53;
    while mant != 0 && mant % 2 == 0 && exp < 0 {
        mant /= 2;
        exp += 1;
    }
    let (num, den) = if exp >= 0 {
        (BigInt::from(mant) << (exp as u64), BigInt::from(1))
    } else {
        (BigInt::from(mant), BigInt::from(1) << ((-exp) as u64))
    };
    let n = vm.new_int_big(num)?;
    let d = vm.new_int_big(den)?;
    vm.new_tuple(vec![n, d])
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("hex", 0, 0)?;
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
    args.check_method("fromhex", 1, 1)?;
    let s = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("fromhex() argument must be str"))?;
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let err = || Exc::value_error("invalid hexadecimal floating-point string");
    let body = t.strip_prefix("0x").unwrap_or(&t);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| err())?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(err());
    }
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0 + c.to_digit(16).ok_or_else(err)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value += c.to_digit(16).ok_or_else(err)? as f64 * scale;
        scale /= 16.0;
    }
    let v = value * 2f64.powi(exp as i32);
    if v.is_infinite() {
        return Err(Exc::overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(Value::Float(if neg { -v } else { v }))
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args)?))
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, args)?.abs()))
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__round__", 0, 1)?;
    let f = this(vm, args)?;
    match args.get(1) {
        None | Some(Value::None) => {
            let r = f.round_ties_even();
            int::float_to_int(vm, r)
        }
        Some(n) => {
            let n = vm.index_value(n)?;
            Ok(Value::Float(round_digits(f, n)))
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
