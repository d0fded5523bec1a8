//! `strftime`: glibc's conversions in the C locale (flags `-_0^#`, widths, `E`/`O`
//! modifiers; unknown conversions are copied), and the `%z`/`%Z`/`%f` pre-pass that
//! `datetime` objects apply first.

use super::{cal, local_to_utc, tz, tzname, utcoffset};
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// Broken-down time for `strftime`: `wday` counts from Monday = 0, `yday` from 1.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    /// `%z`: seconds east of UTC.
    pub gmtoff: i64,
    /// `%Z`.
    pub zone: String,
    /// Negative when unknown (`%z` is then empty, as in glibc).
    pub isdst: i64,
}

pub const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The widest padding honoured (glibc would fail on absurd widths; this keeps output bounded).
const MAX_WIDTH: usize = 1024;

fn day_name(wday: i64) -> Option<&'static str> {
    usize::try_from(wday)
        .ok()
        .and_then(|i| DAY_NAMES.get(i).copied())
}

fn month_name(mon: i64) -> Option<&'static str> {
    usize::try_from(mon - 1)
        .ok()
        .and_then(|i| MONTH_NAMES.get(i).copied())
}

/// glibc's count of days since the Monday of ISO week 1 (`yday` 0-based, `wsun` Sunday = 0).
fn iso_week_days(yday: i64, wsun: i64) -> i64 {
    let big = (366 / 7 + 2) * 7;
    yday - (yday - wsun + 4 + big).rem_euclid(7) + 3
}

/// (ISO year, ISO week) from the fields as given (not re-derived from the date).
fn iso_year_week(tm: &Tm) -> (i64, i64) {
    let yday = tm.yday - 1;
    let wsun = (tm.wday + 1).rem_euclid(7);
    let mut year = tm.year;
    let mut days = iso_week_days(yday, wsun);
    if days < 0 {
        year -= 1;
        days = iso_week_days(yday + 365 + i64::from(cal::is_leap(year)), wsun);
    } else {
        let d = iso_week_days(yday - 365 - i64::from(cal::is_leap(year)), wsun);
        if d >= 0 {
            year += 1;
            days = d;
        }
    }
    (year, days / 7 + 1)
}

#[derive(Clone, Copy)]
struct Spec {
    /// `-`, `_` or `0`.
    pad: Option<char>,
    upper: bool,
    swap: bool,
    width: Option<usize>,
}

fn push_padded(out: &mut String, s: &str, width: usize, fill: char) {
    let n = s.chars().count();
    for _ in n..width {
        out.push(fill);
    }
    out.push_str(s);
}

