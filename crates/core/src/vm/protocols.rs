//! Protocols the bytecode uses directly: `with`/`async with`, pattern matching (`match`), and
//! merging keyword-argument dicts for `f(**kw)`.

use super::{Flow, OnReturn, Vm};
use crate::builtins::dict::Dict;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::ops::Kind;

impl Vm {
    /// `BeforeWith` / `BeforeAsyncWith`: pushes the bound `__exit__`, then calls `__enter__`.
    pub(crate) fn before_with(&mut self, ctx: Value, is_async: bool) -> PyResult<Flow> {
        let (enter_name, exit_name, what) = if is_async {
            (
                "__aenter__",
                "__aexit__",
                "the asynchronous context manager protocol",
            )
        } else {
            ("__enter__", "__exit__", "the context manager protocol")
        };
        let t = self.type_name(ctx);
        let Some(enter) = self.lookup_special(ctx, enter_name)? else {
            return Err(Exc::type_error(format!(
                "'{t}' object does not support {what}"
            )));
        };
        let Some(exit) = self.lookup_special(ctx, exit_name)? else {
            return Err(Exc::type_error(format!(
                "'{t}' object does not support {what} (missed {exit_name} method)"
            )));
        };
        self.stack.push(exit);
        self.call_flow(enter, &[], OnReturn::WithEnter)
    }

    /// `WithExceptStart`: `exit(type(exc), exc, traceback)`.
    pub(crate) fn with_except_start(&mut self, exit: Value, exc: Value) -> PyResult<Flow> {
        let ty = self.type_of(exc);
        let tb = match exc {
            Value::Obj(id) => self
                .exception_attr(id, "__traceback__")?
                .unwrap_or(Value::None),
            _ => Value::None,
        };
        self.call_flow(exit, &[ty, exc, tb], OnReturn::Push)
    }

