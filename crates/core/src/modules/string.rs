//! `string`: the character-class constants, `capwords`, `Template` and `Formatter`, with
//! CPython 3.11's behaviour and messages.
//!
//! Supported: `ascii_letters`, `ascii_lowercase`, `ascii_uppercase`, `digits`, `hexdigits`,
//! `octdigits`, `punctuation`, `printable`, `whitespace`, `capwords(s, sep=None)`;
//! `Template(template)` with `substitute`/`safe_substitute` (`$name`, `${name}`, `$$`, a mapping
//! and/or keywords, keywords first), `get_identifiers`, `is_valid`, and subclasses that change
//! `delimiter`; `Formatter` with `format`, `vformat`, `parse`, `get_field`, `get_value`,
//! `check_unused_args`, `format_field`, `convert_field` — a subclass may override any of them.
//!
//! Not supported: a `Template` subclass that changes `idpattern`, `braceidpattern`, `flags` or
//! `pattern` (there is no regex engine behind `Template`; using one raises NotImplementedError),
//! and `Template.pattern`/`flags` as attributes.

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::modules::native::NativeClass;
use crate::modules::support::{bind, new_str, str_of, Sig};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum StringFn {
        Capwords => "capwords" => capwords,
        TplInit => "__init__" => tpl_init,
        Substitute => "substitute" => tpl_substitute,
        SafeSubstitute => "safe_substitute" => tpl_safe_substitute,
        GetIdentifiers => "get_identifiers" => tpl_get_identifiers,
        IsValid => "is_valid" => tpl_is_valid,
        Format => "format" => fmt_format,
        VFormat => "vformat" => fmt_vformat,
        Parse => "parse" => fmt_parse,
        GetField => "get_field" => fmt_get_field,
        GetValue => "get_value" => fmt_get_value,
        CheckUnused => "check_unused_args" => fmt_check_unused,
        FormatField => "format_field" => fmt_format_field,
        ConvertField => "convert_field" => fmt_convert_field,
    }
}

fn f(which: StringFn) -> Value {
    func_value(ModuleFn::String(which))
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";
const IDPATTERN: &str = "(?a:[_a-z][_a-z0-9]*)";

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let consts: [(&'static str, String); 9] = [
        ("ascii_letters", format!("{LOWER}{UPPER}")),
        ("ascii_lowercase", LOWER.to_string()),
        ("ascii_uppercase", UPPER.to_string()),
        ("digits", DIGITS.to_string()),
        ("hexdigits", "0123456789abcdefABCDEF".to_string()),
        ("octdigits", "01234567".to_string()),
        ("punctuation", PUNCT.to_string()),
        (
            "printable",
            format!("{DIGITS}{LOWER}{UPPER}{PUNCT}{WHITESPACE}"),
        ),
        ("whitespace", WHITESPACE.to_string()),
    ];
    let mut out = Vec::new();
    for (name, s) in consts {
        out.push((name, vm.new_str(s)?));
    }
    out.push(("capwords", f(StringFn::Capwords)));
    let tpl = vm.std_class("string.Template", make_template)?;
    out.push(("Template", tpl));
    let fmt = vm.std_class("string.Formatter", make_formatter)?;
    out.push(("Formatter", fmt));
    Ok(out)
}

fn make_template(vm: &mut Vm) -> PyResult<Value> {
    let delim = vm.new_str("$".into())?;
    let idp = vm.new_str(IDPATTERN.into())?;
    vm.new_native_class(NativeClass {
        name: "Template",
        module: "string",
        attrs: vec![
            ("delimiter", delim),
            ("idpattern", idp),
            ("braceidpattern", Value::None),
            ("__init__", f(StringFn::TplInit)),
            ("substitute", f(StringFn::Substitute)),
            ("safe_substitute", f(StringFn::SafeSubstitute)),
            ("get_identifiers", f(StringFn::GetIdentifiers)),
            ("is_valid", f(StringFn::IsValid)),
        ],
        ..Default::default()
    })
}

fn make_formatter(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "Formatter",
        module: "string",
        attrs: vec![
            ("format", f(StringFn::Format)),
            ("vformat", f(StringFn::VFormat)),
            ("parse", f(StringFn::Parse)),
            ("get_field", f(StringFn::GetField)),
            ("get_value", f(StringFn::GetValue)),
            ("check_unused_args", f(StringFn::CheckUnused)),
            ("format_field", f(StringFn::FormatField)),
            ("convert_field", f(StringFn::ConvertField)),
        ],
        ..Default::default()
    })
}

