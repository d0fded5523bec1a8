//! The native methods of `str`. Each parses its arguments the way CPython declares them (see
//! `args.rs`), borrows the receiver's text from the heap, and allocates only its result; a
//! result equal to an exact-str receiver is the receiver itself, as in CPython.

use super::args::{
    adjust_indices, arg_type_name, c_int, check_positional, method_keywords, noargs, one,
    positional, receiver, slice_index, slot_receiver, ssize, str_id, str_param, str_plain, text,
    varargs,
};
use super::{alloc_string, codecs, rsplit_str, split_str, unicode, StrObj};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

fn obj(vm: &Vm, id: ObjId) -> &StrObj {
    match vm.heap.get(id) {
        Object::Str(s) => s,
        _ => unreachable_str(),
    }
}

/// Never reached: every id handed around here was checked to name a str.
fn unreachable_str() -> &'static StrObj {
    static EMPTY: std::sync::OnceLock<StrObj> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| StrObj::new(String::new()))
}

/// The receiver unchanged: itself when it is an exact str, else a plain-str copy.
fn unchanged(vm: &mut Vm, args: &Args, id: ObjId) -> PyResult<Value> {
    let this = args.this();
    if vm.kind(this) == Kind::Str {
        return Ok(this);
    }
    let s = text(vm, id).to_string();
    vm.new_str(s)
}

fn list_of_strs(vm: &mut Vm, parts: Vec<String>) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(parts.len());
    for p in parts {
        vals.push(vm.new_str(p)?);
    }
    vm.new_list(vals)
}

// ---- case ------------------------------------------------------------------------------------

fn case_method(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let id = noargs(vm, args, name)?;
    let out = f(text(vm, id));
    vm.new_str(out)
}

pub fn upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_method(vm, args, "upper", unicode::upper)
}

pub fn lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_method(vm, args, "lower", unicode::lower)
}

pub fn casefold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_method(vm, args, "casefold", unicode::casefold)
}

pub fn title(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_method(vm, args, "title", unicode::title)
}

pub fn capitalize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_method(vm, args, "capitalize", unicode::capitalize)
}

pub fn swapcase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    case_method(vm, args, "swapcase", unicode::swapcase)
}

// ---- strip -----------------------------------------------------------------------------------

fn do_strip(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (id, rest) = positional(vm, args, name, 0, 1)?;
    let chars = match rest.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(&v) => Some(
            str_id(vm, v)
                .ok_or_else(|| Exc::type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    let s = text(vm, id);
    let t = match chars {
        None => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(unicode::is_space);
            }
            if right {
                t = t.trim_end_matches(unicode::is_space);
            }
            t
        }
        Some(cid) => {
            let set = text(vm, cid);
            let pred = |c: char| set.contains(c);
            let mut t = s;
            if left {
                t = t.trim_start_matches(pred);
            }
            if right {
                t = t.trim_end_matches(pred);
            }
            t
        }
    };
    if t.len() == s.len() {
        return unchanged(vm, args, id);
    }
    let out = t.to_string();
    vm.new_str(out)
}

pub fn strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    do_strip(vm, args, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    do_strip(vm, args, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    do_strip(vm, args, "rstrip", false, true)
}

// ---- split -----------------------------------------------------------------------------------

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjId, Option<ObjId>, i64)> {
    let (id, [sep, max]) = method_keywords(vm, args, name, ["sep", "maxsplit"])?;
    let max = match max {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let sep = match sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let sid = str_id(vm, v).ok_or_else(|| {
                let t = vm.type_name(v);
                Exc::type_error(format!("must be str or None, not {t}"))
            })?;
            if text(vm, sid).is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            Some(sid)
        }
    };
    Ok((id, sep, max))
}

pub fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sep, max) = split_args(vm, args, "split")?;
    let parts = split_str(text(vm, id), sep.map(|s| text(vm, s)), max);
    list_of_strs(vm, parts)
}

pub fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sep, max) = split_args(vm, args, "rsplit")?;
    let parts = rsplit_str(text(vm, id), sep.map(|s| text(vm, s)), max);
    list_of_strs(vm, parts)
}

pub fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, [keep]) = method_keywords(vm, args, "splitlines", ["keepends"])?;
    let keep = match keep {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    let s = text(vm, id);
    let mut parts = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if unicode::is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            parts.push(s[start..if keep { end } else { i }].to_string());
            start = end;
        }
    }
    if start < s.len() {
        parts.push(s[start..].to_string());
    }
    list_of_strs(vm, parts)
}

