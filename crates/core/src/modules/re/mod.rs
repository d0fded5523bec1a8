//! `re`: regular expressions with CPython's syntax, semantics, messages and reprs.
//!
//! Supported: `compile`, `search`, `match`, `fullmatch`, `findall`, `finditer`, `sub`, `subn`,
//! `split`, `escape`, `purge`, `error`, `Pattern`, `Match`, `RegexFlag` and the flags (`A`/`ASCII`,
//! `I`/`IGNORECASE`, `L`/`LOCALE` (bytes only), `M`/`MULTILINE`, `S`/`DOTALL`, `U`/`UNICODE`,
//! `X`/`VERBOSE`, `T`/`TEMPLATE`, `NOFLAG`), inline flags (global and scoped), named groups and
//! backreferences, look-ahead and look-behind, atomic groups, possessive repeats, conditionals,
//! str and bytes patterns, `pos`/`endpos`, replacement templates (`\1`, `\g<name>`, `\g<0>`)
//! and callables.
//!
//! Engines (decision): patterns are parsed here (CPython's errors and positions), then run by
//! the linear-time `regex-automata` engine whenever they can be expressed there — the common
//! case, immune to catastrophic backtracking. Backreferences, look-arounds, atomic groups,
//! possessive repeats and conditionals (which a linear engine cannot express) run on our own
//! backtracking engine (`backtrack.rs`), which follows `sre`'s semantics exactly, counts its
//! steps, honours the VM's time limit and cancellation, and gives up with
//! `re.error("montybox: catastrophic backtracking ...")` after [`backtrack::STEP_LIMIT`] steps
//! instead of hanging. The backtracking engine also handles the rare cases the linear one
//! cannot answer Python's way: `$` on a subject ending with a newline, a non-empty match at the
//! position of a previous empty match, `\B` on an empty subject, and repeated groups whose
//! body can match empty (sre stops after an empty iteration and keeps its captures).
//!
//! Compiled patterns are cached per thread (compiling is pure); Pattern objects keep only their
//! source and flags in snapshots and recompile lazily after a load.
//!
//! Not supported: `re.DEBUG` (raises NotImplementedError), `\N{name}` escapes
//! (NotImplementedError), `Pattern.scanner`, `re.Scanner`, `re.template`, locale-dependent
//! matching (`re.LOCALE` on bytes matches like ASCII). `Pattern.groupindex` is a plain dict
//! rather than a mappingproxy. Groups nest at most 100 deep (RecursionError beyond, where
//! CPython's parser allows about 300). CPython 3.11's capture quirks inside possessive repeats
//! are not reproduced.

pub mod backtrack;
pub mod engine;
pub mod parse;
pub mod translate;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::builtins::class::{Instance, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::Args;
use crate::error::{Exc, LimitKind, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::modules::{func_value, ModuleFn};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

use engine::{Anchor, Compiled, ExecError, Slots, UNSET};
use parse::{ParseError, ASCII, DEBUG, DOTALL, IGNORECASE, LOCALE, MULTILINE, TEMPLATE};
use parse::{UNICODE, VERBOSE};

native_methods! {
    pub enum ModFn {
        Compile => "compile" => re_compile,
        Search => "search" => re_search,
        Match => "match" => re_match,
        FullMatch => "fullmatch" => re_fullmatch,
        Split => "split" => re_split,
        FindAll => "findall" => re_findall,
        FindIter => "finditer" => re_finditer,
        Sub => "sub" => re_sub,
        Subn => "subn" => re_subn,
        Escape => "escape" => re_escape,
        Purge => "purge" => re_purge,
        ErrorInit => "__init__" => error_init,
    }
}

native_methods! {
    pub enum PatternFn {
        New => "__new__" => pattern_new,
        Search => "search" => pattern_search,
        Match => "match" => pattern_match,
        FullMatch => "fullmatch" => pattern_fullmatch,
        Split => "split" => pattern_split,
        FindAll => "findall" => pattern_findall,
        FindIter => "finditer" => pattern_finditer,
        Sub => "sub" => pattern_sub,
        Subn => "subn" => pattern_subn,
        Repr => "__repr__" => pattern_repr,
        Eq => "__eq__" => pattern_eq,
        Hash => "__hash__" => pattern_hash,
        Copy => "__copy__" => return_self,
        DeepCopy => "__deepcopy__" => return_self,
        Pattern => "pattern" => pattern_pattern,
        Flags => "flags" => pattern_flags,
        Groups => "groups" => pattern_groups,
        GroupIndex => "groupindex" => pattern_groupindex,
    }
}

native_methods! {
    pub enum MatchFn {
        New => "__new__" => match_new,
        Group => "group" => match_group,
        GetItem => "__getitem__" => match_getitem,
        Groups => "groups" => match_groups,
        GroupDict => "groupdict" => match_groupdict,
        Start => "start" => match_start,
        End => "end" => match_end,
        Span => "span" => match_span,
        Expand => "expand" => match_expand,
        Repr => "__repr__" => match_repr,
        Copy => "__copy__" => return_self,
        DeepCopy => "__deepcopy__" => return_self,
        String => "string" => match_string,
        Re => "re" => match_re,
        Pos => "pos" => match_pos,
        EndPos => "endpos" => match_endpos,
        LastIndex => "lastindex" => match_lastindex,
        LastGroup => "lastgroup" => match_lastgroup,
        Regs => "regs" => match_regs,
    }
}

native_methods! {
    pub enum FlagFn {
        Repr => "__repr__" => flag_repr,
        Or => "__or__" => flag_or,
        ROr => "__ror__" => flag_or,
        And => "__and__" => flag_and,
        RAnd => "__rand__" => flag_and,
        Xor => "__xor__" => flag_xor,
        RXor => "__rxor__" => flag_xor,
        Invert => "__invert__" => flag_invert,
    }
}

native_methods! {
    pub enum IterFn {
        Iter => "__iter__" => return_self,
        Next => "__next__" => scanner_next,
    }
}

/// The native functions of `re` and of its classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReFn {
    Mod(ModFn),
    Pattern(PatternFn),
    Match(MatchFn),
    Flag(FlagFn),
    Iter(IterFn),
}

impl ReFn {
    pub fn name(self) -> &'static str {
        match self {
            ReFn::Mod(f) => f.name(),
            ReFn::Pattern(f) => f.name(),
            ReFn::Match(f) => f.name(),
            ReFn::Flag(f) => f.name(),
            ReFn::Iter(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            ReFn::Mod(f) => f.call(vm, args),
            ReFn::Pattern(f) => f.call(vm, args),
            ReFn::Match(f) => f.call(vm, args),
            ReFn::Flag(f) => f.call(vm, args),
            ReFn::Iter(f) => f.call(vm, args),
        }
    }
}

fn fv(f: ReFn) -> Value {
    func_value(ModuleFn::Re(f))
}

const FLAG_NAMES: &[(&str, u32)] = &[
    ("TEMPLATE", TEMPLATE),
    ("IGNORECASE", IGNORECASE),
    ("LOCALE", LOCALE),
    ("MULTILINE", MULTILINE),
    ("DOTALL", DOTALL),
    ("UNICODE", UNICODE),
    ("VERBOSE", VERBOSE),
    ("DEBUG", DEBUG),
    ("ASCII", ASCII),
];

/// The module's attributes.
pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    for name in ModFn::all_names() {
        if *name == "__init__" {
            continue;
        }
        if let Some(f) = ModFn::from_name(name) {
            out.push((name, fv(ReFn::Mod(f))));
        }
    }
    out.push(("error", vm.std_class("re.error", make_error)?));
    out.push(("Pattern", vm.std_class("re.Pattern", make_pattern)?));
    out.push(("Match", vm.std_class("re.Match", make_match)?));
    out.push(("RegexFlag", vm.std_class("re.RegexFlag", make_flag)?));
    let aliases: &[(&'static str, &'static str, u32)] = &[
        ("A", "ASCII", ASCII),
        ("I", "IGNORECASE", IGNORECASE),
        ("L", "LOCALE", LOCALE),
        ("M", "MULTILINE", MULTILINE),
        ("S", "DOTALL", DOTALL),
        ("U", "UNICODE", UNICODE),
        ("X", "VERBOSE", VERBOSE),
        ("T", "TEMPLATE", TEMPLATE),
    ];
    for (short, long, bits) in aliases {
        let v = new_flag(vm, *bits)?;
        out.push((short, v));
        out.push((long, v));
    }
    out.push(("DEBUG", new_flag(vm, DEBUG)?));
    out.push(("NOFLAG", new_flag(vm, 0)?));
    // The members are also attributes of the class (`re.RegexFlag.IGNORECASE`).
    let cls = vm.std_class("re.RegexFlag", make_flag)?;
    for (name, _) in FLAG_MEMBERS.iter().chain([("NOFLAG", 0)].iter()) {
        if let Some((_, v)) = out.iter().find(|(n, _)| n == name) {
            let v = *v;
            vm.setattr(cls, name, v)?;
        }
    }
    Ok(out)
}

