//! `time`: clocks, `sleep`, `struct_time` and the conversions between timestamps and broken-down
//! time (`gmtime`, `localtime`, `mktime`, `strftime`, `strptime`, `asctime`, `ctime`), with
//! CPython 3.11's messages.
//!
//! Everything that reads a clock asks the host: `time`/`time_ns` and the no-argument forms of
//! `gmtime`/`localtime`/`ctime`/`asctime`/`strftime` need the wall-clock grant; `monotonic`,
//! `perf_counter` and `process_time` (and their `_ns` forms) read the host's monotonic clock —
//! there is no per-process CPU clock in the sandbox, so `process_time` measures elapsed time.
//! `sleep` validates its argument like CPython, then asks the host to sleep (refused without
//! the grant). Local time uses the host's UTC offset (UTC when it gives none): `timezone` and
//! `altzone` are minus that offset, `daylight` is 0, and `tzname` names the zone `UTC` at offset
//! zero, else by its offset (`UTC+01:00`). `strftime` follows glibc in the C locale.
//!
//! `struct_time` is a tuple subclass like CPython's; its `tm_zone` and `tm_gmtoff` are plain
//! instance attributes (assignable, unlike CPython's read-only members).
//!
//! Not provided: `tzset`, `get_clock_info`, `thread_time`, the `clock_*` functions and the
//! `CLOCK_*` constants.