/// A number: padded to its natural width (or a wider explicit one) with zeros or, for the
/// space-padded conversions and the `_` flag, spaces; `-` drops the natural padding but an
/// explicit width still pads with spaces (glibc's behaviour).
fn push_num(out: &mut String, v: i64, def_width: usize, def_fill: char, spec: &Spec) {
    let digits = v.unsigned_abs().to_string();
    let sign = if v < 0 { "-" } else { "" };
    let len = sign.len() + digits.len();
    if spec.pad == Some('-') {
        for _ in len..spec.width.unwrap_or(0).min(MAX_WIDTH) {
            out.push(' ');
        }
        out.push_str(sign);
        out.push_str(&digits);
        return;
    }
    let fill = match spec.pad {
        Some('_') => ' ',
        Some('0') => '0',
        _ => def_fill,
    };
    let width = spec.width.unwrap_or(0).min(MAX_WIDTH).max(def_width);
    if fill == '0' {
        out.push_str(sign);
        for _ in len..width {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        for _ in len..width {
            out.push(' ');
        }
        out.push_str(sign);
        out.push_str(&digits);
    }
}

/// Text padded to an explicit width (zeros with the `0` flag, else spaces); `^` uppercases,
/// `#` swaps the case of names (`swap_upper`) or lowercases the others.
fn push_text(out: &mut String, s: &str, spec: &Spec, swap_upper: bool) {
    let s = if spec.upper || (spec.swap && swap_upper) {
        s.to_uppercase()
    } else if spec.swap {
        s.to_lowercase()
    } else {
        s.to_string()
    };
    let fill = if spec.pad == Some('0') { '0' } else { ' ' };
    push_padded(out, &s, spec.width.unwrap_or(0).min(MAX_WIDTH), fill);
}

/// Whether glibc accepts the `E`/`O` modifier before `conv`.
fn modifier_ok(modifier: char, conv: char) -> bool {
    match modifier {
        'E' => !"aAbBdDeFgGhHIjklmMSUVwW".contains(conv),
        'O' => !"aAcDFxXY".contains(conv),
        _ => true,
    }
}

/// An upper bound of the length of `strftime_c(fmt, ..)` (checked against the memory limit
/// before formatting: widths can make the output much longer than the format).
pub fn output_bound(fmt: &str) -> usize {
    let mut total: usize = 0;
    let mut it = fmt.chars().peekable();
    while let Some(c) = it.next() {
        if c != '%' {
            total = total.saturating_add(c.len_utf8());
            continue;
        }
        while matches!(it.peek(), Some('-' | '_' | '0' | '^' | '#')) {
            it.next();
        }
        let mut width: usize = 0;
        while let Some(d) = it.peek().and_then(|c| c.to_digit(10)) {
            width = (width * 10 + d as usize).min(MAX_WIDTH);
            it.next();
        }
        total = total.saturating_add(width.max(64));
    }
    total
}

/// Formats `tm` with glibc's `strftime` in the C locale. `epoch` is the value of `%s`.
pub fn strftime_c(fmt: &str, tm: &Tm, epoch: i64) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec {
            pad: None,
            upper: false,
            swap: false,
            width: None,
        };
        while let Some(&f) = chars.get(i) {
            match f {
                '-' | '_' | '0' => spec.pad = Some(f),
                '^' => spec.upper = true,
                '#' => spec.swap = true,
                _ => break,
            }
            i += 1;
        }
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            let w = spec.width.unwrap_or(0);
            spec.width = Some((w * 10 + d as usize).min(MAX_WIDTH * 10));
            i += 1;
        }
        let mut modifier = ' ';
        if let Some(&m @ ('E' | 'O')) = chars.get(i) {
            modifier = m;
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            let literal: String = chars[start..].iter().collect();
            push_text(
                &mut out,
                &literal,
                &Spec {
                    swap: false,
                    ..spec
                },
                false,
            );
            break;
        };
        i += 1;
        if !(modifier_ok(modifier, conv) && convert(&mut out, conv, tm, epoch, &spec)) {
            // glibc copies an unknown conversion as written (case flags and width apply).
            let literal: String = chars[start..i].iter().collect();
            push_text(
                &mut out,
                &literal,
                &Spec {
                    swap: false,
                    ..spec
                },
                false,
            );
        }
    }
    out
}

