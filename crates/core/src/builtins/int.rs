//! `int` (and `bool` arithmetic): 64-bit fast paths with overflow into arbitrary precision (results
//! that fit are demoted back to `Value::Int`), the `int()` constructor with CPython's literal rules
//! and 4300-digit conversion limit, and int methods and dunders.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use crate::builtins::Args;
use crate::bytecode::{BinOp, CmpOp, UnOp};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// CPython's default limit on the digits of int <-> str conversions.
pub const MAX_STR_DIGITS: usize = 4300;

/// An int value as a `BigInt` (bools count as ints).
pub fn to_bigint(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// An int value as i64 when it fits.
pub fn to_i64(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

fn big(vm: &Vm, v: Value) -> BigInt {
    to_bigint(vm, v).unwrap_or_default()
}

/// Floor division and modulo with Python's sign rules.
fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// `a op b` for two ints.
pub fn binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(x & y)),
            BinOp::Or => return Ok(Value::Bool(x | y)),
            BinOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(Exc::zero_division("integer division or modulo by zero"));
                }
                floor_divmod_i64(x, y).map(|(q, _)| q)
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(Exc::zero_division("integer modulo by zero"));
                }
                floor_divmod_i64(x, y).map(|(_, r)| r)
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(Exc::zero_division("division by zero"));
                }
                return true_div(vm, &BigInt::from(x), &BigInt::from(y));
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(Exc::value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 {
                    let r = x.checked_shl(y as u32);
                    r.filter(|r| r >> y == x)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(Exc::value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::Pow => {
                if y < 0 {
                    return crate::builtins::float::binop(
                        vm,
                        op,
                        Value::Float(x as f64),
                        Value::Float(y as f64),
                    )
                    .map_err(|e| {
                        if x == 0 {
                            Exc::zero_division("0.0 cannot be raised to a negative power")
                        } else {
                            e
                        }
                    });
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinOp::MatMul => return Err(unsupported(vm, op, a, b)),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (big(vm, a), big(vm, b));
    let r = match op {
        BinOp::Add => &x + &y,
        BinOp::Sub => &x - &y,
        BinOp::Mul => {
            vm.reserve(((x.bits() + y.bits()) / 8) as usize)?;
            &x * &y
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(Exc::zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(Exc::zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(Exc::zero_division("division by zero"));
            }
            return true_div(vm, &x, &y);
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(Exc::value_error("negative shift count"));
            }
            if x.is_zero() {
                BigInt::zero()
            } else {
                // CPython's limit on an int's size (in 30-bit digits) is about 2**61.
                let n = y
                    .to_u64()
                    .filter(|n| n / 30 < 1 << 61)
                    .ok_or_else(|| Exc::overflow_error("too many digits in integer"))?;
                reserve_bits(vm, x.bits().saturating_add(n))?;
                x << n
            }
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(Exc::value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(n) => x >> n,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (to_f64(&x)?, to_f64(&y)?);
                return crate::builtins::float::binop(vm, op, Value::Float(fx), Value::Float(fy));
            }
            if y.is_zero() {
                BigInt::one()
            } else if x.is_zero() || x.is_one() {
                x
            } else if x == BigInt::from(-1) {
                if y.is_odd() {
                    x
                } else {
                    BigInt::one()
                }
            } else {
                // |x| >= 2: the result has at least (bits(x) - 1) * e + 1 bits.
                let e = y
                    .to_u64()
                    .ok_or_else(|| Exc::new(crate::types::BuiltinType::MemoryError, ""))?;
                reserve_bits(vm, (x.bits() - 1).saturating_mul(e).saturating_add(1))?;
                Pow::pow(x, e)
            }
        }
        BinOp::MatMul => return Err(unsupported(vm, op, a, b)),
    };
    vm.new_int_big(r)
}

/// Checks that an int of `bits` bits may be built: the memory limit, and (when there is none)
/// that the system can provide it, so that an absurd size is a MemoryError rather than an abort.
fn reserve_bits(vm: &mut Vm, bits: u64) -> PyResult<()> {
    let bytes = usize::try_from(bits / 8 + 1).unwrap_or(usize::MAX);
    vm.reserve(bytes)?;
    if bytes > 1 << 24 && Vec::<u8>::new().try_reserve_exact(bytes).is_err() {
        return Err(Exc::new(crate::types::BuiltinType::MemoryError, ""));
    }
    Ok(())
}

fn unsupported(vm: &Vm, op: BinOp, a: Value, b: Value) -> Exc {
    Exc::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        vm.type_name(a),
        vm.type_name(b)
    ))
}

/// Converts an int to f64, failing like CPython when it is too large.
pub fn to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Exc::overflow_error("int too large to convert to float")),
    }
}

