//! `statistics`: CPython 3.11's descriptive statistics, with its exact arithmetic.
//!
//! Supported: `mean`, `fmean` (with weights), `geometric_mean`, `harmonic_mean` (with weights),
//! `median`, `median_low`, `median_high`, `median_grouped`, `mode` (first mode), `multimode`,
//! `quantiles` (`n`, `method='exclusive'|'inclusive'`), `variance`, `pvariance`, `stdev`,
//! `pstdev` (with `xbar`/`mu`), `covariance`, `correlation`, `linear_regression` (with
//! `proportional`; returns `LinearRegression(slope=..., intercept=...)`), `StatisticsError`.
//!
//! Like CPython, sums and variances are computed exactly over rationals (each int, float,
//! Fraction or Decimal as an exact ratio) and converted back to the data's type once, so float
//! results match CPython bit for bit; Fraction data gives Fraction results and Decimal data
//! Decimal results. `stdev`/`pstdev` take a correctly rounded square root.
//!
//! `NormalDist` (pdf, cdf, inv_cdf, overlap, quantiles, zscore, samples with CPython's `random`
//! sequences, from_samples, arithmetic, equality, hashing).
//!
//! Not supported: pickling of NormalDist.

use std::collections::HashMap;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::builtins::class::{Instance, Payload};
use crate::builtins::functions::Func;
use crate::builtins::{int, Args};
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::fractions::{
    float_ratio, fraction_class, fraction_value, new_fraction, normalize, ratio_to_float,
};
use crate::modules::math::{bind_py_args, to_float};
use crate::modules::native::NativeClass;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

native_methods! {
    pub enum StatisticsFn {
        Mean => "mean" => mean,
        Fmean => "fmean" => fmean,
        GeometricMean => "geometric_mean" => geometric_mean,
        HarmonicMean => "harmonic_mean" => harmonic_mean,
        Median => "median" => median,
        MedianLow => "median_low" => median_low,
        MedianHigh => "median_high" => median_high,
        MedianGrouped => "median_grouped" => median_grouped,
        Mode => "mode" => mode,
        Multimode => "multimode" => multimode,
        Quantiles => "quantiles" => quantiles,
        Variance => "variance" => variance,
        Pvariance => "pvariance" => pvariance,
        Stdev => "stdev" => stdev,
        Pstdev => "pstdev" => pstdev,
        Covariance => "covariance" => covariance,
        Correlation => "correlation" => correlation,
        LinearRegression => "linear_regression" => linear_regression,
        LrRepr => "__repr__" => lr_repr,
        LrSlope => "slope" => lr_slope,
        LrIntercept => "intercept" => lr_intercept,
        LrAsdict => "_asdict" => lr_asdict,
    }
}

native_methods! {
    pub enum NormalDistFn {
        New => "__new__" => nd_new,
        Init => "__init__" => nd_init,
        FromSamples => "from_samples" => nd_from_samples,
        Samples => "samples" => nd_samples,
        Pdf => "pdf" => nd_pdf,
        Cdf => "cdf" => nd_cdf,
        InvCdf => "inv_cdf" => nd_inv_cdf,
        Quantiles => "quantiles" => nd_quantiles,
        Overlap => "overlap" => nd_overlap,
        Zscore => "zscore" => nd_zscore,
        Mean => "mean" => nd_mean,
        Stdev => "stdev" => nd_stdev,
        Variance => "variance" => nd_variance,
        Add => "__add__" => nd_add,
        Sub => "__sub__" => nd_sub,
        Rsub => "__rsub__" => nd_rsub,
        Mul => "__mul__" => nd_mul,
        Truediv => "__truediv__" => nd_truediv,
        Pos => "__pos__" => nd_pos,
        Neg => "__neg__" => nd_neg,
        Eq => "__eq__" => nd_eq,
        Hash => "__hash__" => nd_hash,
        Repr => "__repr__" => nd_repr,
    }
}

/// The functions of the statistics module and of its NormalDist class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum StatsFn {
    Main(StatisticsFn),
    Nd(NormalDistFn),
}

impl StatsFn {
    pub fn name(self) -> &'static str {
        match self {
            StatsFn::Main(f) => f.name(),
            StatsFn::Nd(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            StatsFn::Main(f) => f.call(vm, args),
            StatsFn::Nd(f) => f.call(vm, args),
        }
    }
}

const PUBLIC: &[StatisticsFn] = &[
    StatisticsFn::Mean,
    StatisticsFn::Fmean,
    StatisticsFn::GeometricMean,
    StatisticsFn::HarmonicMean,
    StatisticsFn::Median,
    StatisticsFn::MedianLow,
    StatisticsFn::MedianHigh,
    StatisticsFn::MedianGrouped,
    StatisticsFn::Mode,
    StatisticsFn::Multimode,
    StatisticsFn::Quantiles,
    StatisticsFn::Variance,
    StatisticsFn::Pvariance,
    StatisticsFn::Stdev,
    StatisticsFn::Pstdev,
    StatisticsFn::Covariance,
    StatisticsFn::Correlation,
    StatisticsFn::LinearRegression,
];

fn f(which: StatisticsFn) -> Value {
    func_value(ModuleFn::Statistics(StatsFn::Main(which)))
}

fn ndf(which: NormalDistFn) -> Value {
    func_value(ModuleFn::Statistics(StatsFn::Nd(which)))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = PUBLIC.iter().map(|w| (w.name(), f(*w))).collect();
    let err = vm.std_class("statistics.StatisticsError", make_error)?;
    out.push(("StatisticsError", err));
    let lr = vm.std_class("statistics.LinearRegression", make_lr)?;
    out.push(("LinearRegression", lr));
    let nd = vm.std_class("statistics.NormalDist", make_normal_dist)?;
    out.push(("NormalDist", nd));
    Ok(out)
}

fn make_error(vm: &mut Vm) -> PyResult<Value> {
    vm.new_exception_class(
        "StatisticsError",
        "statistics",
        Value::Type(BuiltinType::ValueError),
    )
}

fn make_lr(vm: &mut Vm) -> PyResult<Value> {
    let slope = vm.native_property(f(StatisticsFn::LrSlope), None)?;
    let intercept = vm.native_property(f(StatisticsFn::LrIntercept), None)?;
    let s = vm.new_str("slope".into())?;
    let i = vm.new_str("intercept".into())?;
    let fields = vm.new_tuple(vec![s, i])?;
    vm.new_native_class(NativeClass {
        name: "LinearRegression",
        module: "statistics",
        bases: &[Value::Type(BuiltinType::Tuple)],
        attrs: vec![
            ("__repr__", f(StatisticsFn::LrRepr)),
            ("slope", slope),
            ("intercept", intercept),
            ("_asdict", f(StatisticsFn::LrAsdict)),
            ("_fields", fields),
        ],
        ..Default::default()
    })
}

fn stats_error(vm: &mut Vm, msg: &str) -> Exc {
    match vm.std_class("statistics.StatisticsError", make_error) {
        Ok(cls) => match vm.exception_msg(cls, msg) {
            Ok(e) => e,
            Err(e) => e,
        },
        Err(e) => e,
    }
}

