//! Iteration order of [`SetTable`] against CPython 3.11.7. Each scenario
//! was run on a real `set` under `PYTHONHASHSEED=0` (`s = set()` then
//! `s.add`, `s.discard`, `s.pop`, `s.clear`, `s = set(s)`), and the
//! expected keys are `list(s)` and the popped values, as printed. The
//! literal scenarios are `list(eval(source))` of the literal shown, with
//! the words read from a file so that the generator had not interned them.

use num_bigint::BigInt;

use super::SetTable;
use crate::algo::hash::{hash_i64, hash_int, hash_str};

/// A test key: an int that fits in `i64`, a bigger int, or a string.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Key {
    I(i64),
    B(&'static str),
    S(&'static str),
}
pub(crate) use Key::{B, I, S};

impl Key {
    pub(crate) fn hash(&self) -> i64 {
        match self {
            I(n) => hash_i64(*n),
            B(digits) => hash_int(&digits.parse::<BigInt>().unwrap()),
            S(s) => hash_str(s),
        }
    }
}

/// Equality that cannot fail, in the closure shape the table wants.
pub(crate) fn eq(stored: &Key, sought: &Key) -> Result<bool, ()> {
    Ok(stored == sought)
}

/// A set built by adding `keys` in order.
pub(crate) fn build(keys: &[Key]) -> SetTable<Key> {
    let mut set = SetTable::new();
    for key in keys {
        set.insert(key.hash(), key.clone(), |stored| eq(stored, key)).unwrap();
    }
    set
}

pub(crate) fn listed(set: &SetTable<Key>) -> Vec<Key> {
    set.iter().cloned().collect()
}

enum Op {
    Add(Key),
    Discard(Key),
    Pop,
    Clear,
    Copy,
}
use Op::{Add, Clear, Copy, Discard, Pop};

fn run(ops: &[Op], want: &[Key], want_popped: &[Key]) {
    let mut set = SetTable::new();
    let mut popped = Vec::new();
    for op in ops {
        match op {
            Add(key) => {
                set.insert(key.hash(), key.clone(), |stored| eq(stored, key)).unwrap();
            }
            Discard(key) => {
                set.remove(key.hash(), |stored| eq(stored, key)).unwrap();
            }
            Pop => popped.extend(set.pop()),
            Clear => set.clear(),
            Copy => set = set.copy(),
        }
    }
    assert_eq!(listed(&set), want);
    assert_eq!(popped, want_popped);
    assert_eq!(set.len(), want.len());
}

/// A set literal of three or more constants: see [`SetTable::rebuilt`].
/// The folded frozenset is built in source order and rebuilt once, then
/// merged into a new set.
fn literal(elements: &[Key], want: &[Key]) {
    let constant = build(elements).rebuilt();
    let mut set = SetTable::new();
    set.merge(&constant, eq).unwrap();
    assert_eq!(listed(&set), want);
}

/// The same when one of the strings was already interned, which makes
/// CPython rebuild the constant a second time.
fn literal_reinterned(elements: &[Key], want: &[Key]) {
    let constant = build(elements).rebuilt().rebuilt();
    let mut set = SetTable::new();
    set.merge(&constant, eq).unwrap();
    assert_eq!(listed(&set), want);
}

#[test]
fn lookups_find_present_keys_only() {
    let set = build(&[S("a"), I(1), B("18446744073709551616")]);
    let has = |key: &Key| set.contains(key.hash(), |stored| eq(stored, key)).unwrap();
    assert!(has(&S("a")) && has(&I(1)) && has(&B("18446744073709551616")));
    assert!(!has(&S("b")) && !has(&I(8)));
    assert_eq!(set.get(I(1).hash(), |stored| eq(stored, &I(1))).unwrap(), Some(&I(1)));
}

#[test]
fn a_failing_comparison_leaves_the_set_unchanged() {
    let mut set = build(&[I(1)]);
    // Another key with the hash of 1 makes the table compare, and fail.
    let result = set.insert(I(1).hash(), I(2), |_| Err("boom"));
    assert_eq!(result, Err("boom"));
    assert_eq!(listed(&set), [I(1)]);
}

#[test]
fn next_entry_walks_slot_positions() {
    let set = build(&[I(3), I(1)]);
    let (pos, hash, key) = set.next_entry(0).unwrap();
    assert_eq!((hash, key), (1, &I(1)));
    let (pos, _, key) = set.next_entry(pos).unwrap();
    assert_eq!(key, &I(3));
    assert!(set.next_entry(pos).is_none());
    assert!(set.next_entry(100).is_none());
}

#[test]
fn pop_on_empty_and_clear_to_minimum() {
    let mut set: SetTable<Key> = build(&[]);
    assert_eq!(set.pop(), None);
    let mut big = build(&(0..100).map(I).collect::<Vec<_>>());
    // python3 -c "import sys; print(sys.getsizeof(set(range(100))))" prints 8408: 216 + 512 slots of 16 bytes.
    assert_eq!(big.slot_count(), 512);
    big.clear();
    assert_eq!((big.len(), big.slot_count()), (0, 8));
    set.swap_bodies(&mut big);
    assert!(set.is_empty());
}

#[test]
fn small_ints_collide_without_linear_probing() {
    let ops = [Add(I(0)), Add(I(8)), Add(I(16)), Add(I(32)), Add(I(-1)), Add(I(-2)), Add(I(24)), Add(I(7)), Add(I(15))];
    run(&ops, &[I(0), I(32), I(7), I(8), I(15), I(16), I(-2), I(24), I(-1)], &[]);
}

#[test]
fn last_dummy_on_the_probe_path_is_reused() {
    let ops = [Add(I(0)), Add(I(8)), Add(I(16)), Add(I(32)), Discard(I(8)), Discard(I(16)), Add(I(24)), Add(I(40))];
    run(&ops, &[I(0), I(32), I(40), I(24)], &[]);
}

#[test]
fn strings_grow_through_two_resizes() {
    let ops = [Add(S("apple")), Add(S("banana")), Add(S("cherry")), Add(S("dates")), Add(S("elder")), Add(S("fig")), Add(S("grape")), Add(S("kiwi")), Add(S("lemon")), Add(S("mango")), Add(S("nut")), Add(S("olive")), Add(S("peach")), Add(S("quince")), Add(S("rasp")), Add(S("straw")), Add(S("tomato")), Add(S("ugli")), Add(S("vanilla")), Add(S("water")), Add(S("xigua")), Add(S("yam")), Add(S("zucchini")), Add(S("\u{ac00}")), Add(S("\u{b098}\u{b2e4}")), Add(S("\u{b77c}\u{b9c8}\u{bc14}")), Add(S("\u{c0ac}")), Add(S("\u{e9}")), Add(S("\u{fc}")), Add(S("\u{1f600}x"))];
    run(&ops, &[S("banana"), S("zucchini"), S("mango"), S("peach"), S("kiwi"), S("\u{c0ac}"), S("straw"), S("xigua"), S("vanilla"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("lemon"), S("\u{b098}\u{b2e4}"), S("water"), S("apple"), S("fig"), S("cherry"), S("nut"), S("yam"), S("rasp"), S("elder"), S("tomato"), S("\u{ac00}"), S("quince"), S("\u{1f600}x"), S("\u{e9}"), S("olive"), S("ugli"), S("\u{fc}"), S("grape"), S("dates")], &[]);
}

#[test]
fn deletes_then_adds_reuse_dummies() {
    let ops = [Add(S("apple")), Add(S("banana")), Add(S("cherry")), Add(S("dates")), Add(S("elder")), Add(S("fig")), Add(S("grape")), Add(S("kiwi")), Add(S("lemon")), Add(S("mango")), Add(S("nut")), Add(S("olive")), Add(S("peach")), Add(S("quince")), Add(S("rasp")), Add(S("straw")), Add(S("tomato")), Add(S("ugli")), Add(S("vanilla")), Add(S("water")), Discard(S("dates")), Discard(S("elder")), Discard(S("fig")), Discard(S("grape")), Discard(S("kiwi")), Discard(S("lemon")), Discard(S("mango")), Discard(S("nut")), Discard(S("olive")), Add(S("xigua")), Add(S("yam")), Add(S("zucchini")), Add(S("\u{ac00}")), Add(S("\u{b098}\u{b2e4}")), Add(S("\u{b77c}\u{b9c8}\u{bc14}")), Add(S("\u{c0ac}")), Add(S("\u{e9}")), Add(S("\u{fc}")), Add(S("\u{1f600}x")), Add(S("fig")), Add(S("grape")), Add(S("kiwi"))];
    run(&ops, &[S("banana"), S("zucchini"), S("peach"), S("kiwi"), S("\u{c0ac}"), S("straw"), S("xigua"), S("vanilla"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{b098}\u{b2e4}"), S("water"), S("apple"), S("fig"), S("cherry"), S("yam"), S("rasp"), S("tomato"), S("\u{ac00}"), S("quince"), S("\u{1f600}x"), S("\u{e9}"), S("ugli"), S("\u{fc}"), S("grape")], &[]);
}

#[test]
fn range_with_negatives_and_big_ints() {
    let ops = [Add(I(-10)), Add(I(-9)), Add(I(-8)), Add(I(-7)), Add(I(-6)), Add(I(-5)), Add(I(-4)), Add(I(-3)), Add(I(-2)), Add(I(-1)), Add(I(0)), Add(I(1)), Add(I(2)), Add(I(3)), Add(I(4)), Add(I(5)), Add(I(6)), Add(I(7)), Add(I(8)), Add(I(9)), Add(I(10)), Add(I(11)), Add(I(12)), Add(I(13)), Add(I(14)), Add(I(15)), Add(I(16)), Add(I(17)), Add(I(18)), Add(I(19)), Add(I(20)), Add(I(21)), Add(I(22)), Add(I(23)), Add(I(24)), Add(I(25)), Add(I(26)), Add(I(27)), Add(I(28)), Add(I(29)), Add(I(2305843009213693951)), Add(I(2305843009213693952)), Add(B("18446744073709551616")), Add(B("-18446744073709551616")), Add(B("1267650600228229401496703205376")), Add(B("100000000000000000000")), Add(I(-1)), Add(I(-2))];
    run(&ops, &[I(0), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), I(10), I(11), I(12), I(13), I(14), I(15), I(16), I(17), I(18), I(19), I(20), I(21), I(22), I(23), I(24), I(25), I(26), I(27), I(28), I(29), I(2305843009213693951), I(2305843009213693952), B("1267650600228229401496703205376"), B("18446744073709551616"), B("100000000000000000000"), B("-18446744073709551616"), I(-10), I(-9), I(-8), I(-7), I(-6), I(-5), I(-4), I(-3), I(-2), I(-1)], &[]);
}

#[test]
fn pop_follows_the_finger() {
    let ops = [Add(S("apple")), Add(S("banana")), Add(S("cherry")), Add(S("dates")), Add(S("elder")), Add(S("fig")), Add(S("grape")), Add(S("kiwi")), Add(S("lemon")), Add(S("mango")), Add(S("nut")), Add(S("olive")), Pop, Pop, Pop, Pop, Add(S("zz")), Add(S("apple")), Pop, Pop, Pop, Clear, Add(S("a")), Add(S("b")), Pop];
    run(&ops, &[S("a")], &[S("banana"), S("apple"), S("cherry"), S("fig"), S("nut"), S("olive"), S("elder"), S("b")]);
}

#[test]
fn three_hundred_ints() {
    let ops = [Add(I(54294)), Add(I(68370)), Add(I(97395)), Add(I(56033)), Add(I(54222)), Add(I(61563)), Add(I(71989)), Add(I(19890)), Add(I(19203)), Add(I(62096)), Add(I(57359)), Add(I(77559)), Add(I(75472)), Add(I(98937)), Add(I(19402)), Add(I(7336)), Add(I(53535)), Add(I(34767)), Add(I(13585)), Add(I(6884)), Add(I(65607)), Add(I(85890)), Add(I(78158)), Add(I(489)), Add(I(73045)), Add(I(46925)), Add(I(54374)), Add(I(80710)), Add(I(91851)), Add(I(75683)), Add(I(80206)), Add(I(15643)), Add(I(76674)), Add(I(-3034)), Add(I(64255)), Add(I(3279)), Add(I(2805)), Add(I(-327)), Add(I(19930)), Add(I(26711)), Add(I(73593)), Add(I(-1058)), Add(I(96988)), Add(I(55808)), Add(I(37767)), Add(I(52741)), Add(I(72458)), Add(I(20601)), Add(I(63042)), Add(I(25624)), Add(I(78924)), Add(I(33555)), Add(I(60506)), Add(I(-4398)), Add(I(81828)), Add(I(6139)), Add(I(54943)), Add(I(80826)), Add(I(31459)), Add(I(48317)), Add(I(67255)), Add(I(5905)), Add(I(87774)), Add(I(28291)), Add(I(36324)), Add(I(94351)), Add(I(25102)), Add(I(62224)), Add(I(32885)), Add(I(-1101)), Add(I(4204)), Add(I(68812)), Add(I(95438)), Add(I(9146)), Add(I(47481)), Add(I(9129)), Add(I(33129)), Add(I(45661)), Add(I(3759)), Add(I(-2787)), Add(I(84770)), Add(I(-4929)), Add(I(22984)), Add(I(22488)), Add(I(1858)), Add(I(56602)), Add(I(44212)), Add(I(87916)), Add(I(47091)), Add(I(50022)), Add(I(4573)), Add(I(69218)), Add(I(77503)), Add(I(21016)), Add(I(97040)), Add(I(83461)), Add(I(30360)), Add(I(39157)), Add(I(6422)), Add(I(35790)), Add(I(38592)), Add(I(-3015)), Add(I(48746)), Add(I(94357)), Add(I(10465)), Add(I(12641)), Add(I(27294)), Add(I(87670)), Add(I(8244)), Add(I(-3565)), Add(I(2850)), Add(I(55940)), Add(I(99467)), Add(I(58808)), Add(I(18288)), Add(I(84401)), Add(I(68307)), Add(I(19692)), Add(I(53644)), Add(I(61698)), Add(I(19993)), Add(I(90930)), Add(I(95862)), Add(I(12166)), Add(I(49949)), Add(I(79373)), Add(I(45299)), Add(I(10270)), Add(I(46754)), Add(I(50149)), Add(I(22900)), Add(I(-4939)), Add(I(30362)), Add(I(72691)), Add(I(34864)), Add(I(-2427)), Add(I(22618)), Add(I(19550)), Add(I(46678)), Add(I(73907)), Add(I(79126)), Add(I(70623)), Add(I(8150)), Add(I(519)), Add(I(14183)), Add(I(22950)), Add(I(52873)), Add(I(28852)), Add(I(-3745)), Add(I(96277)), Add(I(74997)), Add(I(38116)), Add(I(33839)), Add(I(45616)), Add(I(4620)), Add(I(4736)), Add(I(6811)), Add(I(22359)), Add(I(71380)), Add(I(78438)), Add(I(26852)), Add(I(-2968)), Add(I(73811)), Add(I(43322)), Add(I(43719)), Add(I(76546)), Add(I(54402)), Add(I(11675)), Add(I(71974)), Add(I(58402)), Add(I(70310)), Add(I(12791)), Add(I(45606)), Add(I(18963)), Add(I(77214)), Add(I(15202)), Add(I(35738)), Add(I(24934)), Add(I(75012)), Add(I(27702)), Add(I(90078)), Add(I(19877)), Add(I(15771)), Add(I(91917)), Add(I(77441)), Add(I(67604)), Add(I(20767)), Add(I(85043)), Add(I(45883)), Add(I(58244)), Add(I(74106)), Add(I(5288)), Add(I(50241)), Add(I(1213)), Add(I(8610)), Add(I(9293)), Add(I(72)), Add(I(62155)), Add(I(28446)), Add(I(26248)), Add(I(91970)), Add(I(87350)), Add(I(46329)), Add(I(28683)), Add(I(50157)), Add(I(73180)), Add(I(59356)), Add(I(33461)), Add(I(63167)), Add(I(17994)), Add(I(89418)), Add(I(4014)), Add(I(11567)), Add(I(24936)), Add(I(57822)), Add(I(68317)), Add(I(80656)), Add(I(75723)), Add(I(75517)), Add(I(4717)), Add(I(31728)), Add(I(22839)), Add(I(21735)), Add(I(93170)), Add(I(-2828)), Add(I(4064)), Add(I(30283)), Add(I(48926)), Add(I(53419)), Add(I(27645)), Add(I(2924)), Add(I(1107)), Add(I(18101)), Add(I(31957)), Add(I(43337)), Add(I(64599)), Add(I(69995)), Add(I(12246)), Add(I(7083)), Add(I(42467)), Add(I(13141)), Add(I(54027)), Add(I(38380)), Add(I(81105)), Add(I(91063)), Add(I(85599)), Add(I(63411)), Add(I(71603)), Add(I(13395)), Add(I(72316)), Add(I(-402)), Add(I(-2655)), Add(I(57232)), Add(I(41854)), Add(I(86877)), Add(I(35868)), Add(I(-604)), Add(I(-2214)), Add(I(73429)), Add(I(78385)), Add(I(4808)), Add(I(58207)), Add(I(3817)), Add(I(90747)), Add(I(35771)), Add(I(36799)), Add(I(12905)), Add(I(4493)), Add(I(4864)), Add(I(54387)), Add(I(66577)), Add(I(43205)), Add(I(91600)), Add(I(828)), Add(I(91611)), Add(I(91619)), Add(I(87234)), Add(I(11979)), Add(I(98975)), Add(I(39776)), Add(I(41115)), Add(I(6131)), Add(I(84803)), Add(I(57033)), Add(I(5180)), Add(I(49677)), Add(I(98616)), Add(I(-1033)), Add(I(60526)), Add(I(70079)), Add(I(-3096)), Add(I(76914)), Add(I(81804)), Add(I(45113)), Add(I(44699)), Add(I(71372)), Add(I(-3369)), Add(I(74805)), Add(I(4469)), Add(I(5512)), Discard(I(54294)), Discard(I(68370)), Discard(I(97395)), Discard(I(56033)), Discard(I(54222)), Discard(I(61563)), Discard(I(71989)), Discard(I(19890)), Discard(I(19203)), Discard(I(62096)), Discard(I(57359)), Discard(I(77559)), Discard(I(75472)), Discard(I(98937)), Discard(I(19402)), Discard(I(7336)), Discard(I(53535)), Discard(I(34767)), Discard(I(13585)), Discard(I(6884)), Discard(I(65607)), Discard(I(85890)), Discard(I(78158)), Discard(I(489)), Discard(I(73045)), Discard(I(46925)), Discard(I(54374)), Discard(I(80710)), Discard(I(91851)), Discard(I(75683)), Discard(I(80206)), Discard(I(15643)), Discard(I(76674)), Discard(I(-3034)), Discard(I(64255)), Discard(I(3279)), Discard(I(2805)), Discard(I(-327)), Discard(I(19930)), Discard(I(26711)), Discard(I(73593)), Discard(I(-1058)), Discard(I(96988)), Discard(I(55808)), Discard(I(37767)), Discard(I(52741)), Discard(I(72458)), Discard(I(20601)), Discard(I(63042)), Discard(I(25624)), Discard(I(78924)), Discard(I(33555)), Discard(I(60506)), Discard(I(-4398)), Discard(I(81828)), Discard(I(6139)), Discard(I(54943)), Discard(I(80826)), Discard(I(31459)), Discard(I(48317)), Discard(I(67255)), Discard(I(5905)), Discard(I(87774)), Discard(I(28291)), Discard(I(36324)), Discard(I(94351)), Discard(I(25102)), Discard(I(62224)), Discard(I(32885)), Discard(I(-1101)), Discard(I(4204)), Discard(I(68812)), Discard(I(95438)), Discard(I(9146)), Discard(I(47481)), Discard(I(9129)), Discard(I(33129)), Discard(I(45661)), Discard(I(3759)), Discard(I(-2787)), Discard(I(84770)), Discard(I(-4929)), Discard(I(22984)), Discard(I(22488)), Discard(I(1858)), Discard(I(56602)), Discard(I(44212)), Discard(I(87916)), Discard(I(47091)), Discard(I(50022)), Discard(I(4573)), Discard(I(69218)), Discard(I(77503)), Discard(I(21016)), Discard(I(97040)), Discard(I(83461)), Discard(I(30360)), Discard(I(39157)), Discard(I(6422)), Discard(I(35790)), Add(I(0)), Add(I(1)), Add(I(2)), Add(I(3)), Add(I(4)), Add(I(5)), Add(I(6))];
    run(&ops, &[I(0), I(1), I(2), I(3), I(4), I(5), I(519), I(6), I(28683), I(4620), I(79373), I(49677), I(66577), I(-3565), I(18963), I(96277), I(67604), I(19993), I(35868), I(10270), I(58402), I(45606), I(33839), I(34864), I(45616), I(78385), I(85043), I(8244), I(74805), I(27702), I(-3015), I(45113), I(5180), I(50241), I(72), I(17994), I(30283), I(9293), I(73811), I(1107), I(13395), I(46678), I(64599), I(22618), I(19550), I(85599), I(78438), I(-2968), I(12905), I(48746), I(4717), I(-402), I(60526), I(76914), I(54387), I(87670), I(95862), I(72316), I(90747), I(4736), I(77441), I(54402), I(55940), I(-2427), I(26248), I(52873), I(99467), I(94357), I(30362), I(6811), I(41115), I(44699), I(27294), I(98975), I(46754), I(70310), I(5288), I(53419), I(73907), I(-4939), I(28852), I(33461), I(18101), I(71372), I(1213), I(38592), I(63167), I(87234), I(43205), I(43719), I(4808), I(57033), I(62155), I(81105), I(68307), I(71380), I(31957), I(73429), I(-3369), I(68317), I(10465), I(38116), I(26852), I(21735), I(3817), I(19692), I(45299), I(-2828), I(74997), I(46329), I(75517), I(4864), I(61698), I(76546), I(75012), I(54027), I(91917), I(79126), I(80656), I(49949), I(20767), I(28446), I(2850), I(48926), I(71974), I(11567), I(90930), I(87350), I(22839), I(98616), I(43322), I(45883), I(828), I(91970), I(84803), I(43337), I(89418), I(13141), I(22359), I(-2214), I(86877), I(-3745), I(58207), I(12641), I(15202), I(39776), I(14183), I(24934), I(24936), I(69995), I(2924), I(11979), I(18288), I(22900), I(4469), I(74106), I(41854), I(58244), I(12166), I(5512), I(53644), I(4493), I(81804), I(57232), I(35738), I(11675), I(15771), I(77214), I(-2655), I(8610), I(19877), I(22950), I(-604), I(7083), I(4014), I(84401), I(63411), I(71603), I(-1033), I(91063), I(58808), I(35771), I(36799), I(70079), I(75723), I(91600), I(8150), I(12246), I(91611), I(73180), I(70623), I(90078), I(59356), I(57822), I(4064), I(50149), I(42467), I(91619), I(-3096), I(38380), I(50157), I(31728), I(93170), I(72691), I(6131), I(12791), I(27645)], &[]);
}

#[test]
fn copy_drops_dummies_and_may_shrink() {
    let ops = [Add(S("apple")), Add(S("banana")), Add(S("cherry")), Add(S("dates")), Add(S("elder")), Add(S("fig")), Add(S("grape")), Add(S("kiwi")), Add(S("lemon")), Add(S("mango")), Add(S("nut")), Add(S("olive")), Add(S("peach")), Add(S("quince")), Add(S("rasp")), Add(S("straw")), Add(S("tomato")), Add(S("ugli")), Add(S("vanilla")), Add(S("water")), Add(S("xigua")), Add(S("yam")), Add(S("zucchini")), Add(S("\u{ac00}")), Add(S("\u{b098}\u{b2e4}")), Add(S("\u{b77c}\u{b9c8}\u{bc14}")), Add(S("\u{c0ac}")), Add(S("\u{e9}")), Add(S("\u{fc}")), Add(S("\u{1f600}x")), Discard(S("apple")), Discard(S("banana")), Discard(S("cherry")), Discard(S("dates")), Discard(S("elder")), Discard(S("fig")), Discard(S("grape")), Discard(S("kiwi")), Discard(S("lemon")), Discard(S("mango")), Discard(S("nut")), Discard(S("olive")), Discard(S("peach")), Discard(S("quince")), Discard(S("rasp")), Discard(S("straw")), Discard(S("tomato")), Discard(S("ugli")), Discard(S("vanilla")), Discard(S("water")), Discard(S("xigua")), Discard(S("yam")), Discard(S("zucchini")), Discard(S("\u{ac00}")), Discard(S("\u{b098}\u{b2e4}")), Copy];
    run(&ops, &[S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{e9}"), S("\u{1f600}x"), S("\u{fc}"), S("\u{c0ac}")], &[]);
}

#[test]
fn copy_of_a_small_set_goes_to_a_larger_table() {
    let ops = [Add(S("apple")), Add(S("banana")), Add(S("cherry")), Add(S("dates")), Add(S("elder")), Copy];
    run(&ops, &[S("banana"), S("apple"), S("cherry"), S("elder"), S("dates")], &[]);
}

#[test]
fn literal_of_ten_letters() {
    // list({'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'})
    literal(&[S("b"), S("a"), S("c"), S("d"), S("e"), S("f"), S("g"), S("h"), S("i"), S("j")], &[S("d"), S("f"), S("g"), S("h"), S("b"), S("i"), S("c"), S("a"), S("j"), S("e")]);
}

#[test]
fn literal_of_five_words() {
    // list({'apple', 'banana', 'cherry', 'dates', 'elder'})
    literal(&[S("apple"), S("banana"), S("cherry"), S("dates"), S("elder")], &[S("banana"), S("apple"), S("cherry"), S("elder"), S("dates")]);
}

#[test]
fn literal_of_three_ints() {
    // list({3, 1, 2})
    literal(&[I(3), I(1), I(2)], &[I(1), I(2), I(3)]);
}

#[test]
fn literal_of_twenty_words() {
    // list({'nut', 'olive', 'peach', 'quince', 'rasp', 'straw', 'tomato', 'ugli', 'vanilla', 'water', 'xigua', 'yam', 'zucchini', '가', '나다', '라마바', '사', 'é', 'ü', '😀x'})
    literal(&[S("nut"), S("olive"), S("peach"), S("quince"), S("rasp"), S("straw"), S("tomato"), S("ugli"), S("vanilla"), S("water"), S("xigua"), S("yam"), S("zucchini"), S("\u{ac00}"), S("\u{b098}\u{b2e4}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{c0ac}"), S("\u{e9}"), S("\u{fc}"), S("\u{1f600}x")], &[S("nut"), S("yam"), S("zucchini"), S("rasp"), S("peach"), S("tomato"), S("\u{1f600}x"), S("\u{ac00}"), S("quince"), S("\u{c0ac}"), S("straw"), S("\u{e9}"), S("xigua"), S("olive"), S("vanilla"), S("ugli"), S("\u{fc}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("\u{b098}\u{b2e4}"), S("water")]);
}

#[test]
fn literal_with_strings_cpython_had_interned() {
    // list({'나다', 'olive', '😀x', 'ü', 'nut', 'water', '라마바', 'lemon', 'cherry', 'name', 'data', '가', 'key', 'yam', 'fig', 'é', 'banana', 'mango', 'value', 'quince', 'peach', 'grape', 'vanilla'})
    literal_reinterned(&[S("\u{b098}\u{b2e4}"), S("olive"), S("\u{1f600}x"), S("\u{fc}"), S("nut"), S("water"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("lemon"), S("cherry"), S("name"), S("data"), S("\u{ac00}"), S("key"), S("yam"), S("fig"), S("\u{e9}"), S("banana"), S("mango"), S("value"), S("quince"), S("peach"), S("grape"), S("vanilla")], &[S("key"), S("banana"), S("nut"), S("\u{b098}\u{b2e4}"), S("fig"), S("cherry"), S("yam"), S("value"), S("mango"), S("data"), S("peach"), S("\u{ac00}"), S("\u{1f600}x"), S("quince"), S("\u{e9}"), S("olive"), S("name"), S("vanilla"), S("\u{fc}"), S("\u{b77c}\u{b9c8}\u{bc14}"), S("grape"), S("lemon"), S("water")]);
}