// ---- join ------------------------------------------------------------------------------------

/// The byte length of `sep.join(items)`, checking that every item is a str.
fn join_total(vm: &Vm, sep: ObjId, items: &[Value]) -> PyResult<usize> {
    let mut total = 0usize;
    for (i, v) in items.iter().enumerate() {
        match str_id(vm, *v) {
            Some(id) => total = total.saturating_add(obj(vm, id).s.len()),
            None => {
                let t = vm.type_name(*v);
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    let seps = items.len().saturating_sub(1);
    Ok(total.saturating_add(text(vm, sep).len().saturating_mul(seps)))
}

fn join_build(vm: &Vm, sep: ObjId, items: &[Value], mut out: String) -> String {
    let sep = text(vm, sep);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Some(id) = str_id(vm, *v) {
            out.push_str(text(vm, id));
        }
    }
    out
}

/// The items of a list or tuple.
fn seq_slice(vm: &Vm, id: ObjId) -> &[Value] {
    match vm.heap.get(id) {
        Object::List(v) | Object::Tuple(v) => v,
        _ => &[],
    }
}

pub fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, iterable) = one(vm, args, "join")?;
    let direct = match iterable {
        Value::Obj(l) if matches!(vm.heap.get(l), Object::List(_) | Object::Tuple(_)) => Some(l),
        _ => None,
    };
    let mut collected = Vec::new();
    if direct.is_none() {
        let it = match vm.get_iter(iterable) {
            Ok(it) => it,
            Err(e) if vm.exc_is(&e, BuiltinType::TypeError) => {
                return Err(Exc::type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        };
        collected = vm.collect(it)?;
    }
    let items = match direct {
        Some(l) => seq_slice(vm, l),
        None => &collected,
    };
    let total = join_total(vm, id, items)?;
    if let [single] = items {
        if vm.kind(*single) == Kind::Str {
            return Ok(*single);
        }
    }
    let buf = alloc_string(vm, total)?;
    let items = match direct {
        Some(l) => seq_slice(vm, l),
        None => &collected,
    };
    let out = join_build(vm, id, items, buf);
    vm.new_str(out)
}

// ---- replace ---------------------------------------------------------------------------------

pub fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, rest) = positional(vm, args, "replace", 2, 3)?;
    let (a, b, c) = (rest[0], rest[1], rest.get(2).copied());
    let old = str_param(vm, a, "replace", "argument 1")?;
    let new = str_param(vm, b, "replace", "argument 2")?;
    let count = match c {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let (s, o, n) = (text(vm, id), text(vm, old), text(vm, new));
    if limit == 0 || (o == n && !o.is_empty()) {
        return unchanged(vm, args, id);
    }
    let char_len = obj(vm, id).char_len;
    let matches = if o.is_empty() {
        char_len.saturating_add(1).min(limit)
    } else {
        s.matches(o).take(limit).count()
    };
    if matches == 0 {
        return unchanged(vm, args, id);
    }
    let total = s
        .len()
        .saturating_add(matches.saturating_mul(n.len()))
        .saturating_sub(matches.saturating_mul(o.len()));
    let (old, new) = (old, new);
    let mut out = alloc_string(vm, total)?;
    let (s, o, n) = (text(vm, id), text(vm, old), text(vm, new));
    if o.is_empty() {
        let mut left = matches;
        for ch in s.chars() {
            if left > 0 {
                out.push_str(n);
                left -= 1;
            }
            out.push(ch);
        }
        if left > 0 {
            out.push_str(n);
        }
    } else {
        let mut last = 0;
        for (i, _) in s.match_indices(o).take(matches) {
            out.push_str(&s[last..i]);
            out.push_str(n);
            last = i + o.len();
        }
        out.push_str(&s[last..]);
    }
    vm.new_str(out)
}

// ---- find / count ----------------------------------------------------------------------------

/// Parses `(sub[, start[, end]])` for the find family: the receiver, the needle and the resolved
/// character range.
fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjId, ObjId, i64, i64)> {
    let (id, rest) = varargs(vm, args, name, 1, 3)?;
    let (sub, start, end) = (rest[0], rest.get(1).copied(), rest.get(2).copied());
    let start = slice_index(vm, start)?;
    let end = slice_index(vm, end)?;
    let sub = str_plain(vm, sub)?;
    let (start, end) = adjust_indices(start, end, obj(vm, id).char_len);
    if start > 0 || end < obj(vm, id).char_len as i64 {
        super::ensure_index(vm, id);
    }
    Ok((id, sub, start, end))
}

