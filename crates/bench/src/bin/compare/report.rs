//! The printed tables.

use forsa_bench::percentile;

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
    /// Each query's language and nDCG@10.
    pub ndcg: Vec<(String, f64)>,
    /// The queries with the highest median latency, with it.
    pub slowest: Vec<(String, f64)>,
}

impl EngineFigures {
    fn mean_ndcg(&self, language: Option<&str>) -> f64 {
        let scores: Vec<f64> = self
            .ndcg
            .iter()
            .filter(|(lang, _)| language.is_none_or(|l| l == lang))
            .map(|(_, score)| *score)
            .collect();
        if scores.is_empty() {
            0.0
        } else {
            scores.iter().sum::<f64>() / scores.len() as f64
        }
    }
}

pub fn print_search(figures: &[EngineFigures]) {
    let forsa_p99 = figures.first().map_or(1.0, |f| f.latency.p99());
    println!(
        "{:<18} {:>10} {:>10} {:>14} {:>9} {:>9} {:>9}",
        "engine", "p50 µs", "p99 µs", "p99 / forsa's", "nDCG@10", "Arabic", "English"
    );
    for f in figures {
        println!(
            "{:<18} {:>10.0} {:>10.0} {:>14.1} {:>9.3} {:>9.3} {:>9.3}",
            f.name,
            f.latency.p50(),
            f.latency.p99(),
            f.latency.p99() / forsa_p99,
            f.mean_ndcg(None),
            f.mean_ndcg(Some("ar")),
            f.mean_ndcg(Some("en")),
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
