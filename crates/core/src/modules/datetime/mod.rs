//! `datetime`: `date`, `time`, `datetime`, `timedelta`, `tzinfo`, `timezone`, `MINYEAR`,
//! `MAXYEAR` and `UTC`, with CPython 3.11's behaviour, messages and reprs.
//!
//! Supported: constructors with CPython's range checks and argument errors; the arithmetic of
//! `date`/`datetime`/`timedelta` (exact integer microseconds, CPython's round-half-even for float
//! arguments, products and quotients); comparisons and hashing (aware values compare and hash by
//! their UTC value; naive vs aware `<` raises, `==` is False); `replace`, `isoformat`,
//! `fromisoformat` (the 3.11 grammar: `YYYY-MM-DD`, `YYYYMMDD`, ISO weeks, any separator,
//! `HH[:MM[:SS[.ffffff]]]`, `Z` and `±HH[:MM[:SS[.ffffff]]]` offsets), `strftime`/`__format__`
//! (glibc's directives in the C locale, including flags and widths such as `%-d`),
//! `strptime` (the `_strptime` grammar with its error messages), `timetuple`/`utctimetuple`
//! (`time.struct_time`), `isocalendar` (`IsoCalendarDate`), ordinals, `fromisocalendar`,
//! `timestamp`/`fromtimestamp`/`utcfromtimestamp`, `combine`, `astimezone`, user `tzinfo`
//! subclasses (their `utcoffset`/`dst`/`tzname`/`fromutc` are called), `timezone` with names,
//! `timezone.utc`/`min`/`max`, and `min`/`max`/`resolution` on every class. User subclasses of
//! the classes work; results of arithmetic and alternate constructors keep the subclass.
//!
//! The clock and the local time zone come from the host: `now()`, `today()`, `utcnow()` need
//! the wall-clock grant (`PermissionError` otherwise); naive local times (`fromtimestamp`
//! without `tz`, `timestamp()` of naive values, `astimezone()`) use the host's UTC offset
//! (UTC when it gives none). The local zone's name is `UTC` at offset zero, else the offset
//! (`UTC+01:00`).
//!
//! Not supported: pickling (`__reduce__`), `strptime` formats that repeat a directive (CPython
//! fails in `re`; here a `ValueError` names the problem), and locale-dependent names (always the
//! C locale). Known differences: `hash()` values differ from CPython's (equal values still hash
//! equal), instances accept new attributes (CPython's have no `__dict__`), `timezone` can be
//! subclassed, and calling a method unbound on the wrong type words its TypeError differently.

mod cal;
mod date;
mod delta;
mod dtime;
mod fmt;
mod parse;
mod tclass;
#[cfg(test)]
mod tests;
mod tz;

use serde::{Deserialize, Serialize};

use crate::builtins::class::{Instance, Payload};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

pub(crate) use cal::{ord_to_ymd, ymd_to_ord};
pub use cal::{MAXYEAR, MINYEAR};
pub(crate) use fmt::{naive_epoch, output_bound, strftime_c, Tm};
pub(crate) use parse::strptime_fields;

/// A `timedelta`, normalized like CPython's: `0 <= secs < 86400`, `0 <= us < 1_000_000`,
/// `|days| <= 999_999_999`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delta {
    pub days: i32,
    pub secs: i32,
    pub us: i32,
}

impl Delta {
    pub const ZERO: Delta = Delta {
        days: 0,
        secs: 0,
        us: 0,
    };

    pub fn total_us(self) -> i128 {
        i128::from(self.days) * i128::from(cal::US_PER_DAY)
            + i128::from(self.secs) * 1_000_000
            + i128::from(self.us)
    }

    /// Normalizes a microsecond count, with CPython's overflow errors.
    pub fn from_us(us: i128) -> PyResult<Delta> {
        let per_day = i128::from(cal::US_PER_DAY);
        let days = us.div_euclid(per_day);
        let rest = us.rem_euclid(per_day);
        if days.abs() > i128::from(cal::MAX_DELTA_DAYS) {
            if i32::try_from(days).is_err() {
                return Err(Exc::overflow_error(
                    "Python int too large to convert to C int",
                ));
            }
            return Err(Exc::overflow_error(format!(
                "days={days}; must have magnitude <= 999999999"
            )));
        }
        Ok(Delta {
            days: days as i32,
            secs: (rest / 1_000_000) as i32,
            us: (rest % 1_000_000) as i32,
        })
    }

