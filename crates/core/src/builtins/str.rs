//! `str`: code-point strings stored as UTF-8 with their length in characters, CPython's `repr`,
//! indexing and slicing by code point, the `str()` constructor and the table of str methods
//! (implemented in `str/methods.rs`, with Unicode data in `str/unicode.rs` and the codecs in
//! `str/codecs.rs`).

pub mod args;
pub mod codecs;
mod methods;
pub mod unicode;
mod unicode_data;

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::builtins::slice::SliceIndices;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

use methods::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StrObj {
    pub s: String,
    /// Length in code points.
    pub char_len: usize,
    /// The hash, or -1 until computed.
    #[serde(skip, default = "unhashed")]
    pub hash: i64,
    /// For a long non-ASCII string indexed at random: the byte offset of every `INDEX_STRIDE`th
    /// character, so `s[i]` costs O(stride) instead of O(i). Built on first use.
    #[serde(skip)]
    pub index: Option<Box<[usize]>>,
}

/// Characters between two entries of `StrObj::index`.
const INDEX_STRIDE: usize = 32;

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
            index: None,
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The byte offset of character `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.char_len {
            return self.s.len();
        }
        match self
            .index
            .as_deref()
            .and_then(|ix| ix.get(i / INDEX_STRIDE))
        {
            Some(&base) => {
                let rest = self.s.get(base..).unwrap_or("");
                base + byte_index(rest, false, i % INDEX_STRIDE)
            }
            None => byte_index(&self.s, false, i),
        }
    }

    /// The characters `start..end` (clamped).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end).max(b0);
        self.s.get(b0..b1).unwrap_or("")
    }

    /// Builds the character index of a long non-ASCII string.
    pub fn build_index(&mut self) {
        if self.index.is_some() || self.is_ascii() || self.char_len < 4 * INDEX_STRIDE {
            return;
        }
        let ix: Box<[usize]> = self
            .s
            .char_indices()
            .step_by(INDEX_STRIDE)
            .map(|(b, _)| b)
            .collect();
        self.index = Some(ix);
    }
}

/// Builds the character index of str object `id` (see `StrObj::index`).
pub fn ensure_index(vm: &mut Vm, id: ObjId) {
    if let Object::Str(s) = vm.heap.get_mut(id) {
        s.build_index();
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
    if ascii {
        return s.get(start.min(s.len())..end.min(s.len())).unwrap_or("");
    }
    let b0 = byte_index(s, false, start);
    let rest = s.get(b0..).unwrap_or("");
    let b1 = byte_index(rest, false, end - start);
    rest.get(..b1).unwrap_or("")
}

/// Whether CPython considers `c` printable (not escaped by `repr`).
pub fn is_printable(c: char) -> bool {
    unicode::is_printable(c)
}

fn push_escape(out: &mut String, n: u32) {
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
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
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && unicode::is_printable(c) => out.push(c),
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escapes every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c as u32);
        }
    }
    out
}

/// The decimal digit value of a Unicode decimal digit (category Nd), as `int()` reads it.
pub fn unicode_digit(c: char) -> Option<u32> {
    unicode::decimal_value(c)
}

/// Python's whitespace (`str.split()`, `str.strip()`).
pub fn is_py_space(c: char) -> bool {
    unicode::is_space(c)
}

pub fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (x, y) = (vm.as_str(a).unwrap_or(""), vm.as_str(b).unwrap_or(""));
    if y.is_empty() && vm.kind(a) == Kind::Str {
        return Ok(a);
    }
    if x.is_empty() && vm.kind(b) == Kind::Str {
        return Ok(b);
    }
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
    if n == 1 && vm.kind(a) == Kind::Str {
        return Ok(a);
    }
    let total = usize::try_from(n)
        .ok()
        .and_then(|n| len.checked_mul(n))
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| Exc::overflow_error("repeated string is too long"))?;
    // Probe the allocation so an impossible size is a MemoryError rather than an abort.
    drop(alloc_string(vm, total)?);
    let s = vm.as_str(a).unwrap_or("").repeat(n as usize);
    vm.new_str(s)
}

/// The largest string (in bytes) a str operation builds.
pub const MAX_STR_BYTES: usize = 1 << 31;

/// An empty string with room for `cap` bytes: fails with the memory limit, or with MemoryError
/// when the allocation is impossible, instead of aborting.
pub fn alloc_string(vm: &mut Vm, cap: usize) -> PyResult<String> {
    // Even without a memory limit, a single string beyond 2 GiB is refused rather than risking
    // the process (the format machinery applies the same bound).
    vm.reserve(cap)?;
    if cap > MAX_STR_BYTES {
        return Err(Exc::Args(BuiltinType::MemoryError, Vec::new()));
    }
    let mut s = String::new();
    s.try_reserve_exact(cap)
        .map_err(|_| Exc::Args(BuiltinType::MemoryError, Vec::new()))?;
    Ok(s)
}

pub fn contains(vm: &mut Vm, s: Value, item: Value) -> PyResult<bool> {
    match args::str_id(vm, item) {
        Some(id) => {
            let sub = args::text(vm, id);
            Ok(vm.as_str(s).unwrap_or("").contains(sub))
        }
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
        let i = vm.index_value(key)?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(Exc::index_error("string index out of range"));
        }
        if !ascii {
            ensure_index(vm, id);
        }
        let c = match vm.heap.get(id) {
            Object::Str(st) => st.slice(j as usize, j as usize + 1).to_string(),
            _ => String::new(),
        };
        return vm.new_str(c);
    }
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, len as i64)?;
        if idx.step == 1 && idx.start <= 0 && idx.stop >= len as i64 && vm.kind(s) == Kind::Str {
            return Ok(s);
        }
        if !ascii && idx.step == 1 {
            ensure_index(vm, id);
        }
        let out = slice_chars(vm, id, ascii, idx);
        return vm.new_str(out);
    }
    let t = vm.type_name(key);
    Err(Exc::type_error(format!(
        "string indices must be integers, not '{t}'"
    )))
}

fn slice_chars(vm: &Vm, id: ObjId, ascii: bool, idx: SliceIndices) -> String {
    let Object::Str(st) = vm.heap.get(id) else {
        return String::new();
    };
    if idx.step == 1 {
        return st
            .slice(idx.start.max(0) as usize, idx.stop.max(0) as usize)
            .to_string();
    }
    if ascii {
        let b = st.s.as_bytes();
        return idx
            .positions()
            .filter_map(|p| b.get(p).map(|&c| c as char))
            .collect();
    }
    let chars: Vec<char> = st.s.chars().collect();
    idx.positions().filter_map(|p| chars.get(p)).collect()
}

/// `str(x)` / `str(bytes, encoding, errors)`.
pub fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // `str(i)` of a small int: its digits, without the argument parsing and the formatter.
    if let ([Value::Int(i)], []) = (&args.pos[..], &args.kw[..]) {
        return vm.new_str(i.to_string());
    }
    let [obj, encoding, errors] =
        args::keywords(vm, args, "str", ["object", "encoding", "errors"], 0)?;
    let Some(obj) = obj else {
        return vm.new_str(String::new());
    };
    if encoding.is_none() && errors.is_none() {
        if vm.kind(obj) == Kind::Str {
            return Ok(obj);
        }
        let s = vm.to_str(obj)?;
        return vm.new_str(s);
    }
    let enc = match encoding {
        Some(e) => Some(args::str_param(vm, e, "str", "argument 'encoding'")?),
        None => None,
    };
    let err = match errors {
        Some(e) => Some(args::str_param(vm, e, "str", "argument 'errors'")?),
        None => None,
    };
    let enc = enc.map(|id| args::text(vm, id)).unwrap_or("utf-8");
    let err = err.map(|id| args::text(vm, id)).unwrap_or("strict");
    let data = match vm.unwrap_builtin(obj) {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.as_slice()),
            Object::Str(_) => return Err(Exc::type_error("decoding str is not supported")),
            _ => None,
        },
        _ => None,
    };
    let Some(data) = data else {
        let t = vm.type_name(obj);
        return Err(Exc::type_error(format!(
            "decoding to str: need a bytes-like object, {t} found"
        )));
    };
    let s = codecs::decode(data, enc, err)?;
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
        Add => "__add__" => dunder_add,
        Mul => "__mul__" => dunder_mul,
        RMul => "__rmul__" => dunder_mul,
        Mod => "__mod__" => dunder_mod,
        RMod => "__rmod__" => dunder_rmod,
        Eq => "__eq__" => dunder_eq,
        Ne => "__ne__" => dunder_ne,
        Lt => "__lt__" => dunder_lt,
        Le => "__le__" => dunder_le,
        Gt => "__gt__" => dunder_gt,
        Ge => "__ge__" => dunder_ge,
        Hash => "__hash__" => dunder_hash,
        Iter => "__iter__" => dunder_iter,
        Str => "__str__" => dunder_str,
        Repr => "__repr__" => dunder_repr,
        GetNewArgs => "__getnewargs__" => dunder_getnewargs,
    }
}

/// `str.split` semantics (also used by `bytes.split`).
pub fn split_str(s: &str, sep: Option<&str>, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    split_each(s, sep, max, |p| out.push(p.to_string()));
    out
}

pub fn rsplit_str(s: &str, sep: Option<&str>, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    rsplit_each(s, sep, max, |p| out.push(p.to_string()));
    out.reverse();
    out
}

/// Calls `f` on each piece of `s.split(sep, max)`, left to right.
pub fn split_each<'a>(s: &'a str, sep: Option<&str>, max: i64, mut f: impl FnMut(&'a str)) {
    match sep {
        None => {
            let mut rest = s.trim_start_matches(unicode::is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    f(rest);
                    break;
                }
                match rest.find(unicode::is_space) {
                    Some(i) => {
                        f(&rest[..i]);
                        rest = rest[i..].trim_start_matches(unicode::is_space);
                        n += 1;
                    }
                    None => {
                        f(rest);
                        break;
                    }
                }
            }
        }
        Some(sep) => {
            if max < 0 {
                s.split(sep).for_each(f);
            } else {
                let n = usize::try_from(max).unwrap_or(usize::MAX).saturating_add(1);
                s.splitn(n, sep).for_each(f);
            }
        }
    }
}

/// Calls `f` on each piece of `s.rsplit(sep, max)`, right to left.
pub fn rsplit_each<'a>(s: &'a str, sep: Option<&str>, max: i64, mut f: impl FnMut(&'a str)) {
    match sep {
        None => {
            let mut rest = s.trim_end_matches(unicode::is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    f(rest);
                    break;
                }
                match rest.rfind(unicode::is_space) {
                    Some(i) => {
                        let c = rest[i..].chars().next().map(char::len_utf8).unwrap_or(1);
                        f(&rest[i + c..]);
                        rest = rest[..i].trim_end_matches(unicode::is_space);
                        n += 1;
                    }
                    None => {
                        f(rest);
                        break;
                    }
                }
            }
        }
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).for_each(f);
            } else {
                let n = usize::try_from(max).unwrap_or(usize::MAX).saturating_add(1);
                s.rsplitn(n, sep).for_each(f);
            }
        }
    }
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

    #[test]
    fn unicode_case() {
        assert_eq!(unicode::lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(unicode::title("ǆungla"), "ǅungla");
        assert_eq!(unicode::upper("straße"), "STRASSE");
        assert_eq!(unicode::casefold("ß"), "ss");
        assert!(unicode::is_digit('²') && !unicode::is_decimal('²'));
    }
}
