//! `json`: `dumps`, `loads`, `dump`, `load`, `JSONDecodeError`, `JSONEncoder`, `JSONDecoder`,
//! with CPython's output (float repr, key conversion, `ensure_ascii` escapes with surrogate
//! pairs, `indent`, `separators`, `sort_keys`), hooks (`default`, `object_hook`,
//! `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`), `skipkeys`,
//! `allow_nan`, `check_circular`, `strict`, and CPython's error messages and positions.
//!
//! `cls=` works as in CPython: `cls(**options).encode(obj)` / `.decode(s)`, so subclasses of
//! `JSONEncoder` overriding `default` (the usual way to serialize dates or custom objects) and
//! subclasses of `JSONDecoder` work. `dump` writes the pieces CPython's encoder yields, in order.
//!
//! Deep nesting raises `RecursionError` at CPython's depth (both directions use explicit stacks,
//! never the Rust stack). Not supported: lone surrogates (`"\ud800"`) in decoded strings
//! (montybox strings cannot hold them: ValueError), bytes input in UTF-16/32 (only UTF-8),
//! the `json.decoder`/`json.encoder`/`json.scanner` submodules, `JSONEncoder.iterencode`
//! laziness (it returns an iterator over the finished pieces).

pub mod decode;
pub mod encode;

use serde::{Deserialize, Serialize};

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::NativeClass;
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

use decode::{DecError, DecOpts};
use encode::EncOpts;

native_methods! {
    pub enum ModFn {
        Dumps => "dumps" => json_dumps,
        Loads => "loads" => json_loads,
        Dump => "dump" => json_dump,
        Load => "load" => json_load,
    }
}

native_methods! {
    pub enum ErrFn {
        Init => "__init__" => error_init,
    }
}

native_methods! {
    pub enum EncFn {
        Init => "__init__" => encoder_init,
        Encode => "encode" => encoder_encode,
        IterEncode => "iterencode" => encoder_iterencode,
        Default => "default" => encoder_default,
    }
}

native_methods! {
    pub enum DecFn {
        Init => "__init__" => decoder_init,
        Decode => "decode" => decoder_decode,
        RawDecode => "raw_decode" => decoder_raw_decode,
    }
}

/// The native functions of `json` and of its classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum JsonFn {
    Mod(ModFn),
    Err(ErrFn),
    Enc(EncFn),
    Dec(DecFn),
}

impl JsonFn {
    pub fn name(self) -> &'static str {
        match self {
            JsonFn::Mod(f) => f.name(),
            JsonFn::Err(f) => f.name(),
            JsonFn::Enc(f) => f.name(),
            JsonFn::Dec(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            JsonFn::Mod(f) => f.call(vm, args),
            JsonFn::Err(f) => f.call(vm, args),
            JsonFn::Enc(f) => f.call(vm, args),
            JsonFn::Dec(f) => f.call(vm, args),
        }
    }
}

/// A fast non-cryptographic hasher for the decoder's key memo and the encoder's markers (keys
/// come from the document being processed, not from an adversary choosing hash collisions
/// against a long-lived table).
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(buf));
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, v: u32) {
        self.write_u64(v as u64);
    }

    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastBuild = std::hash::BuildHasherDefault<FastHasher>;

fn fv(f: JsonFn) -> Value {
    func_value(ModuleFn::Json(f))
}

/// The module's attributes.
pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for name in ModFn::all_names() {
        if let Some(f) = ModFn::from_name(name) {
            out.push((name, fv(JsonFn::Mod(f))));
        }
    }
    out.push((
        "JSONDecodeError",
        vm.std_class("json.JSONDecodeError", make_error)?,
    ));
    out.push((
        "JSONEncoder",
        vm.std_class("json.JSONEncoder", make_encoder)?,
    ));
    out.push((
        "JSONDecoder",
        vm.std_class("json.JSONDecoder", make_decoder)?,
    ));
    Ok(out)
}

fn make_error(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "JSONDecodeError",
        module: "json.decoder",
        bases: &[Value::Type(BuiltinType::ValueError)],
        attrs: vec![("__init__", fv(JsonFn::Err(ErrFn::Init)))],
        ..Default::default()
    })
}

