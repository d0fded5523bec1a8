//! `decimal`: CPython 3.11's decimal floating point (the General Decimal Arithmetic
//! specification), implemented over big-integer coefficients (arithmetic in `num.rs`).
//!
//! Supported: `Decimal` from str (exact, with CPython's syntax incl. underscores, Infinity,
//! NaN/sNaN payloads), int, float (exact binary expansion), tuples and Decimals; the current
//! context (`getcontext`, `setcontext`, `localcontext` with keyword arguments) with `prec`,
//! `rounding` (all eight modes), `Emin`, `Emax`, `capitals`, `clamp`, `flags`, `traps`;
//! `DefaultContext`, `BasicContext`, `ExtendedContext`; `+ - * / // % divmod **` with context
//! rounding (ints mix in exactly; floats raise TypeError like CPython), unary `- + abs`,
//! comparisons with Decimals, ints, floats and Fractions (NaN ordering signals InvalidOperation),
//! hashing equal to equal ints/floats/Fractions, `int`/`float`/`round`/`math.floor`/`ceil`/
//! `trunc`, `str`/`repr`/`to_eng_string` and `format()` with fill, align, sign, `z`, zero
//! padding, width, `,`, precision and the `e E f F g G n %` types; methods `quantize`,
//! `to_integral_value`/`_exact`, `normalize`, `sqrt`, `exp`, `ln`, `log10`, `fma`, `compare`,
//! `compare_total`, `max`/`min`(`_mag`), `copy_abs`/`copy_negate`/`copy_sign`, `as_tuple`
//! (`DecimalTuple`), `as_integer_ratio`, `adjusted`, `is_*`, `next_plus`/`next_minus`/
//! `next_toward`, `number_class`, `same_quantum`, `scaleb`, `logb`, `remainder_near`,
//! `from_float`; the Context methods of the same names plus `create_decimal`,
//! `create_decimal_from_float`, `copy`, `clear_flags`, `clear_traps`, `Etiny`, `Etop`; every
//! signal class, raised with CPython's messages (`[<class 'decimal.DivisionByZero'>]`).
//!
//! Not supported: `logical_and/or/xor/invert`, `rotate`, `shift`, three-argument `pow`,
//! pickling; `exp`/`ln`/`log10`/non-integral powers are correctly rounded except possibly for
//! exact results that fall exactly on a rounding boundary; `Decimal` `__format__` ignores locale
//! (`n` behaves like `g`). Operations on numbers with millions of digits are not time-bounded.

pub mod num;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde::{Deserialize, Serialize};

use crate::builtins::class::{Instance, Payload};
use crate::builtins::{int, Args};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::fractions::{float_ratio, fraction_value};
use crate::modules::math::bind_py_args;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

use num::{Ctx, Dec, Rounding, Special};

native_methods! {
    pub enum DecFn {
        New => "__new__" => dec_new,
        Init => "__init__" => noop_init,
        Repr => "__repr__" => dec_repr,
        Str => "__str__" => dec_str,
        Format => "__format__" => dec_format,
        Hash => "__hash__" => dec_hash,
        Bool => "__bool__" => dec_bool,
        Eq => "__eq__" => dec_eq,
        Ne => "__ne__" => dec_ne,
        Lt => "__lt__" => dec_lt,
        Le => "__le__" => dec_le,
        Gt => "__gt__" => dec_gt,
        Ge => "__ge__" => dec_ge,
        Add => "__add__" => dec_add,
        Radd => "__radd__" => dec_radd,
        Sub => "__sub__" => dec_sub,
        Rsub => "__rsub__" => dec_rsub,
        Mul => "__mul__" => dec_mul,
        Rmul => "__rmul__" => dec_rmul,
        Truediv => "__truediv__" => dec_truediv,
        Rtruediv => "__rtruediv__" => dec_rtruediv,
        Floordiv => "__floordiv__" => dec_floordiv,
        Rfloordiv => "__rfloordiv__" => dec_rfloordiv,
        Mod => "__mod__" => dec_mod,
        Rmod => "__rmod__" => dec_rmod,
        Divmod => "__divmod__" => dec_divmod,
        Rdivmod => "__rdivmod__" => dec_rdivmod,
        Pow => "__pow__" => dec_pow,
        Rpow => "__rpow__" => dec_rpow,
        Neg => "__neg__" => dec_neg,
        Pos => "__pos__" => dec_pos,
        Abs => "__abs__" => dec_abs,
        Int => "__int__" => dec_int,
        Trunc => "__trunc__" => dec_int,
        Float => "__float__" => dec_float,
        Floor => "__floor__" => dec_floor,
        Ceil => "__ceil__" => dec_ceil,
        Round => "__round__" => dec_round,
        Copy => "__copy__" => dec_copy,
        Deepcopy => "__deepcopy__" => dec_copy,
        Adjusted => "adjusted" => dec_adjusted,
        AsIntegerRatio => "as_integer_ratio" => dec_as_integer_ratio,
        AsTuple => "as_tuple" => dec_as_tuple,
        Canonical => "canonical" => dec_canonical,
        Compare => "compare" => dec_compare,
        CompareSignal => "compare_signal" => dec_compare_signal,
        CompareTotal => "compare_total" => dec_compare_total,
        CompareTotalMag => "compare_total_mag" => dec_compare_total_mag,
        Conjugate => "conjugate" => dec_canonical,
        CopyAbs => "copy_abs" => dec_copy_abs,
        CopyNegate => "copy_negate" => dec_copy_negate,
        CopySign => "copy_sign" => dec_copy_sign,
        Exp => "exp" => dec_exp,
        Fma => "fma" => dec_fma,
        FromFloat => "from_float" => dec_from_float,
        IsCanonical => "is_canonical" => dec_is_canonical,
        IsFinite => "is_finite" => dec_is_finite,
        IsInfinite => "is_infinite" => dec_is_infinite,
        IsNan => "is_nan" => dec_is_nan,
        IsNormal => "is_normal" => dec_is_normal,
        IsQnan => "is_qnan" => dec_is_qnan,
        IsSigned => "is_signed" => dec_is_signed,
        IsSnan => "is_snan" => dec_is_snan,
        IsSubnormal => "is_subnormal" => dec_is_subnormal,
        IsZero => "is_zero" => dec_is_zero,
        Ln => "ln" => dec_ln,
        Log10 => "log10" => dec_log10,
        Logb => "logb" => dec_logb,
        Max => "max" => dec_max,
        MaxMag => "max_mag" => dec_max_mag,
        Min => "min" => dec_min,
        MinMag => "min_mag" => dec_min_mag,
        NextMinus => "next_minus" => dec_next_minus,
        NextPlus => "next_plus" => dec_next_plus,
        NextToward => "next_toward" => dec_next_toward,
        Normalize => "normalize" => dec_normalize,
        NumberClass => "number_class" => dec_number_class,
        Quantize => "quantize" => dec_quantize,
        Radix => "radix" => dec_radix,
        Real => "real" => dec_canonical,
        Imag => "imag" => dec_imag,
        RemainderNear => "remainder_near" => dec_remainder_near,
        SameQuantum => "same_quantum" => dec_same_quantum,
        Scaleb => "scaleb" => dec_scaleb,
        Sqrt => "sqrt" => dec_sqrt,
        ToEngString => "to_eng_string" => dec_to_eng_string,
        ToIntegral => "to_integral" => dec_to_integral_value,
        ToIntegralExact => "to_integral_exact" => dec_to_integral_exact,
        ToIntegralValue => "to_integral_value" => dec_to_integral_value,
    }
}

native_methods! {
    pub enum CtxFn {
        New => "__new__" => ctx_new,
        Init => "__init__" => ctx_init,
        Repr => "__repr__" => ctx_repr,
        Prec => "prec" => ctx_get_prec,
        SetPrec => "_set_prec" => ctx_set_prec,
        Rounding => "rounding" => ctx_get_rounding,
        SetRounding => "_set_rounding" => ctx_set_rounding,
        Emin => "Emin" => ctx_get_emin,
        SetEmin => "_set_emin" => ctx_set_emin,
        Emax => "Emax" => ctx_get_emax,
        SetEmax => "_set_emax" => ctx_set_emax,
        Capitals => "capitals" => ctx_get_capitals,
        SetCapitals => "_set_capitals" => ctx_set_capitals,
        Clamp => "clamp" => ctx_get_clamp,
        SetClamp => "_set_clamp" => ctx_set_clamp,
        Flags => "flags" => ctx_get_flags,
        SetFlags => "_set_flags" => ctx_set_flags,
        Traps => "traps" => ctx_get_traps,
        SetTraps => "_set_traps" => ctx_set_traps,
        Copy => "copy" => ctx_copy,
        CopyDunder => "__copy__" => ctx_copy,
        ClearFlags => "clear_flags" => ctx_clear_flags,
        ClearTraps => "clear_traps" => ctx_clear_traps,
        Etiny => "Etiny" => ctx_etiny,
        Etop => "Etop" => ctx_etop,
        CreateDecimal => "create_decimal" => ctx_create_decimal,
        CreateDecimalFromFloat => "create_decimal_from_float" => ctx_create_decimal_from_float,
        Abs => "abs" => ctx_abs,
        Add => "add" => ctx_add,
        Subtract => "subtract" => ctx_subtract,
        Multiply => "multiply" => ctx_multiply,
        Divide => "divide" => ctx_divide,
        DivideInt => "divide_int" => ctx_divide_int,
        Divmod => "divmod" => ctx_divmod,
        Remainder => "remainder" => ctx_remainder,
        RemainderNear => "remainder_near" => ctx_remainder_near,
        Power => "power" => ctx_power,
        Sqrt => "sqrt" => ctx_sqrt,
        Exp => "exp" => ctx_exp,
        Ln => "ln" => ctx_ln,
        Log10 => "log10" => ctx_log10,
        Compare => "compare" => ctx_compare,
        Max => "max" => ctx_max,
        Min => "min" => ctx_min,
        Minus => "minus" => ctx_minus,
        Plus => "plus" => ctx_plus,
        Quantize => "quantize" => ctx_quantize,
        ToIntegral => "to_integral" => ctx_to_integral_value,
        ToIntegralValue => "to_integral_value" => ctx_to_integral_value,
        ToIntegralExact => "to_integral_exact" => ctx_to_integral_exact,
        Normalize => "normalize" => ctx_normalize,
        Fma => "fma" => ctx_fma,
        ToSciString => "to_sci_string" => ctx_to_sci_string,
        ToEngString => "to_eng_string" => ctx_to_eng_string,
        CopyAbs => "copy_abs" => ctx_copy_abs,
        CopyNegate => "copy_negate" => ctx_copy_negate,
        CopyDecimal => "copy_decimal" => ctx_copy_decimal,
        IsFinite => "is_finite" => ctx_is_finite,
        IsInfinite => "is_infinite" => ctx_is_infinite,
        IsNan => "is_nan" => ctx_is_nan,
        IsZero => "is_zero" => ctx_is_zero,
        IsSigned => "is_signed" => ctx_is_signed,
        NextPlus => "next_plus" => ctx_next_plus,
        NextMinus => "next_minus" => ctx_next_minus,
    }
}

native_methods! {
    pub enum MiscFn {
        GetContext => "getcontext" => getcontext,
        SetContext => "setcontext" => setcontext,
        LocalContext => "localcontext" => localcontext,
        CmEnter => "__enter__" => cm_enter,
        CmExit => "__exit__" => cm_exit,
        SdGetItem => "__getitem__" => sd_getitem,
        SdSetItem => "__setitem__" => sd_setitem,
        SdRepr => "__repr__" => sd_repr,
        SdLen => "__len__" => sd_len,
        SdIter => "__iter__" => sd_iter,
        SdKeys => "keys" => sd_keys,
        SdValues => "values" => sd_values,
        SdItems => "items" => sd_items,
        SdCopy => "copy" => sd_copy,
        SdContains => "__contains__" => sd_contains,
        SdEq => "__eq__" => sd_eq,
        TupNew => "__new__" => tup_new,
        TupRepr => "_tup_repr" => tup_repr,
        TupSign => "sign" => tup_sign,
        TupDigits => "digits" => tup_digits,
        TupExponent => "exponent" => tup_exponent,
    }
}

