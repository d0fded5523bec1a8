//! `wait_for`, `wait`, `as_completed`, `shield`, `timeout`/`timeout_at`, `current_task` and
//! the running loop object. Each combinator is a future completed by done-callbacks
//! (`AsyncioCallback`) on the futures it watches and, for timeouts, on a timer.

use serde::{Deserialize, Serialize};

use super::{fv, AsyncioFn};
use crate::builtins::generator::GenKind;
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
    pub enum CombFn {
        WaitFor => "wait_for" => wait_for,
        Wait => "wait" => wait,
        AsCompleted => "as_completed" => as_completed,
        Shield => "shield" => shield,
        Timeout => "timeout" => timeout,
        TimeoutAt => "timeout_at" => timeout_at,
        CurrentTask => "current_task" => current_task,
        GetRunningLoop => "get_running_loop" => get_running_loop,
        GetEventLoop => "get_event_loop" => get_running_loop,
        TimeoutAenter => "__aenter__" => timeout_aenter,
        TimeoutAexit => "__aexit__" => timeout_aexit,
        TimeoutWhen => "when" => timeout_when,
        TimeoutReschedule => "reschedule" => timeout_reschedule,
        TimeoutExpired => "expired" => timeout_expired,
        TimeoutRepr => "__repr__" => timeout_repr,
        LoopTime => "time" => loop_time,
        LoopCreateTask => "create_task" => loop_create_task,
        LoopRepr => "__repr__" => loop_repr,
    }
}

fn f(which: CombFn) -> Value {
    fv(AsyncioFn::Comb(which))
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    use CombFn::*;
    let mut out = Vec::new();
    for which in [
        WaitFor,
        Wait,
        AsCompleted,
        Shield,
        Timeout,
        TimeoutAt,
        CurrentTask,
        GetRunningLoop,
        GetEventLoop,
    ] {
        out.push((which.name(), f(which)));
    }
    for (name, value) in [
        ("FIRST_COMPLETED", "FIRST_COMPLETED"),
        ("FIRST_EXCEPTION", "FIRST_EXCEPTION"),
        ("ALL_COMPLETED", "ALL_COMPLETED"),
    ] {
        out.push((name, vm.new_str(value.to_string())?));
    }
    let cls = vm.std_class("asyncio.Timeout", make_timeout_class)?;
    out.push(("Timeout", cls));
    Ok(out)
}

/// What a done-callback of this module does.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum AsyncioCallback {
    /// Copy the watched future's outcome into `target` (if still pending); cancel `timer`.
    Relay { target: ObjId, timer: Option<ObjId> },
    /// `wait_for`'s timer fired: cancel `inner`, fail `outer` with TimeoutError.
    WaitForTimeout { outer: ObjId, inner: ObjId },
    /// A child of `wait` finished (`state` is the wait's state list).
    WaitChild { state: ObjId },
    /// `wait`'s timer fired.
    WaitTimeout { state: ObjId },
    /// A child of `as_completed` finished: settle the next pending outer future.
    AsCompletedChild { outers: ObjId },
    /// `as_completed`'s timer fired.
    AsCompletedTimeout { outers: ObjId },
    /// An `asyncio.timeout()` deadline passed.
    TimeoutFire { cm: ObjId },
    /// A waiting `queue.get()` was woken.
    QueueGet { queue: ObjId },
    /// A waiting `queue.put(item)` was woken.
    QueuePut { queue: ObjId, item: Value },
    /// A child of a `TaskGroup` finished.
    TaskGroupChild { group: ObjId },
    /// The future a `TaskGroup`'s `__aexit__` waits on settled (or was cancelled).
    TaskGroupExit { group: ObjId },
}

impl AsyncioCallback {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match *self {
            AsyncioCallback::Relay { target, timer } => {
                f(Value::Obj(target));
                if let Some(t) = timer {
                    f(Value::Obj(t));
                }
            }
            AsyncioCallback::WaitForTimeout { outer, inner } => {
                f(Value::Obj(outer));
                f(Value::Obj(inner));
            }
            AsyncioCallback::WaitChild { state }
            | AsyncioCallback::WaitTimeout { state }
            | AsyncioCallback::AsCompletedChild { outers: state }
            | AsyncioCallback::AsCompletedTimeout { outers: state }
            | AsyncioCallback::TimeoutFire { cm: state }
            | AsyncioCallback::QueueGet { queue: state }
            | AsyncioCallback::TaskGroupChild { group: state }
            | AsyncioCallback::TaskGroupExit { group: state } => f(Value::Obj(state)),
            AsyncioCallback::QueuePut { queue, item } => {
                f(Value::Obj(queue));
                f(item);
            }
        }
    }
}

