//! `datetime.datetime`, a subclass of `date` (whose methods it inherits where CPython's does).

use super::{
    as_any_date, as_datetime, as_delta, as_time, bind, cal, check_tzinfo, class_of, date, delta,
    dst, epoch_secs, fmt, from_epoch_secs, from_total_us, fv, int_arg, local_from_utc,
    local_offset, local_to_utc, local_zone_name, new_datetime_of, new_delta, new_obj, no_args,
    now_utc, one_arg, parse, split_timestamp, str_arg, struct_time, tclass, tm_of, tz, tzname,
    utc_us, utcoffset, DatetimeFn, Delta, DtData, Hms, Round, Sig, Ymd,
};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::native_methods;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum DateTimeFn {
        New => "__new__" => new,
        Today => "today" => today,
        Now => "now" => now,
        UtcNow => "utcnow" => utcnow,
        FromTimestamp => "fromtimestamp" => fromtimestamp,
        UtcFromTimestamp => "utcfromtimestamp" => utcfromtimestamp,
        FromIsoFormat => "fromisoformat" => fromisoformat,
        Combine => "combine" => combine,
        StrPTime => "strptime" => strptime,
        Hour => "hour" => hour,
        Minute => "minute" => minute,
        Second => "second" => second,
        Microsecond => "microsecond" => microsecond,
        TzInfo => "tzinfo" => tzinfo,
        Fold => "fold" => fold,
        Date => "date" => date_m,
        Time => "time" => time_m,
        TimeTz => "timetz" => timetz,
        Replace => "replace" => replace,
        AsTimezone => "astimezone" => astimezone,
        UtcOffset => "utcoffset" => utcoffset_m,
        Dst => "dst" => dst_m,
        TzName => "tzname" => tzname_m,
        TimeTuple => "timetuple" => timetuple,
        UtcTimeTuple => "utctimetuple" => utctimetuple,
        Timestamp => "timestamp" => timestamp,
        IsoFormat => "isoformat" => isoformat,
        Str => "__str__" => to_str,
        CTime => "ctime" => ctime,
        StrFTime => "strftime" => strftime,
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

fn f(which: DateTimeFn) -> Value {
    fv(DatetimeFn::DateTime(which))
}

pub(super) fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let base = super::date_class(vm)?;
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    for name in DateTimeFn::all_names() {
        let Some(which) = DateTimeFn::from_name(name) else {
            continue;
        };
        let v = match which {
            DateTimeFn::New => vm.static_method(f(which))?,
            DateTimeFn::Today
            | DateTimeFn::Now
            | DateTimeFn::UtcNow
            | DateTimeFn::FromTimestamp
            | DateTimeFn::UtcFromTimestamp
            | DateTimeFn::FromIsoFormat
            | DateTimeFn::Combine
            | DateTimeFn::StrPTime => vm.class_method(f(which))?,
            DateTimeFn::Hour
            | DateTimeFn::Minute
            | DateTimeFn::Second
            | DateTimeFn::Microsecond
            | DateTimeFn::TzInfo
            | DateTimeFn::Fold => vm.native_property(f(which), None)?,
            _ => f(which),
        };
        attrs.push((name, v));
    }
    let cls = vm.new_native_class(NativeClass {
        name: "datetime",
        module: "datetime",
        bases: &[base],
        attrs,
        dotted_name: true,
        ..Default::default()
    })?;
    let min = new_obj(
        vm,
        cls,
        DtData::DateTime(Ymd { y: 1, m: 1, d: 1 }, Hms::MIDNIGHT, Value::None),
    )?;
    let max = new_obj(
        vm,
        cls,
        DtData::DateTime(
            Ymd {
                y: 9999,
                m: 12,
                d: 31,
            },
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

fn this(vm: &Vm, args: &Args) -> PyResult<(Ymd, Hms, Value)> {
    as_datetime(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor requires a 'datetime.datetime' object but received a '{t}'"
        ))
    })
}

static NEW_SIG: Sig = Sig {
    fname: None,
    names: &[
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "microsecond",
        "tzinfo",
        "fold",
    ],
    required: 3,
    max_pos: 8,
};

