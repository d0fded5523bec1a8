//! The stepping API with a scripted host: external calls answered at once, later, or with
//! errors; gather concurrency; inputs and results; yielding; cancellation; and snapshots.
//! Every pause goes through dump -> load -> resume.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use montybox_core::convert::HostValue as H;
use montybox_core::run::{Answer, HostCall, Run, RunOptions, Step};
use montybox_core::snapshot::{dump_program, load_program};
use montybox_core::{compile, Output, RunError};

/// Output shared between the test and the run (surviving reloads).
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<String>>);

impl Output for Shared {
    fn write(&mut self, text: &str) {
        self.0.lock().unwrap().push_str(text);
    }
}

fn options(out: &Shared) -> RunOptions {
    RunOptions {
        output: Box::new(out.clone()),
        ..Default::default()
    }
}

/// How the scripted host answers a call.
enum Reply {
    Now(Answer),
    /// Answer `Later`, resolve when every task waits.
    Later(Result<H, (String, String)>),
}

struct Outcome {
    result: Result<H, RunError>,
    output: String,
    calls: Vec<HostCall>,
    /// The order in which later-answered calls were resolved.
    waits: Vec<Vec<u64>>,
}

/// Runs `code` with `inputs`, answering calls with `host`, reloading at every pause. Later
/// answers are resolved in reverse order of their ids (to show order does not matter).
fn drive(
    code: &str,
    inputs: &[(&str, H)],
    functions: &[&str],
    mut host: impl FnMut(&HostCall) -> Reply,
) -> Outcome {
    let input_names: Vec<String> = inputs.iter().map(|(n, _)| n.to_string()).collect();
    let program = compile(code, "main.py", &input_names).expect("compiles");
    // The program itself also round-trips.
    let program = load_program(&dump_program(&program)).expect("program loads");
    let out = Shared::default();
    let inputs: Vec<(String, H)> = inputs
        .iter()
        .map(|(n, v)| (n.to_string(), v.clone()))
        .collect();
    let functions: Vec<String> = functions.iter().map(|s| s.to_string()).collect();
    let mut run =
        Run::start(Arc::new(program), &inputs, &functions, options(&out)).expect("starts");
    let mut later: HashMap<u64, Result<H, (String, String)>> = HashMap::new();
    let mut calls = Vec::new();
    let mut waits = Vec::new();
    let result = loop {
        let step = match run.step(None) {
            Ok(s) => s,
            Err(e) => break Err(e),
        };
        match step {
            Step::Complete(v) => break Ok(v),
            Step::Yielded => continue,
            Step::Call(call) => {
                calls.push(call.clone());
                run = reload(&run, &out);
                assert_eq!(
                    run.pending_call(),
                    Some(&call),
                    "pending call survives reload"
                );
                match host(&call) {
                    Reply::Now(a) => run.answer(call.id, a).expect("answer"),
                    Reply::Later(r) => {
                        later.insert(call.id, r);
                        run.answer(call.id, Answer::Later).expect("answer later");
                    }
                }
            }
            Step::Waiting(mut ids) => {
                ids.sort_unstable();
                waits.push(ids.clone());
                run = reload(&run, &out);
                let mut outstanding = run.outstanding_calls();
                outstanding.sort_unstable();
                assert_eq!(outstanding, ids);
                for id in ids.iter().rev() {
                    let r = later.remove(id).expect("known call");
                    run.resolve(*id, r).expect("resolve");
                }
            }
        }
    };
    let output = out.0.lock().unwrap().clone();
    Outcome {
        result,
        output,
        calls,
        waits,
    }
}

fn reload(run: &Run, out: &Shared) -> Run {
    let bytes = run.dump().expect("dump");
    Run::load(&bytes, options(out)).expect("load")
}

fn int(i: i64) -> H {
    H::Int(i)
}

fn s(x: &str) -> H {
    H::Str(x.to_string())
}

fn err(t: &str, m: &str) -> Answer {
    Answer::Error {
        type_name: t.into(),
        message: m.into(),
    }
}

fn python_error(r: &Result<H, RunError>) -> (String, String, String) {
    match r {
        Err(RunError::Exception(e)) => {
            (e.type_name.clone(), e.message.clone(), e.traceback.clone())
        }
        other => panic!("expected a Python exception, got {other:?}"),
    }
}

