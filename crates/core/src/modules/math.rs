//! `math`: every function and constant of CPython 3.11's math module.
//!
//! Supported: `pi`, `e`, `tau`, `inf`, `nan`; `ceil`, `floor`, `trunc` (calling `__ceil__`,
//! `__floor__`, `__trunc__` of other objects), `fabs`, `sqrt`, `isqrt`, `exp`, `exp2`, `expm1`,
//! `cbrt`, `log` (with base; ints beyond the float range like CPython), `log2`, `log10`, `log1p`,
//! `pow`, the trigonometric and hyperbolic functions and their inverses, `degrees`, `radians`,
//! `hypot` (n-ary), `dist`, `fsum` (exact), `prod`, `comb`, `perm`, `factorial`, `gcd`, `lcm`,
//! `isclose`, `isfinite`, `isinf`, `isnan`, `copysign`, `fmod`, `frexp`, `ldexp`, `modf`,
//! `remainder`, `nextafter`, `ulp`, `erf`, `erfc`, `gamma`, `lgamma`.
//!
//! Results equal CPython's bit for bit on the same platform: most functions go to the platform
//! libm through Rust's `f64` methods, like CPython. Where Rust's standard library does not use the
//! platform libm (`cbrt`, `asinh`, `acosh`, `atanh`, and `erf`/`erfc` which it lacks), this file
//! evaluates the same formulas glibc uses, in the same order; `gamma`/`lgamma` follow CPython's
//! own Lanczos method, and `hypot`/`dist` its extended-precision vector norm.
//!
//! The number helpers at the bottom (`to_float`, `to_index`, exact products) are shared with the
//! other numeric modules.

// Approximation constants are written with the digits they are published with.
#![allow(clippy::excessive_precision)]

use num_bigint::BigInt;
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{int, Args};
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    pub enum MathFn {
        Acos => "acos" => acos,
        Acosh => "acosh" => acosh,
        Asin => "asin" => asin,
        Asinh => "asinh" => asinh,
        Atan => "atan" => atan,
        Atan2 => "atan2" => atan2,
        Atanh => "atanh" => atanh,
        Cbrt => "cbrt" => cbrt,
        Ceil => "ceil" => ceil,
        Comb => "comb" => comb,
        Copysign => "copysign" => copysign,
        Cos => "cos" => cos,
        Cosh => "cosh" => cosh,
        Degrees => "degrees" => degrees,
        Dist => "dist" => dist,
        Erf => "erf" => erf,
        Erfc => "erfc" => erfc,
        Exp => "exp" => exp,
        Exp2 => "exp2" => exp2,
        Expm1 => "expm1" => expm1,
        Fabs => "fabs" => fabs,
        Factorial => "factorial" => factorial,
        Floor => "floor" => floor,
        Fmod => "fmod" => fmod,
        Frexp => "frexp" => frexp,
        Fsum => "fsum" => fsum,
        Gamma => "gamma" => gamma,
        Gcd => "gcd" => gcd,
        Hypot => "hypot" => hypot,
        Isclose => "isclose" => isclose,
        Isfinite => "isfinite" => isfinite,
        Isinf => "isinf" => isinf,
        Isnan => "isnan" => isnan,
        Isqrt => "isqrt" => isqrt,
        Lcm => "lcm" => lcm,
        Ldexp => "ldexp" => ldexp,
        Lgamma => "lgamma" => lgamma,
        Log => "log" => log,
        Log10 => "log10" => log10,
        Log1p => "log1p" => log1p,
        Log2 => "log2" => log2,
        Modf => "modf" => modf,
        Nextafter => "nextafter" => nextafter,
        Perm => "perm" => perm,
        Pow => "pow" => pow,
        Prod => "prod" => prod,
        Radians => "radians" => radians,
        Remainder => "remainder" => remainder,
        Sin => "sin" => sin,
        Sinh => "sinh" => sinh,
        Sqrt => "sqrt" => sqrt,
        Tan => "tan" => tan,
        Tanh => "tanh" => tanh,
        Trunc => "trunc" => trunc,
        Ulp => "ulp" => ulp,
    }
}

