//! Types and attributes: `type()`, MROs, `isinstance`, attribute lookup with descriptors
//! (functions, properties, static and class methods), `__getattr__`, class-body names and
//! imports.

use super::{Flow, OnReturn, Vm};
use crate::builtins::class::{Attrs, Payload};
use crate::builtins::dict::Dict;
use crate::builtins::function::BoundMethod;
use crate::builtins::hash::hash_str;
use crate::builtins::{type_method, Builtin};
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::types::BuiltinType;
use crate::value::Value;

/// An attribute name with its hash, computed once per access.
#[derive(Clone, Copy)]
pub struct Name<'a> {
    pub s: &'a str,
    pub hash: i64,
}

impl<'a> Name<'a> {
    pub fn new(s: &'a str) -> Name<'a> {
        Name {
            s,
            hash: hash_str(s),
        }
    }
}

/// Attributes of exception objects that are data descriptors on `BaseException`.
const EXC_ATTRS: &[&str] = &[
    "args",
    "__cause__",
    "__context__",
    "__suppress_context__",
    "__traceback__",
];

impl Vm {
    /// `type(v)`: a `Value::Type` or a user class.
    pub fn type_of(&self, v: Value) -> Value {
        Value::Type(match v {
            Value::Undefined | Value::None => BuiltinType::NoneType,
            Value::NotImplemented => BuiltinType::NotImplementedType,
            Value::Ellipsis => BuiltinType::Ellipsis,
            Value::Bool(_) => BuiltinType::Bool,
            Value::Int(_) => BuiltinType::Int,
            Value::Float(_) => BuiltinType::Float,
            Value::Builtin(_) => BuiltinType::BuiltinFunction,
            Value::Type(_) => BuiltinType::Type,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Str(_) => BuiltinType::Str,
                Object::Bytes(_) => BuiltinType::Bytes,
                Object::ByteArray(_) => BuiltinType::ByteArray,
                Object::BigInt(_) => BuiltinType::Int,
                Object::List(_) => BuiltinType::List,
                Object::Tuple(_) => BuiltinType::Tuple,
                Object::Dict(_) => BuiltinType::Dict,
                Object::Set(_) => BuiltinType::Set,
                Object::FrozenSet(_) => BuiltinType::FrozenSet,
                Object::Range(_) => BuiltinType::Range,
                Object::Slice(_) => BuiltinType::Slice,
                Object::Function(_) => BuiltinType::Function,
                Object::BoundMethod(m) => {
                    if matches!(m.func, Value::Builtin(_)) {
                        BuiltinType::BuiltinFunction
                    } else {
                        BuiltinType::Method
                    }
                }
                Object::Class(c) => {
                    if matches!(c.meta, Value::Undefined) {
                        BuiltinType::Type
                    } else {
                        return c.meta;
                    }
                }
                Object::Instance(i) => return i.class,
                Object::Cell(_) => BuiltinType::Cell,
                Object::Generator(g) => g.kind.builtin_type(),
                Object::Iter(it) => it.builtin_type(),
                Object::Property(_) => BuiltinType::Property,
                Object::StaticMethod(_) => BuiltinType::StaticMethod,
                Object::ClassMethod(_) => BuiltinType::ClassMethod,
                Object::Super(_) => BuiltinType::Super,
                Object::DictView(_, k) => match k {
                    crate::heap::DictViewKind::Keys => BuiltinType::DictKeys,
                    crate::heap::DictViewKind::Values => BuiltinType::DictValues,
                    crate::heap::DictViewKind::Items => BuiltinType::DictItems,
                },
                Object::Module(_) => BuiltinType::Module,
                Object::Task(_) => BuiltinType::Task,
                Object::Future(_) => BuiltinType::Future,
                Object::External(_) => BuiltinType::ExternalFunction,
                Object::AGenStep(..) => BuiltinType::Coroutine,
                Object::Traceback(..) => BuiltinType::Traceback,
            },
        })
    }