/// `capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`.
fn capwords(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("capwords", &["s", "sep"], 1))?;
    let s = b.or_none(0);
    let sep = b.or_none(1);
    // CPython evaluates `(sep or ' ').join(map(str.capitalize, s.split(sep)))`: the joiner's
    // `join` is looked up first, and every word must be a str.
    let joiner = if !sep.is_none() && vm.truthy(sep)? {
        sep
    } else {
        vm.new_str(" ".into())?
    };
    let join = vm.getattr(joiner, "join")?;
    let split = vm.getattr(s, "split")?;
    let words = vm.call(split, &[sep])?;
    let words = vm.collect(words)?;
    let mut parts = Vec::with_capacity(words.len());
    for w in words {
        if !vm.is_instance(w, BuiltinType::Str) {
            let t = vm.type_name(w);
            return Err(Exc::type_error(format!(
                "descriptor 'capitalize' for 'str' objects doesn't apply to a '{t}' object"
            )));
        }
        let m = vm.getattr(w, "capitalize")?;
        parts.push(vm.call(m, &[])?);
    }
    let list = vm.new_list(parts)?;
    vm.call(join, &[list])
}

// ---- Template -----------------------------------------------------------------------------------

fn tpl_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("Template.__init__", &["self", "template"], 2),
    )?;
    vm.setattr(b.or_none(0), "template", b.or_none(1))?;
    Ok(Value::None)
}

/// One `$...` occurrence in a template.
enum Piece {
    Literal(String),
    /// `$$`.
    Escaped,
    /// `$name` or `${name}`, with the text matched (for `safe_substitute`).
    Named(String, String),
    /// A delimiter not followed by anything valid; the char index after the delimiter.
    Invalid(usize),
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic()
}

fn is_id_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// Splits a template into pieces, as `Template.pattern` would match it.
fn scan_template(text: &[char], delim: &[char]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let n = text.len();
    let dn = delim.len();
    let mut i = 0;
    while i < n {
        if dn == 0 || !text[i..].starts_with(delim) {
            lit.push(text[i]);
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            out.push(Piece::Literal(std::mem::take(&mut lit)));
        }
        let q = i + dn;
        if text[q..].starts_with(delim) {
            out.push(Piece::Escaped);
            i = q + dn;
            continue;
        }
        if q < n && is_id_start(text[q]) {
            let mut e = q + 1;
            while e < n && is_id_char(text[e]) {
                e += 1;
            }
            let name: String = text[q..e].iter().collect();
            let whole: String = text[i..e].iter().collect();
            out.push(Piece::Named(name, whole));
            i = e;
            continue;
        }
        if q + 1 < n && text[q] == '{' && is_id_start(text[q + 1]) {
            let mut e = q + 2;
            while e < n && is_id_char(text[e]) {
                e += 1;
            }
            if e < n && text[e] == '}' {
                let name: String = text[q + 1..e].iter().collect();
                let whole: String = text[i..=e].iter().collect();
                out.push(Piece::Named(name, whole));
                i = e + 1;
                continue;
            }
        }
        out.push(Piece::Invalid(q));
        i = q;
    }
    if !lit.is_empty() {
        out.push(Piece::Literal(lit));
    }
    out
}

/// The template text and delimiter of a Template instance (checking for unsupported
/// customizations of the pattern).
fn template_parts(vm: &mut Vm, this: Value) -> PyResult<(Vec<char>, String)> {
    let cls = vm.type_of(this);
    if vm.lookup_in_namespaces(cls, "pattern").is_some()
        || vm.lookup_in_namespaces(cls, "flags").is_some()
    {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: string.Template subclasses with a custom pattern or flags are not supported",
        ));
    }
    let idp = vm.getattr(this, "idpattern")?;
    let bidp = vm.getattr(this, "braceidpattern")?;
    if str_of(vm, idp).as_deref() != Some(IDPATTERN) || !bidp.is_none() {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: string.Template subclasses with a custom idpattern are not supported",
        ));
    }
    let delim = vm.getattr(this, "delimiter")?;
    let delim = match str_of(vm, delim) {
        Some(d) => d,
        None => {
            let t = vm.type_name(delim);
            return Err(Exc::type_error(format!(
                "first argument must be string or compiled pattern, not {t}"
            )));
        }
    };
    let tv = vm.getattr(this, "template")?;
    let text = match str_of(vm, tv) {
        Some(t) => t,
        None => {
            let t = vm.type_name(tv);
            return Err(Exc::type_error(format!(
                "expected string or bytes-like object, got '{t}'"
            )));
        }
    };
    Ok((text.chars().collect(), delim))
}