    pub fn is_zero(self) -> bool {
        self == Delta::ZERO
    }

    /// Whole seconds (the offset of a tzinfo, which is within a day).
    pub fn total_secs_floor(self) -> i64 {
        i64::from(self.days) * cal::SECS_PER_DAY + i64::from(self.secs)
    }
}

/// A calendar date; always valid (year 1..=9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ymd {
    pub y: u16,
    pub m: u8,
    pub d: u8,
}

impl Ymd {
    pub fn ordinal(self) -> i64 {
        cal::ymd_to_ord(i64::from(self.y), i64::from(self.m), i64::from(self.d))
    }

    /// The date of an ordinal, or OverflowError("date value out of range").
    pub fn from_ordinal(n: i64) -> PyResult<Ymd> {
        if !(1..=cal::MAX_ORDINAL).contains(&n) {
            return Err(Exc::overflow_error("date value out of range"));
        }
        let (y, m, d) = cal::ord_to_ymd(n);
        Ok(Ymd {
            y: y as u16,
            m: m as u8,
            d: d as u8,
        })
    }

    /// Validates a year/month/day triple with CPython's messages.
    pub fn checked(y: i64, m: i64, d: i64) -> PyResult<Ymd> {
        if !(MINYEAR..=MAXYEAR).contains(&y) {
            return Err(Exc::value_error(format!("year {y} is out of range")));
        }
        if !(1..=12).contains(&m) {
            return Err(Exc::value_error("month must be in 1..12"));
        }
        if d < 1 || d > cal::days_in_month(y, m) {
            return Err(Exc::value_error("day is out of range for month"));
        }
        Ok(Ymd {
            y: y as u16,
            m: m as u8,
            d: d as u8,
        })
    }
}

/// A time of day; always valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hms {
    pub h: u8,
    pub mi: u8,
    pub s: u8,
    pub us: u32,
    pub fold: u8,
}

impl Hms {
    pub const MIDNIGHT: Hms = Hms {
        h: 0,
        mi: 0,
        s: 0,
        us: 0,
        fold: 0,
    };

    pub fn checked(h: i64, mi: i64, s: i64, us: i64, fold: i64) -> PyResult<Hms> {
        if !(0..=23).contains(&h) {
            return Err(Exc::value_error("hour must be in 0..23"));
        }
        if !(0..=59).contains(&mi) {
            return Err(Exc::value_error("minute must be in 0..59"));
        }
        if !(0..=59).contains(&s) {
            return Err(Exc::value_error("second must be in 0..59"));
        }
        if !(0..=999_999).contains(&us) {
            return Err(Exc::value_error("microsecond must be in 0..999999"));
        }
        if !(0..=1).contains(&fold) {
            return Err(Exc::value_error("fold must be either 0 or 1"));
        }
        Ok(Hms {
            h: h as u8,
            mi: mi as u8,
            s: s as u8,
            us: us as u32,
            fold: fold as u8,
        })
    }

    /// Seconds since midnight.
    pub fn secs(self) -> i64 {
        i64::from(self.h) * 3600 + i64::from(self.mi) * 60 + i64::from(self.s)
    }

    /// Microseconds since midnight.
    pub fn total_us(self) -> i64 {
        self.secs() * cal::US_PER_SEC + i64::from(self.us)
    }

    fn key(self) -> (u8, u8, u8, u32) {
        (self.h, self.mi, self.s, self.us)
    }
}

/// The state of an instance of one of the module's classes.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum DtData {
    Delta(Delta),
    Date(Ymd),
    /// A time of day and its tzinfo (`None` when naive).
    Time(Hms, Value),
    /// A datetime and its tzinfo (`None` when naive).
    DateTime(Ymd, Hms, Value),
    /// A fixed-offset `timezone` and its name (`None` or a str).
    TimeZone(Delta, Value),
}

impl DtData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            DtData::Time(_, tz) | DtData::DateTime(_, _, tz) | DtData::TimeZone(_, tz) => f(*tz),
            DtData::Delta(_) | DtData::Date(_) => {}
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<DtData>()
    }
}

