//! Resource limits and their accounting: duration, memory, allocation count, recursion depth.
//!
//! Breaching a limit raises `Exc::Fatal`, which no `except` clause catches (except recursion
//! depth, which is Python's own catchable `RecursionError`).

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// The largest single allocation montybox attempts even without a memory limit (16 GiB):
/// anything larger fails at once with MemoryError instead of aborting the process.
pub const MAX_SINGLE_RESERVATION: usize = 1 << 34;

/// The limits of a run. `None` means unlimited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    pub max_duration: Option<Duration>,
    pub max_memory: Option<usize>,
    pub max_allocations: Option<u64>,
    /// Python call depth at which `RecursionError` is raised.
    pub max_recursion_depth: usize,
    /// Count wall time, including time spent waiting for the host's calls, against
    /// `max_duration` (by default only the time the program computes counts).
    #[serde(default)]
    pub wall_clock: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_duration: None,
            max_memory: None,
            max_allocations: None,
            max_recursion_depth: 1000,
            wall_clock: false,
        }
    }
}

/// Time accounting: compute time (counted while the VM runs, not while it waits for its
/// host) and wall time since the run started (in this process, plus what a snapshot carried).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Clock {
    /// Time consumed in earlier run slices.
    pub consumed: Duration,
    #[serde(skip)]
    pub slice_start: Option<Instant>,
    /// Wall time before this process took the run over.
    #[serde(default)]
    pub wall_before: Duration,
    #[serde(skip)]
    pub wall_start: Option<Instant>,
}

/// A snapshot records the wall time elapsed so far (the instant it started means nothing in
/// another process).
impl Serialize for Clock {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Clock", 2)?;
        st.serialize_field("consumed", &self.elapsed())?;
        st.serialize_field("wall_before", &self.wall_elapsed())?;
        st.end()
    }
}

impl Clock {
    pub fn start_slice(&mut self) {
        let now = Instant::now();
        self.slice_start = Some(now);
        if self.wall_start.is_none() {
            self.wall_start = Some(now);
        }
    }

    pub fn end_slice(&mut self) {
        if let Some(s) = self.slice_start.take() {
            self.consumed += s.elapsed();
        }
    }

    /// Compute time so far.
    pub fn elapsed(&self) -> Duration {
        self.consumed + self.slice_start.map(|s| s.elapsed()).unwrap_or_default()
    }

    /// Wall time so far.
    pub fn wall_elapsed(&self) -> Duration {
        self.wall_before + self.wall_start.map(|s| s.elapsed()).unwrap_or_default()
    }

    /// The time `limits.max_duration` is measured against.
    pub fn measured(&self, limits: &Limits) -> Duration {
        if limits.wall_clock {
            self.wall_elapsed()
        } else {
            self.elapsed()
        }
    }
}

/// Native stack kept free below any recursive native operation (repr, comparison, hashing of
/// nested values, nested dispatch loops). Measured, not counted, so it holds on any thread
/// whatever its stack size.
pub const STACK_RED_ZONE: usize = 256 * 1024;

/// Whether the current thread still has room on its native stack for another level of native
/// recursion.
#[inline]
pub fn stack_has_room() -> bool {
    match stacker::remaining_stack() {
        Some(left) => left > STACK_RED_ZONE,
        None => true,
    }
}
