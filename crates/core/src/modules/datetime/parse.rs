//! Parsing: `fromisoformat` (CPython 3.11's byte-level grammar, quirks included) and
//! `strptime` (the grammar of `_strptime`: each directive is an ordered set of alternatives
//! matched case-insensitively with backtracking, anchored at the start like `re.match`).

use std::collections::HashSet;

use super::{cal, date::from_iso_calendar, delta, fmt, local_offset, local_zone_name, tz, Delta};
use crate::builtins::str::{repr_str, unicode_digit};
use crate::error::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;

// ---- fromisoformat ------------------------------------------------------------------------------

/// The byte at `i`, or NUL past the end (the C parser reads a NUL-terminated string).
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// `n` ASCII digits at `*p`.
fn digits(b: &[u8], p: &mut usize, n: usize) -> Option<i64> {
    let mut v: i64 = 0;
    for _ in 0..n {
        let c = at(b, *p);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(c - b'0');
        *p += 1;
    }
    Some(v)
}

/// The date at the start of `b` (`len` bounds the ISO-week day lookup, as in CPython).
pub(super) fn iso_date(b: &[u8], len: usize) -> Option<(i64, i64, i64)> {
    let mut p = 0;
    let year = digits(b, &mut p, 4)?;
    let sep = at(b, p) == b'-';
    if sep {
        p += 1;
    }
    if at(b, p) == b'W' {
        p += 1;
        let week = digits(b, &mut p, 2)?;
        let mut day = 1;
        if p < len {
            if sep {
                if at(b, p) != b'-' {
                    return None;
                }
                p += 1;
            }
            day = digits(b, &mut p, 1)?;
        }
        if (week <= 0 || week >= 53) && !(week == 53 && cal::iso_has_53_weeks(year)) {
            return None;
        }
        if !(1..=7).contains(&day) {
            return None;
        }
        let ord = cal::iso_week1_monday(year) + (week - 1) * 7 + day - 1;
        return Some(cal::ord_to_ymd(ord));
    }
    let month = digits(b, &mut p, 2)?;
    if sep {
        if at(b, p) != b'-' {
            return None;
        }
        p += 1;
    }
    let day = digits(b, &mut p, 2)?;
    Some((year, month, day))
}

/// A parsed time of day and optional UTC offset (seconds, microseconds).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct TimeParse {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub offset: Option<(i64, i64)>,
}

/// `HH[:MM[:SS[.fff]]]` between `start` and `end`: the fields and whether text follows.
fn hh_mm_ss_ff(b: &[u8], start: usize, end: usize) -> Option<([i64; 4], bool)> {
    let mut p = start;
    let mut vals = [0i64; 4];
    let mut has_sep = true;
    let mut fraction = false;
    for (i, slot) in vals.iter_mut().take(3).enumerate() {
        *slot = digits(b, &mut p, 2)?;
        let c = at(b, p);
        p += 1;
        if i == 0 {
            has_sep = c == b':';
        }
        if p >= end {
            return Some((vals, c != 0));
        } else if has_sep && c == b':' {
            continue;
        } else if c == b'.' || c == b',' {
            fraction = true;
            break;
        } else if !has_sep {
            p -= 1;
        } else {
            return None;
        }
    }
    let _ = fraction;
    let to_parse = end.saturating_sub(p).min(6);
    let mut us = digits(b, &mut p, to_parse)?;
    if to_parse == 0 {
        return None;
    }
    for _ in to_parse..6 {
        us *= 10;
    }
    vals[3] = us;
    while at(b, p).is_ascii_digit() {
        p += 1;
    }
    Some((vals, at(b, p) != 0))
}

/// The time part of an isoformat string (everything after the separator).
pub(super) fn iso_time(b: &[u8]) -> Option<TimeParse> {
    let end = b.len();
    if end == 0 {
        return None;
    }
    let tzpos = b
        .iter()
        .position(|&c| c == b'Z' || c == b'+' || c == b'-')
        .unwrap_or(end);
    let (v, more) = hh_mm_ss_ff(b, 0, tzpos)?;
    let mut t = TimeParse {
        h: v[0],
        mi: v[1],
        s: v[2],
        us: v[3],
        offset: None,
    };
    if tzpos == end {
        return if more { None } else { Some(t) };
    }
    if at(b, tzpos) == b'Z' {
        if tzpos + 1 != end {
            return None;
        }
        t.offset = Some((0, 0));
        return Some(t);
    }
    let sign = if at(b, tzpos) == b'-' { -1 } else { 1 };
    let (z, more) = hh_mm_ss_ff(b, tzpos + 1, end)?;
    if more {
        return None;
    }
    t.offset = Some((sign * (z[0] * 3600 + z[1] * 60 + z[2]), sign * z[3]));
    Some(t)
}

