//! `typing`'s functions: `cast`, `overload`, `no_type_check`, `final`, `runtime_checkable`,
//! `get_type_hints` (with a small evaluator for string annotations), `get_origin`, `get_args`,
//! `is_typeddict`, `assert_never`, `assert_type`, `dataclass_transform`.

use super::alias::{rebuild, type_check, union_type};
use super::{data, fv, AliasKind, Form, TypingData, TypingFn};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum FuncFn {
        Cast => "cast" => cast,
        Overload => "overload" => overload,
        OverloadDummy => "_overload_dummy" => overload_dummy,
        NoTypeCheck => "no_type_check" => no_type_check,
        Final => "final" => final_,
        RuntimeCheckable => "runtime_checkable" => runtime_checkable,
        GetTypeHints => "get_type_hints" => get_type_hints,
        GetOrigin => "get_origin" => get_origin,
        GetArgs => "get_args" => get_args,
        IsTypedDict => "is_typeddict" => is_typeddict,
        AssertNever => "assert_never" => assert_never,
        AssertType => "assert_type" => assert_type,
        DataclassTransform => "dataclass_transform" => dataclass_transform,
        Identity => "_identity" => identity,
    }
}

fn ff(f: FuncFn) -> Value {
    fv(TypingFn::Func(f))
}

/// The module-level functions.
pub(crate) fn functions() -> Vec<(&'static str, Value)> {
    [
        FuncFn::Cast,
        FuncFn::Overload,
        FuncFn::NoTypeCheck,
        FuncFn::Final,
        FuncFn::RuntimeCheckable,
        FuncFn::GetTypeHints,
        FuncFn::GetOrigin,
        FuncFn::GetArgs,
        FuncFn::IsTypedDict,
        FuncFn::AssertNever,
        FuncFn::AssertType,
        FuncFn::DataclassTransform,
    ]
    .into_iter()
    .map(|f| (f.name(), ff(f)))
    .collect()
}

fn cast(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.pos.len() {
        0 => {
            return Err(Exc::type_error(
                "cast() missing 2 required positional arguments: 'typ' and 'val'",
            ))
        }
        1 => {
            return Err(Exc::type_error(
                "cast() missing 1 required positional argument: 'val'",
            ))
        }
        _ => args.check_func("cast", 2, 2)?,
    }
    Ok(args.pos[1])
}

fn overload(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("overload", 1, 1)?;
    Ok(ff(FuncFn::OverloadDummy))
}

fn overload_dummy(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::new(
        BuiltinType::NotImplementedError,
        "You should not call an overloaded function. A series of @typing.overload-decorated functions outside a stub module should always be followed by an implementation that is not @typing.overload-decorated.",
    ))
}

fn set_flag(vm: &mut Vm, v: Value, name: &str) {
    let settable = matches!(
        v,
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Function(_) | Object::Class(_) | Object::Instance(_))
    );
    if settable {
        let _ = vm.setattr(v, name, Value::Bool(true));
    }
}

fn no_type_check(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("no_type_check", 1, 1)?;
    set_flag(vm, args.pos[0], "__no_type_check__");
    Ok(args.pos[0])
}

fn final_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("final", 1, 1)?;
    set_flag(vm, args.pos[0], "__final__");
    Ok(args.pos[0])
}

fn runtime_checkable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("runtime_checkable", 1, 1)?;
    let cls = args.pos[0];
    if !super::generic::is_protocol(vm, cls)? {
        let r = vm.repr(cls)?;
        return Err(Exc::type_error(format!(
            "@runtime_checkable can be only applied to protocol classes, got {r}"
        )));
    }
    crate::modules::dataclasses::set_class_attr(
        vm,
        cls,
        "_is_runtime_protocol",
        Value::Bool(true),
    )?;
    Ok(cls)
}

fn is_typeddict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("is_typeddict", 1, 1)?;
    super::structs::is_typeddict(vm, args.pos[0]).map(Value::Bool)
}

fn assert_never(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("assert_never", 1, 1)?;
    let r = vm.repr(args.pos[0])?;
    let r: String = if r.chars().count() > 100 {
        let mut s: String = r.chars().take(100).collect();
        s.push_str("...");
        s
    } else {
        r
    };
    Err(Exc::new(
        BuiltinType::AssertionError,
        format!("Expected code to be unreachable, but got: {r}"),
    ))
}

fn assert_type(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("assert_type", 2, 2)?;
    Ok(args.pos[0])
}

fn dataclass_transform(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(Exc::type_error(format!(
            "dataclass_transform() takes 0 positional arguments but {} were given",
            args.len()
        )));
    }
    Ok(ff(FuncFn::Identity))
}

