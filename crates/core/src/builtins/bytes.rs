//! `bytes` and `bytearray`: reprs, indexing (ints), slicing, the constructors, encodings
//! (utf-8, ascii, latin-1 with their error handlers), and every method of both types.

use num_traits::Signed;

use crate::builtins::{Args, Builtin};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// ASCII whitespace as `bytes.split()`/`strip()` understand it.
const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

/// The bytes of a bytes or bytearray value.
pub fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match vm.unwrap_builtin(v) {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The length of a bytes or bytearray value without copying it.
fn len_of(vm: &Vm, v: Value) -> Option<usize> {
    match vm.unwrap_builtin(v) {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.len()),
            _ => None,
        },
        _ => None,
    }
}

fn is_bytearray(vm: &Vm, v: Value) -> bool {
    matches!(vm.unwrap_builtin(v), Value::Obj(id) if matches!(vm.heap.get(id), Object::ByteArray(_)))
}

fn make(vm: &mut Vm, b: Vec<u8>, bytearray: bool) -> PyResult<Value> {
    vm.alloc(if bytearray {
        Object::ByteArray(b)
    } else {
        Object::Bytes(b)
    })
}

/// Checks that `n` more bytes may be allocated: the VM's memory limit, and (without one) that the
/// system can provide them, so that a huge request fails with MemoryError instead of aborting.
pub fn reserve_bytes(vm: &mut Vm, n: usize) -> PyResult<()> {
    vm.reserve(n)?;
    // Probe the allocator: a request larger than the machine can give fails here, cleanly.
    let mut probe: Vec<u8> = Vec::new();
    if n > (1 << 24) && probe.try_reserve_exact(n).is_err() {
        return Err(Exc::new(BuiltinType::MemoryError, ""));
    }
    Ok(())
}

/// `repr()` of bytes (`b'...'`), or of a bytearray (`bytearray(b'...')`).
pub fn repr_bytes(b: &[u8], bytearray: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            // bytearray's repr escapes a single quote even inside double quotes.
            c if c as char == quote || (bytearray && c == b'\'') => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    if bytearray {
        format!("bytearray({s})")
    } else {
        s
    }
}

// ---- codecs ----------------------------------------------------------------------------------

/// The codecs montybox implements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark written on encode and skipped on decode.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16/32: `None` writes a BOM (little-endian, as CPython on this platform) and reads one
    /// if present; `Some(big_endian)` for the explicit variants.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

impl Codec {
    /// Looks a codec up by any of its CPython aliases.
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "cp367" | "csascii"
            | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => {
                Codec::Latin1
            }
            "utf_8_sig" => Codec::Utf8Sig,
            "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
            "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(false)),
            "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(true)),
            "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
            "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
            "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
            _ => {
                return Err(Exc::new(
                    BuiltinType::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf16(_) => "utf-16-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Utf32(_) => "utf-32-le",
        }
    }
}

fn unknown_handler(errors: &str) -> Exc {
    Exc::new(
        BuiltinType::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// The UnicodeDecodeError for bytes `start..end` of the input.
fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> Exc {
    let msg = if end == start + 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    Exc::new(BuiltinType::UnicodeDecodeError, msg)
}

/// Applies a decode error handler to the undecodable bytes `bad`; `Err` for `strict`.
fn decode_handler(errors: &str, bad: &[u8], out: &mut String, strict: Exc) -> PyResult<()> {
    match errors {
        "strict" => Err(strict),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "ignore" => Ok(()),
        "backslashreplace" => {
            for c in bad {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => Err(Exc::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        // Lone surrogates cannot be held in montybox strings.
        "surrogateescape" | "surrogatepass" => Err(strict),
        _ => Err(unknown_handler(errors)),
    }
}

/// Decodes bytes with a codec name and error handler.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Utf8Sig => {
            let rest = b.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(b);
            decode(rest, "utf-8", errors)
        }
        Codec::Utf16(order) => decode_wide(b, 2, order, errors),
        Codec::Utf32(order) => decode_wide(b, 4, order, errors),
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            while pos < b.len() {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = pos + e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[pos..good]).unwrap_or_default());
                        // Rust reports the maximal invalid subpart, as CPython's decoder does.
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) => {
                                let start_ok = matches!(b[good], 0xc2..=0xf4);
                                let reason = if start_ok {
                                    "invalid continuation byte"
                                } else {
                                    "invalid start byte"
                                };
                                (good + n, reason)
                            }
                        };
                        let strict = decode_error("utf-8", b, good, end, reason);
                        // Each invalid subpart is one U+FFFD for `replace`, as in CPython.
                        decode_handler(errors, &b[good..end], &mut out, strict)?;
                        pos = end;
                    }
                }
            }
            Ok(out)
        }
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    let strict = decode_error("ascii", b, i, i + 1, "ordinal not in range(128)");
                    decode_handler(errors, &[c], &mut out, strict)?;
                }
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
    }
}

