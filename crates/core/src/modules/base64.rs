//! `base64`: Base16, Base32, Base64, Base85 and Ascii85 encodings, with CPython 3.11's results
//! and messages (decoding errors are `binascii.Error`, a ValueError).
//!
//! Supported: `b64encode(s, altchars=None)`, `b64decode(s, altchars=None, validate=False)`,
//! `standard_b64encode/decode`, `urlsafe_b64encode/decode`, `encodebytes`/`decodebytes`,
//! `b32encode`, `b32decode(s, casefold=False, map01=None)`, `b32hexencode`,
//! `b32hexdecode(s, casefold=False)`, `b16encode`, `b16decode(s, casefold=False)`,
//! `b85encode(b, pad=False)`, `b85decode`, `a85encode(b, *, foldspaces, wrapcol, pad, adobe)`,
//! `a85decode(b, *, foldspaces, adobe, ignorechars)`. Decoders accept bytes-like values and
//! ASCII strings.
//!
//! Not provided: the file-based `encode(input, output)`/`decode(input, output)` and the
//! deprecated `encodestring`/`decodestring`.

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::binascii::{b64_decode, b64_encode, error, hex_with_sep, unhex};
use crate::modules::support::{bind, bytes_like, Sig};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum Base64Fn {
        B64Encode => "b64encode" => b64encode,
        B64Decode => "b64decode" => b64decode,
        StdEncode => "standard_b64encode" => standard_b64encode,
        StdDecode => "standard_b64decode" => standard_b64decode,
        UrlEncode => "urlsafe_b64encode" => urlsafe_b64encode,
        UrlDecode => "urlsafe_b64decode" => urlsafe_b64decode,
        EncodeBytes => "encodebytes" => encodebytes,
        DecodeBytes => "decodebytes" => decodebytes,
        B32Encode => "b32encode" => b32encode,
        B32Decode => "b32decode" => b32decode,
        B32HexEncode => "b32hexencode" => b32hexencode,
        B32HexDecode => "b32hexdecode" => b32hexdecode,
        B16Encode => "b16encode" => b16encode,
        B16Decode => "b16decode" => b16decode,
        B85Encode => "b85encode" => b85encode,
        B85Decode => "b85decode" => b85decode,
        A85Encode => "a85encode" => a85encode,
        A85Decode => "a85decode" => a85decode,
    }
}

fn f(which: Base64Fn) -> Value {
    func_value(ModuleFn::Base64(which))
}

pub fn attrs(_vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    Ok(Base64Fn::all_names()
        .iter()
        .filter_map(|n| Base64Fn::from_name(n).map(|w| (*n, f(w))))
        .collect())
}

/// `_bytes_from_decode_data`: bytes-like, or an ASCII str.
fn decode_data(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(vm.unwrap_builtin(v)) {
        if !s.is_ascii() {
            return Err(Exc::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_like(vm, v).ok_or_else(|| {
        Exc::type_error(format!(
            "argument should be a bytes-like object or ASCII string, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn encode_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    let d = crate::modules::support::need_bytes(vm, v)?;
    vm.reserve(d.len() * 2)?;
    Ok(d)
}

/// Input of the encoders written in Python (`memoryview(s).tobytes()`).
fn memoryview_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes_like(vm, v) {
        Some(d) => {
            vm.reserve(d.len() * 2)?;
            Ok(d)
        }
        None => Err(Exc::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn bytes_repr(b: &[u8]) -> String {
    crate::builtins::bytes::repr_bytes(b, false)
}

fn check_altchars(vm: &mut Vm, alt: &[u8], v: Value) -> PyResult<()> {
    if alt.len() != 2 {
        let r = if vm.is_instance(v, BuiltinType::Str) {
            vm.repr(v)?
        } else {
            bytes_repr(alt)
        };
        return Err(Exc::new(BuiltinType::AssertionError, r));
    }
    Ok(())
}

fn b64encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b64encode", &["s", "altchars"], 1))?;
    let data = encode_data(vm, b.or_none(0))?;
    let mut out = b64_encode(&data);
    if let Some(av) = b.get(1).filter(|v| !v.is_none()) {
        let alt = crate::modules::support::need_bytes(vm, av)?;
        check_altchars(vm, &alt, av)?;
        for c in out.iter_mut() {
            if *c == b'+' {
                *c = alt[0];
            } else if *c == b'/' {
                *c = alt[1];
            }
        }
    }
    vm.new_bytes(out)
}

fn b64decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("b64decode", &["s", "altchars", "validate"], 1),
    )?;
    let mut data = decode_data(vm, b.or_none(0))?;
    if let Some(av) = b.get(1).filter(|v| !v.is_none()) {
        let alt = decode_data(vm, av)?;
        check_altchars(vm, &alt, av)?;
        for c in data.iter_mut() {
            if *c == alt[0] {
                *c = b'+';
            } else if *c == alt[1] {
                *c = b'/';
            }
        }
    }
    let strict = crate::modules::support::truth(vm, b.get(2), false)?;
    let out = b64_decode(vm, &data, strict)?;
    vm.new_bytes(out)
}

fn standard_b64encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("standard_b64encode", &["s"], 1))?;
    let data = encode_data(vm, b.or_none(0))?;
    vm.new_bytes(b64_encode(&data))
}

fn standard_b64decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("standard_b64decode", &["s"], 1))?;
    let data = decode_data(vm, b.or_none(0))?;
    let out = b64_decode(vm, &data, false)?;
    vm.new_bytes(out)
}

fn urlsafe_b64encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("urlsafe_b64encode", &["s"], 1))?;
    let data = encode_data(vm, b.or_none(0))?;
    let out: Vec<u8> = b64_encode(&data)
        .into_iter()
        .map(|c| match c {
            b'+' => b'-',
            b'/' => b'_',
            c => c,
        })
        .collect();
    vm.new_bytes(out)
}