/// The functions of the decimal module and its classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DecimalFn {
    Dec(DecFn),
    Ctx(CtxFn),
    Misc(MiscFn),
}

impl DecimalFn {
    pub fn name(self) -> &'static str {
        match self {
            DecimalFn::Dec(f) => f.name(),
            DecimalFn::Ctx(f) => f.name(),
            DecimalFn::Misc(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            DecimalFn::Dec(f) => f.call(vm, args),
            DecimalFn::Ctx(f) => f.call(vm, args),
            DecimalFn::Misc(f) => f.call(vm, args),
        }
    }
}

fn fv(f: DecimalFn) -> Value {
    func_value(ModuleFn::Decimal(f))
}

fn df(f: DecFn) -> Value {
    fv(DecimalFn::Dec(f))
}

fn cf(f: CtxFn) -> Value {
    fv(DecimalFn::Ctx(f))
}

fn mf(f: MiscFn) -> Value {
    fv(DecimalFn::Misc(f))
}

/// Native state of the decimal module's classes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DecState {
    Number(Dec),
    Context(Ctx),
    /// The flags or traps of a context (a live view).
    Signals {
        ctx: Value,
        traps: bool,
    },
    /// `localcontext()`: the context to install and the one to restore.
    Manager {
        new: Value,
        saved: Value,
    },
}

impl DecState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            DecState::Number(_) | DecState::Context(_) => {}
            DecState::Signals { ctx, .. } => f(*ctx),
            DecState::Manager { new, saved } => {
                f(*new);
                f(*saved);
            }
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<DecState>()
            + match self {
                DecState::Number(d) => (d.coeff.bits() / 8) as usize,
                _ => 0,
            }
    }
}

// ---- classes and module attributes ------------------------------------------------------------------

const SIGNAL_NAMES: [&str; 9] = [
    "InvalidOperation",
    "FloatOperation",
    "DivisionByZero",
    "Overflow",
    "Underflow",
    "Subnormal",
    "Inexact",
    "Rounded",
    "Clamped",
];

/// Order in which a trapped status lists its conditions.
const CONDITION_ORDER: [(u32, &str); 13] = [
    (num::INVALID_OPERATION, "InvalidOperation"),
    (num::CONVERSION_SYNTAX, "ConversionSyntax"),
    (num::DIVISION_IMPOSSIBLE, "DivisionImpossible"),
    (num::DIVISION_UNDEFINED, "DivisionUndefined"),
    (num::INVALID_CONTEXT, "InvalidContext"),
    (num::FLOAT_OPERATION, "FloatOperation"),
    (num::DIVISION_BY_ZERO, "DivisionByZero"),
    (num::OVERFLOW, "Overflow"),
    (num::UNDERFLOW, "Underflow"),
    (num::SUBNORMAL, "Subnormal"),
    (num::INEXACT, "Inexact"),
    (num::ROUNDED, "Rounded"),
    (num::CLAMPED, "Clamped"),
];

fn make_exc(vm: &mut Vm, name: &str, bases: &[Value]) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name,
        module: "decimal",
        bases,
        ..Default::default()
    })
}

macro_rules! exc_class {
    ($fn:ident, $key:literal, $name:literal, [$($base:expr),*]) => {
        fn $fn(vm: &mut Vm) -> PyResult<Value> {
            let bases = vec![$($base(vm)?),*];
            make_exc(vm, $name, &bases)
        }
    };
}

fn arith(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Type(BuiltinType::ArithmeticError))
}
fn zde(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Type(BuiltinType::ZeroDivisionError))
}
fn te(_vm: &mut Vm) -> PyResult<Value> {
    Ok(Value::Type(BuiltinType::TypeError))
}
fn dec_exc(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.DecimalException", mk_decimal_exception)
}
fn inv_op(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.InvalidOperation", mk_invalid_operation)
}
fn inexact(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.Inexact", mk_inexact)
}
fn rounded(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.Rounded", mk_rounded)
}
fn subnormal(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.Subnormal", mk_subnormal)
}

exc_class!(
    mk_decimal_exception,
    "decimal.DecimalException",
    "DecimalException",
    [arith]
);
exc_class!(mk_clamped, "decimal.Clamped", "Clamped", [dec_exc]);
exc_class!(
    mk_invalid_operation,
    "decimal.InvalidOperation",
    "InvalidOperation",
    [dec_exc]
);
exc_class!(
    mk_division_by_zero,
    "decimal.DivisionByZero",
    "DivisionByZero",
    [dec_exc, zde]
);
exc_class!(mk_inexact, "decimal.Inexact", "Inexact", [dec_exc]);
exc_class!(mk_rounded, "decimal.Rounded", "Rounded", [dec_exc]);
exc_class!(mk_subnormal, "decimal.Subnormal", "Subnormal", [dec_exc]);
exc_class!(
    mk_overflow,
    "decimal.Overflow",
    "Overflow",
    [inexact, rounded]
);
exc_class!(
    mk_underflow,
    "decimal.Underflow",
    "Underflow",
    [inexact, rounded, subnormal]
);
exc_class!(
    mk_float_operation,
    "decimal.FloatOperation",
    "FloatOperation",
    [dec_exc, te]
);
exc_class!(
    mk_conversion_syntax,
    "decimal.ConversionSyntax",
    "ConversionSyntax",
    [inv_op]
);
exc_class!(
    mk_division_impossible,
    "decimal.DivisionImpossible",
    "DivisionImpossible",
    [inv_op]
);
exc_class!(
    mk_division_undefined,
    "decimal.DivisionUndefined",
    "DivisionUndefined",
    [inv_op, zde]
);
exc_class!(
    mk_invalid_context,
    "decimal.InvalidContext",
    "InvalidContext",
    [inv_op]
);

/// The exception class called `name`.
fn exc_by_name(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let (key, make): (&'static str, fn(&mut Vm) -> PyResult<Value>) = match name {
        "DecimalException" => ("decimal.DecimalException", mk_decimal_exception),
        "Clamped" => ("decimal.Clamped", mk_clamped),
        "InvalidOperation" => ("decimal.InvalidOperation", mk_invalid_operation),
        "DivisionByZero" => ("decimal.DivisionByZero", mk_division_by_zero),
        "Inexact" => ("decimal.Inexact", mk_inexact),
        "Rounded" => ("decimal.Rounded", mk_rounded),
        "Subnormal" => ("decimal.Subnormal", mk_subnormal),
        "Overflow" => ("decimal.Overflow", mk_overflow),
        "Underflow" => ("decimal.Underflow", mk_underflow),
        "FloatOperation" => ("decimal.FloatOperation", mk_float_operation),
        "ConversionSyntax" => ("decimal.ConversionSyntax", mk_conversion_syntax),
        "DivisionImpossible" => ("decimal.DivisionImpossible", mk_division_impossible),
        "DivisionUndefined" => ("decimal.DivisionUndefined", mk_division_undefined),
        _ => ("decimal.InvalidContext", mk_invalid_context),
    };
    vm.std_class(key, make)
}

/// The signal group bits of the signal class `cls`, if it is one.
fn signal_bits(vm: &mut Vm, cls: Value) -> PyResult<Option<u32>> {
    for (i, name) in SIGNAL_NAMES.iter().enumerate() {
        let c = exc_by_name(vm, name)?;
        if c.is(cls) {
            return Ok(Some(num::SIGNALS[i]));
        }
    }
    Ok(None)
}

pub fn decimal_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.Decimal", make_decimal_class)
}

fn context_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("decimal.Context", make_context_class)
}

fn make_decimal_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in DecFn::all_names() {
        let Some(which) = DecFn::from_name(name) else {
            continue;
        };
        let v = match which {
            DecFn::FromFloat => vm.class_method(df(which))?,
            DecFn::Real | DecFn::Imag => vm.native_property(df(which), None)?,
            _ => df(which),
        };
        attrs.push((name, v));
    }
    vm.new_native_class(NativeClass {
        name: "Decimal",
        module: "decimal",
        attrs,
        ..Default::default()
    })
}

fn make_context_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    let props = [
        (CtxFn::Prec, CtxFn::SetPrec),
        (CtxFn::Rounding, CtxFn::SetRounding),
        (CtxFn::Emin, CtxFn::SetEmin),
        (CtxFn::Emax, CtxFn::SetEmax),
        (CtxFn::Capitals, CtxFn::SetCapitals),
        (CtxFn::Clamp, CtxFn::SetClamp),
        (CtxFn::Flags, CtxFn::SetFlags),
        (CtxFn::Traps, CtxFn::SetTraps),
    ];
    for name in CtxFn::all_names() {
        let Some(which) = CtxFn::from_name(name) else {
            continue;
        };
        if name.starts_with("_set_") {
            continue;
        }
        let v = match props.iter().find(|(g, _)| *g == which) {
            Some((g, s)) => vm.native_property(cf(*g), Some(cf(*s)))?,
            None => cf(which),
        };
        attrs.push((name, v));
    }
    vm.new_native_class(NativeClass {
        name: "Context",
        module: "decimal",
        attrs,
        ..Default::default()
    })
}

fn make_signal_dict_class(vm: &mut Vm) -> PyResult<Value> {
    let attrs = vec![
        ("__getitem__", mf(MiscFn::SdGetItem)),
        ("__setitem__", mf(MiscFn::SdSetItem)),
        ("__repr__", mf(MiscFn::SdRepr)),
        ("__len__", mf(MiscFn::SdLen)),
        ("__iter__", mf(MiscFn::SdIter)),
        ("__contains__", mf(MiscFn::SdContains)),
        ("__eq__", mf(MiscFn::SdEq)),
        ("keys", mf(MiscFn::SdKeys)),
        ("values", mf(MiscFn::SdValues)),
        ("items", mf(MiscFn::SdItems)),
        ("copy", mf(MiscFn::SdCopy)),
    ];
    vm.new_native_class(NativeClass {
        name: "SignalDict",
        module: "decimal",
        attrs,
        ..Default::default()
    })
}

fn make_manager_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "ContextManager",
        module: "decimal",
        attrs: vec![
            ("__enter__", mf(MiscFn::CmEnter)),
            ("__exit__", mf(MiscFn::CmExit)),
        ],
        ..Default::default()
    })
}

fn make_tuple_class(vm: &mut Vm) -> PyResult<Value> {
    let sign = vm.native_property(mf(MiscFn::TupSign), None)?;
    let digits = vm.native_property(mf(MiscFn::TupDigits), None)?;
    let exponent = vm.native_property(mf(MiscFn::TupExponent), None)?;
    let new = vm.static_method(mf(MiscFn::TupNew))?;
    let mut names = Vec::new();
    for n in ["sign", "digits", "exponent"] {
        names.push(vm.new_str(n.to_string())?);
    }
    let fields = vm.new_tuple(names)?;
    vm.new_native_class(NativeClass {
        name: "DecimalTuple",
        module: "decimal",
        bases: &[Value::Type(BuiltinType::Tuple)],
        attrs: vec![
            ("__new__", new),
            ("__init__", df(DecFn::Init)),
            ("__repr__", mf(MiscFn::TupRepr)),
            ("sign", sign),
            ("digits", digits),
            ("exponent", exponent),
            ("_fields", fields),
        ],
        ..Default::default()
    })
}

fn new_context_value(vm: &mut Vm, ctx: Ctx) -> PyResult<Value> {
    let cls = context_class(vm)?;
    vm.new_native_instance(cls, NativeData::Decimal(Box::new(DecState::Context(ctx))))
}

fn make_default_context(vm: &mut Vm) -> PyResult<Value> {
    new_context_value(vm, Ctx::default_context())
}

fn make_basic_context(vm: &mut Vm) -> PyResult<Value> {
    let mut c = Ctx::default_context();
    c.prec = 9;
    c.rounding = Rounding::HalfUp;
    c.traps =
        num::CLAMPED | num::INVALID_GROUP | num::DIVISION_BY_ZERO | num::OVERFLOW | num::UNDERFLOW;
    new_context_value(vm, c)
}