/// The character index of the first (or last) `sub` in `s[start:end]`.
fn find_in(vm: &Vm, id: ObjId, sub: ObjId, start: i64, end: i64, reverse: bool) -> Option<i64> {
    let (so, sub) = (obj(vm, id), obj(vm, sub));
    if end - start < sub.char_len as i64 {
        return None;
    }
    if sub.s.is_empty() {
        return Some(if reverse { end } else { start });
    }
    let ascii = so.is_ascii();
    let hay = so.slice(start as usize, end as usize);
    let b = if reverse {
        hay.rfind(sub.s.as_str())?
    } else {
        hay.find(sub.s.as_str())?
    };
    let chars = if ascii { b } else { hay[..b].chars().count() };
    Some(start + chars as i64)
}

pub fn find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sub, start, end) = find_args(vm, args, "find")?;
    Ok(Value::Int(
        find_in(vm, id, sub, start, end, false).unwrap_or(-1),
    ))
}

pub fn rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sub, start, end) = find_args(vm, args, "rfind")?;
    Ok(Value::Int(
        find_in(vm, id, sub, start, end, true).unwrap_or(-1),
    ))
}

pub fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sub, start, end) = find_args(vm, args, "index")?;
    match find_in(vm, id, sub, start, end, false) {
        Some(i) => Ok(Value::Int(i)),
        None => Err(Exc::value_error("substring not found")),
    }
}

pub fn rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sub, start, end) = find_args(vm, args, "rindex")?;
    match find_in(vm, id, sub, start, end, true) {
        Some(i) => Ok(Value::Int(i)),
        None => Err(Exc::value_error("substring not found")),
    }
}

pub fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, sub, start, end) = find_args(vm, args, "count")?;
    let (so, sub) = (obj(vm, id), obj(vm, sub));
    if end - start < sub.char_len as i64 {
        return Ok(Value::Int(0));
    }
    if sub.s.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let hay = so.slice(start as usize, end as usize);
    Ok(Value::Int(hay.matches(sub.s.as_str()).count() as i64))
}

// ---- startswith / endswith -------------------------------------------------------------------

fn affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (id, rest) = varargs(vm, args, name, 1, 3)?;
    let (what, start, end) = (rest[0], rest.get(1).copied(), rest.get(2).copied());
    let start = slice_index(vm, start)?;
    let end = slice_index(vm, end)?;
    let (start, end) = adjust_indices(start, end, obj(vm, id).char_len);
    if start > 0 || end < obj(vm, id).char_len as i64 {
        super::ensure_index(vm, id);
    }
    let test = |vm: &Vm, sub: ObjId| -> bool {
        let (so, sub) = (obj(vm, id), obj(vm, sub));
        if end - start < sub.char_len as i64 {
            return false;
        }
        let hay = so.slice(start as usize, end as usize);
        if suffix {
            hay.ends_with(sub.s.as_str())
        } else {
            hay.starts_with(sub.s.as_str())
        }
    };
    if let Some(sub) = str_id(vm, what) {
        return Ok(Value::Bool(test(vm, sub)));
    }
    if vm.kind(what) == Kind::Tuple {
        let items = vm.seq_items(what).unwrap_or_default();
        for it in items {
            let Some(sub) = str_id(vm, it) else {
                let t = vm.type_name(it);
                return Err(Exc::type_error(format!(
                    "tuple for {name} must only contain str, not {t}"
                )));
            };
            if test(vm, sub) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let t = vm.type_name(what);
    Err(Exc::type_error(format!(
        "{name} first arg must be str or a tuple of str, not {t}"
    )))
}

pub fn startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

pub fn endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

// ---- padding ---------------------------------------------------------------------------------

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_char(vm: &Vm, v: Option<Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(id) = str_id(vm, v) else {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "The fill character must be a unicode character, not {t}"
        )));
    };
    let mut it = text(vm, id).chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Exc::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// Pads the receiver with `left` and `right` fill characters.
