//! What forms offer to choose from: the options of a `<select>` and groups of
//! checkboxes, each with what is chosen.

/// One choice of a `<select>`: its value, its label, and whether it is chosen.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn list(options: impl IntoIterator<Item = (String, String)>, chosen: &str) -> Vec<Choice> {
        options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: value == chosen,
                value,
                label,
            })
            .collect()
    }
}

/// One group of checkboxes: what it offers and how many are ticked. A plain control
/// that keyboards and screen readers know, inside a disclosure that starts closed, so
/// that tabbing through a form passes it with one stop unless it is wanted.
pub struct Group {
    pub name: &'static str,
    pub legend: String,
    pub choices: Vec<Choice>,
    pub chosen: u64,
}

impl Group {
    pub fn new(
        name: &'static str,
        legend: String,
        options: Vec<(String, String)>,
        chosen: &[String],
    ) -> Self {
        let choices: Vec<Choice> = options
            .into_iter()
            .map(|(value, label)| Choice {
                selected: chosen.contains(&value),
                value,
                label,
            })
            .collect();
        let chosen = choices.iter().filter(|c| c.selected).count() as u64;
        Group {
            name,
            legend,
            choices,
            chosen,
        }
    }
}