use crate::builtins::class::{Instance, Payload};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::datetime::{self as dt, strftime_c, Tm};
use crate::modules::native::NativeClass;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum TimeFn {
        Time => "time" => time,
        TimeNs => "time_ns" => time_ns,
        Monotonic => "monotonic" => monotonic,
        MonotonicNs => "monotonic_ns" => monotonic_ns,
        PerfCounter => "perf_counter" => perf_counter,
        PerfCounterNs => "perf_counter_ns" => perf_counter_ns,
        ProcessTime => "process_time" => process_time,
        ProcessTimeNs => "process_time_ns" => process_time_ns,
        Sleep => "sleep" => sleep,
        GmTime => "gmtime" => gmtime,
        LocalTime => "localtime" => localtime,
        MkTime => "mktime" => mktime,
        StrFTime => "strftime" => strftime,
        StrPTime => "strptime" => strptime,
        AscTime => "asctime" => asctime,
        CTime => "ctime" => ctime,
        StNew => "__new__" => st_new,
        StRepr => "__repr__" => st_repr,
        StYear => "tm_year" => st_year,
        StMon => "tm_mon" => st_mon,
        StMday => "tm_mday" => st_mday,
        StHour => "tm_hour" => st_hour,
        StMin => "tm_min" => st_min,
        StSec => "tm_sec" => st_sec,
        StWday => "tm_wday" => st_wday,
        StYday => "tm_yday" => st_yday,
        StIsdst => "tm_isdst" => st_isdst,
        StReadOnly => "__set__" => st_readonly,
    }
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn f(which: TimeFn) -> Value {
    func_value(ModuleFn::Time(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for which in [
        TimeFn::Time,
        TimeFn::TimeNs,
        TimeFn::Monotonic,
        TimeFn::MonotonicNs,
        TimeFn::PerfCounter,
        TimeFn::PerfCounterNs,
        TimeFn::ProcessTime,
        TimeFn::ProcessTimeNs,
        TimeFn::Sleep,
        TimeFn::GmTime,
        TimeFn::LocalTime,
        TimeFn::MkTime,
        TimeFn::StrFTime,
        TimeFn::StrPTime,
        TimeFn::AscTime,
        TimeFn::CTime,
    ] {
        out.push((which.name(), f(which)));
    }
    let st = struct_time_class(vm)?;
    out.push(("struct_time", st));
    let off = dt::local_offset(vm, 0);
    let name = vm.new_str(dt::local_zone_name(off))?;
    let tzname = vm.new_tuple(vec![name, name])?;
    out.push(("timezone", Value::Int(-off)));
    out.push(("altzone", Value::Int(-off)));
    out.push(("daylight", Value::Int(0)));
    out.push(("tzname", tzname));
    Ok(out)
}

// ---- struct_time --------------------------------------------------------------------------------

pub(crate) fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("time.struct_time", |vm| {
        let new = vm.static_method(f(TimeFn::StNew))?;
        let mut attrs = vec![("__new__", new), ("__repr__", f(TimeFn::StRepr))];
        for (name, which) in FIELDS.iter().zip([
            TimeFn::StYear,
            TimeFn::StMon,
            TimeFn::StMday,
            TimeFn::StHour,
            TimeFn::StMin,
            TimeFn::StSec,
            TimeFn::StWday,
            TimeFn::StYday,
            TimeFn::StIsdst,
        ]) {
            let p = vm.native_property(f(which), Some(f(TimeFn::StReadOnly)))?;
            attrs.push((name, p));
        }
        attrs.push(("n_fields", Value::Int(11)));
        attrs.push(("n_sequence_fields", Value::Int(9)));
        attrs.push(("n_unnamed_fields", Value::Int(0)));
        vm.new_native_class(NativeClass {
            name: "struct_time",
            module: "time",
            bases: &[Value::Type(BuiltinType::Tuple)],
            attrs,
            dotted_name: true,
            ..Default::default()
        })
    })
}

fn make_struct(
    vm: &mut Vm,
    cls: Value,
    items: Vec<Value>,
    zone: Value,
    gmtoff: Value,
) -> PyResult<Value> {
    let t = vm.new_tuple(items)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(t);
    let v = vm.alloc(Object::Instance(Box::new(inst)))?;
    vm.setattr(v, "tm_zone", zone)?;
    vm.setattr(v, "tm_gmtoff", gmtoff)?;
    Ok(v)
}

/// A `time.struct_time` of nine integer fields plus `tm_zone` and `tm_gmtoff`.
pub(crate) fn new_struct_time(
    vm: &mut Vm,
    fields: [i64; 9],
    zone: Value,
    gmtoff: Value,
) -> PyResult<Value> {
    let cls = struct_time_class(vm)?;
    let items = fields.iter().map(|&i| Value::Int(i)).collect();
    make_struct(vm, cls, items, zone, gmtoff)
}

/// `time.struct_time(sequence)`.
fn st_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let seq = match (args.get(1), args.kwarg(vm, "sequence")) {
        (Some(v), _) | (None, Some(v)) => v,
        (None, None) => {
            return Err(Exc::type_error(
                "structseq() missing required argument 'sequence' (pos 1)",
            ))
        }
    };
    let items = match vm.seq_items(seq) {
        Some(items) => items,
        None => {
            if vm.as_str(seq).is_none() && vm.get_iter(seq).is_err() {
                return Err(Exc::type_error("constructor requires a sequence"));
            }
            vm.collect(seq)?
        }
    };
    let n = items.len();
    if n < 9 {
        return Err(Exc::type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(Exc::type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    let zone = items.get(9).copied().unwrap_or(Value::None);
    let gmtoff = items.get(10).copied().unwrap_or(Value::None);
    let nine = items.into_iter().take(9).collect();
    make_struct(vm, cls, nine, zone, gmtoff)
}

fn st_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = vm.seq_items(args.this()).unwrap_or_default();
    let mut parts = Vec::with_capacity(9);
    for (name, v) in FIELDS.iter().zip(items) {
        let r = vm.repr(v)?;
        parts.push(format!("{name}={r}"));
    }
    let tn = vm.type_name(args.this());
    vm.new_str(format!("{tn}({})", parts.join(", ")))
}

fn st_item(vm: &mut Vm, args: &Args, i: usize) -> PyResult<Value> {
    let items = vm.seq_items(args.this()).unwrap_or_default();
    items
        .get(i)
        .copied()
        .ok_or_else(|| Exc::type_error("struct_time expected"))
}

fn st_readonly(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::attribute_error("readonly attribute"))
}

fn st_year(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 0)
}
fn st_mon(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 1)
}
fn st_mday(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 2)
}
fn st_hour(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 3)
}
fn st_min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 4)
}
fn st_sec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 5)
}
fn st_wday(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 6)
}
fn st_yday(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 7)
}
fn st_isdst(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    st_item(vm, args, 8)
}