/// The module's native functions, one enum per class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DatetimeFn {
    Delta(delta::DeltaFn),
    Date(date::DateFn),
    Time(tclass::TimeFn),
    DateTime(dtime::DateTimeFn),
    Tz(tz::TzFn),
    Timezone(tz::TimezoneFn),
    Iso(IsoFn),
}

impl DatetimeFn {
    pub fn name(self) -> &'static str {
        match self {
            DatetimeFn::Delta(f) => f.name(),
            DatetimeFn::Date(f) => f.name(),
            DatetimeFn::Time(f) => f.name(),
            DatetimeFn::DateTime(f) => f.name(),
            DatetimeFn::Tz(f) => f.name(),
            DatetimeFn::Timezone(f) => f.name(),
            DatetimeFn::Iso(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            DatetimeFn::Delta(f) => f.call(vm, args),
            DatetimeFn::Date(f) => f.call(vm, args),
            DatetimeFn::Time(f) => f.call(vm, args),
            DatetimeFn::DateTime(f) => f.call(vm, args),
            DatetimeFn::Tz(f) => f.call(vm, args),
            DatetimeFn::Timezone(f) => f.call(vm, args),
            DatetimeFn::Iso(f) => f.call(vm, args),
        }
    }
}

crate::native_methods! {
    pub enum IsoFn {
        Repr => "__repr__" => iso_repr,
        Year => "year" => iso_year,
        Week => "week" => iso_week,
        Weekday => "weekday" => iso_weekday,
    }
}

/// A native function of this module as a value.
pub(crate) fn fv(f: DatetimeFn) -> Value {
    func_value(ModuleFn::Datetime(f))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let date = date_class(vm)?;
    let datetime = datetime_class(vm)?;
    let time = time_class(vm)?;
    let delta = delta_class(vm)?;
    let tzinfo = tzinfo_class(vm)?;
    let timezone = timezone_class(vm)?;
    let utc = tz::utc(vm)?;
    Ok(vec![
        ("MINYEAR", Value::Int(MINYEAR)),
        ("MAXYEAR", Value::Int(MAXYEAR)),
        ("UTC", utc),
        ("date", date),
        ("datetime", datetime),
        ("time", time),
        ("timedelta", delta),
        ("tzinfo", tzinfo),
        ("timezone", timezone),
    ])
}

// ---- classes ------------------------------------------------------------------------------------

pub(crate) fn delta_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.timedelta", delta::make_class)
}

pub(crate) fn date_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.date", date::make_class)
}

pub(crate) fn datetime_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.datetime", dtime::make_class)
}

pub(crate) fn time_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.time", tclass::make_class)
}

pub(crate) fn tzinfo_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.tzinfo", tz::make_tzinfo_class)
}

pub(crate) fn timezone_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.timezone", tz::make_timezone_class)
}

fn iso_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("datetime.IsoCalendarDate", |vm| {
        let mut attrs = vec![("__repr__", fv(DatetimeFn::Iso(IsoFn::Repr)))];
        for (name, f) in [
            ("year", IsoFn::Year),
            ("week", IsoFn::Week),
            ("weekday", IsoFn::Weekday),
        ] {
            let p = vm.native_property(fv(DatetimeFn::Iso(f)), None)?;
            attrs.push((name, p));
        }
        vm.new_native_class(NativeClass {
            name: "IsoCalendarDate",
            module: "datetime",
            bases: &[Value::Type(BuiltinType::Tuple)],
            attrs,
            dotted_name: true,
            ..Default::default()
        })
    })
}