fn is_pending(vm: &Vm, id: ObjId) -> bool {
    match vm.heap.get(id) {
        Object::Future(f) => f.state == FutState::Pending,
        Object::Task(t) => t.state == FutState::Pending,
        _ => false,
    }
}

fn timeout_error(vm: &mut Vm) -> PyResult<Value> {
    let e = vm.new_exception_args(Value::Type(BuiltinType::TimeoutError), vec![])?;
    Ok(Value::Obj(e))
}

/// Settles `target` like `src` ended (value, exception or cancellation).
fn relay(vm: &mut Vm, src: ObjId, target: ObjId) -> PyResult<()> {
    if !is_pending(vm, target) {
        return Ok(());
    }
    let cancelled = matches!(vm.heap.get(src), Object::Future(f) if f.state == FutState::Cancelled)
        || matches!(vm.heap.get(src), Object::Task(t) if t.state == FutState::Cancelled);
    if cancelled {
        vm.finish_cancelled(target);
        return Ok(());
    }
    if let Some(outcome) = vm.future_outcome_pub(src) {
        vm.finish_future(target, outcome);
    }
    Ok(())
}

/// Runs a callback of this module for `src`, which just finished.
pub fn on_done(vm: &mut Vm, cb: AsyncioCallback, src: ObjId) -> PyResult<()> {
    match cb {
        AsyncioCallback::Relay { target, timer } => {
            relay(vm, src, target)?;
            if let Some(t) = timer {
                vm.cancel_future(Value::Obj(t))?;
            }
        }
        AsyncioCallback::WaitForTimeout { outer, inner } => {
            if timer_fired(vm, src) && is_pending(vm, outer) {
                vm.cancel_future(Value::Obj(inner))?;
                let e = timeout_error(vm)?;
                vm.finish_future(outer, Resume::Throw(e));
            }
        }
        AsyncioCallback::WaitChild { state } => wait_check(vm, state, false)?,
        AsyncioCallback::WaitTimeout { state } => {
            if timer_fired(vm, src) {
                wait_check(vm, state, true)?;
            }
        }
        AsyncioCallback::AsCompletedChild { outers } => {
            let list = list_items(vm, outers);
            if let Some(next) = list.into_iter().find(|o| is_pending(vm, *o)) {
                relay(vm, src, next)?;
            }
        }
        AsyncioCallback::AsCompletedTimeout { outers } => {
            if timer_fired(vm, src) {
                for o in list_items(vm, outers) {
                    if is_pending(vm, o) {
                        let e = timeout_error(vm)?;
                        vm.finish_future(o, Resume::Throw(e));
                    }
                }
            }
        }
        AsyncioCallback::TimeoutFire { cm } => {
            if timer_fired(vm, src) {
                timeout_fire(vm, cm)?;
            }
        }
        AsyncioCallback::QueueGet { queue } => super::queues::on_getter_woken(vm, queue, src)?,
        AsyncioCallback::QueuePut { queue, item } => {
            super::queues::on_putter_woken(vm, queue, src, item)?
        }
        AsyncioCallback::TaskGroupChild { group } => {
            super::taskgroup::on_child_done(vm, group, src)?
        }
        AsyncioCallback::TaskGroupExit { group } => {
            super::taskgroup::on_exit_future(vm, group, src)?
        }
    }
    Ok(())
}

/// Whether a timer future completed (rather than being cancelled).
fn timer_fired(vm: &Vm, timer: ObjId) -> bool {
    matches!(vm.heap.get(timer), Object::Future(f) if f.state == FutState::Done)
}

