//! `fractions`: the `Fraction` class of CPython 3.11.
//!
//! Supported: construction from ints, two rationals, floats and Decimals (exact), strings
//! (`"3/4"`, `" -1.25e3 "`, underscores), other Fractions; normalization and
//! `ZeroDivisionError: Fraction(1, 0)`; `+ - * / // % divmod **` with ints, floats and Fractions
//! (result types as in CPython: Fraction with rationals, float with floats); comparisons with
//! ints, floats and Fractions; `hash` equal to that of equal ints/floats; `numerator`,
//! `denominator`, `limit_denominator`, `as_integer_ratio`, `from_float`, `from_decimal`,
//! `__round__` (with ndigits), `__floor__`, `__ceil__`, `__trunc__`, `int()`, `float()`,
//! `bool()`, `abs()`; `repr` `Fraction(3, 4)` and `str` `3/4`; subclassing.
//!
//! Not supported: complex operands, the `numbers` ABC registration, pickling.
//!
//! The exact-rational helpers here (`ratio_to_f64`, `float_ratio`, `Fraction` values from native
//! code) are shared with `statistics` and `decimal`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};

use crate::builtins::{int, Args};
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::modules::math::{bind_py_args, scalbn};
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    pub enum FractionFn {
        New => "__new__" => new,
        Init => "__init__" => init,
        Repr => "__repr__" => repr,
        Str => "__str__" => str_,
        Hash => "__hash__" => hash,
        Eq => "__eq__" => eq,
        Lt => "__lt__" => lt,
        Le => "__le__" => le,
        Gt => "__gt__" => gt,
        Ge => "__ge__" => ge,
        Bool => "__bool__" => bool_,
        Add => "__add__" => add,
        Radd => "__radd__" => radd,
        Sub => "__sub__" => sub,
        Rsub => "__rsub__" => rsub,
        Mul => "__mul__" => mul,
        Rmul => "__rmul__" => rmul,
        Truediv => "__truediv__" => truediv,
        Rtruediv => "__rtruediv__" => rtruediv,
        Floordiv => "__floordiv__" => floordiv,
        Rfloordiv => "__rfloordiv__" => rfloordiv,
        Mod => "__mod__" => mod_,
        Rmod => "__rmod__" => rmod,
        Divmod => "__divmod__" => divmod,
        Rdivmod => "__rdivmod__" => rdivmod,
        Pow => "__pow__" => pow,
        Rpow => "__rpow__" => rpow,
        Pos => "__pos__" => pos,
        Neg => "__neg__" => neg,
        Abs => "__abs__" => abs,
        Int => "__int__" => trunc,
        Trunc => "__trunc__" => trunc,
        Floor => "__floor__" => floor,
        Ceil => "__ceil__" => ceil,
        Round => "__round__" => round,
        Float => "__float__" => float,
        LimitDenominator => "limit_denominator" => limit_denominator,
        AsIntegerRatio => "as_integer_ratio" => as_integer_ratio,
        FromFloat => "from_float" => from_float,
        FromDecimal => "from_decimal" => from_decimal,
        Numerator => "numerator" => numerator,
        Denominator => "denominator" => denominator,
        Real => "real" => real,
        Imag => "imag" => imag,
        Conjugate => "conjugate" => conjugate,
        Copy => "__copy__" => copy,
        Deepcopy => "__deepcopy__" => deepcopy,
    }
}

fn f(which: FractionFn) -> Value {
    func_value(ModuleFn::Fractions(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let cls = fraction_class(vm)?;
    Ok(vec![("Fraction", cls)])
}

pub fn fraction_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("fractions.Fraction", make_class)
}

fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in FractionFn::all_names() {
        let Some(which) = FractionFn::from_name(name) else {
            continue;
        };
        let v = match which {
            FractionFn::FromFloat | FractionFn::FromDecimal => vm.class_method(f(which))?,
            FractionFn::Numerator
            | FractionFn::Denominator
            | FractionFn::Real
            | FractionFn::Imag => vm.native_property(f(which), None)?,
            _ => f(which),
        };
        attrs.push((name, v));
    }
    vm.new_native_class(NativeClass {
        name: "Fraction",
        module: "fractions",
        attrs,
        ..Default::default()
    })
}

