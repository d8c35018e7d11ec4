//! `Lib/random.py` against CPython 3.11.7; expected values printed by
//! running the calls shown in `python3`.

use super::*;

fn big(n: i128) -> BigInt {
    BigInt::from(n)
}

fn seeded(seed: i128) -> Random {
    Random::new(&big(seed))
}

#[test]
fn seed_zero_then_the_classic_three() {
    // python3 -c "import random; random.seed(0); print(random.random(), random.randint(1,100), random.choice('abcde'))"
    // 0.8444218515250481 98 d
    let mut r = seeded(0);
    assert_eq!(r.random(), 0.8444218515250481);
    assert_eq!(r.randint(&big(1), &big(100)), Ok(big(98)));
    assert_eq!(r.choice_index(5), Ok(3));
}

#[test]
fn shuffles() {
    // python3 -c "import random; random.seed(0); x = list(range(10)); random.shuffle(x); print(x)"
    let mut r = seeded(0);
    let mut x: Vec<u32> = (0..10).collect();
    r.shuffle(&mut x);
    assert_eq!(x, [7, 8, 1, 5, 3, 4, 2, 0, 9, 6]);
    // python3 -c "import random; random.seed(1); x = list(range(100)); random.shuffle(x); print(x)"
    let mut r = seeded(1);
    let mut x: Vec<u32> = (0..100).collect();
    r.shuffle(&mut x);
    let want = [
        53, 37, 65, 51, 4, 20, 38, 9, 10, 81, 44, 36, 84, 50, 96, 90, 66, 16, 80, 33, 24, 52, 91, 99, 64, 5, 58, 76,
        39, 79, 23, 94, 30, 73, 25, 47, 31, 45, 19, 87, 42, 68, 95, 21, 7, 67, 46, 82, 11, 6, 41, 86, 88, 70, 18, 78,
        71, 59, 43, 61, 22, 14, 35, 93, 56, 28, 98, 54, 27, 89, 1, 69, 74, 2, 85, 40, 13, 75, 29, 34, 92, 0, 77, 55,
        49, 3, 62, 12, 26, 48, 83, 60, 57, 63, 15, 32, 8, 97, 72, 17,
    ];
    assert_eq!(x, want);
}

#[test]
fn samples_take_both_branches() {
    // python3 -c "import random; random.seed(2); print(random.sample(range(10), 3), random.sample(range(10), 10),
    //   random.sample(range(100), 20), random.sample(range(1000), 5), random.sample(range(10**6), 6), random.sample(range(30), 25))"
    let mut r = seeded(2);
    let mut sample = |n: u64, k: i128| r.sample_indices(n, &big(k)).unwrap();
    assert_eq!(sample(10, 3), [0, 1, 8]);
    assert_eq!(sample(10, 10), [5, 2, 4, 8, 7, 1, 0, 6, 3, 9]);
    assert_eq!(
        sample(100, 20),
        [81, 50, 92, 65, 47, 69, 56, 64, 34, 4, 3, 46, 59, 40, 48, 54, 67, 21, 71, 22]
    );
    assert_eq!(sample(1000, 5), [241, 236, 24, 180, 332]);
    assert_eq!(sample(1_000_000, 6), [182021, 143337, 534948, 535008, 377163, 538692]);
    let want = [
        21, 17, 5, 14, 25, 13, 23, 16, 11, 18, 29, 19, 26, 27, 12, 20, 28, 7, 10, 8, 3, 15, 4, 9, 24,
    ];
    assert_eq!(sample(30, 25), want);
}

