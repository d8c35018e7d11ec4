//! Printing exceptions exactly as CPython 3.11's default hook does:
//! chained causes/contexts first, `[Previous line repeated N more times]`
//! folding, the source line of each frame, and the final `Type: message`.
//! (The `^^^^` markers are not printed.)

use super::exceptions::exc_data;
use super::Vm;
use crate::objects::exception::TbEntry;
use crate::objects::Value;

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

impl Vm {
    /// The source line `line` of `file`, if the run knows that file.
    pub fn source_line(&self, file: &str, line: u32) -> Option<String> {
        let src = self.sources.get(file)?;
        src.lines().nth(line.checked_sub(1)? as usize).map(str::to_owned)
    }

    /// The full traceback text for `exc`, chained exceptions included.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut seen = Vec::new();
        self.format_chain(exc, &mut seen)
    }

    /// An exception group's members, if `exc` is one.
    fn group_members(&mut self, exc: &Value) -> Option<Vec<Value>> {
        let inst = exc_data(exc)?;
        if !inst.class.is_subclass(&crate::types::types().exc("BaseExceptionGroup")) {
            return None;
        }
        let members = inst.exc.as_ref()?.borrow().args.get(1).cloned()?;
        self.collect(&members).ok()
    }

    /// CPython 3.11's boxed layout for an exception group: the group's own
    /// traceback behind `|`, then each member, numbered, indented.
    fn format_group(&mut self, exc: &Value, members: Vec<Value>, seen: &mut Vec<usize>, depth: usize) -> String {
        let own = self.format_single(exc, seen, true);
        let mut out = String::new();
        let pad = "  ".repeat(depth + 1);
        for (i, line) in own.lines().enumerate() {
            if i == 0 && line.starts_with("Traceback") {
                out.push_str(&format!("{pad}+ Exception Group {line}\n"));
            } else {
                out.push_str(&format!("{pad}| {line}\n"));
            }
        }
        let inner_pad = "  ".repeat(depth + 2);
        for (i, m) in members.iter().enumerate() {
            let label = format!("---------------- {} ----------------", i + 1);
            if i == 0 {
                out.push_str(&format!("{pad}+-+{label}\n"));
            } else {
                out.push_str(&format!("{inner_pad}+{label}\n"));
            }
            let text = match self.group_members(m) {
                Some(sub) => self.format_group(m, sub, seen, depth + 1),
                None => {
                    let t = self.format_chain(m, seen);
                    t.lines().map(|l| format!("{inner_pad}| {l}\n")).collect()
                }
            };
            out.push_str(&text);
        }
        out.push_str(&format!("{inner_pad}+------------------------------------\n"));
        out
    }

    fn format_chain(&mut self, exc: &Value, seen: &mut Vec<usize>) -> String {
        if let Some(members) = self.group_members(exc) {
            return self.format_group(exc, members, seen, 0);
        }
        self.format_single(exc, seen, false)
    }

    fn format_single(&mut self, exc: &Value, seen: &mut Vec<usize>, _group: bool) -> String {
        seen.push(exc.ptr().unwrap_or(0));
        let mut out = String::new();
        if let Some(inst) = exc_data(exc) {
            let d = inst.exc.as_ref().expect("exc").borrow().clone();
            let fresh = |v: &Value, seen: &Vec<usize>| !seen.contains(&v.ptr().unwrap_or(0));
            if let Some(cause) = d.cause.as_ref().filter(|c| !c.is_none()) {
                if fresh(cause, seen) {
                    out.push_str(&self.format_chain(cause, seen));
                    out.push_str(CAUSE);
                }
            } else if let Some(ctx) = d.context.as_ref().filter(|c| !c.is_none()) {
                if !d.suppress_context && fresh(ctx, seen) {
                    out.push_str(&self.format_chain(ctx, seen));
                    out.push_str(CONTEXT);
                }
            }
            if !d.traceback.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                out.push_str(&self.format_frames(&d.traceback));
            }
        }
        out.push_str(&self.exception_line(exc));
        out
    }

    fn format_frames(&self, tb: &[TbEntry]) -> String {
        let mut out = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        let flush = |out: &mut String, repeat: usize| {
            if repeat > 3 {
                let n = repeat - 3;
                out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
            }
        };
        for entry in tb.iter().rev() {
            let key = (entry.code.filename.to_string(), entry.line, entry.code.name.to_string());
            if last.as_ref() == Some(&key) {
                repeat += 1;
                if repeat > 3 {
                    continue;
                }
            } else {
                flush(&mut out, repeat);
                repeat = 1;
                last = Some(key);
            }
            if entry.code.filename.starts_with("<coroscope ") {
                // Our Python-written stdlib: show the frame as CPython's own
                // file would, or hide it as CPython's C code would be.
                if let Some((file, line, text, name)) = self.tb_aliases.get(&(entry.code.filename.to_string(), entry.line)) {
                    let name = name.as_deref().unwrap_or(&entry.code.name);
                    out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n    {text}\n"));
                }
                continue;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.code.filename, entry.line, entry.code.name));
            if let Some(src) = self.source_line(&entry.code.filename, entry.line) {
                let t = src.trim();
                if !t.is_empty() {
                    out.push_str(&format!("    {t}\n"));
                }
            }
        }
        flush(&mut out, repeat);
        out
    }

    /// `ValueError: message` (module-qualified for non-builtin, non-main classes).
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let name = if &*cls.module == "builtins" || &*cls.module == "__main__" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        let msg = match self.str_of(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_owned(),
        };
        let hint = if super::exceptions::is_exc(exc, "NameError") || super::exceptions::is_exc(exc, "AttributeError") {
            self.suggestion_for(exc).map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default()
        } else {
            String::new()
        };
        let mut line = if msg.is_empty() { format!("{name}\n") } else { format!("{name}: {msg}{hint}\n") };
        if let Some(inst) = exc_data(exc) {
            for note in &inst.exc.as_ref().expect("exc").borrow().notes {
                line.push_str(note);
                line.push('\n');
            }
        }
        line
    }
}