fn make_encoder(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs = Vec::new();
    for name in EncFn::all_names() {
        if let Some(f) = EncFn::from_name(name) {
            attrs.push((*name, fv(JsonFn::Enc(f))));
        }
    }
    let item = vm.new_str(", ".into())?;
    let key = vm.new_str(": ".into())?;
    attrs.push(("item_separator", item));
    attrs.push(("key_separator", key));
    vm.new_native_class(NativeClass {
        name: "JSONEncoder",
        module: "json.encoder",
        attrs,
        ..Default::default()
    })
}

fn make_decoder(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs = Vec::new();
    for name in DecFn::all_names() {
        if let Some(f) = DecFn::from_name(name) {
            attrs.push((*name, fv(JsonFn::Dec(f))));
        }
    }
    vm.new_native_class(NativeClass {
        name: "JSONDecoder",
        module: "json.decoder",
        attrs,
        ..Default::default()
    })
}

// ---- argument binding ----------------------------------------------------------------------

/// Binds `f(p1, ..., pn, *, kw1=..., ...)` (a function written in Python in CPython): returns
/// the positional parameters, the known keywords, and the other keywords (for `**kw`).
#[allow(clippy::type_complexity)]
fn bind(
    vm: &Vm,
    args: &Args,
    fname: &str,
    positional: &[&str],
    keywords: &[&str],
    skip: usize,
) -> PyResult<(Vec<Value>, Vec<Option<Value>>, Vec<(Value, Value)>)> {
    let (pos, kw, rest) = bind_opt(
        vm,
        args,
        fname,
        positional,
        positional.len(),
        keywords,
        skip,
    )?;
    Ok((pos.into_iter().flatten().collect(), kw, rest))
}

/// Like [`bind`] with only the first `required` positional parameters required.
#[allow(clippy::type_complexity)]
fn bind_opt(
    vm: &Vm,
    args: &Args,
    fname: &str,
    positional: &[&str],
    required: usize,
    keywords: &[&str],
    skip: usize,
) -> PyResult<(Vec<Option<Value>>, Vec<Option<Value>>, Vec<(Value, Value)>)> {
    let pos = args.pos.get(skip..).unwrap_or(&[]);
    if pos.len() > positional.len() {
        let n = positional.len() + skip;
        let lo = required + skip;
        let given = pos.len() + skip;
        let takes = if lo == n {
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        } else {
            format!("from {lo} to {n} positional arguments")
        };
        return Err(Exc::type_error(format!(
            "{fname}() takes {takes} but {given} {} given",
            if given == 1 { "was" } else { "were" }
        )));
    }
    let mut kw_out = vec![None; keywords.len()];
    let mut pos_out: Vec<Option<Value>> = positional.iter().map(|_| None).collect();
    for (i, v) in pos.iter().enumerate() {
        pos_out[i] = Some(*v);
    }
    let mut rest = Vec::new();
    for (k, v) in &args.kw {
        let name = vm.as_str(*k).unwrap_or("");
        if let Some(i) = positional.iter().position(|p| *p == name) {
            if pos_out[i].is_some() {
                return Err(Exc::type_error(format!(
                    "{fname}() got multiple values for argument '{name}'"
                )));
            }
            pos_out[i] = Some(*v);
        } else if let Some(i) = keywords.iter().position(|p| *p == name) {
            kw_out[i] = Some(*v);
        } else {
            rest.push((*k, *v));
        }
    }
    let missing: Vec<String> = positional
        .iter()
        .zip(pos_out.iter())
        .take(required)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let n = missing.len();
        let list = if n == 1 {
            missing[0].clone()
        } else {
            format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1])
        };
        return Err(Exc::type_error(format!(
            "{fname}() missing {n} required positional argument{}: {list}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok((pos_out, kw_out, rest))
}

fn unexpected_kw(vm: &Vm, cls: &str, rest: &[(Value, Value)]) -> PyResult<()> {
    if let Some((k, _)) = rest.first() {
        let name = vm.as_str(*k).unwrap_or("");
        return Err(Exc::type_error(format!(
            "{cls}.__init__() got an unexpected keyword argument '{name}'"
        )));
    }
    Ok(())
}

fn is_none(v: Option<Value>) -> bool {
    v.is_none_or(|v| v.is_none())
}

fn truthy_or(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

// ---- encoding ------------------------------------------------------------------------------

const ENC_KW: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

/// The indent unit from an `indent` value (`' ' * n` for ints).
fn indent_unit(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(s) = vm.as_str(v) {
        return Ok(Some(s.to_string()));
    }
    match vm.unwrap_builtin(v) {
        Value::Int(n) => Ok(Some(" ".repeat(n.clamp(0, 1 << 20) as usize))),
        Value::Bool(b) => Ok(Some(if b { " ".into() } else { String::new() })),
        _ => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "can't multiply sequence by non-int of type '{t}'"
            )))
        }
    }
}