/// An instance of a native tuple subclass holding `items`.
pub(crate) fn new_tuple_instance(vm: &mut Vm, cls: Value, items: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(items)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(t);
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn new_isocal(vm: &mut Vm, y: i64, w: i64, d: i64) -> PyResult<Value> {
    let cls = iso_class(vm)?;
    new_tuple_instance(vm, cls, vec![Value::Int(y), Value::Int(w), Value::Int(d)])
}

fn iso_item(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Value> {
    let items = vm.seq_items(args.this()).unwrap_or_default();
    items
        .get(i)
        .copied()
        .ok_or_else(|| Exc::type_error("IsoCalendarDate expected"))
}

fn iso_year(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    iso_item(vm, args, 0)
}

fn iso_week(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    iso_item(vm, args, 1)
}

fn iso_weekday(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    iso_item(vm, args, 2)
}

fn iso_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = vm.seq_items(args.this()).unwrap_or_default();
    let mut parts = Vec::with_capacity(3);
    for (name, v) in ["year", "week", "weekday"].iter().zip(items) {
        let r = vm.repr(v)?;
        parts.push(format!("{name}={r}"));
    }
    let tn = vm.type_name(args.this());
    vm.new_str(format!("{tn}({})", parts.join(", ")))
}

// ---- instance state -----------------------------------------------------------------------------

pub(crate) fn data(vm: &Vm, v: Value) -> Option<DtData> {
    match vm.native_data(v) {
        Some(NativeData::Datetime(d)) => Some(*d),
        _ => None,
    }
}

pub(crate) fn as_delta(vm: &Vm, v: Value) -> Option<Delta> {
    match data(vm, v) {
        Some(DtData::Delta(d)) => Some(d),
        _ => None,
    }
}

/// The date of a `date` that is not a `datetime`.
pub(crate) fn as_plain_date(vm: &Vm, v: Value) -> Option<Ymd> {
    match data(vm, v) {
        Some(DtData::Date(d)) => Some(d),
        _ => None,
    }
}

/// The date part of a `date` or `datetime`.
pub(crate) fn as_any_date(vm: &Vm, v: Value) -> Option<Ymd> {
    match data(vm, v) {
        Some(DtData::Date(d)) | Some(DtData::DateTime(d, _, _)) => Some(d),
        _ => None,
    }
}

pub(crate) fn as_datetime(vm: &Vm, v: Value) -> Option<(Ymd, Hms, Value)> {
    match data(vm, v) {
        Some(DtData::DateTime(d, t, tz)) => Some((d, t, tz)),
        _ => None,
    }
}

pub(crate) fn as_time(vm: &Vm, v: Value) -> Option<(Hms, Value)> {
    match data(vm, v) {
        Some(DtData::Time(t, tz)) => Some((t, tz)),
        _ => None,
    }
}

pub(crate) fn new_obj(vm: &mut Vm, cls: Value, d: DtData) -> PyResult<Value> {
    vm.new_native_instance(cls, NativeData::Datetime(d))
}

pub(crate) fn new_delta(vm: &mut Vm, d: Delta) -> PyResult<Value> {
    let cls = delta_class(vm)?;
    new_obj(vm, cls, DtData::Delta(d))
}

/// A date of class `cls` (`date`, `datetime` or a subclass, whose constructor is then called).
pub(crate) fn new_date_of(vm: &mut Vm, cls: Value, d: Ymd) -> PyResult<Value> {
    let date = date_class(vm)?;
    if cls.is(date) {
        return new_obj(vm, cls, DtData::Date(d));
    }
    let datetime = datetime_class(vm)?;
    if cls.is(datetime) {
        return new_obj(vm, cls, DtData::DateTime(d, Hms::MIDNIGHT, Value::None));
    }
    vm.call(
        cls,
        &[
            Value::Int(i64::from(d.y)),
            Value::Int(i64::from(d.m)),
            Value::Int(i64::from(d.d)),
        ],
    )
}

/// A datetime of class `cls` (`datetime` or a subclass, whose constructor is then called).
pub(crate) fn new_datetime_of(
    vm: &mut Vm,
    cls: Value,
    d: Ymd,
    t: Hms,
    tz: Value,
) -> PyResult<Value> {
    let datetime = datetime_class(vm)?;
    if cls.is(datetime) {
        return new_obj(vm, cls, DtData::DateTime(d, t, tz));
    }
    let mut a = Args::new(&[
        Value::Int(i64::from(d.y)),
        Value::Int(i64::from(d.m)),
        Value::Int(i64::from(d.d)),
        Value::Int(i64::from(t.h)),
        Value::Int(i64::from(t.mi)),
        Value::Int(i64::from(t.s)),
        Value::Int(i64::from(t.us)),
        tz,
    ]);
    if t.fold != 0 {
        let k = vm.new_str("fold".to_string())?;
        a.kw.push((k, Value::Int(1)));
    }
    vm.call_args(cls, a)
}

/// An int value of an i128.
pub(crate) fn int_value(vm: &mut Vm, b: i128) -> PyResult<Value> {
    match i64::try_from(b) {
        Ok(i) => Ok(Value::Int(i)),
        Err(_) => vm.new_int_big(num_bigint::BigInt::from(b)),
    }
}

/// The class to build results in: the receiver's own class.
pub(crate) fn class_of(vm: &Vm, v: Value) -> Value {
    vm.type_of(v)
}

// ---- argument binding ---------------------------------------------------------------------------

/// A signature in the style of CPython's `PyArg_ParseTupleAndKeywords`.
pub(crate) struct Sig {
    /// The name in messages (`replace()`), or `None` for the anonymous "function".
    pub fname: Option<&'static str>,
    pub names: &'static [&'static str],
    pub required: usize,
    /// How many parameters may be given by position (the rest are keyword-only).
    pub max_pos: usize,
}

