//! `str`: code-point strings stored as UTF-8 with their length in characters, CPython's `repr`,
//! indexing and slicing by code point, and the str methods.

use serde::{Deserialize, Serialize};
use unicode_general_category::{get_general_category, GeneralCategory as G};

use crate::builtins::slice::SliceIndices;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StrObj {
    pub s: String,
    /// Length in code points.
    pub char_len: usize,
    /// The hash, or -1 until computed.
    #[serde(skip, default = "unhashed")]
    pub hash: i64,
}

fn unhashed() -> i64 {
    -1
}

impl StrObj {
    pub fn new(s: String) -> StrObj {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            char_len,
            hash: -1,
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
}

/// The byte offset of character index `i` in `s` (clamped to the end).
pub fn byte_index(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
}

/// The substring of characters `start..end`.
pub fn char_slice(s: &str, ascii: bool, start: usize, end: usize) -> &str {
    if start >= end {
        return "";
    }
    let b0 = byte_index(s, ascii, start);
    let b1 = byte_index(s, ascii, end);
    &s[b0..b1.max(b0)]
}

/// Whether CPython considers `c` printable (not escaped by `repr`).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !matches!(
        get_general_category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

/// `repr()` of a string.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_ascii() => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escapes every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// The decimal digit value of a Unicode decimal digit (category Nd).
pub fn unicode_digit(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if get_general_category(c) != G::DecimalNumber {
        return None;
    }
    // Decimal digits come in contiguous runs of ten starting at a code point ending in 0 (or 6).
    let n = c as u32;
    let mut zero = n;
    while zero > 0
        && get_general_category(char::from_u32(zero - 1).unwrap_or('a')) == G::DecimalNumber
        && n - zero < 9
    {
        zero -= 1;
    }
    Some(n - zero)
}

fn this_str(vm: &Vm, v: Value) -> PyResult<String> {
    vm.str_value(vm.unwrap_builtin(v)).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!(
            "descriptor requires a 'str' object but received a '{t}'"
        ))
    })
}

/// A str argument, with CPython's message when it is not one.
fn str_arg(vm: &Vm, v: Value, func: &str, what: &str) -> PyResult<String> {
    match vm.str_value(vm.unwrap_builtin(v)) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            if what.is_empty() {
                Err(Exc::type_error(format!(
                    "{func}() argument must be str, not {t}"
                )))
            } else {
                Err(Exc::type_error(format!("{what} must be str, not {t}")))
            }
        }
    }
}

pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (x, y) = (vm.as_str(a).unwrap_or(""), vm.as_str(b).unwrap_or(""));
    let total = x.len() + y.len();
    vm.reserve(total)?;
    let mut s = String::with_capacity(total);
    s.push_str(vm.as_str(a).unwrap_or(""));
    s.push_str(vm.as_str(b).unwrap_or(""));
    vm.new_str(s)
}

pub fn repeat(vm: &mut Vm, a: Value, n: i64) -> PyResult<Value> {
    let len = vm.as_str(a).map(str::len).unwrap_or(0);
    if n <= 0 || len == 0 {
        return vm.new_str(String::new());
    }
    let total = len
        .checked_mul(n as usize)
        .ok_or_else(|| Exc::new(BuiltinType::MemoryError, ""))?;
    vm.reserve(total)?;
    let s = vm.as_str(a).unwrap_or("").repeat(n as usize);
    vm.new_str(s)
}

pub fn contains(vm: &mut Vm, s: Value, item: Value) -> PyResult<bool> {
    match vm.as_str(vm.unwrap_builtin(item)) {
        Some(sub) => Ok(vm.as_str(s).unwrap_or("").contains(sub)),
        None => {
            let t = vm.type_name(item);
            Err(Exc::type_error(format!(
                "'in <string>' requires string as left operand, not {t}"
            )))
        }
    }
}

