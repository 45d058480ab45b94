use serde::Serialize;
use utoipa::ToSchema;

/// An ISIC Rev.4 section.
#[derive(Serialize, ToSchema)]
pub struct Sector {
    pub code: String,
    pub name_en: String,
    pub name_ar: String,
}

/// An ISCO-08 group at any of its four levels.
#[derive(Serialize, ToSchema)]
pub struct Occupation {
    pub code: String,
    pub level: i16,
    pub parent_code: Option<String>,
    pub name_en: String,
    pub name_ar: String,
}

/// A governorate, district or camp.
#[derive(Serialize, ToSchema)]
pub struct Location {
    pub code: String,
    pub kind: String,
    pub parent_code: Option<String>,
    pub name_en: String,
    pub name_ar: String,
}

impl From<forsa_service::Sector> for Sector {
    fn from(s: forsa_service::Sector) -> Self {
        Sector {
            code: s.code,
            name_en: s.name_en,
            name_ar: s.name_ar,
        }
    }
}

impl From<forsa_service::Occupation> for Occupation {
    fn from(o: forsa_service::Occupation) -> Self {
        Occupation {
            code: o.code,
            level: o.level,
            parent_code: o.parent_code,
            name_en: o.name_en,
            name_ar: o.name_ar,
        }
    }
}

impl From<forsa_service::Location> for Location {
    fn from(l: forsa_service::Location) -> Self {
        Location {
            code: l.code,
            kind: l.kind,
            parent_code: l.parent_code,
            name_en: l.name_en,
            name_ar: l.name_ar,
        }
    }
}