fn sep_str(vm: &Vm, v: Value, c_mode: bool, arg: u32) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(if c_mode {
                format!("make_encoder() argument {arg} must be str, not {t}")
            } else {
                format!("can only concatenate str (not \"{t}\") to str")
            }))
        }
    }
}

/// Unpacks `separators` into (item, key).
fn separators(vm: &mut Vm, v: Value) -> PyResult<(Value, Value)> {
    let items = vm.collect(v)?;
    match items.len() {
        2 => Ok((items[0], items[1])),
        n if n > 2 => Err(Exc::value_error("too many values to unpack (expected 2)")),
        n => Err(Exc::value_error(format!(
            "not enough values to unpack (expected 2, got {n})"
        ))),
    }
}

/// Encodes with options; returns the text (and chunk ends when `chunks` is given).
fn run_encode(
    vm: &mut Vm,
    obj: Value,
    opts: &EncOpts,
    chunks: Option<&mut Vec<usize>>,
) -> Result<String, (Exc, String)> {
    let mut out = String::new();
    match encode::encode(vm, obj, opts, &mut out, chunks) {
        Ok(()) => Ok(out),
        Err(e) => Err((e, out)),
    }
}

fn json_dumps(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, kw, rest) = bind(vm, args, "dumps", &["obj"], ENC_KW, 0)?;
    let obj = pos[0];
    let cls = kw[4];
    if !is_none(cls) {
        let enc = make_encoder_instance(vm, cls.unwrap_or(Value::None), &kw, &rest)?;
        let encode = vm.getattr(enc, "encode")?;
        return vm.call(encode, &[obj]);
    }
    unexpected_kw(vm, "JSONEncoder", &rest)?;
    let opts = enc_opts_from_kw(vm, &kw, true)?;
    let text = run_encode(vm, obj, &opts, None).map_err(|(e, _)| e)?;
    vm.new_str(text)
}

/// `cls(skipkeys=..., ...)` for `dumps`/`dump` with `cls`.
fn make_encoder_instance(
    vm: &mut Vm,
    cls: Value,
    kw: &[Option<Value>],
    rest: &[(Value, Value)],
) -> PyResult<Value> {
    let mut a = Args::new(&[]);
    let defaults = [
        Value::Bool(false),
        Value::Bool(true),
        Value::Bool(true),
        Value::Bool(true),
        Value::None,
        Value::None,
        Value::None,
        Value::None,
        Value::Bool(false),
    ];
    for (i, name) in ENC_KW.iter().enumerate() {
        if *name == "cls" {
            continue;
        }
        let k = vm.new_str(name.to_string())?;
        a.kw.push((k, kw[i].unwrap_or(defaults[i])));
    }
    a.kw.extend(rest.iter().copied());
    vm.call_args(cls, a)
}

/// Options from `dumps` keywords (when no `cls` is given).
fn enc_opts_from_kw(vm: &mut Vm, kw: &[Option<Value>], one_shot: bool) -> PyResult<EncOpts> {
    let indent = match kw[5] {
        Some(v) => indent_unit(vm, v)?,
        None => None,
    };
    let c_mode = one_shot && indent.is_none();
    let (item_sep, key_sep) = match kw[6].filter(|v| !v.is_none()) {
        Some(seps) => {
            let (i, k) = separators(vm, seps)?;
            let key = sep_str(vm, k, c_mode, 5)?;
            (sep_str(vm, i, c_mode, 6)?, key)
        }
        None => {
            if indent.is_some() {
                (",".to_string(), ": ".to_string())
            } else {
                (", ".to_string(), ": ".to_string())
            }
        }
    };
    Ok(EncOpts {
        skipkeys: truthy_or(vm, kw[0], false)?,
        ensure_ascii: truthy_or(vm, kw[1], true)?,
        check_circular: truthy_or(vm, kw[2], true)?,
        allow_nan: truthy_or(vm, kw[3], true)?,
        sort_keys: truthy_or(vm, kw[8], false)?,
        indent,
        item_sep,
        key_sep,
        default: kw[7].filter(|v| !v.is_none()),
        c_mode,
    })
}

