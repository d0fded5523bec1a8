//! No route to the host: every way CPython code reaches files, processes, the network, the
//! interpreter's internals or dynamic code is absent or refused with an error that says so, and
//! Python code cannot catch its way around a limit.

use std::sync::Arc;

use montybox_core::convert::HostValue;
use montybox_core::run::{Run, RunOptions, Step};
use montybox_core::{compile, RunError};

fn run(code: &str) -> Result<HostValue, RunError> {
    let program = Arc::new(compile(code, "main.py", &[]).expect("compiles"));
    let mut run = Run::start(program, &[], &[], RunOptions::default()).expect("starts");
    match run.step(None) {
        Ok(Step::Complete(v)) => Ok(v),
        Ok(other) => panic!("unexpected step {other:?}"),
        Err(e) => Err(e),
    }
}

/// Runs `expr` and returns `"Type: message"` of what it raised.
fn refusal(expr: &str) -> String {
    let code = format!(
        "try:\n    {expr}\n    r = 'allowed'\nexcept BaseException as e:\n    r = type(e).__name__ + ': ' + str(e)\nr"
    );
    match run(&code) {
        Ok(HostValue::Str(s)) => s,
        other => panic!("{expr}: {other:?}"),
    }
}

#[test]
fn files_terminal_and_dynamic_code_are_refused() {
    for (expr, expected) in [
        (
            "open('/etc/passwd')",
            "PermissionError: montybox has no file system or terminal access",
        ),
        (
            "open('out.txt', 'w')",
            "PermissionError: montybox has no file system or terminal access",
        ),
        (
            "input('? ')",
            "PermissionError: montybox has no file system or terminal access",
        ),
        (
            "eval('1 + 1')",
            "NotImplementedError: montybox does not support running or importing code dynamically",
        ),
        (
            "exec('x = 1')",
            "NotImplementedError: montybox does not support running or importing code dynamically",
        ),
        (
            "compile('1', 'f', 'eval')",
            "NotImplementedError: montybox does not support running or importing code dynamically",
        ),
        (
            "__import__('os')",
            "NotImplementedError: montybox does not support running or importing code dynamically",
        ),
        (
            "breakpoint()",
            "NotImplementedError: montybox does not support running or importing code dynamically",
        ),
        (
            "memoryview(b'x')",
            "NotImplementedError: montybox does not support the built-in 'memoryview'",
        ),
        (
            "__builtins__",
            "NotImplementedError: montybox does not expose __builtins__ (sandbox)",
        ),
    ] {
        let got = refusal(expr);
        assert!(got.starts_with(expected), "{expr}: {got}");
    }
}

#[test]
fn host_modules_do_not_exist_and_say_why() {
    for module in [
        "subprocess",
        "socket",
        "ctypes",
        "importlib",
        "shutil",
        "pathlib",
        "threading",
        "multiprocessing",
        "signal",
        "pickle",
        "marshal",
        "inspect",
        "gc",
        "builtins",
        "sqlite3",
        "http",
        "tempfile",
        "glob",
        "platform",
    ] {
        let got = refusal(&format!("import {module}"));
        assert_eq!(
            got,
            format!("ModuleNotFoundError: No module named '{module}' (montybox does not provide it: no file, process, network or interpreter access in the sandbox)"),
        );
    }
    assert_eq!(
        refusal("import numpy"),
        "ModuleNotFoundError: No module named 'numpy'"
    );
}

#[test]
fn introspection_does_not_lead_to_internals() {
    for (expr, expected) in [
        (
            "object.__subclasses__()",
            "AttributeError: montybox does not support __subclasses__()",
        ),
        (
            "().__class__.__base__.__subclasses__()",
            "AttributeError: montybox does not support __subclasses__()",
        ),
        (
            "(lambda: 0).__globals__",
            "AttributeError: montybox does not expose function.__globals__",
        ),
        (
            "(lambda: 0).__code__",
            "AttributeError: montybox does not expose function.__code__",
        ),
        (
            "(lambda: 0).__builtins__",
            "AttributeError: montybox does not expose function.__builtins__",
        ),
        (
            "(x for x in []).gi_frame",
            "AttributeError: montybox does not expose gi_frame",
        ),
        (
            "(x for x in []).gi_code",
            "AttributeError: montybox does not expose gi_code",
        ),
        ("globals()['__builtins__']", "KeyError: '__builtins__'"),
    ] {
        let got = refusal(expr);
        assert!(got.starts_with(expected), "{expr}: {got}");
    }
    // A traceback leads to line numbers, never to frames.
    let got = refusal(
        "try:\n        1/0\n    except ZeroDivisionError as e:\n        e.__traceback__.tb_frame",
    );
    assert!(
        got.starts_with("AttributeError: montybox does not expose frame objects"),
        "{got}"
    );
}

#[test]
fn globals_hold_only_what_the_program_defines() {
    let r = run("x = 1\nsorted(k for k in globals() if not k.startswith('__'))").unwrap();
    assert_eq!(r, HostValue::List(vec![HostValue::Str("x".into())]));
    let r = run("sorted(dir())").unwrap();
    let HostValue::List(names) = r else { panic!() };
    for n in names {
        let HostValue::Str(n) = n else { panic!() };
        assert!(n.starts_with("__"), "unexpected global {n}");
    }
}

#[test]
fn no_clock_randomness_or_environment_without_a_grant() {
    for (expr, what) in [
        ("import time; time.time()", "the clock"),
        ("import datetime; datetime.datetime.now()", "the clock"),
        ("import random; random.random()", "randomness"),
        ("import time; time.sleep(1)", "sleeping"),
    ] {
        let got = refusal(expr);
        assert_eq!(
            got,
            format!("PermissionError: montybox: the host has not granted access to {what}"),
            "{expr}"
        );
    }
    // Seeded randomness needs no grant.
    let r = run("import random\nrandom.seed(7)\nround(random.random(), 6)").unwrap();
    assert_eq!(r, HostValue::Float(0.323833));
}

#[test]
fn limits_cannot_be_caught_or_swallowed() {
    use montybox_core::Limits;
    use std::time::Duration;
    let code = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n    finally:\n        pass";
    let program = Arc::new(compile(code, "main.py", &[]).unwrap());
    let options = RunOptions {
        limits: Limits {
            max_duration: Some(Duration::from_millis(100)),
            ..Limits::default()
        },
        ..Default::default()
    };
    let mut r = Run::start(program, &[], &[], options).unwrap();
    let e = r.step(None).unwrap_err();
    assert!(matches!(e, RunError::Limit { .. }), "{e:?}");
}
