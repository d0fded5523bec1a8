//! `binascii`: conversions between binary data and ASCII encodings, with CPython 3.11's
//! results and messages: `hexlify`/`b2a_hex` (with `sep` and `bytes_per_sep`),
//! `unhexlify`/`a2b_hex`, `b2a_base64` (`newline=`), `a2b_base64` (`strict_mode=`), `crc32`,
//! `crc_hqx`, and the exceptions `Error` (a ValueError) and `Incomplete`.
//!
//! Not provided: the uuencode, quoted-printable and BinHex codecs (`a2b_uu`, `b2a_uu`,
//! `a2b_qp`, `b2a_qp`).

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::NativeClass;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum BinasciiFn {
        Hexlify => "hexlify" => hexlify,
        B2aHex => "b2a_hex" => b2a_hex,
        Unhexlify => "unhexlify" => unhexlify,
        A2bHex => "a2b_hex" => a2b_hex,
        B2aBase64 => "b2a_base64" => b2a_base64,
        A2bBase64 => "a2b_base64" => a2b_base64,
        Crc32 => "crc32" => crc32,
        CrcHqx => "crc_hqx" => crc_hqx,
    }
}

fn f(which: BinasciiFn) -> Value {
    func_value(ModuleFn::Binascii(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = BinasciiFn::all_names()
        .iter()
        .filter_map(|n| BinasciiFn::from_name(n).map(|w| (*n, f(w))))
        .collect();
    let e = error_class(vm)?;
    let i = incomplete_class(vm)?;
    out.push(("Error", e));
    out.push(("Incomplete", i));
    Ok(out)
}

pub(crate) fn error_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("binascii.Error", |vm| {
        vm.new_native_class(NativeClass {
            name: "Error",
            module: "binascii",
            bases: &[Value::Type(BuiltinType::ValueError)],
            ..Default::default()
        })
    })
}

fn incomplete_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("binascii.Incomplete", |vm| {
        vm.new_native_class(NativeClass {
            name: "Incomplete",
            module: "binascii",
            bases: &[Value::Type(BuiltinType::Exception)],
            ..Default::default()
        })
    })
}

/// `binascii.Error(msg)`, ready to raise.
pub(crate) fn error(vm: &mut Vm, msg: &str) -> Exc {
    match error_class(vm).and_then(|cls| vm.exception_msg(cls, msg)) {
        Ok(e) | Err(e) => e,
    }
}

/// A bytes-like argument (`y*`): `a bytes-like object is required, not 'str'`.
pub(crate) fn buffer_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    crate::modules::support::need_bytes(vm, v)
}