pub fn getitem(vm: &mut Vm, s: Value, key: Value) -> PyResult<Value> {
    let Value::Obj(id) = s else {
        return Err(Exc::internal("str"));
    };
    let (len, ascii) = match vm.heap.get(id) {
        Object::Str(st) => (st.char_len, st.is_ascii()),
        _ => return Err(Exc::internal("str")),
    };
    if vm.kind(key) == Kind::Int
        || matches!(vm.kind(key), Kind::Instance) && vm.lookup_user(key, "__index__")?.is_some()
    {
        let i = match vm.index_value(key) {
            Ok(i) => i,
            Err(_) => {
                return Err(Exc::index_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(Exc::index_error("string index out of range"));
        }
        let c = match vm.heap.get(id) {
            Object::Str(st) => {
                if ascii {
                    st.s[j as usize..j as usize + 1].to_string()
                } else {
                    st.s.chars()
                        .nth(j as usize)
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                }
            }
            _ => String::new(),
        };
        return vm.new_str(c);
    }
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, len as i64)?;
        let out = slice_chars(vm, id, ascii, idx);
        return vm.new_str(out);
    }
    let t = vm.type_name(key);
    Err(Exc::type_error(format!(
        "string indices must be integers, not '{t}'"
    )))
}

fn slice_chars(vm: &Vm, id: crate::heap::ObjId, ascii: bool, idx: SliceIndices) -> String {
    let Object::Str(st) = vm.heap.get(id) else {
        return String::new();
    };
    if idx.step == 1 {
        return char_slice(
            &st.s,
            ascii,
            idx.start.max(0) as usize,
            idx.stop.max(0) as usize,
        )
        .to_string();
    }
    if ascii {
        let b = st.s.as_bytes();
        return idx.positions().map(|p| b[p] as char).collect();
    }
    let chars: Vec<char> = st.s.chars().collect();
    idx.positions().filter_map(|p| chars.get(p)).collect()
}

/// `str(x)` / `str(bytes, encoding, errors)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "str", &["object", "encoding", "errors"])?;
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let obj = args.get(0).or_else(|| args.kwarg(vm, "object"));
    let encoding = args.get(1).or_else(|| args.kwarg(vm, "encoding"));
    let errors = args.get(2).or_else(|| args.kwarg(vm, "errors"));
    let Some(obj) = obj else {
        return vm.new_str(String::new());
    };
    if encoding.is_some() || errors.is_some() {
        let bytes = match vm.unwrap_builtin(obj) {
            Value::Obj(id) => match vm.heap.get(id) {
                Object::Bytes(b) | Object::ByteArray(b) => b.clone(),
                _ => {
                    let t = vm.type_name(obj);
                    return Err(Exc::type_error(format!(
                        "decoding to str: need a bytes-like object, {t} found"
                    )));
                }
            },
            _ => {
                let t = vm.type_name(obj);
                return Err(Exc::type_error(format!(
                    "decoding to str: need a bytes-like object, {t} found"
                )));
            }
        };
        let enc = match encoding {
            Some(e) => str_arg(vm, e, "str", "str() argument 'encoding'")?,
            None => "utf-8".into(),
        };
        let err = match errors {
            Some(e) => str_arg(vm, e, "str", "str() argument 'errors'")?,
            None => "strict".into(),
        };
        let s = crate::builtins::bytes::decode(&bytes, &enc, &err)?;
        return vm.new_str(s);
    }
    if vm.kind(obj) == Kind::Str && vm.payload(obj).is_none() {
        return Ok(obj);
    }
    let s = vm.to_str(obj)?;
    vm.new_str(s)
}