#[test]
fn sync_call_with_keywords() {
    let o = drive(
        "x = add(2, 3, scale=10)\nprint('got', x)\nx + 1",
        &[],
        &["add"],
        |c| {
            assert_eq!(c.function, "add");
            assert_eq!(c.args, vec![int(2), int(3)]);
            assert_eq!(c.kwargs, vec![("scale".to_string(), int(10))]);
            Reply::Now(Answer::Value(int(50)))
        },
    );
    assert_eq!(o.result.unwrap(), int(51));
    assert_eq!(o.output, "got 50\n");
    assert_eq!(o.calls.len(), 1);
}

#[test]
fn calls_inside_functions_loops_and_generators() {
    let code = "
def gen(n):
    for i in range(n):
        yield double(i)

class Acc:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items.append(double(v))

a = Acc()
for v in gen(3):
    a.add(v)
a.items
";
    let o = drive(code, &[], &["double"], |c| match &c.args[0] {
        H::Int(i) => Reply::Now(Answer::Value(int(i * 2))),
        _ => panic!(),
    });
    assert_eq!(o.result.unwrap(), H::List(vec![int(0), int(4), int(8)]));
    assert_eq!(o.calls.len(), 6);
}

#[test]
fn calls_inside_generators_consumed_by_builtins() {
    // sum/list/sorted/min/max/any/all/join/dict over a generator run it in frames, so the
    // calls inside it pause like any other call (and survive a reload at each pause).
    let code = "
xs = [1, 2, 3]
total = sum(double(x) for x in xs)
items = list(double(x) for x in xs)
ordered = sorted((double(x) for x in xs), reverse=True)
low = min(double(x) for x in xs)
found = any(double(x) > 3 for x in xs)
every = all(double(x) > 3 for x in xs)
text = '-'.join(str(double(x)) for x in xs)
pairs = dict((x, double(x)) for x in xs)
[total, items, ordered, low, found, every, text, pairs[3]]
";
    let o = drive(code, &[], &["double"], |c| match &c.args[0] {
        H::Int(i) => Reply::Now(Answer::Value(int(i * 2))),
        _ => panic!(),
    });
    assert_eq!(
        o.result.unwrap(),
        H::List(vec![
            int(12),
            H::List(vec![int(2), int(4), int(6)]),
            H::List(vec![int(6), int(4), int(2)]),
            int(2),
            H::Bool(true),
            H::Bool(false),
            s("2-4-6"),
            int(6),
        ])
    );
    // any() stops at the first true item (2 calls), all() at the first false one (1 call).
    assert_eq!(o.calls.len(), 3 * 5 + 2 + 1 + 3);
}

#[test]
fn host_error_is_raised_at_the_call_and_catchable() {
    let code = "
try:
    fetch('x')
except ValueError as e:
    print('caught', type(e).__name__, e)
try:
    fetch('y')
except RuntimeError as e:
    print('caught', type(e).__name__, e)
fetch('z')
";
    let o = drive(code, &[], &["fetch"], |c| match &c.args[0] {
        H::Str(x) if x == "x" => Reply::Now(err("ValueError", "bad x")),
        H::Str(x) if x == "y" => Reply::Now(err("NotAPythonError", "bad y")),
        _ => Reply::Now(err("KeyError", "'z'")),
    });
    assert_eq!(
        o.output,
        "caught ValueError bad x\ncaught RuntimeError bad y\n"
    );
    let (t, m, tb) = python_error(&o.result);
    assert_eq!(t, "KeyError");
    assert_eq!(m, "\"'z'\"");
    assert_eq!(
        tb,
        "Traceback (most recent call last):\n  File \"main.py\", line 10, in <module>\n    fetch('z')\nKeyError: \"'z'\"\n"
    );
}

#[test]
fn gather_hands_all_calls_over_before_waiting() {
    let code = "
import asyncio
r = await asyncio.gather(get(1), get(2), get(3))
print(r)
r
";
    let o = drive(code, &[], &["get"], |c| {
        let H::Int(i) = c.args[0] else { panic!() };
        Reply::Later(Ok(int(i * 100)))
    });
    assert_eq!(
        o.result.unwrap(),
        H::List(vec![int(100), int(200), int(300)])
    );
    assert_eq!(o.waits, vec![vec![1, 2, 3]], "all three in flight together");
}

