//! `asyncio.TaskGroup`: tasks created in an `async with` block are awaited when it exits; the
//! first failure cancels the other tasks and the body, and the failures are raised together as
//! an `ExceptionGroup("unhandled errors in a TaskGroup", ...)` (KeyboardInterrupt and SystemExit
//! propagate as themselves). Done-callbacks on the children (`AsyncioCallback::TaskGroupChild`)
//! keep the group's state, so awaited host calls in its tasks run concurrently like `gather`'s.

use serde::{Deserialize, Serialize};

use super::{fv, AsyncioCallback, AsyncioFn};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::native::{NativeClass, NativeData};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::scheduler::{Callback, FutState, TaskRef};
use crate::vm::{Resume, Vm};

native_methods! {
    pub enum TaskGroupFn {
        Init => "__init__" => tg_init,
        Aenter => "__aenter__" => tg_aenter,
        Aexit => "__aexit__" => tg_aexit,
        CreateTask => "create_task" => tg_create_task,
        Repr => "__repr__" => tg_repr,
    }
}

fn f(which: TaskGroupFn) -> Value {
    fv(AsyncioFn::TaskGroup(which))
}

/// The state of one `TaskGroup`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TaskGroupState {
    entered: bool,
    exiting: bool,
    aborting: bool,
    parent: Option<TaskRef>,
    parent_cancel_requested: bool,
    /// Children still running.
    tasks: Vec<ObjId>,
    errors: Vec<Value>,
    base_error: Value,
    /// The future `__aexit__` returned while children were still running.
    exit_fut: Option<ObjId>,
    /// The body's CancelledError to re-raise when no child failed.
    propagate_cancel: Value,
    /// The body's own exception (not CancelledError), reported after the children's.
    body_error: Value,
}

impl TaskGroupState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(TaskRef::Task(t)) = self.parent {
            f(Value::Obj(t));
        }
        self.tasks.iter().for_each(|t| f(Value::Obj(*t)));
        self.errors.iter().for_each(|e| f(*e));
        f(self.base_error);
        if let Some(x) = self.exit_fut {
            f(Value::Obj(x));
        }
        f(self.propagate_cancel);
        f(self.body_error);
    }

    pub fn size_estimate(&self) -> usize {
        128 + (self.tasks.len() + self.errors.len()) * 8
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let cls = vm.std_class("asyncio.TaskGroup", make_class)?;
    Ok(vec![("TaskGroup", cls)])
}

fn make_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "TaskGroup",
        module: "asyncio.taskgroups",
        attrs: vec![
            ("__init__", f(TaskGroupFn::Init)),
            ("__aenter__", f(TaskGroupFn::Aenter)),
            ("__aexit__", f(TaskGroupFn::Aexit)),
            ("create_task", f(TaskGroupFn::CreateTask)),
            ("__repr__", f(TaskGroupFn::Repr)),
        ],
        ..Default::default()
    })
}

fn state(vm: &mut Vm, v: Value) -> PyResult<&mut TaskGroupState> {
    match vm.native_data_mut(v) {
        Some(NativeData::AsyncioTaskGroup(s)) => Ok(s),
        _ => Err(Exc::type_error("expected an asyncio.TaskGroup")),
    }
}

fn tg_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "TaskGroup", &[])?;
    args.check_method("TaskGroup", 0, 0)?;
    vm.set_native_data(args.this(), NativeData::AsyncioTaskGroup(Box::default()))?;
    Ok(Value::None)
}

fn repr_text(s: &TaskGroupState) -> String {
    let mut info = String::new();
    if !s.tasks.is_empty() {
        info.push_str(&format!(" tasks={}", s.tasks.len()));
    }
    if !s.errors.is_empty() {
        info.push_str(&format!(" errors={}", s.errors.len()));
    }
    if s.aborting {
        info.push_str(" cancelling");
    } else if s.entered {
        info.push_str(" entered");
    }
    format!("<TaskGroup{info}>")
}

fn tg_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let text = repr_text(state(vm, args.this())?);
    vm.new_str(text)
}

fn tg_aenter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let parent = vm.sched.current.unwrap_or(TaskRef::Main);
    let s = state(vm, this)?;
    if s.entered {
        let r = repr_text(s);
        return Err(Exc::runtime_error(format!(
            "TaskGroup {r} has already been entered"
        )));
    }
    s.entered = true;
    s.parent = Some(parent);
    vm.completed_future(this)
}