static REPLACE_SIG: Sig = Sig {
    fname: Some("replace"),
    names: &[
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "microsecond",
        "tzinfo",
        "fold",
    ],
    required: 0,
    max_pos: 8,
};

/// Binds the constructor's fields over defaults and validates them.
fn bind_fields(
    vm: &mut Vm,
    args: &Args,
    sig: &Sig,
    d: Ymd,
    t: Hms,
    tz: Value,
) -> PyResult<(Ymd, Hms, Value)> {
    let mut v = [
        i64::from(d.y),
        i64::from(d.m),
        i64::from(d.d),
        i64::from(t.h),
        i64::from(t.mi),
        i64::from(t.s),
        i64::from(t.us),
        0,
        i64::from(t.fold),
    ];
    let mut tzv = tz;
    bind(vm, args, 1, sig, |vm, i, x| {
        if i == 7 {
            tzv = x;
        } else if let Some(slot) = v.get_mut(i) {
            *slot = int_arg(vm, x)?;
        }
        Ok(())
    })?;
    let d = Ymd::checked(v[0], v[1], v[2])?;
    let t = Hms::checked(v[3], v[4], v[5], v[6], v[8])?;
    check_tzinfo(vm, tzv)?;
    Ok((d, t, tzv))
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let (d, t, tz) = bind_fields(
        vm,
        args,
        &NEW_SIG,
        Ymd { y: 1, m: 1, d: 1 },
        Hms::MIDNIGHT,
        Value::None,
    )?;
    new_obj(vm, cls, DtData::DateTime(d, t, tz))
}

/// A datetime from a UTC timestamp: local and naive when `tz` is None, else converted by
/// `tz.fromutc`.
fn from_timestamp_parts(
    vm: &mut Vm,
    cls: Value,
    secs: i64,
    us: i64,
    tzv: Value,
    utc: bool,
) -> PyResult<Value> {
    let (d, mut t) = if utc || !tzv.is_none() {
        super::check_time_t_year(secs)?;
        from_epoch_secs(secs)?
    } else {
        local_from_utc(vm, secs, true)?
    };
    t.us = us as u32;
    if tzv.is_none() {
        return new_datetime_of(vm, cls, d, t, Value::None);
    }
    let dt = new_datetime_of(vm, cls, d, t, tzv)?;
    let m = vm.getattr(tzv, "fromutc")?;
    vm.call(m, &[dt])
}

fn today(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.today")?;
    let cls = args.this();
    let (secs, us) = now_utc(vm)?;
    from_timestamp_parts(vm, cls, secs, us, Value::None, false)
}

static NOW_SIG: Sig = Sig {
    fname: Some("now"),
    names: &["tz"],
    required: 0,
    max_pos: 1,
};

fn now(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut tzv = Value::None;
    bind(vm, args, 1, &NOW_SIG, |_, _, x| {
        tzv = x;
        Ok(())
    })?;
    check_tzinfo(vm, tzv)?;
    let (secs, us) = now_utc(vm)?;
    from_timestamp_parts(vm, cls, secs, us, tzv, false)
}

fn utcnow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.utcnow")?;
    let cls = args.this();
    let (secs, us) = now_utc(vm)?;
    from_timestamp_parts(vm, cls, secs, us, Value::None, true)
}

static FROMTS_SIG: Sig = Sig {
    fname: Some("fromtimestamp"),
    names: &["timestamp", "tz"],
    required: 1,
    max_pos: 2,
};

fn fromtimestamp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut ts = Value::None;
    let mut tzv = Value::None;
    bind(vm, args, 1, &FROMTS_SIG, |_, i, x| {
        if i == 0 {
            ts = x;
        } else {
            tzv = x;
        }
        Ok(())
    })?;
    check_tzinfo(vm, tzv)?;
    let (secs, us) = split_timestamp(vm, ts, Round::HalfEven)?;
    from_timestamp_parts(vm, cls, secs, us, tzv, false)
}

