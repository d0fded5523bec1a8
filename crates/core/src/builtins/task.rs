//! Methods of `asyncio.Task` and `asyncio.Future` objects (state queries, results, cancellation).

use crate::builtins::{Args, Builtin};
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::scheduler::FutState;
use crate::vm::Vm;

native_methods! {
    pub enum TaskMethod {
        Done => "done" => done,
        Result => "result" => result,
        Exception => "exception" => exception,
        Cancel => "cancel" => cancel,
        Cancelled => "cancelled" => cancelled,
        GetName => "get_name" => get_name,
        SetName => "set_name" => set_name,
        GetCoro => "get_coro" => get_coro,
        SetResult => "set_result" => set_result,
        SetException => "set_exception" => set_exception,
        Await => "__await__" => await_iter,
        Iter => "__iter__" => await_iter,
    }
}

/// The methods of `Task` or `Future`.
pub fn method_for(t: BuiltinType, name: &str) -> Option<Builtin> {
    use TaskMethod as M;
    let m = M::from_name(name)?;
    let ok = match t {
        BuiltinType::Task => !matches!(m, M::SetResult | M::SetException),
        BuiltinType::Future => !matches!(m, M::GetName | M::SetName | M::GetCoro),
        _ => false,
    };
    ok.then_some(Builtin::Task(m))
}

/// (state, result, exception) of a task or future.
fn state(vm: &Vm, v: Value) -> PyResult<(FutState, Value, Value)> {
    match v {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Task(t) => Ok((t.state, t.result, t.exception)),
            Object::Future(f) => Ok((f.state, f.result, f.exception)),
            _ => Err(Exc::type_error("expected a Task or Future")),
        },
        _ => Err(Exc::type_error("expected a Task or Future")),
    }
}

fn done(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("done", 0, 0)?;
    let (s, _, _) = state(vm, args.this())?;
    Ok(Value::Bool(s != FutState::Pending))
}

fn cancelled_error(vm: &mut Vm) -> PyResult<Exc> {
    let e = vm.new_exception_args(Value::Type(BuiltinType::CancelledError), vec![])?;
    Ok(Exc::Object(e))
}

fn result(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("result", 0, 0)?;
    match state(vm, args.this())? {
        (FutState::Pending, _, _) => Err(Exc::new(
            BuiltinType::InvalidStateError,
            "Result is not set.",
        )),
        (FutState::Cancelled, _, _) => Err(cancelled_error(vm)?),
        (FutState::Done, r, e) => match e {
            Value::Obj(id) => Err(Exc::Object(id)),
            _ => Ok(r),
        },
    }
}

fn exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("exception", 0, 0)?;
    match state(vm, args.this())? {
        (FutState::Pending, _, _) => Err(Exc::new(
            BuiltinType::InvalidStateError,
            "Exception is not set.",
        )),
        (FutState::Cancelled, _, _) => Err(cancelled_error(vm)?),
        (FutState::Done, _, e) => Ok(e),
    }
}

fn cancel(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("cancel", 0, 1)?;
    vm.cancel_future(args.this()).map(Value::Bool)
}

fn cancelled(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("cancelled", 0, 0)?;
    let (s, _, _) = state(vm, args.this())?;
    Ok(Value::Bool(s == FutState::Cancelled))
}

fn get_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get_name", 0, 0)?;
    let name = match args.this() {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Task(t) => t.name.clone(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    vm.new_str(name)
}

fn set_name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("set_name", 1, 1)?;
    let name = vm.to_str(args.pos[1])?;
    if let Value::Obj(id) = args.this() {
        if let Object::Task(t) = vm.heap.get_mut(id) {
            t.name = name;
        }
    }
    Ok(Value::None)
}

fn get_coro(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get_coro", 0, 0)?;
    Ok(match args.this() {
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Task(t) => t.coro,
            _ => Value::None,
        },
        _ => Value::None,
    })
}

fn set_result(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("set_result", 1, 1)?;
    vm.set_future_outcome(args.this(), Ok(args.pos[1]))?;
    Ok(Value::None)
}

fn set_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("set_exception", 1, 1)?;
    let exc = vm.exception_from_throw_args(&args.pos[1..2])?;
    vm.set_future_outcome(args.this(), Err(exc))?;
    Ok(Value::None)
}

/// `future.__await__()` / `iter(future)`: the iterator `yield from` and `await` drive.
fn await_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Value::Obj(fut) = args.this() else {
        return Err(Exc::type_error("expected a Task or Future"));
    };
    vm.alloc(Object::Iter(Box::new(
        crate::builtins::iter::IterObj::AwaitFuture {
            fut,
            yielded: false,
        },
    )))
}
