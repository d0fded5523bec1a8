//! The format-spec mini-language (`format()`, f-strings, `str.format`) for str, int and float,
//! CPython's float-to-text conversion modes, and `str.format`'s replacement-field parser.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::int::to_bigint;
use crate::error::{Exc, PyResult};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;
use crate::vm::Vm;

/// Output larger than this is refused with `MemoryError` even without a memory limit: CPython
/// would fail to allocate it too, and we must not abort the process trying.
pub const MAX_BUILD: usize = 1 << 30;

/// Admits `n` more bytes of output: the sandbox's memory limit, and `MemoryError` when absurd.
pub fn check_alloc(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n > MAX_BUILD {
        return Err(memory_error());
    }
    vm.reserve(n)
}

/// A bare `MemoryError()`, as CPython raises when an allocation fails.
pub fn memory_error() -> Exc {
    Exc::Args(BuiltinType::MemoryError, Vec::new())
}

/// A check that `n` bytes of output may be built (see [`check_alloc`]).
pub type Budget<'a> = &'a mut dyn FnMut(usize) -> PyResult<()>;

/// A parsed format spec, with CPython's defaults resolved (`fill`, `align`).
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alt: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// `None` only for a float spec without a type.
    pub ty: Option<char>,
}

/// A character as CPython shows it in spec errors: itself when printable ASCII, else `\xNN`.
fn show_code(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

fn unknown_code(c: char, type_name: &str) -> Exc {
    Exc::value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        show_code(c)
    ))
}

/// Reads a run of (Unicode) decimal digits at `*i`, as CPython does for widths and indices.
fn read_number(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut acc: usize = 0;
    while let Some(d) = chars
        .get(*i)
        .and_then(|&c| crate::builtins::str::unicode_digit(c))
    {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(Exc::value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *i += 1;
    }
    Ok(if *i > start { Some(acc) } else { None })
}

/// Parses `spec` the way CPython's `parse_internal_render_format_spec` does.
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    default_ty: Option<char>,
    default_align: char,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let n = chars.len();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_ty,
    };
    let mut i = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if n >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = chars[1];
        fill_given = true;
        align_given = true;
        i = 2;
    } else if n >= 1 && is_align(chars[0]) {
        s.align = chars[0];
        align_given = true;
        i = 1;
    }
    if i < n && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < n && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < n && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    // A leading '0' means zero padding (after the sign for numbers) unless a fill was given.
    if !fill_given && i < n && chars[i] == '0' {
        s.fill = '0';
        if !align_given && default_align == '>' {
            s.align = '=';
        }
        i += 1;
    }
    s.width = read_number(&chars, &mut i)?;
    if i < n && chars[i] == ',' {
        s.grouping = Some(',');
        i += 1;
    }
    if i < n && chars[i] == '_' {
        if s.grouping.is_some() {
            return Err(Exc::value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        i += 1;
    }
    if i < n && chars[i] == ',' && s.grouping == Some('_') {
        return Err(Exc::value_error("Cannot specify both ',' and '_'."));
    }
    if i < n && chars[i] == '.' {
        i += 1;
        match read_number(&chars, &mut i)? {
            Some(p) => s.precision = Some(p),
            None => return Err(Exc::value_error("Format specifier missing precision")),
        }
    }
    if n - i > 1 {
        return Err(Exc::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if i < n {
        s.ty = Some(chars[i]);
    }
    if let Some(g) = s.grouping {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(Exc::value_error(format!(
                    "Cannot specify '{g}' with '{}'.",
                    show_code(t)
                )))
            }
        }
    }
    Ok(s)
}

/// Digits with CPython's thousands grouping: groups of `every` from the right, padded with
/// leading zeros (grouped too) until at least `min_width` characters.
fn insert_grouping(digits: &str, min_width: i64, group: Option<(char, usize)>) -> String {
    let n = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let Some((sep, every)) = group else {
        let len = n.max(min_width).max(1);
        let mut out = "0".repeat((len - n).max(0) as usize);
        out.push_str(digits);
        return out;
    };
    let every = every as i64;
    let mut parts: Vec<String> = Vec::new();
    let mut remaining = n;
    let mut end = digits.len();
    loop {
        let len = every.min(remaining.max(min_width).max(1));
        let zeros = (len - remaining).max(0);
        let take = remaining.min(len).max(0) as usize;
        let mut part = "0".repeat(zeros as usize);
        part.push_str(&digits[end - take..end]);
        end -= take;
        parts.push(part);
        remaining -= take as i64;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    parts.reverse();
    parts.join(&sep.to_string())
}

/// Lays out a number as CPython's `calc_number_widths`/`fill_number` do:
/// `[lpad][sign][prefix][spad][grouped digits][rest][rpad]`, where `rest` is everything after
/// the leading digits (decimal point, fraction, exponent, `%`, or the character of `c`).
fn layout_number(
    spec: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    group: Option<(char, usize)>,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ if negative => Some('-'),
        _ => None,
    };
    let rest_len = rest.chars().count() as i64;
    let fixed = sign.is_some() as i64 + prefix.len() as i64 + rest_len;
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - fixed
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        insert_grouping(digits, min_width, group)
    };
    let padding = (width - fixed - grouped.len() as i64).max(0) as usize;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    match spec.align {
        '<' => rpad = padding,
        '^' => {
            lpad = padding / 2;
            rpad = padding - lpad;
        }
        '=' => spad = padding,
        _ => lpad = padding,
    }
    let fill = |k: usize| spec.fill.to_string().repeat(k);
    let mut out = String::with_capacity(padding + grouped.len() + rest.len() + 4);
    out.push_str(&fill(lpad));
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(prefix);
    out.push_str(&fill(spad));
    out.push_str(&grouped);
    out.push_str(rest);
    out.push_str(&fill(rpad));
    out
}