// ---- classes -------------------------------------------------------------------------------

fn make_error(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "error",
        module: "re",
        bases: &[Value::Type(BuiltinType::Exception)],
        attrs: vec![("__init__", fv(ReFn::Mod(ModFn::ErrorInit)))],
        ..Default::default()
    })
}

fn make_pattern(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs = Vec::new();
    for name in PatternFn::all_names() {
        let Some(f) = PatternFn::from_name(name) else {
            continue;
        };
        let v = fv(ReFn::Pattern(f));
        let v = match f {
            PatternFn::New => vm.static_method(v)?,
            PatternFn::Pattern | PatternFn::Flags | PatternFn::Groups | PatternFn::GroupIndex => {
                vm.native_property(v, None)?
            }
            _ => v,
        };
        attrs.push((*name, v));
    }
    vm.new_native_class(NativeClass {
        name: "Pattern",
        module: "re",
        attrs,
        ..Default::default()
    })
}

fn make_match(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs = Vec::new();
    for name in MatchFn::all_names() {
        let Some(f) = MatchFn::from_name(name) else {
            continue;
        };
        let v = fv(ReFn::Match(f));
        let v = match f {
            MatchFn::New => vm.static_method(v)?,
            MatchFn::String
            | MatchFn::Re
            | MatchFn::Pos
            | MatchFn::EndPos
            | MatchFn::LastIndex
            | MatchFn::LastGroup
            | MatchFn::Regs => vm.native_property(v, None)?,
            _ => v,
        };
        attrs.push((*name, v));
    }
    vm.new_native_class(NativeClass {
        name: "Match",
        module: "re",
        attrs,
        ..Default::default()
    })
}

fn make_flag(vm: &mut Vm) -> PyResult<Value> {
    let mut attrs = Vec::new();
    for name in FlagFn::all_names() {
        if let Some(f) = FlagFn::from_name(name) {
            attrs.push((*name, fv(ReFn::Flag(f))));
        }
    }
    attrs.push(("__str__", fv(ReFn::Flag(FlagFn::Repr))));
    vm.new_native_class(NativeClass {
        name: "RegexFlag",
        module: "re",
        bases: &[Value::Type(BuiltinType::Int)],
        attrs,
        ..Default::default()
    })
}

fn make_scanner(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "callable_iterator",
        module: "builtins",
        attrs: vec![
            ("__iter__", fv(ReFn::Iter(IterFn::Iter))),
            ("__next__", fv(ReFn::Iter(IterFn::Next))),
        ],
        ..Default::default()
    })
}

fn new_flag(vm: &mut Vm, bits: u32) -> PyResult<Value> {
    let cls = vm.std_class("re.RegexFlag", make_flag)?;
    let mut inst = Instance::new(cls);
    inst.payload = Payload::Builtin(Value::Int(bits as i64));
    vm.alloc(Object::Instance(Box::new(inst)))
}

fn return_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

// ---- state ---------------------------------------------------------------------------------

/// A compiled pattern object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PatternData {
    /// The pattern as given (str or bytes).
    pub pattern: Value,
    /// Its text (bytes as Latin-1 characters), to recompile after a snapshot is loaded.
    pub source: String,
    /// The flags given to `compile`.
    pub given_flags: u32,
    /// The effective flags (`Pattern.flags`).
    pub flags: u32,
    pub is_str: bool,
    #[serde(skip)]
    pub compiled: Option<Arc<Compiled>>,
}

impl PatternData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pattern);
    }
}

/// A match object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MatchData {
    pub string: Value,
    pub pattern: Value,
    pub pos: usize,
    pub endpos: usize,
    /// Start and end per group in characters (-1 when the group did not take part).
    pub spans: Vec<i64>,
    /// The same in bytes (for slicing).
    pub byte_spans: Vec<usize>,
    pub lastindex: Option<usize>,
}

impl MatchData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.string);
        f(self.pattern);
    }
}

/// The iterator `finditer` returns.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ScannerData {
    pub pattern: Value,
    pub string: Value,
    /// Next search position (bytes) and end (bytes), and the char positions of pos/endpos.
    pub next: usize,
    pub end: usize,
    pub pos: usize,
    pub endpos: usize,
    pub must_advance: bool,
    pub done: bool,
    /// The byte/char offsets last converted (so each step converts only what is new).
    pub conv_b: usize,
    pub conv_c: usize,
}

impl ScannerData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pattern);
        f(self.string);
    }
}

// ---- errors --------------------------------------------------------------------------------

/// Builds a `re.error` with CPython's attributes and message layout.
fn re_error(vm: &mut Vm, msg: &str, pattern: Value, pos: Option<usize>) -> PyResult<Exc> {
    let cls = vm.std_class("re.error", make_error)?;
    let exc = vm.exception_msg(cls, msg)?;
    let Exc::Object(id) = exc else {
        return Ok(exc);
    };
    fill_error(vm, Value::Obj(id), msg, pattern, pos)?;
    Ok(Exc::Object(id))
}

/// Sets `msg`, `pattern`, `pos`, `lineno`, `colno` and the message of a `re.error`.
fn fill_error(
    vm: &mut Vm,
    exc: Value,
    msg: &str,
    pattern: Value,
    pos: Option<usize>,
) -> PyResult<()> {
    let mut full = msg.to_string();
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if let Some(pos) = pos {
        // Lines and columns count characters (or bytes) of the pattern.
        let text: Option<Vec<u32>> = match vm.as_str(pattern) {
            Some(s) => Some(s.chars().map(|c| c as u32).collect()),
            None => bytes_of(vm, pattern).map(|b| b.iter().map(|x| *x as u32).collect()),
        };
        match text {
            Some(t) => {
                let upto = &t[..pos.min(t.len())];
                let nl = '\n' as u32;
                let line = upto.iter().filter(|c| **c == nl).count() + 1;
                let col = match upto.iter().rposition(|c| *c == nl) {
                    Some(i) => pos - i,
                    None => pos + 1,
                };
                if t.contains(&nl) {
                    full = format!("{msg} at position {pos} (line {line}, column {col})");
                } else {
                    full = format!("{msg} at position {pos}");
                }
                lineno = Value::Int(line as i64);
                colno = Value::Int(col as i64);
            }
            None => full = format!("{msg} at position {pos}"),
        }
    }
    let full_v = vm.new_str(full)?;
    if let Some(id) = exc.as_obj() {
        if let Object::Instance(inst) = vm.heap.get_mut(id) {
            if let Some(e) = inst.exc_mut() {
                e.args = vec![full_v];
            }
        }
    }
    let msg_v = vm.new_str(msg.to_string())?;
    vm.setattr(exc, "msg", msg_v)?;
    vm.setattr(exc, "pattern", pattern)?;
    let pos_v = pos.map(|p| Value::Int(p as i64)).unwrap_or(Value::None);
    vm.setattr(exc, "pos", pos_v)?;
    vm.setattr(exc, "lineno", lineno)?;
    vm.setattr(exc, "colno", colno)?;
    Ok(())
}

/// `re.error(msg, pattern=None, pos=None)`.
fn error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(vm, args, "__init__", &["msg", "pattern", "pos"], 1, true)?;
    let msg_v = p[0].unwrap_or(Value::None);
    let msg = vm.to_str(msg_v)?;
    let pattern = p[1].unwrap_or(Value::None);
    let pos = match p[2] {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_value(v)?.max(0) as usize),
    };
    fill_error(vm, args.this(), &msg, pattern, pos)?;
    // `msg` keeps the object given (CPython stores it as is).
    vm.setattr(args.this(), "msg", msg_v)?;
    Ok(Value::None)
}

fn parse_error(vm: &mut Vm, e: ParseError, pattern: Value) -> Exc {
    match e {
        // Errors found after parsing (CPython's compiler) carry no pattern.
        ParseError::Re { msg, pos: None } => match re_error(vm, &msg, Value::None, None) {
            Ok(e) | Err(e) => e,
        },
        ParseError::Re { msg, pos } => match re_error(vm, &msg, pattern, pos) {
            Ok(e) | Err(e) => e,
        },
        ParseError::Overflow(m) => Exc::overflow_error(m),
        ParseError::Value(m) => Exc::value_error(m),
        ParseError::Unsupported(m) => Exc::new(BuiltinType::NotImplementedError, m),
        ParseError::Recursion => Exc::new(
            BuiltinType::RecursionError,
            "maximum recursion depth exceeded",
        ),
    }
}

fn exec_error(vm: &mut Vm, e: ExecError, pattern: Value) -> Exc {
    match e {
        ExecError::Stop(backtrack::Stop::Limit(exc)) => exc,
        ExecError::Stop(backtrack::Stop::TooExpensive) => {
            let msg = "montybox: catastrophic backtracking: this pattern needs too many steps on \
                       this input (backtracking limit exceeded)";
            match re_error(vm, msg, pattern, None) {
                Ok(e) | Err(e) => e,
            }
        }
        ExecError::Build(m) => match re_error(vm, &m, pattern, None) {
            Ok(e) | Err(e) => e,
        },
    }
}