#[test]
fn tasks_collected_in_a_list_are_concurrent() {
    let code = "
import asyncio
tasks = [get(i) for i in range(4)]
results = await asyncio.gather(*tasks)
later = []
for i in range(2):
    later.append(get(10 + i))
more = await asyncio.gather(*later)
t = get(99)
last = await t
results, more, last
";
    let o = drive(code, &[], &["get"], |c| {
        let H::Int(i) = c.args[0] else { panic!() };
        Reply::Later(Ok(int(i)))
    });
    assert_eq!(
        o.result.unwrap(),
        H::Tuple(vec![
            H::List(vec![int(0), int(1), int(2), int(3)]),
            H::List(vec![int(10), int(11)]),
            int(99)
        ])
    );
    assert_eq!(o.waits, vec![vec![1, 2, 3, 4], vec![5, 6], vec![7]]);
}

#[test]
fn task_group_calls_are_concurrent() {
    let code = "
import asyncio

async def fetch(i):
    v = await get(i)
    return v + 1

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch(1))
        b = tg.create_task(fetch(2))
        c = tg.create_task(get(3))
    return [a.result(), b.result(), c.result()]

asyncio.run(main())
";
    let o = drive(code, &[], &["get"], |c| {
        let H::Int(i) = c.args[0] else { panic!() };
        Reply::Later(Ok(int(i * 10)))
    });
    assert_eq!(o.result.unwrap(), H::List(vec![int(11), int(21), int(30)]));
    assert_eq!(o.waits, vec![vec![1, 2, 3]], "all calls in flight together");
}

#[test]
fn task_group_host_error_cancels_siblings() {
    let code = "
import asyncio

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(get(1))
            tg.create_task(get(2))
    except ExceptionGroup as eg:
        return [type(e).__name__ for e in eg.exceptions]

asyncio.run(main())
";
    let o = drive(code, &[], &["get"], |c| {
        let H::Int(i) = c.args[0] else { panic!() };
        if i == 2 {
            Reply::Later(Err(("ValueError".into(), "bad".into())))
        } else {
            Reply::Later(Ok(int(i)))
        }
    });
    assert_eq!(o.result.unwrap(), H::List(vec![s("ValueError")]));
    assert_eq!(o.waits, vec![vec![1, 2]]);
}

#[test]
fn plain_call_answered_later_waits_for_the_value() {
    let code = "
user = get_user(7)
print(user['name'])
user['id']
";
    let o = drive(code, &[], &["get_user"], |_| {
        Reply::Later(Ok(H::Dict(vec![(s("id"), int(7)), (s("name"), s("Ada"))])))
    });
    assert_eq!(o.result.unwrap(), int(7));
    assert_eq!(o.output, "Ada\n");
}

#[test]
fn dependent_chain_and_tasks_interleave() {
    let code = "
import asyncio

async def chain(n):
    a = await step(n)
    b = await step(a)
    return b

async def main():
    t1 = asyncio.create_task(chain(1))
    t2 = asyncio.create_task(chain(10))
    return await t1 + await t2

asyncio.run(main())
";
    let o = drive(code, &[], &["step"], |c| {
        let H::Int(i) = c.args[0] else { panic!() };
        Reply::Later(Ok(int(i + 1)))
    });
    assert_eq!(o.result.unwrap(), int(3 + 12));
    let code2 = code.replace("asyncio.run(main())", "await main()");
    let o = drive(&code2, &[], &["step"], |c| {
        let H::Int(i) = c.args[0] else { panic!() };
        Reply::Later(Ok(int(i + 1)))
    });
    assert_eq!(o.result.unwrap(), int(3 + 12));
    // Both chains' first steps are in flight together, then both second steps.
    assert_eq!(o.waits, vec![vec![1, 2], vec![3, 4]]);
}

#[test]
fn awaited_call_answered_at_once_and_later_errors() {
    let code = "
import asyncio
a = await now(1)
try:
    await fail(2)
except TimeoutError as e:
    print('timeout', e)
res = await asyncio.gather(fail(3), now(4), return_exceptions=True)
print([type(x).__name__ for x in res])
a
";
    let o = drive(code, &[], &["now", "fail"], |c| match c.function.as_str() {
        "now" => Reply::Now(Answer::Value(c.args[0].clone())),
        _ => Reply::Later(Err(("TimeoutError".into(), "too slow".into()))),
    });
    assert_eq!(o.result.unwrap(), int(1));
    assert_eq!(o.output, "timeout too slow\n['TimeoutError', 'int']\n");
}

