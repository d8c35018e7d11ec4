//! Mutations of source text, as bytes (a flipped bit may leave UTF-8; the
//! runner decodes lossily, as a browser textarea would never produce such
//! text but a pasted file might). Each mutation is a small function; `any`
//! picks one. They aim at the parser's and the compiler's recursion (deep
//! nesting), at the VM's arithmetic (huge numbers) and allocations (long
//! strings), and at structure (lines deleted, duplicated, swapped,
//! re-indented, wrapped in blocks).

use super::generate;
use super::rng::Rng;

/// Text the fuzzer splices in: keywords, brackets, operators, oddities.
const FRAGMENTS: &[&str] = &[
    "def ",
    "class ",
    "return ",
    "yield ",
    "yield from ",
    "await ",
    "async ",
    "lambda ",
    "lambda: ",
    "if ",
    "elif ",
    "else:",
    "for ",
    " in ",
    "while ",
    "with ",
    "try:",
    "except:",
    "except* ",
    "finally:",
    "raise ",
    "raise from ",
    "del ",
    "global x",
    "nonlocal x",
    "import ",
    "from ",
    " as ",
    "pass",
    "break",
    "continue",
    "not ",
    " and ",
    " or ",
    " is ",
    "None",
    "True",
    "False",
    "match ",
    "case ",
    "assert ",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "==",
    ":=",
    "->",
    "@",
    "*",
    "**",
    "+",
    "-",
    "/",
    "//",
    "%",
    "<<",
    ">>",
    "~",
    "^",
    "|",
    "&",
    "<",
    ">=",
    "!=",
    "\\",
    "\n",
    "\t",
    "    ",
    "#",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'{",
    "}'",
    "f\"{x!r:>{w}}\"",
    "b'",
    "r'\\",
    "\\N{",
    "\\x",
    "\\u12",
    "...",
    "_",
    "__init__",
    "self",
    "super()",
    "__class__",
    "*args",
    "**kw",
    "0",
    "-1",
    "1.5e",
    "0x",
    "0b2",
    "1_",
    "1j",
    "\u{0}",
    "\u{feff}",
    "é",
    "한",
    "\u{10ffff}",
    "print(",
    "range(",
    "len(",
    "iter(",
    "next(",
    "type(",
    "object",
    "isinstance(",
];

/// Opening and closing halves for deep nesting around `1`.
const NESTERS: &[(&str, &str)] = &[
    ("[", "]"),
    ("(", ")"),
    ("{", "}"),
    ("-", ""),
    ("not ", ""),
    ("~", ""),
    ("lambda: ", ""),
    ("(1, ", ")"),
    ("{1: ", "}"),
    ("f'{", "}'"),
    ("[0, ", "][1]"),
    ("(yield ", ")"),
    ("await ", ""),
    ("1 + ", ""),
    ("1 if 1 else ", ""),
    ("[*", "]"),
    ("print(", ")"),
    ("x.", "y"),
    ("(1)(", ")"),
    ("x[", "]"),
    ("1 ** ", ""),
    ("1 < ", ""),
    ("{**", "}"),
    ("(x := ", ")"),
    ("(", ",)"),
];

/// Block headers the nesting and wrapping mutations use.
const HEADERS: &[&str] = &[
    "if 1:",
    "while 0:",
    "for _ in range(1):",
    "def f():",
    "async def f():",
    "class C:",
    "try:",
    "with open:",
    "if x:",
    "else:",
    "match x:",
    "case _:",
    "lambda:",
];

/// Numbers that stress big-int arithmetic, conversion limits and floats.
const NUMBERS: &[&str] = &[
    "10**100000",
    "2**64",
    "-2**63",
    "2**63-1",
    "1 << 100000",
    "10**4301",
    "1e309",
    "-1e-400",
    "0x7fffffffffffffff",
    "9223372036854775808",
    "-9223372036854775809",
    "1 << 64",
    "2**-1074",
    "10**10**5",
    "(-1)**0.5",
    "1/3",
    "0.1+0.2",
    "float('nan')",
    "-0.0",
    "2**1023*2.0",
    "123456789012345678901234567890",
    "int('9'*5000)",
    "1 << 2**40",
    "10**10**10",
];