native_methods! {
    pub enum StrMethod {
        Upper => "upper" => upper,
        Lower => "lower" => lower,
        Casefold => "casefold" => casefold,
        Title => "title" => title,
        Capitalize => "capitalize" => capitalize,
        Swapcase => "swapcase" => swapcase,
        Strip => "strip" => strip,
        LStrip => "lstrip" => lstrip,
        RStrip => "rstrip" => rstrip,
        Split => "split" => split,
        RSplit => "rsplit" => rsplit,
        SplitLines => "splitlines" => splitlines,
        Join => "join" => join,
        Replace => "replace" => replace,
        Find => "find" => find,
        RFind => "rfind" => rfind,
        Index => "index" => index,
        RIndex => "rindex" => rindex,
        Count => "count" => count,
        StartsWith => "startswith" => startswith,
        EndsWith => "endswith" => endswith,
        Center => "center" => center,
        LJust => "ljust" => ljust,
        RJust => "rjust" => rjust,
        ZFill => "zfill" => zfill,
        Partition => "partition" => partition,
        RPartition => "rpartition" => rpartition,
        IsDigit => "isdigit" => isdigit,
        IsDecimal => "isdecimal" => isdecimal,
        IsNumeric => "isnumeric" => isnumeric,
        IsAlpha => "isalpha" => isalpha,
        IsAlnum => "isalnum" => isalnum,
        IsSpace => "isspace" => isspace,
        IsUpper => "isupper" => isupper,
        IsLower => "islower" => islower,
        IsTitle => "istitle" => istitle,
        IsIdentifier => "isidentifier" => isidentifier,
        IsPrintable => "isprintable" => isprintable,
        IsAscii => "isascii" => isascii,
        ExpandTabs => "expandtabs" => expandtabs,
        RemovePrefix => "removeprefix" => removeprefix,
        RemoveSuffix => "removesuffix" => removesuffix,
        Encode => "encode" => encode,
        Format => "format" => format,
        FormatMap => "format_map" => format_map,
        MakeTrans => "maketrans" => maketrans,
        Translate => "translate" => translate,
        DunderFormat => "__format__" => dunder_format,
        Len => "__len__" => dunder_len,
        Contains => "__contains__" => dunder_contains,
        GetItem => "__getitem__" => dunder_getitem,
    }
}

fn upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("upper", 0, 0)?;
    let s = this_str(vm, args.this())?;
    vm.new_str(s.to_uppercase())
}

fn lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("lower", 0, 0)?;
    let s = this_str(vm, args.this())?;
    vm.new_str(s.to_lowercase())
}

fn casefold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("casefold", 0, 0)?;
    let s = this_str(vm, args.this())?;
    let folded: String = s
        .chars()
        .map(|c| {
            if c == 'ß' {
                "ss".to_string()
            } else {
                c.to_lowercase().collect()
            }
        })
        .collect();
    vm.new_str(folded)
}

/// Whether `c` is cased (has an upper/lower/title case distinction).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || get_general_category(c) == G::TitlecaseLetter
}

fn title_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(titlecase(c));
        }
        prev_cased = is_cased(c);
    }
    out
}

fn titlecase(c: char) -> Vec<char> {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => vec!['ǅ'],
        'ǉ' | 'ǈ' | 'Ǉ' => vec!['ǈ'],
        'ǌ' | 'ǋ' | 'Ǌ' => vec!['ǋ'],
        'ǳ' | 'ǲ' | 'Ǳ' => vec!['ǲ'],
        'ß' => vec!['S', 's'],
        _ => c.to_uppercase().collect(),
    }
}

fn title(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("title", 0, 0)?;
    let s = this_str(vm, args.this())?;
    vm.new_str(title_str(&s))
}

fn capitalize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("capitalize", 0, 0)?;
    let s = this_str(vm, args.this())?;
    let mut chars = s.chars();
    let out = match chars.next() {
        Some(first) => {
            let mut o: String = titlecase(first).into_iter().collect();
            o.push_str(&chars.as_str().to_lowercase());
            o
        }
        None => String::new(),
    };
    vm.new_str(out)
}

