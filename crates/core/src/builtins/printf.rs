//! `%`-formatting of str and bytes (`"%s: %5.2f" % (name, x)`), following CPython's
//! `PyUnicode_Format` / `_PyBytes_FormatEx`: the same parse order, argument consumption and
//! errors.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::format::{check_alloc, double_to_string, memory_error, MAX_BUILD};
use crate::builtins::int::to_bigint;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// One conversion specifier (`%-08.3f`).
#[derive(Default)]
struct Conv {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
    ty: char,
}

/// Where conversions take their values from (CPython's `args`/`arglen`/`argidx`).
struct Source {
    /// The current argument object: the right operand, or the value of the last `%(key)`.
    args: Value,
    /// The right operand's items when it is a tuple.
    items: Vec<Value>,
    /// Number of items, or -1 when `args` is a single value.
    arglen: isize,
    /// Index of the next item; -2 while a single value is still unused.
    argidx: isize,
    /// The right operand when it is a mapping (enables `%(key)s`).
    dict: Option<Value>,
}

impl Source {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args);
            }
            return Ok(self.items[i as usize]);
        }
        Err(Exc::type_error("not enough arguments for format string"))
    }
}

/// `fmt % args` for str.
pub fn format_str(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f: Vec<char> = vm.str_value(fmt).unwrap_or_default().chars().collect();
    let s = format_impl(vm, &f, args, false)?;
    vm.new_str(s)
}

/// `fmt % args` for bytes and bytearray (the result has the type of `fmt`).
pub fn format_bytes(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let b = crate::builtins::bytes::bytes_of(vm, fmt).unwrap_or_default();
    let f: Vec<char> = b.iter().map(|&c| c as char).collect();
    let s = format_impl(vm, &f, args, true)?;
    // Every character produced in bytes mode is below 256.
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    let is_bytearray = matches!(vm.unwrap_builtin(fmt), Value::Obj(id) if matches!(vm.heap.get(id), Object::ByteArray(_)));
    if is_bytearray {
        vm.alloc(Object::ByteArray(out))
    } else {
        vm.new_bytes(out)
    }
}

/// Whether `v` supports `v[key]` (CPython's `PyMapping_Check`).
fn is_subscriptable(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(match vm.kind(v) {
        Kind::Dict
        | Kind::List
        | Kind::Tuple
        | Kind::Str
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::Range => true,
        Kind::Instance => {
            vm.lookup_user(v, "__getitem__")?.is_some()
                || vm.payload(v).is_some_and(|p| {
                    matches!(
                        vm.kind(p),
                        Kind::Dict
                            | Kind::List
                            | Kind::Tuple
                            | Kind::Str
                            | Kind::Bytes
                            | Kind::ByteArray
                    )
                })
        }
        _ => false,
    })
}

