//! The JSON decoder: a byte-level scanner over the document with an explicit stack of open
//! containers (no Rust recursion), reporting errors at the positions CPython's scanner reports.

use std::collections::HashMap;

use num_bigint::BigInt;

use crate::builtins::dict::Dict;
use crate::builtins::int::MAX_STR_DIGITS;
use crate::error::Exc;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// The hooks and options of one decoding.
#[derive(Clone, Debug, Default)]
pub struct DecOpts {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub strict: bool,
}

/// A decoding failure: a `JSONDecodeError` (message and byte offset) or another exception.
pub enum DecError {
    At(&'static str, usize),
    Exc(Exc),
}

impl From<Exc> for DecError {
    fn from(e: Exc) -> Self {
        DecError::Exc(e)
    }
}

type DResult<T> = Result<T, DecError>;

enum Open {
    List(Vec<Value>),
    Dict { dict: Dict, key: Value },
    Pairs { pairs: Vec<Value>, key: Value },
}

struct Decoder<'a> {
    s: &'a [u8],
    text: &'a str,
    opts: &'a DecOpts,
    memo: HashMap<&'a str, Value, super::FastBuild>,
    max_depth: usize,
    count: usize,
}

#[inline]
fn skip_ws(s: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = s.get(i) {
        i += 1;
    }
    i
}

/// Decodes one value starting at byte `idx`; returns it and the byte offset after it.
pub fn raw_decode(vm: &mut Vm, text: &str, idx: usize, opts: &DecOpts) -> DResult<(Value, usize)> {
    // CPython counts loads/decode/raw_decode frames against the recursion limit.
    let max_depth = vm
        .limits
        .max_recursion_depth
        .saturating_sub(vm.frames.len() + 4);
    let mut d = Decoder {
        s: text.as_bytes(),
        text,
        opts,
        memo: HashMap::default(),
        max_depth,
        count: 0,
    };
    d.parse(vm, idx)
}

/// Skips JSON whitespace from byte `i`.
pub fn whitespace_end(text: &str, i: usize) -> usize {
    skip_ws(text.as_bytes(), i)
}

fn hex4(s: &[u8], at: usize) -> Option<u32> {
    let digits = s.get(at..at + 4)?;
    let mut v = 0u32;
    for d in digits {
        v = v * 16 + (*d as char).to_digit(16)?;
    }
    Some(v)
}

impl<'a> Decoder<'a> {
    fn depth_error(&self, array: bool) -> DecError {
        DecError::Exc(Exc::new(
            BuiltinType::RecursionError,
            if array {
                "maximum recursion depth exceeded while decoding a JSON array from a unicode string"
            } else {
                "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
            },
        ))
    }