/// Appends one conversion; false when `conv` is not a glibc conversion.
fn convert(out: &mut String, conv: char, tm: &Tm, epoch: i64, spec: &Spec) -> bool {
    let hour12 = match tm.hour.rem_euclid(12) {
        0 => 12,
        h => h,
    };
    match conv {
        'a' => push_text(out, day_name(tm.wday).map_or("?", |n| &n[..3]), spec, true),
        'A' => push_text(out, day_name(tm.wday).unwrap_or("?"), spec, true),
        'b' | 'h' => push_text(out, month_name(tm.mon).map_or("?", |n| &n[..3]), spec, true),
        'B' => push_text(out, month_name(tm.mon).unwrap_or("?"), spec, true),
        'p' => push_text(out, if tm.hour >= 12 { "PM" } else { "AM" }, spec, false),
        'P' => {
            let plain = Spec {
                upper: false,
                swap: false,
                ..*spec
            };
            push_text(out, if tm.hour >= 12 { "pm" } else { "am" }, &plain, false)
        }
        'Z' => push_text(out, &tm.zone, spec, false),
        'n' => push_text(out, "\n", spec, false),
        't' => push_text(out, "\t", spec, false),
        '%' => push_text(out, "%", spec, false),
        'C' => push_num(out, tm.year.div_euclid(100), 1, '0', spec),
        'd' => push_num(out, tm.mday, 2, '0', spec),
        'e' => push_num(out, tm.mday, 2, ' ', spec),
        'H' => push_num(out, tm.hour, 2, '0', spec),
        'I' => push_num(out, hour12, 2, '0', spec),
        'k' => push_num(out, tm.hour, 2, ' ', spec),
        'l' => push_num(out, hour12, 2, ' ', spec),
        'j' => push_num(out, tm.yday, 3, '0', spec),
        'm' => push_num(out, tm.mon, 2, '0', spec),
        'M' => push_num(out, tm.min, 2, '0', spec),
        'S' => push_num(out, tm.sec, 2, '0', spec),
        's' => push_num(out, epoch, 1, ' ', spec),
        'u' => push_num(out, tm.wday.rem_euclid(7) + 1, 1, '0', spec),
        'w' => push_num(out, (tm.wday + 1).rem_euclid(7), 1, '0', spec),
        'U' => {
            let wsun = (tm.wday + 1).rem_euclid(7);
            push_num(out, (tm.yday - 1 - wsun + 7).div_euclid(7), 2, '0', spec)
        }
        'W' => {
            let wmon = tm.wday.rem_euclid(7);
            push_num(out, (tm.yday - 1 - wmon + 7).div_euclid(7), 2, '0', spec)
        }
        'V' => push_num(out, iso_year_week(tm).1, 2, '0', spec),
        'G' => push_num(out, iso_year_week(tm).0, 1, '0', spec),
        'g' => push_num(out, iso_year_week(tm).0.rem_euclid(100), 2, '0', spec),
        'y' => push_num(out, tm.year.rem_euclid(100), 2, '0', spec),
        'Y' => push_num(out, tm.year, 1, '0', spec),
        'z' if tm.isdst < 0 => {}
        'z' => {
            let off = tm.gmtoff;
            let a = off.unsigned_abs();
            let s = format!(
                "{}{:02}{:02}",
                if off < 0 { '-' } else { '+' },
                a / 3600,
                a / 60 % 60
            );
            push_text(out, &s, spec, false);
        }
        'c' | 'D' | 'x' | 'F' | 'r' | 'R' | 'T' | 'X' => {
            let sub = match conv {
                'c' => "%a %b %e %H:%M:%S %Y",
                'D' | 'x' => "%m/%d/%y",
                'F' => "%Y-%m-%d",
                'r' => "%I:%M:%S %p",
                'R' => "%H:%M",
                _ => "%H:%M:%S",
            };
            let s = strftime_c(sub, tm, epoch);
            push_text(
                out,
                &s,
                &Spec {
                    swap: false,
                    ..*spec
                },
                false,
            );
        }
        _ => return false,
    }
    true
}

/// Seconds since the epoch of `tm` read as a naive UTC time (fields may be out of range).
pub fn naive_epoch(tm: &Tm) -> i64 {
    let y = tm.year + (tm.mon - 1).div_euclid(12);
    let m = (tm.mon - 1).rem_euclid(12) + 1;
    let days = cal::ymd_to_ord(y, m, 1) + tm.mday - 1 - cal::EPOCH_ORDINAL;
    days * cal::SECS_PER_DAY + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// `date`/`time`/`datetime.strftime`: replaces `%z`, `%Z` and `%f` from the object (calling
/// its tzinfo only when needed), then formats the rest like `time.strftime`.
pub(super) fn wrap_strftime(
    vm: &mut Vm,
    fmt: &str,
    tm: &Tm,
    us: u32,
    tzv: Value,
    tzarg: Value,
) -> PyResult<String> {
    let mut newfmt = String::with_capacity(fmt.len() + 8);
    let mut zrep: Option<String> = None;
    let mut bigz: Option<String> = None;
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            newfmt.push(c);
            continue;
        }
        match it.next() {
            None => newfmt.push('%'),
            Some('z') => {
                if zrep.is_none() {
                    let z = match utcoffset(vm, tzv, tzarg)? {
                        Some(off) => tz::format_offset(off, ""),
                        None => String::new(),
                    };
                    zrep = Some(z);
                }
                newfmt.push_str(zrep.as_deref().unwrap_or(""));
            }
            Some('Z') => {
                if bigz.is_none() {
                    let n = tzname(vm, tzv, tzarg)?;
                    let s = vm
                        .as_str(vm.unwrap_builtin(n))
                        .unwrap_or("")
                        .replace('%', "%%");
                    bigz = Some(s);
                }
                newfmt.push_str(bigz.as_deref().unwrap_or(""));
            }
            Some('f') => newfmt.push_str(&format!("{us:06}")),
            Some(other) => {
                newfmt.push('%');
                newfmt.push(other);
            }
        }
    }
    vm.reserve(output_bound(&newfmt))?;
    let epoch = if newfmt.contains('s') {
        local_to_utc(vm, naive_epoch(tm), false)
    } else {
        0
    };
    Ok(strftime_c(&newfmt, tm, epoch))
}