/// Expressions that allocate much, or try to.
const STRINGS: &[&str] = &[
    "'a' * 10**6",
    "'a' * 10**8",
    "'ab' * 10**12",
    "[0] * 10**7",
    "[0] * 10**12",
    "(1,) * 10**12",
    "'x' * -5",
    "b'z' * 10**12",
    "'é' * 100000",
    "' '.join(['x'] * 10**6)",
    "list(range(10**12))",
    "'%s' % ('a' * 10**6)",
    "'{:>1000000}'.format(1)",
    "f'{1:>{10**12}}'",
    "'a'.center(10**12)",
    "'x'.zfill(10**10)",
    "bytes(10**12)",
    "bytearray(10**12)",
    "'abc' * (2**63)",
    "[[]] * 10**9",
    "dict.fromkeys(range(10**7))",
    "set(range(10**7))",
    "'\\n'.join(map(str, range(10**6)))",
];

/// A mutation: the generator, the text, the donor scripts.
type Mutation = fn(&mut Rng, &mut Vec<u8>, &[Vec<u8>]);

/// Mutations and their weights (out of 100). Those that mostly keep the
/// text valid Python weigh more than those that mostly break it, so most
/// inputs get past the parser: a first run with equal weights ended 70% in
/// `SyntaxError`/`IndentationError`.
const MUTATIONS: &[(usize, Mutation)] = &[
    (4, |rng, text, _| flip_bit(rng, text)),
    (6, |rng, text, _| delete_token(rng, text)),
    (8, |rng, text, _| {
        let fragment = rng_pick_str(rng, FRAGMENTS);
        insert_at_token(rng, text, fragment);
    }),
    (3, |rng, text, _| reindent(rng, text)),
    (6, |rng, text, _| delete_lines(rng, text)),
    (7, |rng, text, _| duplicate_lines(rng, text)),
    (3, |rng, text, _| swap_lines(rng, text)),
    (8, |rng, text, _| nest_expression(rng, text)),
    (4, |rng, text, _| nest_blocks(rng, text)),
    (10, |rng, text, _| replace_number(rng, text)),
    (6, |rng, text, _| {
        let line = format!("x = {}", rng_pick_str(rng, STRINGS));
        insert_line(rng, text, &line);
    }),
    (6, splice),
    (10, |rng, text, _| replace_identifier(rng, text)),
    (6, |rng, text, _| wrap_in_block(rng, text)),
    (8, |rng, text, _| {
        let statement = generate::statement(rng, 0, 2);
        insert_line(rng, text, statement.trim_end());
    }),
    (5, |rng, text, _| long_literal(rng, text)),
];

/// Applies one random mutation, drawn by weight.
pub fn any(rng: &mut Rng, text: &mut Vec<u8>, donors: &[Vec<u8>]) {
    let total: usize = MUTATIONS.iter().map(|(w, _)| w).sum();
    let mut ticket = rng.below(total);
    for (weight, mutation) in MUTATIONS {
        if ticket < *weight {
            return mutation(rng, text, donors);
        }
        ticket -= weight;
    }
}

fn rng_pick_str(rng: &mut Rng, items: &[&str]) -> String {
    (*rng.pick(items)).to_owned()
}

fn flip_bit(rng: &mut Rng, text: &mut [u8]) {
    if !text.is_empty() {
        let at = rng.below(text.len());
        text[at] ^= 1 << rng.below(8);
    }
}

/// Byte ranges of tokens: identifier/number runs, whitespace runs, and
/// single other bytes.
fn tokens(text: &[u8]) -> Vec<(usize, usize)> {
    let class = |b: u8| match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | 0x80..=0xff => 0,
        b' ' | b'\t' => 1,
        _ => 2,
    };
    let mut spans = Vec::new();
    let mut start = 0;
    for i in 1..=text.len() {
        if i == text.len() || class(text[i]) == 2 || class(text[i]) != class(text[start]) {
            spans.push((start, i));
            start = i;
        }
    }
    spans
}

fn delete_token(rng: &mut Rng, text: &mut Vec<u8>) {
    let spans = tokens(text);
    if !spans.is_empty() {
        let (a, b) = *rng.pick(&spans);
        text.drain(a..b);
    }
}

/// A byte offset at a token boundary.
fn token_boundary(rng: &mut Rng, text: &[u8]) -> usize {
    let spans = tokens(text);
    if spans.is_empty() {
        return 0;
    }
    rng.pick(&spans).0
}

fn insert_at_token(rng: &mut Rng, text: &mut Vec<u8>, fragment: String) {
    let at = token_boundary(rng, text);
    text.splice(at..at, fragment.into_bytes());
}

fn split_lines(text: &[u8]) -> Vec<Vec<u8>> {
    text.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect()
}

