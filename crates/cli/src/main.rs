//! `montybox`: runs a Python file (or `-c CODE`) the way `python3` does: program output on
//! stdout, the traceback of an uncaught exception on stderr, exit status 1 on failure.
//! `--dis` prints the bytecode instead of running.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use montybox_core::{compile, dis, run_with_host, HostAccess, Limits, Output, RunError};
use montybox_host_os::Grants;

/// Writes program output straight to stdout (buffered, flushed at exit).
struct Stdout(std::io::BufWriter<std::io::Stdout>);

impl Output for Stdout {
    fn write(&mut self, text: &str) {
        let _ = self.0.write_all(text.as_bytes());
    }

    /// `sys.stderr` goes to the process's stderr, after the program output written so far.
    fn write_err(&mut self, text: &str) {
        let _ = self.0.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

impl Drop for Stdout {
    fn drop(&mut self) {
        let _ = self.0.flush();
    }
}

/// Like `python3`, the command-line tool grants the program the real clock, OS randomness,
/// sleeping, the process environment and its arguments.
fn full_access(args: &[String], filename: &str) -> HostAccess {
    let script_pos = args.iter().position(|a| a == filename);
    let mut argv = vec![if filename == "<string>" {
        "-c".to_string()
    } else {
        filename.to_string()
    }];
    if let Some(p) = script_pos {
        argv.extend(args[p + 1..].iter().cloned());
    }
    Grants {
        environ: std::env::vars().collect(),
        argv,
        ..Grants::everything()
    }
    .host_access()
}

const USAGE: &str = "usage: montybox [--dis] [--max-duration-ms N] [--max-memory BYTES] \
[--max-allocations N] [--max-recursion N] (FILE.py | -c CODE)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dis_only = false;
    let mut limits = Limits::default();
    let mut source = None;
    let mut filename = String::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--dis" => dis_only = true,
            "--max-duration-ms" | "--max-memory" | "--max-allocations" | "--max-recursion" => {
                let Some(n) = args.get(i + 1).and_then(|v| v.parse::<u64>().ok()) else {
                    eprintln!("{} expects a number\n{USAGE}", args[i]);
                    return ExitCode::from(2);
                };
                match args[i].as_str() {
                    "--max-duration-ms" => {
                        limits.max_duration = Some(std::time::Duration::from_millis(n))
                    }
                    "--max-memory" => limits.max_memory = Some(n as usize),
                    "--max-allocations" => limits.max_allocations = Some(n),
                    _ => limits.max_recursion_depth = n as usize,
                }
                i += 1;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return ExitCode::from(2);
                };
                source = Some(code.clone());
                filename = "<string>".into();
                i += 1;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            path => {
                match std::fs::read_to_string(path) {
                    Ok(s) => source = Some(s),
                    Err(e) => {
                        eprintln!(
                            "montybox: can't open file '{path}': [Errno {}] {e}",
                            e.raw_os_error().unwrap_or(2)
                        );
                        return ExitCode::from(2);
                    }
                }
                filename = path.to_string();
            }
        }
        i += 1;
    }
    let Some(source) = source else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let program = match compile(&source, &filename, &[]) {
        Ok(p) => p,
        Err(e) => {
            eprint!("{}", e.traceback);
            return ExitCode::from(1);
        }
    };
    if dis_only {
        print!("{}", dis::disassemble(&program));
        return ExitCode::SUCCESS;
    }
    let out = Box::new(Stdout(std::io::BufWriter::new(std::io::stdout())));
    let result = run_with_host(
        Arc::new(program),
        limits,
        out,
        full_access(&args, &filename),
    );
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(RunError::Exception(e)) if e.type_name == "SystemExit" => {
            let _ = std::io::stdout().flush();
            match e.message.parse::<i64>() {
                Ok(code) => ExitCode::from((code & 0xff) as u8),
                Err(_) if e.message.is_empty() || e.message == "None" => ExitCode::SUCCESS,
                Err(_) => {
                    eprintln!("{}", e.message);
                    ExitCode::from(1)
                }
            }
        }
        Err(RunError::Exception(e)) | Err(RunError::Syntax(e)) => {
            let _ = std::io::stdout().flush();
            eprint!("{}", e.traceback);
            ExitCode::from(1)
        }
        Err(other) => {
            let _ = std::io::stdout().flush();
            eprintln!("montybox: {other}");
            ExitCode::from(1)
        }
    }
}