fn identity(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("dataclass_transform", 1, 1)?;
    Ok(args.pos[0])
}

// ---- get_origin / get_args ----------------------------------------------------------------------

fn get_origin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("get_origin", 1, 1)?;
    let tp = args.pos[0];
    let generic = super::generic::generic_class(vm)?;
    if tp.is(generic) {
        return Ok(generic);
    }
    match data(vm, tp).cloned() {
        Some(TypingData::Alias(a)) => match a.kind {
            AliasKind::Annotated => super::form(vm, Form::Annotated),
            _ => Ok(a.origin),
        },
        Some(TypingData::SpecialAlias(s)) => super::alias::resolve_origin(vm, &s),
        Some(TypingData::UnionType(_)) => super::alias::obj_class(vm, "types.UnionType"),
        _ => Ok(Value::None),
    }
}

fn get_args(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("get_args", 1, 1)?;
    let tp = args.pos[0];
    match data(vm, tp).cloned() {
        Some(TypingData::Alias(a)) => {
            if a.kind == AliasKind::Callable {
                let n = a.args.len();
                if n >= 1 && !(n == 2 && matches!(a.args[0], Value::Ellipsis)) {
                    let params = vm.new_list(a.args[..n - 1].to_vec())?;
                    return vm.new_tuple(vec![params, a.args[n - 1]]);
                }
            }
            vm.new_tuple(a.args)
        }
        Some(TypingData::UnionType(u)) => vm.new_tuple(u),
        _ => vm.new_tuple(Vec::new()),
    }
}

// ---- get_type_hints ------------------------------------------------------------------------------

const MAX_EVAL_DEPTH: usize = 40;

struct Namespaces {
    globalns: Option<Value>,
    localns: Option<Value>,
}

fn get_type_hints(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(
        vm,
        "get_type_hints",
        &["globalns", "localns", "include_extras"],
    )?;
    args.check_func("get_type_hints", 1, 3)?;
    let obj = args.pos[0];
    let ns = Namespaces {
        globalns: args
            .get(1)
            .or_else(|| args.kwarg(vm, "globalns"))
            .filter(|v| !v.is_none()),
        localns: args
            .get(2)
            .or_else(|| args.kwarg(vm, "localns"))
            .filter(|v| !v.is_none()),
    };
    let include_extras = match args.kwarg(vm, "include_extras") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    if vm.is_class(obj) {
        let mut mro = vm.mro_of(obj)?;
        mro.reverse();
        for base in mro {
            if matches!(base, Value::Type(_)) {
                continue;
            }
            let Some(ann) = crate::modules::dataclasses::own_attr(vm, base, "__annotations__")
            else {
                continue;
            };
            for (k, v) in crate::modules::dataclasses::dict_items(vm, ann) {
                let v = resolve(vm, v, &ns, 0)?;
                match pairs
                    .iter_mut()
                    .find(|(pk, _)| vm.as_str(*pk) == vm.as_str(k))
                {
                    Some(slot) => slot.1 = v,
                    None => pairs.push((k, v)),
                }
            }
        }
    } else {
        let ann = match vm.getattr_opt(obj, "__annotations__")? {
            Some(a) => a,
            None => {
                let ok = matches!(obj, Value::Obj(id) if matches!(vm.heap.get(id), Object::Function(_) | Object::Module(_) | Object::BoundMethod(_)))
                    || matches!(obj, Value::Builtin(_));
                if ok {
                    return vm.new_dict(Dict::new());
                }
                let r = vm.repr(obj)?;
                return Err(Exc::type_error(format!(
                    "{r} is not a module, class, method, or function."
                )));
            }
        };
        for (k, v) in crate::modules::dataclasses::dict_items(vm, ann) {
            let v = resolve(vm, v, &ns, 0)?;
            pairs.push((k, v));
        }
    }
    let mut d = Dict::new();
    for (k, v) in pairs {
        let v = if include_extras {
            v
        } else {
            strip_extras(vm, v, 0)?
        };
        vm.dict_set_in(&mut d, k, v)?;
    }
    vm.new_dict(d)
}