fn list_items(vm: &Vm, list: ObjId) -> Vec<ObjId> {
    match vm.heap.get(list) {
        Object::List(items) | Object::Tuple(items) => {
            items.iter().filter_map(|v| v.as_obj()).collect()
        }
        _ => Vec::new(),
    }
}

/// A task or future for an awaitable: coroutines become tasks.
pub(crate) fn ensure(vm: &mut Vm, v: Value) -> PyResult<ObjId> {
    if vm.gen_kind(v) == Some(GenKind::Coroutine) {
        let t = vm.create_task(v)?;
        return t.as_obj().ok_or_else(|| Exc::internal("task"));
    }
    match v {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Task(_) | Object::Future(_)) => Ok(id),
        _ => Err(Exc::type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        )),
    }
}

fn seconds(vm: &mut Vm, v: Value, what: &str) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::None => None,
        Value::Int(i) => Some(i as f64),
        Value::Bool(b) => Some(b as i64 as f64),
        Value::Float(x) => Some(x),
        other => {
            let t = vm.type_name(other);
            return Err(Exc::type_error(format!(
                "{what} must be a number or None, not {t}"
            )));
        }
    })
}

/// A future the loop completes after `delay` seconds (at once, in loop order, if not positive).
fn timer(vm: &mut Vm, delay: f64) -> PyResult<ObjId> {
    let t = vm.sleep_future(delay.max(0.0), Value::None)?;
    t.as_obj().ok_or_else(|| Exc::internal("timer"))
}

fn wait_for(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "wait_for", &["timeout"])?;
    let aw = args.get(0).ok_or_else(|| {
        Exc::type_error("wait_for() missing 1 required positional argument: 'fut'")
    })?;
    let t = match args.get(1).or_else(|| args.kwarg(vm, "timeout")) {
        Some(v) => v,
        None => {
            return Err(Exc::type_error(
                "wait_for() missing 1 required positional argument: 'timeout'",
            ))
        }
    };
    let timeout = seconds(vm, t, "timeout")?;
    let inner = ensure(vm, aw)?;
    let Some(timeout) = timeout else {
        return Ok(Value::Obj(inner));
    };
    let outer = vm.new_future()?;
    let outer_id = outer.as_obj().ok_or_else(|| Exc::internal("future"))?;
    let tid = timer(vm, timeout)?;
    vm.add_done_callback(
        Value::Obj(inner),
        Callback::Asyncio(AsyncioCallback::Relay {
            target: outer_id,
            timer: Some(tid),
        }),
    )?;
    vm.add_done_callback(
        Value::Obj(tid),
        Callback::Asyncio(AsyncioCallback::WaitForTimeout {
            outer: outer_id,
            inner,
        }),
    )?;
    Ok(outer)
}

fn shield(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("shield", 1, 1)?;
    let inner = ensure(vm, args.pos[0])?;
    let outer = vm.new_future()?;
    let outer_id = outer.as_obj().ok_or_else(|| Exc::internal("future"))?;
    vm.add_done_callback(
        Value::Obj(inner),
        Callback::Asyncio(AsyncioCallback::Relay {
            target: outer_id,
            timer: None,
        }),
    )?;
    Ok(outer)
}

