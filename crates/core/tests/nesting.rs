//! Deeply nested source: rejected before parsing with a SyntaxError-like error, never a native
//! stack overflow, whatever the caller's stack (a Node worker's or a test thread's is small);
//! source just inside the bounds compiles and runs.

use std::sync::Arc;
use std::time::Duration;

use montybox_core::run::{Run, RunOptions};
use montybox_core::{compile, Limits};

/// Compiles (and if that succeeds, briefly runs) `src` on a thread with a 1 MiB stack; the
/// error's type name and message, or "ok".
fn on_small_stack(src: String) -> String {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || match compile(&src, "main.py", &[]) {
            Err(e) => format!("{}: {}", e.type_name, e.message),
            Ok(p) => {
                let options = RunOptions {
                    limits: Limits {
                        max_duration: Some(Duration::from_millis(2000)),
                        ..Limits::default()
                    },
                    ..Default::default()
                };
                if let Ok(mut run) = Run::start(Arc::new(p), &[], &[], options) {
                    let _ = run.step(None);
                }
                "ok".into()
            }
        })
        .expect("spawns")
        .join()
        .expect("no panic")
}

fn rejected(r: &str) -> bool {
    r.starts_with("SyntaxError: ") || r.starts_with("IndentationError: ")
}

#[test]
fn deep_source_is_rejected_up_front() {
    const N: usize = 100_000;
    let minus = "-".repeat(N);
    let cases = [
        "f".to_string() + &"()".repeat(N),
        "a".to_string() + &"[0]".repeat(N),
        "a".to_string() + &"[1:2]".repeat(N),
        "a".to_string() + &".b".repeat(N),
        "lambda: ".repeat(N) + "1",
        "x = [".to_string() + &"lambda: ".repeat(N) + "1]",
        "not ".repeat(N) + "x",
        "- ".repeat(N) + "x",
        "~".repeat(N) + "x",
        "1".to_string() + &"+1".repeat(N),
        "1".to_string() + &" ** 1".repeat(N),
        "x if x else ".repeat(N) + "x",
        "x = 1 + \\\n".to_string() + &" + \\\n".repeat(N) + "1",
        "x = (".to_string() + &"1 +\n".repeat(N) + "1)",
        "async def f():\n    await x".to_string() + &"()".repeat(N),
        "(".repeat(N) + &")".repeat(N),
        "{1: ".repeat(N) + "1" + &"}".repeat(N),
        "x = f'{".to_string() + &minus + "x}'",
        "x = f'\\{".to_string() + &minus + "x}'",
        "x = f'{x:{".to_string() + &minus + "x}}'",
        "x = t'{".to_string() + &minus + "x}'",
        "x = f'''{\n".to_string() + &"-\n".repeat(N) + "x}'''",
        "x = f'{x:\"}' + ".to_string() + &minus + "x",
        "x = f\"{f'{".to_string() + &minus + "x}'}\"",
        "x = 1\r".to_string() + &"-".repeat(N) + "x\r",
        (0..5000)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(5000)
            + "pass\n",
    ];
    for src in cases {
        let r = on_small_stack(src.clone());
        assert!(rejected(&r), "{}: {r}", &src[..40.min(src.len())]);
    }
}

#[test]
fn cpython_limits_on_brackets_and_indentation() {
    let parens = |n: usize| "x = ".to_string() + &"(".repeat(n) + "1" + &")".repeat(n);
    assert_eq!(on_small_stack(parens(200)), "ok");
    assert_eq!(
        on_small_stack(parens(201)),
        "SyntaxError: too many nested parentheses (main.py, line 1)"
    );
    let blocks = |n: usize| {
        (0..n)
            .map(|i| format!("{}if 1:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(n)
            + "x = 1\n"
    };
    assert_eq!(on_small_stack(blocks(99)), "ok");
    assert_eq!(
        on_small_stack(blocks(100)),
        "IndentationError: too many levels of indentation (main.py, line 101)"
    );
}

#[test]
fn nesting_inside_the_bounds_compiles_on_a_small_stack() {
    // Just inside the scan's bounds: what is left is the compiler's own depth check.
    let m = 195;
    let n = 199;
    let cases = [
        "x = ".to_string() + &"-".repeat(m) + "1",
        "x = 1".to_string() + &" + 1".repeat(m),
        "x = int".to_string() + &".real".repeat(m),
        "def f(): return f\nx = f".to_string() + &"()".repeat(m),
        "x = ".to_string() + &"lambda: ".repeat(m) + "1",
        "x = ".to_string() + &"1 if 1 else ".repeat(m / 2) + "1",
        "x = ".to_string() + &"(-".repeat(n) + "1" + &")".repeat(n),
        "x = ".to_string() + &"[".repeat(n) + "1" + &"]".repeat(n),
        "def f(x): return x\nx = ".to_string() + &"f(".repeat(n) + "1" + &")".repeat(n),
        "x = f'{".to_string() + &"-".repeat(m) + "1}'",
        "x = 1\ny = f'".to_string() + &"{x:{".repeat(n) + &"}}".repeat(n) + "'",
        "x = -".to_string() + &"-".repeat(790) + "1",
        "x = ".to_string() + &"(lambda: -".repeat(n) + "1" + &")".repeat(n),
        (0..99)
            .map(|i| format!("{}def f{i}():\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(99)
            + "return 1\n",
    ];
    for src in cases {
        // Accepted or rejected with a SyntaxError, never a crash.
        let r = on_small_stack(src.clone());
        assert!(
            r == "ok" || rejected(&r),
            "{}: {r}",
            &src[..40.min(src.len())]
        );
    }
}
