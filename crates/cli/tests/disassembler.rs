//! `montybox --dis FILE.py`: prints every code object's bytecode (with line numbers, operands
//! resolved to names, jump targets marked) and does not run the program.

use std::process::Command;

fn dis(source: &str) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("montybox-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("prog{}.py", source.len()));
    std::fs::write(&file, source).expect("write source");
    let out = Command::new(env!("CARGO_BIN_EXE_montybox"))
        .arg("--dis")
        .arg(&file)
        .output()
        .expect("montybox runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn lists_every_code_object_without_running() {
    let (out, err, code) =
        dis("def f(a, b=2):\n    return a + b\nx = [f(i) for i in range(3)]\nprint(x)\n");
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("[2, 3, 4]"),
        "the program must not run:\n{out}"
    );
    for expected in [
        "Disassembly of <code <module>> (Module):",
        "Disassembly of <code f> (Function):",
        "Disassembly of <code <listcomp>> (Comprehension):",
        "MakeFunction(1, 1)           (<code f>)",
        "StoreGlobal(2)               (x)",
        "LoadFast(1)                  (b)",
        "Binary(Add)",
        ">>    2 ForIter(9)                   (to 9)",
        "Jump(2)                      (to 2)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    // Line numbers: the function body is line 2, the comprehension line 3, the print line 4.
    assert!(
        out.contains("\n   2       0 LoadFast(0)                  (a)\n"),
        "{out}"
    );
    assert!(
        out.contains("\n   4      11 LoadGlobal(3)                (print)\n"),
        "{out}"
    );
}

#[test]
fn a_syntax_error_is_reported_like_running_it() {
    let (out, err, code) = dis("x = (1,\n");
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
}
