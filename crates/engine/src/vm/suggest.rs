//! "Did you mean: 'x'?" hints on NameError and AttributeError, computed as
//! CPython 3.11's `Python/suggestions.c` does: a Levenshtein distance with
//! case-insensitive substitutions costing 1 and other edits 2, accepting a
//! candidate within a third of the characters involved.

use super::Vm;
use crate::objects::Value;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (on UTF-8 bytes, as it works on the UTF-8 form).
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - suf];
    b = &b[..b.len() - suf];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best candidate for `name`, if any is close enough.
pub fn best<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_owned())
}

impl Vm {
    /// The hint CPython appends to a NameError/AttributeError, if any.
    pub fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let inst = super::exceptions::exc_data(exc)?;
        let (name, obj, tb) = {
            let d = inst.exc.as_ref()?.borrow();
            (d.name.clone()?, d.obj.clone(), d.traceback.first().cloned())
        };
        if super::exceptions::is_exc(exc, "NameError") {
            let code = tb?.code;
            if let Some(s) = best(&name, code.varnames.iter().map(|v| &**v)) {
                return Some(s);
            }
            let globals: Vec<String> = self.main.dict.borrow().keys().map(|k| k.to_string()).collect();
            if let Some(s) = best(&name, globals.iter().map(String::as_str)) {
                return Some(s);
            }
            let builtins: Vec<String> = self.builtins.dict.borrow().keys().map(|k| k.to_string()).collect();
            return best(&name, builtins.iter().map(String::as_str));
        }
        let obj = obj?;
        let mut names: Vec<String> = Vec::new();
        match &obj {
            Value::Module(m) => names.extend(m.dict.borrow().keys().map(|k| k.to_string())),
            Value::Class(c) => {
                for k in c.mro_with_self() {
                    names.extend(k.dict.borrow().keys().map(|k| k.to_string()));
                }
            }
            other => {
                if let Value::Instance(i) = other {
                    names.extend(i.attrs.borrow().keys().iter().map(|k| k.to_string()));
                }
                for k in self.type_of(other).mro_with_self() {
                    names.extend(k.dict.borrow().keys().map(|k| k.to_string()));
                }
            }
        }
        names.sort();
        names.dedup();
        best(&name, names.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::best;

    #[test]
    fn suggests_like_cpython() {
        assert_eq!(best("mesage", ["message", "other"]), Some("message".into()));
        assert_eq!(best("prnt", ["print", "len"]), Some("print".into()));
        assert_eq!(best("xyz", ["abcdef"]), None);
        assert_eq!(best("Count", ["count"]), Some("count".into()));
    }
}