/// The value of a Fraction instance.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FractionData {
    pub num: BigInt,
    pub den: BigInt,
}

impl FractionData {
    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<FractionData>()
            + (self.num.bits() as usize + self.den.bits() as usize) / 8
    }
}

/// `(n, d)` reduced, with `d > 0`. `d` must not be zero.
pub fn normalize(n: BigInt, d: BigInt) -> (BigInt, BigInt) {
    let g = n.gcd(&d);
    let (n, d) = if g.is_zero() || g.is_one() {
        (n, d)
    } else {
        (n / &g, d / &g)
    };
    if d.is_negative() {
        (-n, -d)
    } else {
        (n, d)
    }
}

/// A new (plain) Fraction with the already-normalized value `n/d`.
pub fn new_fraction(vm: &mut Vm, n: BigInt, d: BigInt) -> PyResult<Value> {
    let cls = fraction_class(vm)?;
    vm.new_native_instance(
        cls,
        NativeData::Fraction(Box::new(FractionData { num: n, den: d })),
    )
}

/// `Fraction(n, d)`: ZeroDivisionError for `d == 0`, then normalized.
pub fn make_fraction(vm: &mut Vm, n: BigInt, d: BigInt) -> PyResult<Value> {
    if d.is_zero() {
        return Err(Exc::zero_division(format!("Fraction({n}, 0)")));
    }
    let (n, d) = normalize(n, d);
    new_fraction(vm, n, d)
}

/// The value of a Fraction (or Fraction subclass) instance.
pub fn fraction_value(vm: &Vm, v: Value) -> Option<(BigInt, BigInt)> {
    match vm.native_data(v) {
        Some(NativeData::Fraction(fr)) => Some((fr.num.clone(), fr.den.clone())),
        _ => None,
    }
}

/// The exact ratio of an int or a Fraction (`numbers.Rational` for our purposes).
pub fn rational_value(vm: &Vm, v: Value) -> Option<(BigInt, BigInt)> {
    if let Some(b) = int::to_bigint(vm, vm.unwrap_builtin(v)) {
        return Some((b, BigInt::one()));
    }
    fraction_value(vm, v)
}

/// `float.as_integer_ratio()`.
pub fn float_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1u64 << 52;
        exp - 1075
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    e += tz;
    let m = BigInt::from(mant);
    let m = if x < 0.0 { -m } else { m };
    if e >= 0 {
        Ok((m << (e as u64), BigInt::one()))
    } else {
        Ok((m, BigInt::one() << ((-e) as u64)))
    }
}

