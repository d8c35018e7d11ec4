//! Child processes with limits: a wall-clock timeout and an address-space
//! cap, for the bench and the fuzzer (whose inputs may hang or eat memory).
//!
//! A measured program often runs under a wrapper (`sh -c 'ulimit …; exec'`,
//! GNU `time`, which forks rather than execs). Killing only the wrapper on a
//! timeout would orphan the program itself, still running: a fuzz session
//! once left a dozen runaway CPython processes behind that loaded the
//! machine for an hour. So every child here leads its own process group and
//! a timeout kills the whole group.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Makes `command`'s child the leader of a new process group, which
/// [`wait_timeout`] and [`kill_group`] rely on to reach its descendants.
pub fn own_group(command: &mut Command) -> &mut Command {
    command.process_group(0)
}

/// Waits for `child` at most `limit`, then kills it and its process group.
/// `None` means it timed out. Polls every millisecond, so a wall time
/// measured around it is off by at most that.
pub fn wait_timeout(child: &mut Child, limit: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            kill_group(child)?;
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Kills `child`'s process group (see [`own_group`]) and reaps `child`.
/// The workspace forbids `unsafe`, so the signal goes through kill(1); if
/// that cannot run, the child itself is still killed.
pub fn kill_group(child: &mut Child) -> std::io::Result<()> {
    let group = format!("-{}", child.id());
    let _ = Command::new("kill")
        .args(["-KILL", "--", &group])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let _ = child.kill();
    child.wait()?;
    Ok(())
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
    own_group(&mut command);
    command
}

/// The signal that ended a process, if one did.
pub fn signal_of(status: &ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A wrapper that forks (as GNU `time` does) must not outlive its
    /// timeout through the grandchild it started.
    #[test]
    fn a_timeout_kills_the_grandchildren_too() {
        let dir = std::env::temp_dir().join(format!("xtask-child-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pid_file = dir.join("grandchild.pid");
        let mut command = Command::new("/bin/sh");
        command
            .arg("-c")
            .arg("sleep 60 & echo $! > \"$0\"; wait")
            .arg(&pid_file);
        own_group(&mut command);
        let mut child = command.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        while std::fs::read_to_string(&pid_file).map_or(true, |s| s.trim().is_empty()) {
            assert!(Instant::now() < deadline, "the wrapper never started its child");
            std::thread::sleep(Duration::from_millis(5));
        }
        let grandchild = std::fs::read_to_string(&pid_file).unwrap().trim().to_owned();
        assert_eq!(wait_timeout(&mut child, Duration::from_millis(50)).unwrap(), None);
        let proc_dir = Path::new("/proc").join(&grandchild);
        let gone = (0..200).any(|_| {
            // A killed grandchild is reparented and reaped by init; until
            // then it is a zombie, which counts as gone.
            let state = std::fs::read_to_string(proc_dir.join("stat")).unwrap_or_default();
            let zombie = state.rsplit(')').next().is_some_and(|r| r.trim_start().starts_with('Z'));
            if !proc_dir.exists() || zombie {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
            false
        });
        let _ = std::fs::remove_dir_all(&dir);
        assert!(gone, "grandchild {grandchild} outlived the timeout");
    }
}
