//! `asyncio.Lock`, `Event`, `Semaphore` and `BoundedSemaphore`. A task that must wait gets a
//! pending future to await; releasing or setting settles the first (or every) waiter still
//! pending, so cancelled waiters are skipped.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::{fv, AsyncioFn};
use crate::builtins::Args;
use crate::error::{Exc, PyResult};
use crate::heap::Object;
use crate::modules::native::{NativeClass, NativeData};
use crate::native_methods;
use crate::value::Value;
use crate::vm::scheduler::FutState;
use crate::vm::{Resume, Vm};

native_methods! {
    pub enum SyncFn {
        LockInit => "__init__" => lock_init,
        LockAcquire => "acquire" => lock_acquire,
        LockRelease => "release" => lock_release,
        LockLocked => "locked" => lock_locked,
        LockAexit => "__aexit__" => lock_aexit,
        LockRepr => "__repr__" => lock_repr,
        EventInit => "__init__" => event_init,
        EventSet => "set" => event_set,
        EventClear => "clear" => event_clear,
        EventIsSet => "is_set" => event_is_set,
        EventWait => "wait" => event_wait,
        EventRepr => "__repr__" => event_repr,
        SemInit => "__init__" => sem_init,
        BoundedSemInit => "__init__" => bounded_sem_init,
        SemAcquire => "acquire" => sem_acquire,
        SemRelease => "release" => sem_release,
        SemLocked => "locked" => sem_locked,
        SemRepr => "__repr__" => sem_repr,
    }
}

fn f(which: SyncFn) -> Value {
    fv(AsyncioFn::Sync(which))
}

/// The state of a synchronization primitive.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum SyncState {
    Lock {
        locked: bool,
        waiters: VecDeque<Value>,
    },
    Event {
        flag: bool,
        waiters: Vec<Value>,
    },
    Semaphore {
        value: i64,
        bound: Option<i64>,
        waiters: VecDeque<Value>,
    },
}

impl SyncState {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            SyncState::Lock { waiters, .. } | SyncState::Semaphore { waiters, .. } => {
                waiters.iter().for_each(|v| f(*v))
            }
            SyncState::Event { waiters, .. } => waiters.iter().for_each(|v| f(*v)),
        }
    }
}

pub fn attrs(vm: &mut Vm) -> PyResult<Vec<(&'static str, Value)>> {
    Ok(vec![
        ("Lock", vm.std_class("asyncio.Lock", make_lock)?),
        ("Event", vm.std_class("asyncio.Event", make_event)?),
        (
            "Semaphore",
            vm.std_class("asyncio.Semaphore", make_semaphore)?,
        ),
        (
            "BoundedSemaphore",
            vm.std_class("asyncio.BoundedSemaphore", make_bounded)?,
        ),
    ])
}

fn make_lock(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "Lock",
        module: "asyncio.locks",
        attrs: vec![
            ("__init__", f(SyncFn::LockInit)),
            ("acquire", f(SyncFn::LockAcquire)),
            ("release", f(SyncFn::LockRelease)),
            ("locked", f(SyncFn::LockLocked)),
            ("__aenter__", f(SyncFn::LockAcquire)),
            ("__aexit__", f(SyncFn::LockAexit)),
            ("__repr__", f(SyncFn::LockRepr)),
        ],
        ..Default::default()
    })
}

fn make_event(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "Event",
        module: "asyncio.locks",
        attrs: vec![
            ("__init__", f(SyncFn::EventInit)),
            ("set", f(SyncFn::EventSet)),
            ("clear", f(SyncFn::EventClear)),
            ("is_set", f(SyncFn::EventIsSet)),
            ("wait", f(SyncFn::EventWait)),
            ("__repr__", f(SyncFn::EventRepr)),
        ],
        ..Default::default()
    })
}

fn make_semaphore(vm: &mut Vm) -> PyResult<Value> {
    vm.new_native_class(NativeClass {
        name: "Semaphore",
        module: "asyncio.locks",
        attrs: vec![
            ("__init__", f(SyncFn::SemInit)),
            ("acquire", f(SyncFn::SemAcquire)),
            ("release", f(SyncFn::SemRelease)),
            ("locked", f(SyncFn::SemLocked)),
            ("__aenter__", f(SyncFn::SemAcquire)),
            ("__aexit__", f(SyncFn::LockAexit)),
            ("__repr__", f(SyncFn::SemRepr)),
        ],
        ..Default::default()
    })
}

fn make_bounded(vm: &mut Vm) -> PyResult<Value> {
    let base = vm.std_class("asyncio.Semaphore", make_semaphore)?;
    vm.new_native_class(NativeClass {
        name: "BoundedSemaphore",
        module: "asyncio.locks",
        bases: &[base],
        attrs: vec![("__init__", f(SyncFn::BoundedSemInit))],
        ..Default::default()
    })
}