    /// `DictUpdate` / `DictMerge` (`{**a}` and `f(**a)`).
    pub(crate) fn dict_update_instr(
        &mut self,
        target: Value,
        src: Value,
        merge: bool,
        _fi: usize,
    ) -> PyResult<()> {
        let tid = self.dict_id(target).ok_or_else(|| Exc::internal("dict"))?;
        let is_mapping = self.dict_id(src).is_some() || self.has_user_special(src, "keys");
        if !is_mapping {
            let t = self.type_name(src);
            if merge {
                let fname = self.callee_name_for_merge();
                return Err(Exc::type_error(format!(
                    "{fname} argument after ** must be a mapping, not {t}"
                )));
            }
            return Err(Exc::type_error(format!("'{t}' object is not a mapping")));
        }
        if !merge {
            return crate::builtins::dict_methods::update_from(self, tid, src);
        }
        let pairs: Vec<(Value, Value)> = match self.dict_id(src) {
            Some(sid) => match self.heap.get(sid) {
                Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            },
            None => {
                let keys_fn = self.getattr(src, "keys")?;
                let keys = self.call(keys_fn, &[])?;
                let mut out = Vec::new();
                for k in self.collect(keys)? {
                    let v = self.getitem(src, k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if self.kind(k) != Kind::Str {
                return Err(Exc::type_error("keywords must be strings"));
            }
            if self.dict_get(tid, k)?.is_some() {
                let fname = self.callee_name_for_merge();
                let name = self.str_value(k).unwrap_or_default();
                return Err(Exc::type_error(format!(
                    "{fname} got multiple values for keyword argument '{name}'"
                )));
            }
            self.dict_set(tid, k, v)?;
        }
        Ok(())
    }

    /// The callable's description in `f(**kw)` errors: the callable below the args on the stack.
    fn callee_name_for_merge(&self) -> String {
        let len = self.stack.len();
        match len.checked_sub(3).and_then(|i| self.stack.get(i)) {
            Some(callable) => self.function_str(*callable),
            None => "function()".into(),
        }
    }

    /// How CPython names a callable in call errors: `module.qualname()` for Python functions,
    /// methods and classes outside `builtins`, `qualname()` otherwise (`print()`,
    /// `list.append()`, `int()`).
    pub fn function_str(&self, callable: Value) -> String {
        match callable {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Function(f) => format!("{}.{}()", self.function_module(id), f.qualname),
                Object::BoundMethod(m) => {
                    let (func, recv) = (m.func, m.receiver);
                    match func {
                        Value::Builtin(b) => match b.owner() {
                            Some(t) => format!("{}.{}()", t.name(), b.name()),
                            None => format!("{}()", b.name()),
                        },
                        Value::Obj(_) => {
                            let _ = recv;
                            self.function_str(func)
                        }
                        _ => "function()".into(),
                    }
                }
                Object::Class(c) => {
                    if c.module == "builtins" {
                        format!("{}()", c.qualname)
                    } else {
                        format!("{}.{}()", c.module, c.qualname)
                    }
                }
                Object::External(name) => format!("{name}()"),
                _ => format!("{}()", self.type_name(callable)),
            },
            Value::Builtin(b) => match b.owner() {
                Some(t) => format!("{}.{}()", t.name(), b.name()),
                None => format!("{}()", b.name()),
            },
            Value::Type(t) => format!("{}()", t.name()),
            _ => "function()".into(),
        }
    }

    /// The `__module__` of a Python function (the main module: the program is `__main__`).
    fn function_module(&self, _id: crate::heap::ObjId) -> &'static str {
        "__main__"
    }

    /// `MatchMapping`.
    pub(crate) fn is_mapping(&self, v: Value) -> bool {
        self.dict_id(v).is_some()
    }

    /// `MatchSequence`: sequences other than str, bytes and bytearray.
    pub(crate) fn is_match_sequence(&self, v: Value) -> bool {
        let inner = self.unwrap_builtin(v);
        matches!(self.kind(inner), Kind::List | Kind::Tuple | Kind::Range)
    }

    /// `MatchKeys`: the values for `keys`, or None if any is missing.
    pub(crate) fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys = self.seq_items(keys).unwrap_or_default();
        let did = self
            .dict_id(subject)
            .ok_or_else(|| Exc::internal("mapping"))?;
        let mut seen: Vec<Value> = Vec::new();
        let mut values = Vec::with_capacity(keys.len());
        for k in keys {
            for s in &seen {
                if self.eq(*s, k)? {
                    let r = self.repr(k)?;
                    return Err(Exc::value_error(format!(
                        "mapping pattern checks duplicate key ({r})"
                    )));
                }
            }
            seen.push(k);
            match self.dict_get(did, k)? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        self.new_tuple(values)
    }

    /// `CopyDictWithoutKeys`: the `**rest` of a mapping pattern.
    pub(crate) fn copy_dict_without_keys(
        &mut self,
        subject: Value,
        keys: Value,
    ) -> PyResult<Value> {
        let did = self
            .dict_id(subject)
            .ok_or_else(|| Exc::internal("mapping"))?;
        let copy = match self.heap.get(did) {
            Object::Dict(d) => d.clone(),
            _ => Dict::new(),
        };
        let out = self.new_dict(copy)?;
        let oid = out.as_obj().ok_or_else(|| Exc::internal("dict"))?;
        for k in self.seq_items(keys).unwrap_or_default() {
            self.dict_remove(oid, k)?;
        }
        Ok(out)
    }

    /// `MatchClass`: the attributes for the sub-patterns, or None if `subject` does not match.
    pub(crate) fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        names: Value,
        npos: usize,
    ) -> PyResult<Value> {
        if !self.is_class(cls) {
            return Err(Exc::type_error("called match pattern must be a type"));
        }
        if !self.isinstance_of(subject, cls)? {
            return Ok(Value::None);
        }
        let kw_names = self.seq_items(names).unwrap_or_default();
        let mut attrs = Vec::with_capacity(npos + kw_names.len());
        let mut seen: Vec<String> = Vec::new();
        let cls_name = self.class_name(cls);
        if npos > 0 {
            let self_match = match cls {
                Value::Type(t) => matches!(
                    t,
                    BuiltinType::Bool
                        | BuiltinType::ByteArray
                        | BuiltinType::Bytes
                        | BuiltinType::Dict
                        | BuiltinType::Float
                        | BuiltinType::FrozenSet
                        | BuiltinType::Int
                        | BuiltinType::List
                        | BuiltinType::Set
                        | BuiltinType::Str
                        | BuiltinType::Tuple
                ),
                _ => false,
            };
            let match_args = self.getattr_opt(cls, "__match_args__")?;
            if let (true, None) = (self_match, match_args) {
                if npos > 1 {
                    return Err(Exc::type_error(format!(
                        "{cls_name}() accepts 1 positional sub-pattern ({npos} given)"
                    )));
                }
                attrs.push(subject);
            } else {
                let match_args = match match_args {
                    Some(m) if self.kind(m) == Kind::Tuple => self.seq_items(m).unwrap_or_default(),
                    Some(_) => {
                        return Err(Exc::type_error(format!(
                            "{cls_name}.__match_args__ must be a tuple (got list)"
                        )))
                    }
                    None => Vec::new(),
                };
                if npos > match_args.len() {
                    let n = match_args.len();
                    return Err(Exc::type_error(format!(
                        "{cls_name}() accepts {n} positional sub-pattern{} ({npos} given)",
                        if n == 1 { "" } else { "s" }
                    )));
                }
                for a in &match_args[..npos] {
                    let name = self.str_value(*a).ok_or_else(|| {
                        Exc::type_error("__match_args__ elements must be strings")
                    })?;
                    seen.push(name.clone());
                    match self.getattr_opt(subject, &name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for k in kw_names {
            let name = self.str_value(k).unwrap_or_default();
            if seen.contains(&name) {
                return Err(Exc::type_error(format!(
                    "{cls_name}() got multiple sub-patterns for attribute '{name}'"
                )));
            }
            seen.push(name.clone());
            match self.getattr_opt(subject, &name)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        self.new_tuple(attrs)
    }
}
