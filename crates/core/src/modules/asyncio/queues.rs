//! `asyncio.Queue`, `LifoQueue` and `PriorityQueue`, with `QueueEmpty` and `QueueFull`.
//! `get()` on an empty queue and `put()` on a full one return a pending future the task awaits;
//! `join()` waits until every item put has been marked done.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::{fv, AsyncioFn};
use crate::builtins::Args;
use crate::bytecode::CmpOp;
use crate::error::{Exc, PyResult};
use crate::heap::{ObjId, Object};
use crate::modules::asyncio::AsyncioCallback;
use crate::modules::native::{NativeClass, NativeData};
use crate::native_methods;
use crate::types::BuiltinType;
use crate::value::Value;
use crate::vm::scheduler::Callback;
use crate::vm::scheduler::FutState;
use crate::vm::{Resume, Vm};

native_methods! {
    pub enum QueueFn {
        Init => "__init__" => init,
        LifoInit => "__init__" => lifo_init,
        PriorityInit => "__init__" => priority_init,
        Put => "put" => put,
        PutNowait => "put_nowait" => put_nowait,
        Get => "get" => get,
        GetNowait => "get_nowait" => get_nowait,
        Qsize => "qsize" => qsize,
        Empty => "empty" => empty,
        Full => "full" => full,
        TaskDone => "task_done" => task_done,
        Join => "join" => join,
        Maxsize => "maxsize" => maxsize,
        Repr => "__repr__" => repr,
    }
}

fn f(which: QueueFn) -> Value {
    fv(AsyncioFn::Queue(which))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QueueKind {
    Fifo,
    Lifo,
    Priority,
}

/// The state of a queue.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct QueueState {
    pub kind: QueueKind,
    pub maxsize: i64,
    pub items: VecDeque<Value>,
    /// Futures of `get()` calls waiting for an item.
    pub getters: VecDeque<Value>,
    /// Futures of `put()` calls waiting for room (each carries its item in its callback).
    pub putters: VecDeque<Value>,
    pub unfinished: i64,
    pub joiners: Vec<Value>,
}

impl QueueState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.items.iter().for_each(|v| f(*v));
        self.getters.iter().for_each(|v| f(*v));
        self.putters.iter().for_each(|v| f(*v));
        self.joiners.iter().for_each(|v| f(*v));
    }

    pub fn size_estimate(&self) -> usize {
        (self.items.len() + self.getters.len() + self.putters.len() + self.joiners.len())
            * std::mem::size_of::<Value>()
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    let empty = vm.std_class("asyncio.QueueEmpty", |vm| {
        vm.new_exception_class(
            "QueueEmpty",
            "asyncio.queues",
            Value::Type(BuiltinType::Exception),
        )
    })?;
    let full = vm.std_class("asyncio.QueueFull", |vm| {
        vm.new_exception_class(
            "QueueFull",
            "asyncio.queues",
            Value::Type(BuiltinType::Exception),
        )
    })?;
    Ok(vec![
        ("Queue", vm.std_class("asyncio.Queue", make_queue)?),
        ("LifoQueue", vm.std_class("asyncio.LifoQueue", make_lifo)?),
        (
            "PriorityQueue",
            vm.std_class("asyncio.PriorityQueue", make_priority)?,
        ),
        ("QueueEmpty", empty),
        ("QueueFull", full),
    ])
}

fn make_queue(vm: &mut Vm) -> PyResult<Value> {
    let maxsize = vm.native_property(f(QueueFn::Maxsize), None)?;
    vm.new_native_class(NativeClass {
        name: "Queue",
        module: "asyncio.queues",
        attrs: vec![
            ("__init__", f(QueueFn::Init)),
            ("put", f(QueueFn::Put)),
            ("put_nowait", f(QueueFn::PutNowait)),
            ("get", f(QueueFn::Get)),
            ("get_nowait", f(QueueFn::GetNowait)),
            ("qsize", f(QueueFn::Qsize)),
            ("empty", f(QueueFn::Empty)),
            ("full", f(QueueFn::Full)),
            ("task_done", f(QueueFn::TaskDone)),
            ("join", f(QueueFn::Join)),
            ("maxsize", maxsize),
            ("__repr__", f(QueueFn::Repr)),
        ],
        ..Default::default()
    })
}