fn invalid_error(text: &[char], i: usize) -> Exc {
    let before: String = text[..i.min(text.len())].iter().collect();
    let lines = split_lines_keepends(&before);
    let (lineno, colno) = if lines.is_empty() {
        (1, 1)
    } else {
        let prior: usize = lines[..lines.len() - 1]
            .iter()
            .map(|l| l.chars().count())
            .sum();
        (lines.len(), i - prior)
    };
    Exc::value_error(format!(
        "Invalid placeholder in string: line {lineno}, col {colno}"
    ))
}

/// `str.splitlines(keepends=True)`.
pub(crate) fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if crate::builtins::str::unicode::is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = iter.peek() {
                    end = j + 1;
                    iter.next();
                }
            }
            out.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// The lookup of `substitute(mapping, **kws)`: keywords first, then the mapping.
struct Lookup {
    mapping: Option<Value>,
    kws: Vec<(Value, Value)>,
}

impl Lookup {
    fn from_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Lookup)> {
        let sig = Sig {
            name,
            params: &["self", "mapping"],
            npos: 2,
            posonly: 2,
            required: 1,
            kw_required: &[],
            varargs: false,
            varkw: true,
        };
        let b = bind(vm, args, &sig)?;
        Ok((
            b.or_none(0),
            Lookup {
                mapping: b.get(1),
                kws: b.extra,
            },
        ))
    }

    fn get(&self, vm: &mut Vm, key: &str) -> PyResult<Value> {
        if let Some((_, v)) = self.kws.iter().find(|(k, _)| vm.str_eq_literal(*k, key)) {
            return Ok(*v);
        }
        let k = vm.new_str(key.to_string())?;
        match self.mapping {
            Some(m) => vm.getitem(m, k),
            None => Err(Exc::key_error(k)),
        }
    }
}

fn substitute(vm: &mut Vm, args: &Args, safe: bool) -> PyResult<Value> {
    let name = if safe {
        "Template.safe_substitute"
    } else {
        "Template.substitute"
    };
    let (this, lookup) = Lookup::from_args(vm, args, name)?;
    let (text, delim) = template_parts(vm, this)?;
    let delim_chars: Vec<char> = delim.chars().collect();
    let mut out = String::with_capacity(text.len());
    for piece in scan_template(&text, &delim_chars) {
        match piece {
            Piece::Literal(s) => out.push_str(&s),
            Piece::Escaped => out.push_str(&delim),
            Piece::Named(key, whole) => match lookup.get(vm, &key) {
                Ok(v) => {
                    let s = vm.to_str(v)?;
                    out.push_str(&s);
                }
                Err(e) if safe && vm.exc_is(&e, BuiltinType::KeyError) => out.push_str(&whole),
                Err(e) => return Err(e),
            },
            Piece::Invalid(i) => {
                if safe {
                    out.push_str(&delim);
                } else {
                    return Err(invalid_error(&text, i));
                }
            }
        }
        if out.len() > 1 << 16 {
            vm.reserve(out.len())?;
        }
    }
    new_str(vm, out)
}

fn tpl_substitute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    substitute(vm, args, false)
}

fn tpl_safe_substitute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    substitute(vm, args, true)
}

fn tpl_get_identifiers(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("Template.get_identifiers", &["self"], 1),
    )?;
    let (text, delim) = template_parts(vm, b.or_none(0))?;
    let delim: Vec<char> = delim.chars().collect();
    let mut ids: Vec<String> = Vec::new();
    for piece in scan_template(&text, &delim) {
        if let Piece::Named(k, _) = piece {
            if !ids.contains(&k) {
                ids.push(k);
            }
        }
    }
    crate::modules::support::str_list(vm, ids)
}