fn make_extended_context(vm: &mut Vm) -> PyResult<Value> {
    let mut c = Ctx::default_context();
    c.prec = 9;
    c.traps = 0;
    new_context_value(vm, c)
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    out.push(("Decimal", decimal_class(vm)?));
    out.push(("Context", context_class(vm)?));
    out.push((
        "DecimalTuple",
        vm.std_class("decimal.DecimalTuple", make_tuple_class)?,
    ));
    for name in [
        "DecimalException",
        "Clamped",
        "InvalidOperation",
        "DivisionByZero",
        "Inexact",
        "Rounded",
        "Subnormal",
        "Overflow",
        "Underflow",
        "FloatOperation",
        "ConversionSyntax",
        "DivisionImpossible",
        "DivisionUndefined",
        "InvalidContext",
    ] {
        let c = exc_by_name(vm, name)?;
        out.push((name, c));
    }
    for r in Rounding::ALL {
        let s = vm.new_str(r.name().to_string())?;
        out.push((r.name(), s));
    }
    out.push(("MAX_PREC", Value::Int(999999999999999999)));
    out.push(("MAX_EMAX", Value::Int(999999999999999999)));
    out.push(("MIN_EMIN", Value::Int(-999999999999999999)));
    out.push(("MIN_ETINY", Value::Int(-1999999999999999997)));
    out.push(("HAVE_THREADS", Value::Bool(true)));
    out.push(("HAVE_CONTEXTVAR", Value::Bool(true)));
    out.push(("__version__", vm.new_str("1.70".into())?));
    out.push(("__libmpdec_version__", vm.new_str("2.5.1".into())?));
    out.push((
        "DefaultContext",
        vm.std_class("decimal.DefaultContext", make_default_context)?,
    ));
    out.push((
        "BasicContext",
        vm.std_class("decimal.BasicContext", make_basic_context)?,
    ));
    out.push((
        "ExtendedContext",
        vm.std_class("decimal.ExtendedContext", make_extended_context)?,
    ));
    out.push(("getcontext", mf(MiscFn::GetContext)));
    out.push(("setcontext", mf(MiscFn::SetContext)));
    out.push(("localcontext", mf(MiscFn::LocalContext)));
    Ok(out)
}

// ---- state access -------------------------------------------------------------------------------------

fn state(vm: &Vm, v: Value) -> Option<&DecState> {
    match vm.native_data(v) {
        Some(NativeData::Decimal(s)) => Some(s),
        _ => None,
    }
}

fn dec_value(vm: &Vm, v: Value) -> Option<Dec> {
    match state(vm, v) {
        Some(DecState::Number(d)) => Some(d.clone()),
        _ => None,
    }
}

fn ctx_value(vm: &Vm, v: Value) -> Option<Ctx> {
    match state(vm, v) {
        Some(DecState::Context(c)) => Some(c.clone()),
        _ => None,
    }
}

fn ctx_mut(vm: &mut Vm, v: Value) -> Option<&mut Ctx> {
    match vm.native_data_mut(v) {
        Some(NativeData::Decimal(s)) => match &mut **s {
            DecState::Context(c) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a Decimal instance (for other modules).
pub fn is_decimal(vm: &mut Vm, v: Value) -> bool {
    matches!(state(vm, v), Some(DecState::Number(_)))
}

/// Whether `t` is the Decimal class or a subclass of it.
pub fn is_decimal_class(vm: &mut Vm, t: Value) -> bool {
    match decimal_class(vm) {
        Ok(c) => vm.is_subclass(t, c),
        Err(_) => false,
    }
}

/// The exact ratio of a Decimal, `None` for other values; errors for NaN and infinity.
pub fn decimal_ratio(vm: &mut Vm, v: Value) -> PyResult<Option<(BigInt, BigInt)>> {
    let Some(d) = dec_value(vm, v) else {
        return Ok(None);
    };
    check_ratio(&d)?;
    reserve_for_exponent(vm, &d)?;
    Ok(Some(d.ratio()))
}

fn check_ratio(d: &Dec) -> PyResult<()> {
    if d.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    if d.is_inf() {
        return Err(Exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    Ok(())
}

/// Fails with the memory limit before materializing `10**|exp|`-sized integers for `d`.
fn reserve_for_exponent(vm: &mut Vm, d: &Dec) -> PyResult<()> {
    if d.exp.unsigned_abs() > 4096 {
        let bytes = (d.exp.unsigned_abs() as f64 * 0.42) as usize;
        vm.reserve(bytes.saturating_mul(2))?;
    }
    Ok(())
}

pub fn new_dec(vm: &mut Vm, d: Dec) -> PyResult<Value> {
    let cls = decimal_class(vm)?;
    vm.new_native_instance(cls, NativeData::Decimal(Box::new(DecState::Number(d))))
}

/// The current context object (created from DefaultContext on first use).
fn current_context(vm: &mut Vm) -> PyResult<Value> {
    if let Some((_, c)) = vm.std_classes.iter().find(|(k, _)| k == "decimal.context") {
        return Ok(*c);
    }
    let default = vm.std_class("decimal.DefaultContext", make_default_context)?;
    let mut ctx = ctx_value(vm, default).unwrap_or_else(Ctx::default_context);
    ctx.flags = 0;
    let c = new_context_value(vm, ctx)?;
    vm.std_classes.push(("decimal.context".to_string(), c));
    Ok(c)
}

fn set_current_context(vm: &mut Vm, c: Value) {
    if let Some(entry) = vm
        .std_classes
        .iter_mut()
        .find(|(k, _)| k == "decimal.context")
    {
        entry.1 = c;
    } else {
        vm.std_classes.push(("decimal.context".to_string(), c));
    }
}

/// The context to use: the `context` argument if given (and not None), else the current one.
fn use_ctx(vm: &mut Vm, arg: Option<Value>) -> PyResult<(Value, Ctx)> {
    let v = match arg {
        Some(v) if !v.is_none() => v,
        _ => current_context(vm)?,
    };
    match ctx_value(vm, v) {
        Some(c) => {
            // Results may have `prec` digits: fail early under a memory limit.
            if c.prec > 10_000 {
                vm.reserve((c.prec as usize).saturating_mul(2))?;
            }
            Ok((v, c))
        }
        None => Err(Exc::type_error("optional argument must be a context")),
    }
}

/// Records `status` in the context's flags and raises the first trapped signal.
fn signal(vm: &mut Vm, ctx_obj: Value, status: u32) -> PyResult<()> {
    if status == 0 {
        return Ok(());
    }
    let traps = match ctx_mut(vm, ctx_obj) {
        Some(c) => {
            c.flags |= status;
            c.traps
        }
        None => return Ok(()),
    };
    let trapped = status & traps;
    if trapped == 0 {
        return Ok(());
    }
    let mut cls_name = "InvalidOperation";
    for (i, bits) in num::SIGNALS.iter().enumerate() {
        if trapped & bits != 0 {
            cls_name = SIGNAL_NAMES[i];
            break;
        }
    }
    let mut items = Vec::new();
    for (bit, name) in CONDITION_ORDER {
        if trapped & bit != 0 {
            items.push(exc_by_name(vm, name)?);
        }
    }
    let list = vm.new_list(items)?;
    let cls = exc_by_name(vm, cls_name)?;
    Err(vm.exception_of(cls, vec![list])?)
}

fn finish(vm: &mut Vm, ctx_obj: Value, status: u32, d: Dec) -> PyResult<Value> {
    signal(vm, ctx_obj, status)?;
    new_dec(vm, d)
}

// ---- conversions ----------------------------------------------------------------------------------------

/// An exact Decimal from an int.
fn dec_from_bigint(b: &BigInt) -> Dec {
    Dec::finite(b.is_negative(), b.magnitude().clone(), 0)
}

/// The exact Decimal value of a float.
fn dec_from_f64(x: f64) -> Dec {
    if x.is_nan() {
        return Dec {
            neg: x.is_sign_negative(),
            ..Dec::nan()
        };
    }
    if x.is_infinite() {
        return Dec::inf(x < 0.0);
    }
    let neg = x.is_sign_negative();
    if x == 0.0 {
        return Dec::finite(neg, BigUint::zero(), 0);
    }
    let (n, d) = float_ratio(x.abs()).unwrap_or((BigInt::zero(), BigInt::one()));
    // d = 2**k: n / 2**k = n * 5**k / 10**k
    let k = d.bits() - 1;
    let coeff = n.magnitude() * BigUint::from(5u32).pow(k as u32);
    Dec::finite(neg, coeff, -(k as i64))
}

/// A Decimal operand of an arithmetic operator: Decimals and ints (exactly).
fn operand(vm: &Vm, v: Value) -> Option<Dec> {
    if let Some(d) = dec_value(vm, v) {
        return Some(d);
    }
    int::to_bigint(vm, vm.unwrap_builtin(v)).map(|b| dec_from_bigint(&b))
}

/// A Decimal argument of a method (TypeError for other types).
fn method_operand(vm: &Vm, v: Value) -> PyResult<Dec> {
    if let Some(d) = operand(vm, v) {
        return Ok(d);
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "conversion from {t} to Decimal is not supported"
    )))
}

/// `Decimal(value)` without context rounding; also returns the conditions raised.
fn convert_value(vm: &mut Vm, v: Value) -> PyResult<(Dec, u32)> {
    if let Some(d) = dec_value(vm, v) {
        return Ok((d, 0));
    }
    let u = vm.unwrap_builtin(v);
    if let Some(b) = int::to_bigint(vm, u) {
        return Ok((dec_from_bigint(&b), 0));
    }
    if let Value::Float(x) = u {
        return Ok((dec_from_f64(x), num::FLOAT_OPERATION));
    }
    if let Some(s) = vm.str_value(u) {
        if s.chars().any(|c| !c.is_ascii() && !c.is_whitespace()) {
            // Non-ASCII digits are accepted by CPython; map them to ASCII.
            let mapped: String = s
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                    _ => c,
                })
                .collect();
            return Ok(match num::parse(&mapped) {
                Some(d) => (d, 0),
                None => (Dec::nan(), num::CONVERSION_SYNTAX),
            });
        }
        return Ok(match num::parse(&s) {
            Some(d) => (d, 0),
            None => (Dec::nan(), num::CONVERSION_SYNTAX),
        });
    }
    if matches!(vm.kind(u), Kind::Tuple | Kind::List) {
        return Ok((dec_from_tuple(vm, u)?, 0));
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "conversion from {t} to Decimal is not supported"
    )))
}

fn dec_from_tuple(vm: &mut Vm, v: Value) -> PyResult<Dec> {
    let items = vm.collect(v)?;
    if items.len() != 3 {
        return Err(Exc::value_error("argument must be a sequence of length 3"));
    }
    let sign = match int::to_bigint(vm, vm.unwrap_builtin(items[0])).and_then(|b| b.to_i64()) {
        Some(0) => false,
        Some(1) => true,
        _ => {
            return Err(Exc::value_error(
                "sign must be an integer with the value 0 or 1",
            ))
        }
    };
    let exp_v = items[2];
    let special = match vm.str_value(exp_v).as_deref() {
        Some("F") => Some(Special::Inf),
        Some("n") => Some(Special::NaN),
        Some("N") => Some(Special::SNaN),
        Some(_) => {
            return Err(Exc::value_error(
                "string argument in the third position must be 'F', 'n' or 'N'",
            ))
        }
        None => None,
    };
    let digits = match vm.kind(items[1]) {
        Kind::Tuple | Kind::List => vm.collect(items[1])?,
        _ => return Err(Exc::value_error("coefficient must be a tuple of digits")),
    };
    let mut s = String::new();
    for d in digits {
        match int::to_bigint(vm, vm.unwrap_builtin(d)).and_then(|b| b.to_u8()) {
            Some(x) if x <= 9 => s.push(char::from(b'0' + x)),
            _ => return Err(Exc::value_error("coefficient must be a tuple of digits")),
        }
    }
    let coeff: BigUint = if s.is_empty() {
        BigUint::zero()
    } else {
        s.parse().unwrap_or_default()
    };
    match special {
        Some(Special::Inf) => Ok(Dec::inf(sign)),
        Some(k) => Ok(Dec {
            neg: sign,
            coeff,
            exp: 0,
            special: k,
        }),
        None => {
            let e = match int::to_bigint(vm, vm.unwrap_builtin(exp_v)).and_then(|b| b.to_i64()) {
                Some(e) => e,
                None => return Err(Exc::value_error("exponent must be an integer")),
            };
            Ok(Dec::finite(sign, coeff, e))
        }
    }
}