fn state(vm: &mut Vm, v: Value) -> PyResult<&mut SyncState> {
    match vm.native_data_mut(v) {
        Some(NativeData::AsyncioSync(s)) => Ok(s),
        _ => Err(Exc::type_error("the object is not initialized")),
    }
}

fn pending(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(id) if matches!(vm.heap.get(id), Object::Future(f) if f.state == FutState::Pending))
}

/// Pops waiters until one that is still pending (its task may have been cancelled).
fn next_waiter(vm: &mut Vm, this: Value) -> PyResult<Option<Value>> {
    loop {
        let w = match state(vm, this)? {
            SyncState::Lock { waiters, .. } | SyncState::Semaphore { waiters, .. } => {
                waiters.pop_front()
            }
            SyncState::Event { .. } => None,
        };
        match w {
            None => return Ok(None),
            Some(w) if pending(vm, w) => return Ok(Some(w)),
            Some(_) => {}
        }
    }
}

fn settle(vm: &mut Vm, fut: Value, v: Value) {
    if let Value::Obj(id) = fut {
        vm.finish_future(id, Resume::Value(v));
    }
}

fn no_args(args: &Args, name: &str) -> PyResult<()> {
    args.check_method(name, 0, 0)?;
    if !args.kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() got an unexpected keyword argument"
        )));
    }
    Ok(())
}

// ---- Lock -------------------------------------------------------------------------------------

fn lock_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "Lock")?;
    vm.set_native_data(
        args.this(),
        NativeData::AsyncioSync(Box::new(SyncState::Lock {
            locked: false,
            waiters: VecDeque::new(),
        })),
    )?;
    Ok(Value::None)
}

fn lock_acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let free = match state(vm, this)? {
        SyncState::Lock { locked, .. } => !*locked,
        _ => return Err(Exc::type_error("expected a Lock")),
    };
    let none_waiting = {
        let ws: Vec<Value> = match state(vm, this)? {
            SyncState::Lock { waiters, .. } => waiters.iter().copied().collect(),
            _ => Vec::new(),
        };
        !ws.iter().any(|w| pending(vm, *w))
    };
    if free && none_waiting {
        if let SyncState::Lock { locked, .. } = state(vm, this)? {
            *locked = true;
        }
        return vm.completed_future(Value::Bool(true));
    }
    let w = vm.new_future()?;
    if let SyncState::Lock { waiters, .. } = state(vm, this)? {
        waiters.push_back(w);
    }
    Ok(w)
}

fn lock_release(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match state(vm, this)? {
        SyncState::Lock { locked, .. } => {
            if !*locked {
                return Err(Exc::runtime_error("Lock is not acquired."));
            }
            *locked = false;
        }
        _ => return Err(Exc::type_error("expected a Lock")),
    }
    if let Some(w) = next_waiter(vm, this)? {
        // Hand the lock straight to the first waiter.
        if let SyncState::Lock { locked, .. } = state(vm, this)? {
            *locked = true;
        }
        settle(vm, w, Value::Bool(true));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match state(vm, args.this())? {
        SyncState::Lock { locked, .. } => Ok(Value::Bool(*locked)),
        SyncState::Semaphore { value, .. } => Ok(Value::Bool(*value == 0)),
        _ => Err(Exc::type_error("expected a Lock")),
    }
}

/// `__aexit__` of Lock and Semaphore: release.
fn lock_aexit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let is_lock = matches!(state(vm, this)?, SyncState::Lock { .. });
    let release_args = Args::new(&[this]);
    if is_lock {
        lock_release(vm, &release_args)?;
    } else {
        sem_release(vm, &release_args)?;
    }
    vm.completed_future(Value::None)
}

fn lock_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (locked, waiters) = match state(vm, this)? {
        SyncState::Lock { locked, waiters } => {
            (*locked, waiters.iter().copied().collect::<Vec<_>>())
        }
        _ => return Err(Exc::type_error("expected a Lock")),
    };
    let n = waiters.iter().filter(|w| pending(vm, **w)).count();
    let mut extra = if locked {
        "locked".to_string()
    } else {
        "unlocked".to_string()
    };
    if n > 0 {
        extra.push_str(&format!(", waiters:{n}"));
    }
    let addr = match this {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => String::new(),
    };
    vm.new_str(format!("<asyncio.locks.Lock object at {addr} [{extra}]>"))
}

// ---- Event ------------------------------------------------------------------------------------

fn event_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(args, "Event")?;
    vm.set_native_data(
        args.this(),
        NativeData::AsyncioSync(Box::new(SyncState::Event {
            flag: false,
            waiters: Vec::new(),
        })),
    )?;
    Ok(Value::None)
}

fn event_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let waiters = match state(vm, args.this())? {
        SyncState::Event { flag, waiters } => {
            if *flag {
                return Ok(Value::None);
            }
            *flag = true;
            std::mem::take(waiters)
        }
        _ => return Err(Exc::type_error("expected an Event")),
    };
    for w in waiters {
        if pending(vm, w) {
            settle(vm, w, Value::Bool(true));
        }
    }
    Ok(Value::None)
}