/// Correctly rounded `a / b` for ints (`b` nonzero).
fn true_div(_vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        // Both exactly representable: IEEE division rounds correctly.
        if x.unsigned_abs() <= (1 << 53) && y.unsigned_abs() <= (1 << 53) {
            return Ok(Value::Float(x as f64 / y as f64));
        }
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(Value::Float(if neg { -0.0 } else { 0.0 }));
    }
    // Scale so the integer quotient has at least 55 significant bits; the remainder then only
    // matters as a sticky bit for rounding.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << (shift as u64), b)
    } else {
        (a, b << ((-shift) as u64))
    };
    let (q, r) = num.div_rem(&den);
    match crate::builtins::float::scaled_to_f64(&q, -shift, !r.is_zero()) {
        Some(v) => Ok(Value::Float(if neg { -v } else { v })),
        None => Err(Exc::overflow_error(
            "integer division result too large for a float",
        )),
    }
}

pub fn unary(vm: &mut Vm, op: UnOp, a: Value) -> PyResult<Value> {
    if let Some(x) = to_i64(a) {
        match op {
            UnOp::Neg => {
                if let Some(r) = x.checked_neg() {
                    return Ok(Value::Int(r));
                }
            }
            UnOp::Pos => return Ok(Value::Int(x)),
            UnOp::Invert => return Ok(Value::Int(!x)),
            UnOp::Not => return Ok(Value::Bool(x == 0)),
        }
    }
    let x = big(vm, a);
    let r = match op {
        UnOp::Neg => -x,
        UnOp::Pos => x,
        UnOp::Invert => !x,
        UnOp::Not => return Ok(Value::Bool(x.is_zero())),
    };
    vm.new_int_big(r)
}

pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> bool {
    let ord = match (to_i64(a), to_i64(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => big(vm, a).cmp(&big(vm, b)),
    };
    crate::vm::ops::cmp_result(op, ord)
}

/// `repr(int)`, limited to CPython's 4300 digits.
pub fn repr(vm: &Vm, v: Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok(if b { "True".into() } else { "False".into() }),
        _ => bigint_to_decimal(&big(vm, v)),
    }
}

/// The decimal digits of `b`, failing like CPython beyond 4300 digits. Hopelessly large values
/// are rejected from their bit length, before any (quadratic) conversion work.
pub fn bigint_to_decimal(b: &BigInt) -> PyResult<String> {
    let too_many = || {
        Exc::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // A value of n bits has at least floor((n - 1) * log10(2)) + 1 digits.
    let bits = b.bits();
    if bits > 0 && ((bits - 1) as f64) * std::f64::consts::LOG10_2 >= MAX_STR_DIGITS as f64 + 1.0 {
        return Err(too_many());
    }
    let s = b.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(too_many());
    }
    Ok(s)
}

/// Why an int literal was rejected.
#[derive(Debug, PartialEq, Eq)]
pub enum ParseIntError {
    Invalid,
    /// A non-power-of-two base with more digits than CPython's conversion limit allows.
    TooManyDigits(usize),
}

/// Maps a str to the ASCII text CPython's numeric parsers see: Unicode whitespace becomes a
/// space, Unicode decimal digits become ASCII digits, anything else non-ASCII becomes `?`.
pub fn numeric_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if crate::builtins::str::is_py_space(c) {
                b' '
            } else {
                match crate::builtins::str::unicode_digit(c) {
                    Some(d) => b'0' + d as u8,
                    None => b'?',
                }
            }
        })
        .collect()
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