fn pad(
    vm: &mut Vm,
    args: &Args,
    id: ObjId,
    left: usize,
    right: usize,
    fill: char,
) -> PyResult<Value> {
    if left == 0 && right == 0 {
        return unchanged(vm, args, id);
    }
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(text(vm, id).len()))
        .ok_or_else(|| Exc::Args(BuiltinType::MemoryError, Vec::new()))?;
    let mut out = alloc_string(vm, total)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text(vm, id));
    out.extend(std::iter::repeat_n(fill, right));
    vm.new_str(out)
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjId, usize, char)> {
    let (id, rest) = positional(vm, args, name, 1, 2)?;
    let (w, f) = (rest[0], rest.get(1).copied());
    let width = ssize(vm, w)?;
    let fill = fill_char(vm, f)?;
    let len = obj(vm, id).char_len;
    let marg = usize::try_from(width).unwrap_or(0).saturating_sub(len);
    Ok((id, marg, fill))
}

pub fn center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, marg, fill) = pad_args(vm, args, "center")?;
    let width = marg + obj(vm, id).char_len;
    let left = marg / 2 + (marg & width & 1);
    pad(vm, args, id, left, marg - left, fill)
}

pub fn ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, marg, fill) = pad_args(vm, args, "ljust")?;
    pad(vm, args, id, 0, marg, fill)
}

pub fn rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, marg, fill) = pad_args(vm, args, "rjust")?;
    pad(vm, args, id, marg, 0, fill)
}

pub fn zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, w) = one(vm, args, "zfill")?;
    let width = ssize(vm, w)?;
    let len = obj(vm, id).char_len;
    let fill = usize::try_from(width).unwrap_or(0).saturating_sub(len);
    if fill == 0 {
        return unchanged(vm, args, id);
    }
    let mut out = alloc_string(vm, fill.saturating_add(text(vm, id).len()))?;
    let s = text(vm, id);
    match s.chars().next() {
        Some(sign @ ('+' | '-')) => {
            out.push(sign);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&s[1..]);
        }
        _ => {
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(s);
        }
    }
    vm.new_str(out)
}

pub fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, [size]) = method_keywords(vm, args, "expandtabs", ["tabsize"])?;
    let tabsize = match size {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    let s = text(vm, id);
    if !s.contains('\t') {
        return unchanged(vm, args, id);
    }
    // First pass: the size of the result.
    let (mut total, mut col) = (0usize, 0i64);
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                total = total.saturating_add(incr as usize);
                col += incr;
            }
        } else {
            total = total.saturating_add(c.len_utf8());
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    if total > isize::MAX as usize {
        return Err(Exc::overflow_error("new string is too long"));
    }
    let mut out = alloc_string(vm, total)?;
    let s = text(vm, id);
    let mut col = 0i64;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                out.extend(std::iter::repeat_n(' ', incr as usize));
                col += incr;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    vm.new_str(out)
}

// ---- partition -------------------------------------------------------------------------------

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (id, sep) = one(vm, args, name)?;
    let sep = str_plain(vm, sep)?;
    let (s, p) = (text(vm, id), text(vm, sep));
    if p.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let found = if reverse { s.rfind(p) } else { s.find(p) };
    let parts = match found {
        Some(i) => [
            s[..i].to_string(),
            p.to_string(),
            s[i + p.len()..].to_string(),
        ],
        None if reverse => [String::new(), String::new(), s.to_string()],
        None => [s.to_string(), String::new(), String::new()],
    };
    let mut vals = Vec::with_capacity(3);
    for p in parts {
        vals.push(vm.new_str(p)?);
    }
    vm.new_tuple(vals)
}

pub fn partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

pub fn rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---- predicates ------------------------------------------------------------------------------

fn pred(vm: &mut Vm, args: &Args, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let id = noargs(vm, args, name)?;
    Ok(Value::Bool(f(text(vm, id))))
}

fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |s| all_chars(s, unicode::is_digit))
}

pub fn isdecimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isdecimal", |s| all_chars(s, unicode::is_decimal))
}

pub fn isnumeric(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |s| all_chars(s, unicode::is_numeric))
}

pub fn isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |s| all_chars(s, unicode::is_alpha))
}

pub fn isalnum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |s| all_chars(s, unicode::is_alnum))
}

pub fn isspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isspace", |s| all_chars(s, unicode::is_space))
}

pub fn isupper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isupper", unicode::is_upper_str)
}

pub fn islower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "islower", unicode::is_lower_str)
}

pub fn istitle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "istitle", unicode::is_title_str)
}