// ---- Decimal: construction and representation -------------------------------------------------------

fn noop_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn dec_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "Decimal", &["cls", "value", "context"], 1, &[])?;
    let cls = args.this();
    let value = a[1].unwrap_or(Value::Int(0));
    let (ctx_obj, _) = use_ctx(vm, a[2])?;
    let (d, st) = convert_value(vm, value)?;
    signal(vm, ctx_obj, st)?;
    let base = decimal_class(vm)?;
    if cls.is(base) {
        return new_dec(vm, d);
    }
    vm.new_native_instance(cls, NativeData::Decimal(Box::new(DecState::Number(d))))
}

fn this_dec(vm: &Vm, args: &Args) -> PyResult<Dec> {
    dec_value(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor requires a 'decimal.Decimal' object but received '{t}'"
        ))
    })
}

fn capitals(vm: &mut Vm) -> bool {
    match current_context(vm) {
        Ok(c) => ctx_value(vm, c).map(|c| c.capitals).unwrap_or(true),
        Err(_) => true,
    }
}

fn dec_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    let caps = capitals(vm);
    vm.new_str(format!("Decimal('{}')", num::to_sci_string(&d, caps)))
}

fn dec_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    let caps = capitals(vm);
    vm.new_str(num::to_sci_string(&d, caps))
}

fn dec_to_eng_string(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "to_eng_string", &["self", "context"], 1, &[])?;
    let d = this_dec(vm, args)?;
    let (_, ctx) = use_ctx(vm, a[1])?;
    vm.new_str(num::to_eng_string(&d, ctx.capitals))
}

const MODULUS: u64 = (1 << 61) - 1;

fn mulmod(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % MODULUS as u128) as u64
}

fn powmod(mut b: u64, mut e: u64) -> u64 {
    let mut r = 1u64;
    b %= MODULUS;
    while e > 0 {
        if e & 1 == 1 {
            r = mulmod(r, b);
        }
        b = mulmod(b, b);
        e >>= 1;
    }
    r
}

fn dec_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    match d.special {
        Special::SNaN => return Err(Exc::type_error("Cannot hash a signaling NaN value")),
        Special::NaN => {
            let id = args.this().as_obj().map(|o| o.0).unwrap_or(0);
            return Ok(Value::Int(crate::builtins::hash::hash_identity(id)));
        }
        Special::Inf => {
            let h = crate::builtins::hash::HASH_INF;
            return Ok(Value::Int(if d.neg { -h } else { h }));
        }
        Special::Finite => {}
    }
    let c = (&d.coeff % BigUint::from(MODULUS)).to_u64().unwrap_or(0);
    let e = if d.exp >= 0 {
        powmod(10, d.exp as u64)
    } else {
        let inv10 = powmod(10, MODULUS - 2);
        powmod(inv10, d.exp.unsigned_abs())
    };
    let h = mulmod(c, e) as i64;
    let h = if d.neg { -h } else { h };
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn dec_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    Ok(Value::Bool(!d.is_zero()))
}

// ---- comparisons -----------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum CmpKind {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// The other side of a comparison as an exact Decimal or ratio.
enum CmpOperand {
    Dec(Dec),
    Ratio,
    Special(Dec),
    None,
}

fn cmp_operand(vm: &Vm, v: Value) -> (CmpOperand, bool) {
    if let Some(d) = operand(vm, v) {
        return (CmpOperand::Dec(d), false);
    }
    if let Value::Float(x) = vm.unwrap_builtin(v) {
        if !x.is_finite() {
            return (CmpOperand::Special(dec_from_f64(x)), true);
        }
        return (CmpOperand::Dec(dec_from_f64(x)), true);
    }
    if let Some((n, d)) = fraction_value(vm, v) {
        let _ = (n, d);
        return (CmpOperand::Ratio, false);
    }
    (CmpOperand::None, false)
}

fn dec_compare_op(vm: &mut Vm, args: &Args, kind: CmpKind) -> PyResult<Value> {
    let a = this_dec(vm, args)?;
    args.check_method("__eq__", 1, 1)?;
    let (other, is_float) = cmp_operand(vm, args.pos[1]);
    let b = match other {
        CmpOperand::Dec(d) | CmpOperand::Special(d) => Some(d),
        CmpOperand::Ratio => None,
        CmpOperand::None => {
            if !matches!(kind, CmpKind::Eq | CmpKind::Ne) && vm.kind(args.pos[1]) != Kind::Instance
            {
                let sym = match kind {
                    CmpKind::Lt => "<",
                    CmpKind::Le => "<=",
                    CmpKind::Gt => ">",
                    _ => ">=",
                };
                let t = vm.type_name(args.pos[1]);
                return Err(Exc::type_error(format!(
                    "'{sym}' not supported between instances of 'decimal.Decimal' and '{t}'"
                )));
            }
            return Ok(Value::NotImplemented);
        }
    };
    let (ctx_obj, _) = use_ctx(vm, None)?;
    let equality = matches!(kind, CmpKind::Eq | CmpKind::Ne);
    if is_float && !equality {
        signal(vm, ctx_obj, num::FLOAT_OPERATION)?;
    }
    let b_nan = b.as_ref().is_some_and(|b| b.is_nan());
    if a.is_nan() || b_nan {
        if !equality || a.is_snan() || b.as_ref().is_some_and(|b| b.is_snan()) {
            signal(vm, ctx_obj, num::INVALID_OPERATION)?;
        }
        return Ok(Value::Bool(kind == CmpKind::Ne));
    }
    if b.is_none() {
        reserve_for_exponent(vm, &a)?;
    }
    let ord = match (&other_cmp_value(
        &a,
        b.as_ref(),
        &args_ratio(vm, args.pos[1]),
    ),)
    {
        (Some(o),) => *o,
        (None,) => return Ok(Value::NotImplemented),
    };
    use std::cmp::Ordering::*;
    Ok(Value::Bool(match kind {
        CmpKind::Eq => ord == Equal,
        CmpKind::Ne => ord != Equal,
        CmpKind::Lt => ord == Less,
        CmpKind::Le => ord != Greater,
        CmpKind::Gt => ord == Greater,
        CmpKind::Ge => ord != Less,
    }))
}

fn args_ratio(vm: &Vm, v: Value) -> Option<(BigInt, BigInt)> {
    if operand(vm, v).is_some() {
        return None;
    }
    fraction_value(vm, v)
}

fn other_cmp_value(
    a: &Dec,
    b: Option<&Dec>,
    ratio: &Option<(BigInt, BigInt)>,
) -> Option<std::cmp::Ordering> {
    if let Some(b) = b {
        return Some(num::cmp(a, b));
    }
    let (n, d) = ratio.as_ref()?;
    if a.is_inf() {
        return Some(if a.neg {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let (an, ad) = a.ratio();
    Some((an * d).cmp(&(n * ad)))
}

fn dec_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_compare_op(vm, args, CmpKind::Eq)
}
fn dec_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_compare_op(vm, args, CmpKind::Ne)
}
fn dec_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_compare_op(vm, args, CmpKind::Lt)
}
fn dec_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_compare_op(vm, args, CmpKind::Le)
}
fn dec_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_compare_op(vm, args, CmpKind::Gt)
}
fn dec_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_compare_op(vm, args, CmpKind::Ge)
}

// ---- arithmetic operators ----------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum BinKind {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    DivMod,
    Pow,
}

impl BinKind {
    fn symbol(self) -> &'static str {
        match self {
            BinKind::Add => "+",
            BinKind::Sub => "-",
            BinKind::Mul => "*",
            BinKind::Div => "/",
            BinKind::FloorDiv => "//",
            BinKind::Mod => "%",
            BinKind::DivMod => "divmod()",
            BinKind::Pow => "** or pow()",
        }
    }
}

fn compute(
    vm: &mut Vm,
    kind: BinKind,
    a: &Dec,
    b: &Dec,
    ctx_obj: Value,
    ctx: &Ctx,
) -> PyResult<Value> {
    let mut st = 0u32;
    let r = match kind {
        BinKind::Add => num::add(a, b, false, ctx, &mut st),
        BinKind::Sub => num::add(a, b, true, ctx, &mut st),
        BinKind::Mul => num::mul(a, b, ctx, &mut st),
        BinKind::Div => num::div(a, b, ctx, &mut st),
        BinKind::FloorDiv => num::divint(a, b, ctx, &mut st),
        BinKind::Mod => num::rem(a, b, ctx, &mut st),
        BinKind::Pow => num::power(a, b, ctx, &mut st),
        BinKind::DivMod => {
            let (q, r) = num::divmod(a, b, ctx, &mut st);
            signal(vm, ctx_obj, st)?;
            let qv = new_dec(vm, q)?;
            let rv = new_dec(vm, r)?;
            return vm.new_tuple(vec![qv, rv]);
        }
    };
    finish(vm, ctx_obj, st, r)
}

fn binary(vm: &mut Vm, args: &Args, kind: BinKind, reflected: bool) -> PyResult<Value> {
    let me = this_dec(vm, args)?;
    if args.len() < 2 {
        return Err(Exc::type_error("expected 1 argument"));
    }
    if matches!(kind, BinKind::Pow) && args.len() > 2 && !args.pos[2].is_none() {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: three-argument pow() with Decimal is not supported",
        ));
    }
    let other_v = args.pos[1];
    let Some(other) = operand(vm, other_v) else {
        // Floats and Fractions are refused outright; other objects may handle it.
        // C types name themselves with their module in these messages: refuse builtin operands
        // here (the VM would say 'Decimal'); objects with their own dunders get NotImplemented.
        let refuse = matches!(vm.unwrap_builtin(other_v), Value::Float(_))
            || fraction_value(vm, other_v).is_some()
            || (!reflected && vm.kind(other_v) != Kind::Instance);
        if refuse {
            let t = vm.type_name(other_v);
            let (l, r) = if reflected {
                (t, "decimal.Decimal".to_string())
            } else {
                ("decimal.Decimal".to_string(), t)
            };
            return Err(Exc::type_error(format!(
                "unsupported operand type(s) for {}: '{l}' and '{r}'",
                kind.symbol()
            )));
        }
        return Ok(Value::NotImplemented);
    };
    let (ctx_obj, ctx) = use_ctx(vm, None)?;
    if reflected {
        compute(vm, kind, &other, &me, ctx_obj, &ctx)
    } else {
        compute(vm, kind, &me, &other, ctx_obj, &ctx)
    }
}

fn dec_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Add, false)
}
fn dec_radd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Add, true)
}
fn dec_sub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Sub, false)
}
fn dec_rsub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Sub, true)
}
fn dec_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Mul, false)
}
fn dec_rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Mul, true)
}
fn dec_truediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Div, false)
}
fn dec_rtruediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Div, true)
}
fn dec_floordiv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::FloorDiv, false)
}
fn dec_rfloordiv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::FloorDiv, true)
}
fn dec_mod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Mod, false)
}
fn dec_rmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Mod, true)
}
fn dec_divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::DivMod, false)
}
fn dec_rdivmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::DivMod, true)
}
fn dec_pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Pow, false)
}
fn dec_rpow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(vm, a, BinKind::Pow, true)
}

fn unary(
    vm: &mut Vm,
    args: &Args,
    negate: bool,
    absolute: bool,
    ctx_arg: Option<Value>,
) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    let (ctx_obj, ctx) = use_ctx(vm, ctx_arg)?;
    let mut st = 0;
    let r = num::plus(&d, negate, absolute, &ctx, &mut st);
    finish(vm, ctx_obj, st, r)
}

fn dec_neg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, true, false, None)
}
fn dec_pos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, false, false, None)
}
fn dec_abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, false, true, None)
}