fn tpl_is_valid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(vm, args, &Sig::simple("Template.is_valid", &["self"], 1))?;
    let (text, delim) = template_parts(vm, b.or_none(0))?;
    let delim: Vec<char> = delim.chars().collect();
    let ok = !scan_template(&text, &delim)
        .iter()
        .any(|p| matches!(p, Piece::Invalid(_)));
    Ok(Value::Bool(ok))
}

// ---- Formatter ----------------------------------------------------------------------------------

/// One item of `Formatter.parse`: literal text, then optionally a field (name, spec,
/// conversion).
struct Markup {
    literal: String,
    field: Option<(String, String, Option<char>)>,
}

/// `_string.formatter_parser`: splits a format string into literal text and fields.
fn parse_format(s: &str) -> PyResult<Vec<Markup>> {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let mut literal = String::new();
        let mut field_follows = false;
        while i < n {
            let c = chars[i];
            if c == '{' || c == '}' {
                let next = chars.get(i + 1).copied();
                if next == Some(c) {
                    literal.push(c);
                    i += 2;
                    // A doubled brace ends this literal, like CPython's iterator.
                    break;
                }
                if c == '}' {
                    return Err(Exc::value_error("Single '}' encountered in format string"));
                }
                if next.is_none() {
                    return Err(Exc::value_error("Single '{' encountered in format string"));
                }
                i += 1;
                field_follows = true;
                break;
            }
            literal.push(c);
            i += 1;
        }
        if !field_follows {
            out.push(Markup {
                literal,
                field: None,
            });
            continue;
        }
        // The field is read in one pass like CPython's parser: the name runs to '}', ':' or
        // '!' (brackets may hide them), then an optional conversion character, then a format
        // spec that ends at the '}' balancing the field's '{'.
        let name_start = i;
        let mut stop = None;
        while i < n {
            let c = chars[i];
            i += 1;
            match c {
                '{' => return Err(Exc::value_error("unexpected '{' in field name")),
                '[' => {
                    while i < n && chars[i] != ']' {
                        i += 1;
                    }
                }
                '}' | ':' | '!' => {
                    stop = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let name_end = if stop.is_some() { i - 1 } else { i };
        let name: String = chars[name_start..name_end].iter().collect();
        let mut conversion = None;
        let mut spec = String::new();
        match stop {
            Some('!') | Some(':') => {
                let mut closed = false;
                if stop == Some('!') {
                    let Some(&conv) = chars.get(i) else {
                        return Err(Exc::value_error(
                            "end of string while looking for conversion specifier",
                        ));
                    };
                    conversion = Some(conv);
                    i += 1;
                    if let Some(&c) = chars.get(i) {
                        i += 1;
                        if c == '}' {
                            closed = true;
                        } else if c != ':' {
                            return Err(Exc::value_error(
                                "expected ':' after conversion specifier",
                            ));
                        }
                    }
                }
                if !closed {
                    let spec_start = i;
                    let mut depth = 1usize;
                    while i < n {
                        let c = chars[i];
                        i += 1;
                        if c == '{' {
                            depth += 1;
                        } else if c == '}' {
                            depth -= 1;
                            if depth == 0 {
                                closed = true;
                                break;
                            }
                        }
                    }
                    if !closed {
                        return Err(Exc::value_error("unmatched '{' in format spec"));
                    }
                    spec = chars[spec_start..i - 1].iter().collect();
                }
            }
            Some(_) => {}
            None => return Err(Exc::value_error("expected '}' before end of string")),
        }
        out.push(Markup {
            literal,
            field: Some((name, spec, conversion)),
        });
    }
    Ok(out)
}

/// `_string.formatter_field_name_split`: the first part (int when all digits) and the
/// `(is_attr, key)` accessors that follow.
fn split_field_name(vm: &mut Vm, name: &str) -> PyResult<(Value, Vec<(bool, Value)>)> {
    let chars: Vec<char> = name.chars().collect();
    let first_len = chars
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(chars.len());
    let first: String = chars[..first_len].iter().collect();
    let first_v = key_value(vm, &first)?;
    let rest = &chars[first_len..];
    let mut out = Vec::new();
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
        if is_attr {
            while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                j += 1;
            }
        } else {
            while j < rest.len() && rest[j] != ']' {
                j += 1;
            }
            if j >= rest.len() {
                return Err(Exc::value_error("Missing ']' in format string"));
            }
        }
        let part: String = rest[start..j].iter().collect();
        if !is_attr {
            j += 1;
        }
        if part.is_empty() {
            return Err(Exc::value_error("Empty attribute in format string"));
        }
        let key = if is_attr {
            vm.new_str(part)?
        } else {
            key_value(vm, &part)?
        };
        out.push((is_attr, key));
    }
    Ok((first_v, out))
}

