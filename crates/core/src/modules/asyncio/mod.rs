//! `asyncio`: the event loop entry points (`run`, `gather`, `create_task`, `sleep`) over the VM's
//! scheduler, the combinators (`wait_for`, `wait`, `as_completed`, `shield`, `timeout`) and the
//! synchronization primitives and queues (`sync.rs`, `queues.rs`). Sleeping advances the loop's
//! virtual clock when nothing else can run.
//!
//! `TaskGroup` lives in `taskgroup.rs`.
//!
//! Not provided: subprocesses, streams, `all_tasks`,
//! loop methods beyond `time()`/`create_task()`; `current_task()` is `None` outside tasks made
//! by `create_task`/`gather` (the main program and `asyncio.run`'s coroutine are not tasks).

mod combinators;
mod queues;
mod sync;
mod taskgroup;

pub use combinators::{on_done, AsyncioCallback, TimeoutState};
pub use queues::QueueState;
pub use sync::SyncState;
pub use taskgroup::TaskGroupState;

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

/// A function of the module or a method of one of its classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AsyncioFn {
    Func(Func),
    Comb(combinators::CombFn),
    Sync(sync::SyncFn),
    Queue(queues::QueueFn),
    TaskGroup(taskgroup::TaskGroupFn),
}

impl AsyncioFn {
    pub fn name(self) -> &'static str {
        match self {
            AsyncioFn::Func(f) => f.name(),
            AsyncioFn::Comb(f) => f.name(),
            AsyncioFn::Sync(f) => f.name(),
            AsyncioFn::Queue(f) => f.name(),
            AsyncioFn::TaskGroup(f) => f.name(),
        }
    }

    pub fn call(self, vm: &mut Vm, args: &Args) -> PyResult<Value> {
        match self {
            AsyncioFn::Func(f) => f.call(vm, args),
            AsyncioFn::Comb(f) => f.call(vm, args),
            AsyncioFn::Sync(f) => f.call(vm, args),
            AsyncioFn::Queue(f) => f.call(vm, args),
            AsyncioFn::TaskGroup(f) => f.call(vm, args),
        }
    }
}

/// `Value` of an asyncio function or method.
pub(crate) fn fv(f: AsyncioFn) -> Value {
    super::func_value(super::ModuleFn::Asyncio(f))
}

native_methods! {
    pub enum Func {
        Run => "run" => run,
        Gather => "gather" => gather,
        CreateTask => "create_task" => create_task,
        EnsureFuture => "ensure_future" => ensure_future,
        Sleep => "sleep" => sleep,
        IsCoroutine => "iscoroutine" => iscoroutine,
    }
}

/// The module's attributes.
pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Func::all_names()
        .iter()
        .filter_map(|n| Func::from_name(n).map(|f| (*n, fv(AsyncioFn::Func(f)))))
        .collect();
    out.extend(combinators::attrs(vm)?);
    out.extend(sync::attrs(vm)?);
    out.extend(queues::attrs(vm)?);
    out.extend(taskgroup::attrs(vm)?);
    out.push(("CancelledError", Value::Type(BuiltinType::CancelledError)));
    out.push((
        "InvalidStateError",
        Value::Type(BuiltinType::InvalidStateError),
    ));

    out.push(("TimeoutError", Value::Type(BuiltinType::TimeoutError)));
    out.push(("Task", Value::Type(BuiltinType::Task)));
    out.push(("Future", Value::Type(BuiltinType::Future)));
    Ok(out)
}

fn run(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // Called from bytecode, `asyncio.run` is handled without recursion by the VM; reaching here
    // means it was called from native code.
    args.check_func("run", 1, 1)?;
    Err(Exc::runtime_error(
        "asyncio.run() cannot be called from here",
    ))
}

fn gather(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "gather", &["return_exceptions"])?;
    let return_exceptions = match args.kwarg(vm, "return_exceptions") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    vm.gather(&args.pos, return_exceptions)
}

fn create_task(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "create_task", &["name", "context"])?;
    args.check_func("create_task", 1, 1)?;
    // A deferred host call is already running: its future stands in for the task.
    if vm.is_instance(args.pos[0], BuiltinType::Future) {
        return Ok(args.pos[0]);
    }
    vm.create_task(args.pos[0])
}

fn ensure_future(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("ensure_future", 1, 1)?;
    let v = args.pos[0];
    if vm.is_instance(v, BuiltinType::Task) || vm.is_instance(v, BuiltinType::Future) {
        return Ok(v);
    }
    vm.create_task(v)
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "sleep", &["result"])?;
    args.check_func("sleep", 1, 2)?;
    let delay = match args.pos[0] {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Bool(b) => b as i64 as f64,
        other => {
            let t = vm.type_name(other);
            return Err(Exc::type_error(format!(
                "'<=' not supported between instances of '{t}' and 'int'"
            )));
        }
    };
    let result = args
        .get(1)
        .or_else(|| args.kwarg(vm, "result"))
        .unwrap_or(Value::None);
    vm.sleep_future(delay, result)
}

fn iscoroutine(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("iscoroutine", 1, 1)?;
    Ok(Value::Bool(
        vm.gen_kind(args.pos[0]) == Some(crate::builtins::generator::GenKind::Coroutine),
    ))
}
