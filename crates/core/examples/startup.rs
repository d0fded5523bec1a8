//! Cost of compiling and running a tiny program, for profiling start-up
//! (`valgrind --tool=callgrind target/release/examples/startup`).
use std::sync::Arc;

use montybox_core::run::{Run, RunOptions};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let program = Arc::new(montybox_core::compile("1 + 1", "main.py", &[]).expect("compiles"));
    let t = std::time::Instant::now();
    for _ in 0..n {
        let mut run = Run::start(program.clone(), &[], &[], RunOptions::default()).expect("starts");
        run.step(None).expect("runs");
    }
    let run_each = t.elapsed() / n as u32;
    let t = std::time::Instant::now();
    for _ in 0..n {
        montybox_core::compile("1 + 1", "main.py", &[]).expect("compiles");
    }
    println!("run {:?}, compile {:?}", run_each, t.elapsed() / n as u32);
}