fn make_lifo(vm: &mut Vm) -> PyResult<Value> {
    let base = vm.std_class("asyncio.Queue", make_queue)?;
    vm.new_native_class(NativeClass {
        name: "LifoQueue",
        module: "asyncio.queues",
        bases: &[base],
        attrs: vec![("__init__", f(QueueFn::LifoInit))],
        ..Default::default()
    })
}

fn make_priority(vm: &mut Vm) -> PyResult<Value> {
    let base = vm.std_class("asyncio.Queue", make_queue)?;
    vm.new_native_class(NativeClass {
        name: "PriorityQueue",
        module: "asyncio.queues",
        bases: &[base],
        attrs: vec![("__init__", f(QueueFn::PriorityInit))],
        ..Default::default()
    })
}

fn make(vm: &mut Vm, args: &Args, kind: QueueKind, name: &str) -> PyResult<Value> {
    args.check_kw(vm, name, &["maxsize"])?;
    args.check_method(name, 0, 1)?;
    let maxsize = match args.get(1).or_else(|| args.kwarg(vm, "maxsize")) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    vm.set_native_data(
        args.this(),
        NativeData::AsyncioQueue(Box::new(QueueState {
            kind,
            maxsize,
            items: VecDeque::new(),
            getters: VecDeque::new(),
            putters: VecDeque::new(),
            unfinished: 0,
            joiners: Vec::new(),
        })),
    )?;
    Ok(Value::None)
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    make(vm, args, QueueKind::Fifo, "Queue")
}

fn lifo_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    make(vm, args, QueueKind::Lifo, "LifoQueue")
}

fn priority_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    make(vm, args, QueueKind::Priority, "PriorityQueue")
}

fn state(vm: &mut Vm, v: Value) -> PyResult<&mut QueueState> {
    match vm.native_data_mut(v) {
        Some(NativeData::AsyncioQueue(s)) => Ok(s),
        _ => Err(Exc::type_error("the queue is not initialized")),
    }
}

fn pending(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(id) if matches!(vm.heap.get(id), Object::Future(f) if f.state == FutState::Pending))
}

fn is_full(s: &QueueState) -> bool {
    s.maxsize > 0 && s.items.len() as i64 >= s.maxsize
}

/// Adds an item in the queue's order (a binary heap for the priority queue).
fn push_item(vm: &mut Vm, this: Value, item: Value) -> PyResult<()> {
    let kind = state(vm, this)?.kind;
    state(vm, this)?.items.push_back(item);
    if kind == QueueKind::Priority {
        let mut pos = state(vm, this)?.items.len() - 1;
        while pos > 0 {
            let parent = (pos - 1) / 2;
            let (a, b) = {
                let s = state(vm, this)?;
                (s.items[pos], s.items[parent])
            };
            if !vm.compare_bool(CmpOp::Lt, a, b)? {
                break;
            }
            state(vm, this)?.items.swap(pos, parent);
            pos = parent;
        }
    }
    state(vm, this)?.unfinished += 1;
    Ok(())
}