// ---- argument binding ----------------------------------------------------------------------

/// Binds the arguments of a function written in Python in CPython (`def f(a, b, c=0)`), with
/// its messages. `method` skips the receiver.
fn bind_py(
    vm: &Vm,
    args: &Args,
    fname: &str,
    params: &[&str],
    required: usize,
    method: bool,
) -> PyResult<Vec<Option<Value>>> {
    let pos: &[Value] = if method {
        args.pos.get(1..).unwrap_or(&[])
    } else {
        &args.pos
    };
    let extra = usize::from(method);
    if pos.len() > params.len() {
        let given = pos.len() + extra;
        let (lo, hi) = (required + extra, params.len() + extra);
        let takes = if lo == hi {
            format!("{hi} positional argument{}", if hi == 1 { "" } else { "s" })
        } else {
            format!("from {lo} to {hi} positional arguments")
        };
        let were = if given == 1 { "was" } else { "were" };
        return Err(Exc::type_error(format!(
            "{fname}() takes {takes} but {given} {were} given"
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        match params.iter().position(|p| *p == name) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(Exc::type_error(format!(
                        "{fname}() got multiple values for argument '{name}'"
                    )));
                }
                out[i] = Some(*v);
            }
            None => {
                return Err(Exc::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    let missing: Vec<&str> = (0..required)
        .filter(|i| out[*i].is_none())
        .map(|i| params[i])
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        let n = missing.len();
        return Err(Exc::type_error(format!(
            "{fname}() missing {n} required positional argument{}: {list}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}

/// Binds the arguments of a method implemented in C in CPython (argument clinic messages).
fn bind_c(
    vm: &Vm,
    args: &Args,
    fname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos.get(1..).unwrap_or(&[]);
    let total = pos.len() + args.kw.len();
    if total > params.len() {
        return Err(Exc::type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in &args.kw {
        let name = vm.str_value(*k).unwrap_or_default();
        match params.iter().position(|p| *p == name) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(Exc::type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(*v);
            }
            None => {
                return Err(Exc::type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(Exc::type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

// ---- subjects and patterns -----------------------------------------------------------------

/// The bytes of a bytes or bytearray value.
fn bytes_of(vm: &Vm, v: Value) -> Option<&[u8]> {
    let v = vm.unwrap_builtin(v);
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The text being searched: its bytes, whether it is a str, and whether it is ASCII.
struct Subject<'a> {
    hay: &'a [u8],
    is_str: bool,
    ascii: bool,
}

fn subject(vm: &Vm, v: Value) -> Option<Subject<'_>> {
    let u = vm.unwrap_builtin(v);
    match u {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) => Some(Subject {
                hay: s.s.as_bytes(),
                is_str: true,
                ascii: s.is_ascii(),
            }),
            Object::Bytes(b) | Object::ByteArray(b) => Some(Subject {
                hay: b,
                is_str: false,
                ascii: true,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// Checks that `v` can be searched with a pattern of the given kind.
fn check_subject(vm: &Vm, v: Value, is_str: bool) -> PyResult<()> {
    match subject(vm, v) {
        None => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "expected string or bytes-like object, got '{t}'"
            )))
        }
        Some(s) if s.is_str != is_str => Err(Exc::type_error(if is_str {
            "cannot use a string pattern on a bytes-like object"
        } else {
            "cannot use a bytes pattern on a string-like object"
        })),
        Some(_) => Ok(()),
    }
}

/// The flags argument as an int.
fn flags_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    match vm.unwrap_builtin(v) {
        Value::Int(i) => Ok(i as u32),
        Value::Bool(b) => Ok(b as u32),
        _ => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "unsupported operand type(s) for &: '{t}' and 'RegexFlag'"
            )))
        }
    }
}

fn pattern_data(vm: &Vm, v: Value) -> Option<&PatternData> {
    match vm.native_data(v) {
        Some(NativeData::RePattern(p)) => Some(p),
        _ => None,
    }
}

/// Compiles a str/bytes pattern into a new Pattern object.
fn new_pattern(vm: &mut Vm, pattern: Value, flags: u32) -> PyResult<Value> {
    if flags & DEBUG != 0 {
        return Err(Exc::new(
            BuiltinType::NotImplementedError,
            "montybox: re.DEBUG is not supported",
        ));
    }
    let (source, is_str) = match vm.as_str(pattern) {
        Some(s) => (s.to_string(), true),
        None => match bytes_of(vm, pattern) {
            Some(b) => (b.iter().map(|c| *c as char).collect::<String>(), false),
            None => {
                return Err(Exc::type_error(
                    "first argument must be string or compiled pattern",
                ))
            }
        },
    };
    let compiled = match engine::compile(&source, flags, is_str) {
        Ok(c) => c,
        Err(e) => return Err(parse_error(vm, e, pattern)),
    };
    let cls = vm.std_class("re.Pattern", make_pattern)?;
    let data = PatternData {
        pattern,
        source,
        given_flags: flags,
        flags: compiled.flags,
        is_str,
        compiled: Some(compiled),
    };
    vm.new_native_instance(cls, NativeData::RePattern(data))
}

/// `pattern` as a Pattern object (compiling a str or bytes pattern).
fn to_pattern(vm: &mut Vm, pattern: Value, flags: Option<Value>) -> PyResult<Value> {
    let flags = flags_arg(vm, flags)?;
    if pattern_data(vm, pattern).is_some() {
        if flags != 0 {
            return Err(Exc::value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(pattern);
    }
    new_pattern(vm, pattern, flags)
}

/// The compiled form of a Pattern object (rebuilt after a snapshot load).
fn compiled_of(vm: &mut Vm, pat: Value) -> PyResult<Arc<Compiled>> {
    let (source, flags, is_str, pattern) = match pattern_data(vm, pat) {
        Some(p) => {
            if let Some(c) = &p.compiled {
                return Ok(c.clone());
            }
            (p.source.clone(), p.given_flags, p.is_str, p.pattern)
        }
        None => {
            let t = vm.type_name(pat);
            return Err(Exc::type_error(format!(
                "descriptor requires a 're.Pattern' object but received a '{t}'"
            )));
        }
    };
    let c = engine::compile(&source, flags, is_str).map_err(|e| parse_error(vm, e, pattern))?;
    if let Some(NativeData::RePattern(p)) = vm.native_data_mut(pat) {
        p.compiled = Some(c.clone());
    }
    Ok(c)
}

/// Python's pos/endpos clamping, in characters, and their byte offsets.
struct Range {
    pos: usize,
    endpos: usize,
    start_b: usize,
    end_b: usize,
}

fn clamp_index(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => match vm.unwrap_builtin(v) {
            Value::Obj(id) if matches!(vm.heap.get(id), Object::BigInt(_)) => {
                if let Object::BigInt(b) = vm.heap.get(id) {
                    Ok(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    })
                } else {
                    Ok(default)
                }
            }
            _ => vm.index_value(v),
        },
    }
}

fn char_to_byte(hay: &[u8], ascii: bool, c: usize) -> usize {
    if ascii {
        return c.min(hay.len());
    }
    let mut seen = 0;
    for (i, b) in hay.iter().enumerate() {
        if (b & 0xC0) != 0x80 {
            if seen == c {
                return i;
            }
            seen += 1;
        }
    }
    hay.len()
}

fn char_len(hay: &[u8], ascii: bool) -> usize {
    if ascii {
        hay.len()
    } else {
        hay.iter().filter(|b| (*b & 0xC0) != 0x80).count()
    }
}

fn range_of(
    vm: &mut Vm,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
) -> PyResult<Range> {
    let p = clamp_index(vm, pos, 0)?;
    let e = clamp_index(vm, endpos, i64::MAX)?;
    let len = char_len_of(vm, string);
    let s = subject(vm, string).ok_or_else(|| Exc::type_error("expected string"))?;
    let pos = p.clamp(0, len as i64) as usize;
    let endpos = e.clamp(0, len as i64) as usize;
    let to_byte = |c: usize| {
        if c == 0 {
            0
        } else if c >= len {
            s.hay.len()
        } else {
            char_to_byte(s.hay, s.ascii, c)
        }
    };
    Ok(Range {
        pos,
        endpos,
        start_b: to_byte(pos),
        end_b: to_byte(endpos),
    })
}

/// Converts increasing byte offsets of one subject into character offsets.
struct Conv {
    ascii: bool,
    last_b: usize,
    last_c: usize,
}

impl Conv {
    fn new(ascii: bool) -> Conv {
        Conv {
            ascii,
            last_b: 0,
            last_c: 0,
        }
    }

    fn char_at(&mut self, hay: &[u8], b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let b = b.min(hay.len());
        if b < self.last_b {
            // Group spans lie inside the match: count back from the last offset.
            let back = hay[b..self.last_b]
                .iter()
                .filter(|x| (*x & 0xC0) != 0x80)
                .count();
            self.last_b = b;
            self.last_c -= back.min(self.last_c);
            return self.last_c;
        }
        let n = hay[self.last_b..b]
            .iter()
            .filter(|x| (*x & 0xC0) != 0x80)
            .count();
        self.last_b = b;
        self.last_c += n;
        self.last_c
    }
}

/// The limits checker handed to the engines.
struct LimitTicker<'a> {
    vm: &'a Vm,
}

impl backtrack::Ticker for LimitTicker<'_> {
    fn tick(&mut self) -> Result<(), backtrack::Stop> {
        let vm = self.vm;
        vm.check_limits().map_err(backtrack::Stop::Limit)?;
        Ok(())
    }

    fn memory(&mut self, bytes: usize) -> Result<(), backtrack::Stop> {
        if let Some(max) = self.vm.limits.max_memory {
            if self.vm.heap.bytes.saturating_add(bytes) > max {
                return Err(backtrack::Stop::Limit(Exc::limit(
                    LimitKind::Memory,
                    format!("memory limit exceeded ({max} bytes)"),
                )));
            }
        }
        Ok(())
    }
}

/// One search of `string` (already checked) between byte offsets.
#[allow(clippy::too_many_arguments)]
fn exec(
    vm: &mut Vm,
    compiled: &Compiled,
    pat: Value,
    string: Value,
    start_b: usize,
    end_b: usize,
    anchor: Anchor,
    must_advance: bool,
) -> PyResult<Option<Slots>> {
    let r = {
        let vm_ref: &Vm = vm;
        let Some(s) = subject(vm_ref, string) else {
            return Ok(None);
        };
        let hay = &s.hay[..end_b.min(s.hay.len())];
        let mut ticker = LimitTicker { vm: vm_ref };
        compiled.exec(hay, start_b, anchor, must_advance, &mut ticker)
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            let pattern = pattern_data(vm, pat)
                .map(|p| p.pattern)
                .unwrap_or(Value::None);
            Err(exec_error(vm, e, pattern))
        }
    }
}

/// The index of the group that closed last (`Match.lastindex`).
fn last_index(slots: &Slots, parents: &[Option<usize>]) -> Option<usize> {
    let groups = slots.len() / 2;
    let mut best_end = None;
    for g in 1..groups {
        let e = slots[2 * g + 1];
        if e != UNSET {
            best_end = Some(best_end.map_or(e, |b: usize| b.max(e)));
        }
    }
    let best_end = best_end?;
    let cands: Vec<usize> = (1..groups)
        .filter(|g| slots[2 * g + 1] == best_end && slots[2 * g] != UNSET)
        .collect();
    // A group closes after the groups nested in it, and after the groups before it.
    let is_ancestor = |a: usize, mut g: usize| {
        while let Some(Some(p)) = parents.get(g) {
            if *p == a {
                return true;
            }
            g = *p;
        }
        false
    };
    cands
        .iter()
        .copied()
        .filter(|g| !cands.iter().any(|a| *a != *g && is_ancestor(*a, *g)))
        .max()
}

/// Builds a Match object from a search result.
#[allow(clippy::too_many_arguments)]
fn new_match(
    vm: &mut Vm,
    compiled: &Compiled,
    pat: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    slots: Slots,
    conv: &mut Conv,
) -> PyResult<Value> {
    let mut spans = Vec::with_capacity(slots.len());
    {
        let s = subject(vm, string).ok_or_else(|| Exc::internal("match subject"))?;
        // Convert in increasing order (group 0 first, which usually bounds the others).
        for pair in slots.chunks(2) {
            if pair[0] == UNSET || pair[1] == UNSET {
                spans.push(-1);
                spans.push(-1);
            } else {
                spans.push(conv.char_at(s.hay, pair[0]) as i64);
                spans.push(conv.char_at(s.hay, pair[1]) as i64);
            }
        }
        if let Some(first) = slots.first() {
            // Leave the converter at the match end, where the next match starts.
            if *first != UNSET {
                conv.char_at(s.hay, slots[1]);
            }
        }
    }
    let lastindex = last_index(&slots, &compiled.parents);
    let cls = vm.std_class("re.Match", make_match)?;
    let data = MatchData {
        string,
        pattern: pat,
        pos,
        endpos,
        spans,
        byte_spans: slots,
        lastindex,
    };
    vm.new_native_instance(cls, NativeData::ReMatch(data))
}

fn do_match(
    vm: &mut Vm,
    pat: Value,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
    anchor: Anchor,
) -> PyResult<Value> {
    let compiled = compiled_of(vm, pat)?;
    check_subject(vm, string, compiled.is_str)?;
    let r = range_of(vm, string, pos, endpos)?;
    if r.endpos < r.pos {
        return Ok(Value::None);
    }
    match exec(
        vm, &compiled, pat, string, r.start_b, r.end_b, anchor, false,
    )? {
        None => Ok(Value::None),
        Some(slots) => {
            let ascii = subject(vm, string).is_none_or(|s| s.ascii);
            let mut conv = Conv::new(ascii);
            new_match(
                vm, &compiled, pat, string, r.pos, r.endpos, slots, &mut conv,
            )
        }
    }
}

/// Calls `f` for each successive match (Python's iteration: after an empty match the next one
/// must not be empty at the same place). `f` returns false to stop.
fn each_match(
    vm: &mut Vm,
    compiled: &Compiled,
    pat: Value,
    string: Value,
    start_b: usize,
    end_b: usize,
    mut f: impl FnMut(&mut Vm, Slots) -> PyResult<bool>,
) -> PyResult<()> {
    let mut at = start_b;
    let mut must_advance = false;
    let mut count = 0u32;
    while at <= end_b {
        let Some(slots) = exec(
            vm,
            compiled,
            pat,
            string,
            at,
            end_b,
            Anchor::Search,
            must_advance,
        )?
        else {
            break;
        };
        let (s, e) = (slots[0], slots[1]);
        must_advance = s == e;
        at = e;
        if !f(vm, slots)? {
            break;
        }
        count = count.wrapping_add(1);
        if count.is_multiple_of(1024) {
            vm.check_limits()?;
        }
    }
    Ok(())
}

// ---- module functions ----------------------------------------------------------------------

fn re_compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(vm, args, "compile", &["pattern", "flags"], 1, false)?;
    to_pattern(vm, p[0].unwrap_or(Value::None), p[1])
}

fn module_match(vm: &mut Vm, args: &Args, name: &str, anchor: Anchor) -> PyResult<Value> {
    let p = bind_py(vm, args, name, &["pattern", "string", "flags"], 2, false)?;
    let pat = to_pattern(vm, p[0].unwrap_or(Value::None), p[2])?;
    do_match(vm, pat, p[1].unwrap_or(Value::None), None, None, anchor)
}

fn re_search(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    module_match(vm, args, "search", Anchor::Search)
}

fn re_match(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    module_match(vm, args, "match", Anchor::Match)
}

fn re_fullmatch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    module_match(vm, args, "fullmatch", Anchor::Full)
}

fn re_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(
        vm,
        args,
        "split",
        &["pattern", "string", "maxsplit", "flags"],
        2,
        false,
    )?;
    let pat = to_pattern(vm, p[0].unwrap_or(Value::None), p[3])?;
    split(vm, pat, p[1].unwrap_or(Value::None), p[2])
}

fn re_findall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(
        vm,
        args,
        "findall",
        &["pattern", "string", "flags"],
        2,
        false,
    )?;
    let pat = to_pattern(vm, p[0].unwrap_or(Value::None), p[2])?;
    findall(vm, pat, p[1].unwrap_or(Value::None), None, None)
}

fn re_finditer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(
        vm,
        args,
        "finditer",
        &["pattern", "string", "flags"],
        2,
        false,
    )?;
    let pat = to_pattern(vm, p[0].unwrap_or(Value::None), p[2])?;
    finditer(vm, pat, p[1].unwrap_or(Value::None), None, None)
}