/// Options read from a `JSONEncoder` instance (its attributes, as CPython's `iterencode` does).
fn enc_opts_from_instance(vm: &mut Vm, enc: Value, one_shot: bool) -> PyResult<EncOpts> {
    let get = |vm: &mut Vm, name: &str| -> PyResult<Option<Value>> { vm.getattr_opt(enc, name) };
    let skipkeys = get(vm, "skipkeys")?;
    let ensure_ascii = get(vm, "ensure_ascii")?;
    let check_circular = get(vm, "check_circular")?;
    let allow_nan = get(vm, "allow_nan")?;
    let sort_keys = get(vm, "sort_keys")?;
    let indent_v = get(vm, "indent")?;
    let item = get(vm, "item_separator")?;
    let key = get(vm, "key_separator")?;
    let default = get(vm, "default")?;
    let indent = match indent_v {
        Some(v) => indent_unit(vm, v)?,
        None => None,
    };
    let c_mode = one_shot && indent.is_none();
    let key_sep = match key {
        Some(v) => sep_str(vm, v, c_mode, 5)?,
        None => ": ".into(),
    };
    let item_sep = match item {
        Some(v) => sep_str(vm, v, c_mode, 6)?,
        None => ", ".into(),
    };
    Ok(EncOpts {
        skipkeys: truthy_or(vm, skipkeys, false)?,
        ensure_ascii: truthy_or(vm, ensure_ascii, true)?,
        check_circular: truthy_or(vm, check_circular, true)?,
        allow_nan: truthy_or(vm, allow_nan, true)?,
        sort_keys: truthy_or(vm, sort_keys, false)?,
        indent,
        item_sep,
        key_sep,
        default,
        c_mode,
    })
}

/// Writes `text` to `fp` in the given pieces.
fn write_chunks(vm: &mut Vm, fp: Value, text: &str, chunks: &[usize]) -> PyResult<()> {
    let write = vm.getattr(fp, "write")?;
    let mut start = 0;
    for &end in chunks {
        if end <= start || end > text.len() {
            continue;
        }
        let piece = vm.new_str(text[start..end].to_string())?;
        vm.call(write, &[piece])?;
        start = end;
    }
    if start < text.len() {
        let piece = vm.new_str(text[start..].to_string())?;
        vm.call(write, &[piece])?;
    }
    Ok(())
}

fn json_dump(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, kw, rest) = bind(vm, args, "dump", &["obj", "fp"], ENC_KW, 0)?;
    let (obj, fp) = (pos[0], pos[1]);
    let cls = kw[4];
    if !is_none(cls) {
        let enc = make_encoder_instance(vm, cls.unwrap_or(Value::None), &kw, &rest)?;
        let iterencode = vm.getattr(enc, "iterencode")?;
        let it = vm.call(iterencode, &[obj])?;
        let write = vm.getattr(fp, "write")?;
        let iter = vm.get_iter(it)?;
        while let Some(chunk) = vm.iter_next(iter)? {
            vm.call(write, &[chunk])?;
        }
        return Ok(Value::None);
    }
    unexpected_kw(vm, "JSONEncoder", &rest)?;
    let opts = enc_opts_from_kw(vm, &kw, false)?;
    let mut chunks = Vec::new();
    match run_encode(vm, obj, &opts, Some(&mut chunks)) {
        Ok(text) => write_chunks(vm, fp, &text, &chunks)?,
        Err((e, partial)) => {
            // CPython has written the pieces produced before the error.
            let done: Vec<usize> = chunks.into_iter().filter(|c| *c <= partial.len()).collect();
            let upto = done.last().copied().unwrap_or(0);
            write_chunks(vm, fp, &partial[..upto], &done)?;
            return Err(e);
        }
    }
    Ok(Value::None)
}

/// `JSONEncoder.__init__(self, *, skipkeys=False, ...)`.
fn encoder_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let names = &[
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "sort_keys",
        "indent",
        "separators",
        "default",
    ];
    let (_, kw, rest) = bind(vm, args, "__init__", &[], names, 1)?;
    unexpected_kw(vm, "JSONEncoder", &rest)?;
    let this = args.this();
    let defaults = [
        Value::Bool(false),
        Value::Bool(true),
        Value::Bool(true),
        Value::Bool(true),
        Value::Bool(false),
        Value::None,
    ];
    for (i, name) in names.iter().take(6).enumerate() {
        vm.setattr(this, name, kw[i].unwrap_or(defaults[i]))?;
    }
    let indent = kw[5].unwrap_or(Value::None);
    match kw[6].filter(|v| !v.is_none()) {
        Some(seps) => {
            let (i, k) = separators(vm, seps)?;
            vm.setattr(this, "item_separator", i)?;
            vm.setattr(this, "key_separator", k)?;
        }
        None => {
            if !indent.is_none() {
                let comma = vm.new_str(",".into())?;
                vm.setattr(this, "item_separator", comma)?;
            }
        }
    }
    if let Some(d) = kw[7].filter(|v| !v.is_none()) {
        vm.setattr(this, "default", d)?;
    }
    Ok(Value::None)
}