fn utcfromtimestamp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    if !args.kw.is_empty() {
        return Err(Exc::type_error(
            "utcfromtimestamp() takes no keyword arguments",
        ));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(Exc::type_error(format!(
            "utcfromtimestamp() takes exactly 1 argument ({n} given)"
        )));
    }
    let (secs, us) = split_timestamp(vm, args.pos[1], Round::HalfEven)?;
    from_timestamp_parts(vm, cls, secs, us, Value::None, true)
}

fn fromisoformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = one_arg(args, "datetime.fromisoformat")?;
    let cls = args.this();
    let text = date::iso_arg(vm, s)?;
    let Some(p) = parse::iso_datetime(text.as_bytes()) else {
        return Err(date::invalid_iso(vm, s));
    };
    let tzv = parse::tz_of_offset(vm, p.time.offset)?;
    let d = Ymd::checked(p.y, p.m, p.d)?;
    let t = Hms::checked(p.time.h, p.time.mi, p.time.s, p.time.us, 0)?;
    new_datetime_of(vm, cls, d, t, tzv)
}

static COMBINE_SIG: Sig = Sig {
    fname: Some("combine"),
    names: &["date", "time", "tzinfo"],
    required: 2,
    max_pos: 3,
};

fn combine(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let mut d = None;
    let mut t = None;
    let mut tzv = None;
    bind(vm, args, 1, &COMBINE_SIG, |vm, i, x| {
        match i {
            0 => match as_any_date(vm, x) {
                Some(v) => d = Some(v),
                None => {
                    let tn = super::arg_type_name(vm, x);
                    return Err(Exc::type_error(format!(
                        "combine() argument 1 must be datetime.date, not {tn}"
                    )));
                }
            },
            1 => match as_time(vm, x) {
                Some(v) => t = Some(v),
                None => {
                    let tn = super::arg_type_name(vm, x);
                    return Err(Exc::type_error(format!(
                        "combine() argument 2 must be datetime.time, not {tn}"
                    )));
                }
            },
            _ => tzv = Some(x),
        }
        Ok(())
    })?;
    let (Some(d), Some((t, ttz))) = (d, t) else {
        return Err(Exc::internal("combine arguments"));
    };
    let tzv = tzv.unwrap_or(ttz);
    check_tzinfo(vm, tzv)?;
    new_datetime_of(vm, cls, d, t, tzv)
}

fn strptime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    if !args.kw.is_empty() {
        return Err(Exc::type_error("strptime() takes no keyword arguments"));
    }
    let n = args.pos.len().saturating_sub(1);
    if n != 2 {
        return Err(Exc::type_error(format!(
            "strptime() takes exactly 2 arguments ({n} given)"
        )));
    }
    let data = str_arg(vm, args.pos[1], "strptime", 1)?;
    let format = str_arg(vm, args.pos[2], "strptime", 2)?;
    let r = parse::strptime_fields(vm, &data, &format)?;
    let tzv = match r.gmtoff {
        Some(off_us) => {
            let off = Delta::from_us(off_us)?;
            let name = match &r.zone_name {
                Some(n) => vm.new_str(n.clone())?,
                None => Value::None,
            };
            if !tz::offset_in_range(off) {
                return Err(Exc::value_error(format!(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
                    delta::repr_of("datetime.timedelta", off)
                )));
            }
            tz::new_timezone(vm, off, name)?
        }
        None => Value::None,
    };
    let d = Ymd::checked(r.year, r.month, r.day)?;
    let t = Hms::checked(r.hour, r.minute, r.second, r.fraction, 0)?;
    new_datetime_of(vm, cls, d, t, tzv)
}

fn hour(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.1.h)))
}

fn minute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.1.mi)))
}

fn second(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.1.s)))
}

fn microsecond(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.1.us)))
}

fn tzinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(this(vm, args)?.2)
}

fn fold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(vm, args)?.1.fold)))
}

fn date_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.date")?;
    let (d, _, _) = this(vm, args)?;
    let cls = super::date_class(vm)?;
    new_obj(vm, cls, DtData::Date(d))
}