/// A parsed int: small values avoid building a `BigInt`.
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

/// Parses ASCII text as `int(text, base)` does (`base` 0 means: from the prefix).
pub fn parse_int_ascii(text: &[u8], base: u32) -> Result<BigInt, ParseIntError> {
    Ok(match parse_int_parsed(text, base)? {
        ParsedInt::Small(i) => BigInt::from(i),
        ParsedInt::Big(b) => b,
    })
}

/// Like `parse_int_ascii`, with an allocation-free result for values that fit in i64.
pub fn parse_int_parsed(text: &[u8], base: u32) -> Result<ParsedInt, ParseIntError> {
    use ParseIntError::Invalid;
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let start = text.iter().position(|c| !is_space(c)).unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |i| i + 1);
    let mut t = &text[start..end];
    let neg = match t.first() {
        Some(b'-') => {
            t = &t[1..];
            true
        }
        Some(b'+') => {
            t = &t[1..];
            false
        }
        _ => false,
    };
    let lower1 = t.get(1).map(|c| c.to_ascii_lowercase());
    let mut base = base;
    let mut zero_only = false;
    if base == 0 {
        base = if t.first() != Some(&b'0') {
            10
        } else {
            match lower1 {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    // An old-style octal literal: only zero is allowed.
                    zero_only = true;
                    10
                }
            }
        };
    }
    if t.first() == Some(&b'0')
        && matches!(
            (base, lower1),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        t = &t[2..];
        if t.first() == Some(&b'_') {
            t = &t[1..];
        }
    }
    if t.is_empty() || t[0] == b'_' {
        return Err(Invalid);
    }
    let mut digits = 0usize;
    let mut prev = 0u8;
    let mut clean = Vec::with_capacity(t.len());
    for &c in t {
        if c == b'_' {
            if prev == b'_' {
                return Err(Invalid);
            }
        } else if digit_value(c) < base {
            digits += 1;
            clean.push(c);
        } else {
            // Anything after the digits is invalid, but the digit limit is checked first.
            if prev != b'_' && !base.is_power_of_two() && digits > MAX_STR_DIGITS {
                return Err(ParseIntError::TooManyDigits(digits));
            }
            return Err(Invalid);
        }
        prev = c;
    }
    if prev == b'_' {
        return Err(Invalid);
    }
    if !base.is_power_of_two() && digits > MAX_STR_DIGITS {
        return Err(ParseIntError::TooManyDigits(digits));
    }
    let mut small: Option<i64> = Some(0);
    for &c in &clean {
        small = small
            .and_then(|v| v.checked_mul(base as i64))
            .and_then(|v| v.checked_add(digit_value(c) as i64));
    }
    if let Some(v) = small {
        if zero_only && v != 0 {
            return Err(Invalid);
        }
        return Ok(ParsedInt::Small(if neg { -v } else { v }));
    }
    let v = BigInt::parse_bytes(&clean, base).ok_or(Invalid)?;
    if zero_only && !v.is_zero() {
        return Err(Invalid);
    }
    let v = if neg { -v } else { v };
    // -2**63 does not fit the positive accumulator but is still a small int.
    Ok(match v.to_i64() {
        Some(i) => ParsedInt::Small(i),
        None => ParsedInt::Big(v),
    })
}

/// Parses an int literal string in `base` (0 means: from its prefix), as `int(s, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_ascii(&numeric_ascii(s), base).ok()
}