// ---- clocks -------------------------------------------------------------------------------------

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "time.{name}() takes no keyword arguments"
        )));
    }
    if !args.pos.is_empty() {
        return Err(Exc::type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    Ok(())
}

fn ns(vm: &mut Vm, secs: f64) -> PyResult<Value> {
    dt::int_value(vm, (secs * 1e9) as i128)
}

fn time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "time")?;
    Ok(Value::Float(vm.host_wall_time()?))
}

fn time_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "time_ns")?;
    let t = vm.host_wall_time()?;
    ns(vm, t)
}

fn monotonic(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "monotonic")?;
    Ok(Value::Float(vm.host_monotonic()?))
}

fn monotonic_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "monotonic_ns")?;
    let t = vm.host_monotonic()?;
    ns(vm, t)
}

fn perf_counter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "perf_counter")?;
    Ok(Value::Float(vm.host_monotonic()?))
}

fn perf_counter_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "perf_counter_ns")?;
    let t = vm.host_monotonic()?;
    ns(vm, t)
}

fn process_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "process_time")?;
    Ok(Value::Float(vm.host_monotonic()?))
}

fn process_time_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "process_time_ns")?;
    let t = vm.host_monotonic()?;
    ns(vm, t)
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error("time.sleep() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return Err(Exc::type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let v = vm.unwrap_builtin(args.pos[0]);
    let secs = match v {
        Value::Float(x) => {
            if x.is_nan() {
                return Err(Exc::value_error("Invalid value NaN (not a number)"));
            }
            x
        }
        _ => match vm.index_value(v) {
            Ok(i) => i as f64,
            Err(e) if e.builtin_type() == Some(BuiltinType::IndexError) => {
                return Err(Exc::overflow_error(
                    "timestamp too large to convert to C _PyTime_t",
                ))
            }
            Err(e) => return Err(e),
        },
    };
    if secs < 0.0 {
        return Err(Exc::value_error("sleep length must be non-negative"));
    }
    // CPython keeps durations as 64-bit nanoseconds.
    if secs >= 9.223_372_036e9 {
        return Err(Exc::overflow_error(if matches!(v, Value::Float(_)) {
            "timestamp out of range for platform time_t"
        } else {
            "timestamp too large to convert to C _PyTime_t"
        }));
    }
    vm.host_sleep(secs)?;
    Ok(Value::None)
}

// ---- conversions --------------------------------------------------------------------------------

/// Broken-down fields of `secs` (any year) shifted by `offset`.
fn breakdown(secs: i64, offset: i64) -> PyResult<Tm> {
    dt::check_time_t_year(secs)?;
    let t = secs + offset;
    let days = t.div_euclid(86_400);
    let rem = t.rem_euclid(86_400);
    let ord = days + 719_163;
    let (y, m, d) = dt::ord_to_ymd(ord);
    Ok(Tm {
        year: y,
        mon: m,
        mday: d,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (ord + 6).rem_euclid(7),
        yday: ord - dt::ymd_to_ord(y, 1, 1) + 1,
        gmtoff: offset,
        zone: String::new(),
        isdst: 0,
    })
}

fn tm_struct(vm: &mut Vm, tm: &Tm, isdst: i64, zone: &str) -> PyResult<Value> {
    let z = vm.new_str(zone.to_string())?;
    new_struct_time(
        vm,
        [
            tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, isdst,
        ],
        z,
        Value::Int(tm.gmtoff),
    )
}