// ---- exact rationals -------------------------------------------------------------------------------

/// An exact rational `n/d` with `d > 0` (not necessarily reduced).
#[derive(Clone, Debug)]
struct Q {
    n: BigInt,
    d: BigInt,
}

impl Q {
    fn int(n: i64) -> Q {
        Q {
            n: BigInt::from(n),
            d: BigInt::one(),
        }
    }

    fn new(n: BigInt, d: BigInt) -> Q {
        let (n, d) = normalize(n, d);
        Q { n, d }
    }

    fn add(&self, o: &Q) -> Q {
        if self.d == o.d {
            return Q::new(&self.n + &o.n, self.d.clone());
        }
        Q::new(&self.n * &o.d + &o.n * &self.d, &self.d * &o.d)
    }

    fn sub(&self, o: &Q) -> Q {
        Q::new(&self.n * &o.d - &o.n * &self.d, &self.d * &o.d)
    }

    fn mul(&self, o: &Q) -> Q {
        Q::new(&self.n * &o.n, &self.d * &o.d)
    }

    /// `self / o`; `o` must be non-zero.
    fn div(&self, o: &Q) -> Q {
        Q::new(&self.n * &o.d, &self.d * &o.n)
    }
}

/// A sum that is exact, or a NaN/infinity that took over.
enum Total {
    Exact(Q),
    Special(Value),
}

