//! `format % args` against CPython 3.11.7. The table was produced by
//! evaluating each `format % args` in `python3`; the driver below plays the
//! VM's part (fetching arguments, converting values) the way
//! `PyUnicode_Format` does, so it doubles as the reference for callers.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::*;
use crate::algo::float_repr::float_repr;

/// A Python value of the kinds the table uses.
#[derive(Clone, Copy, Debug)]
enum A {
    I(i64),
    B(&'static str),
    F(f64),
    S(&'static str),
    /// The mapping itself, as `%s` sees it when there is no key.
    D,
}
use A::{B, D, F, I, S};

/// The right operand of `%`.
enum Args {
    One(A),
    Tuple(&'static [A]),
    Map(&'static [(&'static str, A)]),
}
use Args::{Map, One, Tuple};

impl A {
    fn int(self) -> Option<BigInt> {
        match self {
            I(n) => Some(n.into()),
            B(digits) => digits.parse().ok(),
            F(_) | S(_) | D => None,
        }
    }

    fn type_name(self) -> &'static str {
        match self {
            I(_) | B(_) => "int",
            F(_) => "float",
            S(_) => "str",
            D => "dict",
        }
    }

    fn str(self, map: &[(&str, A)]) -> String {
        match self {
            D => {
                let items: Vec<String> = map.iter().map(|(k, v)| format!("'{k}': {}", v.repr(map))).collect();
                format!("{{{}}}", items.join(", "))
            }
            F(x) => float_repr(x),
            S(s) => s.to_owned(),
            _ => self.int().unwrap().to_string(),
        }
    }

    fn repr(self, map: &[(&str, A)]) -> String {
        match self {
            S(s) => format!("'{s}'"),
            _ => self.str(map),
        }
    }
}

/// `getnextarg`'s state: `arglen` is -1 for a lone (or looked-up) value.
struct ArgCursor {
    args: Vec<A>,
    arglen: i64,
    argidx: i64,
}

impl ArgCursor {
    fn next(&mut self) -> Result<A, String> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            let index = if self.arglen < 0 { 0 } else { (self.argidx - 1) as usize };
            return Ok(self.args[index]);
        }
        Err("TypeError: not enough arguments for format string".to_owned())
    }

    fn star(&mut self) -> Result<i64, String> {
        match self.next()? {
            I(n) => Ok(n),
            _ => Err(format!("TypeError: {STAR_TYPE_MESSAGE}")),
        }
    }
}

fn percent(fmt: &str, args: &Args) -> Result<String, String> {
    let (mut cursor, map) = match args {
        One(a) => (ArgCursor { args: vec![*a], arglen: -1, argidx: -2 }, None),
        Tuple(items) => (ArgCursor { args: items.to_vec(), arglen: items.len() as i64, argidx: 0 }, None),
        Map(entries) => (ArgCursor { args: vec![D], arglen: -1, argidx: -2 }, Some(*entries)),
    };
    let mut out = String::new();
    for piece in pieces(fmt) {
        let conversion = match piece {
            Ok(Piece::Literal(text)) => {
                out.push_str(text);
                continue;
            }
            Ok(Piece::Conversion(c)) => c,
            Err(PercentError::IncompleteKey) if map.is_none() => {
                return Err("TypeError: format requires a mapping".to_owned());
            }
            Err(e @ (PercentError::Incomplete { stars } | PercentError::PrecisionTooBig { stars })) => {
                for _ in 0..stars {
                    cursor.star()?;
                }
                return Err(format!("ValueError: {}", e.message()));
            }
            Err(e) => return Err(format!("ValueError: {}", e.message())),
        };
        if let Some(key) = conversion.key {
            let Some(entries) = map else { return Err("TypeError: format requires a mapping".to_owned()) };
            let value = entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
            let value = value.ok_or_else(|| format!("KeyError: '{key}'"))?;
            cursor = ArgCursor { args: vec![value], arglen: -1, argidx: -2 };
        }
        let star_width = if conversion.width == Some(Count::Star) { Some(cursor.star()?) } else { None };
        let star_precision = if conversion.precision == Some(Count::Star) { Some(cursor.star()?) } else { None };
        let spec = conversion.spec(star_width, star_precision);
        let value = cursor.next()?;
        out.push_str(&convert(&conversion, &spec, value, map.unwrap_or_default())?);
        if map.is_some() && cursor.argidx < cursor.arglen {
            return Err("TypeError: not all arguments converted during string formatting".to_owned());
        }
    }
    if map.is_none() && cursor.argidx < cursor.arglen {
        return Err("TypeError: not all arguments converted during string formatting".to_owned());
    }
    Ok(out)
}

