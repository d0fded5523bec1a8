//! User classes, their instances, and the methods of `type`.
//!
//! A class keeps its namespace in a `Dict` keyed by `str` values and its C3 method resolution
//! order, which mixes user classes and built-in types. An instance keeps its attributes inline
//! until `__dict__` is asked for, then in a heap dict shared with that `__dict__`. Instances of
//! classes that derive from a built-in type carry a payload of that type (exceptions carry
//! `ExcData`).

use serde::{Deserialize, Serialize};

use crate::builtins::dict::Dict;
use crate::builtins::exceptions::ExcData;
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::ObjId;
use crate::modules::native::NativeData;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Value>,
    /// The class itself first, then its bases in C3 order, ending with `object`.
    pub mro: Vec<Value>,
    pub dict: Dict,
    /// The built-in type instances are laid out as (`Object` for plain classes).
    pub builtin_base: BuiltinType,
    /// `__dict__` once asked for (a heap dict that then holds the namespace); else `Undefined`.
    pub dict_obj: Value,
    /// The metaclass when it is not `type` (a native metaclass such as `enum.EnumType`);
    /// `Undefined` for `type`.
    pub meta: Value,
    /// Error messages name the class `module.name`, as CPython does for types implemented in C
    /// (`'datetime.date' object has no attribute 'hour'`).
    pub dotted_name: bool,
}

impl Class {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.bases.iter().for_each(|v| f(*v));
        self.mro.iter().for_each(|v| f(*v));
        self.dict.trace(f);
        f(self.dict_obj);
        f(self.meta);
    }
}

/// Where an instance keeps its attributes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Attrs {
    Inline(Dict),
    /// A heap dict object, shared with `obj.__dict__`.
    Shared(ObjId),
}

/// What an instance holds besides attributes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Payload {
    None,
    Exception(Box<ExcData>),
    /// The built-in value of an instance of a subclass of a built-in type (`class C(list)`).
    Builtin(Value),
    /// The state of an instance of a standard-library class implemented natively.
    Native(Box<NativeData>),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Instance {
    /// A user class (`Value::Obj`) or, for built-in exceptions, a built-in type.
    pub class: Value,
    pub attrs: Attrs,
    pub payload: Payload,
}

impl Instance {
    pub fn new(class: Value) -> Instance {
        Instance {
            class,
            attrs: Attrs::Inline(Dict::new()),
            payload: Payload::None,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class);
        match &self.attrs {
            Attrs::Inline(d) => d.trace(f),
            Attrs::Shared(id) => f(Value::Obj(*id)),
        }
        match &self.payload {
            Payload::None => {}
            Payload::Exception(e) => e.trace(f),
            Payload::Builtin(v) => f(*v),
            Payload::Native(n) => n.trace(f),
        }
    }

    pub fn size_estimate(&self) -> usize {
        let attrs = match &self.attrs {
            Attrs::Inline(d) => d.size_estimate(),
            Attrs::Shared(_) => 0,
        };
        match &self.payload {
            Payload::Native(n) => attrs + n.size_estimate(),
            _ => attrs,
        }
    }

    pub fn exc(&self) -> Option<&ExcData> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }

    pub fn exc_mut(&mut self) -> Option<&mut ExcData> {
        match &mut self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}

native_methods! {
    /// Methods of `type` objects.
    pub enum TypeMethod {
        Mro => "mro" => type_mro,
        Subclasses => "__subclasses__" => type_subclasses,
    }
}

fn type_mro(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("mro", 0, 0)?;
    let mro = vm.mro_of(args.this())?;
    vm.new_list(mro)
}

fn type_subclasses(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(Exc::new(
        BuiltinType::AttributeError,
        "montybox does not support __subclasses__() (sandbox: no introspection of the class graph)",
    ))
}

/// Computes the C3 linearization of a class with `bases` (each base's MRO given). When no
/// consistent order exists, returns the heads of the sequences that could not be merged.
pub fn c3_merge(mut seqs: Vec<Vec<Value>>) -> Result<Vec<Value>, Vec<Value>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = s[0];
            if !seqs
                .iter()
                .any(|other| other[1..].iter().any(|v| v.is(head)))
            {
                candidate = Some(head);
                break;
            }
        }
        let Some(head) = candidate else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(s[0])) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };

        out.push(head);
        for s in seqs.iter_mut() {
            if s[0].is(head) {
                s.remove(0);
            }
        }
    }
}