/// Removes the next item in the queue's order.
fn pop_item(vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
    let kind = state(vm, this)?.kind;
    match kind {
        QueueKind::Fifo => Ok(state(vm, this)?.items.pop_front()),
        QueueKind::Lifo => Ok(state(vm, this)?.items.pop_back()),
        QueueKind::Priority => {
            let n = state(vm, this)?.items.len();
            if n == 0 {
                return Ok(None);
            }
            state(vm, this)?.items.swap(0, n - 1);
            let top = state(vm, this)?.items.pop_back();
            let n = n - 1;
            let mut pos = 0;
            loop {
                let (l, r) = (2 * pos + 1, 2 * pos + 2);
                if l >= n {
                    break;
                }
                let mut child = l;
                if r < n {
                    let (a, b) = {
                        let s = state(vm, this)?;
                        (s.items[r], s.items[l])
                    };
                    if vm.compare_bool(CmpOp::Lt, a, b)? {
                        child = r;
                    }
                }
                let (c, p) = {
                    let s = state(vm, this)?;
                    (s.items[child], s.items[pos])
                };
                if !vm.compare_bool(CmpOp::Lt, c, p)? {
                    break;
                }
                state(vm, this)?.items.swap(pos, child);
                pos = child;
            }
            Ok(top)
        }
    }
}

/// Wakes the first still-pending waiter of `getters` (or `putters`). Like CPython, the woken
/// task does its own `get`/`put` when it runs (see `on_getter_woken`/`on_putter_woken`).
fn wake_next(vm: &mut Vm, this: Value, getters: bool) -> PyResult<()> {
    loop {
        let w = {
            let s = state(vm, this)?;
            if getters {
                s.getters.pop_front()
            } else {
                s.putters.pop_front()
            }
        };
        let Some(w) = w else { return Ok(()) };
        if pending(vm, w) {
            if let Value::Obj(id) = w {
                vm.finish_future(id, Resume::Value(Value::None));
            }
            return Ok(());
        }
    }
}

fn queue_id(this: Value) -> PyResult<ObjId> {
    this.as_obj().ok_or_else(|| Exc::internal("queue"))
}

/// Parks a waiter again (it was woken but lost the race): pending, first in line.
fn rearm(vm: &mut Vm, this: Value, w: ObjId, cb: AsyncioCallback, getters: bool) -> PyResult<()> {
    if let Object::Future(f) = vm.heap.get_mut(w) {
        f.state = FutState::Pending;
        f.result = Value::None;
    }
    vm.add_done_callback(Value::Obj(w), Callback::Asyncio(cb))?;
    let s = state(vm, this)?;
    if getters {
        s.getters.push_front(Value::Obj(w));
    } else {
        s.putters.push_front(Value::Obj(w));
    }
    Ok(())
}

fn cancelled(vm: &Vm, id: ObjId) -> bool {
    matches!(vm.heap.get(id), Object::Future(f) if f.state == FutState::Cancelled)
}

/// A waiting `get()` was woken: take the item now, just before its task resumes.
pub fn on_getter_woken(vm: &mut Vm, queue: ObjId, w: ObjId) -> PyResult<()> {
    let this = Value::Obj(queue);
    if cancelled(vm, w) {
        if !state(vm, this)?.items.is_empty() {
            wake_next(vm, this, true)?;
        }
        return Ok(());
    }
    match pop_item(vm, this)? {
        None => rearm(vm, this, w, AsyncioCallback::QueueGet { queue }, true),
        Some(item) => {
            if let Object::Future(f) = vm.heap.get_mut(w) {
                f.result = item;
            }
            wake_next(vm, this, false)
        }
    }
}

/// A waiting `put()` was woken: add its item now, just before its task resumes.
pub fn on_putter_woken(vm: &mut Vm, queue: ObjId, w: ObjId, item: Value) -> PyResult<()> {
    let this = Value::Obj(queue);
    if cancelled(vm, w) {
        if !is_full(state(vm, this)?) {
            wake_next(vm, this, false)?;
        }
        return Ok(());
    }
    if is_full(state(vm, this)?) {
        return rearm(
            vm,
            this,
            w,
            AsyncioCallback::QueuePut { queue, item },
            false,
        );
    }
    push_item(vm, this, item)?;
    wake_next(vm, this, true)
}

