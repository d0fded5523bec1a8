//! `datetime.tzinfo` (the abstract base, whose `fromutc` user subclasses inherit) and
//! `datetime.timezone` (fixed offsets, `timezone.utc`).

use super::{
    as_datetime, as_delta, bind, data, delta, dst, fv, new_datetime_of, new_obj, one_arg,
    timezone_class, utcoffset, DatetimeFn, Delta, DtData, Sig,
};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum TzFn {
        UtcOffset => "utcoffset" => base_utcoffset,
        Dst => "dst" => base_dst,
        TzName => "tzname" => base_tzname,
        FromUtc => "fromutc" => base_fromutc,
    }
}

native_methods! {
    pub enum TimezoneFn {
        New => "__new__" => new,
        UtcOffset => "utcoffset" => tz_utcoffset,
        Dst => "dst" => tz_dst,
        TzName => "tzname" => tz_tzname,
        FromUtc => "fromutc" => tz_fromutc,
        Repr => "__repr__" => repr,
        Str => "__str__" => to_str,
        Eq => "__eq__" => eq,
        Hash => "__hash__" => hash,
    }
}

fn f(which: TzFn) -> Value {
    fv(DatetimeFn::Tz(which))
}

fn g(which: TimezoneFn) -> Value {
    fv(DatetimeFn::Timezone(which))
}

pub(super) fn make_tzinfo_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "tzinfo",
        module: "datetime",
        attrs: vec![
            ("utcoffset", f(TzFn::UtcOffset)),
            ("dst", f(TzFn::Dst)),
            ("tzname", f(TzFn::TzName)),
            ("fromutc", f(TzFn::FromUtc)),
        ],
        dotted_name: true,
        ..Default::default()
    })
}

pub(super) fn make_timezone_class(vm: &mut Vm) -> PyResult<Value> {
    let base = super::tzinfo_class(vm)?;
    let new = vm.static_method(g(TimezoneFn::New))?;
    let cls = vm.new_native_class(NativeClass {
        name: "timezone",
        module: "datetime",
        bases: &[base],
        attrs: vec![
            ("__new__", new),
            ("utcoffset", g(TimezoneFn::UtcOffset)),
            ("dst", g(TimezoneFn::Dst)),
            ("tzname", g(TimezoneFn::TzName)),
            ("fromutc", g(TimezoneFn::FromUtc)),
            ("__repr__", g(TimezoneFn::Repr)),
            ("__str__", g(TimezoneFn::Str)),
            ("__eq__", g(TimezoneFn::Eq)),
            ("__hash__", g(TimezoneFn::Hash)),
        ],
        dotted_name: true,
        ..Default::default()
    })?;
    let utc = new_obj(vm, cls, DtData::TimeZone(Delta::ZERO, Value::None))?;
    vm.std_classes
        .push(("datetime.timezone.utc".to_string(), utc));
    let min = new_obj(
        vm,
        cls,
        DtData::TimeZone(
            Delta {
                days: -1,
                secs: 60,
                us: 0,
            },
            Value::None,
        ),
    )?;
    let max = new_obj(
        vm,
        cls,
        DtData::TimeZone(
            Delta {
                days: 0,
                secs: 86_340,
                us: 0,
            },
            Value::None,
        ),
    )?;
    vm.setattr(cls, "utc", utc)?;
    vm.setattr(cls, "min", min)?;
    vm.setattr(cls, "max", max)?;
    Ok(cls)
}

/// `timezone.utc`.
pub(super) fn utc(vm: &mut Vm) -> PyResult<Value> {
    timezone_class(vm)?;
    vm.std_class("datetime.timezone.utc", |_| {
        Err(Exc::internal("timezone.utc was not created"))
    })
}

/// A `timezone` of a fixed offset (within a day) and an optional name.
pub(super) fn new_timezone(vm: &mut Vm, off: Delta, name: Value) -> PyResult<Value> {
    if name.is_none() && off.is_zero() {
        return utc(vm);
    }
    let cls = timezone_class(vm)?;
    new_obj(vm, cls, DtData::TimeZone(off, name))
}