fn re_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(
        vm,
        args,
        "sub",
        &["pattern", "repl", "string", "count", "flags"],
        3,
        false,
    )?;
    let pat = to_pattern(vm, p[0].unwrap_or(Value::None), p[4])?;
    let (s, _) = sub(
        vm,
        pat,
        p[1].unwrap_or(Value::None),
        p[2].unwrap_or(Value::None),
        p[3],
    )?;
    Ok(s)
}

fn re_subn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(
        vm,
        args,
        "subn",
        &["pattern", "repl", "string", "count", "flags"],
        3,
        false,
    )?;
    let pat = to_pattern(vm, p[0].unwrap_or(Value::None), p[4])?;
    let (s, n) = sub(
        vm,
        pat,
        p[1].unwrap_or(Value::None),
        p[2].unwrap_or(Value::None),
        p[3],
    )?;
    vm.new_tuple(vec![s, Value::Int(n as i64)])
}

fn re_escape(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_py(vm, args, "escape", &["pattern"], 1, false)?;
    let v = p[0].unwrap_or(Value::None);
    let special =
        |c: u32| -> bool { c < 128 && b"()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(&(c as u8)) };
    if let Some(s) = vm.as_str(v) {
        let mut out = String::with_capacity(s.len() + 8);
        for c in s.chars() {
            if special(c as u32) {
                out.push('\\');
            }
            out.push(c);
        }
        return vm.new_str(out);
    }
    if let Some(b) = bytes_of(vm, v) {
        let mut out = Vec::with_capacity(b.len() + 8);
        for c in b {
            if special(*c as u32) {
                out.push(b'\\');
            }
            out.push(*c);
        }
        return vm.new_bytes(out);
    }
    let t = vm.type_name(v);
    Err(Exc::type_error(format!(
        "decoding to str: need a bytes-like object, {t} found"
    )))
}

fn re_purge(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("purge", 0, 0)?;
    engine::purge();
    Ok(Value::None)
}

// ---- shared operations ---------------------------------------------------------------------

/// A slice of the subject as a new str or bytes value.
fn slice_value(vm: &mut Vm, string: Value, b0: usize, b1: usize) -> PyResult<Value> {
    let (is_str, piece) = {
        let s = subject(vm, string).ok_or_else(|| Exc::internal("subject"))?;
        let b1 = b1.min(s.hay.len());
        let b0 = b0.min(b1);
        (s.is_str, s.hay[b0..b1].to_vec())
    };
    if is_str {
        vm.new_str(String::from_utf8(piece).unwrap_or_default())
    } else {
        vm.new_bytes(piece)
    }
}

fn empty_like(vm: &mut Vm, is_str: bool) -> PyResult<Value> {
    if is_str {
        vm.new_str(String::new())
    } else {
        vm.new_bytes(Vec::new())
    }
}

fn group_value(
    vm: &mut Vm,
    string: Value,
    slots: &Slots,
    g: usize,
    default: Value,
) -> PyResult<Value> {
    match (slots.get(2 * g), slots.get(2 * g + 1)) {
        (Some(&s), Some(&e)) if s != UNSET && e != UNSET => slice_value(vm, string, s, e),
        _ => Ok(default),
    }
}

fn findall(
    vm: &mut Vm,
    pat: Value,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
) -> PyResult<Value> {
    let compiled = compiled_of(vm, pat)?;
    check_subject(vm, string, compiled.is_str)?;
    let r = range_of(vm, string, pos, endpos)?;
    let mut items = Vec::new();
    let groups = compiled.groups;
    let is_str = compiled.is_str;
    if r.pos <= r.endpos {
        each_match(
            vm,
            &compiled,
            pat,
            string,
            r.start_b,
            r.end_b,
            |vm, slots| {
                let item = match groups {
                    0 => group_value(vm, string, &slots, 0, Value::None)?,
                    1 => {
                        let e = empty_like(vm, is_str)?;
                        group_value(vm, string, &slots, 1, e)?
                    }
                    n => {
                        let mut t = Vec::with_capacity(n);
                        for g in 1..=n {
                            let e = empty_like(vm, is_str)?;
                            t.push(group_value(vm, string, &slots, g, e)?);
                        }
                        vm.new_tuple(t)?
                    }
                };
                items.push(item);
                Ok(true)
            },
        )?;
    }
    vm.new_list(items)
}

fn finditer(
    vm: &mut Vm,
    pat: Value,
    string: Value,
    pos: Option<Value>,
    endpos: Option<Value>,
) -> PyResult<Value> {
    let compiled = compiled_of(vm, pat)?;
    check_subject(vm, string, compiled.is_str)?;
    let r = range_of(vm, string, pos, endpos)?;
    let cls = vm.std_class("re.callable_iterator", make_scanner)?;
    let data = ScannerData {
        pattern: pat,
        string,
        next: r.start_b,
        end: r.end_b,
        pos: r.pos,
        endpos: r.endpos,
        must_advance: false,
        done: r.pos > r.endpos,
        conv_b: 0,
        conv_c: 0,
    };
    vm.new_native_instance(cls, NativeData::ReScanner(data))
}

fn scanner_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let Some(NativeData::ReScanner(sc)) = vm.native_data(this) else {
        return Err(Exc::type_error("expected a finditer iterator"));
    };
    let sc = sc.clone();
    if sc.done || sc.next > sc.end {
        return Err(Exc::stop_iteration(Value::None));
    }
    let compiled = compiled_of(vm, sc.pattern)?;
    let found = exec(
        vm,
        &compiled,
        sc.pattern,
        sc.string,
        sc.next,
        sc.end,
        Anchor::Search,
        sc.must_advance,
    )?;
    let Some(slots) = found else {
        if let Some(NativeData::ReScanner(s)) = vm.native_data_mut(this) {
            s.done = true;
        }
        return Err(Exc::stop_iteration(Value::None));
    };
    let (s, e) = (slots[0], slots[1]);
    let ascii = subject(vm, sc.string).is_none_or(|s| s.ascii);
    let mut conv = Conv {
        ascii,
        last_b: sc.conv_b,
        last_c: sc.conv_c,
    };
    let m = new_match(
        vm, &compiled, sc.pattern, sc.string, sc.pos, sc.endpos, slots, &mut conv,
    )?;
    if let Some(NativeData::ReScanner(st)) = vm.native_data_mut(this) {
        st.next = e;
        st.must_advance = s == e;
        st.conv_b = conv.last_b;
        st.conv_c = conv.last_c;
    }
    Ok(m)
}