fn encoder_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("encode")?;
    if args.pos.len() != 2 {
        return Err(Exc::type_error(format!(
            "JSONEncoder.encode() takes 2 positional arguments but {} were given",
            args.pos.len()
        )));
    }
    let this = args.this();
    let obj = args.pos[1];
    let opts = enc_opts_from_instance(vm, this, true)?;
    let text = run_encode(vm, obj, &opts, None).map_err(|(e, _)| e)?;
    vm.new_str(text)
}

fn encoder_iterencode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, kw, _) = bind(vm, args, "iterencode", &["o"], &["_one_shot"], 1)?;
    let one_shot = truthy_or(vm, kw[0], false)?;
    let this = args.this();
    let opts = enc_opts_from_instance(vm, this, one_shot)?;
    let mut chunks = Vec::new();
    let text = run_encode(vm, pos[0], &opts, Some(&mut chunks)).map_err(|(e, _)| e)?;
    let mut pieces = Vec::new();
    let mut start = 0;
    for end in chunks {
        if end > start && end <= text.len() {
            pieces.push(vm.new_str(text[start..end].to_string())?);
            start = end;
        }
    }
    if start < text.len() {
        pieces.push(vm.new_str(text[start..].to_string())?);
    }
    let list = vm.new_list(pieces)?;
    vm.get_iter(list)
}

fn encoder_default(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, _, rest) = bind(vm, args, "default", &["o"], &[], 1)?;
    unexpected_kw(vm, "JSONEncoder", &rest)?;
    let t = vm.type_name(pos[0]);
    Err(Exc::type_error(format!(
        "Object of type {t} is not JSON serializable"
    )))
}

// ---- decoding ------------------------------------------------------------------------------

/// Builds a `JSONDecodeError(msg, doc, pos)` (pos in characters).
fn decode_error(vm: &mut Vm, msg: &str, doc: Value, pos: usize) -> Exc {
    let r = (|| -> PyResult<Exc> {
        let cls = vm.std_class("json.JSONDecodeError", make_error)?;
        let exc = vm.exception_msg(cls, msg)?;
        if let Exc::Object(id) = exc {
            let msg_v = vm.new_str(msg.to_string())?;
            let pos_v = Value::Int(pos as i64);
            fill_decode_error(vm, Value::Obj(id), msg_v, doc, pos_v)?;
        }
        Ok(exc)
    })();
    match r {
        Ok(e) | Err(e) => e,
    }
}

/// Sets the attributes and message of a `JSONDecodeError`.
fn fill_decode_error(vm: &mut Vm, exc: Value, msg: Value, doc: Value, pos: Value) -> PyResult<()> {
    let p = vm.index_value(pos)?;
    let (lineno, colno) = match vm.as_str(doc) {
        Some(text) => {
            let upto: String = text.chars().take(p.max(0) as usize).collect();
            let line = upto.matches('\n').count() as i64 + 1;
            let col = match upto.rfind('\n') {
                Some(b) => p - (upto[..b].chars().count() as i64),
                None => p + 1,
            };
            (line, col)
        }
        None => {
            let t = vm.type_name(doc);
            return Err(Exc::type_error(format!("must be str, not {t}")));
        }
    };
    let m = vm.to_str(msg)?;
    let full = format!("{m}: line {lineno} column {colno} (char {p})");
    let full_v = vm.new_str(full)?;
    if let Some(id) = exc.as_obj() {
        if let Object::Instance(inst) = vm.heap.get_mut(id) {
            if let Some(e) = inst.exc_mut() {
                e.args = vec![full_v];
            }
        }
    }
    vm.setattr(exc, "msg", msg)?;
    vm.setattr(exc, "doc", doc)?;
    vm.setattr(exc, "pos", pos)?;
    vm.setattr(exc, "lineno", Value::Int(lineno))?;
    vm.setattr(exc, "colno", Value::Int(colno))?;
    Ok(())
}