pub fn attrs(_vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = MathFn::all_names()
        .iter()
        .filter_map(|n| MathFn::from_name(n).map(|f| (*n, func_value(ModuleFn::Math(f)))))
        .collect();
    out.push(("pi", Value::Float(std::f64::consts::PI)));
    out.push(("e", Value::Float(std::f64::consts::E)));
    out.push(("tau", Value::Float(std::f64::consts::TAU)));
    out.push(("inf", Value::Float(f64::INFINITY)));
    out.push(("nan", Value::Float(f64::NAN)));
    Ok(out)
}

// ---- errors and argument helpers -------------------------------------------------------------

pub fn domain_error() -> Exc {
    Exc::value_error("math domain error")
}

pub fn range_error() -> Exc {
    Exc::overflow_error("math range error")
}

/// The single argument of a `METH_O` function (`math.sqrt() takes exactly one argument`).
fn one_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.no_kw(name)?;
    args.check_func(name, 1, 1)?;
    Ok(args.pos[0])
}

/// The two arguments of a fastcall function (`atan2 expected 2 arguments, got 1`).
fn two_args(args: &Args, name: &str) -> PyResult<(Value, Value)> {
    args.no_kw(name)?;
    args.check_func(name, 2, 2)?;
    Ok((args.pos[0], args.pos[1]))
}

/// CPython's checks after a one-argument libm call: NaN from non-NaN is a domain error, an
/// infinity from a finite input is a range error (or a domain error for singularities).
fn math_1(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

fn func1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one_arg(args, name)?;
    let x = to_float(vm, v)?;
    math_1(x, f(x), can_overflow)
}

/// What a C math function reports through `errno`.
enum Errno {
    Ok,
    Dom,
    Range,
}

/// CPython's `math_1a`: the function itself reports errors.
fn func1a(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let v = one_arg(args, name)?;
    let x = to_float(vm, v)?;
    match f(x) {
        (r, Errno::Ok) => Ok(Value::Float(r)),
        (_, Errno::Dom) => Err(domain_error()),
        (r, Errno::Range) => {
            if r.abs() < 1.5 {
                Ok(Value::Float(r))
            } else {
                Err(range_error())
            }
        }
    }
}

/// CPython's `math_2`: a two-argument function with its NaN/infinity checks.
fn func2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (a, b) = two_args(args, name)?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    let r = f(x, y);
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            return Err(domain_error());
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

// ---- simple libm wrappers ----------------------------------------------------------------------

fn acos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.acos", f64::acos, false)
}
fn acosh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.acosh", libm_acosh, false)
}
fn asin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.asin", f64::asin, false)
}
fn asinh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.asinh", libm_asinh, false)
}
fn atan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.atan", f64::atan, false)
}
fn atanh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.atanh", libm_atanh, false)
}
fn cbrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.cbrt", libm_cbrt, false)
}
fn cos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.cos", f64::cos, false)
}
fn cosh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.cosh", f64::cosh, true)
}
fn exp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.exp", f64::exp, true)
}
fn exp2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.exp2", f64::exp2, true)
}
fn expm1(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.expm1", f64::exp_m1, true)
}
fn fabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.fabs", f64::abs, false)
}
fn log1p(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.log1p", f64::ln_1p, false)
}
fn sin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.sin", f64::sin, false)
}
fn sinh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.sinh", f64::sinh, true)
}
fn sqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.sqrt", f64::sqrt, false)
}
fn tan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.tan", f64::tan, false)
}
fn tanh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1(vm, a, "math.tanh", f64::tanh, false)
}
fn erf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1a(vm, a, "math.erf", |x| (libm_erf(x), Errno::Ok))
}
fn erfc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1a(vm, a, "math.erfc", |x| (libm_erfc(x), Errno::Ok))
}
fn gamma(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1a(vm, a, "math.gamma", tgamma)
}
fn lgamma(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func1a(vm, a, "math.lgamma", lgamma_impl)
}