#[test]
fn randranges() {
    // python3 -c "import random; random.seed(3); print([random.randrange(10) for _ in range(5)], random.randrange(0,100,5),
    //   random.randrange(100, 0, -7), random.randrange(-10**20, 10**20), random.randrange(5, 6), random.randrange(2**70))"
    let mut r = seeded(3);
    let draws: Vec<BigInt> = (0..5).map(|_| r.randrange(&big(10), None, None).unwrap()).collect();
    assert_eq!(draws, [3, 9, 8, 2, 5].map(big));
    assert_eq!(r.randrange(&big(0), Some(&big(100)), Some(&big(5))), Ok(big(95)));
    assert_eq!(r.randrange(&big(100), Some(&big(0)), Some(&big(-7))), Ok(big(51)));
    let e20 = big(10i128.pow(20));
    assert_eq!(r.randrange(&-&e20, Some(&e20), None), Ok(big(-70838426063368932186)));
    assert_eq!(r.randrange(&big(5), Some(&big(6)), None), Ok(big(5)));
    assert_eq!(r.randrange(&big(1 << 70), None, None), Ok(big(1122253222227718197919)));
    // python3 -c "import random; random.seed(7); print(random.randint(-10**20, 10**20), random.randrange(3, 10**25, 9))"
    let mut r = seeded(7);
    assert_eq!(r.randint(&-&e20, &e20), Ok(big(-45621482131252923336)));
    let e25 = big(10i128.pow(25));
    assert_eq!(
        r.randrange(&big(3), Some(&e25), Some(&big(9))),
        Ok(big(525397552838223491522433))
    );
}

#[test]
fn choices_with_and_without_weights() {
    // python3 -c "import random; random.seed(4); print(random.choices(range(7), k=5), random.choices('abc', weights=[1, 2, 3], k=6),
    //   random.choices('abc', cum_weights=[0.5, 0.5, 3], k=6))"
    // [1, 0, 2, 1, 0] ['b', 'c', 'c', 'c', 'b', 'c'] ['c', 'c', 'a', 'c', 'c', 'c']
    let mut r = seeded(4);
    assert_eq!(r.choices_indices(7, 5), [1, 0, 2, 1, 0]);
    assert_eq!(r.choices_weighted(3, &[1.0, 3.0, 6.0], 6), Ok(vec![1, 2, 2, 2, 1, 2]));
    assert_eq!(r.choices_weighted(3, &[0.5, 0.5, 3.0], 6), Ok(vec![2, 2, 0, 2, 2, 2]));
}

#[test]
fn float_distributions() {
    // python3 -c "import random; random.seed(5); print(repr(random.uniform(1.5, 2.5)), repr(random.triangular(0, 10)),
    //   repr(random.triangular(0, 10, 2)), repr(random.triangular(3, 3, 3)), repr(random.gauss(0, 1)), repr(random.gauss(0, 1)),
    //   repr(random.gauss(5, 2)), repr(random.normalvariate(0, 1)), repr(random.expovariate(2.0)), repr(random.lognormvariate(0, 1)))"
    let mut r = seeded(5);
    assert_eq!(r.uniform(1.5, 2.5), 2.122901694889702);
    assert_eq!(r.triangular(0.0, 10.0, None), Some(6.406860629343258));
    assert_eq!(r.triangular(0.0, 10.0, Some(2.0)), Some(5.952221009646862));
    assert_eq!(r.triangular(3.0, 3.0, Some(3.0)), None);
    assert_eq!(r.gauss(0.0, 1.0), -0.1433838383004689);
    assert_eq!(r.gauss(0.0, 1.0), -2.2560772673958667);
    assert_eq!(r.gauss(5.0, 2.0), 7.201943192648717);
    assert_eq!(r.normalvariate(0.0, 1.0), -0.07042871531208747);
    assert_eq!(r.expovariate(2.0), 0.3923690877168693);
    assert_eq!(r.lognormvariate(0.0, 1.0), 1.1371598311259445);
    // python3 -c "import random; random.seed(6); print(random.randbytes(10).hex())"
    let mut r = seeded(6);
    let want = vec![0xfe, 0x55, 0x18, 0xcb, 0xe8, 0xdf, 0xe5, 0x92, 0x6b, 0xd2];
    assert_eq!(r.randbytes(10), Ok(want));
    assert_eq!(r.randbytes(usize::MAX), Err(RandomError::Memory));
}

