//! Binding the arguments of stdlib functions that CPython writes in Python
//! (`random.randint`, ...), so a bad call gets the message a Python
//! function would give: `Random.randint() missing 1 required positional
//! argument: 'b'`.

use crate::objects::function::Kwargs;
use crate::objects::Value;
use crate::vm::exceptions::{type_error, PyResult};

/// The parameters of a function written in Python in CPython.
pub struct Sig<'s> {
    /// The qualified name messages show (`Random.randint`).
    pub name: &'s str,
    /// Positional-or-keyword parameters, in order.
    pub pos: &'s [&'s str],
    /// How many of `pos` have no default.
    pub required: usize,
    /// Keyword-only parameters (all optional).
    pub kwonly: &'s [&'s str],
    /// A bound method: CPython counts `self` in "takes N positional arguments".
    pub bound: bool,
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Sig<'_> {
    /// Binds `a` and `k`: one slot per `pos` then per `kwonly` parameter.
    pub fn bind(&self, a: &[Value], k: &Kwargs) -> PyResult<Vec<Option<Value>>> {
        let off = usize::from(self.bound);
        if a.len() > self.pos.len() {
            let (lo, hi) = (self.required + off, self.pos.len() + off);
            let takes = if lo == hi { format!("{hi}") } else { format!("from {lo} to {hi}") };
            let given = a.len() + off;
            let verb = if given == 1 { "was" } else { "were" };
            let plural = if hi == 1 && lo == hi { "" } else { "s" };
            return Err(type_error(format!("{}() takes {takes} positional argument{plural} but {given} {verb} given", self.name)));
        }
        let mut slots: Vec<Option<Value>> = a.iter().cloned().map(Some).collect();
        slots.resize(self.pos.len() + self.kwonly.len(), None);
        for (key, v) in k {
            let at = self.pos.iter().chain(self.kwonly).position(|p| **p == **key);
            match at {
                Some(i) if slots[i].is_some() => {
                    return Err(type_error(format!("{}() got multiple values for argument '{key}'", self.name)));
                }
                Some(i) => slots[i] = Some(v.clone()),
                None => return Err(type_error(format!("{}() got an unexpected keyword argument '{key}'", self.name))),
            }
        }
        let missing: Vec<&str> = (0..self.required).filter(|&i| slots[i].is_none()).map(|i| self.pos[i]).collect();
        if !missing.is_empty() {
            let n = missing.len();
            let s = if n == 1 { "" } else { "s" };
            return Err(type_error(format!("{}() missing {n} required positional argument{s}: {}", self.name, quoted_list(&missing))));
        }
        Ok(slots)
    }
}
