//! How well the duplicate check tells one person's name from another's, on a
//! labelled set of name pairs written for it (tests/data/name_pairs.tsv: both
//! scripts, spelling variants, Latin spellings, hard negatives such as siblings and
//! a father and son). Precision and recall are printed by kind of pair and reported
//! in docs/BENCHMARKS.md; the test holds them above the goal.
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::collections::BTreeMap;

use forsa_domain::likeness::{name_pairs, name_words, names_alike};

#[derive(Default)]
struct Counts {
    true_positive: u32,
    false_positive: u32,
    false_negative: u32,
    true_negative: u32,
}

impl Counts {
    fn add(&mut self, same: bool, said: bool) {
        match (same, said) {
            (true, true) => self.true_positive += 1,
            (false, true) => self.false_positive += 1,
            (true, false) => self.false_negative += 1,
            (false, false) => self.true_negative += 1,
        }
    }

    fn precision(&self) -> f64 {
        let said = self.true_positive + self.false_positive;
        if said == 0 {
            1.0
        } else {
            f64::from(self.true_positive) / f64::from(said)
        }
    }

    fn recall(&self) -> f64 {
        let same = self.true_positive + self.false_negative;
        if same == 0 {
            1.0
        } else {
            f64::from(self.true_positive) / f64::from(same)
        }
    }
}

/// Says of every pair of `data` whether the two names are alike, as a registration's
/// look-up does, and prints how well that went, by kind of pair.
fn evaluate(data: &str) -> Counts {
    let mut all = Counts::default();
    let mut by_kind: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut unreached = 0;
    for line in data.lines().skip(1).filter(|line| !line.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [a, b, same, kind] = fields[..] else {
            panic!("not four fields: {line}");
        };
        let same = same == "1";
        let (a_words, b_words) = (name_words(a), name_words(b));
        let alike = names_alike(&a_words, &b_words);
        // The look-up finds an earlier name only through a shared pair key: what
        // it cannot reach, it does not say.
        let (a_keys, b_keys) = (name_pairs(&a_words), name_pairs(&b_words));
        let reached = a_keys.iter().any(|key| b_keys.contains(key));
        if alike && !reached {
            unreached += 1;
        }
        let said = alike && reached;
        all.add(same, said);
        by_kind.entry(kind).or_default().add(same, said);
        if same != said {
            misses.push(format!(
                "{kind}\t{}\t{a}\t{b}",
                if same { "missed" } else { "confused" }
            ));
        }
    }
    // By kind: of the pairs of one person, how many were found alike; of the pairs
    // of two people, how many were told apart.
    println!("| kind | pairs of one person found | pairs of two people told apart |");
    println!("|---|---|---|");
    for (kind, counts) in &by_kind {
        let share = |part: u32, of: u32| {
            if of == 0 {
                "–".to_owned()
            } else {
                format!("{part} of {of}")
            }
        };
        println!(
            "| {kind} | {} | {} |",
            share(
                counts.true_positive,
                counts.true_positive + counts.false_negative
            ),
            share(
                counts.true_negative,
                counts.true_negative + counts.false_positive
            ),
        );
    }
    println!(
        "all                 {:>9.3}  {:>6.3}  (tp {}, fp {}, fn {}, tn {})",
        all.precision(),
        all.recall(),
        all.true_positive,
        all.false_positive,
        all.false_negative,
        all.true_negative
    );
    for miss in &misses {
        println!("{miss}");
    }
    println!("alike but sharing no look-up key (so not said): {unreached}");
    all
}

/// The set the rules were worked out on.
#[test]
fn the_labelled_name_pairs_are_told_apart() {
    let all = evaluate(include_str!("data/name_pairs.tsv"));
    assert!(all.recall() >= 0.95, "recall {:.3}", all.recall());
    assert!(all.precision() >= 0.90, "precision {:.3}", all.precision());
}

/// Each later set was written by someone who saw neither the rules nor the sets
/// before it, and held out until the rules it was written against were done; what it
/// missed then led to the next round of rules (docs/BENCHMARKS.md tells each round).
/// The floors here keep each from getting worse.
fn held_out(name: &str, data: &str, floor: f64) {
    let all = evaluate(data);
    println!(
        "{name}: precision {:.3}, recall {:.3}",
        all.precision(),
        all.recall()
    );
    assert!(all.recall() >= floor, "recall {:.3}", all.recall());
    assert!(all.precision() >= floor, "precision {:.3}", all.precision());
}

/// Written after the first round; led to the second (ظ, ذ and ث as each country
/// says them, Sudanese g, keyboard slips in long words).
#[test]
fn the_held_out_name_pairs_are_told_apart() {
    held_out(
        "held out",
        include_str!("data/name_pairs_holdout.tsv"),
        0.93,
    );
}

/// Written before the second round; led to the third (short slips where the rest of
/// the name is written alike, Bani, Allah and al-Huda compounds, a final ah, the
/// given name never the missing one).
#[test]
fn the_second_held_out_name_pairs_are_told_apart() {
    held_out(
        "held out (second)",
        include_str!("data/name_pairs_holdout2.tsv"),
        0.92,
    );
}

/// Written before the third round; led to the fourth (Somali spellings, two words
/// written as one, a final ع, each letter found on its own key).
#[test]
fn the_third_held_out_name_pairs_are_told_apart() {
    held_out(
        "held out (third)",
        include_str!("data/name_pairs_holdout3.tsv"),
        0.94,
    );
}

/// Written before the fourth round and never tuned on: the honest measure, held to
/// the goal (recall 0.95 at precision 0.9).
#[test]
fn the_fourth_held_out_name_pairs_are_told_apart() {
    let all = evaluate(include_str!("data/name_pairs_holdout4.tsv"));
    println!(
        "held out (fourth): precision {:.3}, recall {:.3}",
        all.precision(),
        all.recall()
    );
    assert!(all.recall() >= 0.95, "recall {:.3}", all.recall());
    assert!(all.precision() >= 0.90, "precision {:.3}", all.precision());
}
