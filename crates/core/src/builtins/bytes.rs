//! `bytes` and `bytearray`: reprs, indexing (ints), slicing, encodings (utf-8, ascii, latin-1),
//! and their methods.

use crate::builtins::{Args, Builtin};
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

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
            c if c as char == quote => {
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

/// Decodes bytes with a codec name and error handler.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => match errors {
                "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
                "ignore" => {
                    let mut out = String::new();
                    let mut rest = b;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e) => {
                                let good = e.valid_up_to();
                                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                                let skip = e.error_len().unwrap_or(rest.len() - good);
                                rest = &rest[good + skip..];
                            }
                        }
                    }
                    Ok(out)
                }
                _ => {
                    let pos = e.valid_up_to();
                    let byte = b.get(pos).copied().unwrap_or(0);
                    let reason = if e.error_len().is_none() {
                        "unexpected end of data"
                    } else if (0x80..0xc0).contains(&byte) {
                        "invalid start byte"
                    } else {
                        "invalid continuation byte"
                    };
                    let end = match e.error_len() {
                        Some(n) if reason == "invalid continuation byte" => pos + n,
                        None => b.len(),
                        _ => pos + 1,
                    };
                    let msg = if end > pos + 1 {
                        format!(
                            "'utf-8' codec can't decode bytes in position {pos}-{}: {reason}",
                            end - 1
                        )
                    } else {
                        format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}")
                    };
                    Err(Exc::new(BuiltinType::UnicodeDecodeError, msg))
                }
            },
        },
        "ascii" | "us-ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match errors {
                        "replace" => out.push('\u{fffd}'),
                        "ignore" => {}
                        _ => {
                            return Err(Exc::new(
                                BuiltinType::UnicodeDecodeError,
                                format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"),
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(b.iter().map(|&c| c as char).collect())
        }
        _ => Err(Exc::new(
            BuiltinType::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// Encodes a string with a codec name and error handler.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    let limit = match enc.as_str() {
        "utf-8" | "utf8" | "u8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" => 0x80u32,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => 0x100,
        _ => {
            return Err(Exc::new(
                BuiltinType::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    };
    let name = if limit == 0x80 { "ascii" } else { "latin-1" };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
        } else {
            match errors {
                "replace" => out.push(b'?'),
                "ignore" => {}
                "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
                "backslashreplace" => out.extend(
                    if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    }
                    .bytes(),
                ),
                _ => {
                    return Err(Exc::new(
                        BuiltinType::UnicodeEncodeError,
                        format!(
                            "'{name}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                            crate::builtins::str::ascii_escape(&c.to_string())
                        ),
                    ))
                }
            }
        }
    }
    Ok(out)
}

pub fn concat(vm: &mut Vm, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let mut x = bytes_of(vm, a).unwrap_or_default();
    let y = bytes_of(vm, b).unwrap_or_default();
    vm.reserve(x.len() + y.len())?;
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
    let x = bytes_of(vm, a).unwrap_or_default();
    let n = n.max(0) as usize;
    let total = x
        .len()
        .checked_mul(n)
        .ok_or_else(|| Exc::new(BuiltinType::MemoryError, ""))?;
    vm.reserve(total)?;
    let r = x.repeat(n);
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

pub fn contains(vm: &mut Vm, b: Value, item: Value) -> PyResult<bool> {
    let hay = bytes_of(vm, b).unwrap_or_default();
    if let Some(needle) = bytes_of(vm, item) {
        return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
    }
    match vm.index_value(item) {
        Ok(i) if (0..256).contains(&i) => Ok(hay.contains(&(i as u8))),
        Ok(_) => Err(Exc::value_error("byte must be in range(0, 256)")),
        Err(_) => {
            let t = vm.type_name(item);
            Err(Exc::type_error(format!(
                "a bytes-like object is required, not '{t}'"
            )))
        }
    }
}

pub fn getitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<Value> {
    let data = bytes_of(vm, b).unwrap_or_default();
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, data.len() as i64)?;
        let out: Vec<u8> = idx
            .positions()
            .filter_map(|p| data.get(p).copied())
            .collect();
        return make(vm, out, is_bytearray(vm, b));
    }
    let i = match vm.index_value(key) {
        Ok(i) => i,
        Err(_) => {
            let t = vm.type_name(key);
            let what = if is_bytearray(vm, b) {
                "bytearray"
            } else {
                "byte"
            };
            return Err(Exc::type_error(format!(
                "{what} indices must be integers or slices, not {t}"
            )));
        }
    };
    let len = data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        let what = if is_bytearray(vm, b) {
            "bytearray index out of range"
        } else {
            "index out of range"
        };
        return Err(Exc::index_error(what));
    }
    Ok(Value::Int(data[j as usize] as i64))
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = vm.index_value(v)?;
    if !(0..256).contains(&i) {
        return Err(Exc::value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

pub fn setitem(vm: &mut Vm, b: Value, key: Value, v: Value) -> PyResult<()> {
    let mut data = bytes_of(vm, b).unwrap_or_default();
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, data.len() as i64)?;
        let new = match bytes_of(vm, v) {
            Some(n) => n,
            None => {
                let items = vm.collect(v)?;
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    out.push(byte_value(vm, it)?);
                }
                out
            }
        };
        if idx.step == 1 {
            let start = idx.start.max(0) as usize;
            let stop = (idx.stop.max(0) as usize).max(start).min(data.len());
            data.splice(start.min(data.len())..stop, new);
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
    let i = vm.index_value(key)?;
    let len = data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(Exc::index_error("bytearray index out of range"));
    }
    data[j as usize] = byte_value(vm, v)?;
    set_bytes(vm, b, data);
    Ok(())
}

pub fn delitem(vm: &mut Vm, b: Value, key: Value) -> PyResult<()> {
    let mut data = bytes_of(vm, b).unwrap_or_default();
    if matches!(key, Value::Obj(k) if matches!(vm.heap.get(k), Object::Slice(_))) {
        let idx = vm.slice_indices(key, data.len() as i64)?;
        let remove: std::collections::HashSet<usize> = idx.positions().collect();
        let kept: Vec<u8> = data
            .iter()
            .enumerate()
            .filter(|(i, _)| !remove.contains(i))
            .map(|(_, c)| *c)
            .collect();
        set_bytes(vm, b, kept);
        return Ok(());
    }
    let i = vm.index_value(key)?;
    let len = data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(Exc::index_error("bytearray index out of range"));
    }
    data.remove(j as usize);
    set_bytes(vm, b, data);
    Ok(())
}