/// Pads `body` (no sign handling) to the spec's width with its fill and alignment.
fn pad_text(spec: &Spec, body: &str) -> String {
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return body.to_string();
    }
    let n = width - len;
    let f = |k: usize| spec.fill.to_string().repeat(k);
    match spec.align {
        '>' => format!("{}{body}", f(n)),
        '^' => format!("{}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{body}{}", f(n)),
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
            if vm.payload(v).is_some() {
                return format_builtin_value(vm, v, spec);
            }
            if spec.is_empty() {
                return vm.to_str(v);
            }
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "unsupported format string passed to {t}.__format__"
            )))
        }
        Kind::Str | Kind::Int | Kind::Float => {
            let t = vm.type_name(v);
            format_builtin(vm, v, spec, &t)
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

/// `int.__format__`, `float.__format__` and `str.__format__` applied to `v` (a built-in value
/// or an instance of a subclass), without looking for an overriding `__format__`: what
/// `super().__format__(spec)` must do.
pub fn format_builtin_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let inner = vm.unwrap_builtin(v);
    if spec.is_empty() && !inner.is(v) {
        // An empty spec means str(self), which a subclass may override.
        return vm.to_str(v);
    }
    let t = vm.type_name(v);
    format_builtin(vm, inner, spec, &t)
}

/// `__format__` of a built-in str, int or float value; `type_name` names it in errors.
fn format_builtin(vm: &mut Vm, v: Value, spec: &str, type_name: &str) -> PyResult<String> {
    match v {
        Value::Float(f) => return format_float(f, spec, type_name, &mut |n| check_alloc(vm, n)),
        Value::Bool(b) if spec.is_empty() => {
            return Ok(if b { "True" } else { "False" }.to_string())
        }
        _ => {}
    }
    if let Some(s) = vm.str_value(v) {
        return format_str(&s, spec, type_name, &mut |n| check_alloc(vm, n));
    }
    match to_bigint(vm, v) {
        Some(b) => format_int(&b, spec, type_name, &mut |n| check_alloc(vm, n)),
        None if spec.is_empty() => vm.to_str(v),
        None => Err(Exc::type_error(format!(
            "unsupported format string passed to {type_name}.__format__"
        ))),
    }
}