fn urlsafe_b64decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("urlsafe_b64decode", &["s"], 1))?;
    let data: Vec<u8> = decode_data(vm, b.or_none(0))?
        .into_iter()
        .map(|c| match c {
            b'-' => b'+',
            b'_' => b'/',
            c => c,
        })
        .collect();
    let out = b64_decode(vm, &data, false)?;
    vm.new_bytes(out)
}

/// `_input_type_check`: `expected bytes-like object, not str`.
fn legacy_input(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_like(vm, v).ok_or_else(|| {
        Exc::type_error(format!(
            "expected bytes-like object, not {}",
            vm.type_name(v)
        ))
    })
}

fn encodebytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("encodebytes", &["s"], 1))?;
    let data = legacy_input(vm, b.or_none(0))?;
    vm.reserve(data.len() * 2)?;
    let mut out = Vec::new();
    for chunk in data.chunks(57) {
        out.extend(b64_encode(chunk));
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

fn decodebytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("decodebytes", &["s"], 1))?;
    let data = legacy_input(vm, b.or_none(0))?;
    let out = b64_decode(vm, &data, false)?;
    vm.new_bytes(out)
}

// ---- base32 -------------------------------------------------------------------------------------

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

fn b32_encode(alphabet: &[u8; 32], data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = buf.iter().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        for i in 0..8 {
            out.push(alphabet[((n >> (35 - 5 * i)) & 31) as usize]);
        }
        let pad = match chunk.len() {
            1 => 6,
            2 => 4,
            3 => 3,
            4 => 1,
            _ => 0,
        };
        let len = out.len();
        for c in &mut out[len - pad..] {
            *c = b'=';
        }
    }
    out
}

fn b32_decode(
    vm: &mut Vm,
    alphabet: &[u8; 32],
    mut s: Vec<u8>,
    casefold: bool,
    map01: Option<u8>,
) -> PyResult<Vec<u8>> {
    if !s.len().is_multiple_of(8) {
        return Err(error(vm, "Incorrect padding"));
    }
    if let Some(m) = map01 {
        for c in s.iter_mut() {
            if *c == b'0' {
                *c = b'O';
            } else if *c == b'1' {
                *c = m;
            }
        }
    }
    if casefold {
        s.make_ascii_uppercase();
    }
    let total = s.len();
    while s.last() == Some(&b'=') {
        s.pop();
    }
    let padchars = total - s.len();
    let mut decoded = Vec::with_capacity(total / 8 * 5);
    let mut acc: u64 = 0;
    for quanta in s.chunks(8) {
        acc = 0;
        for &c in quanta {
            let Some(v) = alphabet.iter().position(|&a| a == c) else {
                return Err(error(vm, "Non-base32 digit found"));
            };
            acc = acc << 5 | v as u64;
        }
        for i in (0..5).rev() {
            decoded.push((acc >> (8 * i)) as u8);
        }
    }
    if ![0, 1, 3, 4, 6].contains(&padchars) {
        return Err(error(vm, "Incorrect padding"));
    }
    if padchars > 0 && !decoded.is_empty() {
        let acc = acc << (5 * padchars);
        let last: Vec<u8> = (0..5).rev().map(|i| (acc >> (8 * i)) as u8).collect();
        let leftover = (43 - 5 * padchars) / 8;
        let keep = decoded.len().saturating_sub(5);
        decoded.truncate(keep);
        decoded.extend_from_slice(&last[..leftover]);
    }
    Ok(decoded)
}