fn format_impl(vm: &mut Vm, f: &[char], args: Value, bytes: bool) -> PyResult<String> {
    let inner = vm.unwrap_builtin(args);
    let inner_kind = vm.kind(inner);
    let is_tuple = inner_kind == Kind::Tuple;
    let excluded = match inner_kind {
        Kind::Tuple | Kind::Str => true,
        Kind::Bytes | Kind::ByteArray => bytes,
        _ => false,
    };
    let dict = if !excluded && is_subscriptable(vm, args)? {
        Some(args)
    } else {
        None
    };
    let items = if is_tuple {
        vm.seq_items(inner).unwrap_or_default()
    } else {
        Vec::new()
    };
    let mut src = Source {
        args,
        arglen: if is_tuple { items.len() as isize } else { -1 },
        argidx: if is_tuple { 0 } else { -2 },
        items,
        dict,
    };
    let n = f.len();
    let mut out = String::new();
    let mut pos = 0;
    while pos < n {
        if f[pos] != '%' {
            let start = pos;
            while pos < n && f[pos] != '%' {
                pos += 1;
            }
            out.extend(&f[start..pos]);
            continue;
        }
        pos += 1;
        if f.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        let conv = parse_conv(vm, f, &mut pos, &mut src, bytes)?;
        let value = src.next()?;
        let (text, numeric) = convert(vm, &conv, value, pos - 1, bytes)?;
        check_alloc(
            vm,
            conv.width
                .unwrap_or(0)
                .saturating_add(text.len())
                .saturating_add(out.len()),
        )?;
        emit(&mut out, &conv, &text, numeric);
        if out.len() > MAX_BUILD {
            return Err(memory_error());
        }
    }
    if src.argidx < src.arglen && src.dict.is_none() {
        return Err(Exc::type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// A `*` width or precision argument.
fn star_arg(vm: &mut Vm, src: &mut Source, c_int: bool) -> PyResult<i64> {
    let v = src.next()?;
    let Some(b) = int_value(vm, v) else {
        return Err(Exc::type_error("* wants int"));
    };
    let limit = if c_int {
        i32::MAX as i64
    } else {
        isize::MAX as i64
    };
    match b.to_i64() {
        Some(x) if x <= limit && x >= -limit - 1 => Ok(x),
        _ => Err(Exc::overflow_error(if c_int {
            "Python int too large to convert to C int"
        } else {
            "Python int too large to convert to C ssize_t"
        })),
    }
}

/// Parses the specifier after `%` (mapping key, flags, width, precision, length modifier,
/// type), consuming `*` arguments and looking up `%(key)` as it goes.
fn parse_conv(
    vm: &mut Vm,
    f: &[char],
    pos: &mut usize,
    src: &mut Source,
    bytes: bool,
) -> PyResult<Conv> {
    let n = f.len();
    let mut conv = Conv::default();
    if f.get(*pos) == Some(&'(') {
        let Some(dict) = src.dict else {
            return Err(Exc::type_error("format requires a mapping"));
        };
        *pos += 1;
        let key_start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            match f[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(Exc::value_error("incomplete format key"));
        }
        let key_chars = &f[key_start..*pos - 1];
        let key = if bytes {
            vm.new_bytes(key_chars.iter().map(|&c| c as u32 as u8).collect())?
        } else {
            vm.new_str(key_chars.iter().collect())?
        };
        src.args = vm.getitem(dict, key)?;
        src.arglen = -1;
        src.argidx = -2;
    }
    // `cur` is the last character read; `exhausted` records reading past the end.
    let mut cur = '\0';
    let mut exhausted = false;
    let next = |pos: &mut usize, cur: &mut char, exhausted: &mut bool| -> bool {
        if *pos < n {
            *cur = f[*pos];
            *pos += 1;
            true
        } else {
            *exhausted = true;
            false
        }
    };
    while next(pos, &mut cur, &mut exhausted) {
        match cur {
            '-' => conv.left = true,
            '+' => conv.plus = true,
            ' ' => conv.space = true,
            '#' => conv.alt = true,
            '0' => conv.zero = true,
            _ => break,
        }
    }
    if cur == '*' {
        let w = star_arg(vm, src, false)?;
        if w < 0 {
            conv.left = true;
        }
        conv.width = Some(w.unsigned_abs() as usize);
        next(pos, &mut cur, &mut exhausted);
    } else if cur.is_ascii_digit() {
        let mut w = cur as usize - '0' as usize;
        while next(pos, &mut cur, &mut exhausted) {
            if !cur.is_ascii_digit() {
                break;
            }
            let d = cur as usize - '0' as usize;
            if w > (isize::MAX as usize - d) / 10 {
                return Err(Exc::value_error("width too big"));
            }
            w = w * 10 + d;
        }
        conv.width = Some(w);
    }
    if cur == '.' {
        conv.precision = Some(0);
        next(pos, &mut cur, &mut exhausted);
        if cur == '*' {
            let p = star_arg(vm, src, true)?;
            conv.precision = Some(p.max(0) as usize);
            next(pos, &mut cur, &mut exhausted);
        } else if cur.is_ascii_digit() {
            let mut p = cur as usize - '0' as usize;
            while next(pos, &mut cur, &mut exhausted) {
                if !cur.is_ascii_digit() {
                    break;
                }
                let d = cur as usize - '0' as usize;
                if p > (i32::MAX as usize - d) / 10 {
                    return Err(Exc::value_error("precision too big"));
                }
                p = p * 10 + d;
            }
            conv.precision = Some(p);
        }
    }
    if !exhausted && matches!(cur, 'h' | 'l' | 'L') {
        next(pos, &mut cur, &mut exhausted);
    }
    if exhausted {
        return Err(Exc::value_error("incomplete format"));
    }
    conv.ty = cur;
    Ok(conv)
}

/// The int value of an int (or int subclass instance), or of an object with `__index__`.
fn int_value(vm: &mut Vm, v: Value) -> Option<BigInt> {
    to_bigint(vm, vm.unwrap_builtin(v))
}

/// `operator.index(v)`: `None` when `v` has no `__index__` (a TypeError in CPython).
fn index_of(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = int_value(vm, v) {
        return Ok(Some(b));
    }
    if let Some(m) = vm.lookup_user(v, "__index__")? {
        let r = vm.call(m, &[])?;
        return match int_value(vm, r) {
            Some(b) => Ok(Some(b)),
            None => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "__index__ returned non-int (type {t})"
                )))
            }
        };
    }
    Ok(None)
}