/// Decodes UTF-16 (`width` 2) or UTF-32 (`width` 4); error positions count from the input's
/// start, BOM included, as CPython reports them.
fn decode_wide(b: &[u8], width: usize, order: Option<bool>, errors: &str) -> PyResult<String> {
    let (big, mut pos) = match order {
        Some(big) => (big, 0),
        None => {
            let (le, be): (&[u8], &[u8]) = if width == 2 {
                (b"\xff\xfe", b"\xfe\xff")
            } else {
                (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
            };
            if b.starts_with(le) {
                (false, width)
            } else if b.starts_with(be) {
                (true, width)
            } else {
                (false, 0)
            }
        }
    };
    let name = match (width, big) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let unit = |i: usize| -> u32 {
        let bytes = &b[i..i + width];
        let mut v = 0u32;
        for k in 0..width {
            let byte = if big { bytes[k] } else { bytes[width - 1 - k] };
            v = (v << 8) | byte as u32;
        }
        v
    };
    let mut out = String::with_capacity(b.len() / width);
    while pos < b.len() {
        let (end, reason) = if b.len() - pos < width {
            (b.len(), "truncated data")
        } else {
            let u = unit(pos);
            if width == 4 {
                match char::from_u32(u) {
                    Some(c) => {
                        out.push(c);
                        pos += 4;
                        continue;
                    }
                    None if u > 0x10ffff => (pos + 4, "code point not in range(0x110000)"),
                    None => (
                        pos + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    ),
                }
            } else if !(0xd800..0xe000).contains(&u) {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                pos += 2;
                continue;
            } else if u >= 0xdc00 {
                (pos + 2, "illegal encoding")
            } else if b.len() - pos < 4 {
                (b.len(), "unexpected end of data")
            } else {
                let lo = unit(pos + 2);
                if (0xdc00..0xe000).contains(&lo) {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                    continue;
                }
                (pos + 2, "illegal UTF-16 surrogate")
            }
        };
        let strict = decode_error(name, b, pos, end, reason);
        decode_handler(errors, &b[pos..end], &mut out, strict)?;
        pos = end;
    }
    Ok(out)
}

/// Encodes a string with a codec name and error handler.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16(order) => return Ok(encode_wide(s, 2, order)),
        Codec::Utf32(order) => return Ok(encode_wide(s, 4, order)),
        Codec::Ascii => 0x80u32,
        Codec::Latin1 => 0x100,
    };
    let name = codec.name();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i] as u32;
        if n < limit {
            out.push(n as u8);
            i += 1;
            continue;
        }
        // CPython reports (and hands to the handler) the whole run of unencodable characters.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        for &c in &chars[i..end] {
            let n = c as u32;
            match errors {
                "strict" | "surrogateescape" | "surrogatepass" => {
                    let msg = if end == i + 1 {
                        format!(
                            "'{name}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                            crate::builtins::str::ascii_escape(&c.to_string())
                        )
                    } else {
                        format!(
                            "'{name}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                            end - 1
                        )
                    };
                    return Err(Exc::new(BuiltinType::UnicodeEncodeError, msg));
                }
                "replace" => out.push(b'?'),
                "ignore" => {}
                "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
                "backslashreplace" | "namereplace" => out.extend(
                    if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    }
                    .bytes(),
                ),
                _ => return Err(unknown_handler(errors)),
            }
        }
        i = end;
    }
    Ok(out)
}

/// Encodes UTF-16 or UTF-32 (montybox strings hold no lone surrogates, so this cannot fail).
fn encode_wide(s: &str, width: usize, order: Option<bool>) -> Vec<u8> {
    let big = order == Some(true);
    let mut out = Vec::with_capacity(s.len() * width + width);
    let mut put = |u: u32| {
        let bytes = u.to_be_bytes();
        let unit = &bytes[4 - width..];
        if big {
            out.extend_from_slice(unit);
        } else {
            out.extend(unit.iter().rev());
        }
    };
    if order.is_none() {
        put(0xfeff);
    }
    for c in s.chars() {
        if width == 4 {
            put(c as u32);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                put(*u as u32);
            }
        }
    }
    out
}

// ---- operators -------------------------------------------------------------------------------

pub fn concat(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let mut x = bytes_of(vm, a).unwrap_or_default();
    let y = bytes_of(vm, b).unwrap_or_default();
    reserve_bytes(vm, x.len() + y.len())?;
    x.extend(y);
    if inplace && is_bytearray(vm, a) {
        set_bytes(vm, a, x);
        return Ok(a);
    }
    make(vm, x, is_bytearray(vm, a))
}

fn set_bytes(vm: &mut Vm, v: Value, b: Vec<u8>) {
    if let Value::Obj(id) = vm.unwrap_builtin(v) {
        if let Object::ByteArray(x) = vm.heap.get_mut(id) {
            *x = b;
        }
    }
}

pub fn repeat(vm: &mut Vm, a: Value, n: i64, inplace: bool) -> PyResult<Value> {
    let len = len_of(vm, a).unwrap_or(0);
    let n = n.max(0) as usize;
    let total = len
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| Exc::overflow_error("repeated bytes are too long"))?;
    reserve_bytes(vm, total)?;
    let r = bytes_of(vm, a).unwrap_or_default().repeat(n);
    if inplace && is_bytearray(vm, a) {
        set_bytes(vm, a, r);
        return Ok(a);
    }
    make(vm, r, is_bytearray(vm, a))
}

pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> bool {
    let x = bytes_of(vm, a).unwrap_or_default();
    let y = bytes_of(vm, b).unwrap_or_default();
    crate::vm::ops::cmp_result(op, x.cmp(&y))
}

/// Position of `needle` in `hay` (naive search is fine: inputs are bounded by memory limits).
fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

pub fn contains(vm: &mut Vm, b: Value, item: Value) -> PyResult<bool> {
    let hay = bytes_of(vm, b).unwrap_or_default();
    if let Some(needle) = bytes_of(vm, item) {
        return Ok(find_sub(&hay, &needle).is_some());
    }
    if vm.kind(vm.unwrap_builtin(item)) == Kind::Int || vm.lookup_user(item, "__index__")?.is_some()
    {
        let c = byte_arg(vm, item)?;
        return Ok(hay.contains(&c));
    }
    let t = vm.type_name(item);
    Err(Exc::type_error(format!(
        "a bytes-like object is required, not '{t}'"
    )))
}

fn is_slice(vm: &Vm, key: Value) -> bool {
    matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_)))
}

pub fn getitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<Value> {
    let data = bytes_of(vm, b).unwrap_or_default();
    let ba = is_bytearray(vm, b);
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, data.len() as i64)?;
        let out: Vec<u8> = if idx.step == 1 {
            let (s, e) = (idx.start.max(0) as usize, idx.stop.max(0) as usize);
            data.get(s..e.max(s)).unwrap_or_default().to_vec()
        } else {
            idx.positions()
                .filter_map(|p| data.get(p).copied())
                .collect()
        };
        return make(vm, out, ba);
    }
    let i = index_key(vm, key, ba)?;
    let len = data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        let what = if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        };
        return Err(Exc::index_error(what));
    }
    Ok(Value::Int(data[j as usize] as i64))
}

/// An integer subscript, with CPython's message for other key types.
fn index_key(vm: &mut Vm, key: Value, ba: bool) -> PyResult<i64> {
    let k = vm.unwrap_builtin(key);
    if vm.kind(k) != Kind::Int && vm.lookup_user(key, "__index__")?.is_none() {
        let t = vm.type_name(key);
        let what = if ba { "bytearray" } else { "byte" };
        return Err(Exc::type_error(format!(
            "{what} indices must be integers or slices, not {t}"
        )));
    }
    vm.index_value(key)
}