/// `JSONDecodeError.__init__(self, msg, doc, pos)`.
fn error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, _, rest) = bind(vm, args, "__init__", &["msg", "doc", "pos"], &[], 1)?;
    unexpected_kw(vm, "JSONDecodeError", &rest)?;
    fill_decode_error(vm, args.this(), pos[0], pos[1], pos[2])?;
    Ok(Value::None)
}

/// Character offset of byte offset `b` in `text`.
fn char_pos(text: &str, b: usize) -> usize {
    let b = b.min(text.len());
    if text.is_ascii() {
        return b;
    }
    text.as_bytes()[..b]
        .iter()
        .filter(|x| (*x & 0xC0) != 0x80)
        .count()
}

fn byte_pos(text: &str, c: usize) -> usize {
    if text.is_ascii() {
        return c.min(text.len());
    }
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

fn dec_error(vm: &mut Vm, e: DecError, text: &str, doc: Value) -> Exc {
    match e {
        DecError::Exc(e) => e,
        DecError::At(msg, b) => {
            let p = char_pos(text, b);
            decode_error(vm, msg, doc, p)
        }
    }
}

/// The text of a `loads` argument: str as is, bytes decoded as UTF-8.
fn document(vm: &mut Vm, s: Value) -> PyResult<(String, Value)> {
    if let Some(t) = vm.as_str(s) {
        let text = t.to_string();
        if text.starts_with('\u{feff}') {
            return Err(decode_error(
                vm,
                "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                s,
                0,
            ));
        }
        return Ok((text, s));
    }
    let bytes: Option<Vec<u8>> = match vm.unwrap_builtin(s) {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.clone()),
            Object::Str(st) => {
                let text = st.s.clone();
                return Ok((text, s));
            }
            _ => None,
        },
        _ => None,
    };
    let Some(mut bytes) = bytes else {
        let t = vm.type_name(s);
        return Err(Exc::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {t}"
        )));
    };
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let doc = vm.new_str(text.clone())?;
            Ok((text, doc))
        }
        Err(e) => {
            let err = e.utf8_error();
            let at = err.valid_up_to();
            let b = e.as_bytes().get(at).copied().unwrap_or(0);
            let reason = match err.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xC2).contains(&b) || b > 0xF4 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            Err(Exc::new(
                BuiltinType::UnicodeDecodeError,
                format!("'utf-8' codec can't decode byte 0x{b:02x} in position {at}: {reason}"),
            ))
        }
    }
}

/// `JSONDecoder.decode` semantics: skip whitespace, one value, whitespace, end.
fn decode_text(vm: &mut Vm, text: &str, doc: Value, opts: &DecOpts) -> PyResult<Value> {
    let start = decode::whitespace_end(text, 0);
    let (v, end) = match decode::raw_decode(vm, text, start, opts) {
        Ok(r) => r,
        Err(e) => return Err(dec_error(vm, e, text, doc)),
    };
    let end = decode::whitespace_end(text, end);
    if end != text.len() {
        let p = char_pos(text, end);
        return Err(decode_error(vm, "Extra data", doc, p));
    }
    Ok(v)
}

const DEC_KW: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
];

fn is_type(v: Option<Value>, t: BuiltinType) -> bool {
    matches!(v, Some(Value::Type(x)) if x == t)
}