/// Where the date part of a datetime string ends (CPython's heuristic).
fn date_separator(b: &[u8]) -> Option<usize> {
    let len = b.len();
    if len == 7 {
        return Some(7);
    }
    if at(b, 4) == b'-' {
        if at(b, 5) == b'W' {
            if len < 8 {
                return None;
            }
            if len > 8 && at(b, 8) == b'-' {
                if len == 9 {
                    return None;
                }
                if len > 10 && at(b, 10).is_ascii_digit() {
                    return Some(8);
                }
                return Some(10);
            }
            return Some(8);
        }
        return Some(10);
    }
    if at(b, 4) == b'W' {
        let mut idx = 7;
        while idx < len && at(b, idx).is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return Some(idx);
        }
        return Some(if idx % 2 == 0 { 7 } else { 8 });
    }
    Some(8)
}

pub(super) struct DtParse {
    pub y: i64,
    pub m: i64,
    pub d: i64,
    pub time: TimeParse,
}

/// A `datetime.fromisoformat` string.
pub(super) fn iso_datetime(b: &[u8]) -> Option<DtParse> {
    let sep = date_separator(b)?;
    let (y, m, d) = iso_date(b, sep)?;
    let time = if b.len() > sep {
        // The separator may be any one character, however many UTF-8 bytes it takes.
        let width = match at(b, sep) {
            0xF0..=0xFF => 4,
            0xE0..=0xEF => 3,
            0xC0..=0xDF => 2,
            _ => 1,
        };
        iso_time(b.get(sep + width..)?)?
    } else {
        TimeParse::default()
    };
    Some(DtParse { y, m, d, time })
}

/// The tzinfo of a parsed offset: None, `timezone.utc`, or a fixed `timezone`.
pub(super) fn tz_of_offset(vm: &mut Vm, off: Option<(i64, i64)>) -> PyResult<Value> {
    match off {
        None => Ok(Value::None),
        Some((0, 0)) => tz::utc(vm),
        Some((secs, us)) => {
            let d = Delta::from_us(i128::from(secs) * 1_000_000 + i128::from(us))?;
            if !tz::offset_in_range(d) {
                return Err(Exc::value_error(format!(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
                    delta::repr_of("datetime.timedelta", d)
                )));
            }
            tz::new_timezone(vm, d, Value::None)
        }
    }
}

// ---- strptime -----------------------------------------------------------------------------------

const AM_PM: [&str; 2] = ["am", "pm"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    /// One character, compared case-insensitively.
    Lit(char),
    /// `\s+`.
    Space,
    /// A directive (its regex group name).
    Dir(char),
}

fn is_regex_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '.' | '^' | '$' | '*' | '+' | '?' | '(' | ')' | '{' | '}' | '[' | ']' | '|'
    )
}

/// Appends the tokens of `format`; `Err` carries the bad directive character, `Ok(false)` a
/// stray trailing `%`.
fn compile_into(format: &str, toks: &mut Vec<Tok>) -> Result<bool, char> {
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            toks.push(Tok::Space);
            continue;
        }
        if c != '%' {
            toks.push(Tok::Lit(c));
            i += 1;
            continue;
        }
        let Some(&d) = chars.get(i + 1) else {
            return Ok(false);
        };
        i += 2;
        if d.is_whitespace() || is_regex_special(d) {
            return Err('%');
        }
        match d {
            '%' => toks.push(Tok::Lit('%')),
            'c' => {
                compile_into("%a %b %d %H:%M:%S %Y", toks)?;
            }
            'x' => {
                compile_into("%m/%d/%y", toks)?;
            }
            'X' => {
                compile_into("%H:%M:%S", toks)?;
            }
            'd' | 'f' | 'H' | 'I' | 'G' | 'j' | 'm' | 'M' | 'S' | 'U' | 'W' | 'w' | 'u' | 'V'
            | 'y' | 'Y' | 'z' | 'A' | 'a' | 'B' | 'b' | 'p' | 'Z' => toks.push(Tok::Dir(d)),
            other => return Err(other),
        }
    }
    Ok(true)
}