    /// Scans a string whose opening quote is at `begin`; returns it and the offset after it.
    fn string(&mut self, vm: &mut Vm, begin: usize, is_key: bool) -> DResult<(Value, usize)> {
        let s = self.s;
        let mut i = begin + 1;
        // Fast path: no escapes.
        while let Some(&c) = s.get(i) {
            if c == b'"' {
                let piece = &self.text[begin + 1..i];
                if is_key {
                    if let Some(v) = self.memo.get(piece) {
                        return Ok((*v, i + 1));
                    }
                    let v = vm.new_str(piece.to_string())?;
                    // Documents repeat a few keys many times; bound the memo all the same.
                    if self.memo.len() < 4096 {
                        self.memo.insert(piece, v);
                    }
                    return Ok((v, i + 1));
                }
                return Ok((vm.new_str(piece.to_string())?, i + 1));
            }
            if c == b'\\' || (c < 0x20 && self.opts.strict) {
                break;
            }
            i += 1;
        }
        let mut out = String::new();
        let mut end = begin + 1;
        let mut lone_surrogate = false;
        loop {
            let mut next = end;
            let mut c = 0u8;
            while next < s.len() {
                c = s[next];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.opts.strict {
                    return Err(DecError::At("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= s.len() {
                return Err(DecError::At("Unterminated string starting at", begin));
            }
            out.push_str(&self.text[end..next]);
            next += 1;
            if c == b'"' {
                end = next;
                break;
            }
            let Some(&e) = s.get(next) else {
                return Err(DecError::At("Unterminated string starting at", begin));
            };
            if e != b'u' {
                end = next + 1;
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(DecError::At("Invalid \\escape", end - 2)),
                };
                out.push(ch);
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= s.len() {
                return Err(DecError::At("Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut cp) = hex4(s, next) else {
                return Err(DecError::At("Invalid \\uXXXX escape", end - 5));
            };
            if (0xD800..0xDC00).contains(&cp)
                && end + 6 < s.len()
                && s[end] == b'\\'
                && s[end + 1] == b'u'
            {
                let Some(lo) = hex4(s, end + 2) else {
                    return Err(DecError::At("Invalid \\uXXXX escape", end + 1));
                };
                if (0xDC00..0xE000).contains(&lo) {
                    cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
                    end += 6;
                }
            }
            match char::from_u32(cp) {
                Some(ch) => out.push(ch),
                // Reported once the whole string has scanned (CPython's errors come first).
                None => lone_surrogate = true,
            }
        }
        if lone_surrogate {
            return Err(DecError::Exc(Exc::value_error(
                "montybox strings cannot hold surrogate code points (lone \\uXXXX surrogate in JSON string)",
            )));
        }
        Ok((vm.new_str(out)?, end))
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, value: f64) -> DResult<Value> {
        match self.opts.parse_constant {
            Some(f) => {
                let arg = vm.new_str(name.to_string())?;
                Ok(vm.call(f, &[arg])?)
            }
            None => Ok(Value::Float(value)),
        }
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> DResult<Option<(Value, usize)>> {
        let s = self.s;
        let mut i = start;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        match s.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while s.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Ok(None),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && s.get(i + 1).is_some_and(u8::is_ascii_digit) {
            is_float = true;
            i += 2;
            while s.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        if let Some(b'e' | b'E') = s.get(i) {
            let e_start = i;
            i += 1;
            if let Some(b'+' | b'-') = s.get(i) {
                i += 1;
            }
            let digits_start = i;
            while s.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i > digits_start {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.text[start..i];
        let v = if is_float {
            match self.opts.parse_float {
                Some(f) => {
                    let arg = vm.new_str(text.to_string())?;
                    vm.call(f, &[arg])?
                }
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match self.opts.parse_int {
                Some(f) => {
                    let arg = vm.new_str(text.to_string())?;
                    vm.call(f, &[arg])?
                }
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => {
                        let digits = text.trim_start_matches('-').len();
                        if digits > MAX_STR_DIGITS {
                            return Err(DecError::Exc(Exc::value_error(format!(
                                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                            ))));
                        }
                        let b = BigInt::parse_bytes(text.as_bytes(), 10).unwrap_or_default();
                        vm.new_int_big(b)?
                    }
                },
            }
        };
        Ok(Some((v, i)))
    }

    /// Finishes an object: applies the hooks.
    fn finish(&mut self, vm: &mut Vm, open: Open) -> DResult<Value> {
        Ok(match open {
            Open::List(items) => vm.new_list(items)?,
            Open::Dict { dict, .. } => {
                let d = vm.new_dict(dict)?;
                match self.opts.object_hook {
                    Some(h) => vm.call(h, &[d])?,
                    None => d,
                }
            }
            Open::Pairs { pairs, .. } => {
                let mut tuples = Vec::with_capacity(pairs.len() / 2);
                for kv in pairs.chunks(2) {
                    tuples.push(vm.new_tuple(kv.to_vec())?);
                }
                let list = vm.new_list(tuples)?;
                match self.opts.object_pairs_hook {
                    Some(h) => vm.call(h, &[list])?,
                    None => list,
                }
            }
        })
    }

    fn new_object(&self) -> Open {
        if self.opts.object_pairs_hook.is_some() {
            Open::Pairs {
                pairs: Vec::new(),
                key: Value::None,
            }
        } else {
            Open::Dict {
                dict: Dict::new(),
                key: Value::None,
            }
        }
    }

    /// Reads `"key" :` at `i` (after whitespace); returns the key and the offset of its value.
    fn member_key(&mut self, vm: &mut Vm, i: usize) -> DResult<(Value, usize)> {
        if self.s.get(i) != Some(&b'"') {
            return Err(DecError::At(
                "Expecting property name enclosed in double quotes",
                i,
            ));
        }
        let (key, after) = self.string(vm, i, true)?;
        let j = skip_ws(self.s, after);
        if self.s.get(j) != Some(&b':') {
            return Err(DecError::At("Expecting ':' delimiter", j));
        }
        Ok((key, skip_ws(self.s, j + 1)))
    }

    fn parse(&mut self, vm: &mut Vm, start: usize) -> DResult<(Value, usize)> {
        let s = self.s;
        let mut stack: Vec<Open> = Vec::new();
        let mut idx = start;
        'value: loop {
            self.count += 1;
            if self.count & 0xFFF == 0 {
                vm.check_limits()?;
            }
            // Scan one value at `idx`.
            let Some(&c) = s.get(idx) else {
                return Err(DecError::At("Expecting value", idx));
            };
            let (mut val, mut next) = match c {
                b'"' => self.string(vm, idx, false)?,
                b'{' | b'[' => {
                    let array = c == b'[';
                    if stack.len() >= self.max_depth {
                        return Err(self.depth_error(array));
                    }
                    let i = skip_ws(s, idx + 1);
                    if array {
                        if s.get(i) == Some(&b']') {
                            (vm.new_list(Vec::new())?, i + 1)
                        } else {
                            stack.push(Open::List(Vec::new()));
                            idx = i;
                            continue 'value;
                        }
                    } else if s.get(i) == Some(&b'}') {
                        let open = self.new_object();
                        (self.finish(vm, open)?, i + 1)
                    } else {
                        let (key, vstart) = self.member_key(vm, i)?;
                        let mut open = self.new_object();
                        match &mut open {
                            Open::Dict { key: k, .. } | Open::Pairs { key: k, .. } => *k = key,
                            Open::List(_) => {}
                        }
                        stack.push(open);
                        idx = vstart;
                        continue 'value;
                    }
                }
                b'n' if s[idx..].starts_with(b"null") => (Value::None, idx + 4),
                b't' if s[idx..].starts_with(b"true") => (Value::Bool(true), idx + 4),
                b'f' if s[idx..].starts_with(b"false") => (Value::Bool(false), idx + 5),
                b'N' if s[idx..].starts_with(b"NaN") => {
                    (self.constant(vm, "NaN", f64::NAN)?, idx + 3)
                }
                b'I' if s[idx..].starts_with(b"Infinity") => {
                    (self.constant(vm, "Infinity", f64::INFINITY)?, idx + 8)
                }
                b'-' if s[idx..].starts_with(b"-Infinity") => {
                    (self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, idx + 9)
                }
                _ => match self.number(vm, idx)? {
                    Some(r) => r,
                    None => return Err(DecError::At("Expecting value", idx)),
                },
            };
            // Attach the finished value to the open containers, closing those that end.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok((val, next));
                };
                let i = skip_ws(s, next);
                match top {
                    Open::List(items) => {
                        items.push(val);
                        match s.get(i) {
                            Some(b']') => {
                                let open = stack.pop().unwrap_or(Open::List(Vec::new()));
                                val = self.finish(vm, open)?;
                                next = i + 1;
                            }
                            Some(b',') => {
                                idx = skip_ws(s, i + 1);
                                continue 'value;
                            }
                            _ => return Err(DecError::At("Expecting ',' delimiter", i)),
                        }
                    }
                    Open::Dict { dict, key } => {
                        let k = *key;
                        vm.dict_set_in(dict, k, val)?;
                        match s.get(i) {
                            Some(b'}') => {
                                let open = stack.pop().unwrap_or(Open::List(Vec::new()));
                                val = self.finish(vm, open)?;
                                next = i + 1;
                            }
                            Some(b',') => {
                                let (k2, vstart) = self.member_key(vm, skip_ws(s, i + 1))?;
                                if let Some(Open::Dict { key, .. }) = stack.last_mut() {
                                    *key = k2;
                                }
                                idx = vstart;
                                continue 'value;
                            }
                            _ => return Err(DecError::At("Expecting ',' delimiter", i)),
                        }
                    }
                    Open::Pairs { pairs, key } => {
                        pairs.push(*key);
                        pairs.push(val);
                        match s.get(i) {
                            Some(b'}') => {
                                let open = stack.pop().unwrap_or(Open::List(Vec::new()));
                                val = self.finish(vm, open)?;
                                next = i + 1;
                            }
                            Some(b',') => {
                                let (k2, vstart) = self.member_key(vm, skip_ws(s, i + 1))?;
                                if let Some(Open::Pairs { key, .. }) = stack.last_mut() {
                                    *key = k2;
                                }
                                idx = vstart;
                                continue 'value;
                            }
                            _ => return Err(DecError::At("Expecting ',' delimiter", i)),
                        }
                    }
                }
            }
        }
    }
}
