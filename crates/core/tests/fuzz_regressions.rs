//! Replays the committed fuzz corpus (`fuzz/regressions/<target>/*`) through the same bodies the
//! cargo-fuzz targets run, so every input a fuzzer once found interesting stays a test.

#[path = "../../../fuzz/harness.rs"]
mod harness;

use std::path::PathBuf;

fn replay(target: &str, body: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    for file in files {
        let data = std::fs::read(&file).expect("readable corpus file");
        // Each input in a thread with a 2 MiB stack, the size of Node's worker threads.
        let name = file.display().to_string();
        let outcome = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || body(&data))
            .expect("spawn")
            .join();
        assert!(outcome.is_ok(), "{name} panicked");
    }
}

#[test]
fn source_regressions() {
    replay("source", harness::source);
}

#[test]
fn snapshot_regressions() {
    replay("snapshot", harness::snapshot_bytes);
}

#[test]
fn convert_regressions() {
    replay("convert", harness::convert);
}