/// `n / d` correctly rounded to a float (`int / int` in Python); `None` when it overflows.
pub fn ratio_to_f64(n: &BigInt, d: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let neg = n.is_negative() != d.is_negative();
    let a = n.abs();
    let b = d.abs();
    let e = a.bits() as i64 - b.bits() as i64;
    // Scale so the quotient has at least 55 bits; the remainder becomes a sticky bit.
    let s = 56 - e;
    let (num, den) = if s >= 0 {
        (a << (s as u64), b)
    } else {
        (a, b << ((-s) as u64))
    };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    // value = q * 2^-s (+ sticky)
    let bq = q.bits() as i64;
    let lead_exp = bq - 1 - s;
    if lead_exp > 1023 {
        return None;
    }
    let drop = if lead_exp >= -1022 {
        bq - 53
    } else {
        // Subnormal: the last kept bit is worth 2^-1074.
        s - 1074
    };
    let (mant, shift) = if drop <= 0 {
        (q.to_u64().unwrap_or(0), -s)
    } else if drop > bq {
        (0u64, drop - s)
    } else {
        let kept: BigInt = &q >> (drop as u64);
        let half_bit = q.bit((drop - 1) as u64);
        let below = if drop >= 2 {
            q.trailing_zeros()
                .map(|z| (z as i64) < drop - 1)
                .unwrap_or(false)
        } else {
            false
        };
        let mut m = kept.to_u64().unwrap_or(0);
        if half_bit && (below || sticky || m & 1 == 1) {
            m += 1;
        }
        (m, drop - s)
    };
    let v = scalbn(mant as f64, shift.clamp(-2000, 2000) as i32);
    if v.is_infinite() {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// `float(Fraction)`: OverflowError when too large.
pub fn ratio_to_float(n: &BigInt, d: &BigInt) -> PyResult<f64> {
    ratio_to_f64(n, d)
        .ok_or_else(|| Exc::overflow_error("integer division result too large for a float"))
}

// ---- construction -----------------------------------------------------------------------------------

fn init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Fraction.__new__",
        &["cls", "numerator", "denominator"],
        1,
        &["_normalize"],
    )?;
    let cls = args.this();
    let numerator = a[1].unwrap_or(Value::Int(0));
    let denominator = a[2].unwrap_or(Value::None);
    let normalize_flag = match a[3] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let (n, d) = if denominator.is_none() {
        if let Some(r) = rational_value(vm, numerator) {
            r
        } else if let Value::Float(x) = vm.unwrap_builtin(numerator) {
            float_ratio(x)?
        } else if let Some(r) = crate::modules::decimal::decimal_ratio(vm, numerator)? {
            r
        } else if let Some(s) = vm.str_value(numerator) {
            parse_fraction(&s)?
        } else {
            return Err(Exc::type_error(
                "argument should be a string or a Rational instance",
            ));
        }
    } else {
        match (
            rational_value(vm, numerator),
            rational_value(vm, denominator),
        ) {
            (Some((n1, d1)), Some((n2, d2))) => {
                let n = n1 * &d2;
                let d = n2 * d1;
                if d.is_zero() {
                    return Err(Exc::zero_division(format!("Fraction({n}, 0)")));
                }
                if normalize_flag {
                    normalize(n, d)
                } else {
                    (n, d)
                }
            }
            _ => {
                return Err(Exc::type_error(
                    "both arguments should be Rational instances",
                ))
            }
        }
    };
    let data = NativeData::Fraction(Box::new(FractionData { num: n, den: d }));
    let base = fraction_class(vm)?;
    if cls.is(base) {
        return vm.new_native_instance(base, data);
    }
    let inst = vm.new_native_instance(cls, data)?;
    Ok(inst)
}

/// Parses CPython's Fraction string syntax: `[sign] (int ["/" int] | decimal [exponent])` with
/// optional surrounding whitespace and single underscores between digits.
pub fn parse_fraction(text: &str) -> PyResult<(BigInt, BigInt)> {
    let invalid = || {
        Exc::value_error(format!(
            "Invalid literal for Fraction: {}",
            crate::builtins::str::repr_str(text)
        ))
    };
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut neg = false;
    if let Some(&c) = bytes.first() {
        if c == b'+' || c == b'-' {
            neg = c == b'-';
            i = 1;
        }
    }
    // Lookahead: a digit, or "." followed by a digit.
    match bytes.get(i) {
        Some(c) if c.is_ascii_digit() => {}
        Some(b'.') if bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit()) => {}
        _ => return Err(invalid()),
    }
    let digits = |i: &mut usize| -> Option<String> {
        // \d+(_\d+)* ; returns None when nothing matched.
        let start = *i;
        let mut out = String::new();
        while *i < bytes.len() {
            let c = bytes[*i];
            if c.is_ascii_digit() {
                out.push(c as char);
                *i += 1;
            } else if c == b'_'
                && *i > start
                && bytes.get(*i + 1).is_some_and(|c| c.is_ascii_digit())
                && bytes[*i - 1].is_ascii_digit()
            {
                *i += 1;
            } else {
                break;
            }
        }
        if out.is_empty() {
            None
        } else {
            Some(out)
        }
    };
    let num_digits = digits(&mut i).unwrap_or_default();
    let mut num: BigInt = if num_digits.is_empty() {
        BigInt::zero()
    } else {
        num_digits.parse().map_err(|_| invalid())?
    };
    let mut den = BigInt::one();
    if bytes.get(i) == Some(&b'/') {
        i += 1;
        let d = digits(&mut i).ok_or_else(invalid)?;
        den = d.parse().map_err(|_| invalid())?;
    } else {
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if let Some(dec) = digits(&mut i) {
                let scale = BigInt::from(10u32).pow(dec.len() as u32);
                let frac: BigInt = dec.parse().map_err(|_| invalid())?;
                num = num * &scale + frac;
                den *= scale;
            }
        }
        if matches!(bytes.get(i), Some(b'e') | Some(b'E')) {
            i += 1;
            let mut eneg = false;
            if let Some(&c) = bytes.get(i) {
                if c == b'+' || c == b'-' {
                    eneg = c == b'-';
                    i += 1;
                }
            }
            let e = digits(&mut i).ok_or_else(invalid)?;
            let e: u32 = e
                .parse()
                .map_err(|_| Exc::value_error("exponent too large"))?;
            let p = BigInt::from(10u32).pow(e);
            if eneg {
                den *= p;
            } else {
                num *= p;
            }
        }
    }
    if i != bytes.len() {
        return Err(invalid());
    }
    if neg {
        num = -num;
    }
    if den.is_zero() {
        return Err(Exc::zero_division(format!("Fraction({num}, 0)")));
    }
    Ok(normalize(num, den))
}