/// A value that must be a byte (an int in 0..256, or an object with `__index__`).
fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = vm.index_value(v).map_err(|e| big_to_range(vm, v, e))?;
    if !(0..256).contains(&i) {
        return Err(Exc::value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// A too-large int where a byte is expected is out of range, not an index overflow.
fn big_to_range(vm: &Vm, v: Value, e: Exc) -> Exc {
    if matches!(vm.unwrap_builtin(v), Value::Obj(id) if matches!(vm.heap.get(id), Object::BigInt(_)))
    {
        Exc::value_error("byte must be in range(0, 256)")
    } else {
        e
    }
}

/// The new contents for a bytearray slice assignment.
fn slice_source(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b);
    }
    let k = vm.kind(vm.unwrap_builtin(v));
    if matches!(k, Kind::Int | Kind::Float | Kind::Str) {
        return Err(Exc::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    if !vm.is_iterable(v)? {
        let t = vm.type_name(v);
        return Err(Exc::type_error(format!(
            "cannot convert '{t}' object to bytearray"
        )));
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(byte_arg(vm, it)?);
    }
    Ok(out)
}

pub fn setitem(vm: &mut Vm, b: Value, key: Value, v: Value) -> PyResult<()> {
    if is_slice(vm, key) {
        let new = slice_source(vm, v)?;
        let mut data = bytes_of(vm, b).unwrap_or_default();
        let idx = vm.slice_indices(key, data.len() as i64)?;
        if idx.step == 1 {
            let start = (idx.start.max(0) as usize).min(data.len());
            let stop = (idx.stop.max(0) as usize).clamp(start, data.len());
            reserve_bytes(vm, new.len())?;
            data.splice(start..stop, new);
        } else if new.is_empty() {
            // An empty value deletes the extended slice.
            let mut drop = vec![false; data.len()];
            for p in idx.positions() {
                drop[p] = true;
            }
            let mut i = 0;
            data.retain(|_| {
                i += 1;
                !drop[i - 1]
            });
        } else {
            if new.len() != idx.len() {
                return Err(Exc::value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    idx.len()
                )));
            }
            for (p, x) in idx.positions().zip(new) {
                data[p] = x;
            }
        }
        set_bytes(vm, b, data);
        return Ok(());
    }
    let i = index_key(vm, key, true)?;
    let c = byte_arg(vm, v)?;
    let len = len_of(vm, b).unwrap_or(0) as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(Exc::index_error("bytearray index out of range"));
    }
    with_ba(vm, b, "__setitem__", |d| d[j as usize] = c)?;
    Ok(())
}

pub fn delitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<()> {
    let mut data = bytes_of(vm, b).unwrap_or_default();
    if is_slice(vm, key) {
        let idx = vm.slice_indices(key, data.len() as i64)?;
        let mut drop = vec![false; data.len()];
        for p in idx.positions() {
            drop[p] = true;
        }
        let mut i = 0;
        data.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
        set_bytes(vm, b, data);
        return Ok(());
    }
    let i = index_key(vm, key, true)?;
    let len = data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(Exc::index_error("bytearray index out of range"));
    }
    data.remove(j as usize);
    set_bytes(vm, b, data);
    Ok(())
}

// ---- constructors ----------------------------------------------------------------------------

/// A str argument of a constructor or method (`bytes() argument 'encoding' must be str, not int`).
fn str_param(vm: &Vm, v: Value, func: &str, param: &str) -> PyResult<String> {
    vm.str_value(vm.unwrap_builtin(v)).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!("{func}() argument '{param}' must be str, not {t}"))
    })
}