fn tg_create_task(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "create_task", &["name", "context"])?;
    args.check_method("create_task", 1, 1)?;
    let this = args.this();
    {
        let s = state(vm, this)?;
        let problem = if !s.entered {
            Some("has not been entered")
        } else if s.exiting && s.tasks.is_empty() {
            Some("is finished")
        } else if s.aborting {
            Some("is shutting down")
        } else {
            None
        };
        if let Some(p) = problem {
            let r = repr_text(s);
            return Err(Exc::runtime_error(format!("TaskGroup {r} {p}")));
        }
    }
    let coro = args.pos[1];
    let task = if vm.is_instance(coro, BuiltinType::Future) {
        // A deferred host call is already running: its future stands in for the task.
        coro
    } else {
        vm.create_task(coro)?
    };
    let tid = task.as_obj().ok_or_else(|| Exc::internal("task"))?;
    if let Some(name) = args.kwarg(vm, "name") {
        if !matches!(name, Value::None) {
            let n = vm.to_str(name)?;
            if let Object::Task(t) = vm.heap.get_mut(tid) {
                t.name = n;
            }
        }
    }
    let gid = this.as_obj().ok_or_else(|| Exc::internal("taskgroup"))?;
    vm.add_done_callback(
        task,
        Callback::Asyncio(AsyncioCallback::TaskGroupChild { group: gid }),
    )?;
    let s = state(vm, this)?;
    if !s.tasks.contains(&tid) {
        s.tasks.push(tid);
    }
    Ok(task)
}

/// KeyboardInterrupt and SystemExit are not wrapped in the group.
fn is_base_error(vm: &Vm, e: Value) -> bool {
    vm.exception_is(e, BuiltinType::KeyboardInterrupt)
        || vm.exception_is(e, BuiltinType::SystemExit)
}

fn abort(vm: &mut Vm, group: Value) -> PyResult<()> {
    let tasks = {
        let s = state(vm, group)?;
        s.aborting = true;
        s.tasks.clone()
    };
    for t in tasks {
        let pending = match vm.heap.get(t) {
            Object::Task(x) => x.state == FutState::Pending,
            Object::Future(x) => x.state == FutState::Pending,
            _ => false,
        };
        if pending {
            vm.cancel_future(Value::Obj(t))?;
        }
    }
    Ok(())
}

/// A child finished (callback registered by `create_task`).
pub fn on_child_done(vm: &mut Vm, group: ObjId, child: ObjId) -> PyResult<()> {
    let g = Value::Obj(group);
    state(vm, g)?.tasks.retain(|t| *t != child);
    let (cancelled, exc) = match vm.heap.get(child) {
        Object::Task(t) => (t.state == FutState::Cancelled, t.exception),
        Object::Future(x) => (x.state == FutState::Cancelled, x.exception),
        _ => (true, Value::None),
    };
    if !cancelled && !exc.is_none() {
        let base = is_base_error(vm, exc);
        let (start_abort, exiting, parent) = {
            let s = state(vm, g)?;
            s.errors.push(exc);
            if base && s.base_error.is_none() {
                s.base_error = exc;
            }
            let start = !s.aborting && !s.parent_cancel_requested;
            if start {
                s.parent_cancel_requested = true;
            }
            (start, s.exiting, s.parent)
        };
        if start_abort {
            abort(vm, g)?;
            // While the body runs, it is cancelled; in `__aexit__` the parent only waits.
            if !exiting {
                cancel_parent(vm, parent)?;
            }
        }
    }
    let (done, exit_fut) = {
        let s = state(vm, g)?;
        (s.tasks.is_empty(), s.exit_fut)
    };
    if let (true, Some(fut)) = (done, exit_fut) {
        state(vm, g)?.exit_fut = None;
        let pending = matches!(vm.heap.get(fut), Object::Future(x) if x.state == FutState::Pending);
        if pending {
            let outcome = match finish(vm, g)? {
                Ok(v) => Resume::Value(v),
                Err(e) => Resume::Throw(e),
            };
            vm.finish_future(fut, outcome);
        }
    }
    Ok(())
}

