//! The bodies of the fuzz targets, shared by `fuzz/fuzz_targets/*` (cargo-fuzz) and by the
//! regression test `crates/core/tests/fuzz_regressions.rs`, which replays the committed corpus in
//! `fuzz/regressions/` on every `cargo test`.
//!
//! Each body must return normally for every input: a panic, an abort or a stack overflow is the
//! finding. Runs use tight limits so that a program that loops or allocates ends quickly.

use std::sync::Arc;
use std::time::Duration;

use montybox_core::convert::HostValue;
use montybox_core::run::{Answer, Run, RunOptions, Step};
use montybox_core::{snapshot, HostAccess, Limits};

/// Limits that end any fuzzed program within a fraction of a second.
pub fn tight_limits() -> Limits {
    Limits {
        max_duration: Some(Duration::from_millis(200)),
        max_memory: Some(32 << 20),
        max_allocations: Some(200_000),
        max_recursion_depth: 200,
        wall_clock: false,
    }
}

fn options() -> RunOptions {
    RunOptions {
        limits: tight_limits(),
        host: HostAccess::default(),
        output: Box::new(montybox_core::BufferOutput::default()),
    }
}

/// The host functions a fuzzed program may call.
pub const TOOLS: [&str; 3] = ["tool", "fetch", "fail"];

/// Drives a run to its end like a host would: answers calls (values, errors, later), resolves
/// deferred calls, and at some pauses dumps the run and continues from the loaded copy.
pub fn drive(mut run: Run, seed: u64) {
    let mut state = seed;
    let mut deferred: Vec<u64> = Vec::new();
    for _ in 0..200 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let choice = (state >> 33) % 5;
        match run.step(Some(Duration::from_millis(50))) {
            Ok(Step::Complete(_)) | Err(_) => return,
            Ok(Step::Yielded) => {}
            Ok(Step::Call(call)) => {
                if choice == 0 {
                    // Round trip through bytes at the pause.
                    let Ok(bytes) = run.dump() else { return };
                    match Run::load(&bytes, options()) {
                        Ok(loaded) => run = loaded,
                        Err(e) => panic!("a fresh snapshot failed to load: {e}"),
                    }
                }
                let answer = match (call.function.as_str(), choice) {
                    ("fail", _) => Answer::Error {
                        type_name: "ValueError".into(),
                        message: "tool failed".into(),
                    },
                    (_, 1) => Answer::Later,
                    (_, 2) => Answer::Value(HostValue::List(call.args.clone())),
                    _ => Answer::Value(HostValue::Int(call.id as i64)),
                };
                if matches!(answer, Answer::Later) {
                    deferred.push(call.id);
                }
                if run.answer(call.id, answer).is_err() {
                    return;
                }
            }
            Ok(Step::Waiting(ids)) => {
                let Some(&id) = ids.first() else { return };
                deferred.retain(|d| *d != id);
                let outcome = if choice == 3 {
                    Err(("KeyError".to_string(), "missing".to_string()))
                } else {
                    Ok(HostValue::Str(format!("result {id}")))
                };
                if run.resolve(id, outcome).is_err() {
                    return;
                }
            }
        }
    }
}

/// Source text: parse, compile, disassemble, run with host calls and snapshots.
pub fn source(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(program) = montybox_core::compile(text, "fuzz.py", &["x".to_string()]) else {
        return;
    };
    let _ = montybox_core::dis::disassemble(&program);
    // A compiled program always survives its own serialization.
    let bytes = snapshot::dump_program(&program);
    if let Err(e) = snapshot::load_program(&bytes) {
        panic!("a fresh program failed to load: {e}");
    }
    let tools: Vec<String> = TOOLS.iter().map(|t| t.to_string()).collect();
    let inputs = [("x".to_string(), HostValue::Int(3))];
    if let Ok(run) = Run::start(Arc::new(program), &inputs, &tools, options()) {
        drive(run, data.len() as u64);
    }
}