fn split(vm: &mut Vm, pat: Value, string: Value, maxsplit: Option<Value>) -> PyResult<Value> {
    let compiled = compiled_of(vm, pat)?;
    check_subject(vm, string, compiled.is_str)?;
    let maxsplit = match maxsplit {
        None => 0,
        Some(v) => vm.index_value(v)?,
    };
    let total = subject(vm, string).map(|s| s.hay.len()).unwrap_or(0);
    let mut out = Vec::new();
    let mut last = 0usize;
    let mut n = 0i64;
    let groups = compiled.groups;
    if maxsplit >= 0 {
        each_match(vm, &compiled, pat, string, 0, total, |vm, slots| {
            if maxsplit > 0 && n >= maxsplit {
                return Ok(false);
            }
            let piece = slice_value(vm, string, last, slots[0])?;
            out.push(piece);
            for g in 1..=groups {
                let v = group_value(vm, string, &slots, g, Value::None)?;
                out.push(v);
            }
            last = slots[1];
            n += 1;
            Ok(true)
        })?;
    }
    let tail = slice_value(vm, string, last, total)?;
    out.push(tail);
    vm.new_list(out)
}

/// A piece of a replacement template.
enum Piece {
    Lit(Vec<u8>),
    Group(usize),
}

/// Parses a replacement template (`\1`, `\g<name>`, escapes) with CPython's errors.
fn parse_template(vm: &mut Vm, repl: Value, compiled: &Compiled) -> PyResult<Vec<Piece>> {
    let is_str = compiled.is_str;
    let units: Vec<u32> = match vm.as_str(repl) {
        Some(s) => s.chars().map(|c| c as u32).collect(),
        None => match bytes_of(vm, repl) {
            Some(b) => b.iter().map(|c| *c as u32).collect(),
            None => return Err(Exc::internal("template")),
        },
    };
    let push_unit = |buf: &mut Vec<u8>, c: u32| {
        if is_str {
            let ch = char::from_u32(c).unwrap_or('\u{fffd}');
            let mut tmp = [0u8; 4];
            buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
        } else {
            buf.push(c as u8);
        }
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut lit: Vec<u8> = Vec::new();
    let mut i = 0usize;
    let n = units.len();
    let err = |vm: &mut Vm, msg: String, pos: usize| -> Exc {
        match re_error(vm, &msg, repl, Some(pos)) {
            Ok(e) | Err(e) => e,
        }
    };
    let ch = |i: usize| units.get(i).copied().and_then(char::from_u32);
    let is_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let is_oct = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
    while i < n {
        let c = units[i];
        if c != '\\' as u32 {
            push_unit(&mut lit, c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(e) = ch(i + 1) else {
            return Err(err(vm, "bad escape (end of pattern)".into(), start));
        };
        i += 2;
        match e {
            'g' => {
                if ch(i) != Some('<') {
                    return Err(err(vm, "missing <".into(), i));
                }
                i += 1;
                let name_start = i;
                let mut name = String::new();
                loop {
                    match ch(i) {
                        None => {
                            return Err(err(vm, "missing >, unterminated name".into(), name_start))
                        }
                        Some('>') => {
                            i += 1;
                            break;
                        }
                        Some(c) => {
                            name.push(c);
                            i += 1;
                        }
                    }
                }
                if name.is_empty() {
                    return Err(err(vm, "missing group name".into(), i - 1));
                }
                let npos = name_start;
                let idx = if name
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && name.chars().all(|c| c == '_' || c.is_alphanumeric())
                {
                    match compiled.names.iter().find(|(k, _)| *k == name) {
                        Some((_, g)) => *g,
                        None => {
                            return Err(Exc::index_error(format!(
                                "unknown group name {}",
                                parse::py_repr(&name)
                            )))
                        }
                    }
                } else {
                    let digits = name.chars().all(|c| c.is_ascii_digit());
                    if !digits {
                        return Err(err(
                            vm,
                            format!("bad character in group name {}", parse::py_repr(&name)),
                            npos,
                        ));
                    }
                    let v: usize = name.parse().unwrap_or(usize::MAX);
                    if v > compiled.groups {
                        return Err(err(vm, format!("invalid group reference {v}"), npos));
                    }
                    v
                };
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                pieces.push(Piece::Group(idx));
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && is_oct(ch(i)) {
                    v = v * 8 + ch(i).and_then(|c| c.to_digit(8)).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                push_unit(&mut lit, v & 0xff);
            }
            d if d.is_ascii_digit() => {
                let mut text = String::from(d);
                let mut octal = false;
                if is_digit(ch(i)) {
                    let d2 = ch(i).unwrap_or('0');
                    text.push(d2);
                    i += 1;
                    if is_oct(Some(d)) && is_oct(Some(d2)) && is_oct(ch(i)) {
                        text.push(ch(i).unwrap_or('0'));
                        i += 1;
                        octal = true;
                        let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(err(
                                vm,
                                format!("octal escape value \\{text} outside of range 0-0o377"),
                                start,
                            ));
                        }
                        push_unit(&mut lit, v);
                    }
                }
                if !octal {
                    let g: usize = text.parse().unwrap_or(usize::MAX);
                    if g > compiled.groups {
                        return Err(err(vm, format!("invalid group reference {g}"), start + 1));
                    }
                    if !lit.is_empty() {
                        pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                    }
                    pieces.push(Piece::Group(g));
                }
            }
            'a' => push_unit(&mut lit, 7),
            'b' => push_unit(&mut lit, 8),
            'f' => push_unit(&mut lit, 12),
            'n' => push_unit(&mut lit, 10),
            'r' => push_unit(&mut lit, 13),
            't' => push_unit(&mut lit, 9),
            'v' => push_unit(&mut lit, 11),
            '\\' => push_unit(&mut lit, '\\' as u32),
            c if c.is_ascii_alphabetic() => {
                return Err(err(vm, format!("bad escape \\{c}"), start));
            }
            c => {
                push_unit(&mut lit, '\\' as u32);
                push_unit(&mut lit, c as u32);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

/// Appends the expansion of a template for one match.
fn expand_into(out: &mut Vec<u8>, hay: &[u8], pieces: &[Piece], slots: &Slots) {
    for p in pieces {
        match p {
            Piece::Lit(b) => out.extend_from_slice(b),
            Piece::Group(g) => {
                if let (Some(&s), Some(&e)) = (slots.get(2 * g), slots.get(2 * g + 1)) {
                    if s != UNSET && e != UNSET && s <= e && e <= hay.len() {
                        out.extend_from_slice(&hay[s..e]);
                    }
                }
            }
        }
    }
}

fn bytes_to_value(vm: &mut Vm, is_str: bool, out: Vec<u8>) -> PyResult<Value> {
    if is_str {
        vm.new_str(String::from_utf8(out).unwrap_or_default())
    } else {
        vm.new_bytes(out)
    }
}

/// `sub`/`subn`: the new string and the number of replacements.
fn sub(
    vm: &mut Vm,
    pat: Value,
    repl: Value,
    string: Value,
    count: Option<Value>,
) -> PyResult<(Value, usize)> {
    let compiled = compiled_of(vm, pat)?;
    let count = match count {
        None => 0,
        Some(v) => vm.index_value(v)?,
    };
    let is_str = compiled.is_str;
    let repl_is_text = if is_str {
        vm.as_str(repl).is_some()
    } else {
        bytes_of(vm, repl).is_some()
    };
    // A str template for a bytes pattern (or the reverse) is a literal of the wrong type: CPython
    // fails when joining the pieces, i.e. only once something matched.
    let wrong_text = !repl_is_text && (vm.as_str(repl).is_some() || bytes_of(vm, repl).is_some());
    let callable = !repl_is_text && !wrong_text;
    if callable && !is_callable(vm, repl) {
        let t = vm.type_name(repl);
        return Err(Exc::type_error(if is_str {
            format!("decoding to str: need a bytes-like object, {t} found")
        } else {
            format!("expected a bytes-like object, {t} found")
        }));
    }
    check_subject(vm, string, is_str)?;
    let pieces = if repl_is_text {
        Some(parse_template(vm, repl, &compiled)?)
    } else {
        None
    };
    let total = subject(vm, string).map(|s| s.hay.len()).unwrap_or(0);
    let mut out: Vec<u8> = Vec::new();
    let mut last = 0usize;
    let mut n = 0usize;
    let ascii = subject(vm, string).is_none_or(|s| s.ascii);
    let mut conv = Conv::new(ascii);
    let mut item_index = 0usize;
    if count >= 0 {
        each_match(vm, &compiled, pat, string, 0, total, |vm, slots| {
            if count > 0 && n as i64 >= count {
                return Ok(false);
            }
            let (s, e) = (slots[0], slots[1]);
            {
                let hay = subject(vm, string).map(|s| s.hay).unwrap_or(&[]);
                if s > last {
                    out.extend_from_slice(&hay[last..s.min(hay.len())]);
                    item_index += 1;
                }
            }
            match &pieces {
                Some(pieces) => {
                    let hay = subject(vm, string).map(|s| s.hay).unwrap_or(&[]);
                    expand_into(&mut out, hay, pieces, &slots);
                    item_index += 1;
                }
                None if wrong_text => {
                    let t = vm.type_name(repl);
                    return Err(Exc::type_error(if is_str {
                        format!("sequence item {item_index}: expected str instance, {t} found")
                    } else {
                        format!(
                            "sequence item {item_index}: expected a bytes-like object, {t} found"
                        )
                    }));
                }
                None => {
                    let m = new_match(
                        vm,
                        &compiled,
                        pat,
                        string,
                        0,
                        char_len_of(vm, string),
                        slots,
                        &mut conv,
                    )?;
                    let r = vm.call(repl, &[m])?;
                    let text: Option<Vec<u8>> = if r.is_none() {
                        // A callable may return None for "nothing".
                        Some(Vec::new())
                    } else if is_str {
                        vm.as_str(r).map(|s| s.as_bytes().to_vec())
                    } else {
                        bytes_of(vm, r).map(<[u8]>::to_vec)
                    };
                    match text {
                        Some(t) => out.extend_from_slice(&t),
                        None => {
                            let t = vm.type_name(r);
                            return Err(Exc::type_error(if is_str {
                                format!(
                                    "sequence item {item_index}: expected str instance, {t} found"
                                )
                            } else {
                                format!("sequence item {item_index}: expected a bytes-like object, {t} found")
                            }));
                        }
                    }
                    item_index += 1;
                }
            }
            if out.len() > (1 << 20) {
                vm.reserve(out.len())?;
            }
            last = e;
            n += 1;
            Ok(true)
        })?;
    }
    if n == 0 {
        // Nothing replaced: CPython returns the string itself (for exact str/bytes).
        if vm.unwrap_builtin(string).is(string) {
            return Ok((string, 0));
        }
    }
    {
        let hay = subject(vm, string).map(|s| s.hay).unwrap_or(&[]);
        if last < hay.len() {
            out.extend_from_slice(&hay[last..]);
        }
    }
    vm.reserve(out.len())?;
    Ok((bytes_to_value(vm, is_str, out)?, n))
}

/// The length of the subject in characters (cached for str objects).
fn char_len_of(vm: &Vm, string: Value) -> usize {
    if let Value::Obj(id) = vm.unwrap_builtin(string) {
        if let Object::Str(s) = vm.heap.get(id) {
            return s.char_len;
        }
    }
    subject(vm, string).map_or(0, |s| char_len(s.hay, s.ascii))
}

fn is_callable(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Builtin(_) | Value::Type(_) => true,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Function(_)
            | Object::BoundMethod(_)
            | Object::Class(_)
            | Object::External(_) => true,
            Object::Instance(_) => vm.lookup_user(v, "__call__").ok().flatten().is_some(),
            _ => false,
        },
        _ => false,
    }
}

// ---- Pattern -------------------------------------------------------------------------------

fn pattern_new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::type_error("cannot create 're.Pattern' instances"))
}

fn pattern_this(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let this = args.this();
    if pattern_data(vm, this).is_none() {
        let t = vm.type_name(this);
        return Err(Exc::type_error(format!(
            "descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{t}' object"
        )));
    }
    Ok(this)
}

fn pattern_match_like(vm: &mut Vm, args: &Args, name: &str, anchor: Anchor) -> PyResult<Value> {
    let this = pattern_this(vm, args, name)?;
    let p = bind_c(vm, args, name, &["string", "pos", "endpos"], 1)?;
    do_match(vm, this, p[0].unwrap_or(Value::None), p[1], p[2], anchor)
}

fn pattern_search(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pattern_match_like(vm, args, "search", Anchor::Search)
}

fn pattern_match(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pattern_match_like(vm, args, "match", Anchor::Match)
}

fn pattern_fullmatch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pattern_match_like(vm, args, "fullmatch", Anchor::Full)
}

fn pattern_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "split")?;
    let p = bind_c(vm, args, "split", &["string", "maxsplit"], 1)?;
    split(vm, this, p[0].unwrap_or(Value::None), p[1])
}

