//! Results of the set algebra against CPython 3.11.7 (`PYTHONHASHSEED=0`):
//! both operands built by `add` in the order listed, expected values are
//! `list(a | b)` and so on, as printed.

use super::*;
use crate::algo::set_table::tests::{build, eq, listed, Key, B, I, S};

fn check_union(a: &SetTable<Key>, b: &SetTable<Key>, want: &[Key]) {
    assert_eq!(listed(&union(a, b, eq).unwrap()), want, "a | b");
}

fn check_inter(a: &SetTable<Key>, b: &SetTable<Key>, want: &[Key]) {
    assert_eq!(listed(&intersection(a, b, eq).unwrap()), want, "a & b");
}

fn check_diff_ab(a: &SetTable<Key>, b: &SetTable<Key>, want: &[Key]) {
    assert_eq!(listed(&difference(a, b, eq).unwrap()), want, "a - b");
}

fn check_diff_ba(a: &SetTable<Key>, b: &SetTable<Key>, want: &[Key]) {
    assert_eq!(listed(&difference(b, a, eq).unwrap()), want, "b - a");
}

fn check_xor(a: &SetTable<Key>, b: &SetTable<Key>, want: &[Key]) {
    assert_eq!(listed(&symmetric_difference(a, b, eq).unwrap()), want, "a ^ b");
}

/// `c = set(a); c -= b`, `c = set(a); c &= b`, `c = set(a); c ^= b`.
fn check_in_place(a: &SetTable<Key>, b: &SetTable<Key>, sub: &[Key], and: &[Key], xor: &[Key]) {
    let mut c = a.copy();
    difference_update(&mut c, b, eq).unwrap();
    assert_eq!(listed(&c), sub, "a -= b");
    let mut c = a.copy();
    intersection_update(&mut c, b, eq).unwrap();
    assert_eq!(listed(&c), and, "a &= b");
    let mut c = a.copy();
    symmetric_difference_update(&mut c, b, eq).unwrap();
    assert_eq!(listed(&c), xor, "a ^= b");
}

#[test]
fn predicates() {
    let a = build(&[I(1), I(2)]);
    let b = build(&[I(1), I(2), S("x")]);
    let c = build(&[B("36893488147419103232")]);
    assert!(is_subset(&a, &b, eq).unwrap());
    assert!(!is_subset(&b, &a, eq).unwrap());
    assert!(is_disjoint(&a, &c, eq).unwrap());
    assert!(!is_disjoint(&b, &a, eq).unwrap());
}

