//! The output pane's model: the run's writes (chunks, as the program made
//! them: `print` writes its text and its `end` separately) cut into the
//! lines people read, each stamped with the time, lane and sequence number
//! of the write that began it; and the source line a traceback or warning
//! line points at, so it can be clicked.

use crate::run::FILENAME;
use coroscope_trace::{LaneId, Nanos, OutputEvent, Stream};

/// One displayed line of output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputLine {
    /// The text, without its newline.
    pub text: String,
    /// Which stream it went to.
    pub stream: Stream,
    /// Virtual time of its first write.
    pub time: Nanos,
    /// Who wrote it.
    pub lane: LaneId,
    /// Source line executing at its first write (0 if unknown).
    pub line: u32,
    /// Sequence number of its first write.
    pub seq: u64,
}

/// Cuts `events` into lines. A line that is still open when the stream
/// changes ends there (a terminal would show both on one line, but each
/// keeps its own stamp here).
pub fn output_lines(events: &[OutputEvent]) -> Vec<OutputLine> {
    let mut lines: Vec<OutputLine> = Vec::new();
    // Whether the last line has had no newline yet.
    let mut open = false;
    for event in events {
        let pieces: Vec<&str> = event.text.split('\n').collect();
        let count = pieces.len();
        for (i, piece) in pieces.iter().enumerate() {
            let same_stream = lines.last().is_some_and(|l| l.stream == event.stream);
            if i == 0 && open && same_stream {
                if let Some(last) = lines.last_mut() {
                    last.text.push_str(piece);
                }
            } else if i + 1 == count && piece.is_empty() {
                // Nothing after the write's final newline (or an empty write).
            } else {
                lines.push(OutputLine {
                    text: (*piece).to_owned(),
                    stream: event.stream,
                    time: event.time,
                    lane: event.lane,
                    line: event.line,
                    seq: event.seq,
                });
                open = true;
            }
        }
        if count > 1 {
            open = !pieces[count - 1].is_empty();
        }
    }
    lines
}

/// The line of the editor's script that `text` points at: a traceback's
/// `  File "main.py", line 7, in main` or a warning's `main.py:7: ...`.
pub fn source_line(text: &str) -> Option<u32> {
    let traceback = format!("File \"{FILENAME}\", line ");
    if let Some(rest) = text.trim_start().strip_prefix(&traceback) {
        return leading_number(rest);
    }
    let warning = format!("{FILENAME}:");
    text.strip_prefix(&warning).and_then(|rest| {
        let number = leading_number(rest)?;
        rest[number.to_string().len()..].starts_with(": ").then_some(number)
    })
}

fn leading_number(text: &str) -> Option<u32> {
    let digits: &str = &text[..text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len())];
    digits.parse().ok().filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(stream: Stream, text: &str, seq: u64) -> OutputEvent {
        OutputEvent { stream, text: text.into(), time: seq * 10, lane: LaneId(seq as u32), line: 1, seq }
    }

    #[test]
    fn prints_become_lines_stamped_by_their_first_write() {
        let events = [
            write(Stream::Stdout, "hello", 1),
            write(Stream::Stdout, "\n", 2),
            write(Stream::Stdout, "a\nb\n", 3),
            write(Stream::Stdout, "par", 4),
            write(Stream::Stdout, "tial", 5),
        ];
        let lines = output_lines(&events);
        let texts: Vec<(&str, u64)> = lines.iter().map(|l| (l.text.as_str(), l.seq)).collect();
        assert_eq!(texts, [("hello", 1), ("a", 3), ("b", 3), ("partial", 4)]);
    }

    #[test]
    fn empty_lines_are_kept_and_streams_split_lines() {
        let events = [
            write(Stream::Stdout, "\n", 1),
            write(Stream::Stdout, "x", 2),
            write(Stream::Stderr, "err\n", 3),
        ];
        let lines = output_lines(&events);
        let got: Vec<(&str, Stream)> = lines.iter().map(|l| (l.text.as_str(), l.stream)).collect();
        assert_eq!(got, [("", Stream::Stdout), ("x", Stream::Stdout), ("err", Stream::Stderr)]);
    }

    #[test]
    fn traceback_and_warning_lines_point_at_the_script() {
        assert_eq!(source_line("  File \"main.py\", line 12, in main"), Some(12));
        assert_eq!(source_line("  File \"main.py\", line 3"), Some(3));
        assert_eq!(source_line("main.py:10: RuntimeWarning: coroutine 'f' was never awaited"), Some(10));
        assert_eq!(source_line("  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run"), None);
        assert_eq!(source_line("main.py:x"), None);
        assert_eq!(source_line("hello"), None);
    }
}
