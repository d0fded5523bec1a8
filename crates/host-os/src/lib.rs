//! The operating-system access a host may grant a montybox program: the real clock, OS
//! randomness and sleeping, as `HostAccess` callbacks. The interpreter core never reaches the OS
//! itself (DESIGN.md, invariant 1); hosts opt in here, one grant at a time.

use std::io::Read;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use montybox_core::host::RandomSource;
use montybox_core::HostAccess;

/// What the program's clock reads.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Clock {
    /// No clock: `time.time()`, `datetime.now()`... raise `PermissionError`.
    #[default]
    Denied,
    /// The machine's clock.
    Real,
    /// A fixed instant, in seconds since the Unix epoch (reproducible runs).
    Fixed(f64),
}

/// The grants of one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grants {
    pub clock: Clock,
    /// OS randomness for seeding `random`, `uuid.uuid4`, `os.urandom`.
    pub random: bool,
    /// Let `time.sleep` block the thread the program runs on.
    pub sleep: bool,
    /// `os.environ`.
    pub environ: Vec<(String, String)>,
    /// `sys.argv`.
    pub argv: Vec<String>,
}

impl Grants {
    /// Everything, as `python3` has it: real clock, randomness, sleep (environment and argv are
    /// still the caller's to pass).
    pub fn everything() -> Grants {
        Grants {
            clock: Clock::Real,
            random: true,
            sleep: true,
            ..Grants::default()
        }
    }

    /// The `HostAccess` that carries out these grants.
    pub fn host_access(self) -> HostAccess {
        let started = Instant::now();
        let (wall_clock, monotonic): (Option<Box<dyn FnMut() -> f64 + Send>>, _) = match self.clock
        {
            Clock::Denied => (None, None),
            Clock::Real => (
                Some(Box::new(unix_now)),
                Some(Box::new(move || started.elapsed().as_secs_f64()) as Box<_>),
            ),
            Clock::Fixed(at) => (
                Some(Box::new(move || at)),
                Some(Box::new(move || 0.0) as Box<_>),
            ),
        };
        HostAccess {
            wall_clock,
            monotonic,
            utc_offset: None,
            random: self.random.then(os_random),
            sleep: self.sleep.then(|| {
                Box::new(|secs: f64| {
                    if secs.is_finite() && secs > 0.0 {
                        std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
                    }
                }) as Box<dyn FnMut(f64) + Send>
            }),
            environ: self.environ,
            argv: self.argv,
        }
    }
}

fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// Bytes from `/dev/urandom`; where that cannot be read, from the standard library's randomly
/// keyed hasher mixed with the clock (unpredictable enough for seeding, not for cryptography).
fn os_random() -> RandomSource {
    let started = Instant::now();
    Box::new(move |buf: &mut [u8]| {
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(buf))
            .is_ok();
        if !ok {
            use std::hash::{BuildHasher, Hasher};
            let state = std::collections::hash_map::RandomState::new();
            for (i, b) in buf.iter_mut().enumerate() {
                let mut h = state.build_hasher();
                h.write_usize(i);
                h.write_u128(started.elapsed().as_nanos());
                *b = h.finish() as u8;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denied_by_default() {
        let h = Grants::default().host_access();
        assert!(h.wall_clock.is_none() && h.monotonic.is_none());
        assert!(h.random.is_none() && h.sleep.is_none());
    }

    #[test]
    fn fixed_clock_and_randomness() {
        let mut h = Grants {
            clock: Clock::Fixed(1_000_000.5),
            random: true,
            ..Grants::default()
        }
        .host_access();
        assert_eq!((h.wall_clock.as_mut().unwrap())(), 1_000_000.5);
        let mut a = [0u8; 32];
        let mut b = [0u8; 32];
        (h.random.as_mut().unwrap())(&mut a);
        (h.random.as_mut().unwrap())(&mut b);
        assert_ne!(a, b);
    }

    #[test]
    fn real_clock_is_now() {
        let mut h = Grants::everything().host_access();
        let t = (h.wall_clock.as_mut().unwrap())();
        assert!((t - unix_now()).abs() < 5.0);
        assert!((h.monotonic.as_mut().unwrap())() >= 0.0);
    }
}