/// `bytes(x)` / `bytearray(x)` (also with `encoding` and `errors`).
pub fn new(vm: &mut Vm, args: &Args, bytearray: bool) -> PyResult<Value> {
    let name = if bytearray { "bytearray" } else { "bytes" };
    let p = params_kw(vm, args, 0, name, &["source", "encoding", "errors"])?;
    let (src, encoding, errors) = (p[0], p[1], p[2]);
    let Some(src) = src else {
        if encoding.is_some() || errors.is_some() {
            return Err(Exc::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return make(vm, Vec::new(), bytearray);
    };
    let enc = match encoding {
        Some(e) => Some(str_param(vm, e, name, "encoding")?),
        None => None,
    };
    let err = match errors {
        Some(e) => Some(str_param(vm, e, name, "errors")?),
        None => None,
    };
    let inner = vm.unwrap_builtin(src);
    if let Some(s) = vm.str_value(inner) {
        let Some(enc) = enc else {
            return Err(Exc::type_error("string argument without an encoding"));
        };
        let b = encode(&s, &enc, err.as_deref().unwrap_or("strict"))?;
        return make(vm, b, bytearray);
    }
    if enc.is_some() {
        return Err(Exc::type_error("encoding without a string argument"));
    }
    if err.is_some() {
        return Err(Exc::type_error("errors without a string argument"));
    }
    if !bytearray {
        if let Some(m) = vm.lookup_user(src, "__bytes__")? {
            let r = vm.call(m, &[])?;
            if vm.kind(vm.unwrap_builtin(r)) != Kind::Bytes {
                let t = vm.type_name(r);
                return Err(Exc::type_error(format!(
                    "__bytes__ returned non-bytes (type {t})"
                )));
            }
            return Ok(r);
        }
    }
    if let Some(b) = bytes_of(vm, src) {
        if !bytearray && vm.kind(src) == Kind::Bytes {
            return Ok(src);
        }
        return make(vm, b, bytearray);
    }
    if vm.kind(inner) == Kind::Int || vm.lookup_user(src, "__index__")?.is_some() {
        let n = match crate::builtins::int::to_bigint(vm, inner) {
            Some(b) if num_traits::ToPrimitive::to_i64(&b).is_none() => {
                return Err(Exc::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            _ => vm.index_value(src)?,
        };
        if n < 0 {
            return Err(Exc::value_error("negative count"));
        }
        reserve_bytes(vm, n as usize)?;
        return make(vm, vec![0; n as usize], bytearray);
    }
    if !vm.is_iterable(src)? {
        let t = vm.type_name(src);
        return Err(Exc::type_error(format!(
            "cannot convert '{t}' object to {name}"
        )));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let c = byte_arg(vm, it).map_err(|e| {
            if !bytearray && matches!(&e, Exc::New(BuiltinType::ValueError, _)) {
                Exc::value_error("bytes must be in range(0, 256)")
            } else {
                e
            }
        })?;
        out.push(c);
    }
    make(vm, out, bytearray)
}

// ---- methods ---------------------------------------------------------------------------------

native_methods! {
    pub enum BytesMethod {
        Capitalize => "capitalize" => m_capitalize,
        Center => "center" => m_center,
        Count => "count" => m_count,
        Decode => "decode" => m_decode,
        EndsWith => "endswith" => m_endswith,
        ExpandTabs => "expandtabs" => m_expandtabs,
        Find => "find" => m_find,
        FromHex => "fromhex" => m_fromhex,
        Hex => "hex" => m_hex,
        Index => "index" => m_index,
        IsAlnum => "isalnum" => m_isalnum,
        IsAlpha => "isalpha" => m_isalpha,
        IsAscii => "isascii" => m_isascii,
        IsDigit => "isdigit" => m_isdigit,
        IsLower => "islower" => m_islower,
        IsSpace => "isspace" => m_isspace,
        IsTitle => "istitle" => m_istitle,
        IsUpper => "isupper" => m_isupper,
        Join => "join" => m_join,
        LJust => "ljust" => m_ljust,
        Lower => "lower" => m_lower,
        LStrip => "lstrip" => m_lstrip,
        MakeTrans => "maketrans" => m_maketrans,
        Partition => "partition" => m_partition,
        RemovePrefix => "removeprefix" => m_removeprefix,
        RemoveSuffix => "removesuffix" => m_removesuffix,
        Replace => "replace" => m_replace,
        RFind => "rfind" => m_rfind,
        RIndex => "rindex" => m_rindex,
        RJust => "rjust" => m_rjust,
        RPartition => "rpartition" => m_rpartition,
        RSplit => "rsplit" => m_rsplit,
        RStrip => "rstrip" => m_rstrip,
        Split => "split" => m_split,
        SplitLines => "splitlines" => m_splitlines,
        StartsWith => "startswith" => m_startswith,
        Strip => "strip" => m_strip,
        SwapCase => "swapcase" => m_swapcase,
        Title => "title" => m_title,
        Translate => "translate" => m_translate,
        Upper => "upper" => m_upper,
        ZFill => "zfill" => m_zfill,
        Len => "__len__" => m_len,
        GetItem => "__getitem__" => m_getitem,
        Contains => "__contains__" => m_contains,
        Add => "__add__" => m_add,
        Mul => "__mul__" => m_mul,
        RMul => "__rmul__" => m_mul,
        Bytes => "__bytes__" => m_bytes,
        Append => "append" => m_append,
        Clear => "clear" => m_clear,
        Copy => "copy" => m_copy,
        Extend => "extend" => m_extend,
        Insert => "insert" => m_insert,
        Pop => "pop" => m_pop,
        Remove => "remove" => m_remove,
        Reverse => "reverse" => m_reverse,
        SetItem => "__setitem__" => m_setitem,
        DelItem => "__delitem__" => m_delitem,
        IAdd => "__iadd__" => m_iadd,
        IMul => "__imul__" => m_imul,
    }
}

/// The methods of `bytes` or `bytearray` (the mutators only for bytearray).
pub fn method_for(t: BuiltinType, name: &str) -> Option<Builtin> {
    use BytesMethod as M;
    let m = M::from_name(name)?;
    let mutator = matches!(
        m,
        M::Append
            | M::Extend
            | M::Pop
            | M::Clear
            | M::Copy
            | M::Reverse
            | M::Insert
            | M::Remove
            | M::SetItem
            | M::DelItem
            | M::IAdd
            | M::IMul
    );
    if mutator && t != BuiltinType::ByteArray {
        return None;
    }
    if m == M::Bytes && t != BuiltinType::Bytes {
        return None;
    }
    Some(Builtin::Bytes(m))
}

/// Bytes methods called on the class (`bytes.fromhex`).
pub fn is_class_level(b: Builtin) -> bool {
    // maketrans is static; binding it to the class keeps the receiver slot unambiguous.
    matches!(
        b,
        Builtin::Bytes(BytesMethod::FromHex | BytesMethod::MakeTrans)
    )
}

/// The receiver's type name for messages (`bytes` or `bytearray`).
fn tyname(vm: &Vm, args: &Args) -> &'static str {
    if is_bytearray(vm, args.this()) {
        "bytearray"
    } else {
        "bytes"
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// How a method checks its arguments (CPython's methods use several conventions, each with
/// its own messages).
#[derive(Clone, Copy)]
enum Sig {
    /// `bytes.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `bytes.join() takes exactly one argument (0 given)`.
    One,
    /// Argument clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple` style: `count() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
}

/// Checks a method's positional arguments (no keywords allowed) and returns them.
fn params(vm: &Vm, args: &Args, name: &str, sig: Sig) -> PyResult<Vec<Value>> {
    let ty = tyname(vm, args);
    let n = args.len().saturating_sub(1);
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{ty}.{name}() takes no keyword arguments"
        )));
    }
    let msg = match sig {
        Sig::NoArgs if n > 0 => Some(format!("{ty}.{name}() takes no arguments ({n} given)")),
        Sig::One if n != 1 => Some(format!(
            "{ty}.{name}() takes exactly one argument ({n} given)"
        )),
        Sig::Clinic(min, max) if n < min || n > max => Some(if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }),
        Sig::Tuple(min, _) if n < min => Some(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )),
        Sig::Tuple(_, max) if n > max => Some(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )),
        _ => None,
    };
    match msg {
        Some(m) => Err(Exc::type_error(m)),
        None => Ok(args.pos[1..].to_vec()),
    }
}