fn b32encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b32encode", &["s"], 1))?;
    let data = memoryview_data(vm, b.or_none(0))?;
    vm.new_bytes(b32_encode(B32, &data))
}

fn b32hexencode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b32hexencode", &["s"], 1))?;
    let data = memoryview_data(vm, b.or_none(0))?;
    vm.new_bytes(b32_encode(B32HEX, &data))
}

fn b32decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("b32decode", &["s", "casefold", "map01"], 1),
    )?;
    let s = decode_data(vm, b.or_none(0))?;
    let casefold = crate::modules::support::truth(vm, b.get(1), false)?;
    let map01 = match b.get(2).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => {
            let m = decode_data(vm, v)?;
            if !s.len().is_multiple_of(8) {
                return Err(error(vm, "Incorrect padding"));
            }
            if m.len() != 1 {
                return Err(Exc::new(BuiltinType::AssertionError, bytes_repr(&m)));
            }
            Some(m[0])
        }
    };
    let out = b32_decode(vm, B32, s, casefold, map01)?;
    vm.new_bytes(out)
}

fn b32hexdecode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("b32hexdecode", &["s", "casefold"], 1),
    )?;
    let s = decode_data(vm, b.or_none(0))?;
    let casefold = crate::modules::support::truth(vm, b.get(1), false)?;
    let out = b32_decode(vm, B32HEX, s, casefold, None)?;
    vm.new_bytes(out)
}

// ---- base16 -------------------------------------------------------------------------------------

fn b16encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b16encode", &["s"], 1))?;
    let data = encode_data(vm, b.or_none(0))?;
    let mut out = hex_with_sep(&data, None, 1);
    out.make_ascii_uppercase();
    vm.new_bytes(out)
}

fn b16decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b16decode", &["s", "casefold"], 1))?;
    let mut s = decode_data(vm, b.or_none(0))?;
    if crate::modules::support::truth(vm, b.get(1), false)? {
        s.make_ascii_uppercase();
    }
    if s.iter()
        .any(|c| !(c.is_ascii_digit() || (b'A'..=b'F').contains(c)))
    {
        return Err(error(vm, "Non-base16 digit found"));
    }
    let out = unhex(vm, &s)?;
    vm.new_bytes(out)
}

// ---- base85 / ascii85 ---------------------------------------------------------------------------

const B85: &[u8; 85] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

fn encode85(
    data: &[u8],
    chars: &dyn Fn(u32) -> u8,
    pad: bool,
    foldnuls: bool,
    foldspaces: bool,
) -> Vec<u8> {
    let padding = (4 - data.len() % 4) % 4;
    let mut buf = data.to_vec();
    buf.extend(std::iter::repeat_n(0u8, padding));
    let mut out = Vec::with_capacity(buf.len() / 4 * 5);
    let mut last: Vec<u8> = Vec::new();
    let words = buf.len() / 4;
    for (i, w) in buf.chunks(4).enumerate() {
        let word = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
        let chunk: Vec<u8> = if foldnuls && word == 0 {
            b"z".to_vec()
        } else if foldspaces && word == 0x2020_2020 {
            b"y".to_vec()
        } else {
            let mut c = [0u8; 5];
            let mut n = word;
            for slot in c.iter_mut().rev() {
                *slot = chars(n % 85);
                n /= 85;
            }
            c.to_vec()
        };
        if i + 1 == words {
            last = chunk;
        } else {
            out.extend(chunk);
        }
    }
    if padding > 0 && !pad {
        if last == b"z" {
            last = vec![chars(0); 5];
        }
        last.truncate(last.len().saturating_sub(padding));
    }
    out.extend(last);
    out
}

fn b85encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b85encode", &["b", "pad"], 1))?;
    let data = memoryview_data(vm, b.or_none(0))?;
    let pad = crate::modules::support::truth(vm, b.get(1), false)?;
    let out = encode85(&data, &|i| B85[i as usize], pad, false, false);
    vm.new_bytes(out)
}

