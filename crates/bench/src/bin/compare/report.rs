//! The printed tables.

use forsa_bench::{CATEGORIES, JudgedSet, percentile};

use crate::{CONTENDERS, Judged, NDCG_DEPTH, forsa::Forsa};

/// Sorted call durations in microseconds.
pub struct Latencies(Vec<f64>);

impl Latencies {
    pub fn of(mut micros: Vec<f64>) -> Self {
        micros.sort_unstable_by(f64::total_cmp);
        Self(micros)
    }

    pub fn p50(&self) -> f64 {
        percentile(&self.0, 50.0)
    }

    pub fn p99(&self) -> f64 {
        percentile(&self.0, 99.0)
    }

    pub fn count(&self) -> usize {
        self.0.len()
    }
}

pub struct EngineFigures {
    pub name: &'static str,
    pub latency: Latencies,
    /// nDCG@10 of each query, in the order of the queries.
    pub ndcg: Vec<f64>,
    /// The queries with the highest median latency, with it.
    pub slowest: Vec<(String, f64)>,
}

fn mean(scores: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = scores.fold((0.0, 0), |(sum, n), s| (sum + s, n + 1));
    if count == 0 {
        0.0
    } else {
        sum / f64::from(count)
    }
}

pub fn print_search(figures: &[EngineFigures]) {
    let forsa_p99 = figures.first().map_or(1.0, |f| f.latency.p99());
    println!(
        "{:<18} {:>10} {:>10} {:>14} {:>9}",
        "engine", "p50 µs", "p99 µs", "p99 / forsa's", "nDCG@10"
    );
    for f in figures {
        println!(
            "{:<18} {:>10.0} {:>10.0} {:>14.1} {:>9.3}",
            f.name,
            f.latency.p50(),
            f.latency.p99(),
            f.latency.p99() / forsa_p99,
            mean(f.ndcg.iter().copied()),
        );
    }
    println!("slowest queries by median µs:");
    for f in figures {
        let named: Vec<String> = f
            .slowest
            .iter()
            .map(|(text, micros)| format!("{text} {micros:.0}"))
            .collect();
        println!("  {:<18} {}", f.name, named.join(" | "));
    }
}

/// Mean nDCG@10 of each engine (`scores`, one list per contender, in the order of
/// the queries) over the whole set, each language and each category.
pub fn print_relevance(title: &str, queries: &[Judged], scores: &[Vec<f64>]) {
    // Each column: its heading, and which queries it averages.
    let column = |name: &str, belongs: &dyn Fn(&Judged) -> bool| {
        let members: Vec<bool> = queries.iter().map(belongs).collect();
        let count = members.iter().filter(|&&m| m).count();
        (format!("{name} {count}"), members)
    };
    let mut columns = vec![column("all", &|_| true)];
    for language in ["ar", "en"] {
        columns.push(column(language, &|q| q.language == language));
    }
    for category in CATEGORIES.into_iter().chain(["plain"]) {
        let short: String = category.chars().take(6).collect();
        let (name, members) = column(&short, &|q| q.category == category);
        if members.contains(&true) {
            columns.push((name, members));
        }
    }
    println!("nDCG@10, {title} (queries in each column):");
    print!("{:<18}", "engine");
    for (name, _) in &columns {
        print!(" {name:>9}");
    }
    println!();
    for (who, scores) in CONTENDERS.into_iter().zip(scores) {
        print!("{:<18}", who.name());
        for (_, members) in &columns {
            let of_column = scores
                .iter()
                .zip(members)
                .filter(|(_, m)| **m)
                .map(|(s, _)| *s);
            print!(" {:>9.3}", mean(of_column));
        }
        println!();
    }
}

/// The nDCG@10 below which `print_misses` names a query.
const MISSES_BELOW: f64 = 0.9;

/// Each query forsa ranks below `MISSES_BELOW`, worst first: what it found in its
/// first ten (with their grades) and the fully relevant vacancies it left out.
pub fn print_misses(forsa: &Forsa, set: &JudgedSet, queries: &[Judged]) -> anyhow::Result<()> {
    let label = |at: usize| {
        let vacancy = &set.corpus.vacancies[at];
        let details = &vacancy.details;
        let title = details.title_ar.as_ref().or(details.title_en.as_ref());
        format!(
            "V{:03} {}",
            vacancy.id.as_uuid().as_u128(),
            title.map_or("", String::as_str)
        )
    };
    let mut misses = Vec::new();
    for query in queries {
        let answer = forsa.search(&query.text)?;
        let ndcg = query.ndcg(&answer);
        if ndcg < MISSES_BELOW {
            misses.push((ndcg, query, answer.found));
        }
    }
    misses.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!("forsa's misses on the development set ({}):", misses.len());
    for (ndcg, query, found) in misses {
        println!(
            "{ndcg:.3} {} [{}] {}",
            query.category, query.language, query.text
        );
        for &at in found.iter().take(NDCG_DEPTH) {
            println!("    {} {}", query.grade(at), label(at));
        }
        let shown: Vec<usize> = found.iter().take(NDCG_DEPTH).copied().collect();
        for (&at, _) in query
            .grades
            .iter()
            .filter(|&(at, &g)| g == 2 && !shown.contains(at))
        {
            println!("    missed {}", label(at));
        }
    }
    Ok(())
}

pub struct Matching {
    pub seeker_to_vacancies: Latencies,
    pub vacancy_to_seekers: Latencies,
    pub seekers_indexed: usize,
}

pub fn print_matching(m: &Matching) {
    println!("forsa matching, top 20 eligible:");
    println!(
        "{:<44} {:>8} {:>10} {:>10}",
        "direction", "calls", "p50 µs", "p99 µs"
    );
    for (name, latency) in [
        ("seeker -> vacancies", &m.seeker_to_vacancies),
        (
            &*format!("vacancy -> seekers (one centre of {})", m.seekers_indexed),
            &m.vacancy_to_seekers,
        ),
    ] {
        println!(
            "{:<44} {:>8} {:>10.0} {:>10.0}",
            name,
            latency.count(),
            latency.p50(),
            latency.p99()
        );
    }
}