/// `bytes(x)` / `bytearray(x)` (also with `encoding`).
pub fn new(vm: &mut Vm, args: &Args, bytearray: bool) -> PyResult<Value> {
    let name = if bytearray { "bytearray" } else { "bytes" };
    args.check_kw(vm, name, &["source", "encoding", "errors"])?;
    let src = args.get(0).or_else(|| args.kwarg(vm, "source"));
    let encoding = args.get(1).or_else(|| args.kwarg(vm, "encoding"));
    let errors = args.get(2).or_else(|| args.kwarg(vm, "errors"));
    let Some(src) = src else {
        return make(vm, Vec::new(), bytearray);
    };
    if let Some(s) = vm.str_value(vm.unwrap_builtin(src)) {
        let Some(enc) = encoding else {
            return Err(Exc::type_error("string argument without an encoding"));
        };
        let enc = vm.str_value(enc).unwrap_or_default();
        let err = errors
            .and_then(|e| vm.str_value(e))
            .unwrap_or_else(|| "strict".into());
        let b = encode(&s, &enc, &err)?;
        return make(vm, b, bytearray);
    }
    if encoding.is_some() {
        return Err(Exc::type_error("encoding without a string argument"));
    }
    if let Some(b) = bytes_of(vm, src) {
        if !bytearray && vm.kind(src) == Kind::Bytes && vm.payload(src).is_none() {
            return Ok(src);
        }
        return make(vm, b, bytearray);
    }
    if vm.kind(src) == Kind::Int {
        let n = vm.index_value(src)?;
        if n < 0 {
            return Err(Exc::value_error("negative count"));
        }
        vm.reserve(n as usize)?;
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
        if vm.kind(it) != Kind::Int {
            let t = vm.type_name(it);
            return Err(Exc::type_error(format!(
                "'{t}' object cannot be interpreted as an integer"
            )));
        }
        out.push(byte_value(vm, it)?);
    }
    make(vm, out, bytearray)
}

