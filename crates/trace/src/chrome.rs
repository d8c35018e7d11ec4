//! Chrome trace JSON (loads in Perfetto and `chrome://tracing`): one
//! thread per lane (`M` metadata events name and order them; their args
//! carry the lane's kind, coroutine, parent and creation line), `X`
//! complete events for spans, `i` instant events for output and for
//! lifecycle events and notices. Timestamps are microseconds of virtual
//! time with nanosecond decimals; every record carries its step `seq`.

use crate::{EventKind, LaneKind, SpanState, Trace};

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
        let kind = match lane.kind {
            LaneKind::Main => "main",
            LaneKind::Task => "task",
            LaneKind::Thread => "thread",
            LaneKind::Process => "process",
        };
        let parent = lane.parent.map_or("null".to_owned(), |p| p.0.to_string());
        ev.push(format!(
            r#"{{"ph":"M","pid":1,"tid":{},"name":"coroscope_lane","args":{{"kind":"{kind}","coro":"{}","parent":{parent},"created":{},"line":{}}}}}"#,
            lane.id.0,
            esc(&lane.coro),
            us(lane.created),
            lane.line
        ));
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
    for e in &trace.events {
        let (name, text) = match &e.kind {
            EventKind::Created => ("created", ""),
            EventKind::Cancelled => ("cancel requested", ""),
            EventKind::Finished => ("finished", ""),
            EventKind::Warning(t) => ("warning", t.as_str()),
            EventKind::Uncaught(t) => ("uncaught exception", t.as_str()),
            EventKind::Notice(t) => ("notice", t.as_str()),
        };
        ev.push(format!(
            r#"{{"ph":"i","s":"t","pid":1,"tid":{},"name":"{name}","ts":{},"args":{{"text":"{}","seq":{}}}}}"#,
            e.lane.0,
            us(e.time),
            esc(text),
            e.seq
        ));
    }
    format!("{{\"traceEvents\":[\n{}\n],\"displayTimeUnit\":\"ms\"}}\n", ev.join(",\n"))
}

#[cfg(test)]
mod tests {
    //! The shape Perfetto's JSON importer needs: a `traceEvents` array of
    //! objects with `ph` M/X/i, `pid`, `tid` (one per lane), numeric `ts`
    //! (and `dur` for X), metadata naming every lane. Checked on a parsed
    //! document, with a small JSON reader (the crate has no dependencies).
    use crate::*;

    #[derive(Debug, Clone, PartialEq)]
    enum Json {
        Null,
        Bool(bool),
        Num(f64),
        Str(String),
        Arr(Vec<Json>),
        Obj(Vec<(String, Json)>),
    }

    impl Json {
        fn get(&self, key: &str) -> Option<&Json> {
            match self {
                Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
                _ => None,
            }
        }
        fn str(&self) -> &str {
            if let Json::Str(s) = self { s } else { panic!("not a string: {self:?}") }
        }
        fn num(&self) -> f64 {
            if let Json::Num(n) = self { *n } else { panic!("not a number: {self:?}") }
        }
    }