/// Binds positional and keyword arguments (from `args.pos[skip..]`) to `names`, with CPython's
/// messages for a function named `func`.
fn params_kw(
    vm: &Vm,
    args: &Args,
    skip: usize,
    func: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos.get(skip..).unwrap_or_default();
    if pos.len() + args.kw.len() > names.len() {
        return Err(Exc::type_error(format!(
            "{func}() takes at most {} argument{} ({} given)",
            names.len(),
            plural(names.len()),
            pos.len() + args.kw.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let key = vm.str_value(*k).unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            None => {
                return Err(Exc::type_error(format!(
                    "'{key}' is an invalid keyword argument for {func}()"
                )))
            }
            Some(i) if i < pos.len() => {
                return Err(Exc::type_error(format!(
                    "argument for {func}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(*v),
        }
    }
    Ok(out)
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    bytes_of(vm, args.this()).ok_or_else(|| {
        let t = vm.type_name(args.this());
        Exc::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{t}' object"
        ))
    })
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn arg_bytes(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_of(vm, v).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!("a bytes-like object is required, not '{t}'"))
    })
}

/// The result of a method: a bytearray for a bytearray receiver, else bytes.
fn result(vm: &mut Vm, args: &Args, b: Vec<u8>) -> PyResult<Value> {
    let ba = is_bytearray(vm, args.this());
    make(vm, b, ba)
}

/// A `start`/`end` slice bound: None, or an int clamped to 64 bits.
fn bound(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let inner = vm.unwrap_builtin(v);
    if let Some(b) = crate::builtins::int::to_bigint(vm, inner) {
        return Ok(Some(match num_traits::ToPrimitive::to_i64(&b) {
            Some(i) => i,
            None if b.is_negative() => i64::MIN / 2,
            None => i64::MAX / 2,
        }));
    }
    if vm.lookup_user(v, "__index__")?.is_some() {
        return vm.index_value(v).map(Some);
    }
    Err(Exc::type_error(
        "slice indices must be integers or None or have an __index__ method",
    ))
}

/// `start`/`end` adjusted as CPython does for find/count: `end` clamped to the length, both made
/// non-negative (`start` may still exceed the length).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// An argument CPython converts to a C `int`.
fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let inner = vm.unwrap_builtin(v);
    let i = match crate::builtins::int::to_bigint(vm, inner) {
        Some(b) => num_traits::ToPrimitive::to_i64(&b),
        None => Some(vm.index_value(v)?),
    };
    match i {
        Some(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(Exc::overflow_error(
            "Python int too large to convert to C int",
        )),
    }
}

/// The needle of find/count/index: bytes-like or a single byte value.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b);
    }
    if vm.kind(vm.unwrap_builtin(v)) == Kind::Int || vm.lookup_user(v, "__index__")?.is_some() {
        return Ok(vec![byte_arg(vm, v)?]);
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "argument should be integer or bytes-like object, not '{t}'"
    )))
}

/// Shared by find/rfind/index/rindex: the match position, or `None`.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let p = params(vm, args, name, Sig::Tuple(1, 3))?;
    let b = this(vm, args, name)?;
    let sub = needle(vm, p[0])?;
    let start = bound(vm, p.get(1).copied())?;
    let end = bound(vm, p.get(2).copied())?;
    let (s, e) = adjust(start, end, b.len());
    if s > b.len() || e < s || e - s < sub.len() {
        return Ok(None);
    }
    let hay = &b[s..e];
    let r = if rev {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(r.map(|i| i + s))
}

fn m_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn m_rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn m_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("subsection not found")),
    }
}

fn m_rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("subsection not found")),
    }
}