fn put(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("put", 1, 1)?;
    let (this, item) = (args.this(), args.pos[1]);
    if is_full(state(vm, this)?) {
        let w = vm.new_future()?;
        let queue = queue_id(this)?;
        vm.add_done_callback(
            w,
            Callback::Asyncio(AsyncioCallback::QueuePut { queue, item }),
        )?;
        state(vm, this)?.putters.push_back(w);
        return Ok(w);
    }
    push_item(vm, this, item)?;
    wake_next(vm, this, true)?;
    vm.completed_future(Value::None)
}

fn put_nowait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("put_nowait", 1, 1)?;
    let (this, item) = (args.this(), args.pos[1]);
    if is_full(state(vm, this)?) {
        let cls = vm.std_class("asyncio.QueueFull", |vm| {
            vm.new_exception_class(
                "QueueFull",
                "asyncio.queues",
                Value::Type(BuiltinType::Exception),
            )
        })?;
        return Err(vm.exception_of(cls, vec![])?);
    }
    push_item(vm, this, item)?;
    wake_next(vm, this, true)?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get", 0, 0)?;
    let this = args.this();
    match pop_item(vm, this)? {
        Some(item) => {
            wake_next(vm, this, false)?;
            vm.completed_future(item)
        }
        None => {
            let w = vm.new_future()?;
            let queue = queue_id(this)?;
            vm.add_done_callback(w, Callback::Asyncio(AsyncioCallback::QueueGet { queue }))?;
            state(vm, this)?.getters.push_back(w);
            Ok(w)
        }
    }
}

fn get_nowait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("get_nowait", 0, 0)?;
    let this = args.this();
    match pop_item(vm, this)? {
        Some(item) => {
            wake_next(vm, this, false)?;
            Ok(item)
        }
        None => {
            let cls = vm.std_class("asyncio.QueueEmpty", |vm| {
                vm.new_exception_class(
                    "QueueEmpty",
                    "asyncio.queues",
                    Value::Type(BuiltinType::Exception),
                )
            })?;
            Err(vm.exception_of(cls, vec![])?)
        }
    }
}

fn qsize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(state(vm, args.this())?.items.len() as i64))
}

fn empty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(state(vm, args.this())?.items.is_empty()))
}

fn full(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(is_full(state(vm, args.this())?)))
}

fn maxsize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(state(vm, args.this())?.maxsize))
}

fn task_done(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("task_done", 0, 0)?;
    let this = args.this();
    let joiners = {
        let s = state(vm, this)?;
        if s.unfinished <= 0 {
            return Err(Exc::value_error("task_done() called too many times"));
        }
        s.unfinished -= 1;
        if s.unfinished == 0 {
            std::mem::take(&mut s.joiners)
        } else {
            Vec::new()
        }
    };
    for j in joiners {
        if let Value::Obj(id) = j {
            if pending(vm, j) {
                vm.finish_future(id, Resume::Value(Value::None));
            }
        }
    }
    Ok(Value::None)
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.check_method("join", 0, 0)?;
    let this = args.this();
    if state(vm, this)?.unfinished == 0 {
        return vm.completed_future(Value::None);
    }
    let w = vm.new_future()?;
    state(vm, this)?.joiners.push(w);
    Ok(w)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (maxsize, items, getters, putters, unfinished) = {
        let s = state(vm, this)?;
        (
            s.maxsize,
            s.items.iter().copied().collect::<Vec<_>>(),
            s.getters.len(),
            s.putters.len(),
            s.unfinished,
        )
    };
    let cls = vm.type_of(this);
    let name = vm.class_name(cls);
    let addr = match this {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => String::new(),
    };
    let mut text = format!("<{name} at {addr} maxsize={maxsize}");
    if !items.is_empty() {
        let l = vm.new_list(items)?;
        text.push_str(&format!(" _queue={}", vm.repr(l)?));
    }
    if getters > 0 {
        text.push_str(&format!(" _getters[{getters}]"));
    }
    if putters > 0 {
        text.push_str(&format!(" _putters[{putters}]"));
    }
    if unfinished > 0 {
        text.push_str(&format!(" tasks={unfinished}"));
    }
    text.push('>');
    vm.new_str(text)
}