fn atan2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func2(vm, a, "atan2", atan2_impl)
}
fn copysign(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func2(vm, a, "copysign", f64::copysign)
}
fn remainder(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    func2(vm, a, "remainder", remainder_impl)
}

fn fmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two_args(args, "fmod")?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two_args(args, "pow")?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    let mut err = Errno::Ok;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            err = Errno::Dom;
        } else if r.is_infinite() {
            err = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
        r
    };
    match err {
        Errno::Ok => Ok(Value::Float(r)),
        Errno::Dom => Err(domain_error()),
        Errno::Range => Err(range_error()),
    }
}

fn degrees(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.degrees")?;
    let x = to_float(vm, v)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.radians")?;
    let x = to_float(vm, v)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.isfinite")?;
    Ok(Value::Bool(to_float(vm, v)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.isinf")?;
    Ok(Value::Bool(to_float(vm, v)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.isnan")?;
    Ok(Value::Bool(to_float(vm, v)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if !["a", "b", "rel_tol", "abs_tol"].contains(&name.as_str()) {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for isclose()"
            )));
        }
    }
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = match args.get(0).or_else(|| args.kwarg(vm, "a")) {
        Some(v) => v,
        None => {
            return Err(Exc::type_error(
                "isclose() missing required argument 'a' (pos 1)",
            ))
        }
    };
    let b = match args.get(1).or_else(|| args.kwarg(vm, "b")) {
        Some(v) => v,
        None => {
            return Err(Exc::type_error(
                "isclose() missing required argument 'b' (pos 2)",
            ))
        }
    };
    let a = to_float(vm, a)?;
    let b = to_float(vm, b)?;
    let rel_tol = match args.kwarg(vm, "rel_tol") {
        Some(v) => to_float(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match args.kwarg(vm, "abs_tol") {
        Some(v) => to_float(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(Exc::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn frexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.frexp")?;
    let x = to_float(vm, v)?;
    let (m, e) = crate::builtins::hash::frexp(x);
    vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)])
}

fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two_args(args, "ldexp")?;
    let x = to_float(vm, a)?;
    if vm.kind(b) != Kind::Int {
        return Err(Exc::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    }
    let e = match int::to_bigint(vm, vm.unwrap_builtin(b)) {
        Some(big) => big.to_i64().unwrap_or(if big.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        }),
        None => 0,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    if e > i32::MAX as i64 {
        return Err(range_error());
    }
    if e < i32::MIN as i64 {
        return Ok(Value::Float(0.0f64.copysign(x)));
    }
    let r = scalbn(x, e as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.modf")?;
    let x = to_float(vm, v)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let w = x.trunc();
        ((x - w).copysign(x), w)
    };
    vm.new_tuple(vec![Value::Float(frac), Value::Float(whole)])
}

fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (a, b) = two_args(args, "nextafter")?;
    let x = to_float(vm, a)?;
    let y = to_float(vm, b)?;
    Ok(Value::Float(next_after(x, y)))
}

fn ulp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.ulp")?;
    let x = to_float(vm, v)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = next_after(x, f64::NEG_INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

// ---- rounding to ints -----------------------------------------------------------------------------

fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.floor")?;
    round_to_int(vm, v, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.ceil")?;
    round_to_int(vm, v, "__ceil__", f64::ceil)
}

fn round_to_int(vm: &mut Vm, v: Value, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    match vm.kind(v) {
        Kind::Float => {
            let x = to_float(vm, v)?;
            return int::float_to_int(vm, f(x));
        }
        Kind::Int => return int_value(vm, v),
        Kind::Instance => {
            if let Some(m) = vm.lookup_user(v, dunder)? {
                return vm.call(m, &[]);
            }
            if let Some(p) = vm.payload(v) {
                return round_to_int(vm, p, dunder, f);
            }
        }
        _ => {}
    }
    let x = to_float(vm, v)?;
    int::float_to_int(vm, f(x))
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.trunc")?;
    trunc_value(vm, v)
}

/// `math.trunc(v)`: `__trunc__` of the value's type.
pub fn trunc_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match vm.kind(v) {
        Kind::Float => {
            let x = to_float(vm, v)?;
            int::float_to_int(vm, x.trunc())
        }
        Kind::Int => int_value(vm, v),
        Kind::Instance => {
            if let Some(m) = vm.lookup_user(v, "__trunc__")? {
                return vm.call(m, &[]);
            }
            if let Some(p) = vm.payload(v) {
                if matches!(vm.kind(p), Kind::Int | Kind::Float) {
                    return trunc_value(vm, p);
                }
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "type {t} doesn't define __trunc__ method"
            )))
        }
        _ => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "type {t} doesn't define __trunc__ method"
            )))
        }
    }
}

