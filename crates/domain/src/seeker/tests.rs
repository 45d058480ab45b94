use super::*;

#[test]
fn required_to_create_is_what_parse_demands() {
    let errors = SeekerInput::default().parse(today()).unwrap_err();
    assert_eq!(errors.missing(), SeekerInput::REQUIRED_TO_CREATE);
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn valid() -> SeekerInput {
    SeekerInput {
        case_reference: Some("ZA-2024-00017".into()),
        full_name: Some("Amal Haddad".into()),
        gender: Some("female".into()),
        birth_year: Some(Some(1992)),
        nationality: Some("sy".into()),
        status: Some("refugee".into()),
        location: Some("JO-MA-ZAATARI".into()),
        languages: Some(vec![LanguageInput {
            code: "ar".into(),
            level: "native".into(),
        }]),
        occupations: Some(vec![OccupationInput {
            isco: "7115".into(),
            years: 6,
        }]),
        skills: Some(vec!["formwork".into()]),
        ..Default::default()
    }
}

#[test]
fn a_complete_profile_parses() {
    let profile = valid().parse(today()).unwrap();
    assert_eq!(profile.nationality.as_str(), "SY");
    assert_eq!(profile.occupations[0].isco.as_str(), "7115");
    assert_eq!(profile.preferences.hours, HoursPreference::Any);
}

#[test]
fn nested_errors_name_their_place() {
    let input = SeekerInput {
        languages: Some(vec![
            LanguageInput {
                code: "ar".into(),
                level: "native".into(),
            },
            LanguageInput {
                code: "english".into(),
                level: "great".into(),
            },
        ]),
        occupations: Some(vec![OccupationInput {
            isco: "71".into(),
            years: 2,
        }]),
        birth_year: Some(Some(2020)),
        ..valid()
    };
    let errors = input.parse(today()).unwrap_err();
    assert!(errors.get("languages[1].code").is_some());
    assert!(errors.get("languages[1].level").is_some());
    assert_eq!(
        errors.get("occupations[0].isco"),
        Some(&Problem::BadCode(crate::errors::CodeFormat::IscoUnitGroup))
    );
    assert!(errors.get("birth_year").is_some());
}

#[test]
fn a_language_cannot_be_listed_twice() {
    let input = SeekerInput {
        languages: Some(vec![
            LanguageInput {
                code: "ar".into(),
                level: "native".into(),
            },
            LanguageInput {
                code: "AR".into(),
                level: "basic".into(),
            },
        ]),
        ..valid()
    };
    assert_eq!(
        input
            .parse(today())
            .unwrap_err()
            .get("languages")
            .map(ToString::to_string)
            .as_deref(),
        Some("lists ar twice")
    );
}

#[test]
fn an_edit_overlays_the_record() {
    let profile = valid().parse(today()).unwrap();
    let patch = SeekerInput {
        phone: Some("+962 79 123 4567".into()),
        ..Default::default()
    };
    let edited = SeekerInput::from(&profile)
        .overlay(patch)
        .parse(today())
        .unwrap();
    assert_eq!(edited.phone.as_deref(), Some("+962791234567"));
    assert_eq!(edited.full_name, "Amal Haddad");
}

#[test]
fn blank_optional_text_clears_it() {
    let profile = SeekerInput {
        phone: Some("0791234567".into()),
        ..valid()
    }
    .parse(today())
    .unwrap();
    let patch = SeekerInput {
        phone: Some(String::new()),
        ..Default::default()
    };
    let edited = SeekerInput::from(&profile)
        .overlay(patch)
        .parse(today())
        .unwrap();
    assert_eq!(edited.phone, None);
}
