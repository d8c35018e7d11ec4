//! Chrome trace JSON (loads in Perfetto and `chrome://tracing`): one
//! thread per lane (`M` metadata events name them), `X` complete events
//! for spans, `i` instant events for output and lifecycle events.
//! Timestamps are microseconds of virtual time.

use crate::{SpanState, Trace};

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn us(ns: u64) -> String {
    format!("{}.{:03}", ns / 1000, ns % 1000)
}

/// The trace as a Chrome trace JSON document.
pub fn to_json(trace: &Trace) -> String {
    let mut ev: Vec<String> = Vec::new();
    ev.push(r#"{"ph":"M","pid":1,"tid":0,"name":"process_name","args":{"name":"coroscope"}}"#.to_owned());
    for lane in &trace.lanes {
        ev.push(format!(
            r#"{{"ph":"M","pid":1,"tid":{},"name":"thread_name","args":{{"name":"{}"}}}}"#,
            lane.id.0,
            esc(&lane.name)
        ));
        ev.push(format!(r#"{{"ph":"M","pid":1,"tid":{},"name":"thread_sort_index","args":{{"sort_index":{}}}}}"#, lane.id.0, lane.id.0));
    }
    for s in &trace.spans {
        let (name, detail) = match &s.state {
            SpanState::Waiting(w) => ("waiting", w.as_str()),
            SpanState::Blocked(w) => ("blocked", w.as_str()),
            SpanState::Done(w) => ("done", w.as_str()),
            other => (other.label(), ""),
        };
        let dur = s.end.saturating_sub(s.start).max(1);
        ev.push(format!(
            r#"{{"ph":"X","pid":1,"tid":{},"name":"{}","ts":{},"dur":{},"args":{{"detail":"{}","line":{},"seq":{}}}}}"#,
            s.lane.0,
            name,
            us(s.start),
            us(dur),
            esc(detail),
            s.line,
            s.start_seq
        ));
    }
    for o in &trace.output {
        ev.push(format!(
            r#"{{"ph":"i","s":"t","pid":1,"tid":{},"name":"print","ts":{},"args":{{"text":"{}","line":{},"seq":{}}}}}"#,
            o.lane.0,
            us(o.time),
            esc(&o.text),
            o.line,
            o.seq
        ));
    }
    format!("{{\"traceEvents\":[\n{}\n],\"displayTimeUnit\":\"ms\"}}\n", ev.join(",\n"))
}