fn time_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.time")?;
    let (_, t, _) = this(vm, args)?;
    let cls = super::time_class(vm)?;
    new_obj(vm, cls, DtData::Time(t, Value::None))
}

fn timetz(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.timetz")?;
    let (_, t, tzv) = this(vm, args)?;
    let cls = super::time_class(vm)?;
    new_obj(vm, cls, DtData::Time(t, tzv))
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, t, tzv) = this(vm, args)?;
    let (nd, nt, ntz) = bind_fields(vm, args, &REPLACE_SIG, d, t, tzv)?;
    let cls = class_of(vm, args.this());
    new_datetime_of(vm, cls, nd, nt, ntz)
}

/// The local zone (a `timezone`) in effect at UTC time `u`.
fn local_tz_at(vm: &mut Vm, u: i64) -> PyResult<Value> {
    let off = local_offset(vm, u);
    let delta = Delta::from_us(i128::from(off) * 1_000_000)?;
    let name = vm.new_str(local_zone_name(off))?;
    tz::new_timezone(vm, delta, name)
}

static ASTZ_SIG: Sig = Sig {
    fname: Some("astimezone"),
    names: &["tz"],
    required: 0,
    max_pos: 1,
};

fn astimezone(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, t, self_tz) = this(vm, args)?;
    let mut target = Value::None;
    bind(vm, args, 1, &ASTZ_SIG, |_, _, x| {
        target = x;
        Ok(())
    })?;
    check_tzinfo(vm, target)?;
    let me = args.this();
    // The offset of self: from its tzinfo, or the local zone for naive values.
    let mut offset = None;
    if !self_tz.is_none() {
        if self_tz.is(target) {
            return Ok(me);
        }
        offset = utcoffset(vm, self_tz, me)?;
    }
    let offset = match offset {
        Some(o) => o,
        None => {
            let u = local_to_utc(vm, epoch_secs(d, t), t.fold != 0);
            let off = local_offset(vm, u);
            Delta::from_us(i128::from(off) * 1_000_000)?
        }
    };
    let utc = utc_us(d, t, Some(offset));
    let (ud, ut) = from_total_us(utc, 0)?;
    let ut = Hms { fold: 0, ..ut };
    let target = if target.is_none() {
        let u = epoch_secs(ud, ut);
        local_tz_at(vm, u)?
    } else {
        target
    };
    let cls = class_of(vm, me);
    let dt = new_datetime_of(vm, cls, ud, ut, target)?;
    let m = vm.getattr(target, "fromutc")?;
    vm.call(m, &[dt])
}

fn utcoffset_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.utcoffset")?;
    let (_, _, tzv) = this(vm, args)?;
    match utcoffset(vm, tzv, args.this())? {
        Some(o) => new_delta(vm, o),
        None => Ok(Value::None),
    }
}

fn dst_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.dst")?;
    let (_, _, tzv) = this(vm, args)?;
    match dst(vm, tzv, args.this())? {
        Some(o) => new_delta(vm, o),
        None => Ok(Value::None),
    }
}

fn tzname_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.tzname")?;
    let (_, _, tzv) = this(vm, args)?;
    tzname(vm, tzv, args.this())
}

fn timetuple(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.timetuple")?;
    let (d, t, tzv) = this(vm, args)?;
    let isdst = match dst(vm, tzv, args.this())? {
        None => -1,
        Some(x) => i64::from(!x.is_zero()),
    };
    struct_time(vm, d, t, isdst)
}

fn utctimetuple(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.utctimetuple")?;
    let (d, t, tzv) = this(vm, args)?;
    let (d, t) = match utcoffset(vm, tzv, args.this())? {
        None => (d, t),
        Some(o) => from_total_us(utc_us(d, t, Some(o)), 0)?,
    };
    struct_time(vm, d, t, 0)
}

