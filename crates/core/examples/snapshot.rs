//! Cost of a snapshot round trip (dump, load, resume) of a run paused at a host call while it
//! holds a 10,000-element list, the `snapshot 10k list` benchmark without Node, for profiling
//! (`valgrind --tool=callgrind target/release/examples/snapshot 200`).
use std::sync::Arc;

use montybox_core::convert::HostValue;
use montybox_core::run::{Answer, Run, RunOptions, Step};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let code = "x = list(range(10000))\ny = tool()\nlen(x) + y";
    let names = ["tool".to_string()];
    let program = Arc::new(montybox_core::compile(code, "main.py", &[]).expect("compiles"));
    let paused = || {
        let mut run =
            Run::start(program.clone(), &[], &names, RunOptions::default()).expect("starts");
        match run.step(None).expect("runs") {
            Step::Call(_) => run,
            _ => panic!("expected a call"),
        }
    };
    let (mut dump, mut load, mut resume, mut size) = (0u128, 0u128, 0u128, 0);
    for _ in 0..n {
        let run = paused();
        let t = std::time::Instant::now();
        let bytes = run.dump().expect("dumps");
        dump += t.elapsed().as_nanos();
        size = bytes.len();
        let t = std::time::Instant::now();
        let mut run = Run::load(&bytes, RunOptions::default()).expect("loads");
        load += t.elapsed().as_nanos();
        let t = std::time::Instant::now();
        let id = run.pending_call().expect("paused").id;
        run.answer(id, Answer::Value(HostValue::Int(1)))
            .expect("answers");
        match run.step(None).expect("resumes") {
            Step::Complete(HostValue::Int(10001)) => {}
            other => panic!("unexpected {other:?}"),
        }
        resume += t.elapsed().as_nanos();
    }
    let per = |t: u128| t as f64 / n as f64 / 1000.0;
    println!(
        "{size} bytes; dump {:.1} µs, load {:.1} µs, resume {:.1} µs",
        per(dump),
        per(load),
        per(resume)
    );
}
