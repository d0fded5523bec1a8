//! `asyncio`: the event loop entry points (`run`, `gather`, `create_task`, `sleep`) over the VM's
//! scheduler. Sleeping advances a virtual clock unless the host supplies time.

use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::Vm;

native_methods! {
    pub enum AsyncioFn {
        Run => "run" => run,
        Gather => "gather" => gather,
        CreateTask => "create_task" => create_task,
        EnsureFuture => "ensure_future" => ensure_future,
        Sleep => "sleep" => sleep,
        IsCoroutine => "iscoroutine" => iscoroutine,
    }
}

/// The module's attributes.
pub fn attrs(_vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = AsyncioFn::all_names()
        .iter()
        .filter_map(|n| {
            AsyncioFn::from_name(n).map(|f| {
                (
                    *n,
                    Value::Builtin(crate::builtins::Builtin::Module(super::ModuleFn::Asyncio(
                        f,
                    ))),
                )
            })
        })
        .collect();
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