/// The wait state list: [outer, children tuple, mode str, timer or None].
fn wait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "wait", &["timeout", "return_when"])?;
    args.check_func("wait", 1, 3)?;
    let items = vm.collect(args.pos[0])?;
    if items.is_empty() {
        return Err(Exc::value_error("Set of Tasks/Futures is empty."));
    }
    let timeout = match args.get(1).or_else(|| args.kwarg(vm, "timeout")) {
        Some(v) => seconds(vm, v, "timeout")?,
        None => None,
    };
    let mode = match args.get(2).or_else(|| args.kwarg(vm, "return_when")) {
        Some(v) => vm.str_value(v).unwrap_or_default(),
        None => "ALL_COMPLETED".into(),
    };
    if !matches!(
        mode.as_str(),
        "ALL_COMPLETED" | "FIRST_COMPLETED" | "FIRST_EXCEPTION"
    ) {
        let r = match args.get(2).or_else(|| args.kwarg(vm, "return_when")) {
            Some(v) => vm.to_str(v)?,
            None => String::new(),
        };
        return Err(Exc::value_error(format!("Invalid return_when value: {r}")));
    }
    let mut children = Vec::with_capacity(items.len());
    for it in items {
        let c = ensure(vm, it)?;
        if !children.iter().any(|v: &Value| v.is(Value::Obj(c))) {
            children.push(Value::Obj(c));
        }
    }
    let outer = vm.new_future()?;
    let tuple = vm.new_tuple(children.clone())?;
    let mode_v = vm.new_str(mode)?;
    let state = vm.new_list(vec![outer, tuple, mode_v, Value::None])?;
    let sid = state.as_obj().ok_or_else(|| Exc::internal("state"))?;
    if let Some(t) = timeout {
        let tid = timer(vm, t)?;
        if let Object::List(l) = vm.heap.get_mut(sid) {
            l[3] = Value::Obj(tid);
        }
        vm.add_done_callback(
            Value::Obj(tid),
            Callback::Asyncio(AsyncioCallback::WaitTimeout { state: sid }),
        )?;
    }
    for c in children {
        vm.add_done_callback(
            c,
            Callback::Asyncio(AsyncioCallback::WaitChild { state: sid }),
        )?;
    }
    Ok(outer)
}

fn wait_check(vm: &mut Vm, state: ObjId, timed_out: bool) -> PyResult<()> {
    let (outer, children, mode, tmr) = match vm.heap.get(state) {
        Object::List(l) if l.len() == 4 => (l[0], l[1], l[2], l[3]),
        _ => return Ok(()),
    };
    let Some(outer_id) = outer.as_obj() else {
        return Ok(());
    };
    if !is_pending(vm, outer_id) {
        return Ok(());
    }
    let kids = children
        .as_obj()
        .map(|c| list_items(vm, c))
        .unwrap_or_default();
    let mode = vm.str_value(mode).unwrap_or_default();
    let (mut done, mut pending) = (Vec::new(), Vec::new());
    let mut failed = false;
    for k in kids {
        if is_pending(vm, k) {
            pending.push(Value::Obj(k));
        } else {
            let exc = match vm.heap.get(k) {
                Object::Task(t) => !t.exception.is_none(),
                Object::Future(f) => !f.exception.is_none(),
                _ => false,
            };
            failed |= exc;
            done.push(Value::Obj(k));
        }
    }
    let finished = timed_out
        || pending.is_empty()
        || (mode == "FIRST_COMPLETED" && !done.is_empty())
        || (mode == "FIRST_EXCEPTION" && failed);
    if !finished {
        return Ok(());
    }
    if let Value::Obj(t) = tmr {
        vm.cancel_future(Value::Obj(t))?;
    }
    let d = vm.new_set_from(&done, false)?;
    let p = vm.new_set_from(&pending, false)?;
    let result = vm.new_tuple(vec![d, p])?;
    vm.finish_future(outer_id, Resume::Value(result));
    Ok(())
}

fn as_completed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_kw(vm, "as_completed", &["timeout"])?;
    args.check_func("as_completed", 1, 2)?;
    let items = vm.collect(args.pos[0])?;
    let timeout = match args.get(1).or_else(|| args.kwarg(vm, "timeout")) {
        Some(v) => seconds(vm, v, "timeout")?,
        None => None,
    };
    let mut children = Vec::with_capacity(items.len());
    for it in items {
        let c = ensure(vm, it)?;
        if !children.contains(&c) {
            children.push(c);
        }
    }
    let mut outers = Vec::with_capacity(children.len());
    for _ in &children {
        outers.push(vm.new_future()?);
    }
    let list = vm.new_list(outers)?;
    let lid = list.as_obj().ok_or_else(|| Exc::internal("list"))?;
    for c in children {
        vm.add_done_callback(
            Value::Obj(c),
            Callback::Asyncio(AsyncioCallback::AsCompletedChild { outers: lid }),
        )?;
    }
    if let Some(t) = timeout {
        let tid = timer(vm, t)?;
        vm.add_done_callback(
            Value::Obj(tid),
            Callback::Asyncio(AsyncioCallback::AsCompletedTimeout { outers: lid }),
        )?;
    }
    vm.get_iter(list)
}