// ---- helpers for the methods ----------------------------------------------------------------------

fn this_value(vm: &Vm, args: &Args, name: &str) -> PyResult<(BigInt, BigInt)> {
    fraction_value(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor '{name}' requires a 'Fraction' object but received a '{t}'"
        ))
    })
}

fn other_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.check_method(name, 1, 1)?;
    Ok(args.pos[1])
}

/// The other operand of an arithmetic operator: exact, float, or unsupported.
enum Operand {
    Exact(BigInt, BigInt),
    Float(f64),
    Other,
}

fn operand(vm: &Vm, v: Value) -> Operand {
    if let Some((n, d)) = rational_value(vm, v) {
        return Operand::Exact(n, d);
    }
    match vm.unwrap_builtin(v) {
        Value::Float(x) => Operand::Float(x),
        _ => Operand::Other,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    DivMod,
}

impl Op {
    fn binop(self) -> BinOp {
        match self {
            Op::Add => BinOp::Add,
            Op::Sub => BinOp::Sub,
            Op::Mul => BinOp::Mul,
            Op::Div => BinOp::TrueDiv,
            Op::FloorDiv => BinOp::FloorDiv,
            Op::Mod | Op::DivMod => BinOp::Mod,
        }
    }
}

fn int_div_zero() -> Exc {
    Exc::zero_division("integer division or modulo by zero")
}

/// The exact operation on `a = na/da` and `b = nb/db`.
fn exact_op(
    vm: &mut Vm,
    op: Op,
    na: BigInt,
    da: BigInt,
    nb: BigInt,
    db: BigInt,
) -> PyResult<Value> {
    match op {
        Op::Add => {
            let (n, d) = normalize(na * &db + nb * &da, da * db);
            new_fraction(vm, n, d)
        }
        Op::Sub => {
            let (n, d) = normalize(na * &db - nb * &da, da * db);
            new_fraction(vm, n, d)
        }
        Op::Mul => {
            let (n, d) = normalize(na * nb, da * db);
            new_fraction(vm, n, d)
        }
        Op::Div => {
            if nb.is_zero() {
                // CPython reduces by gcd(na, nb) = |na| first, so the message shows the sign.
                let n = if na.is_zero() {
                    BigInt::zero()
                } else {
                    let g = da.gcd(&db);
                    let s = if na.is_negative() { -1 } else { 1 };
                    BigInt::from(s) * (db / g)
                };
                return Err(Exc::zero_division(format!("Fraction({n}, 0)")));
            }
            let (n, d) = normalize(na * db, da * nb);
            new_fraction(vm, n, d)
        }
        Op::FloorDiv => {
            let den = &da * &nb;
            if den.is_zero() {
                return Err(int_div_zero());
            }
            let q = (na * db).div_floor(&den);
            vm.new_int_big(q)
        }
        Op::Mod => {
            let m = &nb * &da;
            if m.is_zero() {
                return Err(Exc::zero_division("integer modulo by zero"));
            }
            let r = (na * &db).mod_floor(&m);
            let (n, d) = normalize(r, da * db);
            new_fraction(vm, n, d)
        }
        Op::DivMod => {
            let m = &da * &nb;
            if m.is_zero() {
                return Err(int_div_zero());
            }
            let (q, r) = (na * &db).div_mod_floor(&m);
            let (n, d) = normalize(r, da * db);
            let qv = vm.new_int_big(q)?;
            let rv = new_fraction(vm, n, d)?;
            vm.new_tuple(vec![qv, rv])
        }
    }
}

fn float_op(vm: &mut Vm, op: Op, a: f64, b: f64) -> PyResult<Value> {
    if op == Op::DivMod {
        return crate::builtins::functions::Func::from_name("divmod")
            .ok_or_else(|| Exc::internal("divmod"))?
            .call(vm, &Args::new(&[Value::Float(a), Value::Float(b)]));
    }
    vm.binary_native(op.binop(), Value::Float(a), Value::Float(b))
}

fn binary(vm: &mut Vm, args: &Args, name: &str, op: Op, reflected: bool) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, name)?;
    let other = other_arg(args, name)?;
    match operand(vm, other) {
        Operand::Exact(on, od) => {
            if reflected {
                exact_op(vm, op, on, od, n, d)
            } else {
                exact_op(vm, op, n, d, on, od)
            }
        }
        Operand::Float(x) => {
            let me = ratio_to_float(&n, &d)?;
            if reflected {
                float_op(vm, op, x, me)
            } else {
                float_op(vm, op, me, x)
            }
        }
        Operand::Other => Ok(Value::NotImplemented),
    }
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__add__", Op::Add, false)
}
fn radd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__radd__", Op::Add, true)
}
fn sub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__sub__", Op::Sub, false)
}
fn rsub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rsub__", Op::Sub, true)
}
fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__mul__", Op::Mul, false)
}
fn rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rmul__", Op::Mul, true)
}
fn truediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__truediv__", Op::Div, false)
}
fn rtruediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rtruediv__", Op::Div, true)
}
fn floordiv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__floordiv__", Op::FloorDiv, false)
}
fn rfloordiv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rfloordiv__", Op::FloorDiv, true)
}
fn mod_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__mod__", Op::Mod, false)
}
fn rmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rmod__", Op::Mod, true)
}
fn divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__divmod__", Op::DivMod, false)
}
fn rdivmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, "__rdivmod__", Op::DivMod, true)
}