fn loads_impl(
    vm: &mut Vm,
    s: Value,
    kw: &[Option<Value>],
    rest: &[(Value, Value)],
) -> PyResult<Value> {
    let (text, doc) = document(vm, s)?;
    let cls = kw[0];
    if !is_none(cls) {
        let mut a = Args::new(&[]);
        for (i, name) in DEC_KW.iter().enumerate().skip(1) {
            if let Some(v) = kw[i].filter(|v| !v.is_none()) {
                let k = vm.new_str(name.to_string())?;
                a.kw.push((k, v));
            }
        }
        a.kw.extend(rest.iter().copied());
        let dec = vm.call_args(cls.unwrap_or(Value::None), a)?;
        let decode = vm.getattr(dec, "decode")?;
        return vm.call(decode, &[doc]);
    }
    let mut strict = true;
    for (k, v) in rest {
        if vm.str_eq_literal(*k, "strict") {
            strict = vm.truthy(*v)?;
        } else {
            let name = vm.as_str(*k).unwrap_or("").to_string();
            return Err(Exc::type_error(format!(
                "JSONDecoder.__init__() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    let opts = DecOpts {
        object_hook: kw[1].filter(|v| !v.is_none()),
        parse_float: kw[2].filter(|v| !v.is_none()),
        parse_int: kw[3].filter(|v| !v.is_none()),
        parse_constant: kw[4].filter(|v| !v.is_none()),
        object_pairs_hook: kw[5].filter(|v| !v.is_none()),
        strict,
    };
    decode_text(vm, &text, doc, &opts)
}

fn json_loads(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, kw, rest) = bind(vm, args, "loads", &["s"], DEC_KW, 0)?;
    loads_impl(vm, pos[0], &kw, &rest)
}

fn json_load(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, kw, rest) = bind(vm, args, "load", &["fp"], DEC_KW, 0)?;
    let read = vm.getattr(pos[0], "read")?;
    let s = vm.call(read, &[])?;
    loads_impl(vm, s, &kw, &rest)
}

/// `JSONDecoder.__init__(self, *, object_hook=None, ...)`.
fn decoder_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let names = &[
        "object_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
        "strict",
        "object_pairs_hook",
    ];
    let (_, kw, rest) = bind(vm, args, "__init__", &[], names, 1)?;
    unexpected_kw(vm, "JSONDecoder", &rest)?;
    let this = args.this();
    vm.setattr(this, "object_hook", kw[0].unwrap_or(Value::None))?;
    let pf = kw[1]
        .filter(|v| !v.is_none())
        .unwrap_or(Value::Type(BuiltinType::Float));
    vm.setattr(this, "parse_float", pf)?;
    let pi = kw[2]
        .filter(|v| !v.is_none())
        .unwrap_or(Value::Type(BuiltinType::Int));
    vm.setattr(this, "parse_int", pi)?;
    vm.setattr(this, "parse_constant", kw[3].unwrap_or(Value::None))?;
    vm.setattr(this, "strict", kw[4].unwrap_or(Value::Bool(true)))?;
    vm.setattr(this, "object_pairs_hook", kw[5].unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn dec_opts_from_instance(vm: &mut Vm, dec: Value) -> PyResult<DecOpts> {
    let object_hook = vm.getattr_opt(dec, "object_hook")?;
    let object_pairs_hook = vm.getattr_opt(dec, "object_pairs_hook")?;
    let parse_float = vm.getattr_opt(dec, "parse_float")?;
    let parse_int = vm.getattr_opt(dec, "parse_int")?;
    let parse_constant = vm.getattr_opt(dec, "parse_constant")?;
    let strict = vm.getattr_opt(dec, "strict")?;
    Ok(DecOpts {
        object_hook: object_hook.filter(|v| !v.is_none()),
        object_pairs_hook: object_pairs_hook.filter(|v| !v.is_none()),
        parse_float: parse_float.filter(|v| !v.is_none() && !is_type(Some(*v), BuiltinType::Float)),
        parse_int: parse_int.filter(|v| !v.is_none() && !is_type(Some(*v), BuiltinType::Int)),
        parse_constant: parse_constant.filter(|v| !v.is_none()),
        strict: truthy_or(vm, strict, true)?,
    })
}

fn str_arg(vm: &Vm, v: Value) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(Exc::type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
    }
}

fn decoder_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, _, rest) = bind(vm, args, "decode", &["s"], &[], 1)?;
    unexpected_kw(vm, "JSONDecoder", &rest)?;
    let text = str_arg(vm, pos[0])?;
    let opts = dec_opts_from_instance(vm, args.this())?;
    decode_text(vm, &text, pos[0], &opts)
}

fn decoder_raw_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (pos, _, rest) = bind_opt(vm, args, "raw_decode", &["s", "idx"], 1, &[], 1)?;
    unexpected_kw(vm, "JSONDecoder", &rest)?;
    let s = pos[0].unwrap_or(Value::None);
    let text = str_arg(vm, s)?;
    let idx = match pos[1] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let opts = dec_opts_from_instance(vm, args.this())?;
    let start = byte_pos(&text, idx.max(0) as usize);
    match decode::raw_decode(vm, &text, start, &opts) {
        Ok((v, end)) => {
            let e = char_pos(&text, end) as i64;
            vm.new_tuple(vec![v, Value::Int(e)])
        }
        Err(e) => Err(dec_error(vm, e, &text, s)),
    }
}