fn swapcase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("swapcase", 0, 0)?;
    let s = this_str(vm, args.this())?;
    let out: String = s
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else if c.is_lowercase() {
                c.to_uppercase().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    vm.new_str(out)
}

/// Python's whitespace for `str.split()`/`strip()`.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\x1f' | ' ' | '\u{85}'
    ) || (!c.is_ascii()
        && (get_general_category(c) == G::SpaceSeparator || matches!(c, '\u{2028}' | '\u{2029}')))
}

fn strip_chars(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    args.check_method(name, 0, 1)?;
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_str(vm.unwrap_builtin(v)) {
            Some(c) => Ok(Some(c.chars().collect())),
            None => {
                let t = vm.type_name(v);
                Err(Exc::type_error(format!(
                    "{name} arg must be None or str, not {t}"
                )))
            }
        },
    }
}

fn do_strip(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let chars = strip_chars(vm, args, name)?;
    let s = this_str(vm, args.this())?;
    let pred = |c: char| match &chars {
        None => is_py_space(c),
        Some(set) => set.contains(&c),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    let out = t.to_string();
    vm.new_str(out)
}

fn strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    do_strip(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    do_strip(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    do_strip(vm, args, "rstrip", false, true)
}

fn sep_and_max(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    args.check_kw(vm, name, &["sep", "maxsplit"])?;
    args.check_method(name, 0, 2)?;
    let sep = args.get(1).or_else(|| args.kwarg(vm, "sep"));
    let max = args.get(2).or_else(|| args.kwarg(vm, "maxsplit"));
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = match vm.as_str(vm.unwrap_builtin(v)) {
                Some(s) => s.to_string(),
                None => {
                    let t = vm.type_name(v);
                    return Err(Exc::type_error(format!("must be str or None, not {t}")));
                }
            };
            if s.is_empty() {
                return Err(Exc::value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match max {
        None => -1,
        Some(v) => vm.index_value(v)?,
    };
    Ok((sep, max))
}

fn list_of_strs(vm: &mut Vm, parts: Vec<String>) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(parts.len());
    for p in parts {
        vals.push(vm.new_str(p)?);
    }
    vm.new_list(vals)
}

/// `str.split` semantics (also used by `bytes.split`).
pub fn split_str(s: &str, sep: Option<&str>, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s.trim_start_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(is_py_space) {
                    Some(i) => {
                        out.push(rest[..i].to_string());
                        rest = rest[i..].trim_start_matches(is_py_space);
                        n += 1;
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
            }
        }
        Some(sep) => {
            if max < 0 {
                out.extend(s.split(sep).map(str::to_string));
            } else {
                out.extend(s.splitn(max as usize + 1, sep).map(str::to_string));
            }
        }
    }
    out
}

pub fn rsplit_str(s: &str, sep: Option<&str>, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s.trim_end_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(rest.to_string());
                    break;
                }
                match rest.rfind(is_py_space) {
                    Some(i) => {
                        let c = rest[i..].chars().next().map(char::len_utf8).unwrap_or(1);
                        out.push(rest[i + c..].to_string());
                        rest = rest[..i].trim_end_matches(is_py_space);
                        n += 1;
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
            }
        }
        Some(sep) => {
            if max < 0 {
                out.extend(s.rsplit(sep).map(str::to_string));
            } else {
                out.extend(s.rsplitn(max as usize + 1, sep).map(str::to_string));
            }
        }
    }
    out.reverse();
    out
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (sep, max) = sep_and_max(vm, args, "split")?;
    let s = this_str(vm, args.this())?;
    let parts = split_str(&s, sep.as_deref(), max);
    list_of_strs(vm, parts)
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (sep, max) = sep_and_max(vm, args, "rsplit")?;
    let s = this_str(vm, args.this())?;
    let parts = rsplit_str(&s, sep.as_deref(), max);
    list_of_strs(vm, parts)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "splitlines", &["keepends"])?;
    args.check_method("splitlines", 0, 1)?;
    let keep = match args.get(1).or_else(|| args.kwarg(vm, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let s = this_str(vm, args.this())?;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            parts.push(if keep {
                s[start..end].to_string()
            } else {
                s[start..i].to_string()
            });
            start = end;
        }
    }
    if start < s.len() {
        parts.push(s[start..].to_string());
    }
    list_of_strs(vm, parts)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("join", 1, 1)?;
    let sep = this_str(vm, args.this())?;
    let items = vm.collect(args.pos[1])?;
    let mut total = 0usize;
    for (i, v) in items.iter().enumerate() {
        match vm.as_str(vm.unwrap_builtin(*v)) {
            Some(s) => total += s.len(),
            None => {
                let t = vm.type_name(*v);
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    total += sep.len() * items.len().saturating_sub(1);
    vm.reserve(total)?;
    let mut out = String::with_capacity(total);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(vm.as_str(vm.unwrap_builtin(*v)).unwrap_or(""));
    }
    vm.new_str(out)
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("replace", 2, 3)?;
    let s = this_str(vm, args.this())?;
    let old = str_arg(vm, args.pos[1], "replace", "replace() argument 1")?;
    let new = str_arg(vm, args.pos[2], "replace", "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let out = if count < 0 {
        if old.is_empty() {
            let mut o = String::new();
            o.push_str(&new);
            for c in s.chars() {
                o.push(c);
                o.push_str(&new);
            }
            o
        } else {
            let n = s.matches(old.as_str()).count();
            vm.reserve(s.len() + n * new.len())?;
            s.replace(old.as_str(), &new)
        }
    } else if old.is_empty() {
        let mut o = String::new();
        let mut n = 0;
        if n < count {
            o.push_str(&new);
            n += 1;
        }
        for c in s.chars() {
            o.push(c);
            if n < count {
                o.push_str(&new);
                n += 1;
            }
        }
        o
    } else {
        s.replacen(old.as_str(), &new, count as usize)
    };
    vm.new_str(out)
}

/// Resolves optional `start`/`end` arguments (character indices, slice-style) for a string of
/// `len` characters.
fn range_args(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, i: usize| -> PyResult<Option<i64>> {
        match args.get(i) {
            None | Some(Value::None) => Ok(None),
            Some(v) => vm.index_value(v).map(Some),
        }
    };
    let len = len as i64;
    let mut start = get(vm, first)?.unwrap_or(0);
    let mut end = get(vm, first + 1)?.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    Ok((start as usize, end as usize))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    args.check_method(name, 1, 3)?;
    let s = this_str(vm, args.this())?;
    let sub = match vm.as_str(vm.unwrap_builtin(args.pos[1])) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(args.pos[1]);
            return Err(Exc::type_error(format!("must be str, not {t}")));
        }
    };
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() };
    let (start, end) = range_args(vm, args, 2, len)?;
    if start > len || end < start {
        return Ok(None);
    }
    let hay = char_slice(&s, ascii, start, end);
    let found = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(found.map(|b| start + if ascii { b } else { hay[..b].chars().count() }))
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("count", 1, 3)?;
    let s = this_str(vm, args.this())?;
    let sub = match vm.as_str(vm.unwrap_builtin(args.pos[1])) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(args.pos[1]);
            return Err(Exc::type_error(format!("must be str, not {t}")));
        }
    };
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() };
    let (start, end) = range_args(vm, args, 2, len)?;
    if start > len || end < start {
        return Ok(Value::Int(0));
    }
    let hay = char_slice(&s, ascii, start, end);
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    args.check_method(name, 1, 3)?;
    let s = this_str(vm, args.this())?;
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() };
    let (start, end) = range_args(vm, args, 2, len)?;
    let prefixes: Vec<String> = match vm.as_str(vm.unwrap_builtin(args.pos[1])) {
        Some(p) => vec![p.to_string()],
        None => {
            if vm.kind(args.pos[1]) == Kind::Tuple {
                let items = vm.seq_items(args.pos[1]).unwrap_or_default();
                let mut out = Vec::new();
                for it in items {
                    match vm.as_str(vm.unwrap_builtin(it)) {
                        Some(p) => out.push(p.to_string()),
                        None => {
                            let t = vm.type_name(it);
                            return Err(Exc::type_error(format!(
                                "tuple for {name} must only contain str, not {t}"
                            )));
                        }
                    }
                }
                out
            } else {
                let t = vm.type_name(args.pos[1]);
                return Err(Exc::type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {t}"
                )));
            }
        }
    };
    if start > len {
        return Ok(Value::Bool(false));
    }
    let hay = if end < start {
        ""
    } else {
        char_slice(&s, ascii, start, end)
    };
    let r = prefixes.iter().any(|p| {
        if suffix {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        }
    });
    Ok(Value::Bool(r))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, usize, char)> {
    args.check_method(name, 1, 2)?;
    let s = this_str(vm, args.this())?;
    let width = vm.index_value(args.pos[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => {
            let f = vm.as_str(vm.unwrap_builtin(v)).map(str::to_string);
            match f {
                Some(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
                Some(_) => {
                    return Err(Exc::type_error(
                        "The fill character must be exactly one character long",
                    ));
                }
                None => {
                    let t = vm.type_name(v);
                    return Err(Exc::type_error(format!(
                        "{name}() argument 2 must be a unicode character, not {t}"
                    )));
                }
            }
        }
    };
    let w = width.max(0) as usize;
    vm.reserve(w * 4)?;
    Ok((s, w, fill))
}

fn center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "center")?;
    let len = s.chars().count();
    if width <= len {
        return vm.new_str(s);
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    let right = marg - left;
    let out = format!(
        "{}{}{}",
        fill.to_string().repeat(left),
        s,
        fill.to_string().repeat(right)
    );
    vm.new_str(out)
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "ljust")?;
    let len = s.chars().count();
    let out = if width <= len {
        s
    } else {
        format!("{s}{}", fill.to_string().repeat(width - len))
    };
    vm.new_str(out)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, args, "rjust")?;
    let len = s.chars().count();
    let out = if width <= len {
        s
    } else {
        format!("{}{s}", fill.to_string().repeat(width - len))
    };
    vm.new_str(out)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("zfill", 1, 1)?;
    let s = this_str(vm, args.this())?;
    let width = vm.index_value(args.pos[1])?.max(0) as usize;
    vm.reserve(width)?;
    let len = s.chars().count();
    if width <= len {
        return vm.new_str(s);
    }
    let pad = "0".repeat(width - len);
    let out = if s.starts_with('+') || s.starts_with('-') {
        format!("{}{pad}{}", &s[..1], &s[1..])
    } else {
        format!("{pad}{s}")
    };
    vm.new_str(out)
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    args.check_method(name, 1, 1)?;
    let s = this_str(vm, args.this())?;
    let sep = match vm.as_str(vm.unwrap_builtin(args.pos[1])) {
        Some(x) => x.to_string(),
        None => {
            let t = vm.type_name(args.pos[1]);
            return Err(Exc::type_error(format!("must be str, not {t}")));
        }
    };
    if sep.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let found = if reverse { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(i) => [
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ],
        None => {
            if reverse {
                [String::new(), String::new(), s.clone()]
            } else {
                [s.clone(), String::new(), String::new()]
            }
        }
    };
    let mut vals = Vec::with_capacity(3);
    for p in parts {
        vals.push(vm.new_str(p)?);
    }
    vm.new_tuple(vals)
}