/// Snapshot bytes: load and resume. The first byte chooses whether the checksum is rewritten
/// (so that edited payloads get past it and reach the decoder and the verifier) and whether the
/// bytes are read as a paused run or as a program.
pub fn snapshot_bytes(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let mut bytes = rest.to_vec();
    if flags & 1 == 1 {
        snapshot::reseal(&mut bytes);
    }
    if flags & 2 == 2 {
        if let Ok(program) = snapshot::load_program(&bytes) {
            let _ = montybox_core::dis::disassemble(&program);
            let tools: Vec<String> = TOOLS.iter().map(|t| t.to_string()).collect();
            if let Ok(run) = Run::start(Arc::new(program), &[], &tools, options()) {
                drive(run, flags as u64);
            }
        }
        return;
    }
    if let Ok(run) = Run::load(&bytes, options()) {
        drive(run, flags as u64);
    }
}

/// Builds a host value from bytes, bounded in size and depth like a host's converter would be
/// (the core itself must still refuse anything deeper than it supports).
pub fn host_value(data: &mut &[u8], depth: usize) -> HostValue {
    let Some((&tag, rest)) = data.split_first() else {
        return HostValue::None;
    };
    *data = rest;
    let mut take = |n: usize| -> Vec<u8> {
        let n = n.min(data.len());
        let (a, b) = data.split_at(n);
        *data = b;
        a.to_vec()
    };
    let len = |b: &[u8]| b.first().copied().unwrap_or(0) as usize % 8;
    match tag % 13 {
        0 => HostValue::None,
        1 => HostValue::Bool(tag & 16 != 0),
        2 => {
            let b = take(8);
            let mut a = [0u8; 8];
            a[..b.len()].copy_from_slice(&b);
            HostValue::Int(i64::from_le_bytes(a))
        }
        3 => {
            let b = take(24);
            HostValue::BigInt(num_bigint::BigInt::from_signed_bytes_le(&b))
        }
        4 => {
            let b = take(8);
            let mut a = [0u8; 8];
            a[..b.len()].copy_from_slice(&b);
            HostValue::Float(f64::from_le_bytes(a))
        }
        5 => {
            let n = len(&take(1)) * 3;
            HostValue::Str(String::from_utf8_lossy(&take(n)).into_owned())
        }
        6 => {
            let n = len(&take(1)) * 3;
            HostValue::Bytes(take(n))
        }
        7..=11 if depth > 0 => {
            let n = len(&take(1));
            let items: Vec<HostValue> = (0..n).map(|_| host_value(data, depth - 1)).collect();
            match tag % 13 {
                7 => HostValue::List(items),
                8 => HostValue::Tuple(items),
                9 => HostValue::Set(items),
                10 => HostValue::FrozenSet(items),
                _ => HostValue::Dict(
                    items
                        .chunks(2)
                        .map(|p| (p[0].clone(), p.get(1).cloned().unwrap_or(HostValue::None)))
                        .collect(),
                ),
            }
        }
        // Deep chains of one-element lists, past the converter's own depth bound.
        12 => {
            let n = len(&take(1)) * 60;
            let mut v = HostValue::Int(0);
            for _ in 0..n {
                v = HostValue::List(vec![v]);
            }
            v
        }
        _ => HostValue::None,
    }
}

/// Value conversion: a host value goes in as an input and as a call's answer, the program
/// inspects it (repr, equality, hashing, json) and hands it back.
pub fn convert(data: &[u8]) {
    let mut cursor = data;
    let value = host_value(&mut cursor, 6);
    let answer = host_value(&mut cursor, 6);
    let source = "\
import json
r = repr(x)
same = x == x
try:
    h = hash(x)
except TypeError:
    h = None
try:
    j = json.dumps(x)
except (TypeError, ValueError):
    j = None
y = tool(x)
z = [x, y]
z
";
    let Ok(program) = montybox_core::compile(source, "convert.py", &["x".to_string()]) else {
        panic!("the conversion program does not compile");
    };
    let tools = vec!["tool".to_string()];
    let Ok(mut run) = Run::start(
        Arc::new(program),
        &[("x".to_string(), value.clone())],
        &tools,
        options(),
    ) else {
        return;
    };
    for _ in 0..20 {
        match run.step(None) {
            Ok(Step::Call(call)) => {
                if run.answer(call.id, Answer::Value(answer.clone())).is_err() {
                    return;
                }
            }
            Ok(Step::Complete(_)) | Err(_) => return,
            Ok(_) => {}
        }
    }
}
