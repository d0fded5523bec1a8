//! `datetime.date`, whose methods `datetime` inherits where CPython's does.

use super::{
    as_any_date, as_delta, as_plain_date, bind, cal, class_of, fmt, fv, int_arg, local_from_utc,
    new_date_of, new_delta, new_isocal, new_obj, no_args, now_utc, one_arg, parse, split_timestamp,
    str_arg, struct_time, tm_of, DatetimeFn, Delta, DtData, Hms, Round, Sig, Ymd,
};
use crate::builtins::hash::hash_i64;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum DateFn {
        New => "__new__" => new,
        Today => "today" => today,
        FromTimestamp => "fromtimestamp" => fromtimestamp,
        FromOrdinal => "fromordinal" => fromordinal,
        FromIsoFormat => "fromisoformat" => fromisoformat,
        FromIsoCalendar => "fromisocalendar" => fromisocalendar,
        Year => "year" => year,
        Month => "month" => month,
        Day => "day" => day,
        Replace => "replace" => replace,
        TimeTuple => "timetuple" => timetuple,
        ToOrdinal => "toordinal" => toordinal,
        Weekday => "weekday" => weekday,
        IsoWeekday => "isoweekday" => isoweekday,
        IsoCalendar => "isocalendar" => isocalendar,
        IsoFormat => "isoformat" => isoformat,
        Str => "__str__" => to_str,
        CTime => "ctime" => ctime,
        StrFTime => "strftime" => strftime,
        Format => "__format__" => format,
        Repr => "__repr__" => repr,
        Hash => "__hash__" => hash,
        Eq => "__eq__" => eq,
        Lt => "__lt__" => lt,
        Le => "__le__" => le,
        Gt => "__gt__" => gt,
        Ge => "__ge__" => ge,
        Add => "__add__" => add,
        RAdd => "__radd__" => add,
        Sub => "__sub__" => sub,
    }
}

fn f(which: DateFn) -> Value {
    fv(DatetimeFn::Date(which))
}

pub(super) fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in DateFn::all_names() {
        let Some(which) = DateFn::from_name(name) else {
            continue;
        };
        let v = match which {
            DateFn::New => vm.static_method(f(which))?,
            DateFn::Today
            | DateFn::FromTimestamp
            | DateFn::FromOrdinal
            | DateFn::FromIsoFormat
            | DateFn::FromIsoCalendar => vm.class_method(f(which))?,
            DateFn::Year | DateFn::Month | DateFn::Day => vm.native_property(f(which), None)?,
            _ => f(which),
        };
        attrs.push((name, v));
    }
    let cls = vm.new_native_class(NativeClass {
        name: "date",
        module: "datetime",
        attrs,
        dotted_name: true,
        ..Default::default()
    })?;
    let min = new_obj(vm, cls, DtData::Date(Ymd { y: 1, m: 1, d: 1 }))?;
    let max = new_obj(
        vm,
        cls,
        DtData::Date(Ymd {
            y: 9999,
            m: 12,
            d: 31,
        }),
    )?;
    let res = new_delta(
        vm,
        Delta {
            days: 1,
            secs: 0,
            us: 0,
        },
    )?;
    vm.setattr(cls, "min", min)?;
    vm.setattr(cls, "max", max)?;
    vm.setattr(cls, "resolution", res)?;
    Ok(cls)
}

fn this(vm: &Vm, args: &Args) -> PyResult<Ymd> {
    as_any_date(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor requires a 'datetime.date' object but received a '{t}'"
        ))
    })
}

static NEW_SIG: Sig = Sig {
    fname: None,
    names: &["year", "month", "day"],
    required: 3,
    max_pos: 3,
};

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut v = [0i64; 3];
    bind(vm, args, 1, &NEW_SIG, |vm, i, x| {
        if let Some(slot) = v.get_mut(i) {
            *slot = int_arg(vm, x)?;
        }
        Ok(())
    })?;
    let d = Ymd::checked(v[0], v[1], v[2])?;
    new_obj(vm, cls, DtData::Date(d))
}

fn today(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.today")?;
    let cls = args.this();
    let (secs, _) = now_utc(vm)?;
    let (d, _) = local_from_utc(vm, secs, false)?;
    new_date_of(vm, cls, d)
}