fn partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn pred(vm: &mut Vm, args: &Args, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    args.check_method(name, 0, 0)?;
    let s = this_str(vm, args.this())?;
    Ok(Value::Bool(f(&s)))
}

fn is_digit_char(c: char) -> bool {
    unicode_digit(c).is_some()
        || matches!(c, '²' | '³' | '¹' | '⁰' | '⁴'..='⁹' | '₀'..='₉' | '①'..='⑨' | '⑴'..='⑼' | '⒈'..='⒐' | '❶'..='❾' | '➀'..='➈' | '➊'..='➒')
}

fn is_numeric_char(c: char) -> bool {
    is_digit_char(c)
        || matches!(get_general_category(c), G::LetterNumber | G::OtherNumber)
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '億'
                | '兆'
                | '零'
        )
}

fn is_alpha_char(c: char) -> bool {
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

fn isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(is_digit_char)
    })
}

fn isdecimal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(|c| unicode_digit(c).is_some())
    })
}

fn isnumeric(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(is_numeric_char)
    })
}

fn isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(is_alpha_char)
    })
}

fn isalnum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(|c| is_alpha_char(c) || is_numeric_char(c))
    })
}

fn isspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_py_space)
    })
}

fn isupper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isupper", |s| {
        s.chars().any(is_cased)
            && !s
                .chars()
                .any(|c| c.is_lowercase() || get_general_category(c) == G::TitlecaseLetter)
    })
}

