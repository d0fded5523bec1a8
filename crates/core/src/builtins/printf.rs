//! `%`-formatting of str and bytes (`"%s: %5.2f" % (name, x)`), with CPython's errors.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::format::general;
use crate::builtins::int::to_bigint;
use crate::error::{Exc, PyResult};
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

struct Conv {
    key: Option<String>,
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
    ty: char,
}

enum Source {
    Tuple(Vec<Value>, usize),
    Mapping(Value),
    Single(Value, bool),
}

impl Source {
    fn next(&mut self) -> PyResult<Value> {
        match self {
            Source::Tuple(items, i) => {
                let v = items
                    .get(*i)
                    .copied()
                    .ok_or_else(|| Exc::type_error("not enough arguments for format string"))?;
                *i += 1;
                Ok(v)
            }
            Source::Single(v, used) => {
                if *used {
                    return Err(Exc::type_error("not enough arguments for format string"));
                }
                *used = true;
                Ok(*v)
            }
            Source::Mapping(m) => Ok(*m),
        }
    }
}

/// `fmt % args` for str.
pub fn format_str(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = vm.str_value(fmt).unwrap_or_default();
    let s = format_impl(vm, &f, args, false)?;
    vm.new_str(s)
}

/// `fmt % args` for bytes.
pub fn format_bytes(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let b = crate::builtins::bytes::bytes_of(vm, fmt).unwrap_or_default();
    let f: String = b.iter().map(|&c| c as char).collect();
    let s = format_impl(vm, &f, args, true)?;
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    vm.new_bytes(out)
}

fn format_impl(vm: &mut Vm, f: &str, args: Value, bytes: bool) -> PyResult<String> {
    let is_mapping = vm.kind(args) == Kind::Dict
        || (vm.kind(args) == Kind::Instance && vm.dict_id(args).is_some());
    let mut src = match vm.kind(args) {
        Kind::Tuple => Source::Tuple(vm.seq_items(args).unwrap_or_default(), 0),
        _ if is_mapping => Source::Mapping(args),
        _ => Source::Single(args, false),
    };
    let chars: Vec<char> = f.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut used_mapping_key = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= chars.len() {
            return Err(Exc::value_error("incomplete format"));
        }
        let mut conv = Conv {
            key: None,
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: None,
            precision: None,
            ty: ' ',
        };
        if chars[i] == '(' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(Exc::value_error("incomplete format key"));
            }
            conv.key = Some(chars[i + 1..j - 1].iter().collect());
            i = j;
        }
        while i < chars.len() {
            match chars[i] {
                '-' => conv.left = true,
                '+' => conv.plus = true,
                ' ' => conv.space = true,
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = src.next()?;
            if vm.kind(w) != Kind::Int {
                return Err(Exc::type_error("* wants int"));
            }
            let w = vm.index_value(w)?;
            if w < 0 {
                conv.left = true;
            }
            conv.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let s = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                conv.width = chars[s..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = src.next()?;
                if vm.kind(p) != Kind::Int {
                    return Err(Exc::type_error("* wants int"));
                }
                conv.precision = Some(vm.index_value(p)?.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                conv.precision = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(Exc::value_error("incomplete format"));
        }
        conv.ty = chars[i];
        i += 1;
        if conv.ty == '%' {
            out.push('%');
            continue;
        }
        let value = match &conv.key {
            Some(k) => {
                let Source::Mapping(m) = src else {
                    return Err(Exc::type_error("format requires a mapping"));
                };
                used_mapping_key = true;
                let key = vm.new_str(k.clone())?;
                vm.getitem(m, key)?
            }
            None => src.next()?,
        };
        let text = convert(vm, &conv, value, start, bytes)?;
        let text = apply_width(&conv, text);
        out.push_str(&text);
        if out.len() > 100_000_000 {
            vm.reserve(out.len())?;
        }
    }
    match src {
        Source::Tuple(items, used) if used < items.len() => {
            return Err(Exc::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Source::Single(_, false) => {
            return Err(Exc::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Source::Mapping(_) if !used_mapping_key => {
            // A dict argument with no %(key)s conversions is fine if nothing was consumed.
        }
        _ => {}
    }
    Ok(out)
}

fn apply_width(conv: &Conv, text: String) -> String {
    let Some(w) = conv.width else { return text };
    let len = text.chars().count();
    if len >= w {
        return text;
    }
    let n = w - len;
    if conv.left {
        return format!("{text}{}", " ".repeat(n));
    }
    let numeric = matches!(
        conv.ty,
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
    );
    if conv.zero && numeric {
        // Zeros go after the sign and base prefix.
        let mut prefix_len = 0;
        let b: Vec<char> = text.chars().collect();
        if matches!(b.first(), Some('-' | '+' | ' ')) {
            prefix_len = 1;
        }
        if b.len() >= prefix_len + 2
            && b[prefix_len] == '0'
            && matches!(b[prefix_len + 1], 'x' | 'X' | 'o')
        {
            prefix_len += 2;
        }
        let (p, rest): (String, String) = (
            b[..prefix_len].iter().collect(),
            b[prefix_len..].iter().collect(),
        );
        if rest.chars().all(|c| c.is_ascii_alphabetic()) {
            return format!("{}{text}", " ".repeat(n));
        }
        return format!("{p}{}{rest}", "0".repeat(n));
    }
    format!("{}{text}", " ".repeat(n))
}

fn sign(conv: &Conv, neg: bool) -> &'static str {
    if neg {
        "-"
    } else if conv.plus {
        "+"
    } else if conv.space {
        " "
    } else {
        ""
    }
}

fn convert(vm: &mut Vm, conv: &Conv, v: Value, pos: usize, bytes: bool) -> PyResult<String> {
    match conv.ty {
        's' | 'r' | 'a' | 'b' => {
            let s = match conv.ty {
                's' if !bytes => vm.to_str(v)?,
                'r' | 'a' => {
                    let r = vm.repr(v)?;
                    if conv.ty == 'a' || bytes {
                        crate::builtins::str::ascii_escape(&r)
                    } else {
                        r
                    }
                }
                _ => match crate::builtins::bytes::bytes_of(vm, v) {
                    Some(b) => b.iter().map(|&c| c as char).collect(),
                    None => {
                        let t = vm.type_name(v);
                        return Err(Exc::type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                        )));
                    }
                },
            };
            Ok(match conv.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            })
        }
        'd' | 'i' | 'u' => {
            let b = int_of(vm, v, conv.ty)?;
            Ok(format!("{}{}", sign(conv, b.is_negative()), b.abs()))
        }
        'o' | 'x' | 'X' => {
            let b = match to_bigint(vm, v) {
                Some(b) => b,
                None => match vm.lookup_user(v, "__index__")? {
                    Some(m) => {
                        let r = vm.call(m, &[])?;
                        to_bigint(vm, r).unwrap_or_default()
                    }
                    None => {
                        let t = vm.type_name(v);
                        return Err(Exc::type_error(format!(
                            "%{} format: an integer is required, not {t}",
                            conv.ty
                        )));
                    }
                },
            };
            let radix = if conv.ty == 'o' { 8 } else { 16 };
            let mut digits = b.abs().to_str_radix(radix);
            if conv.ty == 'X' {
                digits = digits.to_uppercase();
            }
            let prefix = if conv.alt {
                match conv.ty {
                    'o' => "0o",
                    'x' => "0x",
                    _ => "0X",
                }
            } else {
                ""
            };
            Ok(format!("{}{prefix}{digits}", sign(conv, b.is_negative())))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = float_of(vm, v)?;
            let p = conv.precision.unwrap_or(6);
            let neg = f.is_sign_negative() && !f.is_nan();
            let a = f.abs();
            let upper = conv.ty.is_ascii_uppercase();
            let body = if a.is_nan() || a.is_infinite() {
                let s = if a.is_nan() { "nan" } else { "inf" };
                if upper {
                    s.to_uppercase()
                } else {
                    s.to_string()
                }
            } else {
                match conv.ty {
                    'e' | 'E' => {
                        let s = format!("{:.*e}", p, a);
                        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                        let e: i32 = e.parse().unwrap_or(0);
                        let mut m = m.to_string();
                        if conv.alt && !m.contains('.') {
                            m.push('.');
                        }
                        format!(
                            "{m}{}{}{:02}",
                            if upper { 'E' } else { 'e' },
                            if e < 0 { '-' } else { '+' },
                            e.abs()
                        )
                    }
                    'f' | 'F' => {
                        let mut s = format!("{:.*}", p, a);
                        if conv.alt && !s.contains('.') {
                            s.push('.');
                        }
                        s
                    }
                    _ => general(a, p, upper, conv.alt),
                }
            };
            Ok(format!("{}{body}", sign(conv, neg)))
        }
        'c' => {
            if let Some(s) = vm.as_str(v) {
                let mut it = s.chars();
                return match (it.next(), it.next()) {
                    (Some(c), None) => Ok(c.to_string()),
                    _ => Err(Exc::type_error("%c requires int or char")),
                };
            }
            if vm.kind(v) == Kind::Int {
                let i = vm.index_value(v)?;
                return match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(c) => Ok(c.to_string()),
                    None => Err(Exc::overflow_error("%c arg not in range(0x110000)")),
                };
            }
            Err(Exc::type_error("%c requires int or char"))
        }
        c => Err(Exc::value_error(format!(
            "unsupported format character '{c}' (0x{:x}) at index {}",
            c as u32,
            pos + position_offset(conv)
        ))),
    }
}