fn fromtimestamp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ts = one_arg(args, "date.fromtimestamp")?;
    let cls = args.this();
    let (secs, _) = split_timestamp(vm, ts, Round::Floor)?;
    let (d, _) = local_from_utc(vm, secs, false)?;
    new_date_of(vm, cls, d)
}

fn fromordinal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    if !args.kw.is_empty() {
        return Err(Exc::type_error("fromordinal() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "fromordinal() takes exactly 1 argument ({n} given)"
        )));
    }
    let ord = int_arg(vm, args.pos[1])?;
    if ord < 1 {
        return Err(Exc::value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = cal::ord_to_ymd(ord);
    let d = Ymd::checked(y, m, d)?;
    new_date_of(vm, cls, d)
}

/// The text of a `fromisoformat` argument, or CPython's TypeError.
pub(super) fn iso_arg(vm: &Vm, v: Value) -> PyResult<String> {
    vm.str_value(vm.unwrap_builtin(v))
        .ok_or_else(|| Exc::type_error("fromisoformat: argument must be str"))
}

/// `Invalid isoformat string: '...'`.
pub(super) fn invalid_iso(vm: &mut Vm, v: Value) -> Exc {
    match vm.repr(v) {
        Ok(r) => Exc::value_error(format!("Invalid isoformat string: {r}")),
        Err(e) => e,
    }
}

fn fromisoformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = one_arg(args, "date.fromisoformat")?;
    let cls = args.this();
    let text = iso_arg(vm, s)?;
    let b = text.as_bytes();
    let parsed = if matches!(b.len(), 7 | 8 | 10) {
        parse::iso_date(b, b.len())
    } else {
        None
    };
    let Some((y, m, d)) = parsed else {
        return Err(invalid_iso(vm, s));
    };
    let d = Ymd::checked(y, m, d)?;
    new_date_of(vm, cls, d)
}

static ISOCAL_SIG: Sig = Sig {
    fname: Some("fromisocalendar"),
    names: &["year", "week", "day"],
    required: 3,
    max_pos: 3,
};

fn fromisocalendar(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut v = [0i64; 3];
    bind(vm, args, 1, &ISOCAL_SIG, |vm, i, x| {
        if let Some(slot) = v.get_mut(i) {
            *slot = int_arg(vm, x)?;
        }
        Ok(())
    })?;
    let d = from_iso_calendar(v[0], v[1], v[2])?;
    new_date_of(vm, cls, d)
}

/// The date of an ISO (year, week, weekday), with CPython's messages.
pub(super) fn from_iso_calendar(year: i64, week: i64, day: i64) -> PyResult<Ymd> {
    if !(cal::MINYEAR..=cal::MAXYEAR).contains(&year) {
        return Err(Exc::value_error(format!("Year is out of range: {year}")));
    }
    if (week <= 0 || week >= 53) && !(week == 53 && cal::iso_has_53_weeks(year)) {
        return Err(Exc::value_error(format!("Invalid week: {week}")));
    }
    if !(1..=7).contains(&day) {
        return Err(Exc::value_error(format!(
            "Invalid day: {day} (range is [1, 7])"
        )));
    }
    let ord = cal::iso_week1_monday(year) + (week - 1) * 7 + day - 1;
    let (y, m, d) = cal::ord_to_ymd(ord);
    Ymd::checked(y, m, d)
}

fn year(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.y)))
}

fn month(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.m)))
}

fn day(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.d)))
}

static REPLACE_SIG: Sig = Sig {
    fname: Some("replace"),
    names: &["year", "month", "day"],
    required: 0,
    max_pos: 3,
};

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    let mut v = [i64::from(d.y), i64::from(d.m), i64::from(d.d)];
    bind(vm, args, 1, &REPLACE_SIG, |vm, i, x| {
        if let Some(slot) = v.get_mut(i) {
            *slot = int_arg(vm, x)?;
        }
        Ok(())
    })?;
    let nd = Ymd::checked(v[0], v[1], v[2])?;
    let cls = class_of(vm, args.this());
    new_date_of(vm, cls, nd)
}

fn timetuple(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.timetuple")?;
    let d = this(vm, args)?;
    struct_time(vm, d, Hms::MIDNIGHT, -1)
}

fn toordinal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.toordinal")?;
    Ok(Value::Int(this(vm, args)?.ordinal()))
}

fn weekday(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.weekday")?;
    Ok(Value::Int(cal::weekday(this(vm, args)?.ordinal())))
}

fn isoweekday(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.isoweekday")?;
    Ok(Value::Int(cal::weekday(this(vm, args)?.ordinal()) + 1))
}