pub fn isidentifier(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isidentifier", unicode::is_identifier)
}

pub fn isprintable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}

pub fn isascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isascii", |s| s.is_ascii())
}

// ---- prefixes, encoding, formatting ----------------------------------------------------------

fn remove_affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (id, a) = one(vm, args, name)?;
    let a = str_param(vm, a, name, "argument")?;
    let (s, p) = (text(vm, id), text(vm, a));
    let stripped = if suffix {
        s.strip_suffix(p)
    } else {
        s.strip_prefix(p)
    };
    match stripped {
        Some(t) if !p.is_empty() => {
            let out = t.to_string();
            vm.new_str(out)
        }
        _ => unchanged(vm, args, id),
    }
}

pub fn removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

pub fn removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}

pub fn encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, [enc, err]) = method_keywords(vm, args, "encode", ["encoding", "errors"])?;
    let enc = match enc {
        Some(v) => Some(str_param(vm, v, "encode", "argument 'encoding'")?),
        None => None,
    };
    let err = match err {
        Some(v) => Some(str_param(vm, v, "encode", "argument 'errors'")?),
        None => None,
    };
    let b = codecs::encode(
        text(vm, id),
        enc.map(|e| text(vm, e)).unwrap_or("utf-8"),
        err.map(|e| text(vm, e)).unwrap_or("strict"),
    )?;
    vm.new_bytes(b)
}

pub fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = receiver(vm, args, "format")?;
    let template = text(vm, id).to_string();
    let out = crate::builtins::format::str_format(vm, &template, &args.pos[1..], &args.kw, None)?;
    vm.new_str(out)
}

pub fn format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, mapping) = one(vm, args, "format_map")?;
    let template = text(vm, id).to_string();
    let out = crate::builtins::format::str_format(vm, &template, &[], &[], Some(mapping))?;
    vm.new_str(out)
}

// ---- translate -------------------------------------------------------------------------------