fn m_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "count", Sig::Tuple(1, 3))?;
    let b = this(vm, args, "count")?;
    let sub = needle(vm, p[0])?;
    let start = bound(vm, p.get(1).copied())?;
    let end = bound(vm, p.get(2).copied())?;
    let (s, e) = adjust(start, end, b.len());
    if s > b.len() || e < s {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((e - s) as i64 + 1));
    }
    let hay = &b[s..e];
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= hay.len() {
        if hay[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn m_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params_kw(vm, args, 1, "decode", &["encoding", "errors"])?;
    let b = this(vm, args, "decode")?;
    let enc = match p[0] {
        Some(v) => str_param(vm, v, "decode", "encoding")?,
        None => "utf-8".into(),
    };
    let err = match p[1] {
        Some(v) => str_param(vm, v, "decode", "errors")?,
        None => "strict".into(),
    };
    let s = decode(&b, &enc, &err)?;
    vm.new_str(s)
}

/// `hex(sep=..., bytes_per_sep=1)`.
fn m_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params_kw(vm, args, 1, "hex", &["sep", "bytes_per_sep"])?;
    let b = this(vm, args, "hex")?;
    let sep: Option<char> = match p[0] {
        None => None,
        Some(v) => {
            let v = vm.unwrap_builtin(v);
            let text: Vec<char> = if let Some(s) = vm.str_value(v) {
                s.chars().collect()
            } else if let Some(bs) = bytes_of(vm, v) {
                bs.iter().map(|&c| c as char).collect()
            } else {
                let t = vm.type_name(v);
                return Err(Exc::type_error(format!(
                    "object of type '{t}' has no len()"
                )));
            };
            if text.len() != 1 {
                return Err(Exc::value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(Exc::value_error("sep must be ASCII."));
            }
            Some(text[0])
        }
    };
    let per = match p[1] {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    reserve_bytes(vm, b.len().saturating_mul(3))?;
    let mut out = String::with_capacity(b.len() * 3);
    match sep {
        Some(sep) if per != 0 && !b.is_empty() => {
            let group = per.unsigned_abs() as usize;
            let n = b.len();
            for (i, c) in b.iter().enumerate() {
                // Positive counts group from the right, negative from the left.
                let boundary = if per > 0 {
                    i > 0 && (n - i) % group == 0
                } else {
                    i > 0 && i % group == 0
                };
                if boundary {
                    out.push(sep);
                }
                out.push_str(&format!("{c:02x}"));
            }
        }
        _ => {
            for c in &b {
                out.push_str(&format!("{c:02x}"));
            }
        }
    }
    vm.new_str(out)
}

fn m_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bytearray = match args.this() {
        Value::Type(t) => t == BuiltinType::ByteArray,
        other => is_bytearray(vm, other),
    };
    let ty = if bytearray { "bytearray" } else { "bytes" };
    let n = args.len().saturating_sub(1);
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{ty}.fromhex() takes no keyword arguments"
        )));
    }
    if n != 1 {
        return Err(Exc::type_error(format!(
            "{ty}.fromhex() takes exactly one argument ({n} given)"
        )));
    }
    let arg = args.pos[1];
    let s = vm.str_value(vm.unwrap_builtin(arg)).ok_or_else(|| {
        let t = vm.type_name(arg);
        Exc::type_error(format!("fromhex() argument must be str, not {t}"))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let err = |pos: usize| {
        Exc::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && WHITESPACE.contains(&(chars[i] as u8)) {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let Some(hi) = hi else { return Err(err(i)) };
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16));
        let Some(lo) = lo else { return Err(err(i + 1)) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    make(vm, out, bytearray)
}

fn split_whitespace(b: &[u8], max: i64, rev: bool) -> Vec<Vec<u8>> {
    let ws = |c: &u8| WHITESPACE.contains(c);
    let mut out = Vec::new();
    let mut splits = 0;
    if !rev {
        let mut i = 0;
        let n = b.len();
        loop {
            while i < n && ws(&b[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if max >= 0 && splits >= max {
                // The remainder keeps its trailing whitespace.
                out.push(b[i..].to_vec());
                break;
            }
            let s = i;
            while i < n && !ws(&b[i]) {
                i += 1;
            }
            out.push(b[s..i].to_vec());
            splits += 1;
        }
    } else {
        let mut i = b.len();
        loop {
            while i > 0 && ws(&b[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if max >= 0 && splits >= max {
                out.push(b[..i].to_vec());
                break;
            }
            let e = i;
            while i > 0 && !ws(&b[i - 1]) {
                i -= 1;
            }
            out.push(b[i..e].to_vec());
            splits += 1;
        }
        out.reverse();
    }
    out
}

fn split_sep(b: &[u8], sep: &[u8], max: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut splits = 0;
    if !rev {
        let mut start = 0;
        let mut i = 0;
        while i + sep.len() <= b.len() {
            if max >= 0 && splits >= max {
                break;
            }
            if &b[i..i + sep.len()] == sep {
                out.push(b[start..i].to_vec());
                i += sep.len();
                start = i;
                splits += 1;
            } else {
                i += 1;
            }
        }
        out.push(b[start..].to_vec());
    } else {
        let mut end = b.len();
        let mut i = b.len();
        while i >= sep.len() {
            if max >= 0 && splits >= max {
                break;
            }
            if &b[i - sep.len()..i] == sep {
                out.push(b[i..end].to_vec());
                i -= sep.len();
                end = i;
                splits += 1;
            } else {
                i -= 1;
            }
        }
        out.push(b[..end].to_vec());
        out.reverse();
    }
    out
}

fn split_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let p = params_kw(vm, args, 1, name, &["sep", "maxsplit"])?;
    let b = this(vm, args, name)?;
    let sep = match p[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(arg_bytes(vm, v)?),
    };
    let max = match p[1] {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let parts = match sep {
        None => split_whitespace(&b, max, rev),
        Some(s) if s.is_empty() => return Err(Exc::value_error("empty separator")),
        Some(s) => split_sep(&b, &s, max, rev),
    };
    let ba = is_bytearray(vm, args.this());
    let mut vals = Vec::with_capacity(parts.len());
    for p in parts {
        vals.push(make(vm, p, ba)?);
    }
    vm.new_list(vals)
}

fn m_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn m_rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn m_splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params_kw(vm, args, 1, "splitlines", &["keepends"])?;
    let b = this(vm, args, "splitlines")?;
    let keep = match p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        parts.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    let ba = is_bytearray(vm, args.this());
    let mut vals = Vec::with_capacity(parts.len());
    for p in parts {
        vals.push(make(vm, p, ba)?);
    }
    vm.new_list(vals)
}

fn m_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "join", Sig::One)?;
    let sep = this(vm, args, "join")?;
    if !vm.is_iterable(p[0])? {
        return Err(Exc::type_error("can only join an iterable"));
    }
    let items = vm.collect(p[0])?;
    let mut parts = Vec::with_capacity(items.len());
    let mut total = 0usize;
    for (i, it) in items.iter().enumerate() {
        match bytes_of(vm, *it) {
            Some(b) => {
                total = total.saturating_add(b.len()).saturating_add(sep.len());
                parts.push(b);
            }
            None => {
                let t = vm.type_name(*it);
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
    }
    reserve_bytes(vm, total)?;
    let out = parts.join(sep.as_slice());
    result(vm, args, out)
}

fn affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let p = params(vm, args, name, Sig::Tuple(1, 3))?;
    let b = this(vm, args, name)?;
    let cands: Vec<Value> = if vm.kind(p[0]) == Kind::Tuple {
        vm.seq_items(p[0]).unwrap_or_default()
    } else {
        match bytes_of(vm, p[0]) {
            Some(_) => vec![p[0]],
            None => {
                let t = vm.type_name(p[0]);
                return Err(Exc::type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {t}"
                )));
            }
        }
    };
    let start = bound(vm, p.get(1).copied())?;
    let end = bound(vm, p.get(2).copied())?;
    let (s, e) = adjust(start, end, b.len());
    let matches = |c: &[u8]| {
        if s > b.len() || e < s || e - s < c.len() {
            return false;
        }
        if suffix {
            b[e - c.len()..e] == c[..]
        } else {
            b[s..s + c.len()] == c[..]
        }
    };
    // A tuple is checked in order, stopping at the first match (later items are not validated).
    for c in cands {
        if matches(&arg_bytes(vm, c)?) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn m_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn m_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn m_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "replace", Sig::Clinic(2, 3))?;
    let b = this(vm, args, "replace")?;
    let old = arg_bytes(vm, p[0])?;
    let new = arg_bytes(vm, p[1])?;
    let count = match p.get(2) {
        Some(v) => vm.index_value(*v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0usize;
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        let slots = b.len() + 1;
        reserve_bytes(vm, slots.min(limit).saturating_mul(new.len()) + b.len())?;
        for &c in &b {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
        return result(vm, args, out);
    }
    // Count the matches first so the result's size is checked before it is built.
    let mut hits = Vec::new();
    let mut i = 0;
    while hits.len() < limit && i + old.len() <= b.len() {
        if b[i..].starts_with(&old) {
            hits.push(i);
            i += old.len();
        } else {
            i += 1;
        }
    }
    let size =
        (b.len() - hits.len() * old.len()).saturating_add(hits.len().saturating_mul(new.len()));
    reserve_bytes(vm, size)?;
    let mut out = Vec::with_capacity(size);
    let mut last = 0;
    for h in hits {
        out.extend_from_slice(&b[last..h]);
        out.extend_from_slice(&new);
        last = h + old.len();
    }
    out.extend_from_slice(&b[last..]);
    result(vm, args, out)
}

fn map_bytes(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    params(vm, args, name, Sig::NoArgs)?;
    let b = this(vm, args, name)?;
    result(vm, args, f(&b))
}

fn m_upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}

fn m_lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}

fn m_swapcase(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_capitalize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_title(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    params(vm, args, name, Sig::NoArgs)?;
    let b = this(vm, args, name)?;
    Ok(Value::Bool(f(&b)))
}

fn m_isalnum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric())
    })
}