fn isocalendar(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.isocalendar")?;
    let d = this(vm, args)?;
    let (y, w, wd) = cal::iso_calendar(i64::from(d.y), d.ordinal());
    new_isocal(vm, y, w, wd)
}

pub(super) fn iso_date(d: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", d.y, d.m, d.d)
}

fn isoformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.isoformat")?;
    let d = this(vm, args)?;
    vm.new_str(iso_date(d))
}

/// `str(d)` is `d.isoformat()` (so a subclass's `isoformat` counts, as in CPython).
fn to_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    let me = args.this();
    let exact = super::date_class(vm)?;
    if vm.type_of(me).is(exact) {
        return vm.new_str(iso_date(d));
    }
    let m = vm.getattr(me, "isoformat")?;
    vm.call(m, &[])
}

const DAY_ABBR: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Tue Jan  2 03:04:05 2024` (the year zero-padded to 4 digits, as CPython does).
pub(super) fn ctime_of(d: Ymd, t: Hms) -> String {
    let wd = cal::weekday(d.ordinal()) as usize;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        DAY_ABBR.get(wd).copied().unwrap_or("?"),
        MONTH_ABBR
            .get(usize::from(d.m).saturating_sub(1))
            .copied()
            .unwrap_or("?"),
        d.d,
        t.h,
        t.mi,
        t.s,
        d.y
    )
}

fn ctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "date.ctime")?;
    let d = this(vm, args)?;
    vm.new_str(ctime_of(d, Hms::MIDNIGHT))
}

static STRFTIME_SIG: Sig = Sig {
    fname: Some("strftime"),
    names: &["format"],
    required: 1,
    max_pos: 1,
};

/// The format argument of `strftime`.
pub(super) fn strftime_arg(vm: &mut Vm, args: &Args) -> PyResult<String> {
    let mut out = String::new();
    bind(vm, args, 1, &STRFTIME_SIG, |vm, _, x| {
        out = str_arg(vm, x, "strftime", 1)?;
        Ok(())
    })?;
    Ok(out)
}

fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    let format = strftime_arg(vm, args)?;
    let tm = tm_of(d, Hms::MIDNIGHT);
    let s = fmt::wrap_strftime(vm, &format, &tm, 0, Value::None, Value::None)?;
    vm.new_str(s)
}

/// `__format__(spec)`: `str(self)` for an empty spec, else `self.strftime(spec)`.
pub(super) fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error("__format__() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "__format__() takes exactly 1 argument ({n} given)"
        )));
    }
    let spec = str_arg(vm, args.pos[1], "__format__", 1)?;
    let this = args.this();
    if spec.is_empty() {
        let s = vm.to_str(this)?;
        return vm.new_str(s);
    }
    let m = vm.getattr(this, "strftime")?;
    let sv = vm.new_str(spec)?;
    vm.call(m, &[sv])
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    let tn = vm.type_name(args.this());
    vm.new_str(format!("{tn}({}, {}, {})", d.y, d.m, d.d))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    Ok(Value::Int(hash_i64(d.ordinal() ^ 0x5DA7E)))
}

fn compare(vm: &mut Vm, args: &Args, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let a = this(vm, args)?;
    match as_plain_date(vm, args.get(1).unwrap_or(Value::None)) {
        Some(b) => Ok(Value::Bool(test(a.cmp(&b)))),
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
    let d = this(vm, args)?;
    let Some(td) = as_delta(vm, args.get(1).unwrap_or(Value::None)) else {
        return Ok(Value::NotImplemented);
    };
    let nd = Ymd::from_ordinal(d.ordinal() + i64::from(td.days))?;
    let cls = class_of(vm, args.this());
    new_date_of(vm, cls, nd)
}

fn sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(vm, args)?;
    let o = args.get(1).unwrap_or(Value::None);
    if let Some(td) = as_delta(vm, o) {
        let nd = Ymd::from_ordinal(d.ordinal() - i64::from(td.days))?;
        let cls = class_of(vm, args.this());
        return new_date_of(vm, cls, nd);
    }
    if let Some(other) = as_plain_date(vm, o) {
        let days = d.ordinal() - other.ordinal();
        let td = Delta::from_us(i128::from(days) * i128::from(cal::US_PER_DAY))?;
        return new_delta(vm, td);
    }
    Ok(Value::NotImplemented)
}