/// `Fraction ** int`: exact, inverting for negative powers.
fn int_power(vm: &mut Vm, n: &BigInt, d: &BigInt, p: &BigInt) -> PyResult<Value> {
    let Some(e) = p.abs().to_u32() else {
        return Err(Exc::overflow_error("exponent too large"));
    };
    let bits = (n.bits().max(d.bits()) as f64) * e as f64;
    vm.reserve((bits / 8.0).min(1e18) as usize)?;
    let (nn, dd) = if p.is_negative() {
        (
            num_traits::pow(d.clone(), e as usize),
            num_traits::pow(n.clone(), e as usize),
        )
    } else {
        (
            num_traits::pow(n.clone(), e as usize),
            num_traits::pow(d.clone(), e as usize),
        )
    };
    if dd.is_zero() {
        return Err(Exc::zero_division(format!("Fraction({nn}, 0)")));
    }
    let (nn, dd) = if dd.is_negative() {
        (-nn, -dd)
    } else {
        (nn, dd)
    };
    new_fraction(vm, nn, dd)
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, "__pow__")?;
    args.check_method("__pow__", 1, 2)?;
    let other = args.pos[1];
    match operand(vm, other) {
        Operand::Exact(on, od) => {
            if od.is_one() {
                int_power(vm, &n, &d, &on)
            } else {
                let x = ratio_to_float(&n, &d)?;
                let y = ratio_to_float(&on, &od)?;
                vm.binary_native(BinOp::Pow, Value::Float(x), Value::Float(y))
            }
        }
        _ => {
            let x = ratio_to_float(&n, &d)?;
            vm.binary_native(BinOp::Pow, Value::Float(x), other)
        }
    }
}