/// An int (or bool) as a plain int value.
fn int_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let v = vm.unwrap_builtin(v);
    match v {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        other => Ok(other),
    }
}

// ---- logarithms -----------------------------------------------------------------------------------

/// CPython's `loghelper`: ints are handled exactly even beyond the float range.
fn log_helper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if vm.kind(v) == Kind::Int {
        let Some(b) = int::to_bigint(vm, vm.unwrap_builtin(v)) else {
            return Err(domain_error());
        };
        if !b.is_positive() {
            return Err(domain_error());
        }
        return match b.to_f64() {
            Some(x) if x.is_finite() => checked_log(x, f(x)),
            _ => {
                let (m, e) = big_frexp(&b);
                Ok(f(m) + f(2.0) * e as f64)
            }
        };
    }
    let x = to_float(vm, v)?;
    checked_log(x, f(x))
}

fn checked_log(x: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    Ok(r)
}

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log2()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("math.log")?;
    if args.is_empty() || args.len() > 2 {
        return Err(Exc::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_helper(vm, args.pos[0], m_log)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_helper(vm, args.pos[1], m_log)?;
    if den == 0.0 {
        return Err(Exc::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.log2")?;
    Ok(Value::Float(log_helper(vm, v, m_log2)?))
}

fn log10(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.log10")?;
    Ok(Value::Float(log_helper(vm, v, m_log10)?))
}

/// `x = m * 2**e` with `m` in [0.5, 1), correctly rounded, for a positive int of any size.
pub fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let (m, e) = if bits <= 55 {
        let f = b.to_f64().unwrap_or(0.0);
        (f / 2f64.powi(bits as i32), bits)
    } else {
        let shift = (bits - 55) as u64;
        let mut top: BigInt = b >> shift;
        let low_nonzero = b.trailing_zeros().map(|z| z < shift).unwrap_or(false);
        if low_nonzero {
            top |= BigInt::one();
        }
        let f = top.to_f64().unwrap_or(0.0);
        (f / 2f64.powi(55), bits)
    };
    if m >= 1.0 {
        (m / 2.0, e + 1)
    } else {
        (m, e)
    }
}

// ---- sums, products, norms ----------------------------------------------------------------------

fn fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.fsum")?;
    let it = vm.get_iter(v)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    let mut count = 0usize;
    while let Some(item) = vm.iter_next(it)? {
        count += 1;
        if count.is_multiple_of(4096) {
            vm.check_limits()?;
        }
        let mut x = to_float(vm, item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an infinity or NaN among the inputs, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(Exc::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(Exc::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if name != "start" {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for prod()"
            )));
        }
    }
    if args.len() != 1 {
        return Err(Exc::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut acc = args.kwarg(vm, "start").unwrap_or(Value::Int(1));
    let it = vm.get_iter(args.pos[0])?;
    let mut count = 0usize;
    while let Some(item) = vm.iter_next(it)? {
        count += 1;
        if count.is_multiple_of(1024) {
            vm.check_limits()?;
        }
        acc = match (acc, item) {
            (Value::Int(a), Value::Int(b)) => match a.checked_mul(b) {
                Some(r) => Value::Int(r),
                None => vm.binary_native(BinOp::Mul, acc, item)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            _ => vm.binary_native(BinOp::Mul, acc, item)?,
        };
    }
    Ok(acc)
}

fn hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("math.hypot")?;
    let mut coords = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &v in &args.pos {
        let x = to_float(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

fn dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (p, q) = two_args(args, "dist")?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(Exc::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let px = to_float(vm, *a)?;
        let qx = to_float(vm, *b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

/// The Euclidean norm of non-negative finite-or-special coordinates, accurate to within half an
/// ulp or so: the squares are accumulated in extended precision (split products and compensated
/// sums) and the square root gets one correction step, as CPython 3.11 computes it.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, Veltkamp's splitting constant
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::builtins::hash::frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    let mut frac3 = 0.0f64;
    // Adds `x` to `csum`, keeping the rounding error in `frac`.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = scalbn(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Scaling up would overflow the scale factor: divide by the maximum instead.
    for &v in vec {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

// ---- integer functions ----------------------------------------------------------------------------

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.isqrt")?;
    let n = to_index(vm, v)?;
    if n.is_negative() {
        return Err(Exc::value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        return Ok(Value::Int(small.sqrt() as i64));
    }
    let r = n.sqrt();
    vm.new_int_big(r)
}

fn gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("math.gcd")?;
    let mut acc = BigInt::zero();
    for &v in &args.pos {
        let x = to_index(vm, v)?;
        acc = acc.gcd(&x);
    }
    vm.new_int_big(acc)
}

fn lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("math.lcm")?;
    let mut acc = BigInt::one();
    let mut zero = false;
    for &v in &args.pos {
        let x = to_index(vm, v)?;
        if zero {
            continue;
        }
        if x.is_zero() {
            zero = true;
            continue;
        }
        let g = acc.gcd(&x);
        acc = (&acc / &g * &x).abs();
    }
    if zero {
        return Ok(Value::Int(0));
    }
    vm.new_int_big(acc)
}

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(args, "math.factorial")?;
    let n = to_index(vm, v)?;
    if n.is_negative() {
        return Err(Exc::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(Exc::overflow_error(
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    let r = factorial_big(vm, n)?;
    vm.new_int_big(r)
}

/// `n!`, checking the memory and time limits before and while computing it.
pub fn factorial_big(vm: &mut Vm, n: u64) -> PyResult<BigInt> {
    if n < 2 {
        return Ok(BigInt::one());
    }
    // log2(n!) <= n * log2(n)
    let bits = (n as f64) * (n as f64).log2();
    reserve_bits(vm, bits)?;
    range_product(vm, 2, n)
}

/// Fails with the memory limit before a result of about `bits` bits is built.
fn reserve_bits(vm: &mut Vm, bits: f64) -> PyResult<()> {
    let bytes = bits / 8.0 * 2.0;
    let bytes = if bytes > usize::MAX as f64 / 2.0 {
        usize::MAX / 2
    } else {
        bytes as usize
    };
    vm.reserve(bytes)
}

/// The product `lo * (lo+1) * ... * hi` by balanced splitting (fast multiplication of
/// similar-sized factors), checking the time limit along the way.
pub fn range_product(vm: &mut Vm, lo: u64, hi: u64) -> PyResult<BigInt> {
    if lo > hi {
        return Ok(BigInt::one());
    }
    if hi - lo < 32 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for i in lo..=hi {
            match small.checked_mul(i as u128) {
                Some(s) if s < (1u128 << 100) => small = s,
                _ => {
                    acc *= BigInt::from(small);
                    small = i as u128;
                }
            }
        }
        acc *= BigInt::from(small);
        return Ok(acc);
    }
    vm.check_limits()?;
    let mid = lo + (hi - lo) / 2;
    let a = range_product(vm, lo, mid)?;
    let b = range_product(vm, mid + 1, hi)?;
    Ok(a * b)
}

/// The product `lo * ... * hi` for big bounds (count fits in u64).
fn big_range_product(vm: &mut Vm, lo: &BigInt, count: u64) -> PyResult<BigInt> {
    if count == 0 {
        return Ok(BigInt::one());
    }
    if count <= 16 {
        let mut acc = BigInt::one();
        for i in 0..count {
            acc *= lo + BigInt::from(i);
        }
        return Ok(acc);
    }
    vm.check_limits()?;
    let half = count / 2;
    let a = big_range_product(vm, lo, half)?;
    let b = big_range_product(vm, &(lo + BigInt::from(half)), count - half)?;
    Ok(a * b)
}

/// `n! / (n-k)!`.
fn perm_big(vm: &mut Vm, n: &BigInt, k: u64) -> PyResult<BigInt> {
    if k == 0 {
        return Ok(BigInt::one());
    }
    let bits = (k as f64) * (n.bits() as f64);
    reserve_bits(vm, bits)?;
    let lo = n - BigInt::from(k) + BigInt::one();
    match (lo.to_u64(), n.to_u64()) {
        (Some(l), Some(h)) => range_product(vm, l, h),
        _ => big_range_product(vm, &lo, k),
    }
}

fn comb_perm_args(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_index(vm, n)?;
    let k = to_index(vm, k)?;
    if n.is_negative() {
        return Err(Exc::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(Exc::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (n, k) = two_args(args, "comb")?;
    let (n, k) = comb_perm_args(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(Exc::overflow_error(
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let num = perm_big(vm, &n, k)?;
    let den = factorial_big(vm, k)?;
    vm.new_int_big(num / den)
}

fn perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("perm")?;
    args.check_func("perm", 1, 2)?;
    let nv = args.pos[0];
    let kv = args.get(1).unwrap_or(Value::None);
    if kv.is_none() {
        let n = to_index(vm, nv)?;
        if n.is_negative() {
            return Err(Exc::value_error(
                "factorial() not defined for negative values",
            ));
        }
        let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
            return Err(Exc::overflow_error(
                "factorial() argument should not exceed 9223372036854775807",
            ));
        };
        let r = factorial_big(vm, n)?;
        return vm.new_int_big(r);
    }
    let (n, k) = comb_perm_args(vm, nv, kv)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(Exc::overflow_error(format!(
            "k must not exceed {}",
            i64::MAX
        )));
    };
    let r = perm_big(vm, &n, k)?;
    vm.new_int_big(r)
}

// ---- shared number helpers ------------------------------------------------------------------------

/// `PyFloat_AsDouble`: a float from a float, an int, or an object with `__float__` or
/// `__index__`; TypeError `must be real number, not T` otherwise.
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(b as i64 as f64),
        _ => {}
    }
    match vm.kind(v) {
        Kind::Int => crate::builtins::float::to_f64(vm, v),
        Kind::Instance => {
            if let Some(m) = vm.lookup_user(v, "__float__")? {
                let r = vm.call(m, &[])?;
                if let Value::Float(f) = vm.unwrap_builtin(r) {
                    return Ok(f);
                }
                let t = vm.type_name(v);
                let rt = vm.type_name(r);
                return Err(Exc::type_error(format!(
                    "{t}.__float__ returned non-float (type {rt})"
                )));
            }
            if let Some(m) = vm.lookup_user(v, "__index__")? {
                let r = vm.call(m, &[])?;
                if vm.kind(r) == Kind::Int {
                    return crate::builtins::float::to_f64(vm, vm.unwrap_builtin(r));
                }
                let rt = vm.type_name(r);
                return Err(Exc::type_error(format!(
                    "__index__ returned non-int (type {rt})"
                )));
            }
            if let Some(p) = vm.payload(v) {
                if matches!(vm.kind(p), Kind::Int | Kind::Float) {
                    return to_float(vm, p);
                }
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!("must be real number, not {t}")))
        }
        _ => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!("must be real number, not {t}")))
        }
    }
}

/// `operator.index(v)` as a BigInt.
pub fn to_index(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(vm, v) {
        return Ok(b);
    }
    if vm.kind(v) == Kind::Instance {
        if let Some(m) = vm.lookup_user(v, "__index__")? {
            let r = vm.call(m, &[])?;
            if let Some(b) = int::to_bigint(vm, vm.unwrap_builtin(r)) {
                return Ok(b);
            }
            let rt = vm.type_name(r);
            return Err(Exc::type_error(format!(
                "__index__ returned non-int (type {rt})"
            )));
        }
        if let Some(p) = vm.payload(v) {
            if let Some(b) = int::to_bigint(vm, p) {
                return Ok(b);
            }
        }
    }
    let t = vm.type_name(v);
    Err(Exc::new(
        BuiltinType::TypeError,
        format!("'{t}' object cannot be interpreted as an integer"),
    ))
}

/// `x * 2**n`, correctly rounded (also into the subnormal range), like C's `scalbn`.
pub fn scalbn(x: f64, n: i32) -> f64 {
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
    let pm969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-969 = 2**-1022 * 2**53
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        // Scale by 2**-969 first so the final step rounds only once into the subnormals.
        y *= pm969;
        n += 969;
        if n < -1022 {
            y *= pm969;
            n += 969;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// C's `nextafter`.
pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

// ---- functions whose platform results Rust's std does not reproduce ---------------------------

fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

fn low_word(x: f64) -> u32 {
    x.to_bits() as u32
}

const LN2: f64 = std::f64::consts::LN_2;

/// glibc's `asinh`.
fn libm_asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        x.abs().ln() + LN2
    } else if ix > 0x4000_0000 {
        let t = x.abs();
        (2.0 * t + 1.0 / ((x * x + 1.0).sqrt() + t)).ln()
    } else {
        let t = x * x;
        (x.abs() + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// glibc's `acosh`.
fn libm_acosh(x: f64) -> f64 {
    let hx = high_word(x);
    if hx < 0x3ff0_0000 {
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if hx == 0x3ff0_0000 && low_word(x) == 0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// glibc's `atanh`.
fn libm_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa == 1.0 {
        return x / 0.0;
    } else {
        return f64::NAN;
    };
    t.copysign(x)
}

/// glibc's `cbrt`: a polynomial first guess refined by one Halley step.
fn libm_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    let factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = crate::builtins::hash::frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let idx = (2 + xe % 3) as usize;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor.get(idx).copied().unwrap_or(1.0);
    scalbn(if x > 0.0 { ym } else { -ym }, xe / 3)
}

// Coefficients of the SunPro erf/erfc approximations (also used by glibc).
const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 5] = [
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 6] = [
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 8] = [
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 7] = [
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];
const TINY: f64 = 1e-300;

// glibc evaluates these polynomials in pairs (for pipelining); the grouping changes the rounding,
// so it is reproduced here.
fn erf_small_ratio(z: f64) -> f64 {
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[0];
    let s2 = QQ[1] + z * QQ[2];
    let s3 = QQ[3] + z * QQ[4];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

fn erf_mid(s: f64) -> (f64, f64) {
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[0];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[1] + s * QA[2];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[3] + s * QA[4];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[5];
    (p, q)
}

/// `exp(-x*x - 0.5625 + R/S)` for `x` in [1.25, 28), the common tail of erf and erfc.
fn erf_tail(x: f64, ix: i32, limit: i32) -> f64 {
    let s = 1.0 / (x * x);
    let (r, ss) = if ix < limit {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SA[0];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let t2 = SA[1] + s * SA[2];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let t3 = SA[3] + s * SA[4];
        let r4 = RA[6] + s * RA[7];
        let t4 = SA[5] + s * SA[6];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[7],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SB[0];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let t2 = SB[1] + s * SB[2];
        let r3 = RB[4] + s * RB[5];
        let t3 = SB[3] + s * SB[4];
        let t4 = SB[5] + s * SB[6];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            t1 + s2 * t2 + s4 * t3 + s6 * t4,
        )
    };
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / ss).exp()
}

/// glibc's `erf`.
pub fn libm_erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let sign = if hx < 0 { -1.0 } else { 1.0 };
        return sign + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        let y = erf_small_ratio(x * x);
        return x + x * y;
    }
    if ix < 0x3ff4_0000 {
        let (p, q) = erf_mid(x.abs() - 1.0);
        return if hx >= 0 { ERX + p / q } else { -ERX - p / q };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let r = erf_tail(ax, ix, 0x4006_DB6E);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

/// glibc's `erfc`.
fn libm_erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let base = if hx < 0 { 2.0 } else { 0.0 };
        return base + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = erf_small_ratio(x * x);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let (p, q) = erf_mid(x.abs() - 1.0);
        return if hx >= 0 {
            (1.0 - ERX) - p / q
        } else {
            1.0 + (ERX + p / q)
        };
    }
    if ix < 0x403c_0000 {
        if hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = erf_tail(ax, ix, 0x4006_DB6D);
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

fn atan2_impl(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (ties to even); exact.
fn remainder_impl(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than 0.5*absy, which might not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: pick the even multiple.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

// ---- gamma and lgamma (CPython's Lanczos approximation, N=13, g≈6.0247) --------------------

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    // For large x the rational function is evaluated in 1/x to avoid overflow.
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate for large x, for finite x.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // sin(pi*(1-y)) rather than -sin(pi*(y-1)), to get +0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Errno) {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            let mut i = 2.0;
            while i < x {
                f *= i;
                i += 1.0;
            }
            return (f, Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, used for a first-order correction.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return (r, Errno::Range);
    }
    (r, Errno::Ok)
}

fn lgamma_impl(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // Reflection formula for negative x.
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return (r, Errno::Range);
    }
    (r, Errno::Ok)
}

// ---- Python-style signatures for native functions --------------------------------------------

/// Binds a native call to a Python-level signature, with the messages CPython gives for a
/// function defined in Python: `params` are the positional-or-keyword parameters (including
/// `self` for methods), of which the first `required` have no default; `kwonly` are keyword-only
/// parameters (all optional). Returns one slot per parameter (`params` then `kwonly`).
pub fn bind_py_args(
    vm: &Vm,
    args: &Args,
    qualname: &str,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let n = params.len();
    let mut out: Vec<Option<Value>> = vec![None; n + kwonly.len()];
    let given = args.pos.len();
    for (i, v) in args.pos.iter().take(n).enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        let idx = params
            .iter()
            .position(|p| *p == name)
            .or_else(|| kwonly.iter().position(|p| *p == name).map(|i| i + n));
        match idx {
            Some(i) => {
                if out[i].is_some() {
                    return Err(Exc::type_error(format!(
                        "{qualname}() got multiple values for argument '{name}'"
                    )));
                }
                out[i] = Some(*v);
            }
            None => {
                return Err(Exc::type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    if given > n {
        let sig = if required < n {
            format!("from {required} to {n} positional arguments")
        } else if n == 1 {
            "1 positional argument".to_string()
        } else {
            format!("{n} positional arguments")
        };
        let kw_given = out[n..].iter().filter(|v| v.is_some()).count();
        let kw_part = if kw_given > 0 {
            format!(
                " positional argument{} (and {kw_given} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kw_given == 0 {
            "was"
        } else {
            "were"
        };
        return Err(Exc::type_error(format!(
            "{qualname}() takes {sig} but {given}{kw_part} {verb} given"
        )));
    }
    let missing: Vec<&str> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| params[i])
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        return Err(Exc::type_error(format!(
            "{qualname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}