/// The integer for `%d %i %u %o %x %X`, or the "is required" TypeError.
fn int_arg(vm: &mut Vm, v: Value, ty: char, bytes: bool) -> PyResult<BigInt> {
    if let Some(b) = int_value(vm, v) {
        return Ok(b);
    }
    let wrong = |vm: &Vm| {
        let t = vm.type_name(v);
        let shown = if bytes && ty == 'i' { 'd' } else { ty };
        let what = if matches!(ty, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        Exc::type_error(format!("%{shown} format: {what} is required, not {t}"))
    };
    let is_number = matches!(vm.kind(vm.unwrap_builtin(v)), Kind::Float)
        || vm.lookup_user(v, "__index__")?.is_some()
        || vm.lookup_user(v, "__int__")?.is_some()
        || vm.lookup_user(v, "__float__")?.is_some();
    if !is_number {
        return Err(wrong(vm));
    }
    let result = if matches!(ty, 'o' | 'x' | 'X') {
        match index_of(vm, v) {
            Ok(Some(b)) => Ok(b),
            Ok(None) => return Err(wrong(vm)),
            Err(e) => Err(e),
        }
    } else {
        number_long(vm, v)
    };
    match result {
        Ok(b) => Ok(b),
        Err(e) if vm.exc_is(&e, crate::types::BuiltinType::TypeError) => Err(wrong(vm)),
        Err(e) => Err(e),
    }
}

/// `int(v)` for a number that is not an int (`__int__`, `__index__`, or float truncation).
fn number_long(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    for name in ["__int__", "__index__"] {
        if let Some(m) = vm.lookup_user(v, name)? {
            let r = vm.call(m, &[])?;
            return match int_value(vm, r) {
                Some(b) => Ok(b),
                None => {
                    let t = vm.type_name(r);
                    Err(Exc::type_error(format!(
                        "{name} returned non-int (type {t})"
                    )))
                }
            };
        }
    }
    if let Value::Float(x) = vm.unwrap_builtin(v) {
        let r = crate::builtins::int::float_to_int(vm, x)?;
        return Ok(to_bigint(vm, r).unwrap_or_default());
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
    )))
}

/// `float(v)` as `PyFloat_AsDouble` does it.
fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let inner = vm.unwrap_builtin(v);
    if let Value::Float(x) = inner {
        if vm.lookup_user(v, "__float__")?.is_none() {
            return Ok(x);
        }
    }
    if let Some(m) = vm.lookup_user(v, "__float__")? {
        let r = vm.call(m, &[])?;
        return match vm.unwrap_builtin(r) {
            Value::Float(x) => Ok(x),
            _ => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "{}.__float__ returned non-float (type {t})",
                    vm.type_name(v)
                )))
            }
        };
    }
    match index_of(vm, v)? {
        Some(b) => crate::builtins::int::to_f64(&b),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!("must be real number, not {t}")))
        }
    }
}

/// CPython's `_PyUnicode_FormatLong`: sign, `0x`-style prefix when `alt`, digits padded with
/// zeros to `precision`.
fn format_long(b: &BigInt, alt: bool, precision: Option<usize>, ty: char) -> String {
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = b.abs().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 4);
    if b.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    if let Some(p) = precision {
        if p > digits.len() {
            out.push_str(&"0".repeat(p - digits.len()));
        }
    }
    out.push_str(&digits);
    if ty == 'X' {
        out = out.to_ascii_uppercase();
    }
    out
}