    struct Reader<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl Reader<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && (self.s[self.i] as char).is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn eat(&mut self, c: u8) {
            self.ws();
            assert_eq!(self.s.get(self.i), Some(&c), "expected {:?} at {}", c as char, self.i);
            self.i += 1;
        }
        fn value(&mut self) -> Json {
            self.ws();
            match self.s[self.i] {
                b'{' => {
                    self.i += 1;
                    let mut fields = Vec::new();
                    self.ws();
                    if self.s[self.i] == b'}' {
                        self.i += 1;
                        return Json::Obj(fields);
                    }
                    loop {
                        self.ws();
                        let Json::Str(k) = self.value() else { panic!("key") };
                        self.eat(b':');
                        fields.push((k, self.value()));
                        self.ws();
                        self.i += 1;
                        if self.s[self.i - 1] == b'}' {
                            return Json::Obj(fields);
                        }
                        assert_eq!(self.s[self.i - 1], b',');
                    }
                }
                b'[' => {
                    self.i += 1;
                    let mut items = Vec::new();
                    loop {
                        items.push(self.value());
                        self.ws();
                        self.i += 1;
                        if self.s[self.i - 1] == b']' {
                            return Json::Arr(items);
                        }
                        assert_eq!(self.s[self.i - 1], b',');
                    }
                }
                b'"' => {
                    self.i += 1;
                    let mut out = String::new();
                    loop {
                        let c = self.s[self.i];
                        self.i += 1;
                        match c {
                            b'"' => return Json::Str(out),
                            b'\\' => {
                                let e = self.s[self.i];
                                self.i += 1;
                                match e {
                                    b'n' => out.push('\n'),
                                    b'u' => {
                                        let hex = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                                        out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
                                        self.i += 4;
                                    }
                                    other => out.push(other as char),
                                }
                            }
                            _ => {
                                assert!(c >= 0x20, "raw control character in a string");
                                let len = match c {
                                    0..=0x7f => 1,
                                    0xc0..=0xdf => 2,
                                    0xe0..=0xef => 3,
                                    _ => 4,
                                };
                                out.push_str(std::str::from_utf8(&self.s[self.i - 1..self.i - 1 + len]).unwrap());
                                self.i += len - 1;
                            }
                        }
                    }
                }
                b'n' => {
                    self.i += 4;
                    Json::Null
                }
                b't' => {
                    self.i += 4;
                    Json::Bool(true)
                }
                b'f' => {
                    self.i += 5;
                    Json::Bool(false)
                }
                _ => {
                    let start = self.i;
                    while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                        self.i += 1;
                    }
                    Json::Num(std::str::from_utf8(&self.s[start..self.i]).unwrap().parse().expect("a number"))
                }
            }
        }
    }

    fn parse(text: &str) -> Json {
        let mut r = Reader { s: text.as_bytes(), i: 0 };
        let v = r.value();
        r.ws();
        assert_eq!(r.i, text.len(), "trailing text");
        v
    }

    fn sample() -> Trace {
        let lane = |id: u32, kind, name: &str| Lane { id: LaneId(id), kind, name: name.into(), coro: "main".into(), parent: (id > 0).then_some(LaneId(0)), created: 0, line: 3 };
        Trace {
            lanes: vec![lane(0, LaneKind::Main, "MainThread"), lane(1, LaneKind::Task, "Task-1 \"q\"")],
            spans: vec![
                Span { lane: LaneId(1), state: SpanState::Waiting("sleep(1)".into()), start: 0, end: 1_000_000_000, start_seq: 2, end_seq: 3, line: 4 },
                Span { lane: LaneId(1), state: SpanState::Running, start: 1_000_000_000, end: 1_000_000_000, start_seq: 3, end_seq: 4, line: 5 },
            ],
            events: vec![Event { lane: LaneId(1), kind: EventKind::Uncaught("ValueError: \u{1}boom\n".into()), time: 1_000_000_000, seq: 5 }],
            output: vec![OutputEvent { stream: Stream::Stdout, text: "안녕\n".into(), time: 1_000_000_000, lane: LaneId(1), line: 5, seq: 4 }],
            end: 1_000_000_000,
        }
    }

    #[test]
    fn the_document_has_perfettos_shape() {
        let doc = parse(&super::to_json(&sample()));
        let Some(Json::Arr(events)) = doc.get("traceEvents") else { panic!("no traceEvents array") };
        let mut named = std::collections::BTreeSet::new();
        let mut phases = std::collections::BTreeMap::new();
        for e in events {
            let ph = e.get("ph").expect("ph").str().to_owned();
            assert_eq!(e.get("pid").expect("pid").num(), 1.0);
            let tid = e.get("tid").expect("tid").num();
            match ph.as_str() {
                "M" => {
                    if e.get("name").unwrap().str() == "thread_name" {
                        named.insert(tid as u32);
                    }
                }
                "X" => {
                    assert!(e.get("ts").unwrap().num() >= 0.0);
                    assert!(e.get("dur").unwrap().num() > 0.0, "zero-width spans get a visible duration");
                }
                "i" => {
                    assert!(e.get("ts").unwrap().num() >= 0.0);
                    assert_eq!(e.get("s").unwrap().str(), "t");
                }
                other => panic!("unexpected ph {other}"),
            }
            *phases.entry(ph).or_insert(0) += 1;
        }
        assert_eq!(named, [0, 1].into_iter().collect(), "one named thread per lane");
        assert_eq!(phases.get("X"), Some(&2));
        assert_eq!(phases.get("i"), Some(&2), "one print, one uncaught exception");
        let print = events.iter().find(|e| e.get("name").map(Json::str) == Some("print")).unwrap();
        assert_eq!(print.get("args").unwrap().get("text").unwrap().str(), "안녕\n");
        let exc = events.iter().find(|e| e.get("name").map(Json::str) == Some("uncaught exception")).unwrap();
        assert_eq!(exc.get("args").unwrap().get("text").unwrap().str(), "ValueError: \u{1}boom\n");
        let sleep = events.iter().find(|e| e.get("args").and_then(|a| a.get("detail")).map(Json::str) == Some("sleep(1)")).unwrap();
        assert_eq!(sleep.get("dur").unwrap().num(), 1_000_000.0);
    }
}