/// `int(x)` / `int(x, base)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if name != "base" {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for int()"
            )));
        }
    }
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base_arg = args.get(1).or_else(|| args.kwarg(vm, "base"));
    let Some(x) = args.get(0) else {
        if base_arg.is_some() {
            return Err(Exc::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base_arg {
        // CPython clamps huge bases instead of failing on them.
        let base = match to_bigint(vm, vm.unwrap_builtin(b)) {
            Some(big) => big.to_i64().unwrap_or(i64::MAX),
            None => vm.index_value(b)?,
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(Exc::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let xv = vm.unwrap_builtin(x);
        if vm.kind(xv) == crate::vm::ops::Kind::Str
            || matches!(
                vm.kind(xv),
                crate::vm::ops::Kind::Bytes | crate::vm::ops::Kind::ByteArray
            )
        {
            return parse_value(vm, xv, base as u32);
        }
        return Err(Exc::type_error(
            "int() can't convert non-string with explicit base",
        ));
    }
    let x = vm.unwrap_builtin(x);
    match x {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => float_to_int(vm, f),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(_) => Ok(x),
            Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_) => parse_value(vm, x, 10),
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(m) = vm.lookup_user(x, name)? {
                        let r = vm.call(m, &[])?;
                        if vm.kind(r) == crate::vm::ops::Kind::Int {
                            return Ok(r);
                        }
                        let t = vm.type_name(r);
                        return Err(Exc::type_error(format!(
                            "{name} returned non-int (type {t})"
                        )));
                    }
                }
                let t = vm.type_name(x);
                Err(Exc::type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
                )))
            }
        },
        _ => {
            let t = vm.type_name(x);
            Err(Exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
            )))
        }
    }
}

/// `int(s, base)` for a str, bytes or bytearray value.
fn parse_value(vm: &mut Vm, x: Value, base: u32) -> PyResult<Value> {
    let (text, shown) = match x {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) => (numeric_ascii(&s.s), crate::builtins::str::repr_str(&s.s)),
            Object::Bytes(b) => (b.clone(), crate::builtins::bytes::repr_bytes(b, false)),
            Object::ByteArray(b) => (b.clone(), crate::builtins::bytes::repr_bytes(b, true)),
            _ => return Err(Exc::internal("int() of a non-string")),
        },
        _ => return Err(Exc::internal("int() of a non-string")),
    };
    match parse_int_parsed(&text, base) {
        Ok(ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(ParsedInt::Big(b)) => vm.new_int_big(b),
        Err(ParseIntError::TooManyDigits(n)) => Err(Exc::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(ParseIntError::Invalid) => {
            // CPython shows at most 200 characters of the repr.
            let shown: String = shown.chars().take(200).collect();
            Err(Exc::value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
    }
}

/// `int(f)`: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(Exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    let b = BigInt::from_f64_exact(t);
    vm.new_int_big(b)
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        let (m, e) = crate::builtins::hash::frexp(f);
        // f = m * 2^e with m in [0.5, 1): take 53 bits of mantissa.
        let mant = (m * 2f64.powi(53)) as i64;
        let b = BigInt::from(mant);
        let shift = e - 53;
        if shift >= 0 {
            b << (shift as u64)
        } else {
            b >> ((-shift) as u64)
        }
    }
}

native_methods! {
    pub enum IntMethod {
        BitLength => "bit_length" => bit_length,
        BitCount => "bit_count" => bit_count,
        ToBytes => "to_bytes" => to_bytes,
        FromBytes => "from_bytes" => from_bytes,
        Conjugate => "conjugate" => conjugate,
        AsIntegerRatio => "as_integer_ratio" => as_integer_ratio,
        Index => "__index__" => conjugate,
        Int => "__int__" => conjugate,
        Float => "__float__" => to_float,
        Abs => "__abs__" => abs,
        Neg => "__neg__" => neg,
        Trunc => "__trunc__" => conjugate,
        Round => "__round__" => round,
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
        DAnd => "__and__" => d_and,
        DRand => "__rand__" => d_rand,
        DOr => "__or__" => d_or,
        DRor => "__ror__" => d_ror,
        DXor => "__xor__" => d_xor,
        DRxor => "__rxor__" => d_rxor,
        DLshift => "__lshift__" => d_lshift,
        DRlshift => "__rlshift__" => d_rlshift,
        DRshift => "__rshift__" => d_rshift,
        DRrshift => "__rrshift__" => d_rrshift,
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
        DInvert => "__invert__" => d_invert,
        DFloor => "__floor__" => conjugate,
        DCeil => "__ceil__" => conjugate,
    }
}

fn int_self(vm: &Vm, args: &Args) -> PyResult<BigInt> {
    to_bigint(vm, vm.unwrap_builtin(args.this()))
        .ok_or_else(|| Exc::type_error("descriptor requires an 'int' object"))
}

/// The receiver as i64 when it is a small int (the allocation-free path of int methods).
fn small_self(vm: &Vm, args: &Args) -> Option<i64> {
    to_i64(vm.unwrap_builtin(args.this()))
}

fn bit_length(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("int.bit_length", 0, 0)?;
    if let Some(i) = small_self(vm, args) {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let b = int_self(vm, args)?;
    Ok(Value::Int(b.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("int.bit_count", 0, 0)?;
    if let Some(i) = small_self(vm, args) {
        return Ok(Value::Int(i.unsigned_abs().count_ones() as i64));
    }
    let b = int_self(vm, args)?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(i) = small_self(vm, args) {
        return Ok(Value::Int(i));
    }
    let b = int_self(vm, args)?;
    vm.new_int_big(b)
}

fn to_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(i) = small_self(vm, args) {
        return Ok(Value::Float(i as f64));
    }
    let b = int_self(vm, args)?;
    Ok(Value::Float(to_f64(&b)?))
}

/// `abs(i)` for an int value.
pub fn abs_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = to_i64(v).and_then(i64::checked_abs) {
        return Ok(Value::Int(r));
    }
    let b = big(vm, v);
    vm.new_int_big(b.abs())
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = vm.unwrap_builtin(args.this());
    abs_value(vm, v)
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = small_self(vm, args).and_then(i64::checked_neg) {
        return Ok(Value::Int(r));
    }
    let b = int_self(vm, args)?;
    vm.new_int_big(-b)
}

/// `divmod(a, b)` for two ints.
pub fn divmod_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        if y == 0 {
            return Err(Exc::zero_division("integer division or modulo by zero"));
        }
        if let Some((q, r)) = floor_divmod_i64(x, y) {
            return vm.new_tuple(vec![Value::Int(q), Value::Int(r)]);
        }
    }
    let (x, y) = (big(vm, a), big(vm, b));
    if y.is_zero() {
        return Err(Exc::zero_division("integer division or modulo by zero"));
    }
    let (q, r) = x.div_mod_floor(&y);
    let q = vm.new_int_big(q)?;
    let r = vm.new_int_big(r)?;
    vm.new_tuple(vec![q, r])
}