/// An ASCII-data argument (`ascii_buffer`): bytes-like, or a str of ASCII characters.
pub(crate) fn ascii_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(vm.unwrap_builtin(v)) {
        if !s.is_ascii() {
            return Err(Exc::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = crate::modules::support::bytes_like(vm, v) {
        return Ok(b);
    }
    Err(Exc::type_error(format!(
        "argument should be bytes, buffer or ASCII string, not '{}'",
        vm.type_name(v)
    )))
}

/// Binds a clinic-style signature: positional-or-keyword `names`, `required` of them.
pub(crate) fn clinic(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    kwonly: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = names.len();
    if args.pos.len() > npos {
        let what = if kwonly.is_empty() {
            "argument"
        } else {
            "positional argument"
        };
        return Err(Exc::type_error(format!(
            "{fname}() takes {} {npos} {what}{} ({} given)",
            if npos == required {
                "exactly"
            } else {
                "at most"
            },
            if npos == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    let mut vals: Vec<Option<Value>> = vec![None; npos + kwonly.len()];
    for (i, v) in args.pos.iter().enumerate() {
        vals[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let key = vm.as_str(*k).unwrap_or("");
        let idx = names.iter().chain(kwonly.iter()).position(|n| *n == key);
        match idx {
            Some(i) if vals[i].is_none() => vals[i] = Some(*v),
            Some(i) => {
                return Err(Exc::type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(Exc::type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if vals[i].is_none() {
            return Err(Exc::type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(vals)
}

// ---- hex ----------------------------------------------------------------------------------------

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Hex digits of `data` with an optional separator every `per` bytes (from the right when
/// positive, from the left when negative), like `bytes.hex(sep, bytes_per_sep)`.
pub fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_common(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let vals = clinic(vm, args, fname, &["data", "sep", "bytes_per_sep"], &[], 1)?;
    let data = buffer_arg(vm, vals[0].unwrap_or(Value::None))?;
    let sep = match vals[1] {
        None => None,
        Some(v) => {
            // CPython takes a one-character str separator as its code point when it fits in a
            // byte (so 'é' gives b'\xe9'), and any one-byte bytes separator.
            if let Some(s) = vm.as_str(vm.unwrap_builtin(v)) {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => match u8::try_from(u32::from(c)) {
                        Ok(b) => Some(b),
                        Err(_) => return Err(Exc::value_error("sep must be ASCII.")),
                    },
                    _ => return Err(Exc::value_error("sep must be length 1.")),
                }
            } else if let Some(b) = crate::modules::support::bytes_like(vm, v) {
                match b.as_slice() {
                    [c] => Some(*c),
                    _ => return Err(Exc::value_error("sep must be length 1.")),
                }
            } else {
                return Err(Exc::type_error(format!(
                    "object of type '{}' has no len()",
                    vm.type_name(v)
                )));
            }
        }
    };
    let per = match vals[2] {
        None => 1,
        Some(v) => vm.index_value(v)?,
    };
    vm.reserve(data.len() * 3)?;
    let out = hex_with_sep(&data, sep, per);
    vm.new_bytes(out)
}

fn hexlify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    hex_common(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    hex_common(vm, args, "b2a_hex")
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Decodes hex digits (`Odd-length string`, `Non-hexadecimal digit found`).
pub(crate) fn unhex(vm: &mut Vm, data: &[u8]) -> PyResult<Vec<u8>> {
    if !data.len().is_multiple_of(2) {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(out)
}

fn unhex_common(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    // A one-argument (METH_O) function in CPython, hence its own messages.
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "binascii.{fname}() takes no keyword arguments"
        )));
    }
    let [v] = args.pos[..] else {
        return Err(Exc::type_error(format!(
            "binascii.{fname}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let data = ascii_arg(vm, v)?;
    let out = unhex(vm, &data)?;
    vm.new_bytes(out)
}

fn unhexlify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unhex_common(vm, args, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unhex_common(vm, args, "a2b_hex")
}

// ---- base64 -------------------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding.
pub(crate) fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b0 = chunk[0] as u32;
        let b1 = chunk.get(1).copied().unwrap_or(0) as u32;
        let b2 = chunk.get(2).copied().unwrap_or(0) as u32;
        let n = b0 << 16 | b1 << 8 | b2;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    out
}

fn b64_val(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// `a2b_base64` with CPython's rules: non-alphabet characters are skipped (an error in strict
/// mode), a complete pad sequence ends the data.
pub(crate) fn b64_decode(vm: &mut Vm, data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let mut quad = 0u8;
    let mut left = 0u32;
    let mut pads = 0u8;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_val(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad = 3;
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
            }
            _ => {
                quad = 0;
                out.push((left << 6 | v) as u8);
                left = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => {
            let n = out.len() / 3 * 4 + 1;
            Err(error(
                vm,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
                ),
            ))
        }
        _ => Err(error(vm, "Incorrect padding")),
    }
}

fn b2a_base64(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let vals = clinic(vm, args, "b2a_base64", &["data"], &["newline"], 1)?;
    let data = buffer_arg(vm, vals[0].unwrap_or(Value::None))?;
    let newline = match vals[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    vm.reserve(data.len() / 3 * 4 + 5)?;
    let mut out = b64_encode(&data);
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

fn a2b_base64(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let vals = clinic(vm, args, "a2b_base64", &["data"], &["strict_mode"], 1)?;
    let data = ascii_arg(vm, vals[0].unwrap_or(Value::None))?;
    let strict = match vals[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let out = b64_decode(vm, &data, strict)?;
    vm.new_bytes(out)
}

// ---- checksums ----------------------------------------------------------------------------------

fn crc32_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    for (i, slot) in t.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    t
}

/// CRC-32 (zlib's) of `data`, continuing from `start`.
pub(crate) fn crc32_of(data: &[u8], start: u32) -> u32 {
    let t = crc32_table();
    let mut c = !start;
    for &b in data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// An unsigned 32-bit start value from a Python int (any size; taken modulo 2**32).
fn u32_arg(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if matches!(v, Value::Float(_)) {
        return Err(Exc::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let v = vm.unwrap_builtin(v);
    match v {
        Value::Int(i) => Ok(i as u32),
        Value::Bool(b) => Ok(u32::from(b)),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::BigInt(b) => {
                let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xffff_ffffu32);
                Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
            }
            _ => Ok(vm.index_value(v)? as u32),
        },
        _ => Ok(vm.index_value(v)? as u32),
    }
}

fn crc32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("crc32")?;
    crate::builtins::check_count("crc32", args.pos.len(), 1, 2)?;
    let data = buffer_arg(vm, args.pos[0])?;
    let start = match args.get(1) {
        Some(v) => u32_arg(vm, v)?,
        None => 0,
    };
    if data.len() > 1 << 20 {
        vm.check_limits()?;
    }
    Ok(Value::Int(i64::from(crc32_of(&data, start))))
}

fn crc_hqx(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("crc_hqx")?;
    crate::builtins::check_count("crc_hqx", args.pos.len(), 2, 2)?;
    let data = buffer_arg(vm, args.pos[0])?;
    let mut crc = (u32_arg(vm, args.pos[1])? & 0xffff) as u16;
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(i64::from(crc)))
}
