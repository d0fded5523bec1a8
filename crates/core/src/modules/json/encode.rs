//! The JSON encoder: one pass over the value with an explicit stack (no Rust recursion), writing
//! into a single `String`. It reproduces both of CPython's encoders: the C one `dumps` uses
//! without `indent`, and the pure-Python one used with `indent` and by `dump`, whose messages
//! differ slightly and whose output `dump` writes in the same chunks.

use std::collections::HashSet;
use std::fmt::Write;

use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// The options of one encoding.
#[derive(Clone, Debug)]
pub struct EncOpts {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The indent unit (`None`: everything on one line).
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    /// The `default` hook.
    pub default: Option<Value>,
    /// CPython's C encoder (`dumps` without indent) rather than the pure-Python one.
    pub c_mode: bool,
}

impl Default for EncOpts {
    fn default() -> Self {
        EncOpts {
            skipkeys: false,
            ensure_ascii: true,
            check_circular: true,
            allow_nan: true,
            sort_keys: false,
            indent: None,
            item_sep: ", ".into(),
            key_sep: ": ".into(),
            default: None,
            c_mode: true,
        }
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let b = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let simple = match c {
            b'"' => Some("\\\""),
            b'\\' => Some("\\\\"),
            b'\n' => Some("\\n"),
            b'\r' => Some("\\r"),
            b'\t' => Some("\\t"),
            0x08 => Some("\\b"),
            0x0c => Some("\\f"),
            _ => None,
        };
        if let Some(esc) = simple {
            out.push_str(&s[start..i]);
            out.push_str(esc);
            i += 1;
            start = i;
            continue;
        }
        if c < 0x20 || (ensure_ascii && c == 0x7f) {
            out.push_str(&s[start..i]);
            let _ = write!(out, "\\u{:04x}", c);
            i += 1;
            start = i;
            continue;
        }
        if c >= 0x80 && ensure_ascii {
            out.push_str(&s[start..i]);
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let n = ch as u32;
            if n >= 0x10000 {
                let v = n - 0x10000;
                let hi = 0xD800 + (v >> 10);
                let lo = 0xDC00 + (v & 0x3FF);
                let _ = write!(out, "\\u{hi:04x}\\u{lo:04x}");
            } else {
                let _ = write!(out, "\\u{n:04x}");
            }
            i += ch.len_utf8();
            start = i;
            continue;
        }
        i += 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

enum Frame {
    /// A list or tuple object being written.
    List {
        id: ObjId,
        idx: usize,
        marker: Option<ObjId>,
    },
    /// A dict: its (key, value) pairs are `pairs[start..start + 2 * len]`.
    Dict {
        start: usize,
        len: usize,
        idx: usize,
        first: bool,
        marker: Option<ObjId>,
    },
    /// The result of `default(obj)` is being written.
    Default { marker: Option<ObjId> },
}

/// A dict key ready to be written.
enum Key {
    Str(ObjId),
    Text(String),
}

/// What writing one value left to do.
enum Step {
    Done,
    /// `default()` returned this value, to be written in its place.
    Again(Value),
}

struct Encoder<'a> {
    opts: &'a EncOpts,
    out: &'a mut String,
    chunks: Option<&'a mut Vec<usize>>,
    stack: Vec<Frame>,
    pairs: Vec<Value>,
    markers: HashSet<ObjId, super::FastBuild>,
    max_depth: usize,
    count: usize,
    reserved: usize,
    containers: usize,
}

/// Encodes `root` into `out`. With `chunks`, records where CPython's pure-Python encoder ends
/// each piece it yields (what `dump` writes). On error `out` holds what was written so far.
pub fn encode(
    vm: &mut Vm,
    root: Value,
    opts: &EncOpts,
    out: &mut String,
    chunks: Option<&mut Vec<usize>>,
) -> PyResult<()> {
    // CPython counts its own frames (dumps/encode/iterencode) against the recursion limit.
    let extra = if opts.c_mode { 4 } else { 3 };
    let max_depth = vm
        .limits
        .max_recursion_depth
        .saturating_sub(vm.frames.len() + extra);
    let mut e = Encoder {
        opts,
        out,
        chunks,
        stack: Vec::new(),
        pairs: Vec::new(),
        markers: HashSet::default(),
        max_depth,
        count: 0,
        reserved: 0,
        containers: 0,
    };
    e.run(vm, root)
}

impl Encoder<'_> {
    fn mark(&mut self) {
        let len = self.out.len();
        if let Some(c) = self.chunks.as_deref_mut() {
            if c.last().copied().unwrap_or(0) < len {
                c.push(len);
            }
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    /// The number of open containers.
    fn level(&self) -> usize {
        self.containers
    }

    fn recursion_error(&self) -> Exc {
        Exc::new(
            BuiltinType::RecursionError,
            if self.opts.c_mode {
                "maximum recursion depth exceeded while encoding a JSON object"
            } else {
                "maximum recursion depth exceeded while calling a Python object"
            },
        )
    }

    /// Registers a container (or a value handed to `default`) as being encoded.
    fn enter(&mut self, id: Option<ObjId>) -> PyResult<Option<ObjId>> {
        if self.stack.len() >= self.max_depth {
            return Err(self.recursion_error());
        }
        match id {
            Some(id) if self.opts.check_circular => {
                if !self.markers.insert(id) {
                    return Err(Exc::value_error("Circular reference detected"));
                }
                Ok(Some(id))
            }
            _ => Ok(None),
        }
    }

    fn leave(&mut self, marker: Option<ObjId>) {
        if let Some(id) = marker {
            self.markers.remove(&id);
        }
    }

    fn float(&mut self, f: f64) -> PyResult<()> {
        if f.is_finite() {
            self.out.push_str(&crate::builtins::float::repr(f));
            return Ok(());
        }
        if !self.opts.allow_nan {
            let msg = if self.opts.c_mode {
                "Out of range float values are not JSON compliant".to_string()
            } else {
                format!(
                    "Out of range float values are not JSON compliant: {}",
                    crate::builtins::float::repr(f)
                )
            };
            return Err(Exc::value_error(msg));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    /// Writes a scalar, or opens a container, or calls `default`.
    fn value(&mut self, vm: &mut Vm, v: Value) -> PyResult<Step> {
        self.count += 1;
        if self.count & 0xFFF == 0 {
            vm.check_limits()?;
            if self.out.len() > self.reserved + (1 << 20) {
                vm.reserve(self.out.len())?;
                self.reserved = self.out.len();
            }
        }
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Float(f) => self.float(f)?,
            Value::Obj(id) => {
                let inner = match vm.heap.get(id) {
                    Object::Instance(_) => vm.unwrap_builtin(v),
                    _ => v,
                };
                let Value::Obj(iid) = inner else {
                    // An int or float subclass: written as the plain value.
                    return match inner {
                        Value::Int(i) => {
                            let _ = write!(self.out, "{i}");
                            Ok(Step::Done)
                        }
                        Value::Float(f) => self.float(f).map(|_| Step::Done),
                        Value::Bool(b) => {
                            self.out.push_str(if b { "true" } else { "false" });
                            Ok(Step::Done)
                        }
                        _ => self.other(vm, v),
                    };
                };
                match vm.heap.get(iid) {
                    Object::Str(s) => write_string(self.out, &s.s, self.opts.ensure_ascii),
                    Object::BigInt(_) => {
                        let s = crate::builtins::int::repr(vm, inner)?;
                        self.out.push_str(&s);
                    }
                    Object::List(items) | Object::Tuple(items) => {
                        let empty = items.is_empty();
                        if empty {
                            // CPython enters the nesting level even for an empty container.
                            if self.stack.len() >= self.max_depth {
                                return Err(self.recursion_error());
                            }
                            self.out.push_str("[]");
                            return Ok(Step::Done);
                        }
                        let marker = self.enter(Some(id))?;
                        self.out.push('[');
                        let level = self.level() + 1;
                        self.newline(level);
                        self.stack.push(Frame::List {
                            id: iid,
                            idx: 0,
                            marker,
                        });
                        self.containers += 1;
                    }
                    Object::Dict(d) => {
                        if d.is_empty() {
                            if self.stack.len() >= self.max_depth {
                                return Err(self.recursion_error());
                            }
                            self.out.push_str("{}");
                            return Ok(Step::Done);
                        }
                        let marker = self.enter(Some(id))?;
                        let start = self.pairs.len();
                        let len = d.len();
                        if self.opts.sort_keys {
                            let entries: Vec<(Value, Value)> =
                                d.iter().map(|e| (e.key, e.value)).collect();
                            let sorted = sort_items(vm, entries)?;
                            for (k, v) in sorted {
                                self.pairs.push(k);
                                self.pairs.push(v);
                            }
                        } else {
                            for e in d.iter() {
                                self.pairs.push(e.key);
                                self.pairs.push(e.value);
                            }
                        }
                        self.out.push('{');
                        if !self.opts.c_mode {
                            self.mark();
                        }
                        let level = self.level() + 1;
                        self.newline(level);
                        if self.opts.indent.is_some() && !self.opts.c_mode {
                            self.mark();
                        }
                        self.stack.push(Frame::Dict {
                            start,
                            len,
                            idx: 0,
                            first: true,
                            marker,
                        });
                        self.containers += 1;
                    }
                    _ => return self.other(vm, v),
                }
            }
            _ => return self.other(vm, v),
        }
        Ok(Step::Done)
    }

    /// A value JSON cannot represent: hand it to `default`.
    fn other(&mut self, vm: &mut Vm, v: Value) -> PyResult<Step> {
        let Some(default) = self.opts.default else {
            let t = vm.type_name(v);
            return Err(Exc::type_error(format!(
                "Object of type {t} is not JSON serializable"
            )));
        };
        if self.stack.len() >= self.max_depth && !matches!(default, Value::Builtin(_)) {
            // CPython's limit is hit when it calls the Python-level hook.
            return Err(Exc::new(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let marker = self.enter(v.as_obj())?;
        self.stack.push(Frame::Default { marker });
        let r = vm.call(default, &[v])?;
        Ok(Step::Again(r))
    }

    /// Writes `v` (following `default` results without Rust recursion).
    fn write_value(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let mut v = v;
        loop {
            match self.value(vm, v)? {
                Step::Done => return Ok(()),
                Step::Again(r) => v = r,
            }
        }
    }

    /// Whether CPython's pure-Python encoder writes `v` in the same piece as what precedes it.
    fn is_scalar(vm: &Vm, v: Value) -> bool {
        match vm.unwrap_builtin(v) {
            Value::Obj(id) => matches!(vm.heap.get(id), Object::Str(_) | Object::BigInt(_)),
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
            _ => false,
        }
    }

    /// Writes a dict key; `false` when it is skipped (`skipkeys`).
    fn key(&mut self, vm: &mut Vm, k: Value) -> PyResult<Option<Key>> {
        let mut s = String::new();
        let inner = vm.unwrap_builtin(k);
        match inner {
            Value::Obj(id) if matches!(vm.heap.get(id), Object::Str(_)) => {
                return Ok(Some(Key::Str(id)));
            }
            Value::Float(f) => {
                let text = if f.is_finite() {
                    crate::builtins::float::repr(f)
                } else {
                    let mut tmp = String::new();
                    std::mem::swap(self.out, &mut tmp);
                    let r = self.float(f);
                    std::mem::swap(self.out, &mut tmp);
                    r?;
                    tmp
                };
                write_string(&mut s, &text, self.opts.ensure_ascii);
                return Ok(Some(Key::Text(s)));
            }
            Value::Bool(b) => s.push_str(if b { "\"true\"" } else { "\"false\"" }),
            Value::None => s.push_str("\"null\""),
            Value::Int(i) => {
                let _ = write!(s, "\"{i}\"");
            }
            Value::Obj(id) if matches!(vm.heap.get(id), Object::BigInt(_)) => {
                let r = crate::builtins::int::repr(vm, inner)?;
                let _ = write!(s, "\"{r}\"");
            }
            _ => {
                if self.opts.skipkeys {
                    return Ok(None);
                }
                let t = vm.type_name(k);
                return Err(Exc::type_error(format!(
                    "keys must be str, int, float, bool or None, not {t}"
                )));
            }
        }
        Ok(Some(Key::Text(s)))
    }

    fn run(&mut self, vm: &mut Vm, root: Value) -> PyResult<()> {
        self.write_value(vm, root)?;
        if !self.opts.c_mode && self.containers == 0 {
            self.mark();
        }
        let c_mode = self.opts.c_mode;
        loop {
            // Indentation can make the output grow fast: account for it as it grows.
            if self.out.len() > self.reserved + (1 << 20) {
                vm.reserve(self.out.len())?;
                self.reserved = self.out.len();
            }
            let Some(top) = self.stack.last_mut() else {
                break;
            };
            match top {
                Frame::List { id, idx, marker } => {
                    let (id, i, marker) = (*id, *idx, *marker);
                    let item = match vm.heap.get(id) {
                        Object::List(items) | Object::Tuple(items) => items.get(i).copied(),
                        _ => None,
                    };
                    let level = self.level();
                    match item {
                        None => {
                            self.stack.pop();
                            self.containers -= 1;
                            self.leave(marker);
                            if self.opts.indent.is_some() {
                                self.newline(level - 1);
                                if !c_mode {
                                    self.mark();
                                }
                            }
                            self.out.push(']');
                            if !c_mode {
                                self.mark();
                            }
                        }
                        Some(item) => {
                            if let Some(Frame::List { idx, .. }) = self.stack.last_mut() {
                                *idx += 1;
                            }
                            if i > 0 {
                                let opts = self.opts;
                                self.out.push_str(&opts.item_sep);
                                self.newline(level);
                            }
                            if !c_mode && !Self::is_scalar(vm, item) {
                                self.mark();
                            }
                            let open = self.containers;
                            self.write_value(vm, item)?;
                            if !c_mode && self.containers == open {
                                self.mark();
                            }
                        }
                    }
                }
                Frame::Dict {
                    start,
                    len,
                    idx,
                    first,
                    marker,
                } => {
                    let (start, len, i, is_first, marker) = (*start, *len, *idx, *first, *marker);
                    if i < len {
                        *idx += 1;
                    }
                    let level = self.level();
                    if i >= len {
                        self.stack.pop();
                        self.containers -= 1;
                        self.pairs.truncate(start);
                        self.leave(marker);
                        if self.opts.indent.is_some() {
                            self.newline(level - 1);
                            if !c_mode {
                                self.mark();
                            }
                        }
                        self.out.push('}');
                        if !c_mode {
                            self.mark();
                        }
                        continue;
                    }
                    let k = self.pairs[start + 2 * i];
                    let v = self.pairs[start + 2 * i + 1];
                    let Some(key) = self.key(vm, k)? else {
                        continue;
                    };
                    if let Some(Frame::Dict { first, .. }) = self.stack.last_mut() {
                        *first = false;
                    }
                    if !is_first {
                        let opts = self.opts;
                        self.out.push_str(&opts.item_sep);
                        self.newline(level);
                        if !c_mode {
                            self.mark();
                        }
                    }
                    match key {
                        Key::Text(t) => self.out.push_str(&t),
                        Key::Str(id) => {
                            if let Object::Str(st) = vm.heap.get(id) {
                                write_string(self.out, &st.s, self.opts.ensure_ascii);
                            }
                        }
                    }
                    if !c_mode {
                        self.mark();
                    }
                    let opts = self.opts;
                    self.out.push_str(&opts.key_sep);
                    if !c_mode {
                        self.mark();
                    }
                    let open = self.containers;
                    self.write_value(vm, v)?;
                    if !c_mode && self.containers == open {
                        self.mark();
                    }
                }
                Frame::Default { marker } => {
                    let marker = *marker;
                    self.stack.pop();
                    self.leave(marker);
                    if !c_mode {
                        self.mark();
                    }
                }
            }
        }
        Ok(())
    }
}

/// Sorts dict items by key with Python's `<` (as `sorted(d.items())` does).
fn sort_items(vm: &mut Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let all_str = items
        .iter()
        .all(|(k, _)| matches!(k, Value::Obj(id) if matches!(vm.heap.get(*id), Object::Str(_))));
    if all_str {
        let mut items = items;
        let heap = &vm.heap;
        let text = |v: Value| -> &str {
            match v {
                Value::Obj(id) => match heap.get(id) {
                    Object::Str(s) => &s.s,
                    _ => "",
                },
                _ => "",
            }
        };
        items.sort_by(|a, b| text(a.0).cmp(text(b.0)));
        return Ok(items);
    }
    let keys: Vec<Value> = items.iter().map(|(k, _)| *k).collect();
    let mut order: Vec<Value> = (0..items.len() as i64).map(Value::Int).collect();
    crate::builtins::list::merge_sort(&mut order, &mut |a, b| {
        let (Value::Int(x), Value::Int(y)) = (a, b) else {
            return Ok(false);
        };
        let (ka, kb) = (keys[x as usize], keys[y as usize]);
        match (ka, kb) {
            (Value::Int(p), Value::Int(q)) => Ok(p < q),
            _ => vm.compare_bool(CmpOp::Lt, ka, kb),
        }
    })?;
    Ok(order
        .iter()
        .filter_map(|i| match i {
            Value::Int(i) => items.get(*i as usize).copied(),
            _ => None,
        })
        .collect())
}