/// Whether an offset lies strictly within one day either way.
pub(super) fn offset_in_range(d: Delta) -> bool {
    !((d.days == -1 && d.secs == 0 && d.us < 1) || d.days < -1 || d.days >= 1)
}

/// `+05:30`, `-01:00:30.000001` (the `sep` goes between the fields).
pub(super) fn format_offset(off: Delta, sep: &str) -> String {
    let (sign, d) = if off.days < 0 {
        let neg = Delta::from_us(-off.total_us()).unwrap_or(Delta::ZERO);
        ('-', neg)
    } else {
        ('+', off)
    };
    let (h, m, s) = (d.secs / 3600, d.secs % 3600 / 60, d.secs % 60);
    if d.us != 0 {
        format!("{sign}{h:02}{sep}{m:02}{sep}{s:02}.{:06}", d.us)
    } else if s != 0 {
        format!("{sign}{h:02}{sep}{m:02}{sep}{s:02}")
    } else {
        format!("{sign}{h:02}{sep}{m:02}")
    }
}

/// The name of an unnamed `timezone`: `UTC`, `UTC+01:00`.
pub(crate) fn offset_name(off: Delta) -> String {
    if off.is_zero() {
        return "UTC".to_string();
    }
    format!("UTC{}", format_offset(off, ":"))
}

fn not_implemented(name: &str) -> Exc {
    Exc::new(
        BuiltinType::NotImplementedError,
        format!("a tzinfo subclass must implement {name}()"),
    )
}

fn base_utcoffset(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(args, "tzinfo.utcoffset")?;
    Err(not_implemented("utcoffset"))
}

fn base_dst(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(args, "tzinfo.dst")?;
    Err(not_implemented("dst"))
}

fn base_tzname(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_arg(args, "tzinfo.tzname")?;
    Err(not_implemented("tzname"))
}

/// `dt + delta` for a datetime, keeping its class and tzinfo.
fn shift(vm: &mut Vm, dt: Value, by: Delta) -> PyResult<Value> {
    let Some((d, t, tz)) = as_datetime(vm, dt) else {
        return Err(Exc::type_error("fromutc: argument must be a datetime"));
    };
    let us = super::utc_us(d, t, None) + by.total_us();
    let (nd, nt) = super::from_total_us(us, 0)?;
    let cls = vm.type_of(dt);
    new_datetime_of(vm, cls, nd, nt, tz)
}

/// The default `tzinfo.fromutc`: adjusts by `utcoffset() - dst()`, then by the new `dst()`.
fn base_fromutc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let dt = one_arg(args, "tzinfo.fromutc")?;
    let this = args.this();
    let Some((_, _, tz)) = as_datetime(vm, dt) else {
        return Err(Exc::type_error("fromutc: argument must be a datetime"));
    };
    if !tz.is(this) {
        return Err(Exc::value_error("fromutc: dt.tzinfo is not self"));
    }
    let Some(off) = utcoffset(vm, tz, dt)? else {
        return Err(Exc::value_error(
            "fromutc: non-None utcoffset() result required",
        ));
    };
    let Some(d0) = dst(vm, tz, dt)? else {
        return Err(Exc::value_error("fromutc: non-None dst() result required"));
    };
    let diff = Delta::from_us(off.total_us() - d0.total_us())?;
    let result = shift(vm, dt, diff)?;
    let rtz = as_datetime(vm, result).map(|x| x.2).unwrap_or(Value::None);
    let Some(d1) = dst(vm, rtz, result)? else {
        return Err(Exc::value_error(
            "fromutc: tz.dst() gave inconsistent results; cannot convert",
        ));
    };
    if d1.is_zero() {
        return Ok(result);
    }
    shift(vm, result, d1)
}