fn islower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "islower", |s| {
        s.chars().any(is_cased)
            && !s
                .chars()
                .any(|c| c.is_uppercase() || get_general_category(c) == G::TitlecaseLetter)
    })
}

fn istitle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "istitle", |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            let upperish = c.is_uppercase() || get_general_category(c) == G::TitlecaseLetter;
            if upperish {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn isidentifier(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isidentifier", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || unicode_ident_start(c) => {
                chars.all(|c| c == '_' || unicode_ident_continue(c))
            }
            _ => false,
        }
    })
}

fn unicode_ident_start(c: char) -> bool {
    is_alpha_char(c) || get_general_category(c) == G::LetterNumber
}

fn unicode_ident_continue(c: char) -> bool {
    unicode_ident_start(c)
        || matches!(
            get_general_category(c),
            G::NonspacingMark | G::SpacingMark | G::DecimalNumber | G::ConnectorPunctuation
        )
}

fn isprintable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isprintable", |s| s.chars().all(is_printable))
}

fn isascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pred(vm, args, "isascii", |s| s.is_ascii())
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "expandtabs", &["tabsize"])?;
    args.check_method("expandtabs", 0, 1)?;
    let s = this_str(vm, args.this())?;
    let tabsize = match args.get(1).or_else(|| args.kwarg(vm, "tabsize")) {
        Some(v) => vm.index_value(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    vm.reserve(out.len() + n as usize)?;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_str(out)
}

fn removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("removeprefix", 1, 1)?;
    let s = this_str(vm, args.this())?;
    let p = str_arg(vm, args.pos[1], "removeprefix", "removeprefix() argument")?;
    let out = s.strip_prefix(p.as_str()).unwrap_or(&s).to_string();
    vm.new_str(out)
}