#[test]
fn errors_have_cpython_messages() {
    // python3 -c "import random; random.randrange(0)" and so on, one call per line below.
    let mut r = seeded(0);
    fn value<T>(message: &str) -> Result<T, RandomError> {
        Err(RandomError::Value(message.to_owned()))
    }
    assert_eq!(r.randrange(&big(0), None, None), value("empty range for randrange()"));
    assert_eq!(
        r.randrange(&big(5), Some(&big(5)), None),
        value("empty range for randrange() (5, 5, 0)")
    );
    assert_eq!(
        r.randint(&big(5), &big(1)),
        value("empty range for randrange() (5, 2, -3)")
    );
    assert_eq!(
        r.randrange(&big(0), Some(&big(10)), Some(&big(0))),
        value("zero step for randrange()")
    );
    assert_eq!(
        r.randrange(&big(10), Some(&big(0)), Some(&big(2))),
        value("empty range for randrange()")
    );
    let missing = Err(RandomError::Type("Missing a non-None stop argument".to_owned()));
    assert_eq!(r.randrange(&big(5), None, Some(&big(2))), missing);
    let too_many = "Sample larger than population or is negative";
    assert_eq!(r.sample_indices(3, &big(4)), value(too_many));
    assert_eq!(r.sample_indices(3, &big(-1)), value(too_many));
    let empty = Err(RandomError::Index("Cannot choose from an empty sequence".to_owned()));
    assert_eq!(r.choice_index(0), empty);
    assert_eq!(r.getrandbits(&big(-1)), value("number of bits must be non-negative"));
    assert_eq!(r.getrandbits(&big(1 << 62)), Err(RandomError::Memory));
    assert_eq!(
        r.choices_weighted(2, &[0.0, 0.0], 1),
        value("Total of weights must be greater than zero")
    );
    assert_eq!(
        r.choices_weighted(2, &[1.0, f64::INFINITY], 1),
        value("Total of weights must be finite")
    );
    assert_eq!(
        r.choices_weighted(2, &[1.0], 1),
        value("The number of weights does not match the population")
    );
}

#[test]
fn conformance_260_seeded_values() {
    // tests/conformance/260_mod_random_seeded.py: random.seed(42), random(), then ten randint(1, 6).
    let mut r = seeded(42);
    assert_eq!(r.random(), 0.6394267984578837);
    let rolls: Vec<BigInt> = (0..10).map(|_| r.randint(&big(1), &big(6)).unwrap()).collect();
    assert_eq!(rolls, [1, 6, 3, 2, 2, 2, 6, 1, 6, 6].map(big));
    r.seed_bytes(b"hello");
    assert_eq!(r.random(), 0.3537754404730722);
}

#[test]
fn conformance_263_sample_shuffle_choices() {
    // tests/conformance/263_mod_random_sample_shuffle.py, call for call.
    let mut r = seeded(123);
    let mut menu = vec!["김밥", "라면", "떡볶이", "순대", "튀김"];
    r.shuffle(&mut menu);
    assert_eq!(menu, ["순대", "라면", "튀김", "떡볶이", "김밥"]);
    let from_range = |indices: Vec<u64>| indices.into_iter().map(|i| i + 1).collect::<Vec<_>>();
    assert_eq!(
        from_range(r.sample_indices(45, &big(6)).unwrap()),
        [18, 7, 3, 25, 35, 36]
    );
    let mut sorted = from_range(r.sample_indices(45, &big(6)).unwrap());
    sorted.sort_unstable();
    assert_eq!(sorted, [4, 9, 11, 22, 44, 45]);
    let two: Vec<&str> = r
        .sample_indices(5, &big(2))
        .unwrap()
        .into_iter()
        .map(|i| menu[i as usize])
        .collect();
    assert_eq!(two, ["김밥", "튀김"]);
    let letters: String = r
        .sample_indices(6, &big(3))
        .unwrap()
        .into_iter()
        .map(|i| b"abcdef"[i as usize] as char)
        .collect();
    assert_eq!(letters, "fbe");
    assert_eq!(r.choices_indices(3, 5), [0, 1, 0, 1, 0]);
    assert_eq!(r.choices_weighted(2, &[9.0, 10.0], 6), Ok(vec![0, 0, 1, 0, 0, 0]));
    let team: Vec<&str> = r
        .sample_indices(5, &big(5))
        .unwrap()
        .into_iter()
        .map(|i| menu[i as usize])
        .collect();
    assert_eq!(team, ["순대", "튀김", "라면", "떡볶이", "김밥"]);
    // The script prints round(x, 12) of these two.
    assert!((r.gauss(0.0, 1.0) - -0.268548052627).abs() < 1e-12);
    assert!((r.triangular(0.0, 10.0, None).unwrap() - 3.905746586951).abs() < 1e-11);
}