/// The exact ratio of a data point, or `None` for a NaN or infinity (CPython's `_exact_ratio`).
fn exact_ratio(vm: &mut Vm, x: Value) -> PyResult<Option<(BigInt, BigInt)>> {
    let u = vm.unwrap_builtin(x);
    if let Some(b) = int::to_bigint(vm, u) {
        return Ok(Some((b, BigInt::one())));
    }
    if let Value::Float(fl) = u {
        if !fl.is_finite() {
            return Ok(None);
        }
        return float_ratio(fl).map(Some);
    }
    if let Some(r) = fraction_value(vm, x) {
        return Ok(Some(r));
    }
    if vm.kind(x) == Kind::Instance {
        if let Some(m) = vm.getattr_opt(x, "as_integer_ratio")? {
            return match vm.call(m, &[]) {
                Ok(t) => {
                    let parts = vm.collect(t)?;
                    match (
                        parts.first().and_then(|v| int::to_bigint(vm, *v)),
                        parts.get(1).and_then(|v| int::to_bigint(vm, *v)),
                    ) {
                        (Some(n), Some(d)) => Ok(Some((n, d))),
                        _ => Err(Exc::type_error("as_integer_ratio() returned a bad value")),
                    }
                }
                Err(e)
                    if vm.exc_is(&e, BuiltinType::ValueError)
                        || vm.exc_is(&e, BuiltinType::OverflowError) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        if let (Some(n), Some(d)) = (
            vm.getattr_opt(x, "numerator")?,
            vm.getattr_opt(x, "denominator")?,
        ) {
            if let (Some(n), Some(d)) = (int::to_bigint(vm, n), int::to_bigint(vm, d)) {
                return Ok(Some((n, d)));
            }
        }
    }
    let t = vm.type_name(x);
    Err(Exc::type_error(format!(
        "can't convert type '{t}' to numerator/denominator"
    )))
}

/// CPython's `_coerce(T, S)` for two numeric types.
fn coerce(vm: &mut Vm, t: Value, s: Value) -> PyResult<Value> {
    let int_t = Value::Type(BuiltinType::Int);
    let bool_t = Value::Type(BuiltinType::Bool);
    let float_t = Value::Type(BuiltinType::Float);
    if t.is(s) {
        return Ok(t);
    }
    if s.is(int_t) || s.is(bool_t) {
        return Ok(t);
    }
    if t.is(int_t) {
        return Ok(s);
    }
    if vm.is_subclass(s, t) {
        return Ok(s);
    }
    if vm.is_subclass(t, s) {
        return Ok(t);
    }
    if vm.is_subclass(t, int_t) {
        return Ok(s);
    }
    if vm.is_subclass(s, int_t) {
        return Ok(t);
    }
    let frac = fraction_class(vm)?;
    if vm.is_subclass(t, frac) && vm.is_subclass(s, float_t) {
        return Ok(s);
    }
    if vm.is_subclass(t, float_t) && vm.is_subclass(s, frac) {
        return Ok(t);
    }
    let (tn, sn) = (vm.class_name(t), vm.class_name(s));
    Err(Exc::type_error(format!(
        "don't know how to coerce {tn} and {sn}"
    )))
}

/// Tracks the coerced type of a stream of values.
struct Types {
    seen: Vec<Value>,
}

impl Types {
    fn new() -> Types {
        Types { seen: Vec::new() }
    }

    fn add(&mut self, vm: &Vm, x: Value) {
        let t = vm.type_of(x);
        if !self.seen.iter().any(|s| s.is(t)) {
            self.seen.push(t);
        }
    }

    fn result(&self, vm: &mut Vm) -> PyResult<Value> {
        let mut t = Value::Type(BuiltinType::Int);
        for s in &self.seen {
            t = coerce(vm, t, *s)?;
        }
        Ok(t)
    }
}

fn add_special(vm: &mut Vm, acc: Option<Value>, x: Value) -> PyResult<Value> {
    match acc {
        None => Ok(x),
        Some(a) => vm.binary_native(BinOp::Add, a, x),
    }
}

/// Sums exact ratios grouped by denominator (like CPython, so the intermediate sizes match).
fn sum_partials(partials: &HashMap<BigInt, BigInt>, order: &[BigInt]) -> Q {
    let mut total = Q::int(0);
    for d in order {
        if let Some(n) = partials.get(d) {
            total = total.add(&Q::new(n.clone(), d.clone()));
        }
    }
    total
}

/// CPython's `_sum`: (type, exact total, count).
fn exact_sum(vm: &mut Vm, data: &[Value]) -> PyResult<(Value, Total, usize)> {
    let mut types = Types::new();
    let mut partials: HashMap<BigInt, BigInt> = HashMap::new();
    let mut order: Vec<BigInt> = Vec::new();
    let mut special: Option<Value> = None;
    for (i, &x) in data.iter().enumerate() {
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
        types.add(vm, x);
        match exact_ratio(vm, x)? {
            Some((n, d)) => match partials.get_mut(&d) {
                Some(acc) => *acc += n,
                None => {
                    order.push(d.clone());
                    partials.insert(d, n);
                }
            },
            None => special = Some(add_special(vm, special, x)?),
        }
    }
    let total = match special {
        Some(s) => Total::Special(s),
        None => Total::Exact(sum_partials(&partials, &order)),
    };
    let t = types.result(vm)?;
    Ok((t, total, data.len()))
}

fn is_decimal_type(vm: &mut Vm, t: Value) -> bool {
    crate::modules::decimal::is_decimal_class(vm, t)
}

/// CPython's `_convert(value, T)` for an exact value.
fn convert(vm: &mut Vm, q: Q, t: Value) -> PyResult<Value> {
    let (n, d) = normalize(q.n, q.d);
    let frac = fraction_class(vm)?;
    if t.is(frac) {
        return new_fraction(vm, n, d);
    }
    let int_t = Value::Type(BuiltinType::Int);
    let float_t = Value::Type(BuiltinType::Float);
    let mut t = t;
    if vm.is_subclass(t, int_t) && !d.is_one() {
        t = float_t;
    }
    if t.is(float_t) {
        return Ok(Value::Float(ratio_to_float(&n, &d)?));
    }
    if t.is(int_t) {
        return vm.new_int_big(n);
    }
    let fv = new_fraction(vm, n.clone(), d.clone())?;
    match vm.call(t, &[fv]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_is(&e, BuiltinType::TypeError) && is_decimal_type(vm, t) => {
            let nv = vm.new_int_big(n)?;
            let dv = vm.new_int_big(d)?;
            let a = vm.call(t, &[nv])?;
            let b = vm.call(t, &[dv])?;
            vm.binary_native(BinOp::TrueDiv, a, b)
        }
        Err(e) => Err(e),
    }
}

/// Converts a special (NaN/infinity) total divided by `n`.
fn special_div(vm: &mut Vm, s: Value, n: usize) -> PyResult<Value> {
    vm.binary_native(BinOp::TrueDiv, s, Value::Int(n as i64))
}

fn data_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<Value>> {
    let a = bind_py_args(vm, args, name, &["data"], 1, &[])?;
    vm.collect(a[0].unwrap_or(Value::None))
}

// ---- averages -------------------------------------------------------------------------------------------

fn mean(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = data_arg(vm, args, "mean")?;
    let (t, total, n) = exact_sum(vm, &data)?;
    if n < 1 {
        return Err(stats_error(vm, "mean requires at least one data point"));
    }
    match total {
        Total::Exact(q) => {
            let m = q.div(&Q::int(n as i64));
            convert(vm, m, t)
        }
        Total::Special(s) => special_div(vm, s, n),
    }
}

/// `math.fsum` over values converted with `float()` semantics.
fn fsum_values(vm: &mut Vm, values: &[Value]) -> PyResult<f64> {
    let list = vm.new_list(values.to_vec())?;
    let r = crate::modules::math::MathFn::Fsum.call(vm, &Args::new(&[list]))?;
    to_float(vm, r)
}

fn fmean(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "fmean", &["data", "weights"], 1, &[])?;
    let data = vm.collect(a[0].unwrap_or(Value::None))?;
    let weights = a[1].unwrap_or(Value::None);
    let n = data.len();
    if weights.is_none() {
        let total = fsum_values(vm, &data)?;
        if n == 0 {
            return Err(stats_error(vm, "fmean requires at least one data point"));
        }
        return Ok(Value::Float(total / n as f64));
    }
    let w = vm.collect(weights)?;
    let mut products = Vec::with_capacity(n.min(w.len()));
    for (x, wi) in data.iter().zip(w.iter()) {
        products.push(vm.binary_native(BinOp::Mul, *x, *wi)?);
    }
    let num = fsum_values(vm, &products)?;
    if n != w.len() {
        return Err(stats_error(vm, "data and weights must be the same length"));
    }
    let den = fsum_values(vm, &w)?;
    if den == 0.0 {
        return Err(stats_error(vm, "sum of weights must be non-zero"));
    }
    Ok(Value::Float(num / den))
}

fn geometric_mean(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = data_arg(vm, args, "geometric_mean")?;
    let msg = "geometric mean requires a non-empty dataset containing positive numbers";
    let mut logs = Vec::with_capacity(data.len());
    for x in data {
        match crate::modules::math::MathFn::Log.call(vm, &Args::new(&[x])) {
            Ok(v) => logs.push(v),
            Err(e) if vm.exc_is(&e, BuiltinType::ValueError) => return Err(stats_error(vm, msg)),
            Err(e) => return Err(e),
        }
    }
    if logs.is_empty() {
        return Err(stats_error(vm, msg));
    }
    let m = fsum_values(vm, &logs)? / logs.len() as f64;
    let r = m.exp();
    if r.is_infinite() && m.is_finite() {
        return Err(crate::modules::math::range_error());
    }
    Ok(Value::Float(r))
}

fn fail_neg(vm: &mut Vm, x: Value, msg: &str) -> PyResult<()> {
    if vm.compare_bool(CmpOp::Lt, x, Value::Int(0))? {
        return Err(stats_error(vm, msg));
    }
    Ok(())
}

fn is_real(vm: &mut Vm, x: Value) -> bool {
    let u = vm.unwrap_builtin(x);
    matches!(vm.kind(u), Kind::Int | Kind::Float)
        || fraction_value(vm, x).is_some()
        || crate::modules::decimal::is_decimal(vm, x)
}

fn harmonic_mean(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "harmonic_mean", &["data", "weights"], 1, &[])?;
    let data = vm.collect(a[0].unwrap_or(Value::None))?;
    let weights = a[1].unwrap_or(Value::None);
    let errmsg = "harmonic mean does not support negative values";
    let n = data.len();
    if n < 1 {
        return Err(stats_error(
            vm,
            "harmonic_mean requires at least one data point",
        ));
    }
    if n == 1 && weights.is_none() {
        let x = data[0];
        if is_real(vm, x) {
            fail_neg(vm, x, errmsg)?;
            return Ok(x);
        }
        return Err(Exc::type_error("unsupported type"));
    }
    let (w, sum_weights): (Vec<Value>, Value) = if weights.is_none() {
        (vec![Value::Int(1); n], Value::Int(n as i64))
    } else {
        let w = vm.collect(weights)?;
        if w.len() != n {
            return Err(stats_error(
                vm,
                "Number of weights does not match data size",
            ));
        }
        for x in &w {
            fail_neg(vm, *x, errmsg)?;
        }
        let (_, total, _) = exact_sum(vm, &w)?;
        let sw = match total {
            Total::Exact(q) => {
                let (qn, qd) = normalize(q.n, q.d);
                new_fraction(vm, qn, qd)?
            }
            Total::Special(s) => s,
        };
        (w, sw)
    };
    let mut terms = Vec::with_capacity(n);
    for (wi, x) in w.iter().zip(data.iter()) {
        fail_neg(vm, *x, errmsg)?;
        let term = if vm.truthy(*wi)? {
            match vm.binary_native(BinOp::TrueDiv, *wi, *x) {
                Ok(v) => v,
                Err(e) if vm.exc_is(&e, BuiltinType::ZeroDivisionError) => {
                    return Ok(Value::Int(0))
                }
                Err(e) => return Err(e),
            }
        } else {
            Value::Int(0)
        };
        terms.push(term);
    }
    let (t, total, _) = exact_sum(vm, &terms)?;
    match total {
        Total::Exact(q) => {
            if !q.n.is_positive() {
                return Err(stats_error(vm, "Weighted sum must be positive"));
            }
            let sw = match fraction_value(vm, sum_weights) {
                Some((sn, sd)) => Q::new(sn, sd),
                None => match int::to_bigint(vm, sum_weights) {
                    Some(b) => Q::new(b, BigInt::one()),
                    None => {
                        let tv = new_fraction(vm, q.n.clone(), q.d.clone())?;
                        return vm.binary_native(BinOp::TrueDiv, sum_weights, tv);
                    }
                },
            };
            convert(vm, sw.div(&q), t)
        }
        Total::Special(s) => {
            if vm.compare_bool(CmpOp::Le, s, Value::Int(0))? {
                return Err(stats_error(vm, "Weighted sum must be positive"));
            }
            vm.binary_native(BinOp::TrueDiv, sum_weights, s)
        }
    }
}

