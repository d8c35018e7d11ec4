//! The event loop's timer heap (`loop._scheduled`), in Rust.
//!
//! The executor orders timers by (when, insertion order): CPython's
//! heap compares `when` only, which would leave ties to chance on a virtual
//! clock where many timers fall due at one instant. Entries are structs, not
//! the `(when, seq, handle)` tuples a Python heap would hold: under a
//! 10⁵-task `gather` every task sleeps on a timer, and each tuple was an
//! 88-byte allocation plus a list slot, made and freed per sleep. Python
//! code that looks at `loop._scheduled` sees what CPython's list shows: its
//! length, and the handles when iterated.

use crate::builtins::def;
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{Class, Value};
use crate::vm::exceptions::{type_error, PyResult};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A scheduled timer.
pub struct TimerEntry {
    /// When it falls due (loop time; NaN is due at once, as in CPython).
    pub when: f64,
    /// The loop's sequence number when it was scheduled.
    pub seq: i64,
    /// The `TimerHandle`.
    pub handle: Value,
}

impl TimerEntry {
    /// Whether `self` falls due before `other`: earlier, or as early and
    /// scheduled first.
    fn before(&self, other: &TimerEntry) -> bool {
        self.when < other.when || (self.when == other.when && self.seq < other.seq)
    }
}

/// A binary min-heap of [`TimerEntry`]s.
#[derive(Default)]
pub struct TimerHeap {
    entries: RefCell<Vec<TimerEntry>>,
}

thread_local! {
    static TIMER_HEAP_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("TimerHeap", "_exec", &[t.object.clone()], crate::objects::TypeTag::Native, true);
        let mut d = c.dict.borrow_mut();
        def(&mut d, "__len__", heap_len, Some("TimerHeap"));
        def(&mut d, "__iter__", heap_iter, Some("TimerHeap"));
        drop(d);
        c
    };
}

impl NativeObject for TimerHeap {
    fn class(&self) -> Rc<Class> {
        TIMER_HEAP_CLASS.with(Rc::clone)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn gc_children(&self, out: &mut Vec<Value>) -> bool {
        out.extend(self.entries.borrow().iter().map(|e| e.handle.clone()));
        true
    }
}

impl TimerHeap {
    /// Adds a timer.
    pub fn push(&self, entry: TimerEntry) {
        let mut h = self.entries.borrow_mut();
        h.push(entry);
        let mut pos = h.len() - 1;
        while pos > 0 {
            let parent = (pos - 1) / 2;
            if !h[pos].before(&h[parent]) {
                break;
            }
            h.swap(pos, parent);
            pos = parent;
        }
    }

    /// Removes the earliest timer.
    pub fn pop(&self) -> Option<TimerEntry> {
        let mut h = self.entries.borrow_mut();
        let last = h.pop()?;
        if h.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut h[0], last);
        let n = h.len();
        let mut pos = 0;
        loop {
            let mut child = 2 * pos + 1;
            if child >= n {
                break;
            }
            if child + 1 < n && h[child + 1].before(&h[child]) {
                child += 1;
            }
            if !h[child].before(&h[pos]) {
                break;
            }
            h.swap(pos, child);
            pos = child;
        }
        Some(top)
    }

    /// When the earliest timer falls due, and its handle.
    pub fn first(&self) -> Option<(f64, Value)> {
        self.entries.borrow().first().map(|e| (e.when, e.handle.clone()))
    }

    /// Whether `when` of the earliest timer satisfies `due`.
    pub fn first_is(&self, due: impl FnOnce(f64) -> bool) -> bool {
        self.entries.borrow().first().is_some_and(|e| due(e.when))
    }
}

/// The heap `v` is, if it is one.
pub fn as_timer_heap(v: &Value) -> Option<&TimerHeap> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<TimerHeap>(),
        _ => None,
    }
}

fn heap_arg(v: &Value) -> PyResult<&TimerHeap> {
    as_timer_heap(v).ok_or_else(|| type_error("the timer heap is a TimerHeap"))
}

fn heap_len(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let heap = heap_arg(a.first().unwrap_or(&Value::None))?;
    Ok(Value::Int(heap.entries.borrow().len() as i64))
}

/// Iterating gives the handles in heap order, as iterating CPython's
/// `loop._scheduled` (a `heapq` list of TimerHandles) does.
fn heap_iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let heap = heap_arg(a.first().unwrap_or(&Value::None))?;
    let handles = heap.entries.borrow().iter().map(|e| e.handle.clone()).collect();
    vm.get_iter(&Value::list(handles))
}

/// `timer_heap()`: a new, empty heap.
pub fn new_heap(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    crate::builtins::args::count("timer_heap", a, 0, 0)?;
    Ok(Value::Native(Rc::new(TimerHeap::default())))
}

/// `timer_push(heap, when, seq, handle)`.
pub fn timer_push(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    crate::builtins::args::count("timer_push", a, 4, 4)?;
    let when = crate::vm::ops::to_f64(&a[1]).ok_or_else(|| type_error("a timer's time is a number"))?;
    let Value::Int(seq) = a[2] else { return Err(type_error("a timer's sequence number is an int")) };
    heap_arg(&a[0])?.push(TimerEntry { when, seq, handle: a[3].clone() });
    Ok(Value::None)
}

/// `timer_next(heap)`: when the earliest timer falls due; None when there
/// is none.
pub fn timer_next(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    crate::builtins::args::count("timer_next", a, 1, 1)?;
    Ok(heap_arg(&a[0])?.first().map_or(Value::None, |(when, _)| Value::Float(when)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_by_time_then_by_scheduling_order() {
        let heap = TimerHeap::default();
        let times = [3.0, 1.0, 2.0, 1.0, f64::NAN, 0.5, 2.0, 1.0];
        for (seq, when) in times.iter().enumerate() {
            heap.push(TimerEntry { when: *when, seq: seq as i64, handle: Value::Int(seq as i64) });
        }
        let mut order = Vec::new();
        while let Some(e) = heap.pop() {
            order.push(e.seq);
        }
        // NaN never compares before anything: it came out wherever the
        // sifting left it, and every other entry is in (when, seq) order.
        let ordered: Vec<i64> = order.iter().copied().filter(|&s| s != 4).collect();
        assert_eq!(ordered, [5, 1, 3, 7, 2, 6, 0]);
        assert_eq!(order.len(), times.len());
    }
}