fn timestamp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.timestamp")?;
    let (d, t, tzv) = this(vm, args)?;
    if !tzv.is_none() {
        let Some(o) = utcoffset(vm, tzv, args.this())? else {
            return Err(Exc::type_error(
                "can't subtract offset-naive and offset-aware datetimes",
            ));
        };
        let epoch = i128::from(cal::EPOCH_ORDINAL) * i128::from(cal::US_PER_DAY);
        let us = utc_us(d, t, Some(o)) - epoch;
        let x = super::int_value(vm, us)?;
        return crate::builtins::int::binop(
            vm,
            crate::bytecode::BinOp::TrueDiv,
            x,
            Value::Int(1_000_000),
        );
    }
    let u = local_to_utc(vm, epoch_secs(d, t), t.fold != 0);
    Ok(Value::Float(u as f64 + f64::from(t.us) / 1e6))
}

static ISOFORMAT_SIG: Sig = Sig {
    fname: Some("isoformat"),
    names: &["sep", "timespec"],
    required: 0,
    max_pos: 2,
};

fn iso_string(vm: &mut Vm, me: Value, sep: char, timespec: &str) -> PyResult<String> {
    let Some((d, t, tzv)) = as_datetime(vm, me) else {
        return Err(Exc::internal("isoformat of a non-datetime"));
    };
    let mut s = date::iso_date(d);
    s.push(sep);
    s.push_str(&tclass::iso_time_part(t, timespec)?);
    if let Some(off) = utcoffset(vm, tzv, me)? {
        s.push_str(&tz::format_offset(off, ":"));
    }
    Ok(s)
}

fn isoformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args)?;
    let mut sep = 'T';
    let mut timespec = "auto".to_string();
    bind(vm, args, 1, &ISOFORMAT_SIG, |vm, i, x| {
        if i == 0 {
            let s = vm.as_str(vm.unwrap_builtin(x)).map(|s| {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            match s {
                Some(Some(c)) => sep = c,
                _ => {
                    let tn = super::arg_type_name(vm, x);
                    return Err(Exc::type_error(format!(
                        "isoformat() argument 1 must be a unicode character, not {tn}"
                    )));
                }
            }
        } else {
            timespec = str_arg(vm, x, "isoformat", 2)?;
        }
        Ok(())
    })?;
    let s = iso_string(vm, args.this(), sep, &timespec)?;
    vm.new_str(s)
}

fn to_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args)?;
    let s = iso_string(vm, args.this(), ' ', "auto")?;
    vm.new_str(s)
}

fn ctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "datetime.ctime")?;
    let (d, t, _) = this(vm, args)?;
    vm.new_str(date::ctime_of(d, t))
}

fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, t, tzv) = this(vm, args)?;
    let format = date::strftime_arg(vm, args)?;
    // CPython builds `self.timetuple()` first, which asks the tzinfo for `dst()`.
    let isdst = match dst(vm, tzv, args.this())? {
        None => -1,
        Some(x) => i64::from(!x.is_zero()),
    };
    let mut tm = tm_of(d, t);
    tm.isdst = isdst;
    let s = fmt::wrap_strftime(vm, &format, &tm, t.us, tzv, args.this())?;
    vm.new_str(s)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, t, tzv) = this(vm, args)?;
    let tn = vm.type_name(args.this());
    let mut s = format!("{tn}({}, {}, {}, {}, {}", d.y, d.m, d.d, t.h, t.mi);
    if t.us != 0 {
        s.push_str(&format!(", {}, {}", t.s, t.us));
    } else if t.s != 0 {
        s.push_str(&format!(", {}", t.s));
    }
    if t.fold != 0 {
        s.push_str(", fold=1");
    }
    if !tzv.is_none() {
        let r = tz::repr_of(vm, tzv)?;
        s.push_str(&format!(", tzinfo={r}"));
    }
    s.push(')');
    vm.new_str(s)
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d, t, tzv) = this(vm, args)?;
    let me = args.this();
    let off = if t.fold != 0 && !tzv.is_none() {
        // Hash as the fold=0 twin so that equal values hash equal.
        let cls = super::datetime_class(vm)?;
        let twin = new_obj(vm, cls, DtData::DateTime(d, Hms { fold: 0, ..t }, tzv))?;
        utcoffset(vm, tzv, twin)?
    } else {
        utcoffset(vm, tzv, me)?
    };
    let us = utc_us(d, t, off);
    Ok(Value::Int(delta::hash_of(Delta::from_us(us)?)))
}

