//! Child processes with limits: a wall-clock timeout and an address-space
//! cap, for the bench and the fuzzer (whose inputs may hang or eat memory).

use std::path::Path;
use std::process::{Child, Command, ExitStatus};
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

/// `program args…` run through `sh` with `ulimit -v` (virtual memory, KiB),
/// so an allocation beyond it fails in the child instead of swapping the
/// machine. `exec` keeps the child's pid, so killing it kills the program.
pub fn capped(program: &Path, memory_kib: u64) -> Command {
    let mut command = Command::new("/bin/sh");
    command
        .arg("-c")
        .arg("ulimit -v \"$0\" && exec \"$@\"")
        .arg(memory_kib.to_string())
        .arg(program);
    command
}

/// The signal that ended a process, if one did.
pub fn signal_of(status: &ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}
