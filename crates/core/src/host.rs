//! What the host grants the program beyond its external functions: the clock, randomness, the
//! environment and `sys.argv`. Everything is refused unless the host supplies it (invariant 1),
//! and a refusal is a Python `PermissionError` that names what was refused.
//!
//! The grants are closures and plain data held by the VM but never serialized: a host loading a
//! snapshot grants again.

use crate::error::{Exc, PyResult};
use crate::types::BuiltinType;
use crate::vm::Vm;

/// A host function filling a buffer with random bytes.
pub type RandomSource = Box<dyn FnMut(&mut [u8]) + Send>;

/// The host's grants. `Default` refuses everything.
#[derive(Default)]
pub struct HostAccess {
    /// Wall-clock time: seconds since the Unix epoch, UTC.
    pub wall_clock: Option<Box<dyn FnMut() -> f64 + Send>>,
    /// A monotonic clock in seconds (`time.monotonic`, `time.perf_counter`).
    pub monotonic: Option<Box<dyn FnMut() -> f64 + Send>>,
    /// The local time zone's offset from UTC in seconds at a UTC timestamp (for naive local
    /// times such as `datetime.now()`); UTC when not given.
    pub utc_offset: Option<Box<dyn FnMut(f64) -> i32 + Send>>,
    /// Fills a buffer with random bytes (seeding `random`, `uuid.uuid4`, `os.urandom`).
    pub random: Option<RandomSource>,
    /// Whether `time.sleep` may block; when refused it raises. The VM itself only accounts for
    /// the sleep; a host that grants it waits (or not) as it sees fit.
    pub sleep: Option<Box<dyn FnMut(f64) + Send>>,
    /// `os.environ`.
    pub environ: Vec<(String, String)>,
    /// `sys.argv`.
    pub argv: Vec<String>,
}

impl std::fmt::Debug for HostAccess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostAccess")
            .field("wall_clock", &self.wall_clock.is_some())
            .field("monotonic", &self.monotonic.is_some())
            .field("utc_offset", &self.utc_offset.is_some())
            .field("random", &self.random.is_some())
            .field("sleep", &self.sleep.is_some())
            .field("environ", &self.environ.len())
            .field("argv", &self.argv)
            .finish()
    }
}

fn refused(what: &str) -> Exc {
    Exc::new(
        BuiltinType::PermissionError,
        format!("montybox: the host has not granted access to {what}"),
    )
}

impl Vm {
    /// Seconds since the Unix epoch (UTC), if the host grants the clock.
    pub fn host_wall_time(&mut self) -> PyResult<f64> {
        match self.host.wall_clock.as_mut() {
            Some(f) => Ok(f()),
            None => Err(refused("the clock")),
        }
    }

    /// A monotonic time in seconds, if the host grants it.
    pub fn host_monotonic(&mut self) -> PyResult<f64> {
        match self.host.monotonic.as_mut() {
            Some(f) => Ok(f()),
            None => Err(refused("the clock")),
        }
    }

    /// The local UTC offset in seconds at UTC timestamp `ts` (0 when the host gives none).
    pub fn host_utc_offset(&mut self, ts: f64) -> i32 {
        match self.host.utc_offset.as_mut() {
            Some(f) => f(ts),
            None => 0,
        }
    }

    /// `n` random bytes, if the host grants randomness.
    pub fn host_random_bytes(&mut self, n: usize) -> PyResult<Vec<u8>> {
        match self.host.random.as_mut() {
            Some(f) => {
                let mut buf = vec![0u8; n];
                f(&mut buf);
                Ok(buf)
            }
            None => Err(refused("randomness")),
        }
    }

    /// Sleeps `secs` seconds, if the host grants it.
    pub fn host_sleep(&mut self, secs: f64) -> PyResult<()> {
        match self.host.sleep.as_mut() {
            Some(f) => {
                f(secs);
                Ok(())
            }
            None => Err(refused("sleeping")),
        }
    }
}