/// What the VM does with one fetched value.
fn convert(conversion: &Conversion<'_>, spec: &Spec, value: A, map: &[(&str, A)]) -> Result<String, String> {
    let type_error = || format!("TypeError: {}", conversion.type_error_message(value.type_name()));
    Ok(match conversion.category() {
        Category::Text if conversion.kind == 's' => format_text(&value.str(map), spec),
        Category::Text => format_text(&value.repr(map), spec),
        Category::Char => {
            let c = match value {
                S(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
                I(n) => u32::try_from(n)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("OverflowError: {CHAR_RANGE_MESSAGE}"))?,
                _ => return Err(format!("TypeError: {CHAR_TYPE_MESSAGE}")),
            };
            format_text(&c.to_string(), spec)
        }
        Category::Int => {
            let n = match value {
                F(x) if matches!(conversion.kind, 'd' | 'i' | 'u') => BigInt::from(x.trunc() as i128),
                _ => value.int().ok_or_else(type_error)?,
            };
            format_int(&n, spec)
        }
        Category::Float => {
            let x = match value {
                F(x) => x,
                _ => value.int().ok_or_else(type_error)?.to_f64().unwrap(),
            };
            format_float(x, spec)
        }
        Category::Unsupported => return Err(format!("ValueError: {}", conversion.unsupported_message())),
    })
}

