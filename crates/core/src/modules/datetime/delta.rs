//! `datetime.timedelta`: exact microsecond arithmetic with CPython's rounding rules.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{
    as_delta, bind, fv, int_value, new_delta, new_obj, no_args, DatetimeFn, Delta, DtData, Sig,
};
use crate::builtins::hash::{hash_i64, hash_tuple};
use crate::builtins::int::to_bigint;
use crate::builtins::Args;
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum DeltaFn {
        New => "__new__" => new,
        Repr => "__repr__" => repr,
        Str => "__str__" => to_str,
        Hash => "__hash__" => hash,
        Eq => "__eq__" => eq,
        Lt => "__lt__" => lt,
        Le => "__le__" => le,
        Gt => "__gt__" => gt,
        Ge => "__ge__" => ge,
        Add => "__add__" => add,
        RAdd => "__radd__" => add,
        Sub => "__sub__" => sub,
        RSub => "__rsub__" => rsub,
        Mul => "__mul__" => mul,
        RMul => "__rmul__" => mul,
        TrueDiv => "__truediv__" => truediv,
        FloorDiv => "__floordiv__" => floordiv,
        Mod => "__mod__" => modulo,
        DivMod => "__divmod__" => divmod,
        Neg => "__neg__" => neg,
        Pos => "__pos__" => pos,
        Abs => "__abs__" => abs,
        Bool => "__bool__" => to_bool,
        TotalSeconds => "total_seconds" => total_seconds,
        Days => "days" => days,
        Seconds => "seconds" => seconds,
        Microseconds => "microseconds" => microseconds,
        ReadOnly => "__set__" => readonly,
    }
}

fn f(which: DeltaFn) -> Value {
    fv(DatetimeFn::Delta(which))
}

pub(super) fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in DeltaFn::all_names() {
        let Some(which) = DeltaFn::from_name(name) else {
            continue;
        };
        let v = match which {
            DeltaFn::New => vm.static_method(f(which))?,
            // Members in CPython: assigning says "readonly attribute".
            DeltaFn::Days | DeltaFn::Seconds | DeltaFn::Microseconds => {
                vm.native_property(f(which), Some(f(DeltaFn::ReadOnly)))?
            }
            DeltaFn::ReadOnly => continue,
            _ => f(which),
        };
        attrs.push((name, v));
    }
    let cls = vm.new_native_class(NativeClass {
        name: "timedelta",
        module: "datetime",
        attrs,
        dotted_name: true,
        ..Default::default()
    })?;
    let min = new_obj(
        vm,
        cls,
        DtData::Delta(Delta {
            days: -999_999_999,
            secs: 0,
            us: 0,
        }),
    )?;
    let max = new_obj(
        vm,
        cls,
        DtData::Delta(Delta {
            days: 999_999_999,
            secs: 86_399,
            us: 999_999,
        }),
    )?;
    let res = new_obj(
        vm,
        cls,
        DtData::Delta(Delta {
            days: 0,
            secs: 0,
            us: 1,
        }),
    )?;
    vm.setattr(cls, "min", min)?;
    vm.setattr(cls, "max", max)?;
    vm.setattr(cls, "resolution", res)?;
    Ok(cls)
}

fn this(vm: &Vm, args: &Args) -> PyResult<Delta> {
    as_delta(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor requires a 'datetime.timedelta' object but received a '{t}'"
        ))
    })
}

fn other(args: &Args) -> Value {
    args.get(1).unwrap_or(Value::None)
}

const OVERFLOW_C_INT: &str = "Python int too large to convert to C int";

fn overflow() -> Exc {
    Exc::overflow_error(OVERFLOW_C_INT)
}

/// A number argument of the constructor and of `*` and `/`.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn num_of(vm: &Vm, v: Value) -> Option<Num> {
    let v = vm.unwrap_builtin(v);
    match v {
        Value::Float(x) => Some(Num::Float(x)),
        _ => to_bigint(vm, v).map(Num::Int),
    }
}

fn big_to_i128(b: &BigInt) -> PyResult<i128> {
    b.to_i128().ok_or_else(overflow)
}