/// Removes `Annotated`, `Required` and `NotRequired` wrappers.
fn strip_extras(vm: &mut Vm, v: Value, depth: usize) -> PyResult<Value> {
    if depth > MAX_EVAL_DEPTH {
        return Ok(v);
    }
    match data(vm, v).cloned() {
        Some(TypingData::Alias(a)) => {
            if a.kind == AliasKind::Annotated {
                let inner = a.args.first().copied().unwrap_or(Value::None);
                return strip_extras(vm, inner, depth + 1);
            }
            if a.kind == AliasKind::Form && (a.name == "Required" || a.name == "NotRequired") {
                let inner = a.args.first().copied().unwrap_or(Value::None);
                return strip_extras(vm, inner, depth + 1);
            }
            let mut changed = false;
            let mut new_args = Vec::with_capacity(a.args.len());
            for x in &a.args {
                let y = strip_extras(vm, *x, depth + 1)?;
                changed |= !y.is(*x);
                new_args.push(y);
            }
            if changed {
                rebuild(vm, &a, new_args)
            } else {
                Ok(v)
            }
        }
        _ => Ok(v),
    }
}

/// Evaluates string annotations and forward references inside `v`.
fn resolve(vm: &mut Vm, v: Value, ns: &Namespaces, depth: usize) -> PyResult<Value> {
    if depth > MAX_EVAL_DEPTH {
        return Err(Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    if v.is_none() {
        return Ok(Value::Type(BuiltinType::NoneType));
    }
    if vm.kind(v) == crate::vm::ops::Kind::Str && matches!(vm.type_of(v), Value::Type(_)) {
        let s = vm.str_value(v).unwrap_or_default();
        let r = eval_str(vm, &s, ns)?;
        let r = type_check(vm, r, "Forward references must evaluate to types.", true)?;
        return resolve(vm, r, ns, depth + 1);
    }
    match data(vm, v).cloned() {
        Some(TypingData::ForwardRef(s)) => {
            let r = eval_str(vm, &s, ns)?;
            let r = type_check(vm, r, "Forward references must evaluate to types.", true)?;
            resolve(vm, r, ns, depth + 1)
        }
        Some(TypingData::Alias(a)) => {
            if a.kind == AliasKind::Literal {
                return Ok(v);
            }
            let mut changed = false;
            let mut new_args = Vec::with_capacity(a.args.len());
            for (i, x) in a.args.iter().enumerate() {
                if a.kind == AliasKind::Annotated && i > 0 {
                    new_args.push(*x);
                    continue;
                }
                let y = resolve(vm, *x, ns, depth + 1)?;
                changed |= !y.is(*x);
                new_args.push(y);
            }
            if changed {
                rebuild(vm, &a, new_args)
            } else {
                Ok(v)
            }
        }
        Some(TypingData::UnionType(u)) => {
            let mut out = Vec::with_capacity(u.len());
            for x in &u {
                out.push(resolve(vm, *x, ns, depth + 1)?);
            }
            let mut acc = out[0];
            for x in out.into_iter().skip(1) {
                acc = union_type(vm, acc, x)?;
            }
            Ok(acc)
        }
        _ => Ok(v),
    }
}

// ---- a small evaluator for annotation strings ---------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Str(String),
    Int(i64),
    Punct(char),
    Ellipsis,
}

fn tokenize(s: &str) -> Option<Vec<Tok>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Name(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit()
            || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            out.push(Tok::Int(text.parse().ok()?));
        } else if c == '\'' || c == '"' {
            let q = c;
            i += 1;
            let mut text = String::new();
            while i < chars.len() && chars[i] != q {
                if chars[i] == '\\' && i + 1 < chars.len() {
                    i += 1;
                }
                text.push(chars[i]);
                i += 1;
            }
            if i >= chars.len() {
                return None;
            }
            i += 1;
            out.push(Tok::Str(text));
        } else if c == '.' && chars.get(i + 1) == Some(&'.') && chars.get(i + 2) == Some(&'.') {
            out.push(Tok::Ellipsis);
            i += 3;
        } else if "[](),.|".contains(c) {
            out.push(Tok::Punct(c));
            i += 1;
        } else {
            return None;
        }
    }
    Some(out)
}

struct Parser<'a> {
    toks: Vec<Tok>,
    pos: usize,
    ns: &'a Namespaces,
    depth: usize,
}

fn syntax_error(s: &str) -> Exc {
    Exc::new(
        BuiltinType::SyntaxError,
        format!("Forward reference must be an expression -- got '{s}'"),
    )
}

fn eval_str(vm: &mut Vm, s: &str, ns: &Namespaces) -> PyResult<Value> {
    let toks = tokenize(s).ok_or_else(|| syntax_error(s))?;
    let mut p = Parser {
        toks,
        pos: 0,
        ns,
        depth: 0,
    };
    let v = p.expr(vm).map_err(|e| match e {
        PErr::Syntax => syntax_error(s),
        PErr::Py(e) => e,
    })?;
    if p.pos != p.toks.len() {
        return Err(syntax_error(s));
    }
    Ok(v)
}

enum PErr {
    Syntax,
    Py(Exc),
}