/// `b` rounded to a multiple of `10**k` (k > 0), half to even.
fn round_to_power_of_ten(b: &BigInt, k: u64) -> BigInt {
    // 10**k > 2|b| whenever k*log2(10) exceeds b's bit length by 2: the result is then 0
    // (checked first so that a huge k costs nothing).
    if (k as f64) * std::f64::consts::LOG2_10 > b.bits() as f64 + 2.0 {
        return BigInt::zero();
    }
    let p = Pow::pow(BigInt::from(10), k);
    let (q, r) = b.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    q * p
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("int.__round__")?;
    args.check_method("__round__", 0, 1)?;
    let nd = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(match to_bigint(vm, vm.unwrap_builtin(v)) {
            Some(b) => b,
            None => BigInt::from(vm.index_value(v)?),
        }),
    };
    let k = match nd {
        Some(nd) if nd.is_negative() => (-nd).to_u64().unwrap_or(u64::MAX),
        _ => return conjugate(vm, args),
    };
    let b = int_self(vm, args)?;
    vm.new_int_big(round_to_power_of_ten(&b, k))
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__format__", 1, 1)?;
    let spec = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("format spec must be a str"))?;
    let s = crate::builtins::format::format_value(vm, args.this(), &spec)?;
    vm.new_str(s)
}

fn as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("int.as_integer_ratio", 0, 0)?;
    let b = int_self(vm, args)?;
    let n = vm.new_int_big(b)?;
    vm.new_tuple(vec![n, Value::Int(1)])
}

/// Keyword checks worded as CPython's argument clinic words them.
pub fn check_kw_clinic(vm: &Vm, args: &Args, func: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if !allowed.contains(&name.as_str()) {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for {func}()"
            )));
        }
    }
    Ok(())
}