fn join_lines(lines: &[Vec<u8>]) -> Vec<u8> {
    lines.join(&b'\n')
}

/// A random run of at most `max` lines: `(start, end)`.
fn line_range(rng: &mut Rng, count: usize, max: usize) -> (usize, usize) {
    let start = rng.below(count);
    (start, (start + rng.between(1, max)).min(count))
}

fn delete_lines(rng: &mut Rng, text: &mut Vec<u8>) {
    let mut lines = split_lines(text);
    let (a, b) = line_range(rng, lines.len(), 4);
    lines.drain(a..b);
    *text = join_lines(&lines);
}

fn duplicate_lines(rng: &mut Rng, text: &mut Vec<u8>) {
    let mut lines = split_lines(text);
    let (a, b) = line_range(rng, lines.len(), 6);
    let copy: Vec<Vec<u8>> = lines[a..b].to_vec();
    let times = if rng.percent(10) {
        rng.between(10, 200)
    } else {
        1
    };
    let at = if rng.percent(50) {
        b
    } else {
        rng.below(lines.len() + 1)
    };
    for _ in 0..times {
        lines.splice(at..at, copy.iter().cloned());
    }
    *text = join_lines(&lines);
}

fn swap_lines(rng: &mut Rng, text: &mut Vec<u8>) {
    let mut lines = split_lines(text);
    let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
    lines.swap(i, j);
    *text = join_lines(&lines);
}

/// Inserts `line` before a random line, indented like it.
fn insert_line(rng: &mut Rng, text: &mut Vec<u8>, line: &str) {
    let mut lines = split_lines(text);
    let at = rng.below(lines.len() + 1);
    let indent: Vec<u8> = lines
        .get(at)
        .map(|l| l.iter().take_while(|&&b| b == b' ').copied().collect())
        .unwrap_or_default();
    let block: Vec<Vec<u8>> = line
        .split('\n')
        .map(|l| [indent.as_slice(), l.as_bytes()].concat())
        .collect();
    lines.splice(at..at, block);
    *text = join_lines(&lines);
}

/// A depth drawn mostly small, sometimes far past any parser's limit.
fn depth(rng: &mut Rng) -> usize {
    *rng.pick(&[
        3, 10, 50, 99, 100, 101, 199, 200, 201, 255, 256, 500, 1000, 3000, 10_000, 100_000,
    ])
}

fn nest_expression(rng: &mut Rng, text: &mut Vec<u8>) {
    let (open, close) = *rng.pick(NESTERS);
    let n = depth(rng);
    let expr = format!("{}1{}", open.repeat(n), close.repeat(n));
    let line = match rng.below(4) {
        0 => format!("x = {expr}"),
        1 => format!("print({expr})"),
        2 => format!("def f():\n    return {expr}\nprint(f())"),
        _ => expr,
    };
    insert_line(rng, text, &line);
}

fn nest_blocks(rng: &mut Rng, text: &mut Vec<u8>) {
    let n = depth(rng).min(5_000);
    let header = *rng.pick(HEADERS);
    let mut block = String::new();
    for level in 0..n {
        block.push_str(&" ".repeat(level));
        block.push_str(header);
        block.push('\n');
    }
    block.push_str(&" ".repeat(n));
    block.push_str("print(1)");
    insert_line(rng, text, &block);
}

fn replace_number(rng: &mut Rng, text: &mut Vec<u8>) {
    let numbers: Vec<(usize, usize)> = tokens(text)
        .into_iter()
        .filter(|&(a, _)| text[a].is_ascii_digit())
        .collect();
    let replacement = format!("({})", rng.pick(NUMBERS));
    if numbers.is_empty() {
        insert_line(rng, text, &format!("x = {replacement}"));
    } else {
        let (a, b) = *rng.pick(&numbers);
        text.splice(a..b, replacement.into_bytes());
    }
}

fn splice(rng: &mut Rng, text: &mut Vec<u8>, donors: &[Vec<u8>]) {
    if donors.is_empty() {
        return;
    }
    let donor = split_lines(&donors[rng.below(donors.len())]);
    let (a, b) = line_range(rng, donor.len(), 12);
    // Re-indented to where it lands: unindented, a chunk from inside a
    // function almost always ends in `IndentationError`.
    let chunk = &donor[a..b];
    let common = chunk
        .iter()
        .filter(|l| l.iter().any(|&c| c != b' '))
        .map(|l| l.iter().take_while(|&&c| c == b' ').count())
        .min()
        .unwrap_or(0);
    let mut lines = split_lines(text);
    let at = rng.below(lines.len() + 1);
    let indent = lines
        .get(at)
        .map_or(0, |l| l.iter().take_while(|&&c| c == b' ').count());
    let moved = chunk.iter().map(|l| {
        let body = &l[common.min(l.len())..];
        [vec![b' '; indent], body.to_vec()].concat()
    });
    lines.splice(at..at, moved.collect::<Vec<_>>());
    *text = join_lines(&lines);
}