fn rpow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, "__rpow__")?;
    args.check_method("__rpow__", 1, 2)?;
    let a = args.pos[1];
    if d.is_one() && !n.is_negative() {
        let e = vm.new_int_big(n)?;
        return vm.binary_native(BinOp::Pow, a, e);
    }
    if let Some((an, ad)) = rational_value(vm, a) {
        if d.is_one() {
            return int_power(vm, &an, &ad, &n);
        }
        let x = ratio_to_float(&an, &ad)?;
        let y = ratio_to_float(&n, &d)?;
        return vm.binary_native(BinOp::Pow, Value::Float(x), Value::Float(y));
    }
    if d.is_one() {
        let e = vm.new_int_big(n)?;
        return vm.binary_native(BinOp::Pow, a, e);
    }
    let y = ratio_to_float(&n, &d)?;
    vm.binary_native(BinOp::Pow, a, Value::Float(y))
}

// ---- unary operations and conversions ------------------------------------------------------------------

fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__pos__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__pos__")?;
    new_fraction(vm, n, d)
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__neg__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__neg__")?;
    new_fraction(vm, -n, d)
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__abs__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__abs__")?;
    new_fraction(vm, n.abs(), d)
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__trunc__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__trunc__")?;
    let q = if n.is_negative() {
        -((-n).div_floor(&d))
    } else {
        n.div_floor(&d)
    };
    vm.new_int_big(q)
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__floor__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__floor__")?;
    vm.new_int_big(n.div_floor(&d))
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__ceil__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__ceil__")?;
    vm.new_int_big(-((-n).div_floor(&d)))
}

/// `n/d` rounded to the nearest int, ties to even.
pub fn round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (fl, rem) = n.div_mod_floor(d);
    let twice: BigInt = &rem * 2u32;
    match twice.cmp(d) {
        std::cmp::Ordering::Less => fl,
        std::cmp::Ordering::Greater => fl + 1,
        std::cmp::Ordering::Equal => {
            if fl.is_even() {
                fl
            } else {
                fl + 1
            }
        }
    }
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Fraction.__round__", &["self", "ndigits"], 1, &[])?;
    let (n, d) = this_value(vm, args, "__round__")?;
    let nd = a[1].unwrap_or(Value::None);
    if nd.is_none() {
        return vm.new_int_big(round_half_even(&n, &d));
    }
    if let Value::Float(x) = vm.unwrap_builtin(nd) {
        // CPython computes with a float shift here, which only works out for ndigits <= 0.
        if x > 0.0 {
            return Err(Exc::type_error(
                "both arguments should be Rational instances",
            ));
        }
        let shift = 10f64.powf(x.abs());
        let me = ratio_to_float(&n, &d)?;
        let r = crate::builtins::float::round_digits(me / shift, 0)? * shift;
        let (rn, rd) = float_ratio(r)?;
        return new_fraction(vm, rn, rd);
    }
    if vm.kind(nd) != Kind::Int && vm.lookup_user(nd, "__index__")?.is_none() {
        let t = vm.type_name(nd);
        return Err(Exc::type_error(format!(
            "bad operand type for abs(): '{t}'"
        )));
    }
    let nd = vm.index_value(nd)?;
    let Some(k) = nd.unsigned_abs().to_u32().filter(|k| *k < 100_000) else {
        return Err(Exc::overflow_error("ndigits too large"));
    };
    let shift = BigInt::from(10u32).pow(k);
    if nd > 0 {
        let r = round_half_even(&(n * &shift), &d);
        let (n, d) = normalize(r, shift);
        new_fraction(vm, n, d)
    } else {
        let r = round_half_even(&n, &(d * &shift)) * shift;
        new_fraction(vm, r, BigInt::one())
    }
}

fn float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__float__", 0, 0)?;
    let (n, d) = this_value(vm, args, "__float__")?;
    Ok(Value::Float(ratio_to_float(&n, &d)?))
}

fn bool_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, _) = this_value(vm, args, "__bool__")?;
    Ok(Value::Bool(!n.is_zero()))
}