/// Converts one value; returns the text and whether it is numeric (signs and zero padding).
fn convert(
    vm: &mut Vm,
    conv: &Conv,
    v: Value,
    index: usize,
    bytes: bool,
) -> PyResult<(String, bool)> {
    let budget = conv.precision.unwrap_or(0).saturating_add(400);
    match conv.ty {
        's' | 'r' | 'a' | 'b' if bytes => {
            let text = if matches!(conv.ty, 'r' | 'a') {
                let r = vm.repr(v)?;
                crate::builtins::str::ascii_escape(&r)
            } else {
                let b = bytes_arg(vm, v)?;
                b.iter().map(|&c| c as char).collect()
            };
            Ok((truncate(text, conv.precision), false))
        }
        's' | 'r' | 'a' => {
            let text = match conv.ty {
                's' => vm.to_str(v)?,
                'r' => vm.repr(v)?,
                _ => {
                    let r = vm.repr(v)?;
                    crate::builtins::str::ascii_escape(&r)
                }
            };
            Ok((truncate(text, conv.precision), false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let b = int_arg(vm, v, conv.ty, bytes)?;
            check_alloc(vm, budget)?;
            Ok((format_long(&b, conv.alt, conv.precision, conv.ty), true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match float_arg(vm, v) {
                Ok(x) => x,
                Err(e) if bytes && !e.is_fatal() => {
                    let t = vm.type_name(v);
                    return Err(Exc::type_error(format!("float argument required, not {t}")));
                }
                Err(e) => return Err(e),
            };
            check_alloc(vm, budget)?;
            let p = conv.precision.unwrap_or(6);
            Ok((
                double_to_string(x, conv.ty, p, conv.alt, false, false),
                true,
            ))
        }
        'c' => Ok((char_arg(vm, v, bytes)?.to_string(), false)),
        c => {
            let n = c as u32;
            let shown = if (31..=126).contains(&n) { c } else { '?' };
            Err(Exc::value_error(format!(
                "unsupported format character '{shown}' (0x{n:x}) at index {index}"
            )))
        }
    }
}

fn truncate(text: String, precision: Option<usize>) -> String {
    match precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((b, _)) => text[..b].to_string(),
            None => text,
        },
        None => text,
    }
}

/// The bytes for `%b`/`%s` in bytes formatting.
fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::builtins::bytes::bytes_of(vm, v) {
        if vm.lookup_user(v, "__bytes__")?.is_none() {
            return Ok(b);
        }
    }
    if let Some(m) = vm.lookup_user(v, "__bytes__")? {
        let r = vm.call(m, &[])?;
        return match vm.unwrap_builtin(r) {
            Value::Obj(id) if matches!(vm.heap.get(id), Object::Bytes(_)) => {
                Ok(crate::builtins::bytes::bytes_of(vm, r).unwrap_or_default())
            }
            _ => {
                let t = vm.type_name(r);
                Err(Exc::type_error(format!(
                    "__bytes__ returned non-bytes (type {t})"
                )))
            }
        };
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
    )))
}

/// The character for `%c`.
fn char_arg(vm: &mut Vm, v: Value, bytes: bool) -> PyResult<char> {
    if bytes {
        if let Some(b) = crate::builtins::bytes::bytes_of(vm, v) {
            if b.len() == 1 {
                return Ok(b[0] as char);
            }
        }
        return match index_of(vm, v)? {
            Some(i) => match i.to_u8() {
                Some(c) => Ok(c as char),
                None => Err(Exc::overflow_error("%c arg not in range(256)")),
            },
            None => Err(Exc::type_error(
                "%c requires an integer in range(256) or a single byte",
            )),
        };
    }
    if let Some(s) = vm.str_value(vm.unwrap_builtin(v)) {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(Exc::type_error("%c requires int or char")),
        };
    }
    match index_of(vm, v) {
        Ok(Some(i)) => {
            let c = if i.is_negative() && !i.is_zero() {
                None
            } else {
                i.to_u32()
                    .filter(|&c| c < 0x110000)
                    .and_then(char::from_u32)
            };
            c.ok_or_else(|| Exc::overflow_error("%c arg not in range(0x110000)"))
        }
        Ok(None) => Err(Exc::type_error("%c requires int or char")),
        Err(e) if vm.exc_is(&e, crate::types::BuiltinType::TypeError) => {
            Err(Exc::type_error("%c requires int or char"))
        }
        Err(e) => Err(e),
    }
}

/// Writes `text` padded to the conversion's width (CPython's `unicode_format_arg_output`):
/// numeric conversions keep their sign and `0x` prefix ahead of zero padding.
fn emit(out: &mut String, conv: &Conv, text: &str, numeric: bool) {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let fill = if numeric && conv.zero { '0' } else { ' ' };
    let mut pindex = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                sign = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if conv.plus => sign = Some('+'),
            _ if conv.space => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = conv.width.unwrap_or(0).max(len);
    let prefixed = conv.alt && matches!(conv.ty, 'x' | 'X' | 'o') && numeric;
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !conv.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}
