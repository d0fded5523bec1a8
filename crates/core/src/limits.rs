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
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_duration: None,
            max_memory: None,
            max_allocations: None,
            max_recursion_depth: 1000,
        }
    }
}

/// Time accounting: time is counted while the VM runs, not while it waits for its host.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Clock {
    /// Time consumed in earlier run slices.
    pub consumed: Duration,
    #[serde(skip)]
    pub slice_start: Option<Instant>,
}

impl Clock {
    pub fn start_slice(&mut self) {
        self.slice_start = Some(Instant::now());
    }

    pub fn end_slice(&mut self) {
        if let Some(s) = self.slice_start.take() {
            self.consumed += s.elapsed();
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.consumed + self.slice_start.map(|s| s.elapsed()).unwrap_or_default()
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