fn sorted_data(vm: &mut Vm, data: Value) -> PyResult<Vec<Value>> {
    let list = Func::Sorted.call(vm, &Args::new(&[data]))?;
    vm.collect(list)
}

fn median(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "median", &["data"], 1, &[])?;
    let data = sorted_data(vm, a[0].unwrap_or(Value::None))?;
    let n = data.len();
    if n == 0 {
        return Err(stats_error(vm, "no median for empty data"));
    }
    if n % 2 == 1 {
        return Ok(data[n / 2]);
    }
    let i = n / 2;
    let s = vm.binary_native(BinOp::Add, data[i - 1], data[i])?;
    vm.binary_native(BinOp::TrueDiv, s, Value::Int(2))
}

fn median_low(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "median_low", &["data"], 1, &[])?;
    let data = sorted_data(vm, a[0].unwrap_or(Value::None))?;
    let n = data.len();
    if n == 0 {
        return Err(stats_error(vm, "no median for empty data"));
    }
    if n % 2 == 1 {
        Ok(data[n / 2])
    } else {
        Ok(data[n / 2 - 1])
    }
}

fn median_high(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "median_high", &["data"], 1, &[])?;
    let data = sorted_data(vm, a[0].unwrap_or(Value::None))?;
    let n = data.len();
    if n == 0 {
        return Err(stats_error(vm, "no median for empty data"));
    }
    Ok(data[n / 2])
}

fn median_grouped(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "median_grouped", &["data", "interval"], 1, &[])?;
    let data = sorted_data(vm, a[0].unwrap_or(Value::None))?;
    let interval = a[1].unwrap_or(Value::Float(1.0));
    let n = data.len();
    if n == 0 {
        return Err(stats_error(vm, "no median for empty data"));
    }
    let x = data[n / 2];
    // bisect_left(data, x) and bisect_right(data, x, lo=i)
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if vm.compare_bool(CmpOp::Lt, data[mid], x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let i = lo;
    let (mut lo, mut hi) = (i, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if vm.compare_bool(CmpOp::Lt, x, data[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let j = lo;
    let to_f = |vm: &mut Vm, v: Value| -> PyResult<f64> {
        match vm.call(Value::Type(BuiltinType::Float), &[v]) {
            Ok(r) => to_float(vm, r),
            Err(e) if vm.exc_is(&e, BuiltinType::ValueError) => {
                Err(Exc::type_error("Value cannot be converted to a float"))
            }
            Err(e) => Err(e),
        }
    };
    let interval = to_f(vm, interval)?;
    let x = to_f(vm, x)?;
    let l = x - interval / 2.0;
    let cf = i as f64;
    let freq = (j - i) as f64;
    Ok(Value::Float(l + interval * (n as f64 / 2.0 - cf) / freq))
}

/// Counts of each distinct value, in first-seen order.
fn counts(vm: &mut Vm, data: &[Value]) -> PyResult<Vec<(Value, usize)>> {
    let dict = vm.new_dict(crate::builtins::dict::Dict::new())?;
    let Some(id) = vm.dict_id(dict) else {
        return Err(Exc::internal("dict"));
    };
    let mut out: Vec<(Value, usize)> = Vec::new();
    for (i, &x) in data.iter().enumerate() {
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
        match vm.dict_get(id, x)? {
            Some(Value::Int(slot)) => {
                if let Some(e) = out.get_mut(slot as usize) {
                    e.1 += 1;
                }
            }
            _ => {
                vm.dict_set(id, x, Value::Int(out.len() as i64))?;
                out.push((x, 1));
            }
        }
    }
    Ok(out)
}

fn mode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = data_arg(vm, args, "mode")?;
    let c = counts(vm, &data)?;
    let mut best: Option<(Value, usize)> = None;
    for (v, n) in c {
        if best.as_ref().is_none_or(|b| n > b.1) {
            best = Some((v, n));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => Err(stats_error(vm, "no mode for empty data")),
    }
}

fn multimode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = data_arg(vm, args, "multimode")?;
    let c = counts(vm, &data)?;
    let max = c.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let out: Vec<Value> = c
        .into_iter()
        .filter(|(_, n)| *n == max)
        .map(|(v, _)| v)
        .collect();
    vm.new_list(out)
}

fn quantiles(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "quantiles", &["data"], 1, &["n", "method"])?;
    let nv = a[1].unwrap_or(Value::Int(4));
    let method = a[2];
    if vm.compare_bool(CmpOp::Lt, nv, Value::Int(1))? {
        return Err(stats_error(vm, "n must be at least 1"));
    }
    let data = sorted_data(vm, a[0].unwrap_or(Value::None))?;
    let ld = data.len() as i64;
    if ld < 2 {
        return Err(stats_error(vm, "must have at least two data points"));
    }
    let method_name = match method {
        None => "exclusive".to_string(),
        Some(m) => vm.str_value(m).unwrap_or_default(),
    };
    let n = vm.index_value(nv)?;
    let is_str = method.is_none_or(|m| vm.kind(m) == Kind::Str);
    let mut result = Vec::new();
    if is_str && method_name == "inclusive" {
        let m = ld - 1;
        for i in 1..n {
            let (j, delta) = Integer::div_mod_floor(&(i * m), &n);
            let lo = data.get(j as usize).copied().unwrap_or(Value::None);
            let hi = data.get(j as usize + 1).copied().unwrap_or(Value::None);
            let a1 = vm.binary_native(BinOp::Mul, lo, Value::Int(n - delta))?;
            let a2 = vm.binary_native(BinOp::Mul, hi, Value::Int(delta))?;
            let s = vm.binary_native(BinOp::Add, a1, a2)?;
            result.push(vm.binary_native(BinOp::TrueDiv, s, Value::Int(n))?);
        }
        return vm.new_list(result);
    }
    if is_str && method_name == "exclusive" {
        let m = ld + 1;
        for i in 1..n {
            let j = Integer::div_floor(&(i * m), &n).clamp(1, ld - 1);
            let delta = i * m - j * n;
            let lo = data[(j - 1) as usize];
            let hi = data[j as usize];
            let a1 = vm.binary_native(BinOp::Mul, lo, Value::Int(n - delta))?;
            let a2 = vm.binary_native(BinOp::Mul, hi, Value::Int(delta))?;
            let s = vm.binary_native(BinOp::Add, a1, a2)?;
            result.push(vm.binary_native(BinOp::TrueDiv, s, Value::Int(n))?);
        }
        return vm.new_list(result);
    }
    let r = match method {
        Some(m) => vm.repr(m)?,
        None => "None".into(),
    };
    Err(Exc::value_error(format!("Unknown method: {r}")))
}

// ---- spread ---------------------------------------------------------------------------------------------

/// CPython's `_ss`: (type, sum of squared deviations, mean, count).
fn sum_sq(vm: &mut Vm, data: &[Value], c: Option<Value>) -> PyResult<(Value, Total, usize)> {
    if let Some(c) = c {
        let mut sq = Vec::with_capacity(data.len());
        for &x in data {
            let d = vm.binary_native(BinOp::Sub, x, c)?;
            sq.push(vm.binary_native(BinOp::Mul, d, d)?);
        }
        let (t, total, n) = exact_sum(vm, &sq)?;
        return Ok((t, total, n));
    }
    let mut types = Types::new();
    let mut sx: HashMap<BigInt, BigInt> = HashMap::new();
    let mut sxx: HashMap<BigInt, BigInt> = HashMap::new();
    let mut order: Vec<BigInt> = Vec::new();
    let mut special: Option<Value> = None;
    for (i, &x) in data.iter().enumerate() {
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
        types.add(vm, x);
        match exact_ratio(vm, x)? {
            Some((n, d)) => {
                let nn = &n * &n;
                if let Some(acc) = sx.get_mut(&d) {
                    *acc += n;
                } else {
                    order.push(d.clone());
                    sx.insert(d.clone(), n);
                }
                *sxx.entry(d).or_insert_with(BigInt::zero) += nn;
            }
            None => special = Some(add_special(vm, special, x)?),
        }
    }
    let count = data.len();
    let t = types.result(vm)?;
    if count == 0 {
        return Ok((t, Total::Exact(Q::int(0)), 0));
    }
    if let Some(s) = special {
        return Ok((t, Total::Special(s), count));
    }
    let sum_x = sum_partials(&sx, &order);
    let mut sum_xx = Q::int(0);
    for d in &order {
        if let Some(n) = sxx.get(d) {
            sum_xx = sum_xx.add(&Q::new(n.clone(), d * d));
        }
    }
    let cnt = Q::int(count as i64);
    let ssd = cnt.mul(&sum_xx).sub(&sum_x.mul(&sum_x)).div(&cnt);
    Ok((t, Total::Exact(ssd), count))
}

fn spread_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    second: &str,
) -> PyResult<(Vec<Value>, Option<Value>)> {
    let a = bind_py_args(vm, args, name, &["data", second], 1, &[])?;
    let data = vm.collect(a[0].unwrap_or(Value::None))?;
    let c = a[1].filter(|v| !v.is_none());
    Ok((data, c))
}

