//! Which jobs each demo employer posts: a bakery posts bakers and packers, not
//! welders, though both are manufacturing.

use forsa_corpus::data::{EmployerSeed, JobSeed};

/// Words in an employer's English name, and words in the English titles of the jobs
/// such an employer posts. The first row whose word is in the name decides; an
/// employer no row names (a general contractor, a farming company) posts any job of
/// its sector.
const TRADES: &[(&[&str], &[&str])] = &[
    (
        &["Fruit and Vegetables", "Supermarket", "Market", "Store"],
        &["Shop sales", "Cashier", "Shelf", "Loader"],
    ),
    (&["Warehouses"], &["Loader", "truck driver"]),
    (&["Auto"], &["Car mechanic"]),
    (
        &["Garment", "Textile"],
        &[
            "Sewing",
            "Overlock",
            "Embroiderer",
            "Hand packer",
            "Factory production",
        ],
    ),
    (&["Bakery", "Ovens"], &["Baker", "Pastry", "Hand packer"]),
    (
        &["Dairy Factory"],
        &["Dairy products", "Food processing", "Hand packer"],
    ),
    (
        &["Food"],
        &[
            "Food processing",
            "Baker",
            "Hand packer",
            "Factory production",
        ],
    ),
    (
        &["Furniture"],
        &["Furniture carpenter", "Factory production"],
    ),
    (&["Steel"], &["Metal fabrication", "Factory production"]),
    (
        &["Plastics", "Packaging", "Block"],
        &["Factory production", "Hand packer"],
    ),
    (&["Sheep", "Dairy Farm"], &["Livestock", "Mixed farm"]),
    (&["Olive"], &["Olive picker", "Fruit tree", "Mixed farm"]),
    (&["Date", "Fruit"], &["Fruit tree", "Mixed farm"]),
    (&["Nursery"], &["Plant nursery"]),
    (
        &["Vegetable", "Tomato"],
        &["Vegetable", "Greenhouse", "Tractor"],
    ),
    (
        &["Hotel", "Resort", "Rest House"],
        &[
            "Hotel",
            "Housekeeping",
            "Cook",
            "cook",
            "Kitchen",
            "Waiter",
            "Dishwasher",
        ],
    ),
    (
        &["Restaurant", "Kitchen", "Grill"],
        &[
            "cook",
            "Cook",
            "Kitchen",
            "Dishwasher",
            "Waiter",
            "Fast food",
        ],
    ),
    (
        &["Roads", "Infrastructure"],
        &["Road", "labourer", "Concrete"],
    ),
    (&["Painting"], &["painter"]),
    (&["Tile"], &["tiler"]),
    (&["Laundry"], &["Laundry presser"]),
    (&["Cleaning"], &["Office cleaner"]),
    (&["Security"], &["Security guard"]),
    (&["Landscaping"], &["Gardener"]),
    (
        &["Facility", "Support Services"],
        &["Office cleaner", "clerk", "van driver", "Security guard"],
    ),
    (
        &["Hospital", "Medical", "Clinic"],
        &["Health care", "Medical assistant", "Hospital cleaner"],
    ),
    (&["Elderly"], &["Health care assistant", "Hospital cleaner"]),
    (&["Day Care"], &["Day care"]),
    (&["Beauty"], &["hairdresser", "Beautician"]),
    (&["Barbershop"], &["Barber"]),
    (&["Tailoring"], &["Tailor"]),
    (
        &["Household"],
        &[
            "Domestic helper",
            "house cleaner",
            "Nanny",
            "Home carer",
            "Family driver",
        ],
    ),
];

/// Whether `employer` would post `job`.
pub fn posts(employer: &EmployerSeed, job: &JobSeed) -> bool {
    if employer.sector != job.sector {
        return false;
    }
    let name = employer.name.en;
    TRADES
        .iter()
        .find(|(names, _)| names.iter().any(|word| name.contains(word)))
        .is_none_or(|(_, titles)| titles.iter().any(|word| job.title.en.contains(word)))
}

/// How many of the people who seek `job` are women, roughly as in Jordan's camps:
/// few on building sites or behind a wheel, most in embroidery, beauty and care.
pub fn women_share(job: &JobSeed) -> f64 {
    const MOSTLY_WOMEN: [&str; 8] = [
        "Embroiderer",
        "Ladies' hairdresser",
        "Beautician",
        "Nanny",
        "Day care",
        "Domestic helper",
        "house cleaner",
        "Home carer",
    ];
    const MOSTLY_MEN: [&str; 4] = ["driver", "Barber", "Security guard", "welder"];
    let title = job.title.en;
    if MOSTLY_WOMEN.iter().any(|word| title.contains(word)) {
        0.9
    } else if job.sector == "F" || MOSTLY_MEN.iter().any(|word| title.contains(word)) {
        0.03
    } else {
        0.4
    }
}

#[cfg(test)]
mod tests {
    use forsa_corpus::data::{EMPLOYERS, JOBS};

    use super::*;

    fn jobs_of(name: &str) -> Vec<&'static str> {
        let employer = EMPLOYERS.iter().find(|e| e.name.en == name).unwrap();
        JOBS.iter()
            .filter(|job| posts(employer, job))
            .map(|job| job.title.en)
            .collect()
    }

    #[test]
    fn employers_post_jobs_of_their_own_trade() {
        assert_eq!(
            jobs_of("Golden Ovens Bakery"),
            ["Baker", "Pastry cook", "Hand packer"]
        );
        assert!(!jobs_of("Al-Dulayl Textiles Company").contains(&"Baker"));
        assert!(jobs_of("Al-Sham Fruit and Vegetables").contains(&"Cashier"));
        assert!(jobs_of("Modern Building Contracting Co.").contains(&"Plumber"));
    }

    #[test]
    fn every_employer_has_a_job_to_post() {
        for employer in EMPLOYERS {
            let any = JOBS.iter().any(|job| posts(employer, job));
            assert!(any, "{} posts nothing", employer.name.en);
        }
    }
}