fn fold_char(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn same_ci(a: char, b: char) -> bool {
    a == b || fold_char(a) == fold_char(b)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && unicode_digit(c).is_some())
}

fn digit_val(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        Some(c as u32 - '0' as u32)
    } else {
        unicode_digit(c)
    }
}

/// One element of a directive's alternative.
#[derive(Clone, Copy)]
enum El {
    D,
    R(char, char),
    C(char),
}

fn el_ok(e: El, c: char) -> bool {
    match e {
        El::D => is_digit(c),
        El::R(lo, hi) => (lo..=hi).contains(&c),
        El::C(x) => same_ci(c, x),
    }
}

/// The numeric directives as ordered alternatives of fixed-length sequences.
fn alternatives(d: char) -> &'static [&'static [El]] {
    use El::*;
    match d {
        'd' => &[
            &[C('3'), R('0', '1')],
            &[R('1', '2'), D],
            &[C('0'), R('1', '9')],
            &[R('1', '9')],
            &[C(' '), R('1', '9')],
        ],
        'H' => &[&[C('2'), R('0', '3')], &[R('0', '1'), D], &[D]],
        'I' | 'm' => &[
            &[C('1'), R('0', '2')],
            &[C('0'), R('1', '9')],
            &[R('1', '9')],
        ],
        'G' | 'Y' => &[&[D, D, D, D]],
        'y' => &[&[D, D]],
        'j' => &[
            &[C('3'), C('6'), R('0', '6')],
            &[C('3'), R('0', '5'), D],
            &[R('1', '2'), D, D],
            &[C('0'), R('1', '9'), D],
            &[C('0'), C('0'), R('1', '9')],
            &[R('1', '9'), D],
            &[C('0'), R('1', '9')],
            &[R('1', '9')],
        ],
        'M' => &[&[R('0', '5'), D], &[D]],
        'S' => &[&[C('6'), R('0', '1')], &[R('0', '5'), D], &[D]],
        'U' | 'W' => &[&[C('5'), R('0', '3')], &[R('0', '4'), D], &[D]],
        'w' => &[&[R('0', '6')]],
        'u' => &[&[R('1', '7')]],
        'V' => &[
            &[C('5'), R('0', '3')],
            &[C('0'), R('1', '9')],
            &[R('1', '4'), D],
            &[D],
        ],
        _ => &[],
    }
}

/// The names a directive matches, longest first like `_strptime`'s alternations (ties keep the
/// locale order).
fn names_for(d: char) -> &'static [&'static str] {
    match d {
        'A' => &[
            "wednesday",
            "thursday",
            "saturday",
            "tuesday",
            "monday",
            "friday",
            "sunday",
        ],
        'a' => &["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        'B' => &[
            "september",
            "february",
            "november",
            "december",
            "january",
            "october",
            "august",
            "march",
            "april",
            "june",
            "july",
            "may",
        ],
        'b' => &[
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ],
        'p' => &AM_PM,
        _ => &[],
    }
}