fn pattern_findall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "findall")?;
    let p = bind_c(vm, args, "findall", &["string", "pos", "endpos"], 1)?;
    findall(vm, this, p[0].unwrap_or(Value::None), p[1], p[2])
}

fn pattern_finditer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "finditer")?;
    let p = bind_c(vm, args, "finditer", &["string", "pos", "endpos"], 1)?;
    finditer(vm, this, p[0].unwrap_or(Value::None), p[1], p[2])
}

fn pattern_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "sub")?;
    let p = bind_c(vm, args, "sub", &["repl", "string", "count"], 2)?;
    let (s, _) = sub(
        vm,
        this,
        p[0].unwrap_or(Value::None),
        p[1].unwrap_or(Value::None),
        p[2],
    )?;
    Ok(s)
}

fn pattern_subn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "subn")?;
    let p = bind_c(vm, args, "subn", &["repl", "string", "count"], 2)?;
    let (s, n) = sub(
        vm,
        this,
        p[0].unwrap_or(Value::None),
        p[1].unwrap_or(Value::None),
        p[2],
    )?;
    vm.new_tuple(vec![s, Value::Int(n as i64)])
}

/// `repr()` truncated to `n` characters, as CPython's `%.nR`.
fn repr_trunc(vm: &mut Vm, v: Value, n: usize) -> PyResult<String> {
    let s = vm.repr(v)?;
    Ok(match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    })
}