native_methods! {
    pub enum BytesMethod {
        Decode => "decode" => m_decode,
        Hex => "hex" => m_hex,
        FromHex => "fromhex" => m_fromhex,
        Split => "split" => m_split,
        Join => "join" => m_join,
        StartsWith => "startswith" => m_startswith,
        EndsWith => "endswith" => m_endswith,
        Find => "find" => m_find,
        Index => "index" => m_index,
        Count => "count" => m_count,
        Replace => "replace" => m_replace,
        Upper => "upper" => m_upper,
        Lower => "lower" => m_lower,
        Strip => "strip" => m_strip,
        LStrip => "lstrip" => m_lstrip,
        RStrip => "rstrip" => m_rstrip,
        IsDigit => "isdigit" => m_isdigit,
        IsAlpha => "isalpha" => m_isalpha,
        Append => "append" => m_append,
        Extend => "extend" => m_extend,
        Pop => "pop" => m_pop,
        Clear => "clear" => m_clear,
        Copy => "copy" => m_copy,
        Reverse => "reverse" => m_reverse,
        Insert => "insert" => m_insert,
    }
}

/// The methods of `bytes` or `bytearray` (the mutators only for bytearray).
pub fn method_for(t: BuiltinType, name: &str) -> Option<Builtin> {
    use BytesMethod as M;
    let m = M::from_name(name)?;
    let mutator = matches!(
        m,
        M::Append | M::Extend | M::Pop | M::Clear | M::Copy | M::Reverse | M::Insert
    );
    if mutator && t != BuiltinType::ByteArray {
        return None;
    }
    Some(Builtin::Bytes(m))
}

/// Bytes methods called on the class (`bytes.fromhex`).
pub fn is_class_level(b: Builtin) -> bool {
    matches!(b, Builtin::Bytes(BytesMethod::FromHex))
}

fn this(vm: &Vm, args: &Args) -> PyResult<Vec<u8>> {
    bytes_of(vm, args.this()).ok_or_else(|| Exc::type_error("descriptor requires a 'bytes' object"))
}

fn arg_bytes(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_of(vm, v).ok_or_else(|| {
        let t = vm.type_name(v);
        Exc::type_error(format!("a bytes-like object is required, not '{t}'"))
    })
}

fn m_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "decode", &["encoding", "errors"])?;
    let b = this(vm, args)?;
    let enc = args
        .get(1)
        .or_else(|| args.kwarg(vm, "encoding"))
        .and_then(|v| vm.str_value(v))
        .unwrap_or_else(|| "utf-8".into());
    let err = args
        .get(2)
        .or_else(|| args.kwarg(vm, "errors"))
        .and_then(|v| vm.str_value(v))
        .unwrap_or_else(|| "strict".into());
    let s = decode(&b, &enc, &err)?;
    vm.new_str(s)
}

fn m_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args)?;
    let sep = args.get(1).and_then(|v| vm.str_value(v));
    let hexes: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let s = match sep {
        Some(sep) => hexes.join(&sep),
        None => hexes.concat(),
    };
    vm.new_str(s)
}

fn m_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("fromhex", 1, 1)?;
    let s = vm
        .str_value(args.pos[1])
        .ok_or_else(|| Exc::type_error("fromhex() argument must be str"))?;
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(Exc::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
        i += 2;
    }
    let bytearray = matches!(args.this(), Value::Type(BuiltinType::ByteArray));
    make(vm, out, bytearray)
}

fn m_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args)?;
    let sep = match args.get(1).or_else(|| args.kwarg(vm, "sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_bytes(vm, v)?),
    };
    let max = match args.get(2).or_else(|| args.kwarg(vm, "maxsplit")) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let text: String = b.iter().map(|&c| c as char).collect();
    let sep_s: Option<String> = sep.map(|s| s.iter().map(|&c| c as char).collect());
    if sep_s.as_deref() == Some("") {
        return Err(Exc::value_error("empty separator"));
    }
    let parts = crate::builtins::str::split_str(&text, sep_s.as_deref(), max);
    let ba = is_bytearray(vm, args.this());
    let mut vals = Vec::new();
    for p in parts {
        vals.push(make(vm, p.chars().map(|c| c as u32 as u8).collect(), ba)?);
    }
    vm.new_list(vals)
}

fn m_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("join", 1, 1)?;
    let sep = this(vm, args)?;
    let items = vm.collect(args.pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, *it) {
            Some(b) => out.extend(b),
            None => {
                let t = vm.type_name(*it);
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
    }
    let ba = is_bytearray(vm, args.this());
    make(vm, out, ba)
}

fn affix(vm: &mut Vm, args: &Args, suffix: bool) -> PyResult<Value> {
    let b = this(vm, args)?;
    let cands: Vec<Vec<u8>> = if vm.kind(args.pos[1]) == Kind::Tuple {
        let mut out = Vec::new();
        for it in vm.seq_items(args.pos[1]).unwrap_or_default() {
            out.push(arg_bytes(vm, it)?);
        }
        out
    } else {
        vec![arg_bytes(vm, args.pos[1])?]
    };
    Ok(Value::Bool(cands.iter().any(|c| {
        if suffix {
            b.ends_with(c)
        } else {
            b.starts_with(c)
        }
    })))
}