fn position_offset(conv: &Conv) -> usize {
    // The index CPython reports is that of the conversion character.
    let mut n = 1;
    if let Some(k) = &conv.key {
        n += k.chars().count() + 2;
    }
    n += conv.left as usize
        + conv.plus as usize
        + conv.space as usize
        + conv.alt as usize
        + conv.zero as usize;
    if let Some(w) = conv.width {
        n += w.to_string().len();
    }
    if let Some(p) = conv.precision {
        n += 1 + p.to_string().len();
    }
    n
}

fn int_of(vm: &mut Vm, v: Value, ty: char) -> PyResult<BigInt> {
    match vm.kind(v) {
        Kind::Int => Ok(to_bigint(vm, v).unwrap_or_default()),
        Kind::Float => {
            let f = crate::builtins::float::to_f64(vm, v)?;
            let r = crate::builtins::int::float_to_int(vm, f)?;
            Ok(to_bigint(vm, r).unwrap_or_default())
        }
        _ => {
            for name in ["__int__", "__index__"] {
                if let Some(m) = vm.lookup_user(v, name)? {
                    let r = vm.call(m, &[])?;
                    if let Some(b) = to_bigint(vm, r) {
                        return Ok(b);
                    }
                }
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "%{ty} format: a real number is required, not {t}"
            )))
        }
    }
}

fn float_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.kind(v) {
        Kind::Int | Kind::Float => crate::builtins::float::to_f64(vm, v),
        _ => {
            if let Some(m) = vm.lookup_user(v, "__float__")? {
                let r = vm.call(m, &[])?;
                return crate::builtins::float::to_f64(vm, r);
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!("must be real number, not {t}")))
        }
    }
}

#[allow(dead_code)]
fn _b(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