fn variance_impl(vm: &mut Vm, args: &Args, name: &str, sample: bool) -> PyResult<Value> {
    let (data, c) = spread_args(vm, args, name, if sample { "xbar" } else { "mu" })?;
    let (t, ss, n) = sum_sq(vm, &data, c)?;
    let min = if sample { 2 } else { 1 };
    if n < min {
        let msg = if sample {
            format!("{name} requires at least two data points")
        } else {
            format!("{name} requires at least one data point")
        };
        return Err(stats_error(vm, &msg));
    }
    let div = if sample { n - 1 } else { n };
    match ss {
        Total::Exact(q) => convert(vm, q.div(&Q::int(div as i64)), t),
        Total::Special(s) => special_div(vm, s, div),
    }
}

fn variance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    variance_impl(vm, args, "variance", true)
}

fn pvariance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    variance_impl(vm, args, "pvariance", false)
}

/// `isqrt(n // m)`, with the last bit set when inexact (round to odd).
fn isqrt_frac_rto(n: &BigInt, m: &BigInt) -> BigInt {
    let a = (n / m).sqrt();
    if &(&a * &a * m) != n {
        a | BigInt::one()
    } else {
        a
    }
}

/// The correctly rounded float square root of the non-negative rational `n/m`.
fn float_sqrt_of_frac(n: &BigInt, m: &BigInt) -> PyResult<f64> {
    const WIDTH: i64 = 2 * 53 + 3;
    let q = Integer::div_floor(&(n.bits() as i64 - m.bits() as i64 - WIDTH), &2);
    let (num, den) = if q >= 0 {
        let r = isqrt_frac_rto(n, &(m << (2 * q as u64))) << (q as u64);
        (r, BigInt::one())
    } else {
        let r = isqrt_frac_rto(&(n << ((-2 * q) as u64)), m);
        (r, BigInt::one() << ((-q) as u64))
    };
    ratio_to_float(&num, &den)
}

fn stdev_impl(vm: &mut Vm, args: &Args, name: &str, sample: bool) -> PyResult<Value> {
    let (data, c) = spread_args(vm, args, name, if sample { "xbar" } else { "mu" })?;
    let (t, ss, n) = sum_sq(vm, &data, c)?;
    let min = if sample { 2 } else { 1 };
    if n < min {
        let msg = if sample {
            format!("{name} requires at least two data points")
        } else {
            format!("{name} requires at least one data point")
        };
        return Err(stats_error(vm, &msg));
    }
    let div = if sample { n - 1 } else { n };
    match ss {
        Total::Exact(q) => {
            let mss = q.div(&Q::int(div as i64));
            let (mn, md) = normalize(mss.n, mss.d);
            if is_decimal_type(vm, t) {
                return crate::modules::decimal::sqrt_of_frac(vm, &mn, &md);
            }
            if mn.is_negative() {
                return Err(crate::modules::math::domain_error());
            }
            Ok(Value::Float(float_sqrt_of_frac(&mn, &md)?))
        }
        Total::Special(s) => {
            let t = vm.type_name(s);
            Err(Exc::attribute_error(format!(
                "'{t}' object has no attribute 'numerator'"
            )))
        }
    }
}

fn stdev(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stdev_impl(vm, args, "stdev", true)
}

fn pstdev(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stdev_impl(vm, args, "pstdev", false)
}

// ---- relations between two variables ------------------------------------------------------------------

fn pair_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    what: &str,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    if !args.kw.is_empty() && name != "linear_regression" {
        return Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "{name}() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let (x, y) = (args.pos[0], args.pos[1]);
    let n = vm.len(x)?;
    let ny = vm.len(y)?;
    if ny != n {
        return Err(stats_error(
            vm,
            &format!("{what} requires that both inputs have same number of data points"),
        ));
    }
    if n < 2 {
        return Err(stats_error(
            vm,
            &format!("{what} requires at least two data points"),
        ));
    }
    let xs = vm.collect(x)?;
    let ys = vm.collect(y)?;
    Ok((xs, ys))
}

/// `fsum((xi - xbar) * (yi - ybar) for ...)` with Python's operators.
fn sum_cross(vm: &mut Vm, xs: &[Value], xbar: f64, ys: &[Value], ybar: f64) -> PyResult<f64> {
    let mut terms = Vec::with_capacity(xs.len());
    for (x, y) in xs.iter().zip(ys.iter()) {
        let dx = vm.binary_native(BinOp::Sub, *x, Value::Float(xbar))?;
        let dy = vm.binary_native(BinOp::Sub, *y, Value::Float(ybar))?;
        terms.push(vm.binary_native(BinOp::Mul, dx, dy)?);
    }
    fsum_values(vm, &terms)
}