fn m_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("startswith", 1, 3)?;
    affix(vm, args, false)
}

fn m_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("endswith", 1, 3)?;
    affix(vm, args, true)
}

fn find_pos(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    let b = this(vm, args)?;
    let needle = match bytes_of(vm, args.pos[1]) {
        Some(n) => n,
        None => vec![byte_value(vm, args.pos[1])?],
    };
    if needle.is_empty() {
        return Ok(Some(0));
    }
    Ok(b.windows(needle.len()).position(|w| w == needle.as_slice()))
}

fn m_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("find", 1, 3)?;
    Ok(Value::Int(
        find_pos(vm, args)?.map(|i| i as i64).unwrap_or(-1),
    ))
}

fn m_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("index", 1, 3)?;
    match find_pos(vm, args)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("subsection not found")),
    }
}

fn m_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("count", 1, 3)?;
    let b = this(vm, args)?;
    let needle = match bytes_of(vm, args.pos[1]) {
        Some(n) => n,
        None => vec![byte_value(vm, args.pos[1])?],
    };
    if needle.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= b.len() {
        if b[i..i + needle.len()] == needle[..] {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn m_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("replace", 2, 3)?;
    let b = this(vm, args)?;
    let old = arg_bytes(vm, args.pos[1])?;
    let new = arg_bytes(vm, args.pos[2])?;
    let count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        if !old.is_empty() && (count < 0 || n < count) && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    let ba = is_bytearray(vm, args.this());
    make(vm, out, ba)
}

fn map_bytes(vm: &mut Vm, args: &Args, f: fn(u8) -> u8) -> PyResult<Value> {
    let b = this(vm, args)?;
    let ba = is_bytearray(vm, args.this());
    make(vm, b.into_iter().map(f).collect(), ba)
}

fn m_upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, |c| c.to_ascii_uppercase())
}

fn m_lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    map_bytes(vm, args, |c| c.to_ascii_lowercase())
}

fn strip_impl(vm: &mut Vm, args: &Args, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, args)?;
    let chars: Vec<u8> = match args.get(1) {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => arg_bytes(vm, v)?,
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
    let ba = is_bytearray(vm, args.this());
    make(vm, b[s..e].to_vec(), ba)
}

fn m_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}

fn m_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}

fn m_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn m_isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args)?;
    Ok(Value::Bool(
        !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()),
    ))
}

fn m_isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args)?;
    Ok(Value::Bool(
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()),
    ))
}

fn bytearray_id(vm: &Vm, v: Value) -> PyResult<ObjId> {
    match vm.unwrap_builtin(v) {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::ByteArray(_)) => Ok(id),
        _ => Err(Exc::type_error("descriptor requires a 'bytearray' object")),
    }
}

fn with_ba<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vec<u8>) -> T) -> PyResult<T> {
    let id = bytearray_id(vm, v)?;
    match vm.heap.get_mut(id) {
        Object::ByteArray(b) => Ok(f(b)),
        _ => Err(Exc::internal("bytearray")),
    }
}

fn m_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("append", 1, 1)?;
    let c = byte_value(vm, args.pos[1])?;
    with_ba(vm, args.this(), |b| b.push(c))?;
    Ok(Value::None)
}

fn m_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("extend", 1, 1)?;
    let more = match bytes_of(vm, args.pos[1]) {
        Some(b) => b,
        None => {
            let items = vm.collect(args.pos[1])?;
            let mut out = Vec::new();
            for it in items {
                out.push(byte_value(vm, it)?);
            }
            out
        }
    };
    with_ba(vm, args.this(), |b| b.extend(more))?;
    Ok(Value::None)
}

fn m_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let r = with_ba(vm, args.this(), |b| {
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

fn m_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    with_ba(vm, args.this(), |b| b.clear())?;
    Ok(Value::None)
}

fn m_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args)?;
    make(vm, b, true)
}

fn m_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    with_ba(vm, args.this(), |b| b.reverse())?;
    Ok(Value::None)
}

fn m_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("insert", 2, 2)?;
    let i = vm.index_value(args.pos[1])?;
    let c = byte_value(vm, args.pos[2])?;
    with_ba(vm, args.this(), |b| {
        let len = b.len() as i64;
        let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
        b.insert(pos as usize, c);
    })?;
    Ok(Value::None)
}
