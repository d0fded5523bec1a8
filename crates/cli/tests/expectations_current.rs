//! Checks that every expectation in `tests/cases/` still matches what CPython 3.11 prints
//! (re-runs `tests/regen.py --check`). Skipped, with a message, only when no python3 3.11 is
//! installed: the expectations can only be checked against the specification itself.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn expectations_still_match_cpython() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let version = Command::new("python3")
        .arg("-c")
        .arg("import sys; print(sys.version_info[:2] == (3, 11))")
        .output();
    match version {
        Ok(out) if String::from_utf8_lossy(&out.stdout).trim() == "True" => {}
        _ => {
            eprintln!(
                "python3 3.11 is not installed: cannot re-check expectations against CPython"
            );
            return;
        }
    }
    let out = Command::new("python3")
        .arg("tests/regen.py")
        .arg("--check")
        .current_dir(&root)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "expectations differ from CPython:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
