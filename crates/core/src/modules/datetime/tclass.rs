//! `datetime.time`: a time of day with an optional tzinfo.

use super::{
    as_time, bind, check_tzinfo, class_of, date, delta, dst, fmt, fv, int_arg, new_delta, new_obj,
    one_arg, parse, str_arg, tz, tzname, utcoffset, DatetimeFn, Delta, DtData, Hms, Sig, Tm,
};
use crate::builtins::hash::{hash_i64, hash_tuple};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum TimeFn {
        New => "__new__" => new,
        FromIsoFormat => "fromisoformat" => fromisoformat,
        Hour => "hour" => hour,
        Minute => "minute" => minute,
        Second => "second" => second,
        Microsecond => "microsecond" => microsecond,
        TzInfo => "tzinfo" => tzinfo,
        Fold => "fold" => fold,
        Replace => "replace" => replace,
        IsoFormat => "isoformat" => isoformat,
        Str => "__str__" => to_str,
        StrFTime => "strftime" => strftime,
        Format => "__format__" => date::format,
        UtcOffset => "utcoffset" => utcoffset_m,
        Dst => "dst" => dst_m,
        TzName => "tzname" => tzname_m,
        Repr => "__repr__" => repr,
        Hash => "__hash__" => hash,
        Eq => "__eq__" => eq,
        Lt => "__lt__" => lt,
        Le => "__le__" => le,
        Gt => "__gt__" => gt,
        Ge => "__ge__" => ge,
    }
}

fn f(which: TimeFn) -> Value {
    fv(DatetimeFn::Time(which))
}

pub(super) fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in TimeFn::all_names() {
        let Some(which) = TimeFn::from_name(name) else {
            continue;
        };
        let v = match which {
            TimeFn::New => vm.static_method(f(which))?,
            TimeFn::FromIsoFormat => vm.class_method(f(which))?,
            TimeFn::Hour
            | TimeFn::Minute
            | TimeFn::Second
            | TimeFn::Microsecond
            | TimeFn::TzInfo
            | TimeFn::Fold => vm.native_property(f(which), None)?,
            _ => f(which),
        };
        attrs.push((name, v));
    }
    let cls = vm.new_native_class(NativeClass {
        name: "time",
        module: "datetime",
        attrs,
        dotted_name: true,
        ..Default::default()
    })?;
    let min = new_obj(vm, cls, DtData::Time(Hms::MIDNIGHT, Value::None))?;
    let max = new_obj(
        vm,
        cls,
        DtData::Time(
            Hms {
                h: 23,
                mi: 59,
                s: 59,
                us: 999_999,
                fold: 0,
            },
            Value::None,
        ),
    )?;
    let res = new_delta(
        vm,
        Delta {
            days: 0,
            secs: 0,
            us: 1,
        },
    )?;
    vm.setattr(cls, "min", min)?;
    vm.setattr(cls, "max", max)?;
    vm.setattr(cls, "resolution", res)?;
    Ok(cls)
}

fn this(vm: &Vm, args: &Args) -> PyResult<(Hms, Value)> {
    as_time(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor requires a 'datetime.time' object but received a '{t}'"
        ))
    })
}