/// An int for an all-digit key, else the str.
fn key_value(vm: &mut Vm, s: &str) -> PyResult<Value> {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        if let Ok(i) = s.parse::<i64>() {
            return Ok(Value::Int(i));
        }
        return Err(Exc::value_error("Too many decimal digits in format string"));
    }
    vm.new_str(s.to_string())
}

fn call_method(vm: &mut Vm, this: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.getattr(this, name)?;
    vm.call(m, args)
}

fn fmt_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let sig = Sig {
        name: "Formatter.format",
        params: &["self", "format_string"],
        npos: 2,
        posonly: 2,
        required: 2,
        kw_required: &[],
        varargs: true,
        varkw: true,
    };
    let b = bind(vm, args, &sig)?;
    let t = vm.new_tuple(b.rest.clone())?;
    let mut d = crate::builtins::dict::Dict::new();
    for (k, v) in &b.extra {
        vm.dict_set_in(&mut d, *k, *v)?;
    }
    let d = vm.new_dict(d)?;
    call_method(vm, b.or_none(0), "vformat", &[b.or_none(1), t, d])
}

fn fmt_vformat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple(
            "Formatter.vformat",
            &["self", "format_string", "args", "kwargs"],
            4,
        ),
    )?;
    let (this, fs, a, k) = (b.or_none(0), b.or_none(1), b.or_none(2), b.or_none(3));
    let used = vm.new_set_from(&[], false)?;
    let mark = vm.root_temp(used);
    let r = vformat_inner(vm, this, fs, a, k, used, 2, AutoIndex::Next(0));
    let result = r.map(|(s, _)| s);
    let result = match result {
        Ok(s) => {
            let v = new_str(vm, s)?;
            let rv = vm.root_temp(v);
            let chk = call_method(vm, this, "check_unused_args", &[used, a, k]);
            vm.release_temps(rv);
            chk.map(|_| v)
        }
        Err(e) => Err(e),
    };
    vm.release_temps(mark);
    result
}

/// The state of automatic field numbering (`auto_arg_index` in `string.py`, which is `False`
/// once a manual index was seen).
#[derive(Clone, Copy)]
enum AutoIndex {
    Next(i64),
    Manual,
}

