//! The numeric standard-library modules where a host matters: `random` without a randomness
//! grant, and the native state of `random`, `fractions`, `decimal` and `statistics` objects
//! surviving a snapshot (dump -> load) taken while paused at a host call.

use std::sync::{Arc, Mutex};

use montybox_core::convert::HostValue as H;
use montybox_core::run::{Answer, Run, RunOptions, Step};
use montybox_core::{compile, Output, RunError};

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

/// Runs `code` (with host function `pause`, answered with None after a dump/load), returning
/// the result and the output.
fn drive(code: &str) -> (Result<H, RunError>, String) {
    let program = compile(code, "main.py", &[]).expect("compiles");
    let out = Shared::default();
    let mut run = Run::start(
        Arc::new(program),
        &[],
        &["pause".to_string()],
        options(&out),
    )
    .expect("starts");
    let result = loop {
        match run.step(None) {
            Err(e) => break Err(e),
            Ok(Step::Complete(v)) => break Ok(v),
            Ok(Step::Yielded) => continue,
            Ok(Step::Call(call)) => {
                let bytes = run.dump().expect("dump");
                run = Run::load(&bytes, options(&out)).expect("load");
                run.answer(call.id, Answer::Value(H::None)).expect("answer");
            }
            Ok(Step::Waiting(_)) => panic!("nothing waits here"),
        }
    };
    let output = out.0.lock().unwrap().clone();
    (result, output)
}

#[test]
fn unseeded_random_needs_the_randomness_grant() {
    let (result, _) = drive("import random\nrandom.random()\n");
    match result {
        Err(RunError::Exception(e)) => {
            assert_eq!(e.type_name, "PermissionError");
            assert!(e.message.contains("randomness"), "{}", e.message);
        }
        other => panic!("expected PermissionError, got {other:?}"),
    }
}

#[test]
fn seeded_random_needs_no_grant() {
    let (result, _) = drive("import random\nrandom.seed(42)\nrandom.random()\n");
    assert_eq!(result.expect("runs"), H::Float(0.6394267984578837));
}

#[test]
fn numeric_state_survives_snapshots() {
    let code = "\
import random, statistics
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext
r = random.Random(7)
first = [r.random() for _ in range(3)]
random.seed(3)
g = random.gauss(0, 1)
f = Fraction(3, 7)
getcontext().prec = 10
d = Decimal(1) / 3
nd = statistics.NormalDist(5, 2)
with localcontext() as ctx:
    ctx.prec = 4
    pause()
    inner = Decimal(2) / 3
pause()
print(r.random(), random.gauss(0, 1), f + Fraction(1, 7), d, inner, Decimal(1) / 7, nd.cdf(6))
[r.random() for _ in range(2)]
";
    let (result, output) = drive(code);
    let value = result.expect("runs");
    // The same program without pauses gives the same output and result.
    let plain = code.replace("    pause()\n", "").replace("pause()\n", "");
    let (plain_result, plain_output) = drive(&plain);
    assert_eq!(output, plain_output);
    assert_eq!(value, plain_result.expect("runs"));
    assert!(
        output.contains("4/7 0.3333333333 0.6667 0.1428571429"),
        "{output}"
    );
}