#[test]
fn matches_cpython_percent_formatting() {
    let mut failures = Vec::new();
    for (fmt, args, want) in CASES {
        let want = want.map(str::to_owned).map_err(str::to_owned);
        let got = percent(fmt, args);
        if got != want {
            failures.push(format!("{fmt:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn pieces_split_literals_and_conversions() {
    let parsed: Vec<Piece<'_>> = pieces("a%%b%-*.3ld!").collect::<Result<_, _>>().unwrap();
    let flags = Flags { left: true, ..Flags::default() };
    let conversion = Conversion {
        key: None,
        flags,
        width: Some(Count::Star),
        precision: Some(Count::Fixed(3)),
        kind: 'd',
        index: 10,
    };
    let want = [
        Piece::Literal("a"),
        Piece::Literal("%"),
        Piece::Literal("b"),
        Piece::Conversion(conversion),
        Piece::Literal("!"),
    ];
    assert_eq!(parsed, want);
    let mut after_error = pieces("%(x");
    assert_eq!(after_error.next(), Some(Err(PercentError::IncompleteKey)));
    assert_eq!(after_error.next(), None);
}

const CASES: &[(&str, Args, Result<&str, &str>)] = &[
("%d", One(I(5)), Ok("5")),
("%5d", One(I(-3)), Ok("   -3")),
("%-5d|", One(I(-3)), Ok("-3   |")),
("%05d", One(I(-3)), Ok("-0003")),
("%+d", One(I(3)), Ok("+3")),
("% d", One(I(3)), Ok(" 3")),
("%+ d", One(I(3)), Ok("+3")),
("% +d", One(I(3)), Ok("+3")),
("%.5d", One(I(-3)), Ok("-00003")),
("%8.5d", One(I(-3)), Ok("  -00003")),
("%-8.5d|", One(I(3)), Ok("00003   |")),
("%08.5d", One(I(3)), Ok("00000003")),
("%x", One(I(255)), Ok("ff")),
("%#x", One(I(255)), Ok("0xff")),
("%#X", One(I(255)), Ok("0XFF")),
("%#o", One(I(8)), Ok("0o10")),
("%#10x", One(I(255)), Ok("      0xff")),
("%#010x", One(I(255)), Ok("0x000000ff")),
("%-#10x|", One(I(255)), Ok("0xff      |")),
("%#.5x", One(I(255)), Ok("0x000ff")),
("%#010.5x", One(I(-255)), Ok("-0x00000ff")),
("%+#x", One(I(255)), Ok("+0xff")),
("% #o", One(I(-8)), Ok("-0o10")),
("%i", One(I(3)), Ok("3")),
("%u", One(I(3)), Ok("3")),
("%ld", One(I(3)), Ok("3")),
("%hd", One(I(3)), Ok("3")),
("%Ld", One(I(3)), Ok("3")),
("%lld", One(I(3)), Err("ValueError: unsupported format character 'l' (0x6c) at index 2")),
("%f", One(F(1.5)), Ok("1.500000")),
("%.2f", One(F(0.125)), Ok("0.12")),
("%10.3f", One(F(-1.5)), Ok("    -1.500")),
("%-10.3f|", One(F(1.5)), Ok("1.500     |")),
("%010.3f", One(F(-1.5)), Ok("-00001.500")),
("%+.1f", One(F(1.0)), Ok("+1.0")),
("% .1f", One(F(1.0)), Ok(" 1.0")),
("%#.0f", One(F(1.0)), Ok("1.")),
("%e", One(F(12345.678)), Ok("1.234568e+04")),
("%E", One(F(1e-10)), Ok("1.000000E-10")),
("%g", One(F(1e-05)), Ok("1e-05")),
("%g", One(F(123456789.0)), Ok("1.23457e+08")),
("%#g", One(F(1.0)), Ok("1.00000")),
("%G", One(F(1e+100)), Ok("1E+100")),
("%.0g", One(F(0.5)), Ok("0.5")),
("%f", One(F(f64::INFINITY)), Ok("inf")),
("%05f", One(F(f64::INFINITY)), Ok("00inf")),
("%+f", One(F(f64::NAN)), Ok("+nan")),
("%f", One(F(-f64::NAN)), Ok("nan")),
("%F", One(F(f64::INFINITY)), Ok("INF")),
("%010.2f", One(F(f64::NEG_INFINITY)), Ok("-000000inf")),
("%-010.2f|", One(F(3.0)), Ok("3.00      |")),
("%f", One(F(1e+300)), Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
("%.3f", One(I(2)), Ok("2.000")),
("%e", One(B("1000000000000000000000000000000")), Ok("1.000000e+30")),
("%d", One(F(1.7)), Ok("1")),
("%d", One(F(-2.9)), Ok("-2")),
("%i", One(F(1e+20)), Ok("100000000000000000000")),
("%g", One(B("1180591620717411303424")), Ok("1.18059e+21")),
("%s", One(S("abc")), Ok("abc")),
("%5s", One(S("abc")), Ok("  abc")),
("%-5s|", One(S("abc")), Ok("abc  |")),
("%.2s", One(S("abc")), Ok("ab")),
("%05s", One(S("abc")), Ok("  abc")),
("%+s", One(S("abc")), Ok("abc")),
("%5.1s", One(S("abc")), Ok("    a")),
("%r", One(S("abc")), Ok("'abc'")),
("%.3r", One(S("abc")), Ok("'ab")),
("%s", One(F(1.5)), Ok("1.5")),
("%s", One(B("1000000000000000000000000000000")), Ok("1000000000000000000000000000000")),
("%r", One(F(2.0)), Ok("2.0")),
("%5s", One(I(-7)), Ok("   -7")),
("%.2s", One(S("\u{c548}\u{b155}\u{d558}\u{c138}\u{c694}")), Ok("\u{c548}\u{b155}")),
("%-6s|", One(S("\u{c548}\u{b155}")), Ok("\u{c548}\u{b155}    |")),
("%c", One(I(65)), Ok("A")),
("%c", One(S("x")), Ok("x")),
("%5c", One(S("x")), Ok("    x")),
("%-5c|", One(S("x")), Ok("x    |")),
("%05c", One(I(65)), Ok("    A")),
("%.0c", One(S("x")), Ok("x")),
("%c", One(I(44032)), Ok("\u{ac00}")),
("%%", Tuple(&[]), Ok("%")),
("%5%", Tuple(&[]), Err("TypeError: not enough arguments for format string")),
("%-5%|", Tuple(&[]), Err("TypeError: not enough arguments for format string")),
("%.3%", Tuple(&[]), Err("TypeError: not enough arguments for format string")),
("%(a)%", Map(&[("a", I(1))]), Err("ValueError: unsupported format character '%' (0x25) at index 4")),
("%", Tuple(&[]), Err("ValueError: incomplete format")),
("abc%", Tuple(&[]), Err("ValueError: incomplete format")),
("%5", Tuple(&[I(1)]), Err("ValueError: incomplete format")),
("%.", Tuple(&[I(1)]), Err("ValueError: incomplete format")),
("%(a", Map(&[("a", I(1))]), Err("ValueError: incomplete format key")),
("%(a)", Map(&[("a", I(1))]), Err("ValueError: incomplete format")),
("%0", Tuple(&[]), Err("ValueError: incomplete format")),
("%-", Tuple(&[I(1)]), Err("ValueError: incomplete format")),
("%z", One(I(1)), Err("ValueError: unsupported format character 'z' (0x7a) at index 1")),
("%z", Tuple(&[]), Err("TypeError: not enough arguments for format string")),
("%\u{e9}", One(I(1)), Err("ValueError: unsupported format character '?' (0xe9) at index 1")),
("%\u{1}", One(I(1)), Err("ValueError: unsupported format character '?' (0x1) at index 1")),
("%\u{1f}", One(I(1)), Err("ValueError: unsupported format character '\u{1f}' (0x1f) at index 1")),
("%\u{7f}", One(I(1)), Err("ValueError: unsupported format character '?' (0x7f) at index 1")),
("%~", One(I(1)), Err("ValueError: unsupported format character '~' (0x7e) at index 1")),
("%d %z", Tuple(&[I(1), I(2)]), Err("ValueError: unsupported format character 'z' (0x7a) at index 4")),
("\u{e9}%z", One(I(1)), Err("ValueError: unsupported format character 'z' (0x7a) at index 2")),
("\u{c548}\u{b155} %d %y", Tuple(&[I(1), I(2)]), Err("ValueError: unsupported format character 'y' (0x79) at index 7")),
("%*d", Tuple(&[I(5), I(3)]), Ok("    3")),
("%-*d|", Tuple(&[I(5), I(3)]), Ok("3    |")),
("%*d|", Tuple(&[I(-5), I(3)]), Ok("3    |")),
("%.*f", Tuple(&[I(2), F(1.0)]), Ok("1.00")),
("%.*f", Tuple(&[I(-2), F(1.0)]), Ok("1")),
("%*.*f", Tuple(&[I(8), I(2), F(1.0)]), Ok("    1.00")),
("%*", Tuple(&[I(5)]), Err("ValueError: incomplete format")),
("%*", Tuple(&[]), Err("TypeError: not enough arguments for format string")),
("%.*", Tuple(&[I(1)]), Err("ValueError: incomplete format")),
("%*.*", Tuple(&[I(1), I(2)]), Err("ValueError: incomplete format")),
("%*.*", Tuple(&[S("a"), I(2)]), Err("TypeError: * wants int")),
("%*d", Tuple(&[S("a"), I(1)]), Err("TypeError: * wants int")),
("%.*d", Tuple(&[F(1.5), I(1)]), Err("TypeError: * wants int")),
("%d", One(S("a")), Err("TypeError: %d format: a real number is required, not str")),
("%x", One(F(1.5)), Err("TypeError: %x format: an integer is required, not float")),
("%X", One(F(2.5)), Err("TypeError: %X format: an integer is required, not float")),
("%f", One(S("a")), Err("TypeError: must be real number, not str")),
("%d %d", Tuple(&[I(1)]), Err("TypeError: not enough arguments for format string")),
("%d", Tuple(&[I(1), I(2)]), Err("TypeError: not all arguments converted during string formatting")),
("%(a)s", Tuple(&[I(1)]), Err("TypeError: format requires a mapping")),
("%(a)s %s", Map(&[("a", I(1))]), Err("TypeError: not enough arguments for format string")),
("%(a)s %(b)d", Map(&[("a", S("x")), ("b", I(2))]), Ok("x 2")),
("%((a))s", Map(&[("(a)", I(1))]), Ok("1")),
("%c", One(I(1114112)), Err("OverflowError: %c arg not in range(0x110000)")),
("%c", One(I(-1)), Err("OverflowError: %c arg not in range(0x110000)")),
("%c", One(S("ab")), Err("TypeError: %c requires int or char")),
("%c", One(F(1.5)), Err("TypeError: %c requires int or char")),
("%.1000000000000000000000f", One(F(1.0)), Err("ValueError: precision too big")),
("%1000000000000000000000d", One(I(1)), Err("ValueError: width too big")),
("%*.1000000000000000000000d", Tuple(&[I(1), I(1)]), Err("ValueError: precision too big")),
("%.3d", One(I(7)), Ok("007")),
("%d", One(B("1180591620717411303424")), Ok("1180591620717411303424")),
("%x", One(B("-1180591620717411303424")), Ok("-400000000000000000")),
("%o", One(I(0)), Ok("0")),
("%#o", One(I(0)), Ok("0o0")),
("%#x", One(I(0)), Ok("0x0")),
("%.0d", One(I(0)), Ok("0")),
("%.0x", One(I(0)), Ok("0")),
("%5.0s|", One(S("abc")), Ok("     |")),
("%(a)*d", Map(&[("a", I(1))]), Err("TypeError: not enough arguments for format string")),
("%0-5d|", One(I(3)), Ok("3    |")),
("%-05d|", One(I(-3)), Ok("-3   |")),
("%  d", One(I(3)), Ok(" 3")),
("%#5.3s", One(S("abcdef")), Ok("  abc")),
("% s", One(S("a")), Ok("a")),
("%+5s", One(S("a")), Ok("    a")),
("%#s", One(S("a")), Ok("a")),
("%#d", One(I(5)), Ok("5")),
("abc", Tuple(&[]), Ok("abc")),
("abc", One(I(5)), Err("TypeError: not all arguments converted during string formatting")),
("abc", Tuple(&[I(5)]), Err("TypeError: not all arguments converted during string formatting")),
("%s and %s", Tuple(&[S("a"), S("b")]), Ok("a and b")),
("%s", Tuple(&[S("a")]), Ok("a")),
("%s", One(I(5)), Ok("5")),
("%s %s", One(I(5)), Err("TypeError: not enough arguments for format string")),
("%-+8.3e|", One(F(12.5)), Ok("+1.250e+01|")),
("% 012.4G", One(F(-0.000123)), Ok("-0000.000123")),
("%#08o", One(I(8)), Ok("0o000010")),
("%#-8X|", One(I(3054)), Ok("0XBEE   |")),
("%(x)s%(x)s", Map(&[("x", S("ab"))]), Ok("abab")),
("%(x)-4d|%(y)+.2f", Map(&[("x", I(7)), ("y", F(2.0))]), Ok("7   |+2.00")),
("%(x)s", Map(&[("x", I(1)), ("y", I(2))]), Ok("1")),
("%s %(x)s", Map(&[("x", I(1))]), Ok("{'x': 1} 1")),
];
