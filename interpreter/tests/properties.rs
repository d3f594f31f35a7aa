//! Properties of the core stated against models on the Rust side, over generated inputs:
//! every float's repr reads back as the same float, int arithmetic agrees with a big-integer
//! model across the small/big boundary, and dicts and sets agree with ordered models under
//! any sequence of inserts and deletes. Each case runs one small program on a fresh VM.

mod common;

use std::fmt::Write;

use num_bigint::BigInt;
use num_integer::Integer;
use proptest::prelude::*;
use upy::Config;

/// Runs `source`, failing the property with the traceback if it raises.
fn run_ok(source: &str) -> String {
    let (out, err) = common::run(Config::default(), source);
    if let Some(e) = err {
        panic!("{}\n--- program ---\n{source}", e.traceback);
    }
    out
}

/// Ints from every region that matters: small, around 2**62, 2**63 and 2**64 (where a
/// small int becomes a big one), and big.
fn boundary_int() -> impl Strategy<Value = BigInt> {
    prop_oneof![
        (-1000i64..1000).prop_map(BigInt::from),
        any::<i64>().prop_map(BigInt::from),
        (
            prop_oneof![Just(62u32), Just(63), Just(64), Just(100)],
            -3i64..3,
            any::<bool>()
        )
            .prop_map(|(bits, delta, negative)| {
                let v = (BigInt::from(1) << bits) + delta;
                if negative { -v } else { v }
            }),
        any::<i128>().prop_map(BigInt::from),
    ]
}

/// Python's results for `a op b` on ints, as the model computes them (None: it raises).
fn model(op: &str, a: &BigInt, b: &BigInt) -> Option<BigInt> {
    let zero = BigInt::from(0);
    Some(match op {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        "//" if *b != zero => a.div_floor(b),
        "%" if *b != zero => a.mod_floor(b),
        "&" => a & b,
        "|" => a | b,
        "^" => a ^ b,
        _ => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn float_repr_reads_back_as_the_same_float(bits in proptest::collection::vec(any::<u64>(), 1..32)) {
        let floats: Vec<f64> = bits.iter().map(|&b| f64::from_bits(b)).filter(|f| f.is_finite()).collect();
        let mut src = String::from("for x in [");
        for f in &floats {
            // Rust's shortest round-trip form is a valid Python literal.
            write!(src, "{f:e}, ").unwrap();
        }
        src.push_str("]:\n    r = repr(x)\n    assert float(r) == x, r\n    print(r)\n");
        let out = run_ok(&src);
        let reprs: Vec<&str> = out.lines().collect();
        prop_assert_eq!(reprs.len(), floats.len());
        for (r, f) in reprs.iter().zip(&floats) {
            let back: f64 = r.parse().unwrap_or(f64::NAN);
            prop_assert_eq!(back.to_bits(), f.to_bits(), "repr {} of {:e}", r, f);
        }
    }

    #[test]
    fn int_operators_agree_with_a_big_integer_model(
        pairs in proptest::collection::vec((boundary_int(), boundary_int()), 1..12)
    ) {
        let ops = ["+", "-", "*", "//", "%", "&", "|", "^"];
        let mut src = String::new();
        let mut want = String::new();
        for (a, b) in &pairs {
            for op in ops {
                match model(op, a, b) {
                    Some(r) => {
                        writeln!(src, "print(({a}) {op} ({b}))").unwrap();
                        writeln!(want, "{r}").unwrap();
                    }
                    None => {
                        writeln!(src, "try:\n    ({a}) {op} ({b})\nexcept ZeroDivisionError:\n    print('zde')").unwrap();
                        want.push_str("zde\n");
                    }
                }
            }
            // Shifts by small counts, and comparisons, across the same boundary.
            let s = (b.magnitude().iter_u32_digits().next().unwrap_or(0) % 70) as usize;
            writeln!(src, "print(({a}) << {s}, ({a}) >> {s}, ({a}) < ({b}), ({a}) == ({b}))").unwrap();
            writeln!(want, "{} {} {} {}", a << s, a >> s,
                if a < b { "True" } else { "False" }, if a == b { "True" } else { "False" }).unwrap();
        }
        prop_assert_eq!(run_ok(&src), want);
    }

    #[test]
    fn dict_and_set_agree_with_ordered_models(
        ops in proptest::collection::vec((any::<bool>(), 0u8..24, any::<u16>()), 0..120)
    ) {
        // Keys mix small ints and strs that hash apart and collide freely in a small table.
        let key = |k: u8| if k % 3 == 0 { format!("'k{k}'") } else { format!("{}", i64::from(k) - 8) };
        let mut src = String::from("d = {}\ns = set()\n");
        let mut dict: Vec<(String, u16)> = Vec::new();
        let mut set: Vec<String> = Vec::new();
        for &(insert, k, v) in &ops {
            let k = key(k);
            if insert {
                writeln!(src, "d[{k}] = {v}\ns.add({k})").unwrap();
                match dict.iter_mut().find(|(x, _)| *x == k) {
                    Some(entry) => entry.1 = v,
                    None => dict.push((k.clone(), v)),
                }
                if !set.contains(&k) {
                    set.push(k);
                }
            } else {
                writeln!(src, "d.pop({k}, None)\ns.discard({k})").unwrap();
                dict.retain(|(x, _)| *x != k);
                set.retain(|x| *x != k);
            }
        }
        src.push_str("print(len(d), len(s))\nfor k in d:\n    print(repr(k), d[k], k in s)\n");
        src.push_str("print(sorted(repr(k) for k in s))\n");
        let mut want = format!("{} {}\n", dict.len(), set.len());
        for (k, v) in &dict {
            writeln!(want, "{k} {v} True").unwrap();
        }
        let mut sorted: Vec<String> = set.clone();
        sorted.sort();
        // A repr holding a single quote prints in double quotes.
        let quoted: Vec<String> = sorted
            .iter()
            .map(|k| if k.contains('\'') { format!("\"{k}\"") } else { format!("'{k}'") })
            .collect();
        writeln!(want, "[{}]", quoted.join(", ")).unwrap();
        prop_assert_eq!(run_ok(&src), want);
    }
}
