//! The format-spec mini-language (`format()`, f-strings, `str.format`) for str, int and float,
//! and `str.format`'s replacement-field parser.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::int::to_bigint;
use crate::error::{Exc, PyResult};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// A parsed format spec.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn invalid(spec: &str, t: &str) -> Exc {
    Exc::value_error(format!(
        "Invalid format specifier '{spec}' for object of type '{t}'"
    ))
}

pub fn parse_spec(spec: &str, type_name: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(
            w.parse()
                .map_err(|_| Exc::value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(Exc::value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(Exc::value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(
            p.parse()
                .map_err(|_| Exc::value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(invalid(spec, type_name));
    }
    if s.width.map(|w| w > 100_000_000).unwrap_or(false)
        || s.precision.map(|p| p > 100_000_000).unwrap_or(false)
    {
        return Err(Exc::value_error("Too many decimal digits in format string"));
    }
    Ok(s)
}

/// Pads `body` (with an optional sign/prefix already split off) to the spec's width.
fn pad(spec: &Spec, prefix: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    let len = prefix.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{prefix}{body}");
    }
    let n = width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{prefix}{body}{}", f(n)),
        '>' => format!("{}{prefix}{body}", f(n)),
        '^' => format!("{}{prefix}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{prefix}{}{body}", f(n)),
    }
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Zero-padding with grouping: the padding zeros are grouped too.
fn group_with_zero_pad(
    spec: &Spec,
    digits: &str,
    sep: char,
    every: usize,
    prefix_len: usize,
) -> String {
    let grouped = group_digits(digits, sep, every);
    let zero_pad = spec.zero && spec.fill.is_none() && matches!(spec.align, None | Some('='));
    if !zero_pad {
        return grouped;
    }
    let width = spec.width.unwrap_or(0);
    let mut d = digits.to_string();
    loop {
        let g = group_digits(&d, sep, every);
        if g.len() + prefix_len >= width {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_prefix(spec: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    match vm.kind(v) {
        Kind::Instance => {
            if let Some(m) = vm.lookup_user(v, "__format__")? {
                let s = vm.new_str(spec.to_string())?;
                let r = vm.call(m, &[s])?;
                return match vm.str_value(r) {
                    Some(s) => Ok(s),
                    None => {
                        let t = vm.type_name(r);
                        Err(Exc::type_error(format!(
                            "__format__ must return a str, not {t}"
                        )))
                    }
                };
            }
            if let Some(p) = vm.payload(v) {
                if spec.is_empty() {
                    return vm.to_str(v);
                }
                return format_value(vm, p, spec);
            }
            if spec.is_empty() {
                return vm.to_str(v);
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "unsupported format string passed to {t}.__format__"
            )))
        }
        Kind::Str => {
            let s = vm.str_value(v).unwrap_or_default();
            format_str(&s, spec)
        }
        Kind::Int => {
            if let Value::Bool(b) = v {
                if spec.is_empty() {
                    return Ok(if b { "True".into() } else { "False".into() });
                }
            }
            let b = to_bigint(vm, v).unwrap_or_default();
            format_int(&b, spec, vm.type_name(v).as_str())
        }
        Kind::Float => {
            let f = match v {
                Value::Float(f) => f,
                _ => 0.0,
            };
            format_float(f, spec)
        }
        _ => {
            if spec.is_empty() {
                return vm.to_str(v);
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "unsupported format string passed to {t}.__format__"
            )))
        }
    }
}

pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let sp = parse_spec(spec, "str")?;
    match sp.ty {
        None | Some('s') => {}
        Some(c) => {
            return Err(Exc::value_error(format!(
                "Unknown format code '{c}' for object of type 'str'"
            )))
        }
    }
    if sp.sign.is_some() {
        return Err(Exc::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if sp.alt {
        return Err(Exc::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if sp.z {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if let Some(g) = sp.grouping {
        return Err(Exc::value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if sp.align == Some('=') {
        return Err(Exc::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let mut sp = sp;
    if sp.zero && sp.fill.is_none() && sp.align.is_none() {
        sp.fill = Some('0');
        sp.align = Some('<');
    }
    Ok(pad(&sp, "", &body, '<'))
}

pub fn format_int(b: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(b.to_string());
    }
    let sp = parse_spec(spec, type_name)?;
    let ty = sp.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            return format_float_spec(f, &sp, spec);
        }
        'n' if sp.precision.is_none() => {}
        'd' | 'b' | 'o' | 'x' | 'X' | 'c' | 'n' => {}
        c => {
            return Err(Exc::value_error(format!(
                "Unknown format code '{c}' for object of type '{type_name}'"
            )))
        }
    }
    if sp.precision.is_some() {
        return Err(Exc::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if sp.z {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(Exc::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if sp.alt {
            return Err(Exc::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = b
            .to_u32()
            .filter(|&c| c < 0x110000)
            .and_then(char::from_u32);
        let Some(c) = code else {
            return Err(Exc::overflow_error("%c arg not in range(0x110000)"));
        };
        return Ok(pad(&sp, "", &c.to_string(), '>'));
    }
    if let Some(g) = sp.grouping {
        if g == ',' && !matches!(ty, 'd') {
            return Err(Exc::value_error(format!("Cannot specify ',' with '{ty}'.")));
        }
        if ty == 'n' {
            return Err(Exc::value_error(format!("Cannot specify '{g}' with 'n'.")));
        }
    }
    let neg = b.is_negative();
    let mag = b.abs();
    let (digits, base_prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_string(), ""),
    };
    let mut prefix = sign_prefix(&sp, neg).to_string();
    if sp.alt {
        prefix.push_str(base_prefix);
    }
    let body = match sp.grouping {
        Some(g) => {
            let every = if matches!(ty, 'b' | 'o' | 'x' | 'X') {
                4
            } else {
                3
            };
            group_with_zero_pad(&sp, &digits, g, every, prefix.len())
        }
        None => digits,
    };
    Ok(pad(&sp, &prefix, &body, '>'))
}

/// Formats a finite non-negative float in scientific notation with `prec` digits after the point.
fn sci(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let es = format!(
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    );
    format!("{m}{es}")
}

/// `%g`-style formatting with `prec` significant digits.
pub fn general(f: f64, prec: usize, upper: bool, alt: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if f == 0.0 {
        let mut s = if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_string()
        };
        if alt && !s.contains('.') {
            s.push('.');
        }
        return s;
    }
    let s = format!("{:.*e}", p - 1, f);
    let exp: i32 = s
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    if exp >= -4 && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut r = format!("{:.*}", decimals, f);
        if !alt {
            if r.contains('.') {
                r = r.trim_end_matches('0').trim_end_matches('.').to_string();
            }
        } else if !r.contains('.') {
            r.push('.');
        }
        r
    } else {
        let mut r = sci(f, p - 1, upper);
        if !alt {
            let (m, e) = r
                .split_once(if upper { 'E' } else { 'e' })
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .unwrap_or((r.clone(), String::new()));
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                m
            };
            r = format!("{m}{}{e}", if upper { 'E' } else { 'e' });
        }
        r
    }
}

pub fn format_float(f: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::builtins::float::repr(f));
    }
    let sp = parse_spec(spec, "float")?;
    format_float_spec(f, &sp, spec)
}

fn format_float_spec(f: f64, sp: &Spec, spec: &str) -> PyResult<String> {
    let _ = spec;
    let ty = sp.ty;
    if let Some(c) = ty {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(Exc::value_error(format!(
                "Unknown format code '{c}' for object of type 'float'"
            )));
        }
    }
    if let (Some(','), Some('n')) = (sp.grouping, ty) {
        return Err(Exc::value_error("Cannot specify ',' with 'n'."));
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let mut body = if a.is_nan() || a.is_infinite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    } else {
        match ty {
            Some('e' | 'E') => sci(a, sp.precision.unwrap_or(6), upper),
            Some('f' | 'F') => format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            Some('g' | 'G' | 'n') => general(a, sp.precision.unwrap_or(6), upper, sp.alt),
            None => match sp.precision {
                None => crate::builtins::float::repr(a),
                Some(p) => {
                    let mut r = general(a, p, false, sp.alt);
                    if !r.contains('.') && !r.contains('e') {
                        r.push_str(".0");
                    }
                    r
                }
            },
            Some(_) => unreachable_spec(),
        }
    };
    if sp.alt
        && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%'))
        && !body.contains('.')
        && a.is_finite()
    {
        // `#` keeps the decimal point.
        if let Some(pos) = body.find(['e', 'E', '%']) {
            body.insert(pos, '.');
        } else {
            body.push('.');
        }
    }
    if sp.z && neg && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        neg = false;
    }
    let prefix = sign_prefix(sp, neg);
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        if int_part.chars().all(|c| c.is_ascii_digit()) && !int_part.is_empty() {
            let mut sp2 = sp.clone();
            if let Some(w) = sp2.width {
                sp2.width = Some(w.saturating_sub(rest.chars().count()));
            }
            let grouped = group_with_zero_pad(&sp2, &int_part, g, 3, prefix.len());
            body = format!("{grouped}{rest}");
        }
    }
    let mut sp3 = sp.clone();
    if a.is_nan() || a.is_infinite() {
        // Zero padding does not apply to nan/inf.
        if sp3.zero && sp3.fill.is_none() {
            sp3.zero = false;
            if sp3.align.is_none() {
                sp3.align = Some('>');
            }
        }
    }
    Ok(pad(&sp3, prefix, &body, '>'))
}

fn unreachable_spec() -> String {
    String::new()
}

// ---- str.format -----------------------------------------------------------------------------

/// `template.format(*args, **kwargs)` (or `format_map(mapping)`).
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
) -> PyResult<String> {
    let mut out = String::new();
    let mut auto_index: Option<usize> = None;
    let mut manual = false;
    format_into(
        vm,
        template,
        args,
        kwargs,
        mapping,
        &mut out,
        &mut auto_index,
        &mut manual,
        0,
    )?;
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn format_into(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
    out: &mut String,
    auto_index: &mut Option<usize>,
    manual: &mut bool,
    depth: usize,
) -> PyResult<()> {
    if depth > 2 {
        return Err(Exc::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' (nested braces allowed in the spec).
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(Exc::value_error(if level > 1 {
                    "unmatched '{' in format spec"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            let rendered =
                render_field(vm, &field, args, kwargs, mapping, auto_index, manual, depth)?;
            out.push_str(&rendered);
            i = j + 1;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(Exc::value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn render_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
    auto_index: &mut Option<usize>,
    manual: &mut bool,
    depth: usize,
) -> PyResult<String> {
    // Split "name!conv:spec" (the name part ends at the first '!' or ':' outside brackets).
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let (c, s) = match r.find(':') {
            Some(k) => (&r[..k], &r[k + 1..]),
            None => (r, ""),
        };
        if c.chars().count() != 1 {
            return Err(Exc::value_error("expected ':' after conversion specifier"));
        }
        (c.chars().next(), s)
    } else if let Some(s) = rest.strip_prefix(':') {
        (None, s)
    } else {
        (None, "")
    };
    // The first part of the name: an index, a keyword, or empty (automatic numbering).
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *manual {
            return Err(Exc::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = auto_index.map(|i| i + 1).unwrap_or(0);
        *auto_index = Some(idx);
        positional(vm, args, idx)?
    } else if first.chars().all(|c| c.is_ascii_digit()) {
        if auto_index.is_some() {
            return Err(Exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        let idx: usize = first
            .parse()
            .map_err(|_| Exc::value_error("Too many decimal digits in format string"))?;
        positional(vm, args, idx)?
    } else {
        match mapping {
            Some(m) => {
                let k = vm.new_str(first.to_string())?;
                vm.getitem(m, k)?
            }
            None => match kwargs.iter().find(|(k, _)| vm.str_eq_literal(*k, first)) {
                Some((_, v)) => *v,
                None => {
                    let k = vm.new_str(first.to_string())?;
                    return Err(Exc::key_error(k));
                }
            },
        }
    };
    // Attribute and index accessors.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(Exc::value_error("Empty attribute in format string"));
            }
            value = vm.getattr(value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| Exc::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = if !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
                Value::Int(key.parse().unwrap_or(0))
            } else {
                vm.new_str(key.to_string())?
            };
            value = vm.getitem(value, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(Exc::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    let value = match conv {
        None => value,
        Some('r') => {
            let s = vm.repr(value)?;
            vm.new_str(s)?
        }
        Some('s') => {
            let s = vm.to_str(value)?;
            vm.new_str(s)?
        }
        Some('a') => {
            let s = vm.repr(value)?;
            vm.new_str(crate::builtins::str::ascii_escape(&s))?
        }
        Some(c) => {
            return Err(Exc::value_error(format!(
                "Unknown conversion specifier {c}"
            )))
        }
    };
    // The spec may itself contain replacement fields.
    let spec = if spec.contains('{') {
        let mut s = String::new();
        format_into(
            vm,
            spec,
            args,
            kwargs,
            mapping,
            &mut s,
            auto_index,
            manual,
            depth + 1,
        )?;
        s
    } else {
        spec.to_string()
    };
    vm.format(value, &spec)
}

fn positional(vm: &mut Vm, args: &[Value], idx: usize) -> PyResult<Value> {
    let _ = vm;
    args.get(idx).copied().ok_or_else(|| {
        Exc::new(
            BuiltinType::IndexError,
            format!("Replacement index {idx} out of range for positional args tuple"),
        )
    })
}

#[allow(dead_code)]
fn _z(b: &BigInt) -> bool {
    b.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_format_like_cpython() {
        assert_eq!(format_float(1.23456, ".2f").unwrap(), "1.23");
        assert_eq!(format_float(1234567.891, ",.2f").unwrap(), "1,234,567.89");
        assert_eq!(format_float(0.5, ".0%").unwrap(), "50%");
        assert_eq!(format_float(1e20, ".3").unwrap(), "1e+20");
        assert_eq!(format_float(1.0, ".3").unwrap(), "1.0");
        assert_eq!(format_float(123456.0, "g").unwrap(), "123456");
        assert_eq!(format_float(1234567.0, "g").unwrap(), "1.23457e+06");
        assert_eq!(format_int(&BigInt::from(255), "#x", "int").unwrap(), "0xff");
        assert_eq!(
            format_int(&BigInt::from(-42), "08d", "int").unwrap(),
            "-0000042"
        );
        assert_eq!(
            format_int(&BigInt::from(1234567), "_d", "int").unwrap(),
            "1_234_567"
        );
        assert_eq!(format_str("ab", "^6").unwrap(), "  ab  ");
        assert_eq!(format_str("ab", "*>5").unwrap(), "***ab");
    }
}