fn m_isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic())
    })
}

fn m_isascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |b| b.is_ascii())
}

fn m_isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_digit())
    })
}

fn m_isspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |b| {
        !b.is_empty() && b.iter().all(|c| WHITESPACE.contains(c))
    })
}

fn m_islower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |b| {
        b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())
    })
}

fn m_isupper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |b| {
        b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())
    })
}

fn m_istitle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
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

/// The fill byte of center/ljust/rjust.
fn fill_byte(vm: &Vm, v: Option<Value>, name: &str) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match bytes_of(vm, v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => {
            let t = if v.is_none() {
                "None".to_string()
            } else {
                vm.type_name(v)
            };
            Err(Exc::type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {t}"
            )))
        }
    }
}

/// The receiver, target width and fill byte of center/ljust/rjust (memory checked first).
fn pad(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, usize, u8)> {
    let p = params(vm, args, name, Sig::Clinic(1, 2))?;
    let b = this(vm, args, name)?;
    let width = vm.index_value(p[0])?;
    let fill = fill_byte(vm, p.get(1).copied(), name)?;
    let width = width.max(0) as usize;
    if width > b.len() {
        reserve_bytes(vm, width)?;
    }
    Ok((b, width, fill))
}

fn m_center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (b, width, fill) = pad(vm, args, "center")?;
    if width <= b.len() {
        return result(vm, args, b);
    }
    let marg = width - b.len();
    // CPython's rounding: the extra byte goes left when both margin and width are odd.
    let left = marg / 2 + (marg & width & 1);
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    result(vm, args, out)
}

fn m_ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (mut b, width, fill) = pad(vm, args, "ljust")?;
    if width > b.len() {
        b.resize(width, fill);
    }
    result(vm, args, b)
}

fn m_rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (b, width, fill) = pad(vm, args, "rjust")?;
    if width <= b.len() {
        return result(vm, args, b);
    }
    let mut out = vec![fill; width - b.len()];
    out.extend_from_slice(&b);
    result(vm, args, out)
}

fn m_zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "zfill", Sig::One)?;
    let b = this(vm, args, "zfill")?;
    let width = vm.index_value(p[0])?.max(0) as usize;
    if width <= b.len() {
        return result(vm, args, b);
    }
    reserve_bytes(vm, width)?;
    let fill = width - b.len();
    let mut out = Vec::with_capacity(width);
    let (sign, rest) = match b.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &b[1..]),
        _ => (None, &b[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    result(vm, args, out)
}

fn m_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params_kw(vm, args, 1, "expandtabs", &["tabsize"])?;
    let b = this(vm, args, "expandtabs")?;
    let tab = match p[0] {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: usize = 0;
    for &c in &b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    if out.len() + n > (1 << 24) {
                        reserve_bytes(vm, out.len() + n)?;
                    }
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    result(vm, args, out)
}

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let p = params(vm, args, name, Sig::Clinic(0, 1))?;
    let b = this(vm, args, name)?;
    let chars: Vec<u8> = match p.first() {
        None => WHITESPACE.to_vec(),
        Some(v) if v.is_none() => WHITESPACE.to_vec(),
        Some(v) => arg_bytes(vm, *v)?,
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && chars.contains(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&b[e - 1]) {
            e -= 1;
        }
    }
    result(vm, args, b[s..e].to_vec())
}

fn m_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn m_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn m_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let p = params(vm, args, name, Sig::One)?;
    let b = this(vm, args, name)?;
    let sep = arg_bytes(vm, p[0])?;
    if sep.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let found = if rev {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let (a, m, z) = match found {
        Some(i) => (b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), b),
        None => (b, Vec::new(), Vec::new()),
    };
    let ba = is_bytearray(vm, args.this());
    let a = make(vm, a, ba)?;
    let m = make(vm, m, ba)?;
    let z = make(vm, z, ba)?;
    vm.new_tuple(vec![a, m, z])
}

fn m_partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn m_rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn m_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "removeprefix", Sig::One)?;
    let b = this(vm, args, "removeprefix")?;
    let pre = arg_bytes(vm, p[0])?;
    let out = b.strip_prefix(pre.as_slice()).unwrap_or(&b).to_vec();
    result(vm, args, out)
}

fn m_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "removesuffix", Sig::One)?;
    let b = this(vm, args, "removesuffix")?;
    let suf = arg_bytes(vm, p[0])?;
    let out = b.strip_suffix(suf.as_slice()).unwrap_or(&b).to_vec();
    result(vm, args, out)
}