fn removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("removesuffix", 1, 1)?;
    let s = this_str(vm, args.this())?;
    let p = str_arg(vm, args.pos[1], "removesuffix", "removesuffix() argument")?;
    let out = s.strip_suffix(p.as_str()).unwrap_or(&s).to_string();
    vm.new_str(out)
}

fn encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "encode", &["encoding", "errors"])?;
    args.check_method("encode", 0, 2)?;
    let s = this_str(vm, args.this())?;
    let enc = match args.get(1).or_else(|| args.kwarg(vm, "encoding")) {
        Some(v) => str_arg(vm, v, "encode", "encode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match args.get(2).or_else(|| args.kwarg(vm, "errors")) {
        Some(v) => str_arg(vm, v, "encode", "encode() argument 'errors'")?,
        None => "strict".into(),
    };
    let b = crate::builtins::bytes::encode(&s, &enc, &errors)?;
    vm.new_bytes(b)
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this_str(vm, args.this())?;
    let out = crate::builtins::format::str_format(vm, &s, &args.pos[1..], &args.kw, None)?;
    vm.new_str(out)
}

fn format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("format_map", 1, 1)?;
    let s = this_str(vm, args.this())?;
    let out = crate::builtins::format::str_format(vm, &s, &[], &[], Some(args.pos[1]))?;
    vm.new_str(out)
}

fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Called as str.maketrans(...) the receiver is the first argument; as "".maketrans(...) too.
    let rest: &[Value] = &args.pos[..];
    let mut d = crate::builtins::dict::Dict::new();
    match rest.len() {
        1 => {
            let src = rest[0];
            let Some(did) = vm.dict_id(src) else {
                return Err(Exc::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let entries: Vec<(Value, Value)> = match vm.heap.get(did) {
                Object::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            };
            for (k, v) in entries {
                let key = match vm.as_str(k).map(str::to_string) {
                    Some(ks) => {
                        if ks.chars().count() != 1 {
                            return Err(Exc::value_error(
                                "string keys in translate table must be of length 1",
                            ));
                        }
                        Value::Int(ks.chars().next().map(|c| c as i64).unwrap_or(0))
                    }
                    None if vm.kind(k) == Kind::Int => k,
                    None => {
                        return Err(Exc::type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                vm.dict_set_in(&mut d, key, v)?;
            }
        }
        2 | 3 => {
            let x = str_arg(vm, rest[0], "maketrans", "maketrans() argument 1")?;
            let y = str_arg(vm, rest[1], "maketrans", "maketrans() argument 2")?;
            if x.chars().count() != y.chars().count() {
                return Err(Exc::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                vm.dict_set_in(&mut d, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            if rest.len() == 3 {
                let z = str_arg(vm, rest[2], "maketrans", "maketrans() argument 3")?;
                for c in z.chars() {
                    vm.dict_set_in(&mut d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(Exc::type_error("maketrans() takes at most 3 arguments")),
    }
    vm.new_dict(d)
}

fn translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("translate", 1, 1)?;
    let s = this_str(vm, args.this())?;
    let table = args.pos[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.getitem(table, Value::Int(c as i64)) {
            Ok(v) => {
                if v.is_none() {
                    continue;
                }
                if let Some(t) = vm.as_str(v) {
                    out.push_str(t);
                } else if let Value::Int(n) = v {
                    match char::from_u32(n as u32) {
                        Some(ch) if (0..=0x10ffff).contains(&n) => out.push(ch),
                        _ => {
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
            Err(e) if vm.exc_is(&e, BuiltinType::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    vm.new_str(out)
}

fn dunder_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__format__", 1, 1)?;
    let spec = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("format spec must be a str"))?;
    let s = crate::builtins::format::format_value(vm, vm.unwrap_builtin(args.this()), &spec)?;
    vm.new_str(s)
}

fn dunder_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this_str(vm, args.this())?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn dunder_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__contains__", 1, 1)?;
    let s = vm.unwrap_builtin(args.this());
    contains(vm, s, args.pos[1]).map(Value::Bool)
}

fn dunder_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let s = vm.unwrap_builtin(args.this());
    getitem(vm, s, args.pos[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_escapes_like_cpython() {
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a\nb\x00"), "'a\\nb\\x00'");
        assert_eq!(repr_str("héllo"), "'héllo'");
        assert_eq!(repr_str("\u{200b}"), "'\\u200b'");
        assert_eq!(repr_str("'\""), "'\\'\"'");
    }

    #[test]
    fn split_matches_python() {
        assert_eq!(split_str("  a  b c ", None, -1), vec!["a", "b", "c"]);
        assert_eq!(split_str("a,b,,c", Some(","), 1), vec!["a", "b,,c"]);
        assert_eq!(rsplit_str("a b c", None, 1), vec!["a b", "c"]);
    }
}
