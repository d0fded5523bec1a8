//! Support shared by the text and data modules (`string`, `textwrap`, `io`, `csv`, `hashlib`,
//! `uuid`, `urllib.parse`, `sys`, `os`): not a module itself.
//!
//! - [`bind`]: binds a native call's arguments to a signature with the messages CPython gives
//!   for functions written in Python (`wrap() missing 1 required positional argument: 'text'`),
//!   since most of these modules are pure Python in CPython.
//! - Named-tuple-like classes ([`tuple_class`]): tuple subclasses with read-only named fields,
//!   `_fields`, `_replace`, `_asdict`, `_make` and a `Name(field=value, ...)` repr
//!   (`urllib.parse.ParseResult`), or a structseq repr (`sys.version_info(major=3, ...)`).
//! - [`TextData`]: the native state of the instances of these modules' classes.

use serde::{Deserialize, Serialize};

use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// The state of an instance of a native class of the text and data modules.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum TextData {
    /// A named-tuple field getter: the field's index.
    Field(usize),
    StringIO(crate::modules::io::StrBuf),
    BytesIO(crate::modules::io::ByteBuf),
    Hash(crate::modules::hashlib::HashState),
    Uuid(u128),
    CsvReader(crate::modules::csv::ReaderState),
    CsvWriter(crate::modules::csv::WriterState),
    CsvDialect(crate::modules::csv::Dialect),
    /// `sys.stdout` (false) or `sys.stderr` (true).
    StdStream(bool),
}

impl TextData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            TextData::CsvReader(r) => r.trace(f),
            TextData::CsvWriter(w) => w.trace(f),
            _ => {}
        }
    }

    pub fn size_estimate(&self) -> usize {
        std::mem::size_of::<TextData>()
            + match self {
                TextData::StringIO(b) => b.size_estimate(),
                TextData::BytesIO(b) => b.size_estimate(),
                TextData::CsvReader(r) => r.size_estimate(),
                _ => 0,
            }
    }
}

/// The text-module state of `v`, if it has one.
pub fn text_data(vm: &Vm, v: Value) -> Option<&TextData> {
    match vm.native_data(v) {
        Some(NativeData::Text(t)) => Some(t),
        _ => None,
    }
}

/// The text-module state of `v`, mutably.
pub fn text_data_mut(vm: &mut Vm, v: Value) -> Option<&mut TextData> {
    match vm.native_data_mut(v) {
        Some(NativeData::Text(t)) => Some(t),
        _ => None,
    }
}

/// Declares an enum grouping several `native_methods!` enums (one per class, so method names
/// may repeat), with `name()` and `call()`.
macro_rules! fn_group {
    ($vis:vis enum $name:ident { $( $variant:ident($inner:ty), )* }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name { $( $variant($inner), )* }

        impl $name {
            pub fn name(self) -> &'static str {
                match self { $( $name::$variant(f) => f.name(), )* }
            }

            pub fn call(
                self,
                vm: &mut $crate::vm::Vm,
                args: &$crate::builtins::Args,
            ) -> $crate::error::PyResult<$crate::value::Value> {
                match self { $( $name::$variant(f) => f.call(vm, args), )* }
            }
        }
    };
}
pub(crate) use fn_group;

// ---- argument binding ---------------------------------------------------------------------------

/// The signature of a function written in Python, for [`bind`].
pub struct Sig<'a> {
    /// The name in messages: `wrap`, or `TextWrapper.__init__` for methods.
    pub name: &'a str,
    /// Every named parameter: positional ones (including `self`) then keyword-only ones.
    pub params: &'a [&'a str],
    /// How many of `params` may be given by position.
    pub npos: usize,
    /// How many leading parameters are positional-only (`/`).
    pub posonly: usize,
    /// How many leading positional parameters have no default.
    pub required: usize,
    /// Keyword-only parameters without a default.
    pub kw_required: &'a [&'a str],
    /// Accepts `*args` (extra positional arguments are returned in `Bound::rest`).
    pub varargs: bool,
    /// Accepts `**kwargs` (unknown keywords are returned in `Bound::extra`).
    pub varkw: bool,
}