fn covariance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (xs, ys) = pair_args(vm, args, "covariance", "covariance")?;
    let n = xs.len() as f64;
    let xbar = fsum_values(vm, &xs)? / n;
    let ybar = fsum_values(vm, &ys)? / n;
    let sxy = sum_cross(vm, &xs, xbar, &ys, ybar)?;
    Ok(Value::Float(sxy / (n - 1.0)))
}

fn correlation(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (xs, ys) = pair_args(vm, args, "correlation", "correlation")?;
    let n = xs.len() as f64;
    let xbar = fsum_values(vm, &xs)? / n;
    let ybar = fsum_values(vm, &ys)? / n;
    let sxy = sum_cross(vm, &xs, xbar, &ys, ybar)?;
    let sxx = sum_cross(vm, &xs, xbar, &xs, xbar)?;
    let syy = sum_cross(vm, &ys, ybar, &ys, ybar)?;
    let prod = sxx * syy;
    if prod < 0.0 {
        return Err(crate::modules::math::domain_error());
    }
    let den = prod.sqrt();
    if den == 0.0 {
        return Err(stats_error(vm, "at least one of the inputs is constant"));
    }
    Ok(Value::Float(sxy / den))
}

fn linear_regression(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut proportional = false;
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if name != "proportional" {
            return Err(Exc::type_error(format!(
                "linear_regression() got an unexpected keyword argument '{name}'"
            )));
        }
        proportional = vm.truthy(*v)?;
    }
    let (xs, ys) = pair_args(vm, args, "linear_regression", "linear regression")?;
    let n = xs.len() as f64;
    let (sxy, sxx, xbar, ybar) = if proportional {
        let mut pxy = Vec::with_capacity(xs.len());
        let mut pxx = Vec::with_capacity(xs.len());
        for (x, y) in xs.iter().zip(ys.iter()) {
            pxy.push(vm.binary_native(BinOp::Mul, *x, *y)?);
            pxx.push(vm.binary_native(BinOp::Mul, *x, *x)?);
        }
        (fsum_values(vm, &pxy)?, fsum_values(vm, &pxx)?, 0.0, 0.0)
    } else {
        let xbar = fsum_values(vm, &xs)? / n;
        let ybar = fsum_values(vm, &ys)? / n;
        let sxy = sum_cross(vm, &xs, xbar, &ys, ybar)?;
        let sxx = sum_cross(vm, &xs, xbar, &xs, xbar)?;
        (sxy, sxx, xbar, ybar)
    };
    if sxx == 0.0 {
        return Err(stats_error(vm, "x is constant"));
    }
    let slope = sxy / sxx;
    let intercept = if proportional {
        0.0
    } else {
        ybar - slope * xbar
    };
    make_lr_value(vm, Value::Float(slope), Value::Float(intercept))
}

fn make_lr_value(vm: &mut Vm, slope: Value, intercept: Value) -> PyResult<Value> {
    let cls = vm.std_class("statistics.LinearRegression", make_lr)?;
    let tuple = vm.new_tuple(vec![slope, intercept])?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(tuple);
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn lr_fields(vm: &Vm, v: Value) -> Option<(Value, Value)> {
    let p = vm.payload(v)?;
    match p {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Tuple(items) if items.len() == 2 => Some((items[0], items[1])),
            _ => None,
        },
        _ => None,
    }
}

fn lr_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (s, i) = lr_fields(vm, this).ok_or_else(|| Exc::type_error("bad LinearRegression"))?;
    let name = vm.class_name(vm.type_of(this));
    let sr = vm.repr(s)?;
    let ir = vm.repr(i)?;
    vm.new_str(format!("{name}(slope={sr}, intercept={ir})"))
}

fn lr_slope(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    lr_fields(vm, args.this())
        .map(|(s, _)| s)
        .ok_or_else(|| Exc::type_error("bad LinearRegression"))
}

fn lr_intercept(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    lr_fields(vm, args.this())
        .map(|(_, i)| i)
        .ok_or_else(|| Exc::type_error("bad LinearRegression"))
}

fn lr_asdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, i) =
        lr_fields(vm, args.this()).ok_or_else(|| Exc::type_error("bad LinearRegression"))?;
    let mut d = crate::builtins::dict::Dict::new();
    vm.dict_insert_str(&mut d, "slope", s)?;
    vm.dict_insert_str(&mut d, "intercept", i)?;
    vm.new_dict(d)
}

// ---- NormalDist ----------------------------------------------------------------------------------------

/// The parameters of a `NormalDist`.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct NormalDistData {
    pub mu: f64,
    pub sigma: f64,
}

fn make_normal_dist(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    let new = ndf(NormalDistFn::New);
    attrs.push(("__new__", new));
    attrs.push(("__init__", ndf(NormalDistFn::Init)));
    attrs.push((
        "from_samples",
        vm.class_method(ndf(NormalDistFn::FromSamples))?,
    ));
    for (name, which) in [
        ("samples", NormalDistFn::Samples),
        ("pdf", NormalDistFn::Pdf),
        ("cdf", NormalDistFn::Cdf),
        ("inv_cdf", NormalDistFn::InvCdf),
        ("quantiles", NormalDistFn::Quantiles),
        ("overlap", NormalDistFn::Overlap),
        ("zscore", NormalDistFn::Zscore),
        ("__add__", NormalDistFn::Add),
        ("__radd__", NormalDistFn::Add),
        ("__sub__", NormalDistFn::Sub),
        ("__rsub__", NormalDistFn::Rsub),
        ("__mul__", NormalDistFn::Mul),
        ("__rmul__", NormalDistFn::Mul),
        ("__truediv__", NormalDistFn::Truediv),
        ("__pos__", NormalDistFn::Pos),
        ("__neg__", NormalDistFn::Neg),
        ("__eq__", NormalDistFn::Eq),
        ("__hash__", NormalDistFn::Hash),
        ("__repr__", NormalDistFn::Repr),
    ] {
        attrs.push((name, ndf(which)));
    }
    for (name, which) in [
        ("mean", NormalDistFn::Mean),
        ("median", NormalDistFn::Mean),
        ("mode", NormalDistFn::Mean),
        ("stdev", NormalDistFn::Stdev),
        ("variance", NormalDistFn::Variance),
    ] {
        attrs.push((name, vm.native_property(ndf(which), None)?));
    }
    vm.new_native_class(NativeClass {
        name: "NormalDist",
        module: "statistics",
        attrs,
        ..Default::default()
    })
}

fn nd_value(vm: &Vm, v: Value) -> Option<(f64, f64)> {
    match vm.native_data(v) {
        Some(crate::modules::native::NativeData::NormalDist(d)) => Some((d.mu, d.sigma)),
        _ => None,
    }
}

fn nd_this(vm: &Vm, args: &Args) -> PyResult<(f64, f64)> {
    nd_value(vm, args.this()).ok_or_else(|| Exc::type_error("expected a NormalDist"))
}