// ---- conversions to other types -----------------------------------------------------------------------------

fn integral_part(vm: &mut Vm, d: &Dec, mode: Rounding, _what: &str) -> PyResult<Value> {
    if d.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer"));
    }
    if d.is_inf() {
        return Err(Exc::overflow_error("cannot convert Infinity to integer"));
    }
    reserve_for_exponent(vm, d)?;
    let (mag, _) = if d.exp >= 0 {
        (&d.coeff * num::pow10(d.exp as u64), false)
    } else {
        num::round_drop(&d.coeff, (-d.exp) as u64, mode, d.neg)
    };
    let b = BigInt::from_biguint(if d.neg { Sign::Minus } else { Sign::Plus }, mag);
    vm.new_int_big(b)
}

fn dec_int(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    integral_part(vm, &d, Rounding::Down, "convert")
}

fn dec_floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    integral_part(vm, &d, Rounding::Floor, "round")
}

fn dec_ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    integral_part(vm, &d, Rounding::Ceiling, "round")
}

fn dec_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    if d.is_snan() {
        return Err(Exc::value_error("cannot convert signaling NaN to float"));
    }
    if d.is_nan() {
        return Ok(Value::Float(if d.neg { -f64::NAN } else { f64::NAN }));
    }
    if d.is_inf() {
        return Ok(Value::Float(if d.neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        }));
    }
    let s = num::to_sci_string(&d, true);
    Ok(Value::Float(s.parse::<f64>().unwrap_or(f64::NAN)))
}

fn dec_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "__round__", &["self", "n"], 1, &[])?;
    let d = this_dec(vm, args)?;
    match a[1] {
        None => {
            let _ = vm;
            integral_part(vm, &d, Rounding::HalfEven, "round")
        }
        Some(n) => {
            if vm.kind(n) != Kind::Int {
                return Err(Exc::type_error("optional arg must be an integer"));
            }
            let n = vm.index_value(n)?;
            let (ctx_obj, ctx) = use_ctx(vm, None)?;
            let q = Dec::finite(false, BigUint::one(), -n);
            let mut st = 0;
            let r = num::quantize(&d, &q, ctx.rounding, &ctx, &mut st);
            finish(vm, ctx_obj, st, r)
        }
    }
}

fn dec_copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

// ---- formatting ----------------------------------------------------------------------------------------------

struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_zero: bool,
    zeropad: bool,
    width: usize,
    thousands: bool,
    precision: Option<i64>,
    kind: Option<char>,
}

fn parse_spec(s: &str) -> Option<Spec> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut fill = None;
    let mut align = None;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = Some(chars[0]);
        align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = '-';
    if let Some(&c) = chars.get(i) {
        if matches!(c, '+' | '-' | ' ') {
            sign = c;
            i += 1;
        }
    }
    let mut no_neg_zero = false;
    if chars.get(i) == Some(&'z') {
        no_neg_zero = true;
        i += 1;
    }
    let mut zeropad = false;
    if chars.get(i) == Some(&'0') {
        zeropad = true;
        i += 1;
    }
    let mut width = 0usize;
    while let Some(c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
        width = width
            .checked_mul(10)?
            .checked_add(c.to_digit(10)? as usize)?;
        i += 1;
    }
    let mut thousands = false;
    if chars.get(i) == Some(&',') {
        thousands = true;
        i += 1;
    }
    let mut precision = None;
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        let mut p = 0i64;
        while let Some(c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
            p = p.checked_mul(10)?.checked_add(c.to_digit(10)? as i64)?;
            i += 1;
        }
        if i == start {
            return None;
        }
        precision = Some(p);
    }
    let mut kind = None;
    if let Some(&c) = chars.get(i) {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return None;
        }
        kind = Some(c);
        i += 1;
    }
    if i != chars.len() {
        return None;
    }
    if zeropad && fill.is_none() && align.is_none() {
        fill = Some('0');
        align = Some('=');
    }
    Some(Spec {
        fill: fill.unwrap_or(' '),
        align: align.unwrap_or('>'),
        sign,
        no_neg_zero,
        zeropad,
        width,
        thousands,
        precision,
        kind,
    })
}

fn format_sign(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            '+' => "+",
            ' ' => " ",
            _ => "",
        }
    }
}

fn format_align(sign: &str, body: &str, spec: &Spec) -> String {
    let len = sign.chars().count() + body.chars().count();
    let pad_n = spec.width.saturating_sub(len);
    let padding: String = std::iter::repeat_n(spec.fill, pad_n).collect();
    match spec.align {
        '<' => format!("{sign}{body}{padding}"),
        '=' => format!("{sign}{padding}{body}"),
        '^' => {
            let half = pad_n / 2;
            let (l, r): (String, String) = (
                std::iter::repeat_n(spec.fill, half).collect(),
                std::iter::repeat_n(spec.fill, pad_n - half).collect(),
            );
            format!("{l}{sign}{body}{r}")
        }
        _ => format!("{padding}{sign}{body}"),
    }
}

fn insert_thousands(digits: &str, sep: Option<&str>, min_width: i64) -> String {
    let mut digits = digits.to_string();
    let mut min_width = min_width;
    match sep {
        None => {
            let l = (digits.len() as i64).max(min_width).max(1) as usize;
            format!("{}{}", "0".repeat(l - digits.len()), digits)
        }
        Some(sep) => {
            let mut groups: Vec<String> = Vec::new();
            loop {
                let l = (digits.len() as i64).max(min_width).clamp(1, 3) as usize;
                let take = l.min(digits.len());
                let part = digits.split_off(digits.len() - take);
                groups.push(format!("{}{}", "0".repeat(l - part.len()), part));
                min_width -= l as i64;
                if digits.is_empty() && min_width <= 0 {
                    break;
                }
                min_width -= sep.len() as i64;
            }
            groups.reverse();
            groups.join(sep)
        }
    }
}

fn dec_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this_dec(vm, args)?;
    args.check_method("__format__", 1, 1)?;
    let spec_s = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("format spec must be a string"))?;
    let Some(mut spec) = parse_spec(&spec_s) else {
        return Err(Exc::value_error("invalid format string"));
    };
    let (_, ctx) = use_ctx(vm, None)?;
    if d.is_special() {
        // Zero padding does not apply to infinities and NaNs.
        if spec.zeropad && spec.fill == '0' && spec.align == '=' && !spec_s.contains("0=") {
            spec.fill = ' ';
            spec.align = '>';
        }
        let sign = format_sign(d.neg, &spec);
        let mut body = num::to_sci_string(&d.abs(), true);
        if spec.kind == Some('%') {
            body.push('%');
        }
        return vm.new_str(format_align(sign, &body, &spec));
    }
    let kind = match spec.kind {
        None => {
            if ctx.capitals {
                'G'
            } else {
                'g'
            }
        }
        Some('n') => 'g',
        Some(k) => k,
    };
    if matches!(kind, 'g' | 'G') && spec.precision == Some(0) {
        spec.precision = Some(1);
    }
    let mut x = d.clone();
    if kind == '%' {
        x.exp += 2;
    }
    let rounding = ctx.rounding;
    let round_sig = |x: &Dec, places: i64| -> Dec {
        // Round to `places` significant digits (zeros stay as they are).
        if x.is_zero() {
            return x.clone();
        }
        let digits = x.digits() as i64;
        let target = x.exp + digits - places;
        rescale_fmt(x, target, rounding)
    };
    if let Some(p) = spec.precision {
        match kind {
            'e' | 'E' => x = round_sig(&x, p + 1),
            'f' | 'F' | '%' => x = rescale_fmt(&x, -p, rounding),
            'g' | 'G' if x.digits() as i64 > p => x = round_sig(&x, p),
            _ => {}
        }
    }
    if x.is_zero() && x.exp > 0 && matches!(kind, 'f' | 'F' | '%') {
        x = rescale_fmt(&x, 0, rounding);
    }
    let neg = if x.is_zero() && spec.no_neg_zero {
        false
    } else {
        x.neg
    };
    if matches!(kind, 'f' | 'F' | '%') {
        reserve_for_exponent(vm, &x)?;
    }
    let cs = x.coeff.to_string();
    let cs = if x.coeff.is_zero() {
        "0".to_string()
    } else {
        cs
    };
    let leftdigits = x.exp + cs.len() as i64;
    let dotplace = match kind {
        'e' | 'E' => {
            if x.is_zero() && spec.precision.is_some() {
                1 - spec.precision.unwrap_or(0)
            } else {
                1
            }
        }
        'f' | 'F' | '%' => leftdigits,
        _ => {
            if x.exp <= 0 && leftdigits > -6 {
                leftdigits
            } else {
                1
            }
        }
    };
    let (intpart, fracpart) = if dotplace < 0 {
        (
            "0".to_string(),
            format!("{}{}", "0".repeat((-dotplace) as usize), cs),
        )
    } else if dotplace as usize > cs.len() {
        (
            format!("{}{}", cs, "0".repeat(dotplace as usize - cs.len())),
            String::new(),
        )
    } else {
        let (a, b) = cs.split_at(dotplace as usize);
        (
            if a.is_empty() {
                "0".to_string()
            } else {
                a.to_string()
            },
            b.to_string(),
        )
    };
    let exp = leftdigits - dotplace;
    let sign = format_sign(neg, &spec);
    let mut frac = String::new();
    if !fracpart.is_empty() {
        frac = format!(".{fracpart}");
    }
    if exp != 0 || matches!(kind, 'e' | 'E') {
        let echar = match kind {
            'E' | 'G' => 'E',
            _ => 'e',
        };
        frac.push_str(&format!(
            "{echar}{}{}",
            if exp >= 0 { "+" } else { "-" },
            exp.abs()
        ));
    }
    if kind == '%' {
        frac.push('%');
    }
    let min_width = if spec.zeropad {
        spec.width as i64 - frac.chars().count() as i64 - sign.len() as i64
    } else {
        0
    };
    let intpart = insert_thousands(
        &intpart,
        if spec.thousands { Some(",") } else { None },
        min_width,
    );
    vm.new_str(format_align(sign, &format!("{intpart}{frac}"), &spec))
}

/// Rescales for formatting (no context limits).
fn rescale_fmt(x: &Dec, exp: i64, mode: Rounding) -> Dec {
    if x.exp >= exp {
        let c = &x.coeff * num::pow10((x.exp - exp) as u64);
        return Dec::finite(x.neg, c, exp);
    }
    let (c, _) = num::round_drop(&x.coeff, (exp - x.exp) as u64, mode, x.neg);
    Dec::finite(x.neg, c, exp)
}

// ---- Decimal methods --------------------------------------------------------------------------------------

/// Binds `(self, *names, context=None)` and returns the operands and the context.
fn method_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: &[&str],
) -> PyResult<(Dec, Vec<Dec>, Value, Ctx)> {
    let mut params = vec!["self"];
    params.extend_from_slice(names);
    params.push("context");
    let a = bind_py_args(vm, args, name, &params, 1 + names.len(), &[])?;
    let me = this_dec(vm, args)?;
    let mut ops = Vec::new();
    for v in a.iter().skip(1).take(names.len()) {
        ops.push(method_operand(vm, v.unwrap_or(Value::None))?);
    }
    let (ctx_obj, ctx) = use_ctx(vm, a[1 + names.len()])?;
    Ok((me, ops, ctx_obj, ctx))
}

fn dec_unary_method(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&Dec, &Ctx, &mut u32) -> Dec,
) -> PyResult<Value> {
    let (me, _, ctx_obj, ctx) = method_args(vm, args, name, &[])?;
    let mut st = 0;
    let r = f(&me, &ctx, &mut st);
    finish(vm, ctx_obj, st, r)
}

fn dec_binary_method(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&Dec, &Dec, &Ctx, &mut u32) -> Dec,
) -> PyResult<Value> {
    let (me, ops, ctx_obj, ctx) = method_args(vm, args, name, &["other"])?;
    let mut st = 0;
    let r = f(&me, &ops[0], &ctx, &mut st);
    finish(vm, ctx_obj, st, r)
}