fn m_maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Bound to the class (see `is_class_level`); tolerate a call without it too.
    let all = args.pos.as_slice();
    let given: &[Value] = match all.first() {
        Some(c) if vm.is_class(*c) => &all[1..],
        _ => all,
    };
    if !args.kw.is_empty() {
        return Err(Exc::type_error(
            "bytes.maketrans() takes no keyword arguments",
        ));
    }
    if given.len() != 2 {
        return Err(Exc::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            given.len()
        )));
    }
    let from = arg_bytes(vm, given[0])?;
    let to = arg_bytes(vm, given[1])?;
    if from.len() != to.len() {
        return Err(Exc::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    vm.new_bytes(table)
}

fn m_translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n == 0 {
        return Err(Exc::type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let p = params_kw(vm, args, 1, "translate", &["table", "delete"])?;
    if args.kw.iter().any(|(k, _)| vm.str_eq_literal(*k, "table")) {
        return Err(Exc::type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let b = this(vm, args, "translate")?;
    let table = match p[0] {
        Some(v) if !v.is_none() => {
            let t = arg_bytes(vm, v)?;
            if t.len() != 256 {
                return Err(Exc::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match p[1] {
        Some(v) => arg_bytes(vm, v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    result(vm, args, out)
}

// ---- special methods -------------------------------------------------------------------------

fn wrapper_args(args: &Args, name: &str, want: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let n = args.len().saturating_sub(1);
    if n != want {
        return Err(Exc::type_error(format!(
            "expected {want} argument{}, got {n}",
            plural(want)
        )));
    }
    Ok(())
}

fn m_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__len__", 0)?;
    let b = this(vm, args, "__len__")?;
    Ok(Value::Int(b.len() as i64))
}

fn m_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__getitem__", 1)?;
    this(vm, args, "__getitem__")?;
    getitem(vm, args.this(), args.pos[1])
}

fn m_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__contains__", 1)?;
    this(vm, args, "__contains__")?;
    contains(vm, args.this(), args.pos[1]).map(Value::Bool)
}

fn m_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__add__", 1)?;
    this(vm, args, "__add__")?;
    if bytes_of(vm, args.pos[1]).is_none() {
        let (a, b) = (vm.type_name(args.pos[1]), tyname(vm, args));
        return Err(Exc::type_error(format!("can't concat {a} to {b}")));
    }
    concat(vm, args.this(), args.pos[1], false)
}

fn m_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__mul__", 1)?;
    this(vm, args, "__mul__")?;
    let n = vm.index_value(args.pos[1])?;
    repeat(vm, args.this(), n, false)
}

fn m_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    params(vm, args, "__bytes__", Sig::NoArgs)?;
    let b = this(vm, args, "__bytes__")?;
    vm.new_bytes(b)
}

fn m_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__setitem__", 2)?;
    bytearray_id(vm, args.this(), "__setitem__")?;
    setitem(vm, args.this(), args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

fn m_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__delitem__", 1)?;
    bytearray_id(vm, args.this(), "__delitem__")?;
    delitem(vm, args.this(), args.pos[1])?;
    Ok(Value::None)
}

fn m_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__iadd__", 1)?;
    bytearray_id(vm, args.this(), "__iadd__")?;
    if bytes_of(vm, args.pos[1]).is_none() {
        let t = vm.type_name(args.pos[1]);
        return Err(Exc::type_error(format!("can't concat {t} to bytearray")));
    }
    concat(vm, args.this(), args.pos[1], true)
}

fn m_imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    wrapper_args(args, "__imul__", 1)?;
    bytearray_id(vm, args.this(), "__imul__")?;
    let n = vm.index_value(args.pos[1])?;
    repeat(vm, args.this(), n, true)
}

// ---- bytearray mutators ----------------------------------------------------------------------

fn bytearray_id(vm: &Vm, v: Value, name: &str) -> PyResult<ObjId> {
    match vm.unwrap_builtin(v) {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::ByteArray(_)) => Ok(id),
        _ => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn with_ba<T>(vm: &mut Vm, v: Value, name: &str, f: impl FnOnce(&mut Vec<u8>) -> T) -> PyResult<T> {
    let id = bytearray_id(vm, v, name)?;
    match vm.heap.get_mut(id) {
        Object::ByteArray(b) => Ok(f(b)),
        _ => Err(Exc::internal("bytearray")),
    }
}

fn m_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "append", Sig::One)?;
    let c = byte_arg(vm, p[0])?;
    with_ba(vm, args.this(), "append", |b| b.push(c))?;
    Ok(Value::None)
}

fn m_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "extend", Sig::One)?;
    let more = match bytes_of(vm, p[0]) {
        Some(b) => b,
        None => {
            if vm.kind(vm.unwrap_builtin(p[0])) == Kind::Str {
                return Err(Exc::type_error(
                    "'str' object cannot be interpreted as an integer",
                ));
            }
            if !vm.is_iterable(p[0])? {
                let t = vm.type_name(p[0]);
                return Err(Exc::type_error(format!("can't extend bytearray with {t}")));
            }
            let items = vm.collect(p[0])?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                out.push(byte_arg(vm, it)?);
            }
            out
        }
    };
    reserve_bytes(vm, more.len())?;
    with_ba(vm, args.this(), "extend", |b| b.extend(more))?;
    Ok(Value::None)
}

fn m_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "insert", Sig::Clinic(2, 2))?;
    let i = vm.index_value(p[0])?;
    let c = byte_arg(vm, p[1])?;
    with_ba(vm, args.this(), "insert", |b| {
        let len = b.len() as i64;
        let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
        b.insert(pos as usize, c);
    })?;
    Ok(Value::None)
}

fn m_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "pop", Sig::Clinic(0, 1))?;
    let i = match p.first() {
        Some(v) => vm.index_value(*v)?,
        None => -1,
    };
    let r = with_ba(vm, args.this(), "pop", |b| {
        if b.is_empty() {
            return Err(Exc::index_error("pop from empty bytearray"));
        }
        let len = b.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(Exc::index_error("pop index out of range"));
        }
        Ok(b.remove(j as usize))
    })??;
    Ok(Value::Int(r as i64))
}

fn m_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = params(vm, args, "remove", Sig::One)?;
    let c = byte_arg(vm, p[0])?;
    let found = with_ba(vm, args.this(), "remove", |b| {
        match b.iter().position(|&x| x == c) {
            Some(i) => {
                b.remove(i);
                true
            }
            None => false,
        }
    })?;
    if !found {
        return Err(Exc::value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn m_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    params(vm, args, "clear", Sig::NoArgs)?;
    with_ba(vm, args.this(), "clear", |b| b.clear())?;
    Ok(Value::None)
}

fn m_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    params(vm, args, "copy", Sig::NoArgs)?;
    bytearray_id(vm, args.this(), "copy")?;
    let b = this(vm, args, "copy")?;
    make(vm, b, true)
}

fn m_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    params(vm, args, "reverse", Sig::NoArgs)?;
    with_ba(vm, args.this(), "reverse", |b| b.reverse())?;
    Ok(Value::None)
}
