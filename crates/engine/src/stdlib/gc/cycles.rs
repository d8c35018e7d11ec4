//! Finding garbage cycles the way CPython's collector does (Modules/
//! gcmodule.c: `update_refs`, `subtract_refs`, `move_unreachable`), but over
//! the part of the heap reachable from a few candidate objects rather than
//! over every tracked container: the engine keeps no list of all objects.
//!
//! 1. Walk the containers reachable from the candidates (lists, tuples,
//!    dicts, sets, instances, bound methods, cells, suspended generators'
//!    frames), counting for each how many references come from inside.
//! 2. An object whose strong count exceeds its inside references (and the
//!    references this walk and its caller hold) is referenced from outside:
//!    it and everything it reaches are alive.
//! 3. The rest is garbage. Functions, classes, modules and native objects
//!    (but those that list their references, as asyncio's FutureIter) are
//!    not walked: what they hold counts as an outside reference, so the
//!    answer errs towards "alive", never towards freeing a live object.

use crate::objects::Value;
use rustc_hash::FxHashMap;

/// The objects found unreachable, in discovery order (breadth first from the candidates).
pub fn unreachable(candidates: &[Value], held_elsewhere: &FxHashMap<usize, usize>) -> Vec<Value> {
    let mut order: Vec<Value> = Vec::new();
    let mut index: FxHashMap<usize, usize> = FxHashMap::default();
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut inside: Vec<usize> = Vec::new();
    let mut queue: std::collections::VecDeque<Value> = candidates.iter().filter(|v| tracked(v)).cloned().collect();
    // 1. Discover the subgraph and count inside references.
    while let Some(v) = queue.pop_front() {
        let id = v.ptr().unwrap_or(0);
        if index.contains_key(&id) {
            continue;
        }
        index.insert(id, order.len());
        order.push(v);
        edges.push(Vec::new());
        inside.push(0);
        // Edges are counted once every object has an index (below).
        let i = order.len() - 1;
        let mut kids = Vec::new();
        children(&order[i], &mut kids);
        for k in kids.into_iter().filter(tracked) {
            queue.push_back(k);
        }
    }
    for i in 0..order.len() {
        let mut kids = Vec::new();
        children(&order[i], &mut kids);
        for k in kids.iter().filter(|k| tracked(k)) {
            let j = index[&k.ptr().unwrap_or(0)];
            inside[j] += 1;
            edges[i].push(j);
        }
    }
    // 2. Outside references make roots; everything they reach lives.
    let mut alive = vec![false; order.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, v) in order.iter().enumerate() {
        let id = v.ptr().unwrap_or(0);
        // `order` holds one clone of each object.
        let ours = 1 + held_elsewhere.get(&id).copied().unwrap_or(0);
        if strong_count(v) > inside[i] + ours {
            alive[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        for &j in &edges[i] {
            if !alive[j] {
                alive[j] = true;
                stack.push(j);
            }
        }
    }
    // 3. The rest is garbage.
    order.into_iter().zip(alive).filter(|(_, a)| !a).map(|(v, _)| v).collect()
}

/// Containers the walk follows (and that can be garbage).
fn tracked(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Instance(_)
            | Value::BoundMethod(_) | Value::Cell(_) | Value::Generator(_)
    ) || matches!(v, Value::Native(n) if n.gc_children(&mut Vec::new()))
}

fn strong_count(v: &Value) -> usize {
    use std::rc::Rc;
    match v {
        Value::List(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r.rc()),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::FrozenSet(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        Value::Cell(r) => Rc::strong_count(r),
        Value::Generator(r) => Rc::strong_count(r),
        Value::Native(r) => Rc::strong_count(r),
        _ => usize::MAX,
    }
}

/// Every reference `v` holds, one entry per reference (`tp_traverse`).
pub(super) fn children(v: &Value, out: &mut Vec<Value>) {
    children_where(v, out, |_| true);
}

/// [`children`], keeping only the references `keep` accepts (without
/// copying the others first: a list may hold 10⁷ ints).
pub(super) fn children_where(v: &Value, out: &mut Vec<Value>, keep: fn(&Value) -> bool) {
    let mut push = |x: &Value| {
        if keep(x) {
            out.push(x.clone());
        }
    };
    match v {
        Value::List(l) => l.borrow().iter().for_each(&mut push),
        Value::Tuple(t) => t.iter().for_each(&mut push),
        Value::Dict(d) => {
            for (_, k, v) in d.borrow().iter() {
                push(k);
                push(v);
            }
        }
        Value::Set(s) => s.borrow().iter().for_each(|(_, v)| push(v)),
        Value::FrozenSet(s) => s.iter().for_each(|(_, v)| push(v)),
        Value::Instance(i) => {
            i.attrs.borrow().referents().iter().for_each(&mut push);
            push(&i.base());
            if let Some(e) = &i.exc {
                let e = e.borrow();
                e.args.iter().for_each(&mut push);
                e.cause.iter().for_each(&mut push);
                e.context.iter().for_each(&mut push);
                e.obj.iter().for_each(&mut push);
                for entry in &e.traceback {
                    entry.keep.iter().for_each(&mut push);
                }
            }
        }
        Value::BoundMethod(m) => {
            push(&m.func);
            push(&m.receiver);
        }
        Value::Cell(c) => push(&c.borrow()),
        Value::Generator(g) => {
            g.finalizer.borrow().iter().for_each(|f| push(f));
            if let Some(f) = g.frame.borrow().as_ref() {
                f.stack.iter().for_each(&mut push);
                f.cells.iter().for_each(|c| push(&Value::Cell(c.clone())));
                push(&f.exc_info);
                f.owner.iter().for_each(|o| push(&Value::Generator(o.clone())));
            }
        }
        Value::Native(n) => {
            let mut held = Vec::new();
            n.gc_children(&mut held);
            held.iter().for_each(&mut push);
        }
        _ => {}
    }
}