fn dec_sqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "sqrt", num::sqrt)
}
fn dec_exp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "exp", num::exp)
}
fn dec_ln(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "ln", num::ln)
}
fn dec_log10(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "log10", num::log10)
}
fn dec_normalize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "normalize", num::normalize)
}
fn dec_next_plus(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "next_plus", |d, c, s| {
        num::next_toward_inf(d, true, c, s)
    })
}
fn dec_next_minus(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "next_minus", |d, c, s| {
        num::next_toward_inf(d, false, c, s)
    })
}
fn dec_remainder_near(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "remainder_near", num::rem_near)
}

fn compare_result(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32, signaling: bool) -> Dec {
    if a.is_nan() || b.is_nan() {
        if signaling {
            *st |= num::INVALID_OPERATION;
            return Dec::nan();
        }
        return num::nan_result(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
    }
    match num::cmp(a, b) {
        std::cmp::Ordering::Less => Dec::from_i64(-1),
        std::cmp::Ordering::Equal => Dec::zero(),
        std::cmp::Ordering::Greater => Dec::from_i64(1),
    }
}

fn dec_compare(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "compare", |x, y, c, s| {
        compare_result(x, y, c, s, false)
    })
}
fn dec_compare_signal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "compare_signal", |x, y, c, s| {
        compare_result(x, y, c, s, true)
    })
}

fn ord_dec(o: std::cmp::Ordering) -> Dec {
    match o {
        std::cmp::Ordering::Less => Dec::from_i64(-1),
        std::cmp::Ordering::Equal => Dec::zero(),
        std::cmp::Ordering::Greater => Dec::from_i64(1),
    }
}

fn dec_compare_total(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "compare_total", |x, y, _, _| {
        ord_dec(num::cmp_total(x, y))
    })
}
fn dec_compare_total_mag(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "compare_total_mag", |x, y, _, _| {
        ord_dec(num::cmp_total(&x.abs(), &y.abs()))
    })
}

/// `max`/`min` (by magnitude when `mag`), with the spec's NaN and tie rules.
fn minmax(a: &Dec, b: &Dec, ctx: &Ctx, st: &mut u32, want_max: bool, mag: bool) -> Dec {
    if a.is_snan() || b.is_snan() {
        return num::nan_result(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
    }
    if a.is_nan() && !b.is_nan() {
        return num::finalize(b.clone(), ctx, st);
    }
    if b.is_nan() && !a.is_nan() {
        return num::finalize(a.clone(), ctx, st);
    }
    if a.is_nan() {
        return num::nan_result(a, Some(b), ctx, st).unwrap_or_else(Dec::nan);
    }
    let mut o = if mag {
        num::cmp(&a.abs(), &b.abs())
    } else {
        num::cmp(a, b)
    };
    if o == std::cmp::Ordering::Equal {
        o = num::cmp_total(a, b);
    }
    let pick_a = if want_max {
        o != std::cmp::Ordering::Less
    } else {
        o != std::cmp::Ordering::Greater
    };
    num::finalize(if pick_a { a.clone() } else { b.clone() }, ctx, st)
}

fn dec_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "max", |x, y, c, s| minmax(x, y, c, s, true, false))
}
fn dec_min(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "min", |x, y, c, s| minmax(x, y, c, s, false, false))
}
fn dec_max_mag(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "max_mag", |x, y, c, s| {
        minmax(x, y, c, s, true, true)
    })
}
fn dec_min_mag(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "min_mag", |x, y, c, s| {
        minmax(x, y, c, s, false, true)
    })
}

fn dec_next_toward(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_binary_method(vm, a, "next_toward", |x, y, c, s| {
        if let Some(n) = num::nan_result(x, Some(y), c, s) {
            return n;
        }
        match num::cmp(x, y) {
            std::cmp::Ordering::Equal => Dec {
                neg: y.neg,
                ..x.clone()
            },
            std::cmp::Ordering::Less => num::next_toward_inf(x, true, c, s),
            std::cmp::Ordering::Greater => num::next_toward_inf(x, false, c, s),
        }
    })
}

fn dec_fma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, ops, ctx_obj, ctx) = method_args(vm, args, "fma", &["other", "third"])?;
    let mut st = 0;
    let r = num::fma(&me, &ops[0], &ops[1], &ctx, &mut st);
    finish(vm, ctx_obj, st, r)
}

fn rounding_arg(vm: &Vm, v: Option<Value>, ctx: &Ctx) -> PyResult<Rounding> {
    match v {
        None => Ok(ctx.rounding),
        Some(v) if v.is_none() => Ok(ctx.rounding),
        Some(v) => match vm.str_value(v).and_then(|s| Rounding::from_name(&s)) {
            Some(r) => Ok(r),
            None => Err(Exc::type_error(
                "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
            )),
        },
    }
}

fn dec_quantize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "quantize",
        &["self", "exp", "rounding", "context"],
        2,
        &[],
    )?;
    let me = this_dec(vm, args)?;
    let exp = method_operand(vm, a[1].unwrap_or(Value::None))?;
    let (ctx_obj, ctx) = use_ctx(vm, a[3])?;
    let mode = rounding_arg(vm, a[2], &ctx)?;
    let mut st = 0;
    let r = num::quantize(&me, &exp, mode, &ctx, &mut st);
    finish(vm, ctx_obj, st, r)
}

fn to_integral_impl(vm: &mut Vm, args: &Args, name: &str, exact: bool) -> PyResult<Value> {
    let a = bind_py_args(vm, args, name, &["self", "rounding", "context"], 1, &[])?;
    let me = this_dec(vm, args)?;
    let (ctx_obj, ctx) = use_ctx(vm, a[2])?;
    let mode = rounding_arg(vm, a[1], &ctx)?;
    let mut st = 0;
    let r = num::to_integral(&me, mode, exact, &ctx, &mut st);
    finish(vm, ctx_obj, st, r)
}

fn dec_to_integral_value(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    to_integral_impl(vm, a, "to_integral_value", false)
}
fn dec_to_integral_exact(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    to_integral_impl(vm, a, "to_integral_exact", true)
}

fn dec_adjusted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("adjusted", 0, 0)?;
    let d = this_dec(vm, args)?;
    if d.is_special() {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(d.adjexp()))
}

fn dec_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("as_integer_ratio", 0, 0)?;
    let d = this_dec(vm, args)?;
    check_ratio(&d)?;
    reserve_for_exponent(vm, &d)?;
    let (n, den) = d.ratio();
    let nv = vm.new_int_big(n)?;
    let dv = vm.new_int_big(den)?;
    vm.new_tuple(vec![nv, dv])
}

fn make_decimal_tuple(vm: &mut Vm, sign: Value, digits: Value, exponent: Value) -> PyResult<Value> {
    let cls = vm.std_class("decimal.DecimalTuple", make_tuple_class)?;
    let t = vm.new_tuple(vec![sign, digits, exponent])?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(t);
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn dec_as_tuple(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("as_tuple", 0, 0)?;
    let d = this_dec(vm, args)?;
    let digits: Vec<Value> = if d.is_inf() {
        vec![Value::Int(0)]
    } else if d.is_nan() && d.coeff.is_zero() {
        vec![]
    } else {
        d.coeff
            .to_string()
            .bytes()
            .map(|b| Value::Int((b - b'0') as i64))
            .collect()
    };
    let digits = vm.new_tuple(digits)?;
    let exponent = match d.special {
        Special::Finite => Value::Int(d.exp),
        Special::Inf => vm.new_str("F".into())?,
        Special::NaN => vm.new_str("n".into())?,
        Special::SNaN => vm.new_str("N".into())?,
    };
    make_decimal_tuple(vm, Value::Int(d.neg as i64), digits, exponent)
}

fn dec_canonical(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let _ = this_dec(vm, args)?;
    Ok(args.this())
}

fn dec_imag(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    new_dec(vm, Dec::zero())
}

fn dec_copy_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("copy_abs", 0, 0)?;
    let d = this_dec(vm, args)?;
    new_dec(vm, d.abs())
}

fn dec_copy_negate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("copy_negate", 0, 0)?;
    let d = this_dec(vm, args)?;
    new_dec(vm, d.negated())
}

fn dec_copy_sign(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, ops, _, _) = method_args(vm, args, "copy_sign", &["other"])?;
    new_dec(
        vm,
        Dec {
            neg: ops[0].neg,
            ..me
        },
    )
}

fn dec_from_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("from_float", 1, 1)?;
    let cls = args.this();
    let v = args.pos[1];
    let d = match vm.unwrap_builtin(v) {
        Value::Float(x) => dec_from_f64(x),
        other => match int::to_bigint(vm, other) {
            Some(b) => dec_from_bigint(&b),
            None => return Err(Exc::type_error("argument must be int or float")),
        },
    };
    let base = decimal_class(vm)?;
    if cls.is(base) {
        return new_dec(vm, d);
    }
    let dv = new_dec(vm, d)?;
    vm.call(cls, &[dv])
}

fn bool_method(vm: &mut Vm, args: &Args, name: &str, f: fn(&Dec, &Ctx) -> bool) -> PyResult<Value> {
    let a = bind_py_args(vm, args, name, &["self", "context"], 1, &[])?;
    let d = this_dec(vm, args)?;
    let (_, ctx) = use_ctx(vm, a[1])?;
    Ok(Value::Bool(f(&d, &ctx)))
}

fn dec_is_canonical(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_canonical", |_, _| true)
}
fn dec_is_finite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_finite", |d, _| !d.is_special())
}
fn dec_is_infinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_infinite", |d, _| d.is_inf())
}
fn dec_is_nan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_nan", |d, _| d.is_nan())
}
fn dec_is_qnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_qnan", |d, _| d.special == Special::NaN)
}
fn dec_is_snan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_snan", |d, _| d.is_snan())
}
fn dec_is_signed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_signed", |d, _| d.neg)
}
fn dec_is_zero(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_zero", |d, _| d.is_zero())
}
fn dec_is_normal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_normal", |d, c| {
        !d.is_special() && !d.is_zero() && d.adjexp() >= c.emin
    })
}
fn dec_is_subnormal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_method(vm, a, "is_subnormal", |d, c| {
        !d.is_special() && !d.is_zero() && d.adjexp() < c.emin
    })
}

fn dec_logb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    dec_unary_method(vm, a, "logb", |d, c, s| {
        if let Some(n) = num::nan_result(d, None, c, s) {
            return n;
        }
        if d.is_inf() {
            return Dec::inf(false);
        }
        if d.is_zero() {
            *s |= num::DIVISION_BY_ZERO;
            return Dec::inf(true);
        }
        num::finalize(Dec::from_i64(d.adjexp()), c, s)
    })
}

fn dec_number_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "number_class", &["self", "context"], 1, &[])?;
    let d = this_dec(vm, args)?;
    let (_, ctx) = use_ctx(vm, a[1])?;
    let sign = if d.neg { "-" } else { "+" };
    let s = match d.special {
        Special::SNaN => "sNaN".to_string(),
        Special::NaN => "NaN".to_string(),
        Special::Inf => format!("{sign}Infinity"),
        Special::Finite => {
            if d.is_zero() {
                format!("{sign}Zero")
            } else if d.adjexp() < ctx.emin {
                format!("{sign}Subnormal")
            } else {
                format!("{sign}Normal")
            }
        }
    };
    vm.new_str(s)
}

fn dec_radix(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    new_dec(vm, Dec::from_i64(10))
}

fn dec_same_quantum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, ops, _, _) = method_args(vm, args, "same_quantum", &["other"])?;
    let b = &ops[0];
    let r = if me.is_special() || b.is_special() {
        (me.is_nan() && b.is_nan()) || (me.is_inf() && b.is_inf())
    } else {
        me.exp == b.exp
    };
    Ok(Value::Bool(r))
}

fn dec_scaleb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dec_binary_method(vm, args, "scaleb", |a, b, c, s| {
        if let Some(n) = num::nan_result(a, Some(b), c, s) {
            return n;
        }
        if b.is_inf() || !b.is_integral() {
            return num::invalid(s);
        }
        let (n, _) = b.ratio();
        let Some(n) = n
            .to_i64()
            .filter(|n| n.unsigned_abs() <= 2 * (c.emax as u64 + c.prec as u64))
        else {
            return num::invalid(s);
        };
        if a.is_inf() {
            return a.clone();
        }
        num::finalize(
            Dec {
                exp: a.exp + n,
                ..a.clone()
            },
            c,
            s,
        )
    })
}