fn current_task(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("current_task", 0, 1)?;
    Ok(match vm.sched.current {
        Some(TaskRef::Task(t)) => Value::Obj(t),
        _ => Value::None,
    })
}

// ---- the loop object ------------------------------------------------------------------------

fn make_loop_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "_UnixSelectorEventLoop",
        module: "asyncio.unix_events",
        attrs: vec![
            ("time", f(CombFn::LoopTime)),
            ("create_task", f(CombFn::LoopCreateTask)),
            ("__repr__", f(CombFn::LoopRepr)),
        ],
        ..Default::default()
    })
}

fn get_running_loop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("get_running_loop", 0, 0)?;
    let cls = vm.std_class("asyncio.loop", make_loop_class)?;
    if let Some((_, l)) = vm
        .std_classes
        .iter()
        .find(|(k, _)| k == "asyncio.loop.instance")
    {
        return Ok(*l);
    }
    let inst = vm.new_native_instance(cls, NativeData::AsyncioLoop)?;
    vm.std_classes.push(("asyncio.loop.instance".into(), inst));
    Ok(inst)
}

fn loop_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("time", 0, 0)?;
    Ok(Value::Float(vm.loop_time()))
}

fn loop_create_task(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("create_task", 1, 1)?;
    let c = args.pos[1];
    if vm.is_instance(c, BuiltinType::Future) {
        return Ok(c);
    }
    vm.create_task(c)
}

fn loop_repr(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    vm.new_str("<_UnixSelectorEventLoop running=True closed=False debug=False>".into())
}

// ---- asyncio.timeout --------------------------------------------------------------------------

/// The state of an `asyncio.timeout()` context manager.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TimeoutState {
    /// The deadline on the loop clock (`None`: no deadline).
    pub when: Option<f64>,
    pub phase: TimeoutPhase,
    pub task: Option<TaskRef>,
    pub timer: Option<ObjId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeoutPhase {
    Created,
    Entered,
    Expiring,
    Expired,
    Exited,
}

impl TimeoutState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(TaskRef::Task(t)) = self.task {
            f(Value::Obj(t));
        }
        if let Some(t) = self.timer {
            f(Value::Obj(t));
        }
    }
}

fn make_timeout_class(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "Timeout",
        module: "asyncio.timeouts",
        attrs: vec![
            ("__aenter__", f(CombFn::TimeoutAenter)),
            ("__aexit__", f(CombFn::TimeoutAexit)),
            ("when", f(CombFn::TimeoutWhen)),
            ("reschedule", f(CombFn::TimeoutReschedule)),
            ("expired", f(CombFn::TimeoutExpired)),
            ("__repr__", f(CombFn::TimeoutRepr)),
        ],
        ..Default::default()
    })
}

fn new_timeout(vm: &mut Vm, when: Option<f64>) -> PyResult<Value> {
    let cls = vm.std_class("asyncio.Timeout", make_timeout_class)?;
    vm.new_native_instance(
        cls,
        NativeData::AsyncioTimeout(Box::new(TimeoutState {
            when,
            phase: TimeoutPhase::Created,
            task: None,
            timer: None,
        })),
    )
}

fn timeout(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("timeout", 1, 1)?;
    let delay = seconds(vm, args.pos[0], "delay")?;
    let now = vm.loop_time();
    new_timeout(vm, delay.map(|d| now + d))
}

fn timeout_at(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_func("timeout_at", 1, 1)?;
    let when = seconds(vm, args.pos[0], "when")?;
    new_timeout(vm, when)
}

fn timeout_state(vm: &mut Vm, v: Value) -> PyResult<&mut TimeoutState> {
    match vm.native_data_mut(v) {
        Some(NativeData::AsyncioTimeout(s)) => Ok(s),
        _ => Err(Exc::type_error("expected an asyncio.Timeout")),
    }
}

/// (Re)arms the timer of a timeout at its deadline.
fn arm(vm: &mut Vm, cm: Value) -> PyResult<()> {
    let (when, old) = {
        let s = timeout_state(vm, cm)?;
        (s.when, s.timer.take())
    };
    if let Some(t) = old {
        vm.cancel_future(Value::Obj(t))?;
    }
    let Some(when) = when else { return Ok(()) };
    let delay = when - vm.loop_time();
    let tid = timer(vm, delay)?;
    timeout_state(vm, cm)?.timer = Some(tid);
    let cm_id = cm.as_obj().ok_or_else(|| Exc::internal("timeout"))?;
    vm.add_done_callback(
        Value::Obj(tid),
        Callback::Asyncio(AsyncioCallback::TimeoutFire { cm: cm_id }),
    )
}