fn new_nd(vm: &mut Vm, mu: f64, sigma: f64) -> PyResult<Value> {
    let cls = vm.std_class("statistics.NormalDist", make_normal_dist)?;
    vm.new_native_instance(
        cls,
        crate::modules::native::NativeData::NormalDist(Box::new(NormalDistData { mu, sigma })),
    )
}

/// `NormalDist(mu, sigma)` as CPython checks it (then `float()` of each).
fn nd_params(vm: &mut Vm, mu: Value, sigma: Value) -> PyResult<(f64, f64)> {
    if vm.compare_bool(CmpOp::Lt, sigma, Value::Float(0.0))? {
        return Err(stats_error(vm, "sigma must be non-negative"));
    }
    let float_t = Value::Type(BuiltinType::Float);
    let m = vm.call(float_t, &[mu])?;
    let s = vm.call(float_t, &[sigma])?;
    Ok((to_float(vm, m)?, to_float(vm, s)?))
}

fn nd_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    vm.new_native_instance(
        cls,
        crate::modules::native::NativeData::NormalDist(Box::new(NormalDistData {
            mu: 0.0,
            sigma: 1.0,
        })),
    )
}

fn nd_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "NormalDist.__init__",
        &["self", "mu", "sigma"],
        1,
        &[],
    )?;
    let (mu, sigma) = nd_params(
        vm,
        a[1].unwrap_or(Value::Float(0.0)),
        a[2].unwrap_or(Value::Float(1.0)),
    )?;
    vm.set_native_data(
        args.this(),
        crate::modules::native::NativeData::NormalDist(Box::new(NormalDistData { mu, sigma })),
    )?;
    Ok(Value::None)
}

fn nd_from_samples(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "NormalDist.from_samples",
        &["cls", "data"],
        2,
        &[],
    )?;
    let cls = args.this();
    let data = vm.collect(a[1].unwrap_or(Value::None))?;
    let (_, ss, n) = sum_sq(vm, &data, None)?;
    if n < 2 {
        return Err(stats_error(vm, "stdev requires at least two data points"));
    }
    let (_, total, _) = exact_sum(vm, &data)?;
    let (xbar, sd) = match (total, ss) {
        (Total::Exact(sx), Total::Exact(q)) => {
            let m = sx.div(&Q::int(n as i64));
            let xbar = ratio_to_float(&m.n, &m.d)?;
            let mss = q.div(&Q::int(n as i64 - 1));
            let (mn, md) = normalize(mss.n, mss.d);
            (xbar, float_sqrt_of_frac(&mn, &md)?)
        }
        (Total::Special(s), _) | (_, Total::Special(s)) => {
            // CPython divides the special value by itself here: always a NaN.
            let x = to_float(vm, s)?;
            (x, f64::NAN)
        }
    };
    vm.call(cls, &[Value::Float(xbar), Value::Float(sd)])
}

fn nd_samples(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "NormalDist.samples", &["self", "n"], 2, &["seed"])?;
    let (mu, sigma) = nd_this(vm, args)?;
    let n = vm.index_value(a[1].unwrap_or(Value::None))?;
    let seed = a[2].unwrap_or(Value::None);
    let module = crate::modules::import(vm, "random")?;
    let gauss = if seed.is_none() {
        vm.getattr(module, "gauss")?
    } else {
        let cls = vm.getattr(module, "Random")?;
        let r = vm.call(cls, &[seed])?;
        vm.getattr(r, "gauss")?
    };
    let count = n.max(0) as usize;
    vm.reserve(count.saturating_mul(16))?;
    let mut out = Vec::with_capacity(count.min(1 << 20));
    for i in 0..count {
        if i % 4096 == 4095 {
            vm.check_limits()?;
        }
        out.push(vm.call(gauss, &[Value::Float(mu), Value::Float(sigma)])?);
    }
    vm.new_list(out)
}

fn nd_x(vm: &mut Vm, args: &Args, name: &str) -> PyResult<((f64, f64), f64)> {
    let a = bind_py_args(vm, args, name, &["self", "x"], 2, &[])?;
    let p = nd_this(vm, args)?;
    // `x - mu` with Python's operator (for its error messages), as a float.
    let d = vm.binary_native(BinOp::Sub, a[1].unwrap_or(Value::None), Value::Float(p.0))?;
    let diff = to_float(vm, d)?;
    Ok((p, diff))
}

fn nd_pdf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ((_, sigma), diff) = nd_x(vm, args, "NormalDist.pdf")?;
    let variance = sigma * sigma;
    if variance == 0.0 {
        return Err(stats_error(vm, "pdf() not defined when sigma is zero"));
    }
    Ok(Value::Float(
        (diff * diff / (-2.0 * variance)).exp() / (std::f64::consts::TAU * variance).sqrt(),
    ))
}

fn cdf_of(mu: f64, sigma: f64, x: f64) -> f64 {
    0.5 * (1.0 + crate::modules::math::libm_erf((x - mu) / (sigma * std::f64::consts::SQRT_2)))
}

fn nd_cdf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ((_, sigma), diff) = nd_x(vm, args, "NormalDist.cdf")?;
    if sigma == 0.0 {
        return Err(stats_error(vm, "cdf() not defined when sigma is zero"));
    }
    Ok(Value::Float(
        0.5 * (1.0 + crate::modules::math::libm_erf(diff / (sigma * std::f64::consts::SQRT_2))),
    ))
}

/// Wichura's AS241 algorithm for the inverse normal CDF (as CPython evaluates it).
#[allow(clippy::excessive_precision)]
fn inv_cdf(p: f64, mu: f64, sigma: f64) -> f64 {
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        let num = (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087)
            * r
            + 45921.95393154987)
            * r
            + 13731.69376550946)
            * r
            + 1971.5909503065513)
            * r
            + 133.14166789178438)
            * r
            + 3.3871328727963665)
            * q;
        let den = ((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271)
            * r
            + 21213.794301586597)
            * r
            + 5394.196021424751)
            * r
            + 687.1870074920579)
            * r
            + 42.31333070160091)
            * r
            + 1.0;
        return mu + (num / den) * sigma;
    }
    let r = if q <= 0.0 { p } else { 1.0 - p };
    let mut r = (-r.ln()).sqrt();
    let (num, den) = if r <= 5.0 {
        r -= 1.6;
        (
            ((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506)
                * r
                + 1.2704582524523684)
                * r
                + 3.6478483247632045)
                * r
                + 5.769497221460691)
                * r
                + 4.630337846156546)
                * r
                + 1.4234371107496835,
            ((((((1.0507500716444169e-09 * r + 0.0005475938084995345) * r
                + 0.015198666563616457)
                * r
                + 0.14810397642748008)
                * r
                + 0.6897673349851)
                * r
                + 1.6763848301838038)
                * r
                + 2.053191626637759)
                * r
                + 1.0,
        )
    } else {
        r -= 5.0;
        (
            ((((((2.0103343992922881e-07 * r + 2.7115555687434876e-05) * r
                + 0.0012426609473880784)
                * r
                + 0.026532189526576124)
                * r
                + 0.29656057182850487)
                * r
                + 1.7848265399172913)
                * r
                + 5.463784911164114)
                * r
                + 6.657904643501103,
            ((((((2.0442631033899397e-15 * r + 1.421511758316446e-07) * r
                + 1.8463183175100548e-05)
                * r
                + 0.0007868691311456133)
                * r
                + 0.014875361290850615)
                * r
                + 0.1369298809227358)
                * r
                + 0.599832206555888)
                * r
                + 1.0,
        )
    };
    let mut x = num / den;
    if q < 0.0 {
        x = -x;
    }
    mu + x * sigma
}