static NEW_SIG: Sig = Sig {
    fname: None,
    names: &["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
    required: 0,
    max_pos: 5,
};

/// Binds `(hour, minute, second, microsecond, tzinfo, fold)` over defaults.
fn bind_fields(vm: &mut Vm, args: &Args, sig: &Sig, t: Hms, tz: Value) -> PyResult<(Hms, Value)> {
    let mut v = [
        i64::from(t.h),
        i64::from(t.mi),
        i64::from(t.s),
        i64::from(t.us),
        0,
        i64::from(t.fold),
    ];
    let mut tzv = tz;
    bind(vm, args, 1, sig, |vm, i, x| {
        if i == 4 {
            tzv = x;
        } else if let Some(slot) = v.get_mut(i) {
            *slot = int_arg(vm, x)?;
        }
        Ok(())
    })?;
    let t = Hms::checked(v[0], v[1], v[2], v[3], v[5])?;
    check_tzinfo(vm, tzv)?;
    Ok((t, tzv))
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let (t, tz) = bind_fields(vm, args, &NEW_SIG, Hms::MIDNIGHT, Value::None)?;
    new_obj(vm, cls, DtData::Time(t, tz))
}

/// A time of class `cls` (its constructor is called for subclasses).
fn new_time_of(vm: &mut Vm, cls: Value, t: Hms, tz: Value) -> PyResult<Value> {
    let exact = super::time_class(vm)?;
    if cls.is(exact) {
        return new_obj(vm, cls, DtData::Time(t, tz));
    }
    let mut a = Args::new(&[
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

fn fromisoformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = one_arg(args, "time.fromisoformat")?;
    let cls = args.this();
    let text = date::iso_arg(vm, s)?;
    let b = text.as_bytes();
    let b = b.strip_prefix(b"T").unwrap_or(b);
    let Some(parsed) = parse::iso_time(b) else {
        return Err(date::invalid_iso(vm, s));
    };
    let tzv = parse::tz_of_offset(vm, parsed.offset)?;
    let t = Hms::checked(parsed.h, parsed.mi, parsed.s, parsed.us, 0)?;
    new_time_of(vm, cls, t, tzv)
}

fn hour(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.0.h)))
}

fn minute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.0.mi)))
}

fn second(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.0.s)))
}

fn microsecond(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.0.us)))
}

fn tzinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(this(vm, args)?.1)
}

fn fold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.0.fold)))
}

static REPLACE_SIG: Sig = Sig {
    fname: Some("replace"),
    names: &["hour", "minute", "second", "microsecond", "tzinfo", "fold"],
    required: 0,
    max_pos: 5,
};

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, tz) = this(vm, args)?;
    let (nt, ntz) = bind_fields(vm, args, &REPLACE_SIG, t, tz)?;
    let cls = class_of(vm, args.this());
    new_time_of(vm, cls, nt, ntz)
}

/// The time part of an isoformat string for `timespec`.
pub(super) fn iso_time_part(t: Hms, timespec: &str) -> PyResult<String> {
    Ok(match timespec {
        "auto" if t.us != 0 => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        "auto" | "seconds" => format!("{:02}:{:02}:{:02}", t.h, t.mi, t.s),
        "hours" => format!("{:02}", t.h),
        "minutes" => format!("{:02}:{:02}", t.h, t.mi),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", t.h, t.mi, t.s, t.us / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", t.h, t.mi, t.s, t.us),
        _ => return Err(Exc::value_error("Unknown timespec value")),
    })
}

static ISOFORMAT_SIG: Sig = Sig {
    fname: Some("isoformat"),
    names: &["timespec"],
    required: 0,
    max_pos: 1,
};

fn iso_string(vm: &mut Vm, t: Hms, tzv: Value, timespec: &str) -> PyResult<String> {
    let mut s = iso_time_part(t, timespec)?;
    if let Some(off) = utcoffset(vm, tzv, Value::None)? {
        s.push_str(&tz::format_offset(off, ":"));
    }
    Ok(s)
}

fn isoformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, tzv) = this(vm, args)?;
    let mut timespec = "auto".to_string();
    bind(vm, args, 1, &ISOFORMAT_SIG, |vm, _, x| {
        timespec = str_arg(vm, x, "isoformat", 1)?;
        Ok(())
    })?;
    let s = iso_string(vm, t, tzv, &timespec)?;
    vm.new_str(s)
}

fn to_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, tzv) = this(vm, args)?;
    let s = iso_string(vm, t, tzv, "auto")?;
    vm.new_str(s)
}

fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, tzv) = this(vm, args)?;
    let format = date::strftime_arg(vm, args)?;
    // CPython formats times as on 1900-01-01 (a Monday).
    let tm = Tm {
        year: 1900,
        mon: 1,
        mday: 1,
        hour: i64::from(t.h),
        min: i64::from(t.mi),
        sec: i64::from(t.s),
        wday: 0,
        yday: 1,
        gmtoff: 0,
        zone: String::new(),
        isdst: -1,
    };
    let s = fmt::wrap_strftime(vm, &format, &tm, t.us, tzv, Value::None)?;
    vm.new_str(s)
}

fn utcoffset_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::no_args(args, "time.utcoffset")?;
    let (_, tzv) = this(vm, args)?;
    match utcoffset(vm, tzv, Value::None)? {
        Some(d) => new_delta(vm, d),
        None => Ok(Value::None),
    }
}

fn dst_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::no_args(args, "time.dst")?;
    let (_, tzv) = this(vm, args)?;
    match dst(vm, tzv, Value::None)? {
        Some(d) => new_delta(vm, d),
        None => Ok(Value::None),
    }
}

fn tzname_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::no_args(args, "time.tzname")?;
    let (_, tzv) = this(vm, args)?;
    tzname(vm, tzv, Value::None)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, tzv) = this(vm, args)?;
    let tn = vm.type_name(args.this());
    let mut s = if t.us != 0 {
        format!("{tn}({}, {}, {}, {}", t.h, t.mi, t.s, t.us)
    } else if t.s != 0 {
        format!("{tn}({}, {}, {}", t.h, t.mi, t.s)
    } else {
        format!("{tn}({}, {}", t.h, t.mi)
    };
    if !tzv.is_none() {
        let r = tz::repr_of(vm, tzv)?;
        s.push_str(&format!(", tzinfo={r}"));
    }
    if t.fold != 0 {
        s.push_str(", fold=1");
    }
    s.push(')');
    vm.new_str(s)
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (t, tzv) = this(vm, args)?;
    match utcoffset(vm, tzv, Value::None)? {
        None => Ok(Value::Int(hash_tuple(
            [
                hash_i64(i64::from(t.h)),
                hash_i64(i64::from(t.mi)),
                hash_i64(i64::from(t.s)),
                hash_i64(i64::from(t.us)),
            ]
            .into_iter(),
        ))),
        Some(off) => {
            let us = i128::from(t.total_us()) - off.total_us();
            Ok(Value::Int(delta::hash_of(Delta::from_us(us)?)))
        }
    }
}

fn compare(vm: &mut Vm, args: &Args, op: super::dtime::Cmp) -> PyResult<Value> {
    let (a, atz) = this(vm, args)?;
    let Some((b, btz)) = as_time(vm, args.get(1).unwrap_or(Value::None)) else {
        return Ok(Value::NotImplemented);
    };
    let ord = if atz.is(btz) {
        a.key().cmp(&b.key())
    } else {
        let o1 = utcoffset(vm, atz, Value::None)?;
        let o2 = utcoffset(vm, btz, Value::None)?;
        match (o1, o2) {
            (None, None) => a.key().cmp(&b.key()),
            (Some(x), Some(y)) if x == y => a.key().cmp(&b.key()),
            (Some(x), Some(y)) => {
                let ua = i128::from(a.total_us()) - x.total_us();
                let ub = i128::from(b.total_us()) - y.total_us();
                ua.cmp(&ub)
            }
            _ => {
                return match op {
                    super::dtime::Cmp::Eq => Ok(Value::Bool(false)),
                    _ => Err(Exc::type_error(
                        "can't compare offset-naive and offset-aware times",
                    )),
                }
            }
        }
    };
    Ok(Value::Bool(op.test(ord)))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, super::dtime::Cmp::Eq)
}

fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, super::dtime::Cmp::Lt)
}

fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, super::dtime::Cmp::Le)
}

fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, super::dtime::Cmp::Gt)
}

fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, super::dtime::Cmp::Ge)
}