/// Whether `name` matches `s` at `pos` case-insensitively; its length in chars.
fn name_at(s: &[char], pos: usize, name: &str) -> Option<usize> {
    let mut n = 0;
    for c in name.chars() {
        let d = *s.get(pos + n)?;
        if !same_ci(d, c) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The candidate match lengths of `%z` at `pos`, most preferred first.
fn z_candidates(s: &[char], pos: usize, out: &mut Vec<usize>) {
    let get = |i: usize| s.get(i).copied();
    match get(pos) {
        Some('Z') => {
            out.push(1);
            return;
        }
        Some('+') | Some('-') => {}
        _ => return,
    }
    let mut p = pos + 1;
    if !(get(p).is_some_and(is_digit) && get(p + 1).is_some_and(is_digit)) {
        return;
    }
    p += 2;
    if get(p) == Some(':') {
        p += 1;
    }
    if !(get(p).is_some_and(|c| ('0'..='5').contains(&c)) && get(p + 1).is_some_and(is_digit)) {
        return;
    }
    p += 2;
    let base = p;
    // Optional `:?SS(.ffffff)?`.
    let mut q = p;
    if get(q) == Some(':') {
        q += 1;
    }
    if get(q).is_some_and(|c| ('0'..='5').contains(&c)) && get(q + 1).is_some_and(is_digit) {
        q += 2;
        if get(q) == Some('.') {
            let mut n = 0;
            while n < 6 && get(q + 1 + n).is_some_and(is_digit) {
                n += 1;
            }
            for k in (1..=n).rev() {
                out.push(q + 1 + k - pos);
            }
        }
        out.push(q - pos);
    }
    out.push(base - pos);
}

/// The candidate match lengths of token `t` at `pos`, most preferred first.
fn candidates(t: Tok, s: &[char], pos: usize, zones: &[String], out: &mut Vec<usize>) {
    out.clear();
    match t {
        Tok::Lit(c) => {
            if s.get(pos).is_some_and(|&d| same_ci(d, c)) {
                out.push(1);
            }
        }
        Tok::Space => {
            let mut n = 0;
            while s.get(pos + n).is_some_and(|c| c.is_whitespace()) {
                n += 1;
            }
            out.extend((1..=n).rev());
        }
        Tok::Dir('f') => {
            let mut n = 0;
            while n < 6 && s.get(pos + n).is_some_and(|c| c.is_ascii_digit()) {
                n += 1;
            }
            out.extend((1..=n).rev());
        }
        Tok::Dir('z') => z_candidates(s, pos, out),
        Tok::Dir('Z') => {
            for name in zones {
                if let Some(n) = name_at(s, pos, name) {
                    out.push(n);
                }
            }
        }
        Tok::Dir(d @ ('A' | 'a' | 'B' | 'b' | 'p')) => {
            for name in names_for(d) {
                if let Some(n) = name_at(s, pos, name) {
                    out.push(n);
                }
            }
        }
        Tok::Dir(d) => {
            for alt in alternatives(d) {
                let ok = alt
                    .iter()
                    .enumerate()
                    .all(|(i, e)| s.get(pos + i).is_some_and(|&c| el_ok(*e, c)));
                if ok {
                    out.push(alt.len());
                }
            }
        }
    }
}

/// The result of `_strptime`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Strptime {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub weekday: i64,
    pub julian: i64,
    pub isdst: i64,
    pub zone_name: Option<String>,
    /// The `%z` offset in whole seconds, and in microseconds.
    pub gmtoff: Option<i128>,
    pub gmtoff_secs: Option<i64>,
    pub fraction: i64,
}

fn to_int(s: &str) -> i64 {
    let mut v: i64 = 0;
    for c in s.chars() {
        if let Some(d) = digit_val(c) {
            v = v.saturating_mul(10).saturating_add(i64::from(d));
        }
    }
    v
}

fn date_checked(y: i64, m: i64, d: i64) -> PyResult<super::Ymd> {
    super::Ymd::checked(y, m, d)
}

/// Parses `data` with `format` like `_strptime._strptime`.
pub(crate) fn strptime_fields(vm: &mut Vm, data: &str, format: &str) -> PyResult<Strptime> {
    let mut toks = Vec::new();
    match compile_into(format, &mut toks) {
        Ok(true) => {}
        Ok(false) => {
            return Err(Exc::value_error(format!("stray % in format '{format}'")));
        }
        Err(c) => {
            return Err(Exc::value_error(format!(
                "'{c}' is a bad directive in format '{format}'"
            )));
        }
    }
    let mut seen = HashSet::new();
    for t in &toks {
        if let Tok::Dir(d) = t {
            if !seen.insert(*d) {
                return Err(Exc::value_error(format!(
                    "montybox: strptime formats that repeat a directive are not supported ('%{d}' in '{format}')"
                )));
            }
        }
    }
    let local = local_zone_name(local_offset(vm, 0)).to_lowercase();
    let mut zones = vec!["utc".to_string(), "gmt".to_string()];
    if !zones.contains(&local) {
        zones.push(local);
    }
    zones.sort_by_key(|z| std::cmp::Reverse(z.chars().count()));
    let s: Vec<char> = data.chars().collect();

    // Backtracking search with a memo of failed (token, position) pairs.
    struct Frame {
        tok: usize,
        pos: usize,
        cands: Vec<usize>,
        next: usize,
    }
    let mut failed: HashSet<(usize, usize)> = HashSet::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut buf = Vec::new();
    let mut steps: u32 = 0;
    let push = |stack: &mut Vec<Frame>,
                failed: &HashSet<(usize, usize)>,
                buf: &mut Vec<usize>,
                tok: usize,
                pos: usize| {
        let cands = match toks.get(tok) {
            Some(&t) if !failed.contains(&(tok, pos)) => {
                candidates(t, &s, pos, &zones, buf);
                buf.clone()
            }
            _ => Vec::new(),
        };
        stack.push(Frame {
            tok,
            pos,
            cands,
            next: 0,
        });
    };
    push(&mut stack, &failed, &mut buf, 0, 0);
    let end = loop {
        steps = steps.wrapping_add(1);
        if steps.is_multiple_of(4096) {
            vm.check_limits()?;
            // The memo grows with the search; count it against the memory limit.
            vm.reserve(failed.len().saturating_mul(32))?;
        }
        let Some(top) = stack.last_mut() else {
            break None;
        };
        if top.tok == toks.len() {
            break Some(top.pos);
        }
        if let Some(&len) = top.cands.get(top.next) {
            top.next += 1;
            let (tok, pos) = (top.tok + 1, top.pos + len);
            push(&mut stack, &failed, &mut buf, tok, pos);
        } else {
            failed.insert((top.tok, top.pos));
            stack.pop();
        }
    };
    let Some(end) = end else {
        return Err(Exc::value_error(format!(
            "time data {} does not match format {}",
            repr_str(data),
            repr_str(format)
        )));
    };
    if end != s.len() {
        let rest: String = s.get(end..).unwrap_or(&[]).iter().collect();
        return Err(Exc::value_error(format!(
            "unconverted data remains: {rest}"
        )));
    }
    let mut found: Vec<(char, String)> = Vec::new();
    for fr in &stack {
        if let Some(Tok::Dir(d)) = toks.get(fr.tok) {
            let len = fr.cands.get(fr.next.wrapping_sub(1)).copied().unwrap_or(0);
            let text: String = s.get(fr.pos..fr.pos + len).unwrap_or(&[]).iter().collect();
            found.push((*d, text));
        }
    }
    interpret(&found, &zones)
}

fn interpret(found: &[(char, String)], zones: &[String]) -> PyResult<Strptime> {
    let get = |k: char| found.iter().find(|(d, _)| *d == k).map(|(_, s)| s.as_str());
    let mut r = Strptime {
        month: 1,
        day: 1,
        isdst: -1,
        ..Default::default()
    };
    let mut year: Option<i64> = None;
    let mut iso_year: Option<i64> = None;
    let mut iso_week: Option<i64> = None;
    let mut week_of_year: Option<i64> = None;
    let mut week_starts_mon = false;
    let mut weekday: Option<i64> = None;
    let mut julian: Option<i64> = None;
    let mut gmtoff_frac: i64 = 0;
    let index_of = |list: Vec<String>, s: &str| -> i64 {
        let l = s.to_lowercase();
        list.iter().position(|n| *n == l).unwrap_or(0) as i64
    };
    for (key, text) in found {
        let text = text.as_str();
        match key {
            'y' => {
                let y = to_int(text);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            'Y' => year = Some(to_int(text)),
            'G' => iso_year = Some(to_int(text)),
            'm' => r.month = to_int(text),
            'B' => {
                let names = fmt::MONTH_NAMES.iter().map(|n| n.to_lowercase()).collect();
                r.month = index_of(names, text) + 1;
            }
            'b' => {
                let names = fmt::MONTH_NAMES
                    .iter()
                    .map(|n| n[..3].to_lowercase())
                    .collect();
                r.month = index_of(names, text) + 1;
            }
            'd' => r.day = to_int(text),
            'H' => r.hour = to_int(text),
            'I' => {
                let mut h = to_int(text);
                let ampm = get('p').unwrap_or("").to_lowercase();
                if ampm.is_empty() || ampm == AM_PM[0] {
                    if h == 12 {
                        h = 0;
                    }
                } else if ampm == AM_PM[1] && h != 12 {
                    h += 12;
                }
                r.hour = h;
            }
            'M' => r.minute = to_int(text),
            'S' => r.second = to_int(text),
            'f' => {
                let mut v = to_int(text);
                for _ in text.chars().count()..6 {
                    v *= 10;
                }
                r.fraction = v;
            }
            'A' => {
                let names = fmt::DAY_NAMES.iter().map(|n| n.to_lowercase()).collect();
                weekday = Some(index_of(names, text));
            }
            'a' => {
                let names = fmt::DAY_NAMES
                    .iter()
                    .map(|n| n[..3].to_lowercase())
                    .collect();
                weekday = Some(index_of(names, text));
            }
            'w' => {
                let w = to_int(text);
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            'u' => weekday = Some(to_int(text) - 1),
            'j' => julian = Some(to_int(text)),
            'U' | 'W' => {
                week_of_year = Some(to_int(text));
                week_starts_mon = *key == 'W';
            }
            'V' => iso_week = Some(to_int(text)),
            'z' => {
                if text == "Z" {
                    r.gmtoff_secs = Some(0);
                } else {
                    let mut z: Vec<char> = text.chars().collect();
                    if z.get(3) == Some(&':') {
                        z.remove(3);
                        if z.len() > 5 {
                            if z.get(5) != Some(&':') {
                                return Err(Exc::value_error(format!(
                                    "Inconsistent use of : in {text}"
                                )));
                            }
                            z.remove(5);
                        }
                    }
                    let part = |a: usize, b: usize| -> String {
                        z.get(a..b.min(z.len())).unwrap_or(&[]).iter().collect()
                    };
                    let hours = to_int(&part(1, 3));
                    let minutes = to_int(&part(3, 5));
                    let seconds = to_int(&part(5, 7));
                    let mut off = hours * 3600 + minutes * 60 + seconds;
                    let rem = part(8, z.len());
                    let mut frac = to_int(&rem);
                    for _ in rem.chars().count()..6 {
                        frac *= 10;
                    }
                    if z.first() == Some(&'-') {
                        off = -off;
                        frac = -frac;
                    }
                    r.gmtoff_secs = Some(off);
                    gmtoff_frac = frac;
                }
            }
            'Z' => {
                let zone = text.to_lowercase();
                if zones.contains(&zone) {
                    r.isdst = 0;
                }
            }
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(Exc::value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        if julian.is_some() {
            return Err(Exc::value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        if weekday.is_none() {
            return Err(Exc::value_error(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        return Err(Exc::value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }
    let mut leap_year_fix = false;
    let mut y = match year {
        Some(y) => y,
        None if r.month == 2 && r.day == 29 => {
            leap_year_fix = true;
            1904
        }
        None => 1900,
    };
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some(week) = week_of_year {
                let mut first = cal::weekday(date_checked(y, 1, 1)?.ordinal());
                let mut dow = wd;
                if !week_starts_mon {
                    first = (first + 1).rem_euclid(7);
                    dow = (dow + 1).rem_euclid(7);
                }
                let week0 = (7 - first).rem_euclid(7);
                julian = Some(if week == 0 {
                    1 + dow - first
                } else {
                    1 + week0 + 7 * (week - 1) + dow
                });
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                // The ordinal of ISO (iy, iw, wd + 1) within its calendar year.
                let jan4 = date_checked(iy, 1, 4)?;
                let correction = cal::weekday(jan4.ordinal()) + 1 + 3;
                let mut ordinal = iw * 7 + wd + 1 - correction;
                let mut year_of = iy;
                if ordinal < 1 {
                    ordinal += date_checked(iy, 1, 1)?.ordinal();
                    year_of -= 1;
                    ordinal -= date_checked(year_of, 1, 1)?.ordinal();
                }
                y = year_of;
                julian = Some(ordinal);
            }
            if let Some(j) = julian {
                if j <= 0 {
                    y -= 1;
                    julian = Some(j + if cal::is_leap(y) { 366 } else { 365 });
                }
            }
        }
    }
    match julian {
        None => {
            let d = date_checked(y, r.month, r.day)?;
            let first = date_checked(y, 1, 1)?;
            r.julian = d.ordinal() - first.ordinal() + 1;
        }
        Some(j) => {
            let first = date_checked(y, 1, 1)?;
            let ord = j - 1 + first.ordinal();
            if ord < 1 {
                return Err(Exc::value_error("ordinal must be >= 1"));
            }
            let (yy, mm, dd) = cal::ord_to_ymd(ord);
            let d = date_checked(yy, mm, dd)?;
            y = i64::from(d.y);
            r.month = i64::from(d.m);
            r.day = i64::from(d.d);
            r.julian = j;
        }
    }
    r.weekday = match weekday {
        Some(w) => w,
        None => cal::weekday(date_checked(y, r.month, r.day)?.ordinal()),
    };
    r.zone_name = get('Z').map(str::to_string);
    r.year = if leap_year_fix { 1900 } else { y };
    r.gmtoff = r
        .gmtoff_secs
        .map(|s| i128::from(s) * 1_000_000 + i128::from(gmtoff_frac));
    let _ = from_iso_calendar;
    Ok(r)
}
