//! Snapshot round trips of datetime state (the conformance cases cover behaviour).

use std::sync::{Arc, Mutex};

use crate::heap::Object;
use crate::vm::scheduler::{CallAnswer, Progress};
use crate::vm::{Output, Vm};
use crate::{HostAccess, Limits, Value};

struct Shared(Arc<Mutex<String>>);

impl Output for Shared {
    fn write(&mut self, text: &str) {
        if let Ok(mut s) = self.0.lock() {
            s.push_str(text);
        }
    }
}

fn clock_host() -> HostAccess {
    HostAccess {
        wall_clock: Some(Box::new(|| 1_700_000_000.25)),
        monotonic: Some(Box::new(|| 12.5)),
        utc_offset: Some(Box::new(|_| 3600)),
        ..Default::default()
    }
}

/// Runs `src` until its `pause()` call, snapshots the VM, and resumes the copy.
fn run_through_snapshot(src: &str) -> String {
    let program = Arc::new(crate::compile(src, "t.py", &["pause".to_string()]).expect("compiles"));
    let mut vm = Vm::new(program, Limits::default()).expect("vm");
    vm.host = clock_host();
    let pause = vm
        .alloc(Object::External("pause".to_string()))
        .expect("alloc");
    assert!(vm.set_global("pause", pause));
    match vm.drive() {
        Ok(Progress::Call(_)) => {}
        other => panic!("expected a pause, got {other:?}"),
    }
    let bytes = postcard::to_allocvec(&vm).expect("serializes");
    drop(vm);
    let mut vm: Vm = postcard::from_bytes(&bytes).expect("deserializes");
    let out = Arc::new(Mutex::new(String::new()));
    vm.out = Box::new(Shared(out.clone()));
    vm.host = clock_host();
    vm.answer_call(CallAnswer::Value(Value::None))
        .expect("answer");
    match vm.drive() {
        Ok(Progress::Complete(_)) => {}
        other => panic!("expected completion, got {other:?}"),
    }
    let s = out.lock().map(|s| s.clone()).unwrap_or_default();
    s
}

#[test]
fn datetime_values_survive_a_snapshot() {
    let out = run_through_snapshot(
        "from datetime import *\n\
         import time as T\n\
         tz = timezone(timedelta(hours=1), 'X')\n\
         d = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=tz)\n\
         t = time(1, 2, tzinfo=timezone.utc, fold=1)\n\
         td = timedelta(days=-1, microseconds=5)\n\
         st = T.gmtime(0)\n\
         pause()\n\
         print(repr(d + td))\n\
         print(repr(t), d.isoformat(), d.date() - date(2024, 1, 1))\n\
         print(d.tzinfo is tz, timezone.utc is UTC, st.tm_year, st.tm_zone)\n\
         print(datetime.now(), datetime.fromtimestamp(0), T.monotonic())\n",
    );
    assert_eq!(
        out,
        "datetime.datetime(2024, 1, 1, 3, 4, 5, 11, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600), 'X'))\n\
         datetime.time(1, 2, tzinfo=datetime.timezone.utc, fold=1) 2024-01-02T03:04:05.000006+01:00 1 day, 0:00:00\n\
         True True 1970 GMT\n\
         2023-11-14 23:13:20.250000 1970-01-01 01:00:00 12.5\n"
    );
}

#[test]
fn clock_refused_without_grant() {
    let program = Arc::new(
        crate::compile(
            "from datetime import datetime\ntry:\n    datetime.now()\nexcept PermissionError as e:\n    print('refused', e)\n",
            "t.py",
            &[],
        )
        .expect("compiles"),
    );
    let out = Arc::new(Mutex::new(String::new()));
    let mut vm = Vm::new(program, Limits::default()).expect("vm");
    vm.out = Box::new(Shared(out.clone()));
    assert!(matches!(vm.drive(), Ok(Progress::Complete(_))));
    let s = out.lock().map(|s| s.clone()).unwrap_or_default();
    assert_eq!(
        s,
        "refused montybox: the host has not granted access to the clock\n"
    );
}