impl<'a> Sig<'a> {
    /// A signature whose parameters can all be given by position or keyword.
    pub const fn simple(name: &'a str, params: &'a [&'a str], required: usize) -> Sig<'a> {
        Sig {
            name,
            params,
            npos: params.len(),
            posonly: 0,
            required,
            kw_required: &[],
            varargs: false,
            varkw: false,
        }
    }
}

/// The arguments of a call bound to a [`Sig`].
pub struct Bound {
    /// One slot per parameter, `None` when not given.
    pub vals: Vec<Option<Value>>,
    /// Positional arguments beyond the named ones (`*args`).
    pub rest: Vec<Value>,
    /// Keyword arguments that name no parameter (`**kwargs`), in call order.
    pub extra: Vec<(Value, Value)>,
}

impl Bound {
    pub fn get(&self, i: usize) -> Option<Value> {
        self.vals.get(i).copied().flatten()
    }

    /// The argument `i`, or `None` (Python's) when not given.
    pub fn or_none(&self, i: usize) -> Value {
        self.get(i).unwrap_or(Value::None)
    }
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds `args` to `sig` with CPython's messages for Python functions.
pub fn bind(vm: &Vm, args: &Args, sig: &Sig) -> PyResult<Bound> {
    let name = sig.name;
    let mut vals: Vec<Option<Value>> = vec![None; sig.params.len()];
    let mut rest = Vec::new();
    let nargs = args.pos.len();
    for (i, v) in args.pos.iter().enumerate() {
        if i < sig.npos {
            vals[i] = Some(*v);
        } else {
            rest.push(*v);
        }
    }
    let mut extra = Vec::new();
    for (k, v) in &args.kw {
        let key = vm.as_str(*k).unwrap_or("");
        let found = sig
            .params
            .iter()
            .position(|p| *p == key)
            .filter(|&i| i >= sig.posonly);
        match found {
            Some(i) => {
                if vals[i].is_some() {
                    return Err(Exc::type_error(format!(
                        "{name}() got multiple values for argument '{key}'"
                    )));
                }
                vals[i] = Some(*v);
            }
            None if sig.varkw => extra.push((*k, *v)),
            None => {
                if sig.params[..sig.posonly.min(sig.params.len())].contains(&key) {
                    return Err(Exc::type_error(format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: '{key}'"
                    )));
                }
                return Err(Exc::type_error(format!(
                    "{name}() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    if nargs > sig.npos && !sig.varargs {
        let given = if nargs == 1 { "was" } else { "were" };
        let msg = if sig.required < sig.npos {
            format!(
                "{name}() takes from {} to {} positional arguments but {nargs} {given} given",
                sig.required, sig.npos
            )
        } else {
            format!(
                "{name}() takes {} positional argument{} but {nargs} {given} given",
                sig.npos,
                if sig.npos == 1 { "" } else { "s" }
            )
        };
        return Err(Exc::type_error(msg));
    }
    let missing: Vec<&str> = (0..sig.required)
        .filter(|&i| vals[i].is_none())
        .map(|i| sig.params[i])
        .collect();
    if !missing.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    let missing_kw: Vec<&str> = sig
        .kw_required
        .iter()
        .copied()
        .filter(|k| {
            sig.params
                .iter()
                .position(|p| p == k)
                .is_some_and(|i| vals[i].is_none())
        })
        .collect();
    if !missing_kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() missing {} required keyword-only argument{}: {}",
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            quoted_list(&missing_kw)
        )));
    }
    Ok(Bound { vals, rest, extra })
}

// ---- small conversions --------------------------------------------------------------------------

/// The text of a str value (or str subclass instance).
pub fn str_of(vm: &Vm, v: Value) -> Option<String> {
    vm.str_value(vm.unwrap_builtin(v))
}

/// The bytes of a bytes-like value (bytes, bytearray, or a subclass instance).
pub fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    crate::builtins::bytes::bytes_of(vm, v)
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required, not 'str'`.
pub fn need_bytes(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_like(vm, v).ok_or_else(|| {
        Exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// A new str value from `s`, reserving its memory first.
pub fn new_str(vm: &mut Vm, s: String) -> PyResult<Value> {
    vm.reserve(s.len())?;
    vm.new_str(s)
}

/// A list of str values.
pub fn str_list(vm: &mut Vm, items: Vec<String>) -> PyResult<Value> {
    let mut out = Vec::with_capacity(items.len());
    for s in items {
        out.push(vm.new_str(s)?);
    }
    vm.new_list(out)
}

/// A bool argument by truth value.
pub fn truth(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

// ---- named-tuple-like classes -------------------------------------------------------------------

native_methods! {
    pub enum TupleFn {
        GetterCall => "__call__" => getter_call,
        ReadOnly => "__set__" => read_only,
        New => "__new__" => nt_new,
        Repr => "__repr__" => nt_repr,
        Replace => "_replace" => nt_replace,
        AsDict => "_asdict" => nt_asdict,
        Make => "_make" => nt_make,
        GetNewArgs => "__getnewargs__" => nt_getnewargs,
    }
}

fn tf(which: TupleFn) -> Value {
    crate::modules::sys::tuple_fn(which)
}

/// How a named-tuple-like class shows itself.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TupleRepr {
    /// `ParseResult(scheme='https', ...)` with the instance's class name; constructible.
    NamedTuple,
    /// `sys.version_info(major=3, ...)` (`module.name`); not constructible from Python.
    StructSeq,
}

fn getter_class(vm: &mut Vm) -> PyResult<Value> {
    vm.std_class("support._tuplegetter", |vm| {
        vm.new_native_class(NativeClass {
            name: "_tuplegetter",
            module: "collections",
            attrs: vec![("__call__", tf(TupleFn::GetterCall))],
            dotted_name: true,
            ..Default::default()
        })
    })
}

/// Creates a named-tuple-like class with read-only `fields`, plus `extra` attributes.
pub fn tuple_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    fields: &[&str],
    kind: TupleRepr,
    extra: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let getter_cls = getter_class(vm)?;
    let mut attrs: Vec<(&str, Value)> = Vec::new();
    let mut names = Vec::with_capacity(fields.len());
    for (i, field) in fields.iter().enumerate() {
        let getter = vm.new_native_instance(getter_cls, NativeData::Text(TextData::Field(i)))?;
        let prop = vm.native_property(getter, Some(tf(TupleFn::ReadOnly)))?;
        attrs.push((field, prop));
        names.push(vm.new_str(field.to_string())?);
    }
    let fields_t = vm.new_tuple(names.clone())?;
    attrs.push(("_fields", fields_t));
    match kind {
        TupleRepr::NamedTuple => {
            let match_args = vm.new_tuple(names)?;
            attrs.push(("__match_args__", match_args));
            let new = vm.static_method(tf(TupleFn::New))?;
            attrs.push(("__new__", new));
            attrs.push(("__repr__", tf(TupleFn::Repr)));
            attrs.push(("_replace", tf(TupleFn::Replace)));
            attrs.push(("_asdict", tf(TupleFn::AsDict)));
            let make = vm.class_method(tf(TupleFn::Make))?;
            attrs.push(("_make", make));
            attrs.push(("__getnewargs__", tf(TupleFn::GetNewArgs)));
            let defaults = vm.new_dict(Dict::new())?;
            attrs.push(("_field_defaults", defaults));
            let slots = vm.new_tuple(vec![])?;
            attrs.push(("__slots__", slots));
        }
        TupleRepr::StructSeq => {
            attrs.push(("__repr__", tf(TupleFn::Repr)));
            attrs.push(("n_fields", Value::Int(fields.len() as i64)));
            attrs.push(("n_sequence_fields", Value::Int(fields.len() as i64)));
            attrs.push(("n_unnamed_fields", Value::Int(0)));
        }
    }
    attrs.extend(extra);
    vm.new_native_class(NativeClass {
        name,
        module,
        bases: &[Value::Type(BuiltinType::Tuple)],
        attrs,
        dotted_name: kind == TupleRepr::StructSeq,
        ..Default::default()
    })
}

/// An instance of the tuple class `cls` holding `items`.
pub fn tuple_instance(vm: &mut Vm, cls: Value, items: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(items)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(t);
    vm.alloc(Object::Instance(Box::new(inst)))
}

/// The field names of a named-tuple-like class.
fn fields_of(vm: &mut Vm, cls: Value) -> PyResult<Vec<String>> {
    let Some(f) = vm.lookup_in_namespaces(cls, "_fields") else {
        return Ok(Vec::new());
    };
    let items = vm.collect(f)?;
    Ok(items.into_iter().filter_map(|v| str_of(vm, v)).collect())
}

fn getter_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let idx = match text_data(vm, args.this()) {
        Some(TextData::Field(i)) => *i,
        _ => return Err(Exc::type_error("descriptor expected")),
    };
    let obj = args.get(1).unwrap_or(Value::None);
    match vm.seq_items(obj).and_then(|items| items.get(idx).copied()) {
        Some(v) => Ok(v),
        None => Err(Exc::type_error(format!(
            "descriptor for index '{idx}' for tuple subclasses doesn't apply to '{}' object",
            vm.type_name(obj)
        ))),
    }
}

fn read_only(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = vm.type_of(args.this());
    if vm.lookup_in_namespaces(cls, "n_fields").is_some() {
        return Err(Exc::attribute_error("readonly attribute"));
    }
    Err(Exc::attribute_error("can't set attribute"))
}

fn nt_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let fields = fields_of(vm, cls)?;
    let names: Vec<&str> = fields.iter().map(String::as_str).collect();
    let mut params = vec!["_cls"];
    params.extend(names.iter().copied());
    let qual = format!("{}.__new__", vm.class_name(cls));
    let sig = Sig::simple(&qual, &params, params.len());
    let b = bind(vm, args, &sig)?;
    let items: Vec<Value> = (1..params.len()).map(|i| b.or_none(i)).collect();
    tuple_instance(vm, cls, items)
}

fn repr_fields(vm: &mut Vm, v: Value) -> PyResult<String> {
    let cls = vm.type_of(v);
    let fields = fields_of(vm, cls)?;
    let items = vm.seq_items(v).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (name, item) in fields.iter().zip(items) {
        let r = vm.repr(item)?;
        parts.push(format!("{name}={r}"));
    }
    Ok(parts.join(", "))
}

/// `Name(field=value, ...)`, or `module.name(...)` for a structseq.
fn nt_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this();
    let body = repr_fields(vm, v)?;
    let cls = vm.type_of(v);
    if vm.lookup_in_namespaces(cls, "n_fields").is_some() {
        let (name, module) = vm.class_qualname(cls);
        return vm.new_str(format!("{module}.{name}({body})"));
    }
    let tn = vm.type_name(v);
    vm.new_str(format!("{tn}({body})"))
}

fn nt_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    if args.pos.len() > 1 {
        return Err(Exc::type_error(format!(
            "{}._replace() takes 1 positional argument but {} were given",
            vm.type_name(this),
            args.pos.len()
        )));
    }
    let cls = vm.type_of(this);
    let fields = fields_of(vm, cls)?;
    let mut items = vm.seq_items(this).unwrap_or_default();
    let mut unknown = Vec::new();
    for (k, v) in &args.kw {
        let key = vm.as_str(*k).unwrap_or("");
        match fields.iter().position(|f| f == key) {
            Some(i) if i < items.len() => items[i] = *v,
            _ => unknown.push(*k),
        }
    }
    if !unknown.is_empty() {
        let l = vm.new_list(unknown)?;
        let r = vm.repr(l)?;
        return Err(Exc::value_error(format!("Got unexpected field names: {r}")));
    }
    tuple_instance(vm, cls, items)
}

fn nt_asdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let cls = vm.type_of(this);
    let fields = fields_of(vm, cls)?;
    let items = vm.seq_items(this).unwrap_or_default();
    let mut d = Dict::new();
    for (f, v) in fields.iter().zip(items) {
        vm.dict_insert_str(&mut d, f, v)?;
    }
    vm.new_dict(d)
}

fn nt_make(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this();
    let Some(it) = args.get(1) else {
        return Err(Exc::type_error(
            "_make() missing 1 required positional argument: 'iterable'",
        ));
    };
    let items = vm.collect(it)?;
    let n = fields_of(vm, cls)?.len();
    if items.len() != n {
        return Err(Exc::type_error(format!(
            "Expected {n} arguments, got {}",
            items.len()
        )));
    }
    tuple_instance(vm, cls, items)
}

fn nt_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = vm.seq_items(args.this()).unwrap_or_default();
    vm.new_tuple(items)
}