fn replace_identifier(rng: &mut Rng, text: &mut Vec<u8>) {
    let idents: Vec<(usize, usize)> = tokens(text)
        .into_iter()
        .filter(|&(a, _)| text[a].is_ascii_alphabetic() || text[a] == b'_')
        .collect();
    if idents.len() < 2 {
        return;
    }
    let (a, b) = *rng.pick(&idents);
    let replacement = if rng.percent(70) {
        let (c, d) = *rng.pick(&idents);
        text[c..d].to_vec()
    } else {
        rng_pick_str(
            rng,
            &[
                "self",
                "None",
                "print",
                "__class__",
                "object",
                "type",
                "super",
                "len",
                "x",
            ],
        )
        .into_bytes()
    };
    text.splice(a..b, replacement);
}

fn reindent(rng: &mut Rng, text: &mut Vec<u8>) {
    let mut lines = split_lines(text);
    let i = rng.below(lines.len());
    let spaces = lines[i].iter().take_while(|&&b| b == b' ').count();
    match rng.below(3) {
        0 => {
            let pad = *rng.pick(&[&b" "[..], b"    ", b"\t", b"        "]);
            lines[i].splice(0..0, pad.iter().copied());
        }
        1 => {
            lines[i].drain(..spaces.min(rng.between(1, 4)));
        }
        _ => {
            lines[i].drain(..spaces);
        }
    }
    *text = join_lines(&lines);
}

/// Indents a run of lines under a new block header.
fn wrap_in_block(rng: &mut Rng, text: &mut Vec<u8>) {
    let mut lines = split_lines(text);
    let (a, b) = line_range(rng, lines.len(), 8);
    let indent = String::from_utf8_lossy(&lines[a])
        .chars()
        .take_while(|&c| c == ' ')
        .collect::<String>();
    for line in &mut lines[a..b] {
        line.splice(0..0, *b"    ");
    }
    let header = *rng.pick(&[
        "for _ in range(2):",
        "if True:",
        "def wrapped():",
        "async def wrapped():",
        "class Wrapped:",
        "try:",
        "while False:",
        "with suppress():",
        "def gen():\n    yield",
    ]);
    if header == "try:" {
        let handler = format!("{indent}except Exception as e:\n{indent}    print(e)");
        lines.insert(b, handler.into_bytes());
    }
    let header = header
        .split('\n')
        .map(|l| format!("{indent}{l}").into_bytes());
    lines.splice(a..a, header);
    *text = join_lines(&lines);
}

fn long_literal(rng: &mut Rng, text: &mut Vec<u8>) {
    let n = *rng.pick(&[1_000, 5_000, 100_000, 1_000_000]);
    let literal = match rng.below(5) {
        0 => format!("'{}'", "a".repeat(n)),
        1 => format!("x = {}", "9".repeat(n)),
        2 => format!("'''{}'''", "line\n".repeat(n / 5)),
        3 => format!("x = [{}]", "1, ".repeat(n / 3)),
        _ => format!("x = {}", "a.".repeat(n / 2) + "b"),
    };
    insert_line(rng, text, &literal);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_text() {
        let text = b"x = foo(12, 'a')  # hi";
        let spans = tokens(text);
        let rebuilt: Vec<u8> = spans
            .iter()
            .flat_map(|&(a, b)| text[a..b].to_vec())
            .collect();
        assert_eq!(rebuilt, text);
        assert!(spans.contains(&(4, 7)), "foo is one token: {spans:?}");
    }

    #[test]
    fn mutations_never_panic_and_are_deterministic() {
        let donors = vec![b"print(1)\nfor i in range(3):\n    print(i)\n".to_vec()];
        let run = |seed| {
            let mut rng = Rng::new(seed);
            let mut text = donors[0].clone();
            for _ in 0..100 {
                any(&mut rng, &mut text, &donors);
                if text.len() > 100_000 {
                    text.truncate(1000);
                }
            }
            text
        };
        assert_eq!(run(5), run(5));
        for seed in 0..8 {
            run(seed);
        }
    }
}