static NEW_SIG: Sig = Sig {
    fname: Some("timezone"),
    names: &["offset", "name"],
    required: 1,
    max_pos: 2,
};

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut off = Delta::ZERO;
    let mut name = Value::None;
    bind(vm, args, 1, &NEW_SIG, |vm, i, v| {
        if i == 0 {
            match as_delta(vm, v) {
                Some(d) => off = d,
                None => {
                    let t = super::arg_type_name(vm, v);
                    return Err(Exc::type_error(format!(
                        "timezone() argument 1 must be datetime.timedelta, not {t}"
                    )));
                }
            }
        } else {
            if vm.as_str(vm.unwrap_builtin(v)).is_none() {
                let t = super::arg_type_name(vm, v);
                return Err(Exc::type_error(format!(
                    "timezone() argument 2 must be str, not {t}"
                )));
            }
            name = v;
        }
        Ok(())
    })?;
    if !offset_in_range(off) {
        let tn = "datetime.timedelta";
        return Err(Exc::value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
            delta::repr_of(tn, off)
        )));
    }
    let tzcls = timezone_class(vm)?;
    if cls.is(tzcls) {
        return new_timezone(vm, off, name);
    }
    new_obj(vm, cls, DtData::TimeZone(off, name))
}

fn this(vm: &Vm, args: &Args) -> PyResult<(Delta, Value)> {
    match data(vm, args.this()) {
        Some(DtData::TimeZone(off, name)) => Ok((off, name)),
        _ => {
            let t = vm.type_name(args.this());
            Err(Exc::type_error(format!(
                "descriptor requires a 'datetime.timezone' object but received a '{t}'"
            )))
        }
    }
}

fn check_dt_arg(vm: &Vm, v: Value, meth: &str) -> PyResult<()> {
    if v.is_none() || as_datetime(vm, v).is_some() {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "{meth}(dt) argument must be a datetime instance or None, not {t}"
    )))
}

fn tz_utcoffset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let dt = one_arg(args, "timezone.utcoffset")?;
    let (off, _) = this(vm, args)?;
    check_dt_arg(vm, dt, "utcoffset")?;
    super::new_delta(vm, off)
}

fn tz_dst(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let dt = one_arg(args, "timezone.dst")?;
    this(vm, args)?;
    check_dt_arg(vm, dt, "dst")?;
    Ok(Value::None)
}

fn name_of(vm: &mut Vm, off: Delta, name: Value) -> PyResult<Value> {
    if !name.is_none() {
        return Ok(name);
    }
    vm.new_str(offset_name(off))
}

fn tz_tzname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let dt = one_arg(args, "timezone.tzname")?;
    let (off, name) = this(vm, args)?;
    check_dt_arg(vm, dt, "tzname")?;
    name_of(vm, off, name)
}

fn tz_fromutc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let dt = one_arg(args, "timezone.fromutc")?;
    let (off, _) = this(vm, args)?;
    let Some((_, _, tz)) = as_datetime(vm, dt) else {
        return Err(Exc::type_error("fromutc: argument must be a datetime"));
    };
    if !tz.is(args.this()) {
        return Err(Exc::value_error("fromutc: dt.tzinfo is not self"));
    }
    shift(vm, dt, off)
}

/// `datetime.timezone(datetime.timedelta(seconds=3600), 'CET')`, `datetime.timezone.utc`.
pub(super) fn repr_of(vm: &mut Vm, v: Value) -> PyResult<String> {
    let Some(DtData::TimeZone(off, name)) = data(vm, v) else {
        return vm.repr(v);
    };
    let tn = vm.type_name(v);
    let u = utc(vm)?;
    if v.is(u) {
        return Ok(format!("{tn}.utc"));
    }
    let d = delta::repr_of("datetime.timedelta", off);
    if name.is_none() {
        Ok(format!("{tn}({d})"))
    } else {
        let n = vm.repr(name)?;
        Ok(format!("{tn}({d}, {n})"))
    }
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args)?;
    let s = repr_of(vm, args.this())?;
    vm.new_str(s)
}

fn to_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (off, name) = this(vm, args)?;
    name_of(vm, off, name)
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (off, _) = this(vm, args)?;
    match data(vm, args.get(1).unwrap_or(Value::None)) {
        Some(DtData::TimeZone(o, _)) => Ok(Value::Bool(o == off)),
        _ => Ok(Value::NotImplemented),
    }
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (off, _) = this(vm, args)?;
    Ok(Value::Int(delta::hash_of(off)))
}