// ---- Context -------------------------------------------------------------------------------------------------

fn this_ctx(vm: &Vm, args: &Args) -> PyResult<Ctx> {
    ctx_value(vm, args.this()).ok_or_else(|| Exc::type_error("argument must be a context"))
}

fn ctx_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let default = vm.std_class("decimal.DefaultContext", make_default_context)?;
    let mut c = ctx_value(vm, default).unwrap_or_else(Ctx::default_context);
    c.flags = 0;
    vm.new_native_instance(cls, NativeData::Decimal(Box::new(DecState::Context(c))))
}

fn ctx_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "Context",
        &[
            "self", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps",
        ],
        1,
        &[],
    )?;
    let this = args.this();
    if ctx_value(vm, this).is_none() {
        let default = vm.std_class("decimal.DefaultContext", make_default_context)?;
        let mut c = ctx_value(vm, default).unwrap_or_else(Ctx::default_context);
        c.flags = 0;
        vm.set_native_data(this, NativeData::Decimal(Box::new(DecState::Context(c))))?;
    }
    let setters = [
        CtxFn::SetPrec,
        CtxFn::SetRounding,
        CtxFn::SetEmin,
        CtxFn::SetEmax,
        CtxFn::SetCapitals,
        CtxFn::SetClamp,
        CtxFn::SetFlags,
        CtxFn::SetTraps,
    ];
    for (i, setter) in setters.iter().enumerate() {
        if let Some(v) = a[i + 1] {
            if v.is_none() {
                continue;
            }
            match setter {
                // The constructor also takes lists and dicts of signals.
                CtxFn::SetFlags | CtxFn::SetTraps => {
                    let bits = signals_from(vm, v)?;
                    if let Some(c) = ctx_mut(vm, this) {
                        if *setter == CtxFn::SetFlags {
                            c.flags = bits;
                        } else {
                            c.traps = bits;
                        }
                    }
                }
                _ => {
                    setter.call(vm, &Args::new(&[this, v]))?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// The signals set in `bits`, in the order CPython lists them (by condition).
fn signal_list(vm: &mut Vm, bits: u32) -> PyResult<String> {
    const ORDER: [(u32, &str); 13] = [
        (num::CLAMPED, "Clamped"),
        (num::CONVERSION_SYNTAX, "InvalidOperation"),
        (num::DIVISION_BY_ZERO, "DivisionByZero"),
        (num::DIVISION_IMPOSSIBLE, "InvalidOperation"),
        (num::DIVISION_UNDEFINED, "InvalidOperation"),
        (num::INEXACT, "Inexact"),
        (num::INVALID_CONTEXT, "InvalidOperation"),
        (num::INVALID_OPERATION, "InvalidOperation"),
        (num::FLOAT_OPERATION, "FloatOperation"),
        (num::OVERFLOW, "Overflow"),
        (num::ROUNDED, "Rounded"),
        (num::SUBNORMAL, "Subnormal"),
        (num::UNDERFLOW, "Underflow"),
    ];
    let _ = vm;
    let mut names: Vec<&str> = Vec::new();
    for (bit, name) in ORDER {
        if bits & bit != 0 && !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names.join(", "))
}

fn ctx_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = this_ctx(vm, args)?;
    let flags = signal_list(vm, c.flags)?;
    let traps = signal_list(vm, c.traps)?;
    vm.new_str(format!(
        "Context(prec={}, rounding={}, Emin={}, Emax={}, capitals={}, clamp={}, flags=[{flags}], traps=[{traps}])",
        c.prec,
        c.rounding.name(),
        c.emin,
        c.emax,
        c.capitals as i64,
        c.clamp as i64
    ))
}

fn ctx_get_prec(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.prec))
}
fn ctx_get_rounding(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this_ctx(vm, a)?.rounding;
    vm.new_str(r.name().to_string())
}
fn ctx_get_emin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.emin))
}
fn ctx_get_emax(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.emax))
}
fn ctx_get_capitals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.capitals as i64))
}
fn ctx_get_clamp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.clamp as i64))
}

fn int_setting(vm: &mut Vm, v: Value, lo: i64, hi: i64, msg: &str) -> PyResult<i64> {
    if vm.kind(v) != Kind::Int {
        return Err(Exc::type_error("an integer is required"));
    }
    match int::to_bigint(vm, vm.unwrap_builtin(v)).and_then(|b| b.to_i64()) {
        Some(x) if (lo..=hi).contains(&x) => Ok(x),
        _ => Err(Exc::value_error(msg.to_string())),
    }
}

fn setter_value(args: &Args) -> PyResult<Value> {
    args.get(1).ok_or_else(|| Exc::type_error("missing value"))
}

fn ctx_set_prec(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let p = int_setting(
        vm,
        v,
        1,
        999999999999999999,
        "valid range for prec is [1, MAX_PREC]",
    )?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.prec = p;
    }
    Ok(Value::None)
}
fn ctx_set_rounding(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let r = rounding_arg(vm, Some(v), &Ctx::default_context())?;
    if v.is_none() {
        return Err(Exc::type_error(
            "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]",
        ));
    }
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.rounding = r;
    }
    Ok(Value::None)
}
fn ctx_set_emin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let e = int_setting(
        vm,
        v,
        -999999999999999999,
        0,
        "valid range for Emin is [MIN_EMIN, 0]",
    )?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.emin = e;
    }
    Ok(Value::None)
}
fn ctx_set_emax(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let e = int_setting(
        vm,
        v,
        0,
        999999999999999999,
        "valid range for Emax is [0, MAX_EMAX]",
    )?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.emax = e;
    }
    Ok(Value::None)
}
fn ctx_set_capitals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let e = int_setting(vm, v, 0, 1, "valid values for capitals are 0 or 1")?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.capitals = e == 1;
    }
    Ok(Value::None)
}
fn ctx_set_clamp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let e = int_setting(vm, v, 0, 1, "valid values for clamp are 0 or 1")?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.clamp = e == 1;
    }
    Ok(Value::None)
}

fn signal_dict(vm: &mut Vm, ctx: Value, traps: bool) -> PyResult<Value> {
    let cls = vm.std_class("decimal.SignalDict", make_signal_dict_class)?;
    vm.new_native_instance(
        cls,
        NativeData::Decimal(Box::new(DecState::Signals { ctx, traps })),
    )
}

fn ctx_get_flags(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    signal_dict(vm, a.this(), false)
}
fn ctx_get_traps(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    signal_dict(vm, a.this(), true)
}

/// Signal bits from a list of signals or a dict of signal -> bool.
fn signals_from(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if let Some(DecState::Signals { ctx, traps }) = state(vm, v).cloned() {
        let c = ctx_value(vm, ctx).unwrap_or_else(Ctx::default_context);
        return Ok(if traps { c.traps } else { c.flags });
    }
    let mut bits = 0;
    if vm.kind(v) == Kind::Dict {
        let keys = vm.collect(v)?;
        for k in keys {
            let on = vm.getitem(v, k)?;
            if vm.truthy(on)? {
                bits |= signal_bits(vm, k)?.ok_or_else(|| Exc::key_error(k))?;
            }
        }
        return Ok(bits);
    }
    for k in vm.collect(v)? {
        match signal_bits(vm, k)? {
            Some(b) => bits |= b,
            None => return Err(Exc::key_error(k)),
        }
    }
    Ok(bits)
}

fn signal_dict_bits(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if !matches!(state(vm, v), Some(DecState::Signals { .. })) {
        return Err(Exc::type_error("argument must be a signal dict"));
    }
    signals_from(vm, v)
}

fn ctx_set_flags(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let bits = signal_dict_bits(vm, v)?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.flags = bits;
    }
    Ok(Value::None)
}
fn ctx_set_traps(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = setter_value(a)?;
    let bits = signal_dict_bits(vm, v)?;
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.traps = bits;
    }
    Ok(Value::None)
}

fn ctx_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let c = this_ctx(vm, a)?;
    new_context_value(vm, c)
}
fn ctx_clear_flags(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.flags = 0;
    }
    Ok(Value::None)
}
fn ctx_clear_traps(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(c) = ctx_mut(vm, a.this()) {
        c.traps = 0;
    }
    Ok(Value::None)
}
fn ctx_etiny(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.etiny()))
}
fn ctx_etop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(this_ctx(vm, a)?.etop()))
}

fn ctx_create_decimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(vm, args, "create_decimal", &["self", "num"], 1, &[])?;
    let ctx = this_ctx(vm, args)?;
    let v = a[1].unwrap_or(Value::Int(0));
    let (d, mut st) = convert_value(vm, v)?;
    let r = num::finalize(d, &ctx, &mut st);
    finish(vm, args.this(), st, r)
}

fn ctx_create_decimal_from_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("create_decimal_from_float", 1, 1)?;
    let ctx = this_ctx(vm, args)?;
    let v = args.pos[1];
    let d = match vm.unwrap_builtin(v) {
        Value::Float(x) => dec_from_f64(x),
        other => match int::to_bigint(vm, other) {
            Some(b) => dec_from_bigint(&b),
            None => return Err(Exc::type_error("argument must be int or float")),
        },
    };
    let mut st = 0;
    let r = num::finalize(d, &ctx, &mut st);
    finish(vm, args.this(), st, r)
}

/// Context methods: operands converted (ints allowed), computed in this context.
fn ctx_op(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<(Vec<Dec>, Ctx)> {
    args.check_method(name, n, n)?;
    let ctx = this_ctx(vm, args)?;
    let mut ops = Vec::new();
    for v in &args.pos[1..] {
        ops.push(method_operand(vm, *v)?);
    }
    Ok((ops, ctx))
}

fn ctx_unary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&Dec, &Ctx, &mut u32) -> Dec,
) -> PyResult<Value> {
    let (ops, ctx) = ctx_op(vm, args, name, 1)?;
    let mut st = 0;
    let r = f(&ops[0], &ctx, &mut st);
    finish(vm, args.this(), st, r)
}

fn ctx_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&Dec, &Dec, &Ctx, &mut u32) -> Dec,
) -> PyResult<Value> {
    let (ops, ctx) = ctx_op(vm, args, name, 2)?;
    let mut st = 0;
    let r = f(&ops[0], &ops[1], &ctx, &mut st);
    finish(vm, args.this(), st, r)
}