fn timeout_aenter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cm = args.this();
    let current = vm.sched.current;
    {
        let s = timeout_state(vm, cm)?;
        if s.phase != TimeoutPhase::Created {
            return Err(Exc::runtime_error("Timeout has already been entered"));
        }
        s.phase = TimeoutPhase::Entered;
        s.task = current;
    }
    arm(vm, cm)?;
    vm.completed_future(cm)
}

fn timeout_fire(vm: &mut Vm, cm_id: ObjId) -> PyResult<()> {
    let cm = Value::Obj(cm_id);
    let task = {
        let s = timeout_state(vm, cm)?;
        if s.phase != TimeoutPhase::Entered {
            return Ok(());
        }
        s.phase = TimeoutPhase::Expiring;
        s.timer = None;
        s.task
    };
    match task {
        Some(TaskRef::Task(t)) => {
            vm.cancel_future(Value::Obj(t))?;
        }
        Some(TaskRef::Main) => {
            if let Some(w) = vm.sched.main_waiting_on {
                vm.cancel_future(Value::Obj(w))?;
            }
        }
        None => {}
    }
    Ok(())
}

fn timeout_aexit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cm = args.this();
    let exc_type = args.get(1).unwrap_or(Value::None);
    let exc = args.get(2).unwrap_or(Value::None);
    let (phase, tmr) = {
        let s = timeout_state(vm, cm)?;
        let p = s.phase;
        s.phase = if p == TimeoutPhase::Expiring {
            TimeoutPhase::Expired
        } else {
            TimeoutPhase::Exited
        };
        (p, s.timer.take())
    };
    if let Some(t) = tmr {
        vm.cancel_future(Value::Obj(t))?;
    }
    let cancelled = matches!(exc_type, Value::Type(BuiltinType::CancelledError));
    if phase == TimeoutPhase::Expiring && cancelled {
        let e = vm.new_exception_args(Value::Type(BuiltinType::TimeoutError), vec![])?;
        if let Object::Instance(i) = vm.heap.get_mut(e) {
            if let Some(d) = i.exc_mut() {
                d.cause = exc;
                d.suppress_context = true;
            }
        }
        return Err(Exc::Object(e));
    }
    vm.completed_future(Value::None)
}

fn timeout_when(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = timeout_state(vm, args.this())?;
    Ok(s.when.map(Value::Float).unwrap_or(Value::None))
}

fn timeout_reschedule(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("reschedule", 1, 1)?;
    let when = seconds(vm, args.pos[1], "when")?;
    let cm = args.this();
    {
        let s = timeout_state(vm, cm)?;
        match s.phase {
            TimeoutPhase::Created => {
                return Err(Exc::runtime_error("Timeout has not been entered"))
            }
            TimeoutPhase::Entered => {}
            _ => {
                return Err(Exc::runtime_error(
                    "Cannot change state of expiring Timeout",
                ))
            }
        }
        s.when = when;
    }
    arm(vm, cm)?;
    Ok(Value::None)
}

fn timeout_expired(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = timeout_state(vm, args.this())?;
    Ok(Value::Bool(matches!(
        s.phase,
        TimeoutPhase::Expiring | TimeoutPhase::Expired
    )))
}

fn timeout_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = timeout_state(vm, args.this())?;
    let phase = match s.phase {
        TimeoutPhase::Created => "created",
        TimeoutPhase::Entered => "active",
        TimeoutPhase::Expiring => "expiring",
        TimeoutPhase::Expired => "expired",
        TimeoutPhase::Exited => "finished",
    };
    let when = s.when;
    let text = match (s.phase, when) {
        (TimeoutPhase::Entered, Some(w)) => format!("<Timeout [{phase}] when={w}>"),
        _ => format!("<Timeout [{phase}]>"),
    };
    vm.new_str(text)
}