fn numerator(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, _) = this_value(vm, args, "numerator")?;
    vm.new_int_big(n)
}

fn denominator(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_value(vm, args, "denominator")?;
    vm.new_int_big(d)
}

fn real(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, "real")?;
    new_fraction(vm, n, d)
}

fn imag(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn conjugate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("conjugate", 0, 0)?;
    let (n, d) = this_value(vm, args, "conjugate")?;
    new_fraction(vm, n, d)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = fraction_class(vm)?;
    if vm.type_of(this).is(cls) {
        return Ok(this);
    }
    let (n, d) = this_value(vm, args, "__copy__")?;
    let t = vm.type_of(this);
    vm.new_native_instance(
        t,
        NativeData::Fraction(Box::new(FractionData { num: n, den: d })),
    )
}

fn deepcopy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    copy(vm, args)
}

fn as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("as_integer_ratio", 0, 0)?;
    let (n, d) = this_value(vm, args, "as_integer_ratio")?;
    let nv = vm.new_int_big(n)?;
    let dv = vm.new_int_big(d)?;
    vm.new_tuple(vec![nv, dv])
}

fn limit_denominator(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Fraction.limit_denominator",
        &["self", "max_denominator"],
        1,
        &[],
    )?;
    let (n, d) = this_value(vm, args, "limit_denominator")?;
    let maxv = a[1].unwrap_or(Value::Int(1_000_000));
    if let Value::Float(x) = vm.unwrap_builtin(maxv) {
        // A float bound only works when no approximation is needed.
        if x < 1.0 {
            return Err(Exc::value_error("max_denominator should be at least 1"));
        }
        if d.to_f64().is_some_and(|df| df <= x) {
            return new_fraction(vm, n, d);
        }
        return Err(Exc::type_error(
            "both arguments should be Rational instances",
        ));
    }
    let Some((max_n, max_d)) = rational_value(vm, maxv) else {
        let t = vm.type_name(maxv);
        return Err(Exc::type_error(format!(
            "'<' not supported between instances of '{t}' and 'int'"
        )));
    };
    if max_n < max_d {
        return Err(Exc::value_error("max_denominator should be at least 1"));
    }
    let max_den = max_n.div_floor(&max_d);
    if d <= max_den {
        return new_fraction(vm, n, d);
    }
    let (mut p0, mut q0, mut p1, mut q1) =
        (BigInt::zero(), BigInt::one(), BigInt::one(), BigInt::zero());
    let (mut nn, mut dd) = (n.clone(), d.clone());
    loop {
        let a = nn.div_floor(&dd);
        let q2 = &q0 + &a * &q1;
        if q2 > max_den {
            break;
        }
        let np1 = &p0 + &a * &p1;
        p0 = std::mem::replace(&mut p1, np1);
        q0 = std::mem::replace(&mut q1, q2);
        let nd = &nn - &a * &dd;
        nn = std::mem::replace(&mut dd, nd);
    }
    let k = (&max_den - &q0).div_floor(&q1);
    let (b1n, b1d) = normalize(&p0 + &k * &p1, &q0 + &k * &q1);
    let (b2n, b2d) = normalize(p1, q1);
    // Compare |bound2 - self| <= |bound1 - self| exactly.
    let diff = |bn: &BigInt, bd: &BigInt| (bn * &d - &n * bd).abs();
    let lhs = diff(&b2n, &b2d) * &b1d;
    let rhs = diff(&b1n, &b1d) * &b2d;
    if lhs <= rhs {
        new_fraction(vm, b2n, b2d)
    } else {
        new_fraction(vm, b1n, b1d)
    }
}

fn construct(vm: &mut Vm, cls: Value, n: BigInt, d: BigInt) -> PyResult<Value> {
    let nv = vm.new_int_big(n)?;
    let dv = vm.new_int_big(d)?;
    vm.call(cls, &[nv, dv])
}