fn event_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let SyncState::Event { flag, .. } = state(vm, args.this())? {
        *flag = false;
    }
    Ok(Value::None)
}

fn event_is_set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match state(vm, args.this())? {
        SyncState::Event { flag, .. } => Ok(Value::Bool(*flag)),
        _ => Err(Exc::type_error("expected an Event")),
    }
}

fn event_wait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let set = match state(vm, this)? {
        SyncState::Event { flag, .. } => *flag,
        _ => return Err(Exc::type_error("expected an Event")),
    };
    if set {
        return vm.completed_future(Value::Bool(true));
    }
    let w = vm.new_future()?;
    if let SyncState::Event { waiters, .. } = state(vm, this)? {
        waiters.push(w);
    }
    Ok(w)
}

fn event_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (flag, waiters) = match state(vm, this)? {
        SyncState::Event { flag, waiters } => (*flag, waiters.clone()),
        _ => return Err(Exc::type_error("expected an Event")),
    };
    let n = waiters.iter().filter(|w| pending(vm, **w)).count();
    let mut extra = if flag {
        "set".to_string()
    } else {
        "unset".to_string()
    };
    if n > 0 {
        extra.push_str(&format!(", waiters:{n}"));
    }
    let addr = match this {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => String::new(),
    };
    vm.new_str(format!("<asyncio.locks.Event object at {addr} [{extra}]>"))
}

// ---- Semaphore ----------------------------------------------------------------------------------

fn sem_value(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    args.check_kw(vm, name, &["value"])?;
    args.check_method(name, 0, 1)?;
    let v = match args.get(1).or_else(|| args.kwarg(vm, "value")) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    if v < 0 {
        return Err(Exc::value_error("Semaphore initial value must be >= 0"));
    }
    Ok(v)
}

fn sem_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let value = sem_value(vm, args, "Semaphore")?;
    vm.set_native_data(
        args.this(),
        NativeData::AsyncioSync(Box::new(SyncState::Semaphore {
            value,
            bound: None,
            waiters: VecDeque::new(),
        })),
    )?;
    Ok(Value::None)
}

fn bounded_sem_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let value = sem_value(vm, args, "BoundedSemaphore")?;
    vm.set_native_data(
        args.this(),
        NativeData::AsyncioSync(Box::new(SyncState::Semaphore {
            value,
            bound: Some(value),
            waiters: VecDeque::new(),
        })),
    )?;
    Ok(Value::None)
}

fn sem_acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (value, waiters) = match state(vm, this)? {
        SyncState::Semaphore { value, waiters, .. } => {
            (*value, waiters.iter().copied().collect::<Vec<_>>())
        }
        _ => return Err(Exc::type_error("expected a Semaphore")),
    };
    let none_waiting = !waiters.iter().any(|w| pending(vm, *w));
    if value > 0 && none_waiting {
        if let SyncState::Semaphore { value, .. } = state(vm, this)? {
            *value -= 1;
        }
        return vm.completed_future(Value::Bool(true));
    }
    let w = vm.new_future()?;
    if let SyncState::Semaphore { waiters, .. } = state(vm, this)? {
        waiters.push_back(w);
    }
    Ok(w)
}

fn sem_release(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    match state(vm, this)? {
        SyncState::Semaphore { value, bound, .. } => {
            if let Some(b) = bound {
                if *value >= *b {
                    return Err(Exc::value_error("BoundedSemaphore released too many times"));
                }
            }
            *value += 1;
        }
        _ => return Err(Exc::type_error("expected a Semaphore")),
    }
    if let Some(w) = next_waiter(vm, this)? {
        if let SyncState::Semaphore { value, .. } = state(vm, this)? {
            *value -= 1;
        }
        settle(vm, w, Value::Bool(true));
    }
    Ok(Value::None)
}

fn sem_locked(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    lock_locked(vm, args)
}

fn sem_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this();
    let (value, waiters) = match state(vm, this)? {
        SyncState::Semaphore { value, waiters, .. } => {
            (*value, waiters.iter().copied().collect::<Vec<_>>())
        }
        _ => return Err(Exc::type_error("expected a Semaphore")),
    };
    let n = waiters.iter().filter(|w| pending(vm, **w)).count();
    let mut extra = if value == 0 {
        "locked".to_string()
    } else {
        format!("unlocked, value:{value}")
    };
    if n > 0 {
        extra.push_str(&format!(", waiters:{n}"));
    }
    let cls = vm.type_of(this);
    let name = vm.class_name(cls);
    let addr = match this {
        Value::Obj(id) => crate::builtins::object::address(id),
        _ => String::new(),
    };
    vm.new_str(format!("<asyncio.locks.{name} object at {addr} [{extra}]>"))
}