#[allow(clippy::too_many_arguments)]
fn vformat_inner(
    vm: &mut Vm,
    this: Value,
    format_string: Value,
    args: Value,
    kwargs: Value,
    used: Value,
    depth: i32,
    mut auto: AutoIndex,
) -> PyResult<(String, AutoIndex)> {
    if depth < 0 {
        return Err(Exc::value_error("Max string recursion exceeded"));
    }
    let parsed = call_method(vm, this, "parse", &[format_string])?;
    let items = vm.collect(parsed)?;
    let mut out = String::new();
    for item in items {
        let parts = vm.collect(item)?;
        let [literal, field_name, spec, conversion] = parts[..] else {
            return Err(Exc::value_error("parse() must yield 4-tuples"));
        };
        if let Some(l) = str_of(vm, literal) {
            out.push_str(&l);
        }
        if field_name.is_none() {
            continue;
        }
        let mut name_v = field_name;
        let name = str_of(vm, field_name).unwrap_or_default();
        if name.is_empty() {
            match auto {
                AutoIndex::Manual => return Err(Exc::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                AutoIndex::Next(i) => {
                    name_v = vm.new_str(i.to_string())?;
                    auto = AutoIndex::Next(i + 1);
                }
            }
        } else if name.chars().all(crate::builtins::str::unicode::is_digit) {
            if matches!(auto, AutoIndex::Next(i) if i != 0) {
                return Err(Exc::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            auto = AutoIndex::Manual;
        }
        let got = call_method(vm, this, "get_field", &[name_v, args, kwargs])?;
        let pair = vm.collect(got)?;
        let [obj, arg_used] = pair[..] else {
            return Err(Exc::value_error("get_field() must return a 2-tuple"));
        };
        vm.set_add(used, arg_used)?;
        let obj = call_method(vm, this, "convert_field", &[obj, conversion])?;
        let (spec_s, next) = vformat_inner(vm, this, spec, args, kwargs, used, depth - 1, auto)?;
        auto = next;
        let spec_v = vm.new_str(spec_s)?;
        let r = call_method(vm, this, "format_field", &[obj, spec_v])?;
        match str_of(vm, r) {
            Some(s) => out.push_str(&s),
            None => {
                let t = vm.type_name(r);
                return Err(Exc::type_error(format!(
                    "sequence item {}: expected str instance, {t} found",
                    0
                )));
            }
        }
        if out.len() > 1 << 16 {
            vm.reserve(out.len())?;
        }
    }
    Ok((out, auto))
}

fn fmt_parse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("Formatter.parse", &["self", "format_string"], 2),
    )?;
    let fs = b.or_none(1);
    let Some(s) = str_of(vm, fs) else {
        let t = vm.type_name(fs);
        return Err(Exc::type_error(format!("expected str, got {t}")));
    };
    let mut items = Vec::new();
    for m in parse_format(&s)? {
        let lit = vm.new_str(m.literal)?;
        let t = match m.field {
            None => vm.new_tuple(vec![lit, Value::None, Value::None, Value::None])?,
            Some((name, spec, conv)) => {
                let n = vm.new_str(name)?;
                let sp = vm.new_str(spec)?;
                let c = match conv {
                    Some(c) => vm.new_str(c.to_string())?,
                    None => Value::None,
                };
                vm.new_tuple(vec![lit, n, sp, c])?
            }
        };
        items.push(t);
    }
    let list = vm.new_list(items)?;
    vm.get_iter(list)
}

fn fmt_get_field(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple(
            "Formatter.get_field",
            &["self", "field_name", "args", "kwargs"],
            4,
        ),
    )?;
    let this = b.or_none(0);
    let fname = b.or_none(1);
    let Some(name) = str_of(vm, fname) else {
        let t = vm.type_name(fname);
        return Err(Exc::type_error(format!(
            "descriptor 'formatter_field_name_split' for 'str' objects doesn't apply to a '{t}' object"
        )));
    };
    let (first, rest) = split_field_name(vm, &name)?;
    let mut obj = call_method(vm, this, "get_value", &[first, b.or_none(2), b.or_none(3)])?;
    for (is_attr, key) in rest {
        obj = if is_attr {
            let k = str_of(vm, key).unwrap_or_default();
            vm.getattr(obj, &k)?
        } else {
            vm.getitem(obj, key)?
        };
    }
    vm.new_tuple(vec![obj, first])
}

fn fmt_get_value(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple("Formatter.get_value", &["self", "key", "args", "kwargs"], 4),
    )?;
    let key = b.or_none(1);
    if vm.is_instance(key, BuiltinType::Int) {
        vm.getitem(b.or_none(2), key)
    } else {
        vm.getitem(b.or_none(3), key)
    }
}

fn fmt_check_unused(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind(
        vm,
        args,
        &Sig::simple(
            "Formatter.check_unused_args",
            &["self", "used_args", "args", "kwargs"],
            4,
        ),
    )?;
    Ok(Value::None)
}

fn fmt_format_field(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple(
            "Formatter.format_field",
            &["self", "value", "format_spec"],
            3,
        ),
    )?;
    let spec_v = b.or_none(2);
    let Some(spec) = str_of(vm, spec_v) else {
        let t = vm.type_name(spec_v);
        return Err(Exc::type_error(format!(
            "format() argument 2 must be str, not {t}"
        )));
    };
    let s = vm.format(b.or_none(1), &spec)?;
    new_str(vm, s)
}

fn fmt_convert_field(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bind(
        vm,
        args,
        &Sig::simple(
            "Formatter.convert_field",
            &["self", "value", "conversion"],
            3,
        ),
    )?;
    let value = b.or_none(1);
    let conv = b.or_none(2);
    if conv.is_none() {
        return Ok(value);
    }
    let c = str_of(vm, conv);
    let s = match c.as_deref() {
        Some("s") => vm.to_str(value)?,
        Some("r") => vm.repr(value)?,
        Some("a") => {
            let r = vm.repr(value)?;
            crate::builtins::str::ascii_escape(&r)
        }
        _ => {
            let shown = vm.to_str(conv)?;
            return Err(Exc::value_error(format!(
                "Unknown conversion specifier {shown}"
            )));
        }
    };
    new_str(vm, s)
}