/// The seconds argument of `gmtime`/`localtime`/`ctime` (now when None or absent).
fn secs_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    args.no_kw(name)?;
    if args.pos.len() > 1 {
        return Err(Exc::type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            args.pos.len()
        )));
    }
    match args.get(0) {
        None | Some(Value::None) => Ok(dt::now_utc(vm)?.0),
        Some(v) => Ok(dt::split_timestamp(vm, v, dt::Round::Floor)?.0),
    }
}

fn gmtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let secs = secs_arg(vm, args, "gmtime")?;
    let tm = breakdown(secs, 0)?;
    tm_struct(vm, &tm, 0, "GMT")
}

fn local_tm(vm: &mut Vm, secs: i64) -> PyResult<(Tm, String)> {
    dt::check_time_t_year(secs)?;
    let off = dt::local_offset(vm, secs);
    let tm = breakdown(secs, off)?;
    Ok((tm, dt::local_zone_name(off)))
}

fn localtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let secs = secs_arg(vm, args, "localtime")?;
    let (tm, zone) = local_tm(vm, secs)?;
    tm_struct(vm, &tm, 0, &zone)
}

/// The fields of a time tuple or struct_time (`gettmarg`), with its zone and offset.
fn tuple_arg(vm: &mut Vm, v: Value, func: &str) -> PyResult<(Tm, i64)> {
    if !vm.is_instance(v, BuiltinType::Tuple) {
        return Err(Exc::type_error("Tuple or struct_time argument required"));
    }
    let items = vm.seq_items(v).unwrap_or_default();
    if items.len() != 9 {
        return Err(Exc::type_error(format!(
            "{func}(): illegal time tuple argument"
        )));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(items) {
        *slot = dt::int_arg(vm, item)?;
    }
    let mut tm = Tm {
        year: n[0],
        mon: n[1],
        mday: n[2],
        hour: n[3],
        min: n[4],
        sec: n[5],
        // Python's Monday = 0 goes through C's Sunday = 0 as `(wday + 1) % 7` (C remainder).
        wday: n[6],
        yday: n[7],
        gmtoff: 0,
        zone: String::new(),
        isdst: 0,
    };
    let st = struct_time_class(vm)?;
    let mut zone = None;
    if vm.type_of(v).is(st) {
        if let Some(z) = vm.getattr_opt(v, "tm_zone")? {
            zone = vm.str_value(z);
        }
        if let Some(g) = vm.getattr_opt(v, "tm_gmtoff")? {
            if !g.is_none() {
                tm.gmtoff = dt::int_arg(vm, g)?;
            }
        }
    }
    let isdst = n[8].clamp(-1, 1);
    tm.isdst = isdst;
    tm.zone = match zone {
        Some(z) => z,
        None if isdst >= 0 => {
            let off = dt::local_offset(vm, 0);
            dt::local_zone_name(off)
        }
        None => String::new(),
    };
    Ok((tm, isdst))
}

/// CPython's `checktm` after `gettmarg`: range checks and the 0-means-default fields.
fn checktm(tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    } else if !(1..=12).contains(&tm.mon) {
        return Err(Exc::value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(Exc::value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(Exc::value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(Exc::value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(Exc::value_error("seconds out of range"));
    }
    // C computes (wday + 1) % 7 with a truncating remainder.
    let cw = (tm.wday + 1) % 7;
    if cw < 0 {
        return Err(Exc::value_error("day of week out of range"));
    }
    tm.wday = (cw + 6) % 7;
    if tm.yday == 0 {
        tm.yday = 1;
    } else if !(1..=366).contains(&tm.yday) {
        return Err(Exc::value_error("day of year out of range"));
    }
    Ok(())
}

/// The current local time as a `Tm` (for the no-argument forms).
fn now_tm(vm: &mut Vm) -> PyResult<Tm> {
    let secs = dt::now_utc(vm)?.0;
    let (mut tm, zone) = local_tm(vm, secs)?;
    tm.zone = zone;
    Ok(tm)
}

fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("strftime")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(Exc::type_error(
            "strftime() takes at least 1 argument (0 given)",
        ));
    }
    if n > 2 {
        return Err(Exc::type_error(format!(
            "strftime() takes at most 2 arguments ({n} given)"
        )));
    }
    let format = dt::str_arg(vm, args.pos[0], "strftime", 1)?;
    let tm = match args.get(1) {
        Some(t) => {
            let (mut tm, _) = tuple_arg(vm, t, "strftime")?;
            checktm(&mut tm)?;
            tm
        }
        None => now_tm(vm)?,
    };
    vm.reserve(dt::output_bound(&format))?;
    let epoch = if format.contains('s') {
        dt::local_to_utc(vm, dt::naive_epoch(&tm), false)
    } else {
        0
    };
    let s = strftime_c(&format, &tm, epoch);
    vm.new_str(s)
}

fn strptime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let data = args
        .get(0)
        .or_else(|| args.kwarg(vm, "data_string"))
        .ok_or_else(|| {
            Exc::type_error(
                "_strptime_time() missing 1 required positional argument: 'data_string'",
            )
        })?;
    let format = match args.get(1).or_else(|| args.kwarg(vm, "format")) {
        Some(f) => f,
        None => vm.new_str("%a %b %d %H:%M:%S %Y".to_string())?,
    };
    for (i, v) in [data, format].into_iter().enumerate() {
        if vm.as_str(vm.unwrap_builtin(v)).is_none() {
            let r = vm.repr(vm.type_of(v))?;
            return Err(Exc::type_error(format!(
                "strptime() argument {i} must be str, not {r}"
            )));
        }
    }
    let d = vm.str_value(vm.unwrap_builtin(data)).unwrap_or_default();
    let fm = vm.str_value(vm.unwrap_builtin(format)).unwrap_or_default();
    let r = dt::strptime_fields(vm, &d, &fm)?;
    let zone = match &r.zone_name {
        Some(z) => vm.new_str(z.clone())?,
        None => Value::None,
    };
    let gmtoff = match r.gmtoff_secs {
        Some(g) => Value::Int(g),
        None => Value::None,
    };
    new_struct_time(
        vm,
        [
            r.year, r.month, r.day, r.hour, r.minute, r.second, r.weekday, r.julian, r.isdst,
        ],
        zone,
        gmtoff,
    )
}

const DAY_ABBR: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAY_ABBR
            .get(tm.wday.rem_euclid(7) as usize)
            .copied()
            .unwrap_or("???"),
        MONTH_ABBR
            .get((tm.mon - 1).clamp(0, 11) as usize)
            .copied()
            .unwrap_or("???"),
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn asctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("asctime")?;
    if args.pos.len() > 1 {
        return Err(Exc::type_error(format!(
            "asctime expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let tm = match args.get(0) {
        Some(t) => {
            let (mut tm, _) = tuple_arg(vm, t, "asctime")?;
            checktm(&mut tm)?;
            tm
        }
        None => now_tm(vm)?,
    };
    vm.new_str(asctime_of(&tm))
}

fn ctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let secs = secs_arg(vm, args, "ctime")?;
    let (tm, _) = local_tm(vm, secs)?;
    vm.new_str(asctime_of(&tm))
}

fn mktime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("time.mktime")?;
    if args.pos.len() != 1 {
        return Err(Exc::type_error(format!(
            "time.mktime() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    let (tm, isdst) = tuple_arg(vm, args.pos[0], "mktime")?;
    let naive = dt::naive_epoch(&tm);
    let mut u = dt::local_to_utc(vm, naive, false);
    if isdst > 0 {
        // glibc reads a daylight-saving time in a zone without DST as one hour ahead.
        u -= 3600;
    }
    if dt::check_time_t_year(u).is_err() {
        return Err(Exc::overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(u as f64))
}