/// `str.maketrans(x[, y[, z]])` (a static method: no receiver).
pub fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(
            "str.maketrans() takes no keyword arguments",
        ));
    }
    let rest: &[Value] = &args.pos;
    check_positional("maketrans", rest.len(), 1, 3)?;
    let y = match rest.get(1) {
        Some(&v) => Some(str_param(vm, v, "maketrans", "argument 2")?),
        None => None,
    };
    let z = match rest.get(2) {
        Some(&v) => Some(str_param(vm, v, "maketrans", "argument 3")?),
        None => None,
    };
    let mut d = crate::builtins::dict::Dict::new();
    let x = rest[0];
    match y {
        None => {
            let is_dict = matches!(x, Value::Obj(i) if matches!(vm.heap.get(i), Object::Dict(_)));
            let Some(did) = vm.dict_id(x).filter(|_| is_dict) else {
                return Err(Exc::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let entries: Vec<(Value, Value)> = match vm.heap.get(did) {
                Object::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            };
            for (k, v) in entries {
                let key = if let Some(kid) = str_id(vm, k) {
                    let mut it = text(vm, kid).chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(Exc::value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                } else if vm.kind(k) == Kind::Int {
                    k
                } else {
                    return Err(Exc::type_error(
                        "keys in translate table must be strings or integers",
                    ));
                };
                vm.dict_set_in(&mut d, key, v)?;
            }
        }
        Some(y) => {
            let Some(x) = str_id(vm, x) else {
                return Err(Exc::type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            if obj(vm, x).char_len != obj(vm, y).char_len {
                return Err(Exc::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            let pairs: Vec<(char, char)> = text(vm, x).chars().zip(text(vm, y).chars()).collect();
            for (a, b) in pairs {
                vm.dict_set_in(&mut d, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if let Some(z) = z {
                let cs: Vec<char> = text(vm, z).chars().collect();
                for c in cs {
                    vm.dict_set_in(&mut d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
    }
    vm.new_dict(d)
}

pub fn translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, table) = one(vm, args, "translate")?;
    let s = text(vm, id).to_string();
    let mut out = String::with_capacity(s.len());
    // Consecutive repeats of a character are common; remember the last lookup.
    let mut last: Option<(char, Option<String>)> = None;
    for c in s.chars() {
        if let Some((lc, mapped)) = &last {
            if *lc == c {
                match mapped {
                    Some(m) => out.push_str(m),
                    None => out.push(c),
                }
                continue;
            }
        }
        let mapped: Option<String> = match vm.getitem(table, Value::Int(c as i64)) {
            Ok(v) => {
                if v.is_none() {
                    Some(String::new())
                } else if let Some(t) = str_id(vm, v) {
                    Some(text(vm, t).to_string())
                } else if vm.kind(v) == Kind::Int {
                    let n = vm.index_value(v).unwrap_or(-1);
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(ch) => Some(ch.to_string()),
                        None if (0..0x110000).contains(&n) => Some(String::new()),
                        None => {
                            return Err(Exc::value_error(
                                "character mapping must be in range(0x110000)",
                            ))
                        }
                    }
                } else {
                    return Err(Exc::type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            Err(e) if vm.exc_is(&e, BuiltinType::LookupError) => None,
            Err(e) => return Err(e),
        };
        match &mapped {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
        if out.len() > (1 << 20) && out.len() % 4096 < 8 {
            vm.reserve(out.len())?;
        }
        last = Some((c, mapped));
    }
    vm.new_str(out)
}

// ---- dunders ---------------------------------------------------------------------------------

pub fn dunder_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (id, spec) = one(vm, args, "__format__")?;
    let spec = str_id(vm, spec).ok_or_else(|| {
        let t = arg_type_name(vm, spec);
        Exc::type_error(format!("__format__() argument must be str, not {t}"))
    })?;
    let spec = text(vm, spec).to_string();
    if spec.is_empty() {
        return unchanged(vm, args, id);
    }
    let s = vm.format(Value::Obj(id), &spec)?;
    vm.new_str(s)
}

pub fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__len__", 0)?;
    Ok(Value::Int(obj(vm, id).char_len as i64))
}

pub fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__contains__", 1)?;
    super::contains(vm, Value::Obj(id), args.pos[1]).map(Value::Bool)
}

pub fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__getitem__", 1)?;
    super::getitem(vm, Value::Obj(id), args.pos[1])
}

pub fn dunder_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__add__", 1)?;
    let other = args.pos[1];
    match str_id(vm, other) {
        Some(o) => super::concat(vm, Value::Obj(id), Value::Obj(o)),
        None => {
            let t = vm.type_name(other);
            Err(Exc::type_error(format!(
                "can only concatenate str (not \"{t}\") to str"
            )))
        }
    }
}

pub fn dunder_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__mul__", 1)?;
    let n = vm.index_value(args.pos[1]).map_err(|e| match e {
        Exc::New(BuiltinType::IndexError, m) => Exc::overflow_error(m),
        e => e,
    })?;
    super::repeat(vm, Value::Obj(id), n)
}

pub fn dunder_mod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__mod__", 1)?;
    crate::builtins::printf::format_str(vm, Value::Obj(id), args.pos[1])
}

pub fn dunder_rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__rmod__", 1)?;
    match str_id(vm, args.pos[1]) {
        Some(fmt) => crate::builtins::printf::format_str(vm, Value::Obj(fmt), Value::Obj(id)),
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, args: &Args, name: &str, f: fn(&str, &str) -> bool) -> PyResult<Value> {
    let id = slot_receiver(vm, args, name, 1)?;
    match str_id(vm, args.pos[1]) {
        Some(o) => Ok(Value::Bool(f(text(vm, id), text(vm, o)))),
        None => Ok(Value::NotImplemented),
    }
}

pub fn dunder_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |a, b| a == b)
}

pub fn dunder_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |a, b| a != b)
}

pub fn dunder_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |a, b| a < b)
}

pub fn dunder_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |a, b| a <= b)
}

pub fn dunder_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |a, b| a > b)
}

pub fn dunder_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |a, b| a >= b)
}

pub fn dunder_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__hash__", 0)?;
    Ok(Value::Int(vm.str_hash(id)))
}

pub fn dunder_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__iter__", 0)?;
    vm.get_iter(Value::Obj(id))
}

pub fn dunder_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__str__", 0)?;
    unchanged(vm, args, id)
}

pub fn dunder_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = slot_receiver(vm, args, "__repr__", 0)?;
    let r = super::repr_str(text(vm, id));
    vm.new_str(r)
}

pub fn dunder_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let id = noargs(vm, args, "__getnewargs__")?;
    let s = text(vm, id).to_string();
    let v = vm.new_str(s)?;
    vm.new_tuple(vec![v])
}