fn pattern_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "__repr__")?;
    let (pattern, flags, is_str) = match pattern_data(vm, this) {
        Some(p) => (p.pattern, p.flags, p.is_str),
        None => return Err(Exc::internal("pattern")),
    };
    let pr = repr_trunc(vm, pattern, 200)?;
    let mut flags = flags;
    if is_str && flags & (LOCALE | UNICODE | ASCII) == UNICODE {
        flags &= !UNICODE;
    }
    let text = if flags == 0 {
        format!("re.compile({pr})")
    } else {
        let mut names = Vec::new();
        for (name, bit) in FLAG_NAMES {
            if flags & bit != 0 {
                names.push(format!("re.{name}"));
                flags &= !bit;
            }
        }
        if flags != 0 {
            names.push(format!("0x{flags:x}"));
        }
        format!("re.compile({pr}, {})", names.join("|"))
    };
    vm.new_str(text)
}

fn pattern_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__eq__", 1, 1)?;
    let (a, b) = (args.this(), args.pos[1]);
    let (Some(x), Some(y)) = (pattern_data(vm, a), pattern_data(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    let same = x.is_str == y.is_str && x.flags == y.flags && x.source == y.source;
    Ok(Value::Bool(same))
}

fn pattern_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "__hash__")?;
    let (pattern, flags) = match pattern_data(vm, this) {
        Some(p) => (p.pattern, p.flags),
        None => return Err(Exc::internal("pattern")),
    };
    let h = vm.hash(pattern)?;
    Ok(Value::Int(h ^ flags as i64))
}

fn pattern_pattern(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "pattern")?;
    Ok(pattern_data(vm, this).map_or(Value::None, |p| p.pattern))
}

fn pattern_flags(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "flags")?;
    Ok(Value::Int(
        pattern_data(vm, this).map_or(0, |p| p.flags) as i64
    ))
}

fn pattern_groups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "groups")?;
    let c = compiled_of(vm, this)?;
    Ok(Value::Int(c.groups as i64))
}

fn pattern_groupindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = pattern_this(vm, args, "groupindex")?;
    let c = compiled_of(vm, this)?;
    let mut d = Dict::new();
    for (name, g) in &c.names {
        vm.dict_insert_str(&mut d, name, Value::Int(*g as i64))?;
    }
    vm.new_dict(d)
}

// ---- Match ---------------------------------------------------------------------------------

fn match_new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::type_error("cannot create 're.Match' instances"))
}

fn match_data(vm: &Vm, v: Value) -> PyResult<MatchData> {
    match vm.native_data(v) {
        Some(NativeData::ReMatch(m)) => Ok(m.clone()),
        _ => {
            let t = vm.type_name(v);
            Err(Exc::type_error(format!(
                "descriptor requires a 're.Match' object but received a '{t}'"
            )))
        }
    }
}

/// Resolves a group given by number or name.
fn group_index(vm: &mut Vm, m: &MatchData, g: Value) -> PyResult<usize> {
    let groups = m.spans.len() / 2;
    let no_such = || Exc::index_error("no such group");
    let u = vm.unwrap_builtin(g);
    match u {
        Value::Int(_) | Value::Bool(_) => {
            let i = vm.index_value(u)?;
            if i < 0 || i as usize >= groups {
                return Err(no_such());
            }
            Ok(i as usize)
        }
        Value::Obj(id) if matches!(vm.heap.get(id), Object::BigInt(_)) => Err(no_such()),
        _ => {
            if let Some(name) = vm.as_str(g) {
                let name = name.to_string();
                let c = compiled_of(vm, m.pattern)?;
                return c
                    .names
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, i)| *i)
                    .ok_or_else(no_such);
            }
            if matches!(g, Value::Obj(_)) && vm.lookup_user(g, "__index__")?.is_some() {
                let i = vm.index_value(g)?;
                if i < 0 || i as usize >= groups {
                    return Err(no_such());
                }
                return Ok(i as usize);
            }
            Err(no_such())
        }
    }
}

fn match_group_value(vm: &mut Vm, m: &MatchData, g: usize, default: Value) -> PyResult<Value> {
    group_value(vm, m.string, &m.byte_spans, g, default)
}

fn match_group(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kw("group")?;
    let m = match_data(vm, args.this())?;
    let sel = args.pos.get(1..).unwrap_or(&[]).to_vec();
    if sel.is_empty() {
        return match_group_value(vm, &m, 0, Value::None);
    }
    let mut out = Vec::with_capacity(sel.len());
    for g in sel.iter() {
        let i = group_index(vm, &m, *g)?;
        out.push(match_group_value(vm, &m, i, Value::None)?);
    }
    if out.len() == 1 {
        return Ok(out[0]);
    }
    vm.new_tuple(out)
}

fn match_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__getitem__", 1, 1)?;
    let m = match_data(vm, args.this())?;
    let i = group_index(vm, &m, args.pos[1])?;
    match_group_value(vm, &m, i, Value::None)
}

fn match_groups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_c(vm, args, "groups", &["default"], 0)?;
    let m = match_data(vm, args.this())?;
    let default = p[0].unwrap_or(Value::None);
    let n = m.spans.len() / 2;
    let mut out = Vec::with_capacity(n.saturating_sub(1));
    for g in 1..n {
        out.push(match_group_value(vm, &m, g, default)?);
    }
    vm.new_tuple(out)
}

fn match_groupdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_c(vm, args, "groupdict", &["default"], 0)?;
    let m = match_data(vm, args.this())?;
    let default = p[0].unwrap_or(Value::None);
    let c = compiled_of(vm, m.pattern)?;
    let mut d = Dict::new();
    for (name, g) in &c.names {
        let v = match_group_value(vm, &m, *g, default)?;
        vm.dict_insert_str(&mut d, name, v)?;
    }
    vm.new_dict(d)
}

fn span_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    if args.pos.len() > 2 {
        return Err(Exc::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    args.no_kw(name)?;
    let m = match_data(vm, args.this())?;
    let g = match args.pos.get(1) {
        Some(v) => group_index(vm, &m, *v)?,
        None => 0,
    };
    Ok((
        m.spans.get(2 * g).copied().unwrap_or(-1),
        m.spans.get(2 * g + 1).copied().unwrap_or(-1),
    ))
}

fn match_start(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, args, "start")?.0))
}

fn match_end(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, args, "end")?.1))
}

fn match_span(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, e) = span_of(vm, args, "span")?;
    vm.new_tuple(vec![Value::Int(s), Value::Int(e)])
}

