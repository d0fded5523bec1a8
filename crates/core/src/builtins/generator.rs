//! Generators, coroutines and async generators: a suspended frame plus its saved stack.
//!
//! The VM resumes a generator by pushing its frame onto the running frame stack (no Rust
//! recursion); a `yield` moves the frame and its stack slice back into the object.

use serde::{Deserialize, Serialize};

use crate::builtins::{Args, Builtin};
use crate::error::PyResult;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::{Frame, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn builtin_type(self) -> BuiltinType {
        match self {
            GenKind::Generator => BuiltinType::Generator,
            GenKind::Coroutine => BuiltinType::Coroutine,
            GenKind::AsyncGenerator => BuiltinType::AsyncGenerator,
        }
    }

    /// How error messages name this kind ("generator", "coroutine", "async generator").
    pub fn describe(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Generator {
    pub kind: GenKind,
    pub code: u32,
    pub name: String,
    pub qualname: String,
    /// The suspended frame; its `base` is relative to `stack`.
    pub frame: Option<Frame>,
    /// The saved locals and operand stack of the frame.
    pub stack: Vec<Value>,
    pub state: GenState,
    /// The exception the generator was handling when it yielded.
    pub exc_info: Value,
    /// The sub-iterator of a `yield from` in progress (`gi_yieldfrom`).
    pub yield_from: Value,
}

impl Generator {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(frame) = &self.frame {
            frame.trace(f);
        }
        self.stack.iter().for_each(|v| f(*v));
        f(self.exc_info);
        f(self.yield_from);
    }
}

native_methods! {
    /// Methods of generators, coroutines and async generators.
    pub enum GeneratorMethod {
        Send => "send" => gen_send,
        Throw => "throw" => gen_throw,
        Close => "close" => gen_close,
        Next => "__next__" => gen_next,
        Iter => "__iter__" => gen_iter,
        Await => "__await__" => gen_iter,
        ANext => "__anext__" => agen_anext,
        AIter => "__aiter__" => gen_iter,
        ASend => "asend" => agen_asend,
        AClose => "aclose" => agen_aclose,
    }
}

/// The methods a generator-like type has.
pub fn method_for(t: BuiltinType, name: &str) -> Option<Builtin> {
    use GeneratorMethod as M;
    let m = M::from_name(name)?;
    let ok = match t {
        BuiltinType::Generator => matches!(m, M::Send | M::Throw | M::Close | M::Next | M::Iter),
        BuiltinType::Coroutine => matches!(m, M::Send | M::Throw | M::Close | M::Await),
        BuiltinType::AsyncGenerator => matches!(m, M::ANext | M::AIter | M::ASend | M::AClose),
        _ => false,
    };
    ok.then_some(Builtin::Generator(m))
}

fn gen_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("send", 1, 1)?;
    vm.gen_resume_nested(args.this(), crate::vm::Resume::Value(args.pos[1]))
}

fn gen_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("throw", 1, 3)?;
    let exc = vm.exception_from_throw_args(&args.pos[1..])?;
    vm.gen_resume_nested(args.this(), crate::vm::Resume::Throw(exc))
}

fn gen_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("close", 0, 0)?;
    vm.gen_close(args.this())?;
    Ok(Value::None)
}

fn gen_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__next__", 0, 0)?;
    vm.gen_resume_nested(args.this(), crate::vm::Resume::Value(Value::None))
}

fn gen_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this())
}

fn agen_anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("__anext__", 0, 0)?;
    vm.async_gen_step_awaitable(args.this(), Value::None)
}

fn agen_asend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("asend", 1, 1)?;
    vm.async_gen_step_awaitable(args.this(), args.pos[1])
}

fn agen_aclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("aclose", 0, 0)?;
    vm.gen_close(args.this())?;
    vm.completed_future(Value::None)
}