#[test]
fn deferred_call_answered_with_error_raises_when_awaited() {
    let code = "
import asyncio
try:
    await asyncio.gather(boom(), boom())
except ZeroDivisionError as e:
    print('gathered error:', e)
";
    let o = drive(code, &[], &["boom"], |_| {
        Reply::Now(err("ZeroDivisionError", "nope"))
    });
    assert_eq!(o.result.unwrap(), H::None);
    assert_eq!(o.output, "gathered error: nope\n");
}

#[test]
fn inputs_and_results_convert_both_ways() {
    let inputs = [
        ("n", int(42)),
        (
            "big",
            H::BigInt("123456789012345678901234567890".parse().unwrap()),
        ),
        ("f", H::Float(1.5)),
        ("t", s("héllo")),
        ("b", H::Bytes(vec![0, 255])),
        ("items", H::List(vec![int(1), H::None, H::Bool(true)])),
        (
            "cfg",
            H::Dict(vec![(s("k"), H::List(vec![])), (int(3), s("three"))]),
        ),
        ("tags", H::Set(vec![s("a")])),
    ];
    let code = "(n + 1, big * 2, f * 2, t.upper(), b[1], items, cfg[3], 'a' in tags, {'x': (1, 2)}, {1: 'one'}, frozenset([2]))";
    let o = drive(code, &inputs, &[], |_| unreachable!());
    assert_eq!(
        o.result.unwrap(),
        H::Tuple(vec![
            int(43),
            H::BigInt("246913578024691357802469135780".parse().unwrap()),
            H::Float(3.0),
            s("HÉLLO"),
            int(255),
            H::List(vec![int(1), H::None, H::Bool(true)]),
            s("three"),
            H::Bool(true),
            H::Dict(vec![(s("x"), H::Tuple(vec![int(1), int(2)]))]),
            H::Dict(vec![(int(1), s("one"))]),
            H::FrozenSet(vec![int(2)]),
        ])
    );
}

#[test]
fn unconvertible_argument_raises_type_error_in_the_program() {
    let code = "
def local(): pass
try:
    send(local)
except TypeError as e:
    print(e)
send([1, object()])
";
    let o = drive(code, &[], &["send"], |_| panic!("no call reaches the host"));
    assert_eq!(
        o.output,
        "montybox: argument 1 of 'send' is a 'function' object, which has no host representation\n"
    );
    let (t, m, _) = python_error(&o.result);
    assert_eq!(t, "TypeError");
    assert!(m.contains("'object' object"), "{m}");
}

#[test]
fn unconvertible_result_is_an_error() {
    let o = drive("class C: pass\nC()", &[], &[], |_| unreachable!());
    let (t, m, tb) = python_error(&o.result);
    assert_eq!(t, "TypeError");
    assert_eq!(
        m,
        "montybox: the program's result is a 'C' object, which has no host representation"
    );
    assert_eq!(tb, format!("TypeError: {m}\n"));
}

#[test]
fn host_value_nested_too_deeply_is_refused() {
    let mut v = H::None;
    for _ in 0..1000 {
        v = H::List(vec![v]);
    }
    let program = Arc::new(compile("x", "main.py", &["x".to_string()]).unwrap());
    let err = Run::start(program, &[("x".into(), v)], &[], RunOptions::default()).unwrap_err();
    assert!(format!("{err}").contains("nested too deeply"), "{err}");
}