fn byteorder(vm: &mut Vm, args: &Args, pos: usize, func: &str) -> PyResult<bool> {
    let v = args.get(pos).or_else(|| args.kwarg(vm, "byteorder"));
    match v {
        None => Ok(true),
        Some(v) => match vm.as_str(v) {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(Exc::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
            None => {
                let t = vm.type_name(v);
                Err(Exc::type_error(format!(
                    "{func}() argument 'byteorder' must be str, not {t}"
                )))
            }
        },
    }
}

fn to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_kw_clinic(vm, args, "to_bytes", &["length", "byteorder", "signed"])?;
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let b = int_self(vm, args)?;
    let length = match args.get(1).or_else(|| args.kwarg(vm, "length")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(Exc::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(vm, args, 2, "to_bytes")?;
    let signed = match args.kwarg(vm, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && b.is_negative() {
        return Err(Exc::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    reserve_bits(vm, (length as u64).saturating_mul(8))?;
    let bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    let mut out = bytes;
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    if out.len() > length as usize {
        // Allow a redundant sign byte.
        let trimmed_ok = out[length as usize..].iter().all(|&x| x == fill)
            && (length == 0
                || !signed
                || ((out[length as usize - 1] & 0x80 != 0) == b.is_negative()));
        if !trimmed_ok {
            return Err(Exc::overflow_error("int too big to convert"));
        }
        out.truncate(length as usize);
    }
    if b.is_zero() {
        out.clear();
    }
    out.resize(length as usize, fill);
    if big_endian {
        out.reverse();
    }
    vm.new_bytes(out)
}

/// The `bytes` argument of `int.from_bytes`, converted as `bytes(x)` would (without the
/// int-means-length case): bytes-likes, `__bytes__`, or an iterable of ints in range(0, 256).
fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    use crate::vm::ops::Kind;
    if let Some(b) = crate::builtins::bytes::bytes_of(vm, v) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_user(v, "__bytes__")? {
        let r = vm.call(m, &[])?;
        return match crate::builtins::bytes::bytes_of(vm, r) {
            Some(b) if vm.kind(r) == Kind::Bytes => Ok(b),
            _ => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "__bytes__ returned non-bytes (type {t})"
                )))
            }
        };
    }
    if vm.kind(v) == Kind::Str || !vm.is_iterable(v)? {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "cannot convert '{t}' object to bytes"
        )));
    }
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(item) = vm.iter_next(it)? {
        let i = match to_bigint(vm, vm.unwrap_builtin(item)) {
            Some(b) => b.to_i64().unwrap_or(-1),
            None => vm.index_value(item)?,
        };
        if !(0..256).contains(&i) {
            return Err(Exc::value_error("bytes must be in range(0, 256)"));
        }
        vm.reserve(1)?;
        out.push(i as u8);
    }
    Ok(out)
}

fn from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_kw_clinic(vm, args, "from_bytes", &["bytes", "byteorder", "signed"])?;
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        )));
    }
    let data = args
        .get(1)
        .or_else(|| args.kwarg(vm, "bytes"))
        .ok_or_else(|| Exc::type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let mut bytes = bytes_arg(vm, data)?;
    let big_endian = byteorder(vm, args, 2, "from_bytes")?;
    let signed = match args.kwarg(vm, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if big_endian {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    vm.new_int_big(v)
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
    if vm.kind(a) != Kind::Int {
        let t = vm.type_name(args.pos[0]);
        return Err(Exc::type_error(format!(
            "descriptor '{name}' requires a 'int' object but received a '{t}'"
        )));
    }
    Ok(if matches!(vm.kind(b), Kind::Int) {
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
    binop(vm, op, x, y)
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
    unary(vm, UnOp::Pos, v)
}

fn d_invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__invert__", 0, 0)?;
    let v = vm.unwrap_builtin(args.this());
    unary(vm, UnOp::Invert, v)
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

fn d_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::And, false)
}

fn d_rand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::And, true)
}

fn d_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Or, false)
}

fn d_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Or, true)
}

fn d_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Xor, false)
}

fn d_rxor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::Xor, true)
}

fn d_lshift(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::LShift, false)
}

fn d_rlshift(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::LShift, true)
}

fn d_rshift(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::RShift, false)
}

fn d_rrshift(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_binop(vm, args, BinOp::RShift, true)
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