/// Converts a float's integral part like `int(x)`.
fn float_int(x: f64) -> PyResult<i128> {
    if x.is_nan() {
        return Err(Exc::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() >= 1.7e38 {
        return Err(overflow());
    }
    Ok(x as i128)
}

const FACTORS: [(usize, &str, i128); 7] = [
    (2, "microseconds", 1),
    (3, "milliseconds", 1_000),
    (1, "seconds", 1_000_000),
    (4, "minutes", 60_000_000),
    (5, "hours", 3_600_000_000),
    (0, "days", 86_400_000_000),
    (6, "weeks", 604_800_000_000),
];

static NEW_SIG: Sig = Sig {
    fname: Some("__new__"),
    names: &[
        "days",
        "seconds",
        "microseconds",
        "milliseconds",
        "minutes",
        "hours",
        "weeks",
    ],
    required: 0,
    max_pos: 7,
};

/// `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut vals: [Option<Value>; 7] = [None; 7];
    bind(vm, args, 1, &NEW_SIG, |_, i, v| {
        if let Some(slot) = vals.get_mut(i) {
            *slot = Some(v);
        }
        Ok(())
    })?;
    let mut total: i128 = 0;
    let mut leftover: f64 = 0.0;
    for (idx, name, factor) in FACTORS {
        let Some(v) = vals.get(idx).copied().flatten() else {
            continue;
        };
        let fast = match v {
            Value::Int(i) => Some(i128::from(i)),
            Value::Bool(b) => Some(i128::from(b)),
            _ => None,
        };
        if let Some(n) = fast {
            let prod = n.checked_mul(factor).ok_or_else(overflow)?;
            total = total.checked_add(prod).ok_or_else(overflow)?;
            continue;
        }
        match num_of(vm, v) {
            Some(Num::Int(b)) => {
                let n = big_to_i128(&b)?;
                let prod = n.checked_mul(factor).ok_or_else(overflow)?;
                total = total.checked_add(prod).ok_or_else(overflow)?;
            }
            Some(Num::Float(x)) => {
                let int_part = x.trunc();
                let frac = x - int_part;
                let n = float_int(int_part)?;
                let prod = n.checked_mul(factor).ok_or_else(overflow)?;
                total = total.checked_add(prod).ok_or_else(overflow)?;
                if frac != 0.0 {
                    let scaled = factor as f64 * frac;
                    let whole = scaled.trunc();
                    total = total.checked_add(float_int(whole)?).ok_or_else(overflow)?;
                    leftover += scaled - whole;
                }
            }
            None => {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "unsupported type for timedelta {name} component: {t}"
                )));
            }
        }
    }
    if leftover != 0.0 {
        let mut whole = leftover.round();
        if (whole - leftover).abs() == 0.5 {
            // Halfway: round so that the total is even.
            let odd = total.rem_euclid(2) as f64;
            whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        total = total.checked_add(float_int(whole)?).ok_or_else(overflow)?;
    }
    let d = Delta::from_us(total)?;
    new_obj(vm, cls, DtData::Delta(d))
}

/// `datetime.timedelta(days=-1, seconds=86399)`.
pub(super) fn repr_of(tn: &str, d: Delta) -> String {
    let mut parts = Vec::with_capacity(3);
    if d.days != 0 {
        parts.push(format!("days={}", d.days));
    }
    if d.secs != 0 {
        parts.push(format!("seconds={}", d.secs));
    }
    if d.us != 0 {
        parts.push(format!("microseconds={}", d.us));
    }
    if parts.is_empty() {
        return format!("{tn}(0)");
    }
    format!("{tn}({})", parts.join(", "))
}

/// `-1 day, 23:59:59.000001`.
pub(super) fn str_of(d: Delta) -> String {
    let mut out = String::new();
    if d.days != 0 {
        let plural = if d.days.abs() != 1 { "s" } else { "" };
        out.push_str(&format!("{} day{plural}, ", d.days));
    }
    let (h, m, s) = (d.secs / 3600, d.secs % 3600 / 60, d.secs % 60);
    out.push_str(&format!("{h}:{m:02}:{s:02}"));
    if d.us != 0 {
        out.push_str(&format!(".{:06}", d.us));
    }
    out
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    let tn = vm.type_name(args.this());
    vm.new_str(repr_of(&tn, d))
}

fn to_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    vm.new_str(str_of(d))
}

pub(super) fn hash_of(d: Delta) -> i64 {
    hash_tuple(
        [
            hash_i64(i64::from(d.days)),
            hash_i64(i64::from(d.secs)),
            hash_i64(i64::from(d.us)),
        ]
        .into_iter(),
    )
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    Ok(Value::Int(hash_of(d)))
}

fn compare(vm: &mut Vm, args: &Args, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_delta(vm, other(args)) {
        Some(b) => Ok(Value::Bool(test(a.total_us().cmp(&b.total_us())))),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, |o| o.is_eq())
}

fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, |o| o.is_lt())
}

fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, |o| o.is_le())
}

fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, |o| o.is_gt())
}

fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, |o| o.is_ge())
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_delta(vm, other(args)) {
        Some(b) => {
            let d = Delta::from_us(a.total_us() + b.total_us())?;
            new_delta(vm, d)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_delta(vm, other(args)) {
        Some(b) => {
            let d = Delta::from_us(a.total_us() - b.total_us())?;
            new_delta(vm, d)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn rsub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_delta(vm, other(args)) {
        Some(b) => {
            let d = Delta::from_us(b.total_us() - a.total_us())?;
            new_delta(vm, d)
        }
        None => Ok(Value::NotImplemented),
    }
}

/// The exact ratio of a float (`float.as_integer_ratio()`).
fn float_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let tz = i64::from(mant.trailing_zeros());
    if exp < 0 {
        let shift = tz.min(-exp);
        mant >>= shift;
        exp += shift;
    }
    let n = BigInt::from(mant) * sign;
    if exp >= 0 {
        Ok((n << (exp as usize), BigInt::from(1)))
    } else {
        Ok((n, BigInt::from(1) << ((-exp) as usize)))
    }
}

/// `m / n` rounded to the nearest integer, ties to even.
fn div_nearest(m: &BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_zero() {
        return Err(Exc::zero_division("integer division or modulo by zero"));
    }
    let (m, n) = if n.is_negative() {
        (-m, -n)
    } else {
        (m.clone(), n.clone())
    };
    let (q, r) = m.div_mod_floor(&n);
    let twice: BigInt = r * 2;
    if twice > n || (twice == n && q.is_odd()) {
        Ok(q + 1)
    } else {
        Ok(q)
    }
}

fn delta_of_big(b: &BigInt) -> PyResult<Delta> {
    Delta::from_us(big_to_i128(b)?)
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    let us = BigInt::from(a.total_us());
    let r = match num_of(vm, other(args)) {
        Some(Num::Int(n)) => us * n,
        Some(Num::Float(x)) => {
            let (n, d) = float_ratio(x)?;
            div_nearest(&(us * n), &d)?
        }
        None => return Ok(Value::NotImplemented),
    };
    let d = delta_of_big(&r)?;
    new_delta(vm, d)
}

fn truediv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    let o = other(args);
    if let Some(b) = as_delta(vm, o) {
        let x = int_value(vm, a.total_us())?;
        let y = int_value(vm, b.total_us())?;
        return crate::builtins::int::binop(vm, BinOp::TrueDiv, x, y);
    }
    let us = BigInt::from(a.total_us());
    let r = match num_of(vm, o) {
        Some(Num::Int(n)) => div_nearest(&us, &n)?,
        Some(Num::Float(x)) => {
            let (n, d) = float_ratio(x)?;
            div_nearest(&(us * d), &n)?
        }
        None => return Ok(Value::NotImplemented),
    };
    let d = delta_of_big(&r)?;
    new_delta(vm, d)
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floordiv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    let o = other(args);
    if let Some(b) = as_delta(vm, o) {
        let (x, y) = (a.total_us(), b.total_us());
        if y == 0 {
            return Err(Exc::zero_division("integer division or modulo by zero"));
        }
        return int_value(vm, floor_div(x, y));
    }
    match num_of(vm, o) {
        Some(Num::Int(n)) => {
            if n.is_zero() {
                return Err(Exc::zero_division("integer division or modulo by zero"));
            }
            let q = BigInt::from(a.total_us()).div_floor(&n);
            let d = delta_of_big(&q)?;
            new_delta(vm, d)
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn modulo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_delta(vm, other(args)) {
        Some(b) => {
            let (x, y) = (a.total_us(), b.total_us());
            if y == 0 {
                return Err(Exc::zero_division("integer modulo by zero"));
            }
            let r = x - floor_div(x, y) * y;
            let d = Delta::from_us(r)?;
            new_delta(vm, d)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_delta(vm, other(args)) {
        Some(b) => {
            let (x, y) = (a.total_us(), b.total_us());
            if y == 0 {
                return Err(Exc::zero_division("integer division or modulo by zero"));
            }
            let q = floor_div(x, y);
            let r = Delta::from_us(x - q * y)?;
            let qv = int_value(vm, q)?;
            let rv = new_delta(vm, r)?;
            vm.new_tuple(vec![qv, rv])
        }
        None => Ok(Value::NotImplemented),
    }
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    let d = Delta::from_us(-a.total_us())?;
    new_delta(vm, d)
}

fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    new_delta(vm, a)
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    let d = Delta::from_us(a.total_us().abs())?;
    new_delta(vm, d)
}

fn to_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(vm, args)?;
    Ok(Value::Bool(!a.is_zero()))
}

fn total_seconds(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "timedelta.total_seconds")?;
    let a = this(vm, args)?;
    let x = int_value(vm, a.total_us())?;
    crate::builtins::int::binop(vm, BinOp::TrueDiv, x, Value::Int(1_000_000))
}

fn days(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.days)))
}

fn seconds(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.secs)))
}

fn microseconds(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.us)))
}

fn readonly(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error("readonly attribute"))
}