impl From<Exc> for PErr {
    fn from(e: Exc) -> PErr {
        PErr::Py(e)
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expr(&mut self, vm: &mut Vm) -> Result<Value, PErr> {
        self.depth += 1;
        if self.depth > MAX_EVAL_DEPTH {
            return Err(PErr::Syntax);
        }
        let mut v = self.primary(vm)?;
        while self.eat('|') {
            let rhs = self.primary(vm)?;
            v = or_values(vm, v, rhs)?;
        }
        self.depth -= 1;
        Ok(v)
    }

    fn primary(&mut self, vm: &mut Vm) -> Result<Value, PErr> {
        let mut v = self.atom(vm)?;
        loop {
            if self.eat('.') {
                match self.toks.get(self.pos).cloned() {
                    Some(Tok::Name(n)) => {
                        self.pos += 1;
                        v = vm.getattr(v, &n)?;
                    }
                    _ => return Err(PErr::Syntax),
                }
            } else if self.eat('[') {
                let key = self.subscript(vm)?;
                if !self.eat(']') {
                    return Err(PErr::Syntax);
                }
                v = vm.getitem(v, key)?;
            } else {
                return Ok(v);
            }
        }
    }

    /// The items inside `[...]`: one value, or a tuple when there are commas.
    fn subscript(&mut self, vm: &mut Vm) -> Result<Value, PErr> {
        let mut items = Vec::new();
        let mut comma = false;
        loop {
            if self.peek() == Some(&Tok::Punct(']')) {
                break;
            }
            items.push(self.expr(vm)?);
            if self.eat(',') {
                comma = true;
            } else {
                break;
            }
        }
        if items.len() == 1 && !comma {
            return Ok(items[0]);
        }
        Ok(vm.new_tuple(items)?)
    }

    fn atom(&mut self, vm: &mut Vm) -> Result<Value, PErr> {
        let Some(t) = self.toks.get(self.pos).cloned() else {
            return Err(PErr::Syntax);
        };
        self.pos += 1;
        match t {
            Tok::Name(n) => Ok(lookup_name(vm, &n, self.ns)?),
            Tok::Str(s) => Ok(vm.new_str(s)?),
            Tok::Int(i) => Ok(Value::Int(i)),
            Tok::Ellipsis => Ok(Value::Ellipsis),
            Tok::Punct('[') => {
                let mut items = Vec::new();
                while self.peek() != Some(&Tok::Punct(']')) {
                    items.push(self.expr(vm)?);
                    if !self.eat(',') {
                        break;
                    }
                }
                if !self.eat(']') {
                    return Err(PErr::Syntax);
                }
                Ok(vm.new_list(items)?)
            }
            Tok::Punct('(') => {
                let mut items = Vec::new();
                let mut comma = false;
                while self.peek() != Some(&Tok::Punct(')')) {
                    items.push(self.expr(vm)?);
                    if self.eat(',') {
                        comma = true;
                    } else {
                        break;
                    }
                }
                if !self.eat(')') {
                    return Err(PErr::Syntax);
                }
                if items.len() == 1 && !comma {
                    return Ok(items[0]);
                }
                Ok(vm.new_tuple(items)?)
            }
            _ => Err(PErr::Syntax),
        }
    }
}

fn or_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let plain = |vm: &Vm, v: Value| v.is_none() || vm.is_class(v);
    if plain(vm, a) && plain(vm, b) {
        return union_type(vm, a, b);
    }
    let a = type_check(vm, a, "Union[arg, ...]: each arg must be a type.", false)?;
    let b = type_check(vm, b, "Union[arg, ...]: each arg must be a type.", false)?;
    super::alias::make_union(vm, vec![a, b])
}

fn lookup_name(vm: &mut Vm, name: &str, ns: &Namespaces) -> PyResult<Value> {
    match name {
        "None" => return Ok(Value::None),
        "True" => return Ok(Value::Bool(true)),
        "False" => return Ok(Value::Bool(false)),
        _ => {}
    }
    for d in [ns.localns, ns.globalns].into_iter().flatten() {
        if let Some(did) = vm.dict_id(d) {
            if let Some(v) = vm.dict_get_str(did, name) {
                return Ok(v);
            }
        }
    }
    if ns.globalns.is_none() {
        let program = vm.program.clone();
        if let Some(slot) = program.global_slot(name) {
            let v = vm.globals.get(slot).copied().unwrap_or(Value::Undefined);
            if !v.is_undefined() {
                return Ok(v);
            }
        }
    }
    if let Some(c) = crate::compile::builtin_const(name) {
        return vm.materialize_const(&c);
    }
    Err(vm.name_error(name))
}