/// `str.__format__`.
pub fn format_str(s: &str, spec: &str, type_name: &str, budget: Budget) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let sp = parse_spec(spec, type_name, Some('s'), '<')?;
    if sp.ty != Some('s') {
        return Err(unknown_code(sp.ty.unwrap_or('s'), type_name));
    }
    match sp.sign {
        Some(' ') => {
            return Err(Exc::value_error(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(Exc::value_error(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if sp.no_neg_0 {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if sp.alt {
        return Err(Exc::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if sp.align == '=' {
        return Err(Exc::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    budget(sp.width.unwrap_or(0).saturating_mul(sp.fill.len_utf8()))?;
    let body: &str = match sp.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((b, _)) => &s[..b],
            None => s,
        },
        None => s,
    };
    Ok(pad_text(&sp, body))
}

/// `int.__format__` (also bool with a non-empty spec).
pub fn format_int(b: &BigInt, spec: &str, type_name: &str, budget: Budget) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(b.to_string());
    }
    let sp = parse_spec(spec, type_name, Some('d'), '>')?;
    let ty = sp.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::builtins::int::to_f64(b)?;
            return format_float_spec(f, &sp, budget);
        }
        c => return Err(unknown_code(c, type_name)),
    }
    if sp.precision.is_some() {
        return Err(Exc::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if sp.no_neg_0 {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    budget(sp.width.unwrap_or(0).saturating_mul(sp.fill.len_utf8()))?;
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
        let Some(x) = b.to_i64() else {
            return Err(Exc::overflow_error(
                "Python int too large to convert to C long",
            ));
        };
        let c = u32::try_from(x)
            .ok()
            .filter(|&c| c < 0x110000)
            .and_then(char::from_u32);
        let Some(c) = c else {
            return Err(Exc::overflow_error("%c arg not in range(0x110000)"));
        };
        // CPython lays the character out as a number without digits.
        return Ok(layout_number(&sp, false, "", "", &c.to_string(), None));
    }
    let mag = b.abs();
    let (digits, prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_string(), ""),
    };
    let prefix = if sp.alt { prefix } else { "" };
    let group = sp.grouping.map(|g| {
        if matches!(ty, 'b' | 'o' | 'x' | 'X') {
            (g, 4)
        } else {
            (g, 3)
        }
    });
    Ok(layout_number(
        &sp,
        b.is_negative(),
        prefix,
        &digits,
        "",
        group,
    ))
}

/// `float.__format__`.
pub fn format_float(f: f64, spec: &str, type_name: &str, budget: Budget) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::builtins::float::repr(f));
    }
    let sp = parse_spec(spec, type_name, None, '>')?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    format_float_spec(f, &sp, budget)
}

/// CPython's `format_float_internal`.
fn format_float_spec(x: f64, sp: &Spec, budget: Budget) -> PyResult<String> {
    if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Exc::value_error("precision too big"));
    }
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut code = match sp.ty {
        None => {
            // Like repr() without a precision, else like 'g' with at least one decimal.
            add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(c) => c,
    };
    let mut val = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        val *= 100.0;
    }
    let precision = match sp.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    budget(
        precision
            .saturating_add(sp.width.unwrap_or(0).saturating_mul(sp.fill.len_utf8()))
            .saturating_add(400),
    )?;
    let mut buf = double_to_string(val, code, precision, sp.alt, add_dot_0, sp.no_neg_0);
    if percent {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let group = sp.grouping.map(|g| (g, 3));
    Ok(layout_number(sp, negative, "", digits, rest, group))
}

/// Significant decimal digits of a finite `a >= 0` and the decimal point position
/// (`value = 0.DIGITS * 10**decpt`), trailing zeros removed; zero is `("0", 1)`.
fn digits_of(text_digits: &str, decpt: i64) -> (String, i64) {
    let trimmed = text_digits.trim_start_matches('0');
    let decpt = decpt - (text_digits.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        ("0".to_string(), 1)
    } else {
        (trimmed.to_string(), decpt)
    }
}

/// `n` significant digits, correctly rounded (dtoa mode 2).
fn digits_significant(a: f64, n: usize) -> (String, i64) {
    // A double has fewer than 800 significant decimal digits: beyond that all are zeros.
    let n = n.clamp(1, 800);
    let s = format!("{:.*e}", n - 1, a);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = e.parse().unwrap_or(0);
    let d: String = m.chars().filter(char::is_ascii_digit).collect();
    digits_of(&d, exp + 1)
}

/// Digits rounded to `p` places after the point (dtoa mode 3).
fn digits_fixed(a: f64, p: usize) -> (String, i64) {
    // A double has at most 1074 fractional digits: beyond that all are zeros.
    let p = p.min(1100);
    let s = format!("{:.*}", p, a);
    let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
    digits_of(&format!("{ip}{fp}"), ip.len() as i64)
}

/// The shortest digits that round-trip (dtoa mode 0).
fn digits_shortest(a: f64) -> (String, i64) {
    let s = format!("{a:e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = e.parse().unwrap_or(0);
    let d: String = m.chars().filter(char::is_ascii_digit).collect();
    digits_of(&d, exp + 1)
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`; the result carries a
/// `-` for negative values (never for nan; not for a zero result with `no_neg_0`).
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    let neg = x.is_sign_negative();
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if neg { format!("-{s}") } else { s.to_string() };
    }
    let a = x.abs();
    let mut precision = precision as i64;
    let (digits, mut decpt) = match code {
        'e' => {
            precision += 1;
            digits_significant(a, precision as usize)
        }
        'f' => digits_fixed(a, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            digits_significant(a, precision as usize)
        }
        _ => digits_shortest(a),
    };
    let dlen = digits.len() as i64;
    let mut use_exp = false;
    let mut vend = dlen;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let zeros = |k: i64| "0".repeat(k.max(0) as usize);
    let mut out = String::with_capacity((vend - vstart).max(0) as usize + 8);
    if neg && !(no_neg_0 && digits == "0") {
        out.push('-');
    }
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vstart));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vstart));
    }
    if 0 < decpt && decpt <= dlen {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if dlen < decpt {
        out.push_str(&zeros(decpt - dlen));
        out.push('.');
        out.push_str(&zeros(vend - decpt));
    } else {
        out.push_str(&zeros(vend - dlen));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

// ---- str.format -----------------------------------------------------------------------------

/// Automatic (`{}`) versus manual (`{0}`) field numbering, which may not be mixed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct FormatCtx<'a> {
    /// `None` for `format_map`, where positional fields are an error.
    args: Option<&'a [Value]>,
    kwargs: &'a [(Value, Value)],
    mapping: Option<Value>,
    numbering: Numbering,
    next_auto: usize,
}

/// `template.format(*args, **kwargs)`, or `template.format_map(mapping)` when `mapping` is set.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args: if mapping.is_some() { None } else { Some(args) },
        kwargs,
        mapping,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    build_string(vm, &mut ctx, &chars, 2, &mut out)?;
    Ok(out)
}

/// A parsed replacement field: `{name!conv:spec}`.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_has_fields: bool,
}

/// Expands `chars` into `out`, field by field (errors surface in the order CPython finds them).
fn build_string(
    vm: &mut Vm,
    ctx: &mut FormatCtx,
    chars: &[char],
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(Exc::value_error("Max string recursion exceeded"));
    }
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let start = i;
        let mut brace = None;
        while i < n {
            let c = chars[i];
            i += 1;
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = i >= n;
        let mut literal_end = i;
        let mut markup = brace.is_some();
        if brace == Some('}') && (at_end || chars[i] != '}') {
            return Err(Exc::value_error("Single '}' encountered in format string"));
        }
        if at_end && brace == Some('{') {
            return Err(Exc::value_error("Single '{' encountered in format string"));
        }
        if !at_end && brace.is_some() {
            if Some(chars[i]) == brace {
                // A doubled brace is literal text.
                i += 1;
                markup = false;
            } else {
                literal_end -= 1;
            }
        }
        out.extend(&chars[start..literal_end]);
        if out.len() > MAX_BUILD {
            return Err(memory_error());
        }
        if !markup {
            continue;
        }
        let field = parse_field(chars, &mut i)?;
        render_field(vm, ctx, &field, depth, out)?;
    }
    Ok(())
}

/// Parses the field after a `{` at `*i`, leaving `*i` after its closing `}`.
fn parse_field<'c>(chars: &'c [char], i: &mut usize) -> PyResult<Field<'c>> {
    let n = chars.len();
    let name_start = *i;
    let mut c = '\0';
    while *i < n {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(Exc::value_error("unexpected '{' in field name")),
            '[' => {
                while *i < n && chars[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &chars[name_start..(*i).saturating_sub(1).max(name_start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *i >= n {
                return Err(Exc::value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(chars[*i]);
            *i += 1;
            if *i < n {
                let c2 = chars[*i];
                *i += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(Exc::value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut depth = 1;
        while *i < n {
            let c = chars[*i];
            *i += 1;
            if c == '{' {
                field.spec_has_fields = true;
                depth += 1;
            } else if c == '}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = &chars[spec_start..*i - 1];
                    return Ok(field);
                }
            }
        }
        return Err(Exc::value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(Exc::value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// An index in a field name: `Some` when all (Unicode) decimal digits.
fn field_index(part: &[char]) -> PyResult<Option<usize>> {
    if part.is_empty() {
        return Ok(None);
    }
    let mut i = 0;
    let v = read_number(part, &mut i)?;
    Ok(if i == part.len() { v } else { None })
}

fn render_field(
    vm: &mut Vm,
    ctx: &mut FormatCtx,
    field: &Field,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let mut value = field_object(vm, ctx, field.name)?;
    if let Some(conv) = field.conversion {
        let s = match conv {
            'r' => vm.repr(value)?,
            's' => vm.to_str(value)?,
            'a' => {
                let r = vm.repr(value)?;
                crate::builtins::str::ascii_escape(&r)
            }
            c => {
                let n = c as u32;
                let shown = if n > 32 && n < 127 {
                    c.to_string()
                } else {
                    format!("\\x{n:x}")
                };
                return Err(Exc::value_error(format!(
                    "Unknown conversion specifier {shown}"
                )));
            }
        };
        value = vm.new_str(s)?;
    }
    let spec = if field.spec_has_fields {
        let mut s = String::new();
        build_string(vm, ctx, field.spec, depth - 1, &mut s)?;
        s
    } else {
        field.spec.iter().collect()
    };
    let text = vm.format(value, &spec)?;
    // The result grows outside the heap until it is returned: account for all of it.
    check_alloc(vm, out.len().saturating_add(text.len()))?;
    out.push_str(&text);
    Ok(())
}

/// Resolves a field name (`0`, `name`, `` for automatic numbering, then `.attr` / `[key]`).
fn field_object(vm: &mut Vm, ctx: &mut FormatCtx, name: &[char]) -> PyResult<Value> {
    let first_len = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_len];
    let mut index = field_index(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if ctx.numbering == Numbering::Unset {
            ctx.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if ctx.numbering == Numbering::Manual && empty {
            return Err(Exc::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.numbering == Numbering::Auto && !empty {
            return Err(Exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut value = match index {
        None => {
            let key_text: String = first.iter().collect();
            match ctx.mapping {
                Some(m) => {
                    let k = vm.new_str(key_text)?;
                    vm.getitem(m, k)?
                }
                None => match ctx
                    .kwargs
                    .iter()
                    .find(|(k, _)| vm.str_eq_literal(*k, &key_text))
                {
                    Some((_, v)) => *v,
                    None => {
                        let k = vm.new_str(key_text)?;
                        return Err(Exc::key_error(k));
                    }
                },
            }
        }
        Some(idx) => {
            let Some(args) = ctx.args else {
                return Err(Exc::value_error("Format string contains positional fields"));
            };
            match args.get(idx) {
                Some(v) => *v,
                None => {
                    return Err(Exc::index_error(format!(
                        "Replacement index {idx} out of range for positional args tuple"
                    )))
                }
            }
        }
    };
    let rest = &name[first_len..];
    let mut j = 0;
    while j < rest.len() {
        let is_attr = match rest[j] {
            '.' => true,
            '[' => false,
            _ => {
                return Err(Exc::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        j += 1;
        let start = j;
        let part: &[char];
        if is_attr {
            while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                j += 1;
            }
            part = &rest[start..j];
        } else {
            while j < rest.len() && rest[j] != ']' {
                j += 1;
            }
            if j >= rest.len() {
                return Err(Exc::value_error("Missing ']' in format string"));
            }
            part = &rest[start..j];
            j += 1;
        }
        let idx = if is_attr { None } else { field_index(part)? };
        if part.is_empty() {
            return Err(Exc::value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        value = if is_attr {
            vm.getattr(value, &text)?
        } else if let Some(k) = idx {
            let k = i64::try_from(k).unwrap_or(i64::MAX);
            vm.getitem(value, Value::Int(k))?
        } else {
            let k = vm.new_str(text)?;
            vm.getitem(value, k)?
        };
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(_: usize) -> PyResult<()> {
        Ok(())
    }

    fn float(f: f64, spec: &str) -> String {
        format_float(f, spec, "float", &mut ok).unwrap()
    }

    fn int(i: i64, spec: &str) -> String {
        format_int(&BigInt::from(i), spec, "int", &mut ok).unwrap()
    }

    #[test]
    fn specs_format_like_cpython() {
        assert_eq!(float(1.23456, ".2f"), "1.23");
        assert_eq!(float(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(float(0.5, ".0%"), "50%");
        assert_eq!(float(1e20, ".3"), "1e+20");
        assert_eq!(float(1.0, ".3"), "1.0");
        assert_eq!(float(100.0, ".3"), "1e+02");
        assert_eq!(float(123456.0, "g"), "123456");
        assert_eq!(float(1234567.0, "g"), "1.23457e+06");
        assert_eq!(float(1234.5, "0=12,.2f"), "0,001,234.50");
        assert_eq!(float(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(float(-0.0001, "z.2f"), "0.00");
        assert_eq!(int(255, "#x"), "0xff");
        assert_eq!(int(-42, "08d"), "-0000042");
        assert_eq!(int(1234567, "_d"), "1_234_567");
        assert_eq!(int(1234, "08,"), "0,001,234");
        assert_eq!(int(1234, "<010"), "1234000000");
        let s = |v: &str, spec: &str| format_str(v, spec, "str", &mut ok).unwrap();
        assert_eq!(s("ab", "^6"), "  ab  ");
        assert_eq!(s("ab", "*>5"), "***ab");
        assert_eq!(s("ab", "05"), "ab000");
    }

    #[test]
    fn double_to_string_modes() {
        assert_eq!(double_to_string(0.1, 'r', 0, false, true, false), "0.1");
        assert_eq!(double_to_string(1e16, 'r', 0, false, true, false), "1e+16");
        assert_eq!(double_to_string(2.5, 'f', 0, false, false, false), "2");
        assert_eq!(double_to_string(1.0, 'g', 3, true, false, false), "1.00");
        assert_eq!(double_to_string(1e-5, 'G', 6, false, false, false), "1E-05");
        assert_eq!(
            double_to_string(-0.0, 'e', 2, false, false, false),
            "-0.00e+00"
        );
    }
}