/// Binds `args` (after `skip` receivers) to `sig`, calling `conv(i, value)` for each given
/// parameter in order, with CPython's messages for arity and keyword errors.
pub(crate) fn bind<F>(vm: &mut Vm, args: &Args, skip: usize, sig: &Sig, mut conv: F) -> PyResult<()>
where
    F: FnMut(&mut Vm, usize, Value) -> PyResult<()>,
{
    let pos = args.pos.get(skip..).unwrap_or(&[]);
    let nargs = pos.len();
    let mut nkw = args.kw.len();
    let len = sig.names.len();
    let (fname, paren) = match sig.fname {
        Some(n) => (n, "()"),
        None => ("function", ""),
    };
    if nargs + nkw > len {
        return Err(Exc::type_error(format!(
            "{fname}{paren} takes at most {len} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if len == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs > sig.max_pos {
        let max = sig.max_pos;
        return Err(Exc::type_error(if max == 0 {
            format!("{fname}{paren} takes no positional arguments")
        } else {
            format!(
                "{fname}{paren} takes {} {max} positional argument{} ({nargs} given)",
                if sig.required < max {
                    "at most"
                } else {
                    "exactly"
                },
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    for (i, name) in sig.names.iter().enumerate() {
        let v = if i < nargs {
            pos.get(i).copied()
        } else if nkw > 0 {
            let found = args.kwarg(vm, name);
            if found.is_some() {
                nkw -= 1;
            }
            found
        } else {
            None
        };
        if let Some(v) = v {
            conv(vm, i, v)?;
            continue;
        }
        if i < sig.required {
            return Err(Exc::type_error(format!(
                "{fname}{paren} missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
        if nkw == 0 {
            return Ok(());
        }
    }
    if nkw > 0 {
        for (i, name) in sig.names.iter().enumerate().take(nargs) {
            if args.kwarg(vm, name).is_some() {
                return Err(Exc::type_error(format!(
                    "argument for {fname}{paren} given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in &args.kw {
            let key = vm.str_value(*k).unwrap_or_default();
            if !sig.names.contains(&key.as_str()) {
                let target = match sig.fname {
                    Some(n) => format!("{n}()"),
                    None => "this function".to_string(),
                };
                return Err(Exc::type_error(format!(
                    "'{key}' is an invalid keyword argument for {target}"
                )));
            }
        }
    }
    Ok(())
}

/// A method taking no arguments: `date.weekday() takes no arguments (1 given)`.
pub(crate) fn no_args(args: &Args, qualname: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(Exc::type_error(format!(
            "{qualname}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// A method taking exactly one positional argument (`METH_O`).
pub(crate) fn one_arg(args: &Args, qualname: &str) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "{qualname}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(args.pos.get(1).copied().unwrap_or(Value::None))
}

/// A C `int` argument (`"i"` format): `__index__` conversion with CPython's overflow messages.
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let v = match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(_) => {
                return Err(Exc::overflow_error(
                    "Python int too large to convert to C long",
                ))
            }
            _ => v,
        },
        _ => v,
    };
    let i = match v {
        Value::Float(_) => {
            return Err(Exc::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        _ => vm.index_value(v).map_err(|e| match e.builtin_type() {
            Some(BuiltinType::IndexError) => {
                Exc::overflow_error("Python int too large to convert to C long")
            }
            _ => e,
        })?,
    };
    if i > i64::from(i32::MAX) {
        return Err(Exc::overflow_error(
            "signed integer is greater than maximum",
        ));
    }
    if i < i64::from(i32::MIN) {
        return Err(Exc::overflow_error("signed integer is less than minimum"));
    }
    Ok(i)
}

/// A `str` argument (`"U"` format): `strftime() argument 1 must be str, not int`.
pub(crate) fn str_arg(vm: &Vm, v: Value, fname: &str, pos: usize) -> PyResult<String> {
    match vm.str_value(vm.unwrap_builtin(v)) {
        Some(s) => Ok(s),
        None => {
            let t = arg_type_name(vm, v);
            Err(Exc::type_error(format!(
                "{fname}() argument {pos} must be str, not {t}"
            )))
        }
    }
}

/// The type of a bad argument as CPython's argument errors name it (`None` for None).
pub(crate) fn arg_type_name(vm: &Vm, v: Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// Checks a tzinfo argument: `None` or an instance of `tzinfo`.
pub(crate) fn check_tzinfo(vm: &mut Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let tzinfo = tzinfo_class(vm)?;
    if vm.isinstance_of(v, tzinfo)? {
        return Ok(());
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "tzinfo argument must be None or of a tzinfo subclass, not type '{t}'"
    )))
}

// ---- tzinfo calls ---------------------------------------------------------------------------------

/// The fixed offset of `tz` when it is exactly a `timezone` (no Python code to run).
fn fixed_tz(vm: &mut Vm, tz: Value) -> PyResult<Option<(Delta, Value)>> {
    if let Some(DtData::TimeZone(off, name)) = data(vm, tz) {
        let cls = timezone_class(vm)?;
        if vm.type_of(tz).is(cls) {
            return Ok(Some((off, name)));
        }
    }
    Ok(None)
}

/// Validates the result of `utcoffset()`/`dst()`.
fn check_offset(vm: &Vm, r: Value, meth: &str) -> PyResult<Option<Delta>> {
    if r.is_none() {
        return Ok(None);
    }
    match as_delta(vm, r) {
        Some(d) => {
            if (d.days == -1 && d.secs == 0 && d.us < 1) || d.days < -1 || d.days >= 1 {
                return Err(Exc::value_error(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).",
                ));
            }
            Ok(Some(d))
        }
        None => {
            let t = vm.type_name(r);
            Err(Exc::type_error(format!(
                "tzinfo.{meth}() must return None or timedelta, not '{t}'"
            )))
        }
    }
}

/// `tz.utcoffset(arg)` (None when `tz` is None).
pub(crate) fn utcoffset(vm: &mut Vm, tz: Value, arg: Value) -> PyResult<Option<Delta>> {
    if tz.is_none() {
        return Ok(None);
    }
    if let Some((off, _)) = fixed_tz(vm, tz)? {
        return Ok(Some(off));
    }
    let m = vm.getattr(tz, "utcoffset")?;
    let r = vm.call(m, &[arg])?;
    check_offset(vm, r, "utcoffset")
}

/// `tz.dst(arg)`.
pub(crate) fn dst(vm: &mut Vm, tz: Value, arg: Value) -> PyResult<Option<Delta>> {
    if tz.is_none() {
        return Ok(None);
    }
    if fixed_tz(vm, tz)?.is_some() {
        return Ok(None);
    }
    let m = vm.getattr(tz, "dst")?;
    let r = vm.call(m, &[arg])?;
    check_offset(vm, r, "dst")
}

/// `tz.tzname(arg)`: None or a str value.
pub(crate) fn tzname(vm: &mut Vm, tz: Value, arg: Value) -> PyResult<Value> {
    if tz.is_none() {
        return Ok(Value::None);
    }
    if let Some((off, name)) = fixed_tz(vm, tz)? {
        if !name.is_none() {
            return Ok(name);
        }
        return vm.new_str(tz::offset_name(off));
    }
    let m = vm.getattr(tz, "tzname")?;
    let r = vm.call(m, &[arg])?;
    if r.is_none() || vm.as_str(vm.unwrap_builtin(r)).is_some() {
        return Ok(r);
    }
    let t = vm.type_name(r);
    Err(Exc::type_error(format!(
        "tzinfo.tzname() must return None or a string, not '{t}'"
    )))
}

// ---- the host's local time ------------------------------------------------------------------------

/// The host's UTC offset in seconds at UTC time `u` (seconds since the epoch).
pub(crate) fn local_offset(vm: &mut Vm, u: i64) -> i64 {
    i64::from(vm.host_utc_offset(u as f64))
}

fn local(vm: &mut Vm, u: i64) -> i64 {
    u + local_offset(vm, u)
}

/// The UTC time (seconds since the epoch) of local time `t`, choosing between the two
/// solutions of a repeated hour by `fold` and resolving skipped hours like CPython.
pub(crate) fn local_to_utc(vm: &mut Vm, t: i64, fold: bool) -> i64 {
    const MAX_FOLD: i64 = 24 * 3600;
    let a = local(vm, t) - t;
    let u1 = t - a;
    let t1 = local(vm, u1);
    let b = if t1 == t {
        let u2 = if fold { u1 + MAX_FOLD } else { u1 - MAX_FOLD };
        let bb = local(vm, u2) - u2;
        if a == bb {
            return u1;
        }
        bb
    } else {
        t1 - u1
    };
    let u2 = t - b;
    let t2 = local(vm, u2);
    if t2 == t {
        return u2;
    }
    if t1 == t {
        return u1;
    }
    if fold {
        u1.min(u2)
    } else {
        u1.max(u2)
    }
}

/// The name of the host's local zone at a given offset.
pub(crate) fn local_zone_name(offset_secs: i64) -> String {
    if offset_secs == 0 {
        "UTC".to_string()
    } else {
        tz::offset_name(Delta::from_us(i128::from(offset_secs) * 1_000_000).unwrap_or(Delta::ZERO))
    }
}

/// Seconds since the epoch of a naive date and time read as UTC.
pub(crate) fn epoch_secs(d: Ymd, t: Hms) -> i64 {
    (d.ordinal() - cal::EPOCH_ORDINAL) * cal::SECS_PER_DAY + t.secs()
}

/// The naive date and time of `secs` since the epoch, or the year-range error.
pub(crate) fn from_epoch_secs(secs: i64) -> PyResult<(Ymd, Hms)> {
    let days = secs.div_euclid(cal::SECS_PER_DAY);
    let rem = secs.rem_euclid(cal::SECS_PER_DAY);
    let (y, m, d) = cal::ord_to_ymd(days + cal::EPOCH_ORDINAL);
    let ymd = Ymd::checked(y, m, d)?;
    Ok((
        ymd,
        Hms {
            h: (rem / 3600) as u8,
            mi: (rem % 3600 / 60) as u8,
            s: (rem % 60) as u8,
            us: 0,
            fold: 0,
        },
    ))
}

/// How a float timestamp's fraction is rounded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Round {
    Floor,
    HalfEven,
}

/// Splits a timestamp (int or float) into whole seconds and microseconds.
pub(crate) fn split_timestamp(vm: &mut Vm, v: Value, round: Round) -> PyResult<(i64, i64)> {
    let v = vm.unwrap_builtin(v);
    match v {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(Exc::value_error("Invalid value NaN (not a number)"));
            }
            let int_part = f.trunc();
            let mut frac = (f - int_part) * 1e6;
            frac = match round {
                Round::Floor => frac.floor(),
                Round::HalfEven => {
                    let r = frac.round();
                    if (frac - r).abs() == 0.5 {
                        2.0 * (frac / 2.0).round()
                    } else {
                        r
                    }
                }
            };
            let mut secs = int_part;
            if frac >= 1e6 {
                frac -= 1e6;
                secs += 1.0;
            } else if frac < 0.0 {
                frac += 1e6;
                secs -= 1.0;
            }
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&secs) {
                return Err(Exc::overflow_error(
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok((secs as i64, frac as i64))
        }
        Value::Int(i) => Ok((i, 0)),
        Value::Bool(b) => Ok((i64::from(b), 0)),
        _ => match vm.index_value(v) {
            Ok(i) => Ok((i, 0)),
            Err(e) if e.builtin_type() == Some(BuiltinType::IndexError) => Err(
                Exc::overflow_error("timestamp out of range for platform time_t"),
            ),
            Err(e) => Err(e),
        },
    }
}

/// Fails like glibc's `gmtime` for times whose year does not fit a C int.
pub(crate) fn check_time_t_year(secs: i64) -> PyResult<()> {
    // About 2**31 years either way.
    const LIMIT: i64 = 67_767_976_233_316_800;
    if secs.unsigned_abs() > LIMIT as u64 {
        return Err(Exc::new(
            BuiltinType::OSError,
            "[Errno 75] Value too large for defined data type",
        ));
    }
    Ok(())
}

/// The local (naive) date and time of a UTC timestamp; with `detect_fold`, `fold` is set for
/// the second of two equal local times (and, like CPython, the probe a day earlier must be
/// within the supported years).
pub(crate) fn local_from_utc(vm: &mut Vm, u: i64, detect_fold: bool) -> PyResult<(Ymd, Hms)> {
    check_time_t_year(u)?;
    let t = local(vm, u);
    let (d, mut hms) = from_epoch_secs(t)?;
    if !detect_fold {
        return Ok((d, hms));
    }
    const MAX_FOLD: i64 = 24 * 3600;
    let probe = local(vm, u - MAX_FOLD);
    from_epoch_secs(probe)?;
    let transition = t - probe - MAX_FOLD;
    if transition < 0 {
        let probe2 = local(vm, u + transition);
        if probe2 == t {
            hms.fold = 1;
        }
    }
    Ok((d, hms))
}

/// Microseconds of a UTC `(date, time)` minus `offset`, as a total count since 0001-01-01.
pub(crate) fn utc_us(d: Ymd, t: Hms, offset: Option<Delta>) -> i128 {
    let base = i128::from(d.ordinal()) * i128::from(cal::US_PER_DAY) + i128::from(t.total_us());
    base - offset.map(|o| o.total_us()).unwrap_or(0)
}

/// The date and time of a microsecond count since 0001-01-01 (inverse of `utc_us`).
pub(crate) fn from_total_us(us: i128, fold: u8) -> PyResult<(Ymd, Hms)> {
    let per_day = i128::from(cal::US_PER_DAY);
    let days = us.div_euclid(per_day);
    let rest = us.rem_euclid(per_day) as i64;
    let ord = i64::try_from(days).map_err(|_| Exc::overflow_error("date value out of range"))?;
    let d = Ymd::from_ordinal(ord)?;
    let secs = rest / cal::US_PER_SEC;
    Ok((
        d,
        Hms {
            h: (secs / 3600) as u8,
            mi: (secs % 3600 / 60) as u8,
            s: (secs % 60) as u8,
            us: (rest % cal::US_PER_SEC) as u32,
            fold,
        },
    ))
}

/// The current UTC time from the host: (seconds, microseconds), floored like CPython.
pub(crate) fn now_utc(vm: &mut Vm) -> PyResult<(i64, i64)> {
    let t = vm.host_wall_time()?;
    let v = Value::Float(t);
    split_timestamp(vm, v, Round::Floor)
}

/// `time.struct_time` of broken-down fields.
pub(crate) fn struct_time(vm: &mut Vm, d: Ymd, t: Hms, isdst: i64) -> PyResult<Value> {
    let yday = cal::day_of_year(i64::from(d.y), i64::from(d.m), i64::from(d.d));
    let wd = cal::weekday(d.ordinal());
    crate::modules::time::new_struct_time(
        vm,
        [
            i64::from(d.y),
            i64::from(d.m),
            i64::from(d.d),
            i64::from(t.h),
            i64::from(t.mi),
            i64::from(t.s),
            wd,
            yday,
            isdst,
        ],
        Value::None,
        Value::None,
    )
}

/// A `Tm` for strftime from date and time fields.
pub(crate) fn tm_of(d: Ymd, t: Hms) -> Tm {
    Tm {
        year: i64::from(d.y),
        mon: i64::from(d.m),
        mday: i64::from(d.d),
        hour: i64::from(t.h),
        min: i64::from(t.mi),
        sec: i64::from(t.s),
        wday: cal::weekday(d.ordinal()),
        yday: cal::day_of_year(i64::from(d.y), i64::from(d.m), i64::from(d.d)),
        gmtoff: 0,
        zone: String::new(),
        isdst: -1,
    }
}