fn b85decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("b85decode", &["b"], 1))?;
    let mut s = decode_data(vm, b.or_none(0))?;
    let padding = (5 - s.len() % 5) % 5;
    s.extend(std::iter::repeat_n(b'~', padding));
    let mut out = Vec::with_capacity(s.len() / 5 * 4);
    for (ci, chunk) in s.chunks(5).enumerate() {
        let mut acc: u64 = 0;
        for (j, &c) in chunk.iter().enumerate() {
            let Some(v) = B85.iter().position(|&a| a == c) else {
                return Err(Exc::value_error(format!(
                    "bad base85 character at position {}",
                    ci * 5 + j
                )));
            };
            acc = acc * 85 + v as u64;
        }
        if acc > u64::from(u32::MAX) {
            return Err(Exc::value_error(format!(
                "base85 overflow in hunk starting at byte {}",
                ci * 5
            )));
        }
        out.extend((acc as u32).to_be_bytes());
    }
    out.truncate(out.len().saturating_sub(padding));
    vm.new_bytes(out)
}

fn a85encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "a85encode",
        params: &["b", "foldspaces", "wrapcol", "pad", "adobe"],
        npos: 1,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: false,
        varkw: false,
    };
    let b = bind(vm, args, &sig)?;
    let data = memoryview_data(vm, b.or_none(0))?;
    let foldspaces = crate::modules::support::truth(vm, b.get(1), false)?;
    let wrapcol = match b.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let pad = crate::modules::support::truth(vm, b.get(3), false)?;
    let adobe = crate::modules::support::truth(vm, b.get(4), false)?;
    let mut result = encode85(&data, &|i| (i + 33) as u8, pad, true, foldspaces);
    if adobe {
        let mut r = b"<~".to_vec();
        r.extend(result);
        result = r;
    }
    if wrapcol != 0 {
        let wc = wrapcol.max(if adobe { 2 } else { 1 }) as usize;
        let mut chunks: Vec<&[u8]> = result.chunks(wc).collect();
        if chunks.is_empty() {
            chunks.push(b"");
        }
        let needs_extra = adobe && chunks.last().is_some_and(|c| c.len() + 2 > wc);
        let mut joined = chunks.join(&b'\n');
        if needs_extra {
            joined.push(b'\n');
        }
        result = joined;
    }
    if adobe {
        result.extend_from_slice(b"~>");
    }
    vm.new_bytes(result)
}

fn a85decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "a85decode",
        params: &["b", "foldspaces", "adobe", "ignorechars"],
        npos: 1,
        posonly: 0,
        required: 1,
        kw_required: &[],
        varargs: false,
        varkw: false,
    };
    let b = bind(vm, args, &sig)?;
    let mut s = decode_data(vm, b.or_none(0))?;
    let foldspaces = crate::modules::support::truth(vm, b.get(1), false)?;
    let adobe = crate::modules::support::truth(vm, b.get(2), false)?;
    let ignore = match b.get(3) {
        Some(v) => decode_data(vm, v)?,
        None => b" \t\n\r\x0b".to_vec(),
    };
    if adobe {
        if !s.ends_with(b"~>") {
            return Err(Exc::value_error(
                "Ascii85 encoded byte sequences must end with b'~>'",
            ));
        }
        if s.starts_with(b"<~") {
            s = s[2..s.len() - 2].to_vec();
        } else {
            s.truncate(s.len() - 2);
        }
    }
    s.extend_from_slice(b"uuuu");
    let mut out = Vec::with_capacity(s.len() / 5 * 4);
    let mut curr: Vec<u8> = Vec::with_capacity(5);
    for &x in &s {
        if (b'!'..=b'u').contains(&x) {
            curr.push(x);
            if curr.len() == 5 {
                let acc = curr
                    .iter()
                    .fold(0u64, |acc, &c| 85 * acc + u64::from(c - 33));
                if acc > u64::from(u32::MAX) {
                    return Err(Exc::value_error("Ascii85 overflow"));
                }
                out.extend((acc as u32).to_be_bytes());
                curr.clear();
            }
        } else if x == b'z' {
            if !curr.is_empty() {
                return Err(Exc::value_error("z inside Ascii85 5-tuple"));
            }
            out.extend([0u8; 4]);
        } else if foldspaces && x == b'y' {
            if !curr.is_empty() {
                return Err(Exc::value_error("y inside Ascii85 5-tuple"));
            }
            out.extend([0x20u8; 4]);
        } else if ignore.contains(&x) {
            continue;
        } else {
            return Err(Exc::value_error(format!(
                "Non-Ascii85 digit found: {}",
                x as char
            )));
        }
    }
    let padding = 4 - curr.len();
    out.truncate(out.len().saturating_sub(padding));
    vm.new_bytes(out)
}