/// A rich comparison operator.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cmp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    pub(super) fn test(self, o: std::cmp::Ordering) -> bool {
        match self {
            Cmp::Eq => o.is_eq(),
            Cmp::Lt => o.is_lt(),
            Cmp::Le => o.is_le(),
            Cmp::Gt => o.is_gt(),
            Cmp::Ge => o.is_ge(),
        }
    }
}

fn key(d: Ymd, t: Hms) -> (Ymd, (u8, u8, u8, u32)) {
    (d, t.key())
}

fn compare(vm: &mut Vm, args: &Args, op: Cmp) -> PyResult<Value> {
    let (d1, t1, tz1) = this(vm, args)?;
    let me = args.this();
    let other = args.get(1).unwrap_or(Value::None);
    let Some((d2, t2, tz2)) = as_datetime(vm, other) else {
        if as_any_date(vm, other).is_some() {
            if op == Cmp::Eq {
                return Ok(Value::Bool(false));
            }
            let (a, b) = (vm.type_name(me), vm.type_name(other));
            return Err(Exc::type_error(format!("can't compare {a} to {b}")));
        }
        return Ok(Value::NotImplemented);
    };
    let ord = if tz1.is(tz2) {
        key(d1, t1).cmp(&key(d2, t2))
    } else {
        let o1 = utcoffset(vm, tz1, me)?;
        let o2 = utcoffset(vm, tz2, other)?;
        match (o1, o2) {
            (None, None) => key(d1, t1).cmp(&key(d2, t2)),
            (Some(a), Some(b)) => utc_us(d1, t1, Some(a)).cmp(&utc_us(d2, t2, Some(b))),
            _ => {
                if op == Cmp::Eq {
                    return Ok(Value::Bool(false));
                }
                return Err(Exc::type_error(
                    "can't compare offset-naive and offset-aware datetimes",
                ));
            }
        }
    };
    Ok(Value::Bool(op.test(ord)))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, Cmp::Eq)
}

fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, Cmp::Lt)
}

fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, Cmp::Le)
}

fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, Cmp::Gt)
}

fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, Cmp::Ge)
}

/// `dt + delta` (sign +1) or `dt - delta` (-1), keeping the class and tzinfo; fold resets.
fn shifted(vm: &mut Vm, me: Value, td: Delta, sign: i128) -> PyResult<Value> {
    let Some((d, t, tzv)) = as_datetime(vm, me) else {
        return Err(Exc::internal("shift of a non-datetime"));
    };
    let us = utc_us(d, t, None) + sign * td.total_us();
    let (nd, nt) = from_total_us(us, 0)?;
    let cls = class_of(vm, me);
    new_datetime_of(vm, cls, nd, nt, tzv)
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args)?;
    match as_delta(vm, args.get(1).unwrap_or(Value::None)) {
        Some(td) => shifted(vm, args.this(), td, 1),
        None => Ok(Value::NotImplemented),
    }
}

fn sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (d1, t1, tz1) = this(vm, args)?;
    let me = args.this();
    let other = args.get(1).unwrap_or(Value::None);
    if let Some(td) = as_delta(vm, other) {
        return shifted(vm, me, td, -1);
    }
    let Some((d2, t2, tz2)) = as_datetime(vm, other) else {
        return Ok(Value::NotImplemented);
    };
    let (o1, o2) = if tz1.is(tz2) {
        (None, None)
    } else {
        let o1 = utcoffset(vm, tz1, me)?;
        let o2 = utcoffset(vm, tz2, other)?;
        if o1.is_some() != o2.is_some() {
            return Err(Exc::type_error(
                "can't subtract offset-naive and offset-aware datetimes",
            ));
        }
        (o1, o2)
    };
    let diff = utc_us(d1, t1, o1) - utc_us(d2, t2, o2);
    let td = Delta::from_us(diff)?;
    new_delta(vm, td)
}