fn nd_inv_cdf_value(vm: &mut Vm, mu: f64, sigma: f64, p: f64) -> PyResult<f64> {
    if p <= 0.0 || p >= 1.0 {
        return Err(stats_error(vm, "p must be in the range 0.0 < p < 1.0"));
    }
    if sigma <= 0.0 {
        return Err(stats_error(
            vm,
            "cdf() not defined when sigma at or below zero",
        ));
    }
    Ok(inv_cdf(p, mu, sigma))
}

fn nd_inv_cdf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "NormalDist.inv_cdf", &["self", "p"], 2, &[])?;
    let (mu, sigma) = nd_this(vm, args)?;
    let p = to_float(vm, a[1].unwrap_or(Value::None))?;
    Ok(Value::Float(nd_inv_cdf_value(vm, mu, sigma, p)?))
}

fn nd_quantiles(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "NormalDist.quantiles", &["self", "n"], 1, &[])?;
    let (mu, sigma) = nd_this(vm, args)?;
    let n = vm.index_value(a[1].unwrap_or(Value::Int(4)))?;
    let mut out = Vec::new();
    for i in 1..n.max(1) {
        let p = i as f64 / n as f64;
        out.push(Value::Float(nd_inv_cdf_value(vm, mu, sigma, p)?));
    }
    vm.new_list(out)
}

fn nd_overlap(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "NormalDist.overlap", &["self", "other"], 2, &[])?;
    let x = nd_this(vm, args)?;
    let Some(y) = nd_value(vm, a[1].unwrap_or(Value::None)) else {
        return Err(Exc::type_error("Expected another NormalDist instance"));
    };
    let ((xm, xs), (ym, ys)) = if (y.1, y.0) < (x.1, x.0) {
        (y, x)
    } else {
        (x, y)
    };
    let (xv, yv) = (xs * xs, ys * ys);
    if xv == 0.0 || yv == 0.0 {
        return Err(stats_error(vm, "overlap() not defined when sigma is zero"));
    }
    let dv = yv - xv;
    let dm = (ym - xm).abs();
    let erf = crate::modules::math::libm_erf;
    if dv == 0.0 {
        return Ok(Value::Float(
            1.0 - erf(dm / (2.0 * xs * std::f64::consts::SQRT_2)),
        ));
    }
    let a = xm * yv - ym * xv;
    let inner = dm * dm + dv * (yv / xv).ln();
    if inner < 0.0 {
        return Err(crate::modules::math::domain_error());
    }
    let b = xs * ys * inner.sqrt();
    let x1 = (a + b) / dv;
    let x2 = (a - b) / dv;
    Ok(Value::Float(
        1.0 - ((cdf_of(ym, ys, x1) - cdf_of(xm, xs, x1)).abs()
            + (cdf_of(ym, ys, x2) - cdf_of(xm, xs, x2)).abs()),
    ))
}

fn nd_zscore(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ((_, sigma), diff) = nd_x(vm, args, "NormalDist.zscore")?;
    if sigma == 0.0 {
        return Err(stats_error(vm, "zscore() not defined when sigma is zero"));
    }
    Ok(Value::Float(diff / sigma))
}

fn nd_mean(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(nd_this(vm, args)?.0))
}

fn nd_stdev(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Float(nd_this(vm, args)?.1))
}

fn nd_variance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = nd_this(vm, args)?.1;
    Ok(Value::Float(s * s))
}

fn nd_other(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.get(1)
        .ok_or_else(|| Exc::type_error("expected an operand"))
}

fn nd_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let other = nd_other(vm, args)?;
    if let Some((m2, s2)) = nd_value(vm, other) {
        let s = crate::modules::math::MathFn::Hypot
            .call(vm, &Args::new(&[Value::Float(sigma), Value::Float(s2)]))?;
        let m = Value::Float(mu + m2);
        let cls = vm.std_class("statistics.NormalDist", make_normal_dist)?;
        return vm.call(cls, &[m, s]);
    }
    let m = vm.binary_native(BinOp::Add, Value::Float(mu), other)?;
    let cls = vm.std_class("statistics.NormalDist", make_normal_dist)?;
    vm.call(cls, &[m, Value::Float(sigma)])
}

fn nd_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let other = nd_other(vm, args)?;
    let cls = vm.std_class("statistics.NormalDist", make_normal_dist)?;
    if let Some((m2, s2)) = nd_value(vm, other) {
        let s = crate::modules::math::MathFn::Hypot
            .call(vm, &Args::new(&[Value::Float(sigma), Value::Float(s2)]))?;
        return vm.call(cls, &[Value::Float(mu - m2), s]);
    }
    let m = vm.binary_native(BinOp::Sub, Value::Float(mu), other)?;
    vm.call(cls, &[m, Value::Float(sigma)])
}

fn nd_rsub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = nd_sub(vm, args)?;
    let (mu, sigma) = nd_value(vm, d).ok_or_else(|| Exc::type_error("expected a NormalDist"))?;
    new_nd(vm, -mu, sigma)
}

fn nd_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let other = nd_other(vm, args)?;
    let m = vm.binary_native(BinOp::Mul, Value::Float(mu), other)?;
    let k = to_float(vm, other)?;
    let cls = vm.std_class("statistics.NormalDist", make_normal_dist)?;
    vm.call(cls, &[m, Value::Float(sigma * k.abs())])
}

fn nd_truediv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let other = nd_other(vm, args)?;
    let m = vm.binary_native(BinOp::TrueDiv, Value::Float(mu), other)?;
    let k = to_float(vm, other)?;
    let s = vm.binary_native(BinOp::TrueDiv, Value::Float(sigma), Value::Float(k.abs()))?;
    let cls = vm.std_class("statistics.NormalDist", make_normal_dist)?;
    vm.call(cls, &[m, s])
}

fn nd_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    new_nd(vm, mu, sigma)
}

fn nd_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    new_nd(vm, -mu, sigma)
}

fn nd_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let other = nd_other(vm, args)?;
    match nd_value(vm, other) {
        Some((m2, s2)) => Ok(Value::Bool(mu == m2 && sigma == s2)),
        None => Ok(Value::NotImplemented),
    }
}

fn nd_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let t = vm.new_tuple(vec![Value::Float(mu), Value::Float(sigma)])?;
    Ok(Value::Int(vm.hash(t)?))
}

fn nd_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mu, sigma) = nd_this(vm, args)?;
    let name = vm.class_name(vm.type_of(args.this()));
    vm.new_str(format!(
        "{name}(mu={}, sigma={})",
        crate::builtins::float::repr(mu),
        crate::builtins::float::repr(sigma)
    ))
}