fn match_expand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = bind_c(vm, args, "expand", &["template"], 1)?;
    let m = match_data(vm, args.this())?;
    let c = compiled_of(vm, m.pattern)?;
    let template = p[0].unwrap_or(Value::None);
    let ok = if c.is_str {
        vm.as_str(template).is_some()
    } else {
        bytes_of(vm, template).is_some()
    };
    if !ok {
        let t = vm.type_name(template);
        return Err(Exc::type_error(format!("expected str instance, {t} found")));
    }
    let pieces = parse_template(vm, template, &c)?;
    let mut out = Vec::new();
    {
        let hay = subject(vm, m.string).map(|s| s.hay).unwrap_or(&[]);
        expand_into(&mut out, hay, &pieces, &m.byte_spans);
    }
    bytes_to_value(vm, c.is_str, out)
}

fn match_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = match_data(vm, args.this())?;
    let g0 = match_group_value(vm, &m, 0, Value::None)?;
    let r = repr_trunc(vm, g0, 50)?;
    let (s, e) = (
        m.spans.first().copied().unwrap_or(-1),
        m.spans.get(1).copied().unwrap_or(-1),
    );
    vm.new_str(format!("<re.Match object; span=({s}, {e}), match={r}>"))
}

fn match_string(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match_data(vm, args.this())?.string)
}

fn match_re(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match_data(vm, args.this())?.pattern)
}

fn match_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(match_data(vm, args.this())?.pos as i64))
}

fn match_endpos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(match_data(vm, args.this())?.endpos as i64))
}

fn match_lastindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match match_data(vm, args.this())?.lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}

fn match_lastgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = match_data(vm, args.this())?;
    let Some(i) = m.lastindex else {
        return Ok(Value::None);
    };
    let c = compiled_of(vm, m.pattern)?;
    match c.names.iter().find(|(_, g)| *g == i) {
        Some((name, _)) => vm.new_str(name.clone()),
        None => Ok(Value::None),
    }
}

fn match_regs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = match_data(vm, args.this())?;
    let mut out = Vec::new();
    for pair in m.spans.chunks(2) {
        out.push(vm.new_tuple(vec![Value::Int(pair[0]), Value::Int(pair[1])])?);
    }
    vm.new_tuple(out)
}

// ---- RegexFlag -----------------------------------------------------------------------------

fn flag_bits(vm: &Vm, v: Value) -> Option<i64> {
    match vm.unwrap_builtin(v) {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// The members of `RegexFlag` in definition order (the order its repr lists them).
const FLAG_MEMBERS: &[(&str, u32)] = &[
    ("ASCII", ASCII),
    ("IGNORECASE", IGNORECASE),
    ("LOCALE", LOCALE),
    ("UNICODE", UNICODE),
    ("MULTILINE", MULTILINE),
    ("DOTALL", DOTALL),
    ("VERBOSE", VERBOSE),
    ("TEMPLATE", TEMPLATE),
    ("DEBUG", DEBUG),
];

fn flag_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let bits = flag_bits(vm, args.this()).unwrap_or(0);
    if bits == 0 {
        return vm.new_str("re.NOFLAG".into());
    }
    let mut rest = bits;
    let mut names = Vec::new();
    for (name, bit) in FLAG_MEMBERS {
        if rest & *bit as i64 != 0 {
            names.push(format!("re.{name}"));
            rest &= !(*bit as i64);
        }
    }
    if rest != 0 {
        names.push(format!("0x{rest:x}"));
    }
    vm.new_str(names.join("|"))
}

fn flag_binop(vm: &mut Vm, args: &Args, f: fn(i64, i64) -> i64) -> PyResult<Value> {
    args.check_method("__or__", 1, 1)?;
    let a = flag_bits(vm, args.this());
    let b = flag_bits(vm, args.pos[1]);
    match (a, b) {
        (Some(a), Some(b)) => new_flag(vm, f(a, b) as u32),
        _ => Ok(Value::NotImplemented),
    }
}

fn flag_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    flag_binop(vm, args, |a, b| a | b)
}

fn flag_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    flag_binop(vm, args, |a, b| a & b)
}

fn flag_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    flag_binop(vm, args, |a, b| a ^ b)
}

fn flag_invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = flag_bits(vm, args.this()).unwrap_or(0);
    let all: i64 = FLAG_NAMES.iter().map(|(_, b)| *b as i64).sum();
    new_flag(vm, (!a & all) as u32)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::{compile, run, BufferOutput, Limits, RunError};

    /// Runs `src` and returns what it printed (or the error).
    fn run_src(src: &str, limits: Limits) -> Result<String, RunError> {
        let program = compile(src, "test.py", &[]).map_err(RunError::Syntax)?;
        let out = Arc::new(std::sync::Mutex::new(String::new()));
        struct Shared(Arc<std::sync::Mutex<String>>);
        impl crate::Output for Shared {
            fn write(&mut self, text: &str) {
                if let Ok(mut s) = self.0.lock() {
                    s.push_str(text);
                }
            }
        }
        let _ = BufferOutput::default();
        run(Arc::new(program), limits, Box::new(Shared(out.clone())))?;
        let s = out.lock().map(|s| s.clone()).unwrap_or_default();
        Ok(s)
    }

    #[test]
    fn catastrophic_patterns_finish() {
        // Linear engine: instant, same answer as CPython would eventually give.
        let out = run_src(
            "import re\nprint(re.match(r'(a+)+$', 'a' * 5000 + 'b'))\n",
            Limits::default(),
        )
        .unwrap_or_default();
        assert_eq!(out, "None\n");
        // Backtracking engine: a clear error instead of hanging.
        let start = std::time::Instant::now();
        let out = run_src(
            "import re\ntry:\n    re.match(r'(a+)+(?=b)c', 'a' * 30 + 'b')\nexcept re.error as e:\n    print('error', e)\n",
            Limits::default(),
        )
        .unwrap_or_default();
        assert!(
            out.starts_with("error montybox: catastrophic backtracking"),
            "{out}"
        );
        assert!(start.elapsed().as_secs() < 60);
    }

    #[test]
    fn backtracking_honours_the_time_limit() {
        let limits = Limits {
            max_duration: Some(std::time::Duration::from_millis(200)),
            ..Limits::default()
        };
        let r = run_src(
            "import re\nre.match(r'(a+)+(?=b)c', 'a' * 40 + 'b')\n",
            limits,
        );
        assert!(matches!(r, Err(RunError::Limit { .. })), "{r:?}");
    }

    #[test]
    fn lookaround_works() {
        let out = run_src(
            "import re\nprint(re.findall(r'(?<=\\$)\\d+(?!\\d)', '$12 $345 x6'))\n",
            Limits::default(),
        )
        .unwrap_or_default();
        assert_eq!(out, "['12', '345']\n");
    }

    #[test]
    fn deep_nesting_stays_off_the_native_stack() {
        // A small native stack: nesting must be bounded or iterative.
        let h = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(|| {
                run_src(
                    "import re, json\n\
                     print(re.compile('(' * 100 + ')' * 100).groups)\n\
                     print(re.match('(?:' * 100 + 'a' + ')' * 100, 'a'))\n\
                     print(re.match('(?=' * 100 + 'a' + ')' * 100, 'a'))\n\
                     try:\n    re.compile('(' * 100000)\nexcept RecursionError as e:\n    print('re', e)\n\
                     try:\n    json.loads('[' * 100000)\nexcept RecursionError as e:\n    print('loads', e)\n\
                     x = []\nfor _ in range(100000):\n    x = [x]\n\
                     try:\n    json.dumps(x)\nexcept RecursionError as e:\n    print('dumps', e)\n",
                    Limits::default(),
                )
            })
            .map(|h| h.join());
        let out = match h {
            Ok(Ok(Ok(s))) => s,
            other => panic!("{other:?}"),
        };
        assert!(
            out.starts_with(
                "100\n<re.Match object; span=(0, 1), match='a'>\n\
                 <re.Match object; span=(0, 0), match=''>\n\
                 re maximum recursion depth exceeded\n"
            ),
            "{out}"
        );
        assert!(out.contains("loads maximum recursion depth exceeded while decoding"));
        assert!(out.contains("dumps maximum recursion depth exceeded while encoding"));
    }

    #[test]
    fn pattern_state_survives_serialization() {
        let compiled = super::engine::compile("(\\w+)@", 2, true).ok();
        let data = super::PatternData {
            pattern: crate::Value::None,
            source: "(\\w+)@".into(),
            given_flags: 2,
            flags: 34,
            is_str: true,
            compiled,
        };
        let bytes = postcard::to_allocvec(&data).unwrap_or_default();
        let back: Option<super::PatternData> = postcard::from_bytes(&bytes).ok();
        let back = back.unwrap_or(data);
        assert!(back.compiled.is_none());
        let again = super::engine::compile(&back.source, back.given_flags, back.is_str);
        assert_eq!(again.map(|c| c.groups).ok(), Some(1));
    }
}