    /// The name of `v`'s type, as error messages print it.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        self.class_error_name(t)
    }

    /// The name of a class as error messages print it: `__name__`, or `module.name` for native
    /// classes standing for CPython's C types.
    pub fn class_error_name(&self, cls: Value) -> String {
        match cls {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) if c.dotted_name => format!("{}.{}", c.module, c.name),
                _ => self.class_name(cls),
            },
            _ => self.class_name(cls),
        }
    }

    /// The `__name__` of a class or built-in type.
    pub fn class_name(&self, cls: Value) -> String {
        match cls {
            Value::Type(t) => t.name().to_string(),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) => c.name.clone(),
                _ => "?".to_string(),
            },
            _ => "?".to_string(),
        }
    }

    /// The `__qualname__` of a class, and its module (for reprs).
    pub fn class_qualname(&self, cls: Value) -> (String, String) {
        match cls {
            Value::Type(t) => (t.name().to_string(), t.module().to_string()),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) => (c.qualname.clone(), c.module.clone()),
                _ => ("?".into(), "?".into()),
            },
            _ => ("?".into(), "?".into()),
        }
    }

    /// Whether `v` is a class (user class or built-in type).
    pub fn is_class(&self, v: Value) -> bool {
        match v {
            Value::Type(_) => true,
            Value::Obj(id) => matches!(self.heap.get(id), Object::Class(_)),
            _ => false,
        }
    }

    /// The MRO of a class as values.
    pub fn mro_of(&self, cls: Value) -> PyResult<Vec<Value>> {
        match cls {
            Value::Type(t) => Ok(t.mro().into_iter().map(Value::Type).collect()),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) => Ok(c.mro.clone()),
                _ => Err(Exc::type_error("not a class")),
            },
            _ => Err(Exc::type_error("not a class")),
        }
    }

    fn mro_entry(&self, cls: Value, i: usize) -> Option<Value> {
        match cls {
            Value::Type(t) => {
                let mut cur = Some(t);
                for _ in 0..i {
                    cur = cur.and_then(|c| c.base());
                }
                cur.map(Value::Type)
            }
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) => c.mro.get(i).copied(),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether class `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: Value, sup: Value) -> bool {
        if let (Value::Type(a), Value::Type(b)) = (sub, sup) {
            return a.is_subtype_of(b);
        }
        let mut i = 0;
        while let Some(c) = self.mro_entry(sub, i) {
            if c.is(sup) {
                return true;
            }
            i += 1;
        }
        false
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance_of(&self, v: Value, cls: Value) -> PyResult<bool> {
        let t = self.type_of(v);
        Ok(self.is_subclass(t, cls))
    }

    /// Whether `v` is an instance of built-in type `ty` (or of a subclass).
    pub fn is_instance(&self, v: Value, ty: BuiltinType) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, Value::Type(ty))
    }

    /// Looks `name` up in the MRO of `cls`, starting at MRO index `start`.
    pub fn lookup_in_mro_from(
        &mut self,
        cls: Value,
        name: &str,
        start: usize,
    ) -> PyResult<Option<Value>> {
        Ok(self.mro_lookup(cls, Name::new(name), start).map(|(v, _)| v))
    }

    /// The attribute `name` of `cls` if a class namespace in its MRO defines it (Python code or
    /// a native standard-library class), not a built-in type.
    pub fn lookup_in_namespaces(&self, cls: Value, name: &str) -> Option<Value> {
        match self.mro_lookup(cls, Name::new(name), 0) {
            Some((v, Value::Obj(_))) => Some(v),
            _ => None,
        }
    }

    /// The class attribute `name` of `cls` and the class it was found on.
    pub(crate) fn mro_lookup(
        &self,
        cls: Value,
        name: Name,
        start: usize,
    ) -> Option<(Value, Value)> {
        let mut i = start;
        while let Some(entry) = self.mro_entry(cls, i) {
            match entry {
                Value::Type(t) => {
                    if let Some(v) = builtin_type_attr(t, name.s) {
                        return Some((v, entry));
                    }
                }
                Value::Obj(id) => {
                    if let Object::Class(c) = self.heap.get(id) {
                        if let Some(v) = self.dict_find_hashed(&c.dict, name) {
                            return Some((v, entry));
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// Looks a str key up in `d` with a precomputed hash.
    pub(crate) fn dict_find_hashed(&self, d: &Dict, name: Name) -> Option<Value> {
        let r: Result<Option<usize>, ()> = d.find(Value::Undefined, name.hash, |k| {
            Ok(self.as_str(k) == Some(name.s))
        });
        match r {
            Ok(Some(pos)) => d.entry(pos).map(|e| e.value),
            _ => None,
        }
    }

    /// The special method `name` of `v`'s type, bound to `v`, if the type defines it in Python
    /// (or natively for built-in types).
    pub fn lookup_special(&mut self, v: Value, name: &str) -> PyResult<Option<Value>> {
        let cls = self.type_of(v);
        let found = self.mro_lookup(cls, Name::new(name), 0);
        match found {
            None => Ok(None),
            Some((attr, _)) => Ok(Some(self.bind_class_attr(attr, v, cls)?)),
        }
    }

    /// Whether `v`'s type defines `name` in a class namespace (Python code, or a native class
    /// of the standard library), rather than natively in a built-in type.
    pub fn has_user_special(&self, v: Value, name: &str) -> bool {
        let cls = self.type_of(v);
        matches!(
            self.mro_lookup(cls, Name::new(name), 0),
            Some((attr, owner)) if !matches!(attr, Value::Builtin(_)) || matches!(owner, Value::Obj(_))
        )
    }

    /// Binds a class attribute found for instance `obj` of class `cls` (the descriptor step for
    /// functions, static and class methods; properties are handled by the caller).
    pub(crate) fn bind_class_attr(
        &mut self,
        attr: Value,
        obj: Value,
        cls: Value,
    ) -> PyResult<Value> {
        match attr {
            Value::Builtin(b) => {
                if is_static_builtin(b) {
                    return Ok(attr);
                }
                if is_class_level_builtin(b) {
                    return self.alloc(Object::BoundMethod(BoundMethod {
                        func: attr,
                        receiver: cls,
                    }));
                }
                self.alloc(Object::BoundMethod(BoundMethod {
                    func: attr,
                    receiver: obj,
                }))
            }
            Value::Obj(id) => match self.heap.get(id) {
                Object::Function(_) => self.alloc(Object::BoundMethod(BoundMethod {
                    func: attr,
                    receiver: obj,
                })),
                Object::StaticMethod(f) => Ok(*f),
                Object::ClassMethod(f) => {
                    let f = *f;
                    self.alloc(Object::BoundMethod(BoundMethod {
                        func: f,
                        receiver: cls,
                    }))
                }
                _ => Ok(attr),
            },
            other => Ok(other),
        }
    }

    fn attr_error(&mut self, obj: Value, name: &str, msg: String) -> Exc {
        match self.new_exception(BuiltinType::AttributeError, &msg) {
            Ok(exc) => {
                if let Ok(n) = self.new_str(name.to_string()) {
                    self.set_exc_attr(exc, "name", n);
                }
                self.set_exc_attr(exc, "obj", obj);
                Exc::Object(exc)
            }
            Err(e) => e,
        }
    }

    /// The AttributeError for a missing attribute, worded as CPython words it.
    pub fn no_attribute(&mut self, obj: Value, name: &str) -> Exc {
        let msg = match obj {
            Value::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name()),
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(_) => format!(
                    "type object '{}' has no attribute '{name}'",
                    self.class_error_name(obj)
                ),
                Object::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
                _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
            },
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.attr_error(obj, name, msg)
    }

    /// `getattr(obj, name)` from native code (may run Python code to completion).
    pub fn getattr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let depth = self.frames.len();
        match self.getattr_flow(obj, Name::new(name), OnReturn::ExitNested)? {
            Flow::Value(v) => Ok(v),
            Flow::Frame => self.run_nested(depth),
            Flow::Done => Ok(self.stack.pop().unwrap_or(Value::None)),
            Flow::Blocked => Err(Exc::internal("unexpected wait")),
        }
    }

    /// Like `getattr`, but `None` when the attribute does not exist (AttributeError).
    pub fn getattr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(&e, BuiltinType::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn load_attr_flow(&mut self, obj: Value, idx: u32) -> PyResult<Flow> {
        let program = self.program.clone();
        let s = &program.names[idx as usize];
        let nv = self.name_value(idx)?;
        let hash = match nv {
            Value::Obj(id) => self.str_hash(id),
            _ => hash_str(s),
        };
        self.getattr_flow(obj, Name { s, hash }, OnReturn::Push)
    }

    /// `obj.name`; a property getter or `__getattr__` runs as a frame whose result goes through
    /// `on_return`.
    pub(crate) fn getattr_flow(
        &mut self,
        obj: Value,
        name: Name,
        on_return: OnReturn,
    ) -> PyResult<Flow> {
        match obj {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Instance(_) => return self.instance_getattr(obj, id, name, on_return),
                Object::Class(_) => {
                    let v = self.class_getattr(obj, name)?;
                    return self.resolve(on_return, v);
                }
                Object::Module(m) => {
                    let found = self.dict_find_hashed(&m.attrs, name);
                    return match found {
                        Some(v) => self.resolve(on_return, v),
                        None => Err(self.no_attribute(obj, name.s)),
                    };
                }
                Object::Super(s) => {
                    let (ty, o) = (s.ty, s.obj);
                    return self.super_getattr(ty, o, name, on_return);
                }
                _ => {}
            },
            Value::Type(_) => {
                let v = self.class_getattr(obj, name)?;
                return self.resolve(on_return, v);
            }
            _ => {}
        }
        // Built-in values: special attributes, then native methods.
        if let Some(v) = self.builtin_value_attr(obj, name.s)? {
            return self.resolve(on_return, v);
        }
        let cls = self.type_of(obj);
        match self.mro_lookup(cls, name, 0) {
            Some((attr, _)) => {
                let v = self.bind_class_attr(attr, obj, cls)?;
                self.resolve(on_return, v)
            }
            None => Err(self.no_attribute(obj, name.s)),
        }
    }

    fn instance_getattr(
        &mut self,
        obj: Value,
        id: ObjId,
        name: Name,
        on_return: OnReturn,
    ) -> PyResult<Flow> {
        let cls = match self.heap.get(id) {
            Object::Instance(i) => i.class,
            _ => return Err(Exc::internal("not an instance")),
        };
        // Exception data descriptors.
        if self.is_exception_instance(id)
            && (EXC_ATTRS.contains(&name.s) || exception_member(cls, name.s))
        {
            if let Some(v) = self.exception_attr(id, name.s)? {
                return self.resolve(on_return, v);
            }
        }
        match name.s {
            "__class__" => return self.resolve(on_return, cls),
            "__dict__" => {
                let d = self.instance_dict(id)?;
                return self.resolve(on_return, d);
            }
            _ => {}
        }
        let class_attr = self.mro_lookup(cls, name, 0);
        if let Some((attr, _)) = class_attr {
            if let Value::Obj(aid) = attr {
                match self.heap.get(aid) {
                    Object::Property(p) => {
                        let fget = p.fget;
                        if fget.is_none() {
                            let cn = self.class_name(cls);
                            return Err(self.attr_error(
                                obj,
                                name.s,
                                format!("property '{}' of '{cn}' object has no getter", name.s),
                            ));
                        }
                        if let Some(getattr) = self.user_getattr_hook(cls) {
                            // A getter raising AttributeError falls back to __getattr__, so it
                            // runs to completion here to see how it ends.
                            return match self.call(fget, &[obj]) {
                                Ok(v) => self.resolve(on_return, v),
                                Err(e) if self.exc_is(&e, BuiltinType::AttributeError) => {
                                    let name_v = self.new_str(name.s.to_string())?;
                                    let bound = self.bind_class_attr(getattr, obj, cls)?;
                                    self.call_flow(bound, &[name_v], on_return)
                                }
                                Err(e) => Err(e),
                            };
                        }
                        return self.call_flow(fget, &[obj], on_return);
                    }
                    Object::Instance(_)
                        if (self.has_user_special(attr, "__set__")
                            || self.has_user_special(attr, "__delete__")) =>
                    {
                        if let Some(get) = self.lookup_special(attr, "__get__")? {
                            return self.call_flow(get, &[obj, cls], on_return);
                        }
                    }
                    _ => {}
                }
            }
        }
        let inst_val = match self.heap.get(id) {
            Object::Instance(i) => match &i.attrs {
                Attrs::Inline(d) => self.dict_find_hashed(d, name),
                Attrs::Shared(did) => match self.heap.get(*did) {
                    Object::Dict(d) => self.dict_find_hashed(d, name),
                    _ => None,
                },
            },
            _ => None,
        };
        if let Some(v) = inst_val {
            return self.resolve(on_return, v);
        }
        if let Some((attr, _)) = class_attr {
            if let Value::Obj(aid) = attr {
                if matches!(self.heap.get(aid), Object::Instance(_)) {
                    if let Some(get) = self.lookup_special(attr, "__get__")? {
                        return self.call_flow(get, &[obj, cls], on_return);
                    }
                }
            }
            let v = self.bind_class_attr(attr, obj, cls)?;
            return self.resolve(on_return, v);
        }
        // Attributes of the built-in payload (e.g. methods of a dict subclass are found above;
        // this covers special attributes like `real` of an int subclass).
        if let Object::Instance(i) = self.heap.get(id) {
            if let Payload::Builtin(p) = i.payload {
                if let Some(v) = self.builtin_value_attr(p, name.s)? {
                    return self.resolve(on_return, v);
                }
            }
        }
        if let Some((getattr, _)) = self.mro_lookup(cls, Name::new("__getattr__"), 0) {
            if !matches!(getattr, Value::Builtin(_)) {
                let name_v = self.new_str(name.s.to_string())?;
                let bound = self.bind_class_attr(getattr, obj, cls)?;
                return self.call_flow(bound, &[name_v], on_return);
            }
        }
        Err(self.no_attribute(obj, name.s))
    }

    /// A `__getattr__` defined in Python on `cls` or its bases.
    fn user_getattr_hook(&self, cls: Value) -> Option<Value> {
        match self.mro_lookup(cls, Name::new("__getattr__"), 0) {
            Some((g, _)) if !matches!(g, Value::Builtin(_)) => Some(g),
            _ => None,
        }
    }

    /// The `__dict__` of an instance, moving inline attributes into a shared dict object.
    pub fn instance_dict(&mut self, id: ObjId) -> PyResult<Value> {
        let inline = match self.heap.get_mut(id) {
            Object::Instance(i) => match &mut i.attrs {
                Attrs::Shared(d) => return Ok(Value::Obj(*d)),
                Attrs::Inline(d) => std::mem::take(d),
            },
            _ => return Err(Exc::internal("not an instance")),
        };
        let d = self.alloc_obj(Object::Dict(inline))?;
        if let Object::Instance(i) = self.heap.get_mut(id) {
            i.attrs = Attrs::Shared(d);
        }
        Ok(Value::Obj(d))
    }

    fn class_getattr(&mut self, cls: Value, name: Name) -> PyResult<Value> {
        if let Some(v) = self.class_special_attr(cls, name.s)? {
            return Ok(v);
        }
        match self.mro_lookup(cls, name, 0) {
            Some((attr, _)) => match attr {
                Value::Obj(aid) => match self.heap.get(aid) {
                    Object::StaticMethod(f) => Ok(*f),
                    Object::ClassMethod(f) => {
                        let f = *f;
                        self.alloc(Object::BoundMethod(BoundMethod {
                            func: f,
                            receiver: cls,
                        }))
                    }
                    Object::Instance(_) => {
                        if let Some(get) = self.lookup_special(attr, "__get__")? {
                            self.call(get, &[Value::None, cls])
                        } else {
                            Ok(attr)
                        }
                    }
                    _ => Ok(attr),
                },
                Value::Builtin(b) if is_class_level_builtin(b) => {
                    self.alloc(Object::BoundMethod(BoundMethod {
                        func: attr,
                        receiver: cls,
                    }))
                }
                other => Ok(other),
            },
            None => {
                // Attributes of a native metaclass (`Color.__members__`).
                let meta = self.type_of(cls);
                if let Value::Obj(_) = meta {
                    if let Some((attr, _)) = self.mro_lookup(meta, name, 0) {
                        if let Value::Obj(aid) = attr {
                            if let Object::Property(p) = self.heap.get(aid) {
                                let fget = p.fget;
                                return self.call(fget, &[cls]);
                            }
                        }
                        return self.bind_class_attr(attr, cls, meta);
                    }
                }
                // Methods of `type` itself (`C.mro()`).
                if let Some(b) = type_method(BuiltinType::Type, name.s) {
                    return self.alloc(Object::BoundMethod(BoundMethod {
                        func: Value::Builtin(b),
                        receiver: cls,
                    }));
                }
                // A metaclass `__getattr__` (EnumType's in 3.11) handles missing names.
                if let Value::Obj(_) = meta {
                    if let Some((getattr, _)) = self.mro_lookup(meta, Name::new("__getattr__"), 0) {
                        if matches!(getattr, Value::Obj(_) | Value::Builtin(Builtin::Module(_))) {
                            let name_v = self.new_str(name.s.to_string())?;
                            let bound = self.bind_class_attr(getattr, cls, meta)?;
                            return self.call(bound, &[name_v]);
                        }
                    }
                }
                Err(self.no_attribute(cls, name.s))
            }
        }
    }

    /// `__name__`, `__mro__` and the other attributes every class has.
    fn class_special_attr(&mut self, cls: Value, name: &str) -> PyResult<Option<Value>> {
        let v = match name {
            "__name__" => {
                let n = self.class_name(cls);
                self.new_str(n)?
            }
            "__qualname__" => {
                let (q, _) = self.class_qualname(cls);
                self.new_str(q)?
            }
            "__module__" => {
                let (_, m) = self.class_qualname(cls);
                self.new_str(m)?
            }
            "__mro__" => {
                let mro = self.mro_of(cls)?;
                self.new_tuple(mro)?
            }
            "__bases__" => {
                let bases = match cls {
                    Value::Type(t) => t.base().map(Value::Type).into_iter().collect(),
                    Value::Obj(id) => match self.heap.get(id) {
                        Object::Class(c) => c.bases.clone(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                self.new_tuple(bases)?
            }
            "__base__" => match cls {
                Value::Type(t) => t.base().map(Value::Type).unwrap_or(Value::None),
                Value::Obj(id) => match self.heap.get(id) {
                    Object::Class(c) => c.bases.first().copied().unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            },
            "__class__" => self.type_of(cls),
            "__dict__" => match cls {
                Value::Obj(id) => {
                    let existing = match self.heap.get(id) {
                        Object::Class(c) => c.dict.clone(),
                        _ => Dict::new(),
                    };
                    self.new_dict(existing)?
                }
                _ => self.new_dict(Dict::new())?,
            },
            "__doc__" => match cls {
                Value::Obj(id) => match self.heap.get(id) {
                    Object::Class(c) => self
                        .dict_lookup_str(&c.dict, "__doc__")
                        .unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn super_getattr(
        &mut self,
        ty: Value,
        obj: Value,
        name: Name,
        on_return: OnReturn,
    ) -> PyResult<Flow> {
        // Search the MRO of obj's type (or obj itself if it is a class) after `ty`.
        let obj_is_class = self.is_class(obj);
        let start_cls = if obj_is_class { obj } else { self.type_of(obj) };
        let mro = self.mro_of(start_cls)?;
        let pos = mro
            .iter()
            .position(|c| c.is(ty))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for entry in &mro[pos..] {
            let found = match *entry {
                Value::Type(t) => builtin_type_attr(t, name.s),
                Value::Obj(id) => match self.heap.get(id) {
                    Object::Class(c) => self.dict_find_hashed(&c.dict, name),
                    _ => None,
                },
                _ => None,
            };
            if let Some(attr) = found {
                if let Value::Obj(aid) = attr {
                    if let Object::Property(p) = self.heap.get(aid) {
                        let fget = p.fget;
                        return self.call_flow(fget, &[obj], on_return);
                    }
                }
                let v = if obj_is_class {
                    match attr {
                        Value::Obj(aid) => match self.heap.get(aid) {
                            Object::ClassMethod(f) => {
                                let f = *f;
                                self.alloc(Object::BoundMethod(BoundMethod {
                                    func: f,
                                    receiver: obj,
                                }))?
                            }
                            Object::StaticMethod(f) => *f,
                            _ => attr,
                        },
                        Value::Builtin(b) if is_class_level_builtin(b) => {
                            self.alloc(Object::BoundMethod(BoundMethod {
                                func: attr,
                                receiver: obj,
                            }))?
                        }
                        other => other,
                    }
                } else {
                    self.bind_class_attr(attr, obj, start_cls)?
                };
                return self.resolve(on_return, v);
            }
        }
        Err(Exc::attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.s
        )))
    }

    /// Special attributes of built-in values (`real`, `start`, `__name__` of functions, ...).
    pub(crate) fn builtin_value_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        let v = match obj {
            Value::Int(_) | Value::Bool(_) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(b as i64),
                    o => o,
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match name {
                "real" => Some(Value::Float(f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Builtin(b) => match name {
                "__name__" => Some(self.new_str(b.name().to_string())?),
                "__qualname__" => {
                    let q = match b.owner() {
                        Some(t) => format!("{}.{}", t.name(), b.name()),
                        None => b.name().to_string(),
                    };
                    Some(self.new_str(q)?)
                }
                "__module__" => Some(match b {
                    Builtin::Module(m) => self.new_str(m.module().to_string())?,
                    Builtin::Func(_) => self.new_str("builtins".to_string())?,
                    _ => Value::None,
                }),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(_) => match name {
                    "real" | "numerator" => Some(obj),
                    "imag" => Some(Value::Int(0)),
                    "denominator" => Some(Value::Int(1)),
                    _ => None,
                },
                Object::Range(r) => {
                    let r = r.clone();
                    crate::builtins::range::attr(self, &r, name)?
                }
                Object::Slice(s) => match name {
                    "start" => Some(s.start),
                    "stop" => Some(s.stop),
                    "step" => Some(s.step),
                    _ => None,
                },
                Object::Function(f) => match name {
                    "__name__" => {
                        let n = f.name.clone();
                        Some(self.new_str(n)?)
                    }
                    "__qualname__" => {
                        let n = f.qualname.clone();
                        Some(self.new_str(n)?)
                    }
                    "__module__" => Some(self.new_str("__main__".to_string())?),
                    "__doc__" => Some(f.doc),
                    "__defaults__" => {
                        let d = f.defaults.clone();
                        Some(if d.is_empty() { Value::None } else { self.new_tuple(d)? })
                    }
                    "__kwdefaults__" => Some(f.kwdefaults),
                    "__annotations__" => {
                        let a = f.annotations;
                        Some(if a.is_none() {
                            let d = self.new_dict(Dict::new())?;
                            if let Object::Function(f) = self.heap.get_mut(id) {
                                f.annotations = d;
                            }
                            d
                        } else {
                            a
                        })
                    }
                    "__dict__" => {
                        let d = f.dict;
                        Some(if d.is_undefined() {
                            let d = self.new_dict(Dict::new())?;
                            if let Object::Function(f) = self.heap.get_mut(id) {
                                f.dict = d;
                            }
                            d
                        } else {
                            d
                        })
                    }
                    "__closure__" => {
                        // The cells of the closure: values the program already reaches.
                        let cells = f.closure.clone();
                        Some(if cells.is_empty() {
                            Value::None
                        } else {
                            self.new_tuple(cells)?
                        })
                    }
                    "__code__" | "__globals__" | "__builtins__" => {
                        return Err(Exc::attribute_error(format!(
                            "montybox does not expose function.{name} (sandbox: no access to code objects or namespaces)"
                        )))
                    }
                    _ => {
                        let d = f.dict;
                        match d {
                            Value::Obj(did) => self.dict_get_str(did, name),
                            _ => None,
                        }
                    }
                },
                Object::BoundMethod(m) => {
                    let (func, recv) = (m.func, m.receiver);
                    match name {
                        "__self__" => Some(recv),
                        "__func__" => Some(func),
                        _ => {
                            if matches!(func, Value::Builtin(_)) {
                                self.builtin_value_attr(func, name)?
                            } else {
                                Some(self.getattr(func, name)?)
                            }
                        }
                    }
                }
                Object::Generator(g) => match name {
                    "__name__" => {
                        let n = g.name.clone();
                        Some(self.new_str(n)?)
                    }
                    "__qualname__" => {
                        let n = g.qualname.clone();
                        Some(self.new_str(n)?)
                    }
                    "gi_running" | "cr_running" | "ag_running" => {
                        Some(Value::Bool(g.state == crate::builtins::generator::GenState::Running))
                    }
                    "gi_frame" | "cr_frame" | "ag_frame" | "gi_code" | "cr_code" | "ag_code" => {
                        return Err(Exc::attribute_error(format!(
                            "montybox does not expose {name} (sandbox: no access to frames or code objects)"
                        )))
                    }
                    "gi_yieldfrom" | "cr_await" => Some(g.yield_from),
                    _ => None,
                },
                Object::Property(p) => match name {
                    "fget" => Some(p.fget),
                    "fset" => Some(p.fset),
                    "fdel" => Some(p.fdel),
                    "__doc__" => Some(p.doc),
                    _ => None,
                },
                Object::StaticMethod(f) | Object::ClassMethod(f) => match name {
                    "__func__" | "__wrapped__" => Some(*f),
                    _ => None,
                },
                Object::Traceback(exc, index) => {
                    let (exc, index) = (*exc, *index);
                    let entries = match self.heap.get(exc) {
                        Object::Instance(i) => i.exc().map(|e| e.traceback.clone()).unwrap_or_default(),
                        _ => Vec::new(),
                    };
                    let entry = entries.get(index as usize).copied();
                    match (name, entry) {
                        ("tb_lineno", Some(e)) => {
                            let line = self.code(e.code).locs.get(e.ip as usize).map(|l| l.line).unwrap_or(0);
                            Some(Value::Int(line as i64))
                        }
                        ("tb_lasti", Some(e)) => Some(Value::Int(e.ip as i64 * 2)),
                        ("tb_next", _) => Some(if (index as usize + 1) < entries.len() {
                            self.alloc(Object::Traceback(exc, index + 1))?
                        } else {
                            Value::None
                        }),
                        ("tb_frame", _) => {
                            return Err(Exc::attribute_error(
                                "montybox does not expose frame objects (sandbox)",
                            ))
                        }
                        _ => None,
                    }
                }
                Object::Cell(v) => match name {
                    "cell_contents" => {
                        if v.is_undefined() {
                            return Err(Exc::value_error("Cell is empty"));
                        }
                        Some(*v)
                    }
                    _ => None,
                },
                Object::External(n) => match name {
                    "__name__" | "__qualname__" => {
                        let n = n.clone();
                        Some(self.new_str(n)?)
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        Ok(v)
    }

    /// `LoadMethod`: pushes `(callable, self)` or `(callable, Undefined)`.
    pub(crate) fn load_method_flow(&mut self, obj: Value, idx: u32) -> PyResult<Flow> {
        let program = self.program.clone();
        let s: &str = &program.names[idx as usize];
        // Built-in values: push the native method unbound, with the receiver.
        let is_builtin_value = match obj {
            Value::Obj(id) => !matches!(
                self.heap.get(id),
                Object::Instance(_) | Object::Class(_) | Object::Module(_) | Object::Super(_)
            ),
            Value::Type(_) => false,
            _ => true,
        };
        if is_builtin_value {
            if let Value::Type(t) = self.type_of(obj) {
                if let Some(b) = type_method(t, s) {
                    if !is_class_level_builtin(b) && !is_static_builtin(b) {
                        self.stack.push(Value::Builtin(b));
                        self.stack.push(obj);
                        return Ok(Flow::Done);
                    }
                }
            }
        }
        if let Value::Obj(id) = obj {
            if let Object::Instance(inst) = self.heap.get(id) {
                let cls = inst.class;
                let nv = self.name_value(idx)?;
                let hash = match nv {
                    Value::Obj(nid) => self.str_hash(nid),
                    _ => hash_str(s),
                };
                let name = Name { s, hash };
                // A plain function on the class, not shadowed by the instance: no bound method.
                if let Some((attr, _)) = self.mro_lookup(cls, name, 0) {
                    // Native methods (built-in types' and stdlib classes') bind the same way.
                    let is_func = matches!(attr, Value::Obj(a) if matches!(self.heap.get(a), Object::Function(_)))
                        || matches!(attr, Value::Builtin(b) if !is_static_builtin(b) && !is_class_level_builtin(b));
                    if is_func {
                        let shadowed = match self.heap.get(id) {
                            Object::Instance(i) => match &i.attrs {
                                Attrs::Inline(d) => {
                                    !d.is_empty() && self.dict_find_hashed(d, name).is_some()
                                }
                                Attrs::Shared(did) => match self.heap.get(*did) {
                                    Object::Dict(d) => self.dict_find_hashed(d, name).is_some(),
                                    _ => false,
                                },
                            },
                            _ => false,
                        };
                        if !shadowed {
                            self.stack.push(attr);
                            self.stack.push(obj);
                            return Ok(Flow::Done);
                        }
                    }
                }
                return self.getattr_flow(obj, name, OnReturn::MethodValue);
            }
        }
        let nv = self.name_value(idx)?;
        let hash = match nv {
            Value::Obj(nid) => self.str_hash(nid),
            _ => hash_str(s),
        };
        self.getattr_flow(obj, Name { s, hash }, OnReturn::MethodValue)
    }

    pub(crate) fn store_attr_flow(&mut self, obj: Value, idx: u32, value: Value) -> PyResult<Flow> {
        let program = self.program.clone();
        let s: &str = &program.names[idx as usize];
        let nv = self.name_value(idx)?;
        self.setattr_flow(obj, s, nv, value)
    }

    /// `obj.name = value` from native code.
    pub fn setattr(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        let nv = self.new_str(name.to_string())?;
        let depth = self.frames.len();
        match self.setattr_flow(obj, name, nv, value)? {
            Flow::Frame => {
                if let Some(f) = self.frames.last_mut() {
                    f.on_return = OnReturn::ExitNested;
                }
                self.run_nested(depth).map(|_| ())
            }
            _ => Ok(()),
        }
    }

    fn setattr_flow(&mut self, obj: Value, s: &str, nv: Value, value: Value) -> PyResult<Flow> {
        match obj {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Instance(inst) => {
                    let cls = inst.class;
                    let name = Name::new(s);
                    if matches!(cls, Value::Type(BuiltinType::Object)) {
                        return Err(self.no_attribute(obj, s));
                    }
                    if self.is_exception_instance(id) && EXC_ATTRS.contains(&s) {
                        self.set_exception_attr(id, s, value)?;
                        return Ok(Flow::Done);
                    }
                    if let Some((setattr, _)) = self.mro_lookup(cls, Name::new("__setattr__"), 0) {
                        if !is_builtin_type_method(setattr) {
                            let bound = self.bind_class_attr(setattr, obj, cls)?;
                            return self.call_flow(bound, &[nv, value], OnReturn::SetAttrDone);
                        }
                    }
                    if let Some((attr, owner)) = self.mro_lookup(cls, name, 0) {
                        if let Value::Obj(aid) = attr {
                            match self.heap.get(aid) {
                                Object::Property(p) => {
                                    let fset = p.fset;
                                    if fset.is_none() && matches!(p.fget, Value::Builtin(_)) {
                                        // A native getter stands for a C getset descriptor.
                                        let cn = self.class_error_name(owner);
                                        return Err(self.attr_error(
                                            obj,
                                            s,
                                            format!(
                                                "attribute '{s}' of '{cn}' objects is not writable"
                                            ),
                                        ));
                                    }
                                    if fset.is_none() {
                                        let cn = self.class_name(cls);
                                        return Err(self.attr_error(
                                            obj,
                                            s,
                                            format!(
                                                "property '{s}' of '{cn}' object has no setter"
                                            ),
                                        ));
                                    }
                                    return self.call_flow(
                                        fset,
                                        &[obj, value],
                                        OnReturn::SetAttrDone,
                                    );
                                }
                                Object::Instance(_) => {
                                    if let Some(set) = self.lookup_special(attr, "__set__")? {
                                        return self.call_flow(
                                            set,
                                            &[obj, value],
                                            OnReturn::SetAttrDone,
                                        );
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    self.instance_set(id, nv, value)?;
                    Ok(Flow::Done)
                }
                Object::Class(_) => {
                    if let Some(hook) = self.meta_hook(obj, "__setattr__")? {
                        return self.call_flow(hook, &[nv, value], OnReturn::SetAttrDone);
                    }
                    let mut dict = match self.heap.get_mut(id) {
                        Object::Class(c) => std::mem::take(&mut c.dict),
                        _ => Dict::new(),
                    };
                    let r = self.dict_set_in(&mut dict, nv, value);
                    if let Object::Class(c) = self.heap.get_mut(id) {
                        c.dict = dict;
                    }
                    r.map(|_| Flow::Done)
                }
                Object::Function(f) => {
                    let d = f.dict;
                    match s {
                        "__name__" | "__qualname__" => {
                            let text = self.str_value(value).ok_or_else(|| {
                                Exc::type_error(
                                    "__name__ must be set to a string object".to_string(),
                                )
                            })?;
                            if let Object::Function(f) = self.heap.get_mut(id) {
                                if s == "__name__" {
                                    f.name = text;
                                } else {
                                    f.qualname = text;
                                }
                            }
                            return Ok(Flow::Done);
                        }
                        "__doc__" => {
                            if let Object::Function(f) = self.heap.get_mut(id) {
                                f.doc = value;
                            }
                            return Ok(Flow::Done);
                        }
                        _ => {}
                    }
                    let d = if d.is_undefined() {
                        let d = self.new_dict(Dict::new())?;
                        if let Object::Function(f) = self.heap.get_mut(id) {
                            f.dict = d;
                        }
                        d
                    } else {
                        d
                    };
                    self.dict_setitem(d, nv, value)?;
                    Ok(Flow::Done)
                }
                Object::Module(_) => {
                    let mut attrs = match self.heap.get_mut(id) {
                        Object::Module(m) => std::mem::take(&mut m.attrs),
                        _ => Dict::new(),
                    };
                    let r = self.dict_set_in(&mut attrs, nv, value);
                    if let Object::Module(m) = self.heap.get_mut(id) {
                        m.attrs = attrs;
                    }
                    r.map(|_| Flow::Done)
                }
                _ => Err(self.readonly_attr_error(obj, s)),
            },
            _ => Err(self.readonly_attr_error(obj, s)),
        }
    }

    fn readonly_attr_error(&mut self, obj: Value, s: &str) -> Exc {
        if let Value::Type(t) = obj {
            return Exc::type_error(format!(
                "cannot set '{s}' attribute of immutable type '{}'",
                t.name()
            ));
        }
        let tn = self.type_name(obj);
        if self.builtin_value_attr(obj, s).ok().flatten().is_some() {
            // A data attribute of a built-in type (a getset descriptor in CPython).
            return self.attr_error(
                obj,
                s,
                format!("attribute '{s}' of '{tn}' objects is not writable"),
            );
        }
        let has = matches!(self.type_of(obj), Value::Type(t) if type_method(t, s).is_some());
        if has {
            self.attr_error(
                obj,
                s,
                format!("'{tn}' object attribute '{s}' is read-only"),
            )
        } else {
            self.attr_error(obj, s, format!("'{tn}' object has no attribute '{s}'"))
        }
    }

    /// Sets an instance attribute directly (no descriptors).
    pub fn instance_set(&mut self, id: ObjId, nv: Value, value: Value) -> PyResult<()> {
        let shared = match self.heap.get(id) {
            Object::Instance(i) => match &i.attrs {
                Attrs::Shared(d) => Some(*d),
                Attrs::Inline(_) => None,
            },
            _ => return Err(Exc::internal("not an instance")),
        };
        if let Some(d) = shared {
            return self.dict_set(d, nv, value);
        }
        let mut d = match self.heap.get_mut(id) {
            Object::Instance(i) => match &mut i.attrs {
                Attrs::Inline(d) => std::mem::take(d),
                Attrs::Shared(_) => Dict::new(),
            },
            _ => Dict::new(),
        };
        let r = self.dict_set_in(&mut d, nv, value);
        if let Object::Instance(i) = self.heap.get_mut(id) {
            i.attrs = Attrs::Inline(d);
        }
        r
    }

    pub(crate) fn delete_attr_flow(&mut self, obj: Value, idx: u32) -> PyResult<Flow> {
        let program = self.program.clone();
        let s: &str = &program.names[idx as usize];
        let nv = self.name_value(idx)?;
        match obj {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Instance(inst) => {
                    let cls = inst.class;
                    if let Some((delattr, _)) = self.mro_lookup(cls, Name::new("__delattr__"), 0) {
                        if !is_builtin_type_method(delattr) {
                            let bound = self.bind_class_attr(delattr, obj, cls)?;
                            return self.call_flow(bound, &[nv], OnReturn::Discard);
                        }
                    }
                    if let Some((Value::Obj(aid), _)) = self.mro_lookup(cls, Name::new(s), 0) {
                        {
                            if let Object::Property(p) = self.heap.get(aid) {
                                let fdel = p.fdel;
                                if fdel.is_none() {
                                    let cn = self.class_name(cls);
                                    return Err(self.attr_error(
                                        obj,
                                        s,
                                        format!("property '{s}' of '{cn}' object has no deleter"),
                                    ));
                                }
                                return self.call_flow(fdel, &[obj], OnReturn::Discard);
                            }
                        }
                    }
                    let d = self.instance_dict(id)?;
                    let did = d.as_obj().ok_or_else(|| Exc::internal("instance dict"))?;
                    match self.dict_remove(did, nv)? {
                        Some(_) => Ok(Flow::Done),
                        None => Err(self.no_attribute(obj, s)),
                    }
                }
                Object::Class(_) => {
                    if let Some(hook) = self.meta_hook(obj, "__delattr__")? {
                        return self.call_flow(hook, &[nv], OnReturn::Discard);
                    }
                    let mut dict = match self.heap.get_mut(id) {
                        Object::Class(c) => std::mem::take(&mut c.dict),
                        _ => Dict::new(),
                    };
                    let r = self.dict_remove_str(&mut dict, s);
                    if let Object::Class(c) = self.heap.get_mut(id) {
                        c.dict = dict;
                    }
                    match r? {
                        Some(_) => Ok(Flow::Done),
                        None => Err(self.no_attribute(obj, s)),
                    }
                }
                Object::Function(f) => {
                    let d = f.dict;
                    if let Value::Obj(did) = d {
                        if self.dict_remove(did, nv)?.is_some() {
                            return Ok(Flow::Done);
                        }
                    }
                    Err(self.no_attribute(obj, s))
                }
                _ => Err(self.readonly_attr_error(obj, s)),
            },
            _ => Err(self.readonly_attr_error(obj, s)),
        }
    }

    /// The method `name` of a class's native metaclass (`EnumType.__setattr__`), bound to the
    /// class; `None` for classes of `type`.
    pub(crate) fn meta_hook(&mut self, cls: Value, name: &str) -> PyResult<Option<Value>> {
        let meta = match cls {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(c) => c.meta,
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        if !matches!(meta, Value::Obj(_)) {
            return Ok(None);
        }
        match self.lookup_in_namespaces(meta, name) {
            Some(m) => self.bind_class_attr(m, cls, meta).map(Some),
            None => Ok(None),
        }
    }

    /// The dict behind a class body's namespace: the namespace itself, or the dict a native
    /// `__prepare__` namespace (`enum`'s member-tracking dict) keeps.
    fn ns_dict(&self, ns: Value) -> Value {
        match ns {
            Value::Obj(id) if matches!(self.heap.get(id), Object::Instance(_)) => self
                .native_data(ns)
                .and_then(|d| d.namespace_dict())
                .map(Value::Obj)
                .unwrap_or(Value::Undefined),
            other => other,
        }
    }

    // ---- class bodies and module names ---------------------------------------------------------

    pub(crate) fn load_name(&mut self, fi: usize, idx: u32) -> PyResult<Value> {
        let ns = self.ns_dict(self.frames[fi].namespace);
        let nv = self.name_value(idx)?;
        if let Value::Obj(d) = ns {
            if let Some(v) = self.dict_get(d, nv)? {
                return Ok(v);
            }
        }
        let program = self.program.clone();
        let name = &program.names[idx as usize];
        if let Some(slot) = program.global_slot(name) {
            let v = self.globals[slot];
            if !v.is_undefined() {
                return Ok(v);
            }
        }
        if let Some(c) = crate::compile::builtin_const(name) {
            return self.materialize_const(&c);
        }
        Err(self.name_error(name))
    }

    pub(crate) fn store_name(&mut self, fi: usize, idx: u32, v: Value) -> PyResult<()> {
        let ns = self.frames[fi].namespace;
        let nv = self.name_value(idx)?;
        match ns {
            Value::Obj(d) if matches!(self.heap.get(d), Object::Instance(_)) => {
                // A native `__prepare__` namespace sees every assignment.
                self.setitem(ns, nv, v)
            }
            Value::Obj(d) => self.dict_set(d, nv, v),
            _ => {
                let name = self.program.names[idx as usize].clone();
                self.set_global(&name, v);
                Ok(())
            }
        }
    }

    pub(crate) fn delete_name(&mut self, fi: usize, idx: u32) -> PyResult<()> {
        let ns = self.ns_dict(self.frames[fi].namespace);
        let nv = self.name_value(idx)?;
        if let Value::Obj(d) = ns {
            if self.dict_remove(d, nv)?.is_some() {
                return Ok(());
            }
        }
        let name = self.program.names[idx as usize].clone();
        Err(self.name_error(&name))
    }

    pub(crate) fn load_class_deref(
        &mut self,
        fi: usize,
        idx: u32,
        slot_index: usize,
        code: &crate::bytecode::Code,
        slot: u32,
    ) -> PyResult<Value> {
        let ns = self.ns_dict(self.frames[fi].namespace);
        let nv = self.name_value(idx)?;
        if let Value::Obj(d) = ns {
            if let Some(v) = self.dict_get(d, nv)? {
                return Ok(v);
            }
        }
        let v = self.cell_get(self.stack[slot_index]);
        if v.is_undefined() {
            let name = code
                .varnames
                .get(slot as usize)
                .cloned()
                .unwrap_or_default();
            return Err(self.free_var_error(&name));
        }
        Ok(v)
    }

    pub(crate) fn import_from(&mut self, module: Value, idx: u32) -> PyResult<Value> {
        let program = self.program.clone();
        let name = &program.names[idx as usize];
        match self.getattr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = match module {
                    Value::Obj(id) => match self.heap.get(id) {
                        Object::Module(m) => m.name.clone(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                let exc = self.new_exception(
                    BuiltinType::ImportError,
                    &format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                )?;
                Err(Exc::Object(exc))
            }
        }
    }

    pub(crate) fn import_star(&mut self, module: Value) -> PyResult<()> {
        let entries: Vec<(String, Value)> = match module {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Module(m) => m
                    .attrs
                    .iter()
                    .filter_map(|e| self.as_str(e.key).map(|k| (k.to_string(), e.value)))
                    .filter(|(k, _)| !k.starts_with('_'))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for (k, v) in entries {
            self.set_global(&k, v);
        }
        Ok(())
    }

    pub(crate) fn setup_annotations(&mut self, fi: usize) -> PyResult<()> {
        let d = self.new_dict(Dict::new())?;
        let ns = self.ns_dict(self.frames[fi].namespace);
        match ns {
            Value::Obj(nid) => {
                let k = self.new_str("__annotations__".into())?;
                self.dict_set(nid, k, d)
            }
            _ => {
                self.set_global("__annotations__", d);
                Ok(())
            }
        }
    }

    pub(crate) fn store_annotation(&mut self, fi: usize, idx: u32, v: Value) -> PyResult<()> {
        let ns = self.ns_dict(self.frames[fi].namespace);
        let annotations = match ns {
            Value::Obj(nid) => self.dict_get_str(nid, "__annotations__"),
            _ => self
                .program
                .global_slot("__annotations__")
                .map(|s| self.globals[s])
                .filter(|v| !v.is_undefined()),
        };
        let nv = self.name_value(idx)?;
        match annotations.and_then(|a| self.dict_id(a)) {
            Some(d) => self.dict_set(d, nv, v),
            None => Ok(()),
        }
    }
}

/// Whether a class attribute is a native method of a built-in type (`object.__setattr__`), as
/// opposed to a method defined in Python or by a native standard-library class.
fn is_builtin_type_method(v: Value) -> bool {
    matches!(v, Value::Builtin(b) if !matches!(b, Builtin::Module(_)))
}

/// Built-in static methods: never bound to a receiver (`str.maketrans`).
pub fn is_static_builtin(b: Builtin) -> bool {
    matches!(b, Builtin::Str(crate::builtins::str::StrMethod::MakeTrans))
}

/// Built-in methods called on the class rather than an instance (`dict.fromkeys`).
pub fn is_class_level_builtin(b: Builtin) -> bool {
    use crate::builtins::dict_methods::DictMethod;
    use crate::builtins::int::IntMethod;
    matches!(
        b,
        Builtin::Dict(DictMethod::FromKeys) | Builtin::Int(IntMethod::FromBytes)
    ) || crate::builtins::bytes::is_class_level(b)
        || crate::builtins::float::is_class_level(b)
}

/// An attribute of a built-in type as a class attribute (its native methods).
pub fn builtin_type_attr(t: BuiltinType, name: &str) -> Option<Value> {
    // Each built-in type's own methods (not its bases'; the MRO walk visits those).
    let b = type_method(t, name)?;
    match b.owner() {
        Some(owner)
            if owner != t && !(t == BuiltinType::ByteArray || t == BuiltinType::FrozenSet) =>
        {
            // Found on a base: the MRO walk will find it there.
            if t.is_subtype_of(owner) && owner != t {
                return None;
            }
            Some(Value::Builtin(b))
        }
        _ => Some(Value::Builtin(b)),
    }
}

/// Whether `name` is a member of a specific built-in exception type (e.g. `StopIteration.value`).
fn exception_member(cls: Value, name: &str) -> bool {
    let _ = cls;
    matches!(
        name,
        "value"
            | "code"
            | "errno"
            | "strerror"
            | "filename"
            | "msg"
            | "lineno"
            | "offset"
            | "text"
            | "message"
            | "exceptions"
    )
}