#[test]
fn a_busy_loop_yields_when_its_budget_is_used() {
    let program = Arc::new(
        compile(
            "total = 0\nfor i in range(3_000_000):\n    total += i\ntotal",
            "main.py",
            &[],
        )
        .unwrap(),
    );
    let out = Shared::default();
    let mut run = Run::start(program, &[], &[], options(&out)).unwrap();
    let mut yields = 0;
    let result = loop {
        match run.step(Some(Duration::from_micros(200))).unwrap() {
            Step::Yielded => {
                yields += 1;
                if yields % 5 == 0 {
                    run = reload(&run, &out);
                }
            }
            Step::Complete(v) => break v,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(result, int(4_499_998_500_000));
    assert!(yields >= 2, "yielded {yields} times");
}

#[test]
fn cancellation_stops_a_run() {
    let program = Arc::new(compile("while True:\n    pass", "main.py", &[]).unwrap());
    let mut run = Run::start(program, &[], &[], RunOptions::default()).unwrap();
    let flag = run.cancel_flag();
    assert_eq!(
        run.step(Some(Duration::from_millis(5))).unwrap(),
        Step::Yielded
    );
    flag.store(true, std::sync::atomic::Ordering::Relaxed);
    assert_eq!(run.step(None).unwrap_err(), RunError::Cancelled);
    assert!(run.is_finished());
}

#[test]
fn stepping_misuse_is_an_error() {
    let program = Arc::new(compile("f(1)\nf(2)", "main.py", &[]).unwrap());
    let mut run = Run::start(program, &[], &["f".to_string()], RunOptions::default()).unwrap();
    let Step::Call(c) = run.step(None).unwrap() else {
        panic!()
    };
    assert!(run.step(None).is_err(), "must answer first");
    assert!(run.answer(c.id + 5, Answer::Value(H::None)).is_err());
    run.answer(c.id, Answer::Value(H::None)).unwrap();
    assert!(
        run.answer(c.id, Answer::Value(H::None)).is_err(),
        "answered twice"
    );
    assert!(run.resolve(77, Ok(H::None)).is_err());
    let Step::Call(c2) = run.step(None).unwrap() else {
        panic!()
    };
    run.answer(c2.id, Answer::Value(H::None)).unwrap();
    assert_eq!(run.step(None).unwrap(), Step::Complete(H::None));
    assert!(run.step(None).is_err(), "finished");
}

#[test]
fn declaring_a_name_twice_is_refused() {
    let program = Arc::new(compile("f", "main.py", &["f".to_string()]).unwrap());
    let e = Run::start(
        program,
        &[("f".into(), int(1))],
        &["f".to_string()],
        RunOptions::default(),
    )
    .unwrap_err();
    assert!(format!("{e}").contains("declared twice"));
}

#[test]
fn bad_bytes_never_load() {
    let program = Arc::new(compile("x = f()\nx", "main.py", &[]).unwrap());
    let mut run = Run::start(
        program.clone(),
        &[],
        &["f".to_string()],
        RunOptions::default(),
    )
    .unwrap();
    assert!(matches!(run.step(None).unwrap(), Step::Call(_)));
    let good = run.dump().unwrap();
    let load = |b: &[u8]| {
        Run::load(b, RunOptions::default())
            .map(|_| ())
            .map_err(|e| e.0)
    };
    assert!(load(&good).is_ok());
    assert_eq!(
        load(b"").unwrap_err(),
        "the bytes are not a montybox snapshot"
    );
    assert_eq!(
        load(b"{\"json\": true}").unwrap_err(),
        "the bytes are not a montybox snapshot"
    );
    for cut in [10, 19, 40, good.len() - 1] {
        assert!(load(&good[..cut]).is_err(), "truncated at {cut}");
    }
    for i in (0..good.len()).step_by(7) {
        let mut bad = good.clone();
        bad[i] ^= 0x41;
        assert!(load(&bad).is_err(), "corrupted byte {i}");
    }
    let mut newer = good.clone();
    newer[9] = 9;
    assert_eq!(
        load(&newer).unwrap_err(),
        format!(
            "a montybox snapshot in format version 9; this montybox reads version {}",
            montybox_core::snapshot::FORMAT_VERSION
        )
    );
    let prog_bytes = dump_program(&program);
    assert_eq!(
        load(&prog_bytes).unwrap_err(),
        "the bytes are a program, not a montybox snapshot"
    );
    assert!(load_program(&good).is_err());
}

#[test]
fn snapshot_in_the_middle_of_a_gather_resumes_elsewhere() {
    let code = "
import asyncio
async def one(i):
    v = await get(i)
    return v * 2
r = await asyncio.gather(*[one(i) for i in range(3)])
sum(r)
";
    let program = Arc::new(compile(code, "main.py", &[]).unwrap());
    let mut run = Run::start(program, &[], &["get".to_string()], RunOptions::default()).unwrap();
    let mut ids = Vec::new();
    loop {
        match run.step(None).unwrap() {
            Step::Call(c) => {
                ids.push(c.id);
                run.answer(c.id, Answer::Later).unwrap();
            }
            Step::Waiting(w) => {
                assert_eq!(w.len(), 3);
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    // "Another process": only bytes cross.
    let bytes = run.dump().unwrap();
    drop(run);
    let mut resumed = Run::load(&bytes, RunOptions::default()).unwrap();
    for (n, id) in ids.iter().enumerate() {
        resumed.resolve(*id, Ok(int(n as i64 + 1))).unwrap();
    }
    assert_eq!(resumed.step(None).unwrap(), Step::Complete(int(12)));
}