#[test]
fn algebra_of_overlapping_word_sets() {
    let a = build(&[S("apple"), S("banana"), S("cherry"), S("dates"), S("elder"), S("fig"), S("grape"), S("kiwi"), S("lemon"), S("mango"), S("nut"), S("olive"), S("peach"), S("quince"), S("rasp"), S("straw"), S("tomato"), S("ugli")]);
    let b = build(&[S("nut"), S("olive"), S("peach"), S("quince"), S("rasp"), S("straw"), S("tomato"), S("ugli"), S("vanilla"), S("water"), S("xigua"), S("yam"), S("zucchini"), S("\u{ac00}"), S("\u{b098}\u{b2e4}"), S("\u{b77c}\u{b9c8}\u{bc14}")]);
    check_union(&a, &b, &[S("banana"), S("apple"), S("cherry"), S("fig"), S("nut"), S("yam"), S("zucchini"), S("\u{b098}\u{b2e4}"), S("rasp"), S("elder"), S("mango"), S("peach"), S("tomato"), S("kiwi"), S("quince"), S("\u{ac00}"), S("straw"), S("olive"), S("xigua"), S("ugli"), S("vanilla"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water"), S("dates")]);
    check_inter(&a, &b, &[S("straw"), S("nut"), S("olive"), S("ugli"), S("rasp"), S("peach"), S("tomato"), S("quince")]);
    check_diff_ab(&a, &b, &[S("banana"), S("fig"), S("cherry"), S("apple"), S("elder"), S("mango"), S("grape"), S("kiwi"), S("lemon"), S("dates")]);
    check_diff_ba(&a, &b, &[S("xigua"), S("yam"), S("vanilla"), S("zucchini"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{ac00}"), S("\u{b098}\u{b2e4}"), S("water")]);
    check_xor(&a, &b, &[S("banana"), S("apple"), S("yam"), S("cherry"), S("fig"), S("zucchini"), S("elder"), S("mango"), S("\u{ac00}"), S("kiwi"), S("xigua"), S("vanilla"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("lemon"), S("grape"), S("\u{b098}\u{b2e4}"), S("water"), S("dates")]);
    check_in_place(&a, &b, &[S("banana"), S("apple"), S("cherry"), S("fig"), S("elder"), S("mango"), S("kiwi"), S("grape"), S("lemon"), S("dates")], &[S("straw"), S("nut"), S("olive"), S("ugli"), S("rasp"), S("peach"), S("tomato"), S("quince")], &[S("banana"), S("apple"), S("cherry"), S("fig"), S("yam"), S("\u{b098}\u{b2e4}"), S("zucchini"), S("elder"), S("mango"), S("kiwi"), S("\u{ac00}"), S("xigua"), S("vanilla"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water"), S("dates")]);
}

#[test]
fn algebra_with_a_much_larger_left_side() {
    let a = build(&[S("apple"), S("banana"), S("cherry"), S("dates"), S("elder"), S("fig"), S("grape"), S("kiwi"), S("lemon"), S("mango"), S("nut"), S("olive"), S("peach"), S("quince"), S("rasp"), S("straw"), S("tomato"), S("ugli"), S("vanilla"), S("water"), S("xigua"), S("yam"), S("zucchini"), S("\u{ac00}"), S("\u{b098}\u{b2e4}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{c0ac}"), S("\u{e9}"), S("\u{fc}"), S("\u{1f600}x")]);
    let b = build(&[S("cherry"), S("dates"), S("elder"), S("other")]);
    check_union(&a, &b, &[S("banana"), S("apple"), S("\u{b098}\u{b2e4}"), S("fig"), S("cherry"), S("nut"), S("zucchini"), S("yam"), S("rasp"), S("mango"), S("elder"), S("peach"), S("tomato"), S("kiwi"), S("\u{ac00}"), S("quince"), S("\u{c0ac}"), S("\u{1f600}x"), S("straw"), S("\u{e9}"), S("xigua"), S("olive"), S("vanilla"), S("ugli"), S("other"), S("\u{fc}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water"), S("dates")]);
    check_inter(&a, &b, &[S("elder"), S("cherry"), S("dates")]);
    check_diff_ab(&a, &b, &[S("banana"), S("apple"), S("\u{b098}\u{b2e4}"), S("fig"), S("nut"), S("zucchini"), S("yam"), S("rasp"), S("mango"), S("peach"), S("tomato"), S("kiwi"), S("\u{ac00}"), S("quince"), S("\u{c0ac}"), S("\u{1f600}x"), S("straw"), S("\u{e9}"), S("xigua"), S("olive"), S("vanilla"), S("ugli"), S("\u{fc}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water")]);
    check_diff_ba(&a, &b, &[S("other")]);
    check_xor(&a, &b, &[S("banana"), S("zucchini"), S("mango"), S("peach"), S("kiwi"), S("\u{c0ac}"), S("straw"), S("xigua"), S("vanilla"), S("other"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{b098}\u{b2e4}"), S("lemon"), S("water"), S("apple"), S("fig"), S("nut"), S("yam"), S("rasp"), S("tomato"), S("\u{ac00}"), S("quince"), S("\u{1f600}x"), S("\u{e9}"), S("olive"), S("ugli"), S("\u{fc}"), S("grape")]);
    check_in_place(&a, &b, &[S("banana"), S("apple"), S("\u{b098}\u{b2e4}"), S("fig"), S("nut"), S("zucchini"), S("yam"), S("rasp"), S("mango"), S("peach"), S("tomato"), S("kiwi"), S("\u{ac00}"), S("quince"), S("\u{c0ac}"), S("\u{1f600}x"), S("straw"), S("\u{e9}"), S("xigua"), S("olive"), S("vanilla"), S("ugli"), S("\u{fc}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water")], &[S("elder"), S("cherry"), S("dates")], &[S("banana"), S("apple"), S("\u{b098}\u{b2e4}"), S("fig"), S("nut"), S("zucchini"), S("yam"), S("rasp"), S("mango"), S("peach"), S("tomato"), S("kiwi"), S("\u{ac00}"), S("quince"), S("\u{c0ac}"), S("\u{1f600}x"), S("straw"), S("\u{e9}"), S("xigua"), S("olive"), S("vanilla"), S("ugli"), S("other"), S("\u{fc}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water")]);
}

#[test]
fn algebra_with_a_much_larger_right_side() {
    let a = build(&[S("apple"), S("banana"), S("cherry"), I(5)]);
    let b = build(&[S("apple"), S("banana"), S("cherry"), S("dates"), S("elder"), S("fig"), S("grape"), S("kiwi"), S("lemon"), S("mango"), S("nut"), S("olive"), S("peach"), S("quince"), S("rasp"), S("straw"), S("tomato"), S("ugli"), S("vanilla"), S("water"), S("xigua"), S("yam"), S("zucchini"), S("\u{ac00}"), S("\u{b098}\u{b2e4}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{c0ac}"), S("\u{e9}"), S("\u{fc}"), S("\u{1f600}x"), I(0), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26), I(27), I(28), I(29), I(30), I(31), I(32), I(33), I(34), I(35), I(36), I(37), I(38), I(39), I(40), I(41), I(42), I(43), I(44), I(45), I(46), I(47), I(48), I(49), I(50), I(51), I(52), I(53), I(54), I(55), I(56), I(57), I(58), I(59), I(60), I(61), I(62), I(63), I(64), I(65), I(66), I(67), I(68), I(69), I(70), I(71), I(72), I(73), I(74), I(75), I(76), I(77), I(78), I(79), I(80), I(81), I(82), I(83), I(84), I(85), I(86), I(87), I(88), I(89), I(90), I(91), I(92), I(93), I(94), I(95), I(96), I(97), I(98), I(99), I(100), I(101), I(102), I(103), I(104), I(105), I(106), I(107), I(108), I(109), I(110), I(111), I(112), I(113), I(114), I(115), I(116), I(117), I(118), I(119), I(120), I(121), I(122), I(123), I(124), I(125), I(126), I(127), I(128), I(129), I(130), I(131), I(132), I(133), I(134), I(135), I(136), I(137), I(138), I(139), I(140), I(141), I(142), I(143), I(144), I(145), I(146), I(147), I(148), I(149), I(150), I(151), I(152), I(153), I(154), I(155), I(156), I(157), I(158), I(159), I(160), I(161), I(162), I(163), I(164), I(165), I(166), I(167), I(168), I(169), I(170), I(171), I(172), I(173), I(174), I(175), I(176), I(177), I(178), I(179), I(180), I(181), I(182), I(183), I(184), I(185), I(186), I(187), I(188), I(189), I(190), I(191), I(192), I(193), I(194), I(195), I(196), I(197), I(198), I(199)]);
    check_union(&a, &b, &[I(0), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26), I(27), I(28), I(29), I(30), I(31), I(32), I(33), I(34), I(35), I(36), I(37), I(38), I(39), S("vanilla"), I(40), I(41), I(42), I(43), I(44), I(45), I(46), S("\u{b77c}\u{b9c8}\u{bc14}"), I(47), I(48), I(49), I(50), I(51), I(52), I(53), I(54), I(55), I(56), I(57), I(58), I(59), I(60), I(61), I(62), I(63), I(64), I(65), S("apple"), S("nut"), I(66), I(67), I(68), I(69), I(70), I(71), S("rasp"), I(72), I(73), I(74), I(75), I(76), I(77), I(78), I(79), I(80), I(81), I(82), I(83), S("tomato"), I(84), I(85), I(86), I(87), I(88), I(89), I(90), I(91), I(92), I(93), I(94), I(95), I(96), I(97), S("ugli"), I(98), I(99), I(100), I(101), I(102), I(103), I(104), I(105), I(106), I(107), I(108), I(109), I(110), I(111), I(112), I(113), I(114), I(115), I(116), I(117), I(118), I(119), I(120), I(121), I(122), I(123), I(124), I(125), I(126), I(127), I(128), I(129), I(130), I(131), I(132), I(133), I(134), I(135), I(136), I(137), I(138), I(139), I(140), I(141), I(142), I(143), I(144), S("peach"), I(145), I(146), I(147), I(148), S("\u{c0ac}"), I(149), I(150), I(151), I(152), I(153), I(154), I(155), I(156), I(157), I(158), I(159), I(160), I(161), I(162), I(163), I(164), I(165), I(166), I(167), I(168), I(169), I(170), I(171), I(172), I(173), I(174), I(175), I(176), I(177), I(178), I(179), I(180), I(181), I(182), I(183), I(184), I(185), I(186), I(187), S("fig"), S("cherry"), I(190), I(191), I(192), I(193), I(194), I(195), I(196), I(197), I(198), I(199), S("elder"), S("\u{e9}"), S("zucchini"), S("kiwi"), S("xigua"), S("lemon"), S("\u{b098}\u{b2e4}"), S("\u{1f600}x"), S("dates"), S("banana"), S("mango"), S("straw"), I(188), I(189), S("water"), S("yam"), S("\u{ac00}"), S("quince"), S("olive"), S("\u{fc}"), S("grape")]);
    check_inter(&a, &b, &[S("banana"), I(5), S("cherry"), S("apple")]);
    check_diff_ab(&a, &b, &[]);
    check_diff_ba(&a, &b, &[I(0), I(1), I(2), I(3), I(4), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26), I(27), I(28), I(29), I(30), I(31), I(32), I(33), I(34), I(35), I(36), I(37), I(38), I(39), S("vanilla"), I(40), I(41), I(42), I(43), I(44), I(45), I(46), S("\u{b77c}\u{b9c8}\u{bc14}"), I(47), I(48), I(49), I(50), I(51), I(52), I(53), I(54), I(55), I(56), I(57), I(58), I(59), I(60), I(61), I(62), I(63), I(64), I(65), S("nut"), I(66), I(67), I(68), I(69), I(70), I(71), S("rasp"), I(72), I(73), I(74), I(75), I(76), I(77), I(78), I(79), I(80), I(81), I(82), I(83), S("tomato"), I(84), I(85), I(86), I(87), I(88), I(89), I(90), I(91), I(92), I(93), I(94), I(95), I(96), I(97), S("ugli"), I(98), I(99), I(100), I(101), I(102), I(103), I(104), I(105), I(106), I(107), I(108), I(109), I(110), I(111), I(112), I(113), I(114), I(115), I(116), I(117), I(118), I(119), I(120), I(121), I(122), I(123), I(124), I(125), I(126), I(127), I(128), I(129), I(130), I(131), I(132), I(133), I(134), I(135), I(136), I(137), I(138), I(139), I(140), I(141), I(142), I(143), I(144), S("peach"), I(145), I(146), I(147), I(148), S("\u{c0ac}"), I(149), I(150), I(151), I(152), I(153), I(154), I(155), I(156), I(157), I(158), I(159), I(160), I(161), I(162), I(163), I(164), I(165), I(166), I(167), I(168), I(169), I(170), I(171), I(172), I(173), I(174), I(175), I(176), I(177), I(178), I(179), I(180), I(181), I(182), I(183), I(184), I(185), I(186), I(187), S("fig"), I(190), I(191), I(192), I(193), I(194), I(195), I(196), I(197), I(198), I(199), S("elder"), S("\u{e9}"), S("zucchini"), S("kiwi"), S("xigua"), S("lemon"), S("\u{b098}\u{b2e4}"), S("\u{1f600}x"), S("dates"), S("mango"), S("straw"), I(188), I(189), S("water"), S("yam"), S("\u{ac00}"), S("quince"), S("olive"), S("\u{fc}"), S("grape")]);
    check_xor(&a, &b, &[I(0), I(1), I(2), I(3), I(4), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26), I(27), I(28), I(29), I(30), I(31), I(32), I(33), I(34), I(35), I(36), I(37), I(38), I(39), S("vanilla"), I(40), I(41), I(42), I(43), I(44), I(45), I(46), S("\u{b77c}\u{b9c8}\u{bc14}"), I(47), I(48), I(49), I(50), I(51), I(52), I(53), I(54), I(55), I(56), I(57), I(58), I(59), I(60), I(61), I(62), I(63), I(64), I(65), S("nut"), I(66), I(67), I(68), I(69), I(70), I(71), S("rasp"), I(72), I(73), I(74), I(75), I(76), I(77), I(78), I(79), I(80), I(81), I(82), I(83), S("tomato"), I(84), I(85), I(86), I(87), I(88), I(89), I(90), I(91), I(92), I(93), I(94), I(95), I(96), I(97), S("ugli"), I(98), I(99), I(100), I(101), I(102), I(103), I(104), I(105), I(106), I(107), I(108), I(109), I(110), I(111), I(112), I(113), I(114), I(115), I(116), I(117), I(118), I(119), I(120), I(121), I(122), I(123), I(124), I(125), I(126), I(127), I(128), I(129), I(130), I(131), I(132), I(133), I(134), I(135), I(136), I(137), I(138), I(139), I(140), I(141), I(142), I(143), I(144), S("peach"), I(145), I(146), I(147), I(148), S("\u{c0ac}"), I(149), I(150), I(151), I(152), I(153), I(154), I(155), I(156), I(157), I(158), I(159), I(160), I(161), I(162), I(163), I(164), I(165), I(166), I(167), I(168), I(169), I(170), I(171), I(172), I(173), I(174), I(175), I(176), I(177), I(178), I(179), I(180), I(181), I(182), I(183), I(184), I(185), I(186), I(187), S("fig"), I(190), I(191), I(192), I(193), I(194), I(195), I(196), I(197), I(198), I(199), S("elder"), S("\u{e9}"), S("zucchini"), S("kiwi"), S("xigua"), S("lemon"), S("\u{b098}\u{b2e4}"), S("\u{1f600}x"), S("dates"), S("mango"), S("straw"), I(188), I(189), S("water"), S("yam"), S("\u{ac00}"), S("quince"), S("olive"), S("\u{fc}"), S("grape")]);
    check_in_place(&a, &b, &[], &[S("banana"), I(5), S("cherry"), S("apple")], &[I(0), I(1), I(2), I(3), I(4), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26), I(27), I(28), I(29), I(30), I(31), I(32), I(33), I(34), I(35), I(36), I(37), I(38), I(39), S("vanilla"), I(40), I(41), I(42), I(43), I(44), I(45), I(46), S("\u{b77c}\u{b9c8}\u{bc14}"), I(47), I(48), I(49), I(50), I(51), I(52), I(53), I(54), I(55), I(56), I(57), I(58), I(59), I(60), I(61), I(62), I(63), I(64), I(65), S("nut"), I(66), I(67), I(68), I(69), I(70), I(71), I(72), S("rasp"), I(73), I(74), I(75), I(76), I(77), I(78), I(79), I(80), I(81), I(82), I(83), I(84), S("tomato"), I(85), I(86), I(87), I(88), I(89), I(90), I(91), I(92), I(93), I(94), I(95), I(96), I(97), I(98), S("ugli"), I(99), I(100), I(101), I(102), I(103), I(104), I(105), I(106), I(107), I(108), I(109), I(110), I(111), I(112), I(113), I(114), I(115), I(116), I(117), I(118), I(119), I(120), I(121), I(122), I(123), I(124), I(125), I(126), I(127), I(128), I(129), I(130), I(131), I(132), I(133), I(134), I(135), I(136), I(137), I(138), I(139), I(140), I(141), I(142), I(143), I(144), I(145), S("peach"), I(146), I(147), I(148), I(149), S("\u{c0ac}"), I(150), I(151), I(152), I(153), I(154), I(155), I(156), I(157), I(158), I(159), I(160), I(161), I(162), I(163), I(164), I(165), I(166), I(167), I(168), I(169), I(170), I(171), I(172), I(173), I(174), I(175), I(176), I(177), I(178), I(179), I(180), I(181), I(182), I(183), I(184), I(185), I(186), I(187), I(190), S("fig"), I(191), I(192), I(193), I(194), I(195), I(196), I(197), I(198), I(199), S("elder"), S("\u{e9}"), S("zucchini"), S("kiwi"), S("xigua"), S("lemon"), S("\u{b098}\u{b2e4}"), S("\u{1f600}x"), S("dates"), S("mango"), S("straw"), I(188), I(189), S("water"), S("yam"), S("\u{ac00}"), S("quince"), S("olive"), S("\u{fc}"), S("grape")]);
}

#[test]
fn algebra_of_ints() {
    let a = build(&[I(-20), I(-17), I(-14), I(-11), I(-8), I(-5), I(-2), I(1), I(4), I(7), I(10), I(13), I(16), I(19), I(22), I(25), I(28), I(31), I(34), I(37)]);
    let b = build(&[I(0), I(7), I(14), I(21), I(28), I(35), I(42), I(49), I(56), I(63), I(70), I(77), I(84)]);
    check_union(&a, &b, &[I(0), I(1), I(4), I(70), I(7), I(10), I(13), I(77), I(14), I(16), I(19), I(84), I(21), I(22), I(25), I(56), I(28), I(31), I(34), I(35), I(37), I(42), I(-20), I(-17), I(49), I(-14), I(-11), I(-8), I(-5), I(-2), I(63)]);
    check_inter(&a, &b, &[I(28), I(7)]);
    check_diff_ab(&a, &b, &[I(1), I(34), I(4), I(37), I(10), I(-20), I(13), I(-17), I(16), I(-14), I(19), I(-11), I(22), I(-8), I(25), I(-5), I(-2), I(31)]);
    check_diff_ba(&a, &b, &[I(0), I(35), I(70), I(42), I(77), I(14), I(49), I(84), I(21), I(56), I(63)]);
    check_xor(&a, &b, &[I(0), I(1), I(4), I(10), I(13), I(14), I(16), I(19), I(21), I(22), I(25), I(31), I(34), I(35), I(37), I(42), I(49), I(56), I(63), I(70), I(77), I(84), I(-20), I(-17), I(-14), I(-11), I(-8), I(-5), I(-2)]);
    check_in_place(&a, &b, &[I(1), I(4), I(10), I(13), I(16), I(19), I(22), I(25), I(31), I(34), I(37), I(-20), I(-17), I(-14), I(-11), I(-8), I(-5), I(-2)], &[I(28), I(7)], &[I(0), I(1), I(4), I(70), I(10), I(13), I(77), I(14), I(16), I(19), I(84), I(21), I(22), I(25), I(56), I(31), I(34), I(35), I(37), I(42), I(-20), I(-17), I(49), I(-14), I(-11), I(-8), I(-5), I(-2), I(63)]);
}
