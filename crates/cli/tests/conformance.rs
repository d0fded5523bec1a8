//! Runs every program in `tests/cases/` through the `montybox` binary and compares stdout,
//! stderr and the exit code with the expectations CPython produced (`tests/regen.py`).
//!
//! `MONTYBOX_CASES=name1,name2` restricts the run; `MONTYBOX_SHOW=1` prints each mismatch in full.

use std::path::PathBuf;
use std::process::Command;

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

struct Outcome {
    name: String,
    problem: Option<String>,
}

fn first_difference(kind: &str, expected: &str, actual: &str) -> String {
    let el: Vec<&str> = expected.split('\n').collect();
    let al: Vec<&str> = actual.split('\n').collect();
    for i in 0..el.len().max(al.len()) {
        let (e, a) = (el.get(i).copied(), al.get(i).copied());
        if e != a {
            return format!(
                "{kind} differs at line {}:\n    expected: {:?}\n    actual:   {:?}",
                i + 1,
                e.unwrap_or("<end>"),
                a.unwrap_or("<end>")
            );
        }
    }
    format!("{kind} differs")
}

fn run_case(name: &str) -> Outcome {
    let dir = cases_dir();
    let expected_path = dir.join(format!("{name}.expected"));
    let expected: serde_json::Value = match std::fs::read_to_string(&expected_path) {
        Ok(text) => match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                return Outcome {
                    name: name.into(),
                    problem: Some(format!("bad expectation file: {e}")),
                }
            }
        },
        Err(_) => {
            return Outcome {
                name: name.into(),
                problem: Some("missing .expected file".into()),
            }
        }
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_montybox"))
        .arg(format!("{name}.py"))
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("montybox runs");
    // Drain both pipes while waiting, so a case with large output cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().expect("stdout piped");
    let mut err_pipe = child.stderr.take().expect("stderr piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out_pipe, &mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err_pipe, &mut buf);
        buf
    });
    // A case that hangs is a failure, not a hung test run.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(5))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome {
                    name: name.into(),
                    problem: Some("timed out after 30 s".into()),
                };
            }
        }
    };
    let output = std::process::Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code().unwrap_or(-1) as i64;
    let want_out = expected["stdout"].as_str().unwrap_or("");
    let want_err = expected["stderr"].as_str().unwrap_or("");
    let want_code = expected["exit_code"].as_i64().unwrap_or(0);
    let mut problems = Vec::new();
    if stdout != want_out {
        problems.push(first_difference("stdout", want_out, &stdout));
    }
    if stderr != want_err {
        problems.push(first_difference("stderr", want_err, &stderr));
    }
    if code != want_code {
        problems.push(format!("exit code {code}, expected {want_code}"));
    }
    if std::env::var("MONTYBOX_SHOW").is_ok() && !problems.is_empty() {
        eprintln!("==== {name}\n--- expected stdout\n{want_out}--- actual stdout\n{stdout}--- expected stderr\n{want_err}--- actual stderr\n{stderr}");
    }
    Outcome {
        name: name.into(),
        problem: if problems.is_empty() {
            None
        } else {
            Some(problems.join("\n  "))
        },
    }
}

#[test]
fn conformance_cases_match_cpython() {
    let filter: Option<Vec<String>> = std::env::var("MONTYBOX_CASES").ok().map(|s| {
        s.split(',')
            .map(|x| x.trim().trim_end_matches(".py").to_string())
            .collect()
    });
    let mut names: Vec<String> = std::fs::read_dir(cases_dir())
        .expect("tests/cases exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let p = e.path();
            if p.extension()? != "py" {
                return None;
            }
            Some(p.file_stem()?.to_string_lossy().into_owned())
        })
        .filter(|n| filter.as_ref().map(|f| f.contains(n)).unwrap_or(true))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no cases found");
    // Run in parallel: each case is a separate process.
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    let chunks: Vec<Vec<String>> = (0..threads)
        .map(|t| names.iter().skip(t).step_by(threads).cloned().collect())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            std::thread::spawn(move || chunk.iter().map(|n| run_case(n)).collect::<Vec<_>>())
        })
        .collect();
    let mut outcomes: Vec<Outcome> = handles
        .into_iter()
        .flat_map(|h| h.join().expect("worker"))
        .collect();
    outcomes.sort_by(|a, b| a.name.cmp(&b.name));
    let failures: Vec<&Outcome> = outcomes.iter().filter(|o| o.problem.is_some()).collect();
    for f in &failures {
        eprintln!("FAIL {}\n  {}", f.name, f.problem.as_deref().unwrap_or(""));
    }
    eprintln!(
        "{} of {} cases match CPython",
        outcomes.len() - failures.len(),
        outcomes.len()
    );
    assert!(
        failures.is_empty(),
        "{} cases differ from CPython",
        failures.len()
    );
}