fn ctx_abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "abs", |d, c, s| num::plus(d, false, true, c, s))
}
fn ctx_minus(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "minus", |d, c, s| num::plus(d, true, false, c, s))
}
fn ctx_plus(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "plus", |d, c, s| num::plus(d, false, false, c, s))
}
fn ctx_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "add", |x, y, c, s| num::add(x, y, false, c, s))
}
fn ctx_subtract(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "subtract", |x, y, c, s| num::add(x, y, true, c, s))
}
fn ctx_multiply(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "multiply", num::mul)
}
fn ctx_divide(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "divide", num::div)
}
fn ctx_divide_int(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "divide_int", num::divint)
}
fn ctx_remainder(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "remainder", num::rem)
}
fn ctx_remainder_near(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "remainder_near", num::rem_near)
}
fn ctx_power(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "power", num::power)
}
fn ctx_sqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "sqrt", num::sqrt)
}
fn ctx_exp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "exp", num::exp)
}
fn ctx_ln(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "ln", num::ln)
}
fn ctx_log10(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "log10", num::log10)
}
fn ctx_normalize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "normalize", num::normalize)
}
fn ctx_next_plus(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "next_plus", |d, c, s| {
        num::next_toward_inf(d, true, c, s)
    })
}
fn ctx_next_minus(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "next_minus", |d, c, s| {
        num::next_toward_inf(d, false, c, s)
    })
}
fn ctx_compare(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "compare", |x, y, c, s| {
        compare_result(x, y, c, s, false)
    })
}
fn ctx_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "max", |x, y, c, s| minmax(x, y, c, s, true, false))
}
fn ctx_min(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "min", |x, y, c, s| minmax(x, y, c, s, false, false))
}
fn ctx_quantize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_binary(vm, a, "quantize", |x, y, c, s| {
        num::quantize(x, y, c.rounding, c, s)
    })
}
fn ctx_to_integral_value(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "to_integral_value", |d, c, s| {
        num::to_integral(d, c.rounding, false, c, s)
    })
}
fn ctx_to_integral_exact(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_unary(vm, a, "to_integral_exact", |d, c, s| {
        num::to_integral(d, c.rounding, true, c, s)
    })
}
fn ctx_fma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, ctx) = ctx_op(vm, args, "fma", 3)?;
    let mut st = 0;
    let r = num::fma(&ops[0], &ops[1], &ops[2], &ctx, &mut st);
    finish(vm, args.this(), st, r)
}
fn ctx_divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, ctx) = ctx_op(vm, args, "divmod", 2)?;
    let mut st = 0;
    let (q, r) = num::divmod(&ops[0], &ops[1], &ctx, &mut st);
    signal(vm, args.this(), st)?;
    let qv = new_dec(vm, q)?;
    let rv = new_dec(vm, r)?;
    vm.new_tuple(vec![qv, rv])
}
fn ctx_to_sci_string(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, ctx) = ctx_op(vm, args, "to_sci_string", 1)?;
    vm.new_str(num::to_sci_string(&ops[0], ctx.capitals))
}
fn ctx_to_eng_string(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, ctx) = ctx_op(vm, args, "to_eng_string", 1)?;
    vm.new_str(num::to_eng_string(&ops[0], ctx.capitals))
}
fn ctx_copy_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, _) = ctx_op(vm, args, "copy_abs", 1)?;
    new_dec(vm, ops[0].abs())
}
fn ctx_copy_negate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, _) = ctx_op(vm, args, "copy_negate", 1)?;
    new_dec(vm, ops[0].negated())
}
fn ctx_copy_decimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (ops, _) = ctx_op(vm, args, "copy_decimal", 1)?;
    new_dec(vm, ops[0].clone())
}
fn ctx_pred(vm: &mut Vm, args: &Args, name: &str, f: fn(&Dec) -> bool) -> PyResult<Value> {
    let (ops, _) = ctx_op(vm, args, name, 1)?;
    Ok(Value::Bool(f(&ops[0])))
}
fn ctx_is_finite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_pred(vm, a, "is_finite", |d| !d.is_special())
}
fn ctx_is_infinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_pred(vm, a, "is_infinite", |d| d.is_inf())
}
fn ctx_is_nan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_pred(vm, a, "is_nan", |d| d.is_nan())
}
fn ctx_is_zero(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_pred(vm, a, "is_zero", |d| d.is_zero())
}
fn ctx_is_signed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ctx_pred(vm, a, "is_signed", |d| d.neg)
}

// ---- module functions, context managers, signal dicts, DecimalTuple ------------------------------------

fn getcontext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("getcontext", 0, 0)?;
    current_context(vm)
}

fn setcontext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("setcontext", 1, 1)?;
    let c = args.pos[0];
    if ctx_value(vm, c).is_none() {
        return Err(Exc::type_error("argument must be a context"));
    }
    // Like CPython, installing one of the templates installs a copy.
    let mut c = c;
    for key in [
        "decimal.DefaultContext",
        "decimal.BasicContext",
        "decimal.ExtendedContext",
    ] {
        let t = vm
            .std_classes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| *v);
        if t.is_some_and(|t| t.is(c)) {
            let ctx = ctx_value(vm, c).unwrap_or_else(Ctx::default_context);
            c = new_context_value(vm, ctx)?;
        }
    }
    set_current_context(vm, c);
    Ok(Value::None)
}

fn localcontext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let allowed = [
        "ctx", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps",
    ];
    for (k, _) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        if !allowed.contains(&name.as_str()) {
            return Err(Exc::type_error(format!(
                "'{name}' is an invalid keyword argument for this function"
            )));
        }
    }
    args.check_func("localcontext", 0, 1)?;
    let base = match args.get(0).or_else(|| args.kwarg(vm, "ctx")) {
        Some(v) if !v.is_none() => {
            if ctx_value(vm, v).is_none() {
                return Err(Exc::type_error("optional argument must be a context"));
            }
            v
        }
        _ => current_context(vm)?,
    };
    let ctx = ctx_value(vm, base).unwrap_or_else(Ctx::default_context);
    let new = new_context_value(vm, ctx)?;
    for (k, v) in args.kw.clone() {
        let name = vm.str_value(k).unwrap_or_default();
        if name == "ctx" {
            continue;
        }
        vm.setattr(new, &name, v)?;
    }
    let cls = vm.std_class("decimal.ContextManager", make_manager_class)?;
    vm.new_native_instance(
        cls,
        NativeData::Decimal(Box::new(DecState::Manager {
            new,
            saved: Value::None,
        })),
    )
}

fn cm_enter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let Some(DecState::Manager { new, .. }) = state(vm, this).cloned() else {
        return Err(Exc::type_error("bad context manager"));
    };
    let saved = current_context(vm)?;
    if let Some(NativeData::Decimal(s)) = vm.native_data_mut(this) {
        **s = DecState::Manager { new, saved };
    }
    set_current_context(vm, new);
    Ok(new)
}

fn cm_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    if let Some(DecState::Manager { saved, .. }) = state(vm, this).cloned() {
        if !saved.is_none() {
            set_current_context(vm, saved);
        }
    }
    Ok(Value::Bool(false))
}

fn sd_state(vm: &Vm, v: Value) -> PyResult<(Value, bool)> {
    match state(vm, v) {
        Some(DecState::Signals { ctx, traps }) => Ok((*ctx, *traps)),
        _ => Err(Exc::type_error("not a signal dict")),
    }
}

fn sd_bits(vm: &Vm, v: Value) -> PyResult<u32> {
    let (ctx, traps) = sd_state(vm, v)?;
    let c = ctx_value(vm, ctx).unwrap_or_else(Ctx::default_context);
    Ok(if traps { c.traps } else { c.flags })
}

fn sd_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let bits = sd_bits(vm, args.this())?;
    let key = args.pos[1];
    match signal_bits(vm, key)? {
        Some(b) => Ok(Value::Bool(bits & b != 0)),
        None => Err(Exc::key_error(key)),
    }
}

fn sd_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__setitem__", 2, 2)?;
    let (ctx, traps) = sd_state(vm, args.this())?;
    let key = args.pos[1];
    let on = vm.truthy(args.pos[2])?;
    let Some(b) = signal_bits(vm, key)? else {
        return Err(Exc::key_error(key));
    };
    if let Some(c) = ctx_mut(vm, ctx) {
        let target = if traps { &mut c.traps } else { &mut c.flags };
        if on {
            *target |= b;
        } else {
            *target &= !b;
        }
    }
    Ok(Value::None)
}

fn sd_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bits = sd_bits(vm, args.this())?;
    let mut parts = Vec::new();
    for (i, name) in SIGNAL_NAMES.iter().enumerate() {
        let on = bits & num::SIGNALS[i] != 0;
        parts.push(format!(
            "<class 'decimal.{name}'>:{}",
            if on { "True" } else { "False" }
        ));
    }
    vm.new_str(format!("{{{}}}", parts.join(", ")))
}

fn sd_len(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(9))
}

fn sd_keys_vec(vm: &mut Vm) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for name in SIGNAL_NAMES {
        out.push(exc_by_name(vm, name)?);
    }
    Ok(out)
}

fn sd_iter(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let keys = sd_keys_vec(vm)?;
    let l = vm.new_list(keys)?;
    vm.get_iter(l)
}

fn sd_keys(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let keys = sd_keys_vec(vm)?;
    vm.new_list(keys)
}

fn sd_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bits = sd_bits(vm, args.this())?;
    let vals: Vec<Value> = num::SIGNALS
        .iter()
        .map(|b| Value::Bool(bits & b != 0))
        .collect();
    vm.new_list(vals)
}

fn sd_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bits = sd_bits(vm, args.this())?;
    let keys = sd_keys_vec(vm)?;
    let mut items = Vec::new();
    for (i, k) in keys.into_iter().enumerate() {
        items.push(vm.new_tuple(vec![k, Value::Bool(bits & num::SIGNALS[i] != 0)])?);
    }
    vm.new_list(items)
}

fn sd_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bits = sd_bits(vm, args.this())?;
    let keys = sd_keys_vec(vm)?;
    let mut pairs = Vec::new();
    for (i, k) in keys.into_iter().enumerate() {
        pairs.push(k);
        pairs.push(Value::Bool(bits & num::SIGNALS[i] != 0));
    }
    vm.new_dict_from_pairs(&pairs)
}

fn sd_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    Ok(Value::Bool(signal_bits(vm, args.pos[1])?.is_some()))
}

fn sd_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    let bits = sd_bits(vm, args.this())?;
    match signals_from(vm, args.pos[1]) {
        Ok(other) => Ok(Value::Bool(bits == other)),
        Err(_) => Ok(Value::NotImplemented),
    }
}

fn tup_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind_py_args(
        vm,
        args,
        "DecimalTuple.__new__",
        &["_cls", "sign", "digits", "exponent"],
        4,
        &[],
    )?;
    make_decimal_tuple(
        vm,
        a[1].unwrap_or(Value::None),
        a[2].unwrap_or(Value::None),
        a[3].unwrap_or(Value::None),
    )
}

fn tup_fields(vm: &Vm, v: Value) -> PyResult<Vec<Value>> {
    match vm.payload(v) {
        Some(Value::Obj(id)) => match vm.heap.get(id) {
            Object::Tuple(items) if items.len() == 3 => Ok(items.clone()),
            _ => Err(Exc::type_error("bad DecimalTuple")),
        },
        _ => Err(Exc::type_error("bad DecimalTuple")),
    }
}

fn tup_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = tup_fields(vm, args.this())?;
    let s = vm.repr(f[0])?;
    let d = vm.repr(f[1])?;
    let e = vm.repr(f[2])?;
    vm.new_str(format!("DecimalTuple(sign={s}, digits={d}, exponent={e})"))
}

fn tup_sign(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(tup_fields(vm, args.this())?[0])
}
fn tup_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(tup_fields(vm, args.this())?[1])
}
fn tup_exponent(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(tup_fields(vm, args.this())?[2])
}

/// The correctly rounded Decimal square root of `n/m` (for `statistics.stdev` of Decimals):
/// the context's square root of the quotient, corrected by one step up or down when the exact
/// value says so (as CPython's `_decimal_sqrt_of_frac` does).
pub fn sqrt_of_frac(vm: &mut Vm, n: &BigInt, m: &BigInt) -> PyResult<Value> {
    let (ctx_obj, ctx) = use_ctx(vm, None)?;
    let (n, m) = if n.is_negative() {
        (-n.clone(), -m.clone())
    } else {
        (n.clone(), m.clone())
    };
    if n.is_zero() {
        return new_dec(vm, Dec::finite(false, BigUint::zero(), -1));
    }
    let mut st = 0;
    let q = num::div(&dec_from_bigint(&n), &dec_from_bigint(&m), &ctx, &mut st);
    let root = num::sqrt(&q, &ctx, &mut st);
    signal(vm, ctx_obj, st)?;
    if root.is_special() {
        return new_dec(vm, root);
    }
    let (nr, dr) = root.ratio();
    let mut st = 0;
    let plus = num::next_toward_inf(&root, true, &ctx, &mut st);
    let (np, dp) = plus.ratio();
    let sq = |x: BigInt| &x * &x;
    if BigInt::from(4) * &n * sq(&dr * &dp) > &m * sq(&dr * &np + &dp * &nr) {
        return new_dec(vm, plus);
    }
    let minus = num::next_toward_inf(&root, false, &ctx, &mut st);
    let (nm, dm) = minus.ratio();
    if BigInt::from(4) * &n * sq(&dr * &dm) < &m * sq(&dr * &nm + &dm * &nr) {
        return new_dec(vm, minus);
    }
    new_dec(vm, root)
}