fn from_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("from_float", 1, 1)?;
    let cls = args.this();
    let v = args.pos[1];
    if vm.kind(v) == Kind::Int {
        return vm.call(cls, &[v]);
    }
    let Value::Float(x) = vm.unwrap_builtin(v) else {
        let cname = vm.class_name(cls);
        let r = vm.repr(v)?;
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "{cname}.from_float() only takes floats, not {r} ({t})"
        )));
    };
    let (n, d) = float_ratio(x)?;
    construct(vm, cls, n, d)
}

fn from_decimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("from_decimal", 1, 1)?;
    let cls = args.this();
    let v = args.pos[1];
    if vm.kind(v) == Kind::Int {
        let b = int::to_bigint(vm, vm.unwrap_builtin(v)).unwrap_or_default();
        return construct(vm, cls, b, BigInt::one());
    }
    match crate::modules::decimal::decimal_ratio(vm, v)? {
        Some((n, d)) => construct(vm, cls, n, d),
        None => {
            let cname = vm.class_name(cls);
            let r = vm.repr(v)?;
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "{cname}.from_decimal() only takes Decimals, not {r} ({t})"
            )))
        }
    }
}

// ---- representation, hashing, comparison ------------------------------------------------------------

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, "__repr__")?;
    let cls = vm.type_of(args.this());
    let name = vm.class_name(cls);
    vm.new_str(format!("{name}({n}, {d})"))
}

fn str_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, "__str__")?;
    if d.is_one() {
        vm.new_str(n.to_string())
    } else {
        vm.new_str(format!("{n}/{d}"))
    }
}

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of the rational `n/d` (equal to the hash of an equal int or float).
pub fn hash_ratio(n: &BigInt, d: &BigInt) -> i64 {
    let p = BigInt::from(MODULUS);
    let dm = d.mod_floor(&p);
    let h = if dm.is_zero() {
        crate::builtins::hash::HASH_INF
    } else {
        let dinv = dm.modpow(&(&p - 2u32), &p);
        let hn = n.abs().mod_floor(&p);
        (hn * dinv).mod_floor(&p).to_i64().unwrap_or(0)
    };
    let r = if n.is_negative() { -h } else { h };
    if r == -1 {
        -2
    } else {
        r
    }
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, "__hash__")?;
    Ok(Value::Int(hash_ratio(&n, &d)))
}

/// Compares `n/d` with another value: `Some(ordering)` when comparable exactly, `None` when the
/// comparison is unsupported (NotImplemented), and `Err(x)` with a float to compare `0.0` with
/// (NaN and infinities).
fn compare(
    vm: &Vm,
    n: &BigInt,
    d: &BigInt,
    other: Value,
) -> Option<Result<std::cmp::Ordering, f64>> {
    match operand(vm, other) {
        Operand::Exact(on, od) => Some(Ok((n * &od).cmp(&(d * &on)))),
        Operand::Float(x) => {
            if !x.is_finite() {
                return Some(Err(x));
            }
            let (on, od) = float_ratio(x).ok()?;
            Some(Ok((n * &od).cmp(&(d * &on))))
        }
        Operand::Other => None,
    }
}

fn rich(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    test: fn(std::cmp::Ordering) -> bool,
    ftest: fn(f64) -> bool,
) -> PyResult<Value> {
    let (n, d) = this_value(vm, args, name)?;
    let other = other_arg(args, name)?;
    match compare(vm, &n, &d, other) {
        Some(Ok(ord)) => Ok(Value::Bool(test(ord))),
        Some(Err(x)) => Ok(Value::Bool(ftest(x))),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rich(vm, args, "__eq__", |o| o.is_eq(), |x| 0.0 == x)
}
fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rich(vm, args, "__lt__", |o| o.is_lt(), |x| 0.0 < x)
}
fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rich(vm, args, "__le__", |o| o.is_le(), |x| 0.0 <= x)
}
fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rich(vm, args, "__gt__", |o| o.is_gt(), |x| 0.0 > x)
}
fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rich(vm, args, "__ge__", |o| o.is_ge(), |x| 0.0 >= x)
}

/// Whether `v` is a Fraction (or subclass) instance.
pub fn is_fraction(vm: &Vm, v: Value) -> bool {
    matches!(vm.native_data(v), Some(NativeData::Fraction(_)))
}
