//! Printing exceptions exactly as CPython 3.11's default hook does:
//! chained causes/contexts first, `[Previous line repeated N more times]`
//! folding, the source line of each frame, and the final `Type: message`.
//! (The `^^^^` markers are not printed.)

use super::exceptions::exc_data;
use super::Vm;
use crate::objects::exception::TbEntry;
use crate::objects::Value;

/// Chaining messages (Python/pythonrun.c), each written between margins.
const CAUSE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:\n";
/// `sys.excepthook`'s limits on exception groups (`max_group_width/depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Mirrors `struct exception_print_context` (Python/pythonrun.c): which
/// exceptions were printed, how deep in groups we are (each level indents
/// by two and adds a `| ` margin), and whether a group's closing rule is
/// still owed (the innermost last member prints it once for all).
#[derive(Default)]
struct PrintCtx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 { "| " } else { "" }
    }

    /// `write_indented_margin` followed by `text`.
    fn line(&mut self, text: &str) {
        let prefix = format!("{}{}", self.indent(), self.margin());
        self.out.push_str(&prefix);
        self.out.push_str(text);
    }
}

impl Vm {
    /// The source line `line` of `file`, if the run knows that file.
    pub fn source_line(&self, file: &str, line: u32) -> Option<String> {
        let src = self.sources.get(file)?;
        src.lines().nth(line.checked_sub(1)? as usize).map(str::to_owned)
    }

    /// The full traceback text for `exc`, chained exceptions included.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut ctx = PrintCtx::default();
        self.print_recursive(&mut ctx, exc);
        ctx.out
    }

    /// An exception group's members, if `exc` is one.
    fn group_members(&mut self, exc: &Value) -> Option<Vec<Value>> {
        if !crate::builtins::exc_group::is_group(exc) {
            return None;
        }
        crate::builtins::exc_group::members(self, exc).ok()
    }

    /// `print_exception_recursive`: the chain first, then the exception.
    fn print_recursive(&mut self, ctx: &mut PrintCtx, exc: &Value) {
        self.print_cause_and_context(ctx, exc);
        match self.group_members(exc) {
            Some(members) => self.print_group(ctx, exc, members),
            None => self.print_single(ctx, exc),
        }
    }

    /// `print_exception_cause_and_context`.
    fn print_cause_and_context(&mut self, ctx: &mut PrintCtx, exc: &Value) {
        ctx.seen.push(exc.ptr().unwrap_or(0));
        let Some(inst) = exc_data(exc) else { return };
        let d = inst.exc.as_ref().expect("exc").borrow().clone();
        let unseen = |v: &Value, ctx: &PrintCtx| !ctx.seen.contains(&v.ptr().unwrap_or(0));
        if let Some(cause) = d.cause.as_ref().filter(|c| !c.is_none()) {
            if unseen(cause, ctx) {
                self.print_chained(ctx, cause, CAUSE);
            }
        } else if let Some(context) = d.context.as_ref().filter(|c| !c.is_none() && !d.suppress_context) {
            if unseen(context, ctx) {
                self.print_chained(ctx, context, CONTEXT);
            }
        }
    }

    /// `print_chained`: the earlier exception, then the message between blank margins.
    fn print_chained(&mut self, ctx: &mut PrintCtx, exc: &Value, message: &str) {
        let need_close = ctx.need_close;
        self.print_recursive(ctx, exc);
        ctx.need_close = need_close;
        ctx.line("\n");
        ctx.line(message);
        ctx.line("\n");
    }

    /// `print_exception`: traceback, then `Type: message` and the notes.
    fn print_single(&mut self, ctx: &mut PrintCtx, exc: &Value) {
        let tb = exc_data(exc).map(|i| i.exc.as_ref().expect("exc").borrow().traceback.clone()).unwrap_or_default();
        if !tb.is_empty() {
            let (header, header_margin) = if crate::builtins::exc_group::is_group(exc) {
                ("Exception Group Traceback (most recent call last):\n", if ctx.depth == 1 { "+ " } else { ctx.margin() })
            } else {
                ("Traceback (most recent call last):\n", ctx.margin())
            };
            let line = format!("{}{header_margin}{header}", ctx.indent());
            ctx.out.push_str(&line);
            for l in self.format_frames(&tb).lines() {
                ctx.line(&format!("{l}\n"));
            }
        }
        for l in self.exception_line(exc).lines() {
            ctx.line(&format!("{l}\n"));
        }
    }

    /// `print_exception_group`: the group itself, then each member in a
    /// numbered box one level deeper.
    fn print_group(&mut self, ctx: &mut PrintCtx, exc: &Value, members: Vec<Value>) {
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if ctx.depth == 0 {
            ctx.depth += 1;
        }
        self.print_single(ctx, exc);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, m) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_owned() } else { (i + 1).to_string() };
            let rule = format!("{}{}+---------------- {title} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " });
            ctx.out.push_str(&rule);
            ctx.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                ctx.line(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }));
            } else {
                self.print_recursive(ctx, m);
            }
            if last && ctx.need_close {
                let close = format!("{}+------------------------------------\n", ctx.indent());
                ctx.out.push_str(&close);
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth -= 1;
        }
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