/// The parent was cancelled while `__aexit__` waited: like CPython's loop there, keep waiting
/// for the children (re-arming the future, which the parent's wake-up then waits on again),
/// cancel them unless already aborting, and re-raise CancelledError at the end.
pub fn on_exit_future(vm: &mut Vm, group: ObjId, fut: ObjId) -> PyResult<()> {
    let cancelled = matches!(vm.heap.get(fut), Object::Future(x) if x.state == FutState::Cancelled);
    let g = Value::Obj(group);
    if !cancelled || state(vm, g)?.exit_fut != Some(fut) {
        return Ok(());
    }
    if let Object::Future(x) = vm.heap.get_mut(fut) {
        x.state = FutState::Pending;
    }
    vm.add_done_callback(
        Value::Obj(fut),
        Callback::Asyncio(AsyncioCallback::TaskGroupExit { group }),
    )?;
    if !state(vm, g)?.aborting {
        let e = vm.new_exception_args(Value::Type(BuiltinType::CancelledError), vec![])?;
        state(vm, g)?.propagate_cancel = Value::Obj(e);
        abort(vm, g)?;
    }
    Ok(())
}

fn cancel_parent(vm: &mut Vm, parent: Option<TaskRef>) -> PyResult<()> {
    match parent {
        Some(TaskRef::Task(t)) => {
            vm.cancel_future(Value::Obj(t))?;
        }
        Some(TaskRef::Main) | None => {
            if let Some(w) = vm.sched.main_waiting_on {
                vm.cancel_future(Value::Obj(w))?;
            }
        }
    }
    Ok(())
}

fn tg_aexit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let et = args.get(1).unwrap_or(Value::None);
    let exc = args.get(2).unwrap_or(Value::None);
    let base = !exc.is_none() && is_base_error(vm, exc);
    let et_cancelled = matches!(et, Value::Type(BuiltinType::CancelledError));
    let need_abort = {
        let s = state(vm, this)?;
        s.exiting = true;
        if base && s.base_error.is_none() {
            s.base_error = exc;
        }
        if et_cancelled && !s.parent_cancel_requested {
            s.propagate_cancel = exc;
        }
        if !et.is_none() && !et_cancelled {
            s.body_error = exc;
        }
        !et.is_none() && !s.aborting
    };
    if need_abort {
        abort(vm, this)?;
    }
    if !state(vm, this)?.tasks.is_empty() {
        let fut = vm.new_future()?;
        state(vm, this)?.exit_fut = fut.as_obj();
        let gid = this.as_obj().ok_or_else(|| Exc::internal("taskgroup"))?;
        // Registered before the parent's wake-up, so it sees a cancellation first.
        vm.add_done_callback(
            fut,
            Callback::Asyncio(AsyncioCallback::TaskGroupExit { group: gid }),
        )?;
        return Ok(fut);
    }
    match finish(vm, this)? {
        Ok(v) => vm.completed_future(v),
        Err(e) => Err(Exc::Object(e.as_obj().ok_or_else(|| Exc::internal("exc"))?)),
    }
}

/// What `__aexit__` ends with once every child is done: `Ok(False)` (let the body's exception,
/// if any, continue) or the exception to raise.
fn finish(vm: &mut Vm, group: Value) -> PyResult<Result<Value, Value>> {
    let (base_error, propagate_cancel, body_error, mut errors) = {
        let s = state(vm, group)?;
        (
            s.base_error,
            s.propagate_cancel,
            s.body_error,
            std::mem::take(&mut s.errors),
        )
    };
    if !base_error.is_none() {
        return Ok(Err(base_error));
    }
    if !propagate_cancel.is_none() && errors.is_empty() {
        return Ok(Err(propagate_cancel));
    }
    if !body_error.is_none() {
        errors.push(body_error);
    }
    if errors.is_empty() {
        return Ok(Ok(Value::Bool(false)));
    }
    let msg = vm.new_str("unhandled errors in a TaskGroup".to_string())?;
    let list = vm.new_list(errors)?;
    let eg = crate::builtins::exceptions::new_group(
        vm,
        BuiltinType::BaseExceptionGroup,
        &Args::new(&[msg, list]),
    )?;
    if let Some(id) = eg.as_obj() {
        if let Object::Instance(i) = vm.heap.get_mut(id) {
            if let Some(d) = i.exc_mut() {
                d.suppress_context = true;
            }
        }
    }
    Ok(Err(eg))
}
