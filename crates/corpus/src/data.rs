//! Raw material for `forsa demo`: bilingual names, employers and job templates.
//!
//! Everything here is fictional. Names are common Syrian and Jordanian names;
//! employers are invented but plausible for the governorates they are placed in.
//! Arabic is written without diacritics.

/// A word or phrase in Arabic and English.
#[derive(Debug, Clone, Copy)]
pub struct Bilingual {
    pub ar: &'static str,
    pub en: &'static str,
}

/// Common male given names in Syria and Jordan.
pub const MALE_GIVEN: &[Bilingual] = &[
    Bilingual {
        ar: "محمد",
        en: "Mohammad",
    },
    Bilingual {
        ar: "أحمد",
        en: "Ahmad",
    },
    Bilingual {
        ar: "محمود",
        en: "Mahmoud",
    },
    Bilingual {
        ar: "خالد",
        en: "Khaled",
    },
    Bilingual {
        ar: "عمر",
        en: "Omar",
    },
    Bilingual {
        ar: "علي",
        en: "Ali",
    },
    Bilingual {
        ar: "حسن",
        en: "Hasan",
    },
    Bilingual {
        ar: "حسين",
        en: "Hussein",
    },
    Bilingual {
        ar: "يوسف",
        en: "Yousef",
    },
    Bilingual {
        ar: "إبراهيم",
        en: "Ibrahim",
    },
    Bilingual {
        ar: "عبدالله",
        en: "Abdullah",
    },
    Bilingual {
        ar: "عبدالرحمن",
        en: "Abdulrahman",
    },
    Bilingual {
        ar: "مصطفى",
        en: "Mustafa",
    },
    Bilingual {
        ar: "سامر",
        en: "Samer",
    },
    Bilingual {
        ar: "فادي",
        en: "Fadi",
    },
    Bilingual {
        ar: "رامي",
        en: "Rami",
    },
    Bilingual {
        ar: "باسل",
        en: "Basel",
    },
    Bilingual {
        ar: "طارق",
        en: "Tareq",
    },
    Bilingual {
        ar: "ماهر",
        en: "Maher",
    },
    Bilingual {
        ar: "وائل",
        en: "Wael",
    },
    Bilingual {
        ar: "زياد",
        en: "Ziad",
    },
    Bilingual {
        ar: "هاني",
        en: "Hani",
    },
    Bilingual {
        ar: "نبيل",
        en: "Nabil",
    },
    Bilingual {
        ar: "جمال",
        en: "Jamal",
    },
    Bilingual {
        ar: "سليمان",
        en: "Suleiman",
    },
    Bilingual {
        ar: "عماد",
        en: "Imad",
    },
    Bilingual {
        ar: "أيمن",
        en: "Ayman",
    },
    Bilingual {
        ar: "بلال",
        en: "Bilal",
    },
    Bilingual {
        ar: "حمزة",
        en: "Hamza",
    },
    Bilingual {
        ar: "أنس",
        en: "Anas",
    },
    Bilingual {
        ar: "معاذ",
        en: "Moath",
    },
    Bilingual {
        ar: "قاسم",
        en: "Qasem",
    },
    Bilingual {
        ar: "ياسر",
        en: "Yaser",
    },
    Bilingual {
        ar: "مازن",
        en: "Mazen",
    },
    Bilingual {
        ar: "غسان",
        en: "Ghassan",
    },
    Bilingual {
        ar: "نضال",
        en: "Nidal",
    },
    Bilingual {
        ar: "فراس",
        en: "Firas",
    },
    Bilingual {
        ar: "مهند",
        en: "Muhannad",
    },
    Bilingual {
        ar: "عدنان",
        en: "Adnan",
    },
    Bilingual {
        ar: "صالح",
        en: "Saleh",
    },
    Bilingual {
        ar: "منذر",
        en: "Munther",
    },
    Bilingual {
        ar: "عامر",
        en: "Amer",
    },
    Bilingual {
        ar: "سعيد",
        en: "Saeed",
    },
    Bilingual {
        ar: "رائد",
        en: "Raed",
    },
    Bilingual {
        ar: "ليث",
        en: "Laith",
    },
    Bilingual {
        ar: "يزن",
        en: "Yazan",
    },
];

/// Common female given names in Syria and Jordan.
pub const FEMALE_GIVEN: &[Bilingual] = &[
    Bilingual {
        ar: "فاطمة",
        en: "Fatima",
    },
    Bilingual {
        ar: "مريم",
        en: "Maryam",
    },
    Bilingual {
        ar: "عائشة",
        en: "Aisha",
    },
    Bilingual {
        ar: "خديجة",
        en: "Khadija",
    },
    Bilingual {
        ar: "زينب",
        en: "Zainab",
    },
    Bilingual {
        ar: "نور",
        en: "Nour",
    },
    Bilingual {
        ar: "رنا",
        en: "Rana",
    },
    Bilingual {
        ar: "هبة",
        en: "Heba",
    },
    Bilingual {
        ar: "سارة",
        en: "Sara",
    },
    Bilingual {
        ar: "ليلى",
        en: "Layla",
    },
    Bilingual {
        ar: "أمل",
        en: "Amal",
    },
    Bilingual {
        ar: "رشا",
        en: "Rasha",
    },
    Bilingual {
        ar: "ريم",
        en: "Reem",
    },
    Bilingual {
        ar: "دعاء",
        en: "Duaa",
    },
    Bilingual {
        ar: "آلاء",
        en: "Alaa",
    },
    Bilingual {
        ar: "إسراء",
        en: "Israa",
    },
    Bilingual {
        ar: "هدى",
        en: "Huda",
    },
    Bilingual {
        ar: "سمر",
        en: "Samar",
    },
    Bilingual {
        ar: "لينا",
        en: "Lina",
    },
    Bilingual {
        ar: "رغد",
        en: "Raghad",
    },
    Bilingual {
        ar: "بيان",
        en: "Bayan",
    },
    Bilingual {
        ar: "ياسمين",
        en: "Yasmin",
    },
    Bilingual {
        ar: "سلمى",
        en: "Salma",
    },
    Bilingual {
        ar: "منى",
        en: "Mona",
    },
    Bilingual {
        ar: "سعاد",
        en: "Suad",
    },
    Bilingual {
        ar: "نادية",
        en: "Nadia",
    },
    Bilingual {
        ar: "وفاء",
        en: "Wafaa",
    },
    Bilingual {
        ar: "حنان",
        en: "Hanan",
    },
    Bilingual {
        ar: "ابتسام",
        en: "Ibtisam",
    },
    Bilingual {
        ar: "أسماء",
        en: "Asmaa",
    },
    Bilingual {
        ar: "رهف",
        en: "Rahaf",
    },
    Bilingual {
        ar: "شهد",
        en: "Shahd",
    },
    Bilingual {
        ar: "جنى",
        en: "Jana",
    },
    Bilingual {
        ar: "تسنيم",
        en: "Tasneem",
    },
    Bilingual {
        ar: "إيمان",
        en: "Iman",
    },
    Bilingual {
        ar: "سهى",
        en: "Suha",
    },
    Bilingual {
        ar: "غادة",
        en: "Ghada",
    },
    Bilingual {
        ar: "عبير",
        en: "Abeer",
    },
    Bilingual {
        ar: "لمى",
        en: "Lama",
    },
    Bilingual {
        ar: "دانة",
        en: "Dana",
    },
    Bilingual {
        ar: "نسرين",
        en: "Nisreen",
    },
    Bilingual {
        ar: "هيفاء",
        en: "Haifa",
    },
];

/// Family names common among Syrian refugees (many from Daraa, Homs and Aleppo)
/// and Jordanian host communities.
pub const FAMILY: &[Bilingual] = &[
    Bilingual {
        ar: "الحريري",
        en: "Al-Hariri",
    },
    Bilingual {
        ar: "خطيب",
        en: "Khatib",
    },
    Bilingual {
        ar: "الزعبي",
        en: "Al-Zoubi",
    },
    Bilingual {
        ar: "المصري",
        en: "Al-Masri",
    },
    Bilingual {
        ar: "الحمصي",
        en: "Al-Homsi",
    },
    Bilingual {
        ar: "الحلبي",
        en: "Al-Halabi",
    },
    Bilingual {
        ar: "الشامي",
        en: "Al-Shami",
    },
    Bilingual {
        ar: "الحوراني",
        en: "Al-Hourani",
    },
    Bilingual {
        ar: "المقداد",
        en: "Al-Miqdad",
    },
    Bilingual {
        ar: "الرفاعي",
        en: "Al-Rifai",
    },
    Bilingual {
        ar: "النابلسي",
        en: "Al-Nabulsi",
    },
    Bilingual {
        ar: "العمري",
        en: "Al-Omari",
    },
    Bilingual {
        ar: "الخالدي",
        en: "Al-Khalidi",
    },
    Bilingual {
        ar: "الكردي",
        en: "Al-Kurdi",
    },
    Bilingual {
        ar: "الأحمد",
        en: "Al-Ahmad",
    },
    Bilingual {
        ar: "الحسن",
        en: "Al-Hasan",
    },
    Bilingual {
        ar: "العلي",
        en: "Al-Ali",
    },
    Bilingual {
        ar: "الإدلبي",
        en: "Al-Idlibi",
    },
    Bilingual {
        ar: "الحموي",
        en: "Al-Hamawi",
    },
    Bilingual {
        ar: "الدمشقي",
        en: "Al-Dimashqi",
    },
    Bilingual {
        ar: "القاسم",
        en: "Al-Qasem",
    },
    Bilingual {
        ar: "البطاينة",
        en: "Al-Batayneh",
    },
    Bilingual {
        ar: "العبادي",
        en: "Al-Abbadi",
    },
    Bilingual {
        ar: "المجالي",
        en: "Al-Majali",
    },
    Bilingual {
        ar: "الطراونة",
        en: "Al-Tarawneh",
    },
    Bilingual {
        ar: "الخصاونة",
        en: "Al-Khasawneh",
    },
    Bilingual {
        ar: "العدوان",
        en: "Al-Adwan",
    },
    Bilingual {
        ar: "الفايز",
        en: "Al-Fayez",
    },
    Bilingual {
        ar: "الروسان",
        en: "Al-Rousan",
    },
    Bilingual {
        ar: "العتوم",
        en: "Al-Atoum",
    },
    Bilingual {
        ar: "بني هاني",
        en: "Bani Hani",
    },
    Bilingual {
        ar: "الجبور",
        en: "Al-Jbour",
    },
    Bilingual {
        ar: "الشرع",
        en: "Al-Sharaa",
    },
    Bilingual {
        ar: "المسالمة",
        en: "Al-Masalmeh",
    },
    Bilingual {
        ar: "أبازيد",
        en: "Abazeed",
    },
    Bilingual {
        ar: "الصمادي",
        en: "Al-Smadi",
    },
    Bilingual {
        ar: "العموش",
        en: "Al-Amoush",
    },
    Bilingual {
        ar: "النعيمي",
        en: "Al-Nuaimi",
    },
    Bilingual {
        ar: "الشمري",
        en: "Al-Shammari",
    },
    Bilingual {
        ar: "الجاسم",
        en: "Al-Jasem",
    },
    Bilingual {
        ar: "الحسين",
        en: "Al-Hussein",
    },
    Bilingual {
        ar: "العثمان",
        en: "Al-Othman",
    },
    Bilingual {
        ar: "الخليل",
        en: "Al-Khalil",
    },
    Bilingual {
        ar: "الصالح",
        en: "Al-Saleh",
    },
    Bilingual {
        ar: "حداد",
        en: "Haddad",
    },
    Bilingual {
        ar: "نجار",
        en: "Najjar",
    },
    Bilingual {
        ar: "درويش",
        en: "Darwish",
    },
    Bilingual {
        ar: "عيسى",
        en: "Issa",
    },
    Bilingual {
        ar: "عبيدات",
        en: "Obeidat",
    },
    Bilingual {
        ar: "الزيود",
        en: "Al-Zyoud",
    },
    Bilingual {
        ar: "المومني",
        en: "Al-Momani",
    },
    Bilingual {
        ar: "الشياب",
        en: "Al-Shayyab",
    },
    Bilingual {
        ar: "الحمدان",
        en: "Al-Hamdan",
    },
    Bilingual {
        ar: "المحمد",
        en: "Al-Mohammad",
    },
    Bilingual {
        ar: "الرشيد",
        en: "Al-Rashid",
    },
    Bilingual {
        ar: "السعدي",
        en: "Al-Saadi",
    },
];

/// A fictional employer.
#[derive(Debug, Clone, Copy)]
pub struct EmployerSeed {
    pub name: Bilingual,
    /// ISIC Rev.4 section letter: A agriculture, C manufacturing, F construction, G trade, I accommodation and food, N administrative and support services, Q health and social work, S other services, T households as employers (domestic work)
    pub sector: &'static str,
    /// one of the location codes listed below
    pub location: &'static str,
}

/// Fictional but plausible employers, spread across sectors and governorates.
///
/// Location codes: "JO-AM" Amman, "JO-IR" Irbid, "JO-MA" Mafraq, "JO-ZA" Zarqa,
/// "JO-BA" Balqa, "JO-MD" Madaba, "JO-KA" Karak, "JO-AT" Tafilah, "JO-MN" Ma'an,
/// "JO-AQ" Aqaba, "JO-AJ" Ajloun, "JO-JA" Jerash, "JO-MA-ZAATARI" Zaatari camp,
/// "JO-ZA-AZRAQ" Azraq camp.
pub const EMPLOYERS: &[EmployerSeed] = &[
    // A: agriculture
    EmployerSeed {
        name: Bilingual {
            ar: "مزارع الغور للخضار",
            en: "Ghor Vegetable Farms",
        },
        sector: "A",
        location: "JO-BA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزرعة وادي الأردن للتمور",
            en: "Jordan Valley Date Farm",
        },
        sector: "A",
        location: "JO-BA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزارع المفرق الزراعية",
            en: "Mafraq Agricultural Farms",
        },
        sector: "A",
        location: "JO-MA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزرعة الصافي للبندورة",
            en: "Al-Safi Tomato Farm",
        },
        sector: "A",
        location: "JO-KA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة الشونة للزراعة",
            en: "Shouneh Agriculture Company",
        },
        sector: "A",
        location: "JO-BA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "بساتين عجلون للزيتون",
            en: "Ajloun Olive Orchards",
        },
        sector: "A",
        location: "JO-AJ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزرعة الأزرق للأغنام",
            en: "Azraq Sheep Farm",
        },
        sector: "A",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزارع دير علا",
            en: "Deir Alla Farms",
        },
        sector: "A",
        location: "JO-BA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزرعة الضليل للأبقار",
            en: "Dulayl Dairy Farm",
        },
        sector: "A",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مزارع جرش للفواكه",
            en: "Jerash Fruit Farms",
        },
        sector: "A",
        location: "JO-JA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مشتل إربد الزراعي",
            en: "Irbid Plant Nursery",
        },
        sector: "A",
        location: "JO-IR",
    },
    // C: manufacturing
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع الحسن للألبسة",
            en: "Al-Hassan Garment Factory",
        },
        sector: "C",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة الضليل للنسيج",
            en: "Al-Dulayl Textiles Company",
        },
        sector: "C",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع الشرق للملابس الجاهزة",
            en: "Al-Sharq Ready-Made Garments",
        },
        sector: "C",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع الزرقاء للبلاستيك",
            en: "Zarqa Plastics Factory",
        },
        sector: "C",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع سحاب للمواد الغذائية",
            en: "Sahab Food Industries",
        },
        sector: "C",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع المفرق للألبان",
            en: "Mafraq Dairy Factory",
        },
        sector: "C",
        location: "JO-MA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة القسطل للأثاث",
            en: "Al-Qastal Furniture Company",
        },
        sector: "C",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع العقبة للتعبئة والتغليف",
            en: "Aqaba Packaging Factory",
        },
        sector: "C",
        location: "JO-AQ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مشغل الكرك للألبسة",
            en: "Karak Garment Workshop",
        },
        sector: "C",
        location: "JO-KA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "ورشة الموقر للحديد",
            en: "Muwaqqar Steel Works",
        },
        sector: "C",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مصنع الرشادية للطوب",
            en: "Rashadiya Block Factory",
        },
        sector: "C",
        location: "JO-AT",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مخبز الأفران الذهبية",
            en: "Golden Ovens Bakery",
        },
        sector: "C",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مخبز مخيم الأزرق",
            en: "Azraq Camp Bakery",
        },
        sector: "C",
        location: "JO-ZA-AZRAQ",
    },
    // F: construction
    EmployerSeed {
        name: Bilingual {
            ar: "شركة البناء الحديث للمقاولات",
            en: "Modern Building Contracting Co.",
        },
        sector: "F",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مؤسسة النور للمقاولات",
            en: "Al-Nour Contracting Est.",
        },
        sector: "F",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة عمان للإنشاءات",
            en: "Amman Construction Company",
        },
        sector: "F",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مقاولات الصخرة",
            en: "Al-Sakhra Contracting",
        },
        sector: "F",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة إربد للبناء",
            en: "Irbid Building Company",
        },
        sector: "F",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة الزرقاء للمقاولات الإنشائية",
            en: "Zarqa Structural Contracting",
        },
        sector: "F",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مؤسسة البلاط الذهبي",
            en: "Golden Tile Est.",
        },
        sector: "F",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة مادبا للطرق",
            en: "Madaba Roads Company",
        },
        sector: "F",
        location: "JO-MD",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مقاولات العقبة البحرية",
            en: "Aqaba Marine Contracting",
        },
        sector: "F",
        location: "JO-AQ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة معان للبنية التحتية",
            en: "Ma'an Infrastructure Company",
        },
        sector: "F",
        location: "JO-MN",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "ورشة الأمل للدهان والديكور",
            en: "Al-Amal Painting and Decor",
        },
        sector: "F",
        location: "JO-AM",
    },
    // I: accommodation and food
    EmployerSeed {
        name: Bilingual {
            ar: "فندق البتراء بانوراما",
            en: "Petra Panorama Hotel",
        },
        sector: "I",
        location: "JO-MN",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "فندق البحر الأحمر",
            en: "Red Sea Hotel",
        },
        sector: "I",
        location: "JO-AQ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مطعم بيت الشام",
            en: "Bait Al-Sham Restaurant",
        },
        sector: "I",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مطعم حلب الشهباء",
            en: "Aleppo Al-Shahba Restaurant",
        },
        sector: "I",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "فندق أعمدة جرش",
            en: "Jerash Columns Hotel",
        },
        sector: "I",
        location: "JO-JA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "منتجع شاطئ البحر الميت",
            en: "Dead Sea Shore Resort",
        },
        sector: "I",
        location: "JO-BA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مطعم الفسيفساء",
            en: "Mosaic Restaurant",
        },
        sector: "I",
        location: "JO-MD",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "المطبخ المجتمعي في الزعتري",
            en: "Zaatari Community Kitchen",
        },
        sector: "I",
        location: "JO-MA-ZAATARI",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مطعم ومشاوي الكرك",
            en: "Karak Grill Restaurant",
        },
        sector: "I",
        location: "JO-KA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "فندق عمان الكبير",
            en: "Grand Amman Hotel",
        },
        sector: "I",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "استراحة وادي رم",
            en: "Wadi Rum Rest House",
        },
        sector: "I",
        location: "JO-AQ",
    },
    // G: wholesale and retail trade, repair of motor vehicles
    EmployerSeed {
        name: Bilingual {
            ar: "سوبرماركت السلام",
            en: "Al-Salam Supermarket",
        },
        sector: "G",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسواق الزرقاء المركزية",
            en: "Zarqa Central Markets",
        },
        sector: "G",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "محل الشام للخضار والفواكه",
            en: "Al-Sham Fruit and Vegetables",
        },
        sector: "G",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "متجر الشانزليزيه العام",
            en: "Champs-Elysees General Store",
        },
        sector: "G",
        location: "JO-MA-ZAATARI",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مركز الصيانة السريعة للسيارات",
            en: "Quick Fix Auto Service Centre",
        },
        sector: "G",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مستودعات العقبة التجارية",
            en: "Aqaba Trading Warehouses",
        },
        sector: "G",
        location: "JO-AQ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسواق المفرق الشعبية",
            en: "Mafraq Popular Market",
        },
        sector: "G",
        location: "JO-MA",
    },
    // N: administrative and support services
    EmployerSeed {
        name: Bilingual {
            ar: "شركة النظافة المثالية",
            en: "Ideal Cleaning Company",
        },
        sector: "N",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة لمعة لخدمات التنظيف",
            en: "Lamaa Cleaning Services",
        },
        sector: "N",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة الأمان للحراسة",
            en: "Al-Aman Security Services",
        },
        sector: "N",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة الخدمات المتكاملة للمرافق",
            en: "Integrated Facility Services",
        },
        sector: "N",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة الواحة لتنسيق الحدائق",
            en: "Oasis Landscaping Company",
        },
        sector: "N",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "شركة البتراء لخدمات التنظيف",
            en: "Petra Cleaning Services",
        },
        sector: "N",
        location: "JO-AQ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مكتب خدمات الأزرق",
            en: "Azraq Support Services Office",
        },
        sector: "N",
        location: "JO-ZA-AZRAQ",
    },
    // Q: human health and social work
    EmployerSeed {
        name: Bilingual {
            ar: "مستشفى الرحمة",
            en: "Al-Rahma Hospital",
        },
        sector: "Q",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مركز الشفاء الطبي",
            en: "Al-Shifa Medical Centre",
        },
        sector: "Q",
        location: "JO-MA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "عيادة الزعتري الصحية",
            en: "Zaatari Health Clinic",
        },
        sector: "Q",
        location: "JO-MA-ZAATARI",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "دار السكينة لرعاية المسنين",
            en: "Al-Sakina Elderly Care Home",
        },
        sector: "Q",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "حضانة الأمل",
            en: "Al-Amal Day Care Centre",
        },
        sector: "Q",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مستشفى الكرك التخصصي",
            en: "Karak Specialty Hospital",
        },
        sector: "Q",
        location: "JO-KA",
    },
    // S: other service activities
    EmployerSeed {
        name: Bilingual {
            ar: "صالون لمسة جمال",
            en: "Lamsat Jamal Beauty Salon",
        },
        sector: "S",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "صالون الأناقة للرجال",
            en: "Elegance Barbershop",
        },
        sector: "S",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مغسلة البخار للملابس",
            en: "Steam Laundry and Dry Cleaning",
        },
        sector: "S",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "مشغل الخياطة النسائي",
            en: "Ladies' Tailoring Workshop",
        },
        sector: "S",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "صالون نور للتجميل",
            en: "Nour Beauty Salon",
        },
        sector: "S",
        location: "JO-MA-ZAATARI",
    },
    // T: households as employers (domestic work)
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في عبدون",
            en: "Household in Abdoun",
        },
        sector: "T",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في خلدا",
            en: "Household in Khalda",
        },
        sector: "T",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في دابوق",
            en: "Household in Dabouq",
        },
        sector: "T",
        location: "JO-AM",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في إربد",
            en: "Household in Irbid",
        },
        sector: "T",
        location: "JO-IR",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في الزرقاء الجديدة",
            en: "Household in New Zarqa",
        },
        sector: "T",
        location: "JO-ZA",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في العقبة",
            en: "Household in Aqaba",
        },
        sector: "T",
        location: "JO-AQ",
    },
    EmployerSeed {
        name: Bilingual {
            ar: "أسرة في السلط",
            en: "Household in Salt",
        },
        sector: "T",
        location: "JO-BA",
    },
];

/// A job vacancy template.
#[derive(Debug, Clone, Copy)]
pub struct JobSeed {
    /// ISCO-08 unit group, 4 digits
    pub isco: &'static str,
    /// ISIC Rev.4 section letter matching the job (A, C, F, G, I, N, Q, S or T)
    pub sector: &'static str,
    pub title: Bilingual,
    /// two or three plain sentences a job centre would post; Arabic and English say the same
    pub description: Bilingual,
    /// 2-4 skills, each bilingual
    pub skills: &'static [Bilingual],
    /// plausible monthly wage range in Jordanian dinars; the minimum is never below
    /// the legal minimum wage of 290 JD
    pub wage_min_jd: u32,
    pub wage_max_jd: u32,
    pub hours_per_week: u8,
    /// one of "permanent", "fixed_term", "seasonal", "daily"
    pub contract: &'static str,
}

/// Job vacancy templates.
pub const JOBS: &[JobSeed] = &[
    // F: construction
    JobSeed {
        isco: "7115",
        sector: "F",
        title: Bilingual {
            ar: "نجار قوالب",
            en: "Formwork carpenter",
        },
        description: Bilingual {
            ar: "مطلوب نجار قوالب خشبية للعمل في مشروع بناء سكني. يشمل العمل تركيب وفك قوالب الأعمدة والأسقف. يفضل من لديه خبرة لا تقل عن سنتين.",
            en: "Formwork carpenter needed for a residential building project. The work includes assembling and removing formwork for columns and slabs. At least two years of experience is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "قراءة المخططات",
                en: "reading drawings",
            },
            Bilingual {
                ar: "تركيب القوالب الخشبية",
                en: "formwork assembly",
            },
            Bilingual {
                ar: "استخدام أدوات القياس",
                en: "using measuring tools",
            },
        ],
        wage_min_jd: 380,
        wage_max_jd: 500,
        hours_per_week: 48,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "9312",
        sector: "F",
        title: Bilingual {
            ar: "عامل إنشاءات طرق",
            en: "Road construction labourer",
        },
        description: Bilingual {
            ar: "مطلوب عمال للمساعدة في أعمال تعبيد الطرق وتمديد شبكات المياه. يشمل العمل الحفر ونقل المواد وتنظيف الموقع. يتم توفير معدات السلامة.",
            en: "Labourers needed to help with road paving and water network works. The work includes digging, moving materials and cleaning the site. Safety equipment is provided.",
        },
        skills: &[
            Bilingual {
                ar: "العمل البدني الشاق",
                en: "heavy physical work",
            },
            Bilingual {
                ar: "الالتزام بتعليمات السلامة",
                en: "following safety instructions",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 340,
        hours_per_week: 48,
        contract: "daily",
    },
    JobSeed {
        isco: "7112",
        sector: "F",
        title: Bilingual {
            ar: "بناء طوب",
            en: "Bricklayer",
        },
        description: Bilingual {
            ar: "مطلوب بناء لبناء جدران الطوب والحجر في مبان سكنية. يجب أن يكون قادرا على العمل بدقة وفق المخططات. الأجر حسب الخبرة.",
            en: "Bricklayer needed to build block and stone walls in residential buildings. Must be able to work accurately according to drawings. Pay depends on experience.",
        },
        skills: &[
            Bilingual {
                ar: "بناء الطوب",
                en: "block laying",
            },
            Bilingual {
                ar: "خلط الإسمنت",
                en: "mixing mortar",
            },
            Bilingual {
                ar: "استخدام ميزان الماء",
                en: "using a spirit level",
            },
        ],
        wage_min_jd: 350,
        wage_max_jd: 480,
        hours_per_week: 48,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "7122",
        sector: "F",
        title: Bilingual {
            ar: "مبلط",
            en: "Floor and wall tiler",
        },
        description: Bilingual {
            ar: "مطلوب مبلط لتركيب البلاط والسيراميك في الشقق والمحلات. يشمل العمل تجهيز الأرضيات وقص البلاط وتركيبه. الخبرة في الرخام ميزة إضافية.",
            en: "Tiler needed to lay floor and ceramic tiles in apartments and shops. The work includes preparing floors, cutting and setting tiles. Experience with marble is an advantage.",
        },
        skills: &[
            Bilingual {
                ar: "تركيب البلاط",
                en: "tile setting",
            },
            Bilingual {
                ar: "قص البلاط",
                en: "tile cutting",
            },
            Bilingual {
                ar: "تسوية الأرضيات",
                en: "floor levelling",
            },
        ],
        wage_min_jd: 380,
        wage_max_jd: 520,
        hours_per_week: 48,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "7131",
        sector: "F",
        title: Bilingual {
            ar: "دهان",
            en: "Building painter",
        },
        description: Bilingual {
            ar: "مطلوب دهان لأعمال الدهان الداخلي والخارجي للمباني. يشمل العمل تحضير الجدران بالمعجون والدهان بالرول والرش. يفضل من لديه خبرة في الديكورات.",
            en: "Painter needed for interior and exterior painting of buildings. The work includes preparing walls with filler and painting by roller and spray. Experience with decorative finishes is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "تحضير الأسطح",
                en: "surface preparation",
            },
            Bilingual {
                ar: "الدهان بالرش",
                en: "spray painting",
            },
            Bilingual {
                ar: "خلط الألوان",
                en: "colour mixing",
            },
        ],
        wage_min_jd: 350,
        wage_max_jd: 480,
        hours_per_week: 48,
        contract: "daily",
    },
    JobSeed {
        isco: "7126",
        sector: "F",
        title: Bilingual {
            ar: "مواسرجي",
            en: "Plumber",
        },
        description: Bilingual {
            ar: "مطلوب مواسرجي لتمديد شبكات المياه والصرف الصحي في مبان جديدة. يشمل العمل تركيب الأدوات الصحية وفحص التسربات. يجب أن تكون لديه عدة عمل خاصة به.",
            en: "Plumber needed to install water and drainage pipes in new buildings. The work includes fitting sanitary ware and testing for leaks. Must have own hand tools.",
        },
        skills: &[
            Bilingual {
                ar: "تمديد الأنابيب",
                en: "pipe fitting",
            },
            Bilingual {
                ar: "تركيب الأدوات الصحية",
                en: "installing sanitary fixtures",
            },
            Bilingual {
                ar: "كشف التسربات",
                en: "leak detection",
            },
        ],
        wage_min_jd: 380,
        wage_max_jd: 550,
        hours_per_week: 48,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "7411",
        sector: "F",
        title: Bilingual {
            ar: "كهربائي مباني",
            en: "Building electrician",
        },
        description: Bilingual {
            ar: "مطلوب كهربائي لتمديد الأسلاك وتركيب اللوحات والمفاتيح في مشاريع سكنية. يجب معرفة قواعد السلامة الكهربائية. يفضل حامل شهادة مزاولة مهنة.",
            en: "Electrician needed to run wiring and install panels and switches in residential projects. Knowledge of electrical safety rules is required. A vocational licence is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "تمديد الأسلاك الكهربائية",
                en: "electrical wiring",
            },
            Bilingual {
                ar: "قراءة المخططات الكهربائية",
                en: "reading electrical drawings",
            },
            Bilingual {
                ar: "السلامة الكهربائية",
                en: "electrical safety",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 600,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7212",
        sector: "F",
        title: Bilingual {
            ar: "لحام حديد إنشائي",
            en: "Structural steel welder",
        },
        description: Bilingual {
            ar: "مطلوب لحام لأعمال الهياكل الحديدية والأبواب والدرابزين في مواقع البناء. يشمل العمل اللحام بالقوس الكهربائي والقص. يجب الالتزام بارتداء معدات الحماية.",
            en: "Welder needed for steel structures, gates and railings on building sites. The work includes arc welding and cutting. Protective equipment must be worn at all times.",
        },
        skills: &[
            Bilingual {
                ar: "اللحام بالقوس الكهربائي",
                en: "arc welding",
            },
            Bilingual {
                ar: "قص المعادن",
                en: "metal cutting",
            },
            Bilingual {
                ar: "قراءة المخططات",
                en: "reading drawings",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 580,
        hours_per_week: 48,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "9313",
        sector: "F",
        title: Bilingual {
            ar: "عامل بناء",
            en: "Building site labourer",
        },
        description: Bilingual {
            ar: "مطلوب عمال لمساعدة الحرفيين في موقع بناء. يشمل العمل نقل الطوب والإسمنت وخلط الخرسانة وتنظيف الموقع. العمل يومي والأجر يدفع أسبوعيا.",
            en: "Labourers needed to assist tradesmen on a building site. The work includes carrying blocks and cement, mixing concrete and cleaning the site. Work is daily and pay is weekly.",
        },
        skills: &[
            Bilingual {
                ar: "العمل البدني الشاق",
                en: "heavy physical work",
            },
            Bilingual {
                ar: "خلط الخرسانة",
                en: "mixing concrete",
            },
            Bilingual {
                ar: "الالتزام بتعليمات السلامة",
                en: "following safety instructions",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "daily",
    },
    JobSeed {
        isco: "7114",
        sector: "F",
        title: Bilingual {
            ar: "عامل صب خرسانة",
            en: "Concrete finisher",
        },
        description: Bilingual {
            ar: "مطلوب عامل لصب الخرسانة وتسويتها في الأسقف والأرضيات. يشمل العمل استخدام الهزاز وتسوية السطح. الخبرة السابقة مطلوبة.",
            en: "Worker needed to pour and finish concrete for slabs and floors. The work includes using a vibrator and levelling the surface. Previous experience is required.",
        },
        skills: &[
            Bilingual {
                ar: "صب الخرسانة",
                en: "concrete pouring",
            },
            Bilingual {
                ar: "تسوية الأسطح",
                en: "surface finishing",
            },
            Bilingual {
                ar: "استخدام الهزاز",
                en: "using a concrete vibrator",
            },
        ],
        wage_min_jd: 330,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "daily",
    },
    // A: agriculture
    JobSeed {
        isco: "6111",
        sector: "A",
        title: Bilingual {
            ar: "مزارع خضار",
            en: "Vegetable grower",
        },
        description: Bilingual {
            ar: "مطلوب مزارع ذو خبرة لإدارة زراعة الخضار في البيوت البلاستيكية والحقول المكشوفة. يشمل العمل الزراعة والري والتسميد ومتابعة الآفات. يتوفر سكن في المزرعة.",
            en: "Experienced grower needed to manage vegetable production in greenhouses and open fields. The work includes planting, irrigation, fertilising and pest monitoring. Housing is available on the farm.",
        },
        skills: &[
            Bilingual {
                ar: "إدارة الري بالتنقيط",
                en: "drip irrigation management",
            },
            Bilingual {
                ar: "مكافحة الآفات",
                en: "pest control",
            },
            Bilingual {
                ar: "زراعة الشتلات",
                en: "transplanting seedlings",
            },
        ],
        wage_min_jd: 330,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "seasonal",
    },
    JobSeed {
        isco: "9211",
        sector: "A",
        title: Bilingual {
            ar: "عامل قطاف خضار",
            en: "Vegetable harvest worker",
        },
        description: Bilingual {
            ar: "مطلوب عمال وعاملات لقطف البندورة والخيار والفلفل خلال موسم الحصاد. يبدأ العمل في الصباح الباكر. يتوفر نقل من وإلى المزرعة.",
            en: "Men and women workers needed to pick tomatoes, cucumbers and peppers during the harvest season. Work starts early in the morning. Transport to and from the farm is provided.",
        },
        skills: &[
            Bilingual {
                ar: "قطف المحاصيل",
                en: "harvesting crops",
            },
            Bilingual {
                ar: "فرز وتعبئة الخضار",
                en: "sorting and packing vegetables",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 320,
        hours_per_week: 48,
        contract: "seasonal",
    },
    JobSeed {
        isco: "9211",
        sector: "A",
        title: Bilingual {
            ar: "عامل قطاف زيتون",
            en: "Olive picker",
        },
        description: Bilingual {
            ar: "مطلوب عمال لقطف الزيتون خلال موسم القطاف في تشرين الأول وتشرين الثاني. يشمل العمل القطف وجمع الثمار ونقلها إلى المعصرة. الأجر يومي.",
            en: "Workers needed to pick olives during the harvest in October and November. The work includes picking, collecting the fruit and taking it to the press. Pay is daily.",
        },
        skills: &[
            Bilingual {
                ar: "قطف الزيتون",
                en: "olive picking",
            },
            Bilingual {
                ar: "العمل على السلالم",
                en: "working on ladders",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "daily",
    },
    JobSeed {
        isco: "9213",
        sector: "A",
        title: Bilingual {
            ar: "عامل مزرعة مختلطة",
            en: "Mixed farm worker",
        },
        description: Bilingual {
            ar: "مطلوب عامل للعمل في مزرعة تجمع بين زراعة الأعلاف وتربية الأغنام. يشمل العمل الري وتقديم العلف وتنظيف الحظائر. يفضل من لديه خبرة في العمل الزراعي.",
            en: "Worker needed on a farm that grows fodder and raises sheep. The work includes irrigation, feeding animals and cleaning pens. Previous farm experience is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "رعاية المواشي",
                en: "animal care",
            },
            Bilingual {
                ar: "الري",
                en: "irrigation",
            },
            Bilingual {
                ar: "تشغيل المعدات الزراعية",
                en: "operating farm equipment",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 350,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "6121",
        sector: "A",
        title: Bilingual {
            ar: "مربي أغنام وأبقار",
            en: "Livestock and dairy keeper",
        },
        description: Bilingual {
            ar: "مطلوب شخص ذو خبرة في تربية الأغنام والأبقار وحلبها. يشمل العمل متابعة صحة الحيوانات والتغذية والولادات. يتوفر سكن ووجبات.",
            en: "Person with experience in raising and milking sheep and cows needed. The work includes monitoring animal health, feeding and births. Housing and meals are provided.",
        },
        skills: &[
            Bilingual {
                ar: "الحلب",
                en: "milking",
            },
            Bilingual {
                ar: "رعاية المواشي",
                en: "animal care",
            },
            Bilingual {
                ar: "ملاحظة أعراض المرض",
                en: "recognising signs of illness",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "6112",
        sector: "A",
        title: Bilingual {
            ar: "مزارع أشجار مثمرة",
            en: "Fruit tree grower",
        },
        description: Bilingual {
            ar: "مطلوب مزارع لرعاية بساتين الزيتون والحمضيات والنخيل. يشمل العمل التقليم والتسميد والري ومتابعة الإنتاج. الخبرة في تقليم الأشجار ضرورية.",
            en: "Grower needed to look after olive, citrus and date palm orchards. The work includes pruning, fertilising, irrigation and following up production. Experience in pruning is essential.",
        },
        skills: &[
            Bilingual {
                ar: "تقليم الأشجار",
                en: "tree pruning",
            },
            Bilingual {
                ar: "التسميد",
                en: "fertilising",
            },
            Bilingual {
                ar: "الري",
                en: "irrigation",
            },
        ],
        wage_min_jd: 330,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9214",
        sector: "A",
        title: Bilingual {
            ar: "عامل مشتل",
            en: "Plant nursery worker",
        },
        description: Bilingual {
            ar: "مطلوب عامل للعمل في مشتل زراعي. يشمل العمل تعبئة الأكياس بالتربة وزراعة البذور وري الشتلات وترتيبها للبيع. العمل مناسب للرجال والنساء.",
            en: "Worker needed at a plant nursery. The work includes filling bags with soil, sowing seeds, watering seedlings and arranging them for sale. The work suits both men and women.",
        },
        skills: &[
            Bilingual {
                ar: "زراعة البذور",
                en: "sowing seeds",
            },
            Bilingual {
                ar: "الري",
                en: "irrigation",
            },
            Bilingual {
                ar: "العناية بالنباتات",
                en: "plant care",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "8341",
        sector: "A",
        title: Bilingual {
            ar: "سائق جرار زراعي",
            en: "Tractor driver",
        },
        description: Bilingual {
            ar: "مطلوب سائق جرار لحراثة الأراضي ونقل المحاصيل داخل المزرعة. يجب أن يحمل رخصة قيادة سارية. الخبرة في الصيانة البسيطة للجرار ميزة.",
            en: "Tractor driver needed to plough land and move crops within the farm. Must hold a valid driving licence. Experience with basic tractor maintenance is an advantage.",
        },
        skills: &[
            Bilingual {
                ar: "قيادة الجرار",
                en: "tractor driving",
            },
            Bilingual {
                ar: "الحراثة",
                en: "ploughing",
            },
            Bilingual {
                ar: "الصيانة البسيطة للمعدات",
                en: "basic equipment maintenance",
            },
        ],
        wage_min_jd: 350,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "seasonal",
    },
    JobSeed {
        isco: "9211",
        sector: "A",
        title: Bilingual {
            ar: "عامل بيوت بلاستيكية",
            en: "Greenhouse worker",
        },
        description: Bilingual {
            ar: "مطلوب عمال للعمل داخل البيوت البلاستيكية في تربيط النباتات وإزالة الأعشاب والقطف. العمل متوفر طوال موسم الشتاء. يتوفر نقل يومي.",
            en: "Workers needed inside greenhouses for tying plants, weeding and picking. Work is available throughout the winter season. Daily transport is provided.",
        },
        skills: &[
            Bilingual {
                ar: "تربيط النباتات",
                en: "plant tying",
            },
            Bilingual {
                ar: "إزالة الأعشاب",
                en: "weeding",
            },
            Bilingual {
                ar: "قطف المحاصيل",
                en: "harvesting crops",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "seasonal",
    },
    // C: manufacturing
    JobSeed {
        isco: "8153",
        sector: "C",
        title: Bilingual {
            ar: "مشغل ماكينة خياطة",
            en: "Sewing machine operator",
        },
        description: Bilingual {
            ar: "مطلوب مشغلو ومشغلات ماكينات خياطة للعمل في مصنع ألبسة للتصدير. يشمل العمل خياطة أجزاء القطع على خط الإنتاج. يتوفر تدريب للمبتدئين ومواصلات مجانية.",
            en: "Sewing machine operators, men and women, needed at an export garment factory. The work involves sewing garment parts on a production line. Training for beginners and free transport are provided.",
        },
        skills: &[
            Bilingual {
                ar: "تشغيل ماكينة الخياطة الصناعية",
                en: "operating an industrial sewing machine",
            },
            Bilingual {
                ar: "العمل على خط الإنتاج",
                en: "production line work",
            },
            Bilingual {
                ar: "مراقبة الجودة",
                en: "quality checking",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 380,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "8153",
        sector: "C",
        title: Bilingual {
            ar: "مشغل ماكينة أوفرلوك",
            en: "Overlock machine operator",
        },
        description: Bilingual {
            ar: "مطلوب مشغل ماكينة أوفرلوك ذو خبرة لخياطة حواف الملابس القطنية. العمل بنظام الورديات مع إمكانية العمل الإضافي المدفوع. يتم صرف حوافز حسب الإنتاج.",
            en: "Experienced overlock machine operator needed to finish the edges of cotton garments. Work is in shifts with paid overtime available. Production bonuses are paid.",
        },
        skills: &[
            Bilingual {
                ar: "تشغيل ماكينة الأوفرلوك",
                en: "overlock machine operation",
            },
            Bilingual {
                ar: "العمل على خط الإنتاج",
                en: "production line work",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 400,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7533",
        sector: "C",
        title: Bilingual {
            ar: "عاملة تطريز",
            en: "Embroiderer",
        },
        description: Bilingual {
            ar: "مطلوب عاملات تطريز يدوي وآلي لإنتاج أثواب ومفارش مطرزة. العمل مناسب للنساء ويمكن إنجاز جزء منه من المنزل. تفضل من لديها خبرة في التطريز التقليدي.",
            en: "Women needed for hand and machine embroidery of dresses and table linen. The work suits women and part of it can be done from home. Experience with traditional embroidery is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "التطريز اليدوي",
                en: "hand embroidery",
            },
            Bilingual {
                ar: "التطريز الآلي",
                en: "machine embroidery",
            },
            Bilingual {
                ar: "الدقة في العمل",
                en: "attention to detail",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 360,
        hours_per_week: 40,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "9329",
        sector: "C",
        title: Bilingual {
            ar: "عامل إنتاج",
            en: "Factory production worker",
        },
        description: Bilingual {
            ar: "مطلوب عمال إنتاج للعمل في مصنع. يشمل العمل تغذية الخطوط بالمواد الخام وتعبئة المنتجات وتنظيف منطقة العمل. لا تشترط الخبرة.",
            en: "Production workers needed at a factory. The work includes feeding raw materials to the lines, packing products and cleaning the work area. No experience required.",
        },
        skills: &[
            Bilingual {
                ar: "العمل على خط الإنتاج",
                en: "production line work",
            },
            Bilingual {
                ar: "التعبئة والتغليف",
                en: "packing",
            },
            Bilingual {
                ar: "الالتزام بتعليمات السلامة",
                en: "following safety instructions",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7512",
        sector: "C",
        title: Bilingual {
            ar: "خباز",
            en: "Baker",
        },
        description: Bilingual {
            ar: "مطلوب خباز لإنتاج الخبز العربي والمعجنات في مخبز. يبدأ العمل قبل الفجر. يفضل من لديه خبرة في الفرن الآلي.",
            en: "Baker needed to produce Arabic bread and pastries in a bakery. Work starts before dawn. Experience with an automatic oven is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "تحضير العجين",
                en: "dough preparation",
            },
            Bilingual {
                ar: "تشغيل الفرن",
                en: "operating an oven",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7512",
        sector: "C",
        title: Bilingual {
            ar: "صانع حلويات",
            en: "Pastry cook",
        },
        description: Bilingual {
            ar: "مطلوب صانع حلويات عربية وشرقية مثل الكنافة والبقلاوة والمعمول. يجب أن تكون لديه خبرة عملية. الخبرة في الحلويات الشامية ميزة إضافية.",
            en: "Pastry cook needed for Arabic and oriental sweets such as knafeh, baklava and maamoul. Practical experience is required. Experience with Damascene sweets is an advantage.",
        },
        skills: &[
            Bilingual {
                ar: "صناعة الحلويات الشرقية",
                en: "making oriental sweets",
            },
            Bilingual {
                ar: "تحضير العجين",
                en: "dough preparation",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
        ],
        wage_min_jd: 350,
        wage_max_jd: 500,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9321",
        sector: "C",
        title: Bilingual {
            ar: "عامل تعبئة وتغليف",
            en: "Hand packer",
        },
        description: Bilingual {
            ar: "مطلوب عمال وعاملات تعبئة وتغليف في مصنع مواد غذائية. يشمل العمل وزن المنتجات وتعبئتها في الكراتين ووضع الملصقات. يتوفر نقل ووجبة غداء.",
            en: "Men and women needed for packing at a food factory. The work includes weighing products, packing them into cartons and labelling. Transport and lunch are provided.",
        },
        skills: &[
            Bilingual {
                ar: "التعبئة والتغليف",
                en: "packing",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
            Bilingual {
                ar: "العد والوزن",
                en: "counting and weighing",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "8160",
        sector: "C",
        title: Bilingual {
            ar: "مشغل آلات تصنيع غذائي",
            en: "Food processing machine operator",
        },
        description: Bilingual {
            ar: "مطلوب مشغل آلات لخط إنتاج الألبان أو المعلبات. يشمل العمل تشغيل الآلات ومراقبة درجات الحرارة وتنظيف المعدات. يفضل من لديه خبرة في المصانع الغذائية.",
            en: "Machine operator needed on a dairy or canning production line. The work includes running the machines, monitoring temperatures and cleaning equipment. Experience in food factories is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "تشغيل الآلات",
                en: "machine operation",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
            Bilingual {
                ar: "مراقبة الجودة",
                en: "quality checking",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7522",
        sector: "C",
        title: Bilingual {
            ar: "نجار أثاث",
            en: "Furniture carpenter",
        },
        description: Bilingual {
            ar: "مطلوب نجار موبيليا لتصنيع وتجميع الخزائن والمطابخ وغرف النوم. يجب أن يجيد استخدام المناشير وماكينات النجارة. الأجر حسب الخبرة.",
            en: "Furniture carpenter needed to make and assemble wardrobes, kitchens and bedroom sets. Must be skilled with saws and woodworking machines. Pay depends on experience.",
        },
        skills: &[
            Bilingual {
                ar: "تصنيع الأثاث الخشبي",
                en: "furniture making",
            },
            Bilingual {
                ar: "استخدام ماكينات النجارة",
                en: "using woodworking machines",
            },
            Bilingual {
                ar: "قراءة المخططات",
                en: "reading drawings",
            },
        ],
        wage_min_jd: 380,
        wage_max_jd: 550,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7212",
        sector: "C",
        title: Bilingual {
            ar: "لحام في ورشة تصنيع معدني",
            en: "Metal fabrication welder",
        },
        description: Bilingual {
            ar: "مطلوب لحام للعمل في ورشة تصنيع هياكل معدنية وخزانات. يشمل العمل لحام الأرغون والكهرباء. يجب أن يكون قادرا على قراءة الرسومات الفنية.",
            en: "Welder needed in a workshop making steel frames and tanks. The work includes argon and arc welding. Must be able to read technical drawings.",
        },
        skills: &[
            Bilingual {
                ar: "اللحام بالقوس الكهربائي",
                en: "arc welding",
            },
            Bilingual {
                ar: "لحام الأرغون",
                en: "TIG welding",
            },
            Bilingual {
                ar: "قراءة المخططات",
                en: "reading drawings",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 600,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7513",
        sector: "C",
        title: Bilingual {
            ar: "صانع ألبان وأجبان",
            en: "Dairy products maker",
        },
        description: Bilingual {
            ar: "مطلوب عامل لصناعة اللبن واللبنة والجبنة البيضاء في معمل ألبان. يشمل العمل البسترة والتخمير والتعبئة. الخبرة في صناعة الأجبان ضرورية.",
            en: "Worker needed to make yoghurt, labneh and white cheese at a dairy. The work includes pasteurising, fermenting and packing. Experience in cheese making is essential.",
        },
        skills: &[
            Bilingual {
                ar: "صناعة الأجبان",
                en: "cheese making",
            },
            Bilingual {
                ar: "البسترة",
                en: "pasteurisation",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    // I: accommodation and food
    JobSeed {
        isco: "5120",
        sector: "I",
        title: Bilingual {
            ar: "طباخ",
            en: "Cook",
        },
        description: Bilingual {
            ar: "مطلوب طباخ لإعداد الوجبات اليومية في مطعم. يشمل العمل تحضير الأطباق الرئيسية والمقبلات والمحافظة على نظافة المطبخ. يشترط خبرة سنتين على الأقل.",
            en: "Cook needed to prepare daily meals in a restaurant. The work includes preparing main dishes and starters and keeping the kitchen clean. At least two years of experience is required.",
        },
        skills: &[
            Bilingual {
                ar: "الطبخ",
                en: "cooking",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
            Bilingual {
                ar: "إدارة المخزون",
                en: "stock management",
            },
        ],
        wage_min_jd: 380,
        wage_max_jd: 550,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5120",
        sector: "I",
        title: Bilingual {
            ar: "طباخ مأكولات شامية",
            en: "Syrian cuisine cook",
        },
        description: Bilingual {
            ar: "مطلوب طباخ متخصص في المأكولات الشامية مثل الكبة والمحاشي والشاورما. العمل بنظام الورديات. تتوفر وجبة خلال الدوام.",
            en: "Cook specialising in Syrian cuisine such as kibbeh, stuffed vegetables and shawarma needed. Work is in shifts. A meal is provided during shifts.",
        },
        skills: &[
            Bilingual {
                ar: "الطبخ",
                en: "cooking",
            },
            Bilingual {
                ar: "تحضير المشاوي",
                en: "grilling",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 600,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9412",
        sector: "I",
        title: Bilingual {
            ar: "مساعد مطبخ",
            en: "Kitchen helper",
        },
        description: Bilingual {
            ar: "مطلوب مساعد مطبخ لغسل الخضار وتقطيعها ومساعدة الطباخ. يشمل العمل تنظيف أدوات المطبخ وترتيب المخزن. لا تشترط الخبرة.",
            en: "Kitchen helper needed to wash and chop vegetables and assist the cook. The work includes cleaning kitchen utensils and tidying the storeroom. No experience required.",
        },
        skills: &[
            Bilingual {
                ar: "تحضير الخضار",
                en: "vegetable preparation",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
            Bilingual {
                ar: "العمل الجماعي",
                en: "teamwork",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9412",
        sector: "I",
        title: Bilingual {
            ar: "عامل جلي",
            en: "Dishwasher",
        },
        description: Bilingual {
            ar: "مطلوب عامل جلي للصحون والأواني في مطبخ فندق. العمل بنظام الورديات بما في ذلك عطلات نهاية الأسبوع. يتم توفير الزي والوجبات.",
            en: "Dishwasher needed for plates and pots in a hotel kitchen. Work is in shifts, including weekends. Uniform and meals are provided.",
        },
        skills: &[
            Bilingual {
                ar: "التنظيف",
                en: "cleaning",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 320,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5131",
        sector: "I",
        title: Bilingual {
            ar: "نادل",
            en: "Waiter",
        },
        description: Bilingual {
            ar: "مطلوب نادل أو نادلة لخدمة الزبائن في مطعم. يشمل العمل أخذ الطلبات وتقديم الطعام وترتيب الطاولات. يفضل من يتحدث الإنجليزية بشكل بسيط.",
            en: "Waiter or waitress needed to serve customers in a restaurant. The work includes taking orders, serving food and setting tables. Basic English is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
            Bilingual {
                ar: "اللغة الإنجليزية الأساسية",
                en: "basic English",
            },
            Bilingual {
                ar: "العمل الجماعي",
                en: "teamwork",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 380,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9112",
        sector: "I",
        title: Bilingual {
            ar: "عامل تنظيف غرف فندقية",
            en: "Hotel room attendant",
        },
        description: Bilingual {
            ar: "مطلوب عمال وعاملات لتنظيف الغرف وترتيب الأسرة وتبديل المناشف في فندق. يتبع العمل معايير النظافة الفندقية. توجد حوافز في المواسم السياحية.",
            en: "Men and women needed to clean rooms, make beds and change towels in a hotel. The work follows hotel cleaning standards. Bonuses are paid in the tourist season.",
        },
        skills: &[
            Bilingual {
                ar: "التنظيف",
                en: "cleaning",
            },
            Bilingual {
                ar: "ترتيب الغرف",
                en: "room preparation",
            },
            Bilingual {
                ar: "التعامل مع مواد التنظيف بأمان",
                en: "safe use of cleaning chemicals",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 350,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "4224",
        sector: "I",
        title: Bilingual {
            ar: "موظف استقبال فندق",
            en: "Hotel receptionist",
        },
        description: Bilingual {
            ar: "مطلوب موظف استقبال لتسجيل دخول وخروج النزلاء والرد على الهاتف. يجب إجادة اللغة الإنجليزية واستخدام الحاسوب. العمل بنظام الورديات.",
            en: "Receptionist needed to check guests in and out and answer the phone. Good English and computer skills are required. Work is in shifts.",
        },
        skills: &[
            Bilingual {
                ar: "اللغة الإنجليزية",
                en: "English",
            },
            Bilingual {
                ar: "مهارات الحاسوب الأساسية",
                en: "basic computer skills",
            },
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
        ],
        wage_min_jd: 350,
        wage_max_jd: 480,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9411",
        sector: "I",
        title: Bilingual {
            ar: "محضر وجبات سريعة",
            en: "Fast food preparer",
        },
        description: Bilingual {
            ar: "مطلوب عامل لتحضير السندويشات والفلافل والشاورما في مطعم وجبات سريعة. يشمل العمل التحضير السريع والتغليف وخدمة الطلبات الخارجية. يتوفر تدريب.",
            en: "Worker needed to prepare sandwiches, falafel and shawarma in a fast food restaurant. The work includes quick preparation, wrapping and serving takeaway orders. Training is provided.",
        },
        skills: &[
            Bilingual {
                ar: "تحضير الطعام",
                en: "food preparation",
            },
            Bilingual {
                ar: "النظافة الغذائية",
                en: "food hygiene",
            },
            Bilingual {
                ar: "العمل تحت الضغط",
                en: "working under pressure",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 360,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5151",
        sector: "I",
        title: Bilingual {
            ar: "مشرف تدبير فندقي",
            en: "Housekeeping supervisor",
        },
        description: Bilingual {
            ar: "مطلوب مشرف لتنظيم عمل فريق تنظيف الغرف ومتابعة جودة العمل. يشمل العمل توزيع المهام وطلب المستلزمات. يشترط خبرة سابقة في الفنادق.",
            en: "Supervisor needed to organise the room cleaning team and check the quality of work. The work includes assigning tasks and ordering supplies. Previous hotel experience is required.",
        },
        skills: &[
            Bilingual {
                ar: "الإشراف على فريق",
                en: "team supervision",
            },
            Bilingual {
                ar: "ترتيب الغرف",
                en: "room preparation",
            },
            Bilingual {
                ar: "اللغة الإنجليزية الأساسية",
                en: "basic English",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 550,
        hours_per_week: 48,
        contract: "permanent",
    },
    // T: households as employers (domestic work)
    JobSeed {
        isco: "9111",
        sector: "T",
        title: Bilingual {
            ar: "عاملة منزل",
            en: "Domestic helper",
        },
        description: Bilingual {
            ar: "مطلوب عاملة لتنظيف المنزل والغسيل والكوي لدى أسرة. العمل بدوام كامل ودون مبيت. يجب أن تكون أمينة ومنظمة.",
            en: "Helper needed for house cleaning, washing and ironing for a family. Full-time work without living in. Must be trustworthy and organised.",
        },
        skills: &[
            Bilingual {
                ar: "التنظيف",
                en: "cleaning",
            },
            Bilingual {
                ar: "الغسيل والكوي",
                en: "laundry and ironing",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 330,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9111",
        sector: "T",
        title: Bilingual {
            ar: "عاملة تنظيف منزلي باليومية",
            en: "Day-rate house cleaner",
        },
        description: Bilingual {
            ar: "مطلوب عاملة تنظيف لعدة منازل في نفس المنطقة بنظام الأيام. يشمل العمل التنظيف العميق للمطابخ والحمامات. يدفع الأجر في نهاية كل يوم عمل.",
            en: "Cleaner needed for several houses in the same area on a day-rate basis. The work includes deep cleaning of kitchens and bathrooms. Pay is given at the end of each working day.",
        },
        skills: &[
            Bilingual {
                ar: "التنظيف",
                en: "cleaning",
            },
            Bilingual {
                ar: "التعامل مع مواد التنظيف بأمان",
                en: "safe use of cleaning chemicals",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 340,
        hours_per_week: 40,
        contract: "daily",
    },
    JobSeed {
        isco: "5311",
        sector: "T",
        title: Bilingual {
            ar: "مربية أطفال",
            en: "Nanny",
        },
        description: Bilingual {
            ar: "مطلوب مربية لرعاية طفلين في المنزل أثناء دوام الوالدين. يشمل العمل إعداد وجبات الأطفال ومتابعة نومهم ولعبهم. تفضل من لديها خبرة سابقة في رعاية الأطفال.",
            en: "Nanny needed to look after two children at home while the parents are at work. The work includes preparing the children's meals and looking after their sleep and play. Previous childcare experience is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "رعاية الأطفال",
                en: "childcare",
            },
            Bilingual {
                ar: "الإسعافات الأولية",
                en: "first aid",
            },
            Bilingual {
                ar: "تحضير الطعام",
                en: "food preparation",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 380,
        hours_per_week: 45,
        contract: "permanent",
    },
    JobSeed {
        isco: "5322",
        sector: "T",
        title: Bilingual {
            ar: "مرافق رعاية منزلية لكبار السن",
            en: "Home carer for an elderly person",
        },
        description: Bilingual {
            ar: "مطلوب مرافق لرعاية شخص مسن في منزله. يشمل العمل المساعدة في الحركة والنظافة الشخصية وإعطاء الأدوية في مواعيدها. تفضل الخبرة في التمريض أو الرعاية.",
            en: "Carer needed to look after an elderly person at home. The work includes help with moving, personal hygiene and giving medicines on time. Experience in nursing or care is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "رعاية كبار السن",
                en: "elderly care",
            },
            Bilingual {
                ar: "الإسعافات الأولية",
                en: "first aid",
            },
            Bilingual {
                ar: "الصبر والتعاطف",
                en: "patience and empathy",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "8322",
        sector: "T",
        title: Bilingual {
            ar: "سائق خاص لأسرة",
            en: "Family driver",
        },
        description: Bilingual {
            ar: "مطلوب سائق لأسرة لتوصيل الأطفال إلى المدرسة وقضاء المشاوير اليومية. يجب أن يحمل رخصة قيادة أردنية سارية. معرفة شوارع المدينة ضرورية.",
            en: "Driver needed by a family to take children to school and run daily errands. Must hold a valid Jordanian driving licence. Knowledge of city streets is essential.",
        },
        skills: &[
            Bilingual {
                ar: "رخصة قيادة",
                en: "driving licence",
            },
            Bilingual {
                ar: "معرفة الطرق",
                en: "knowledge of local roads",
            },
            Bilingual {
                ar: "الالتزام بالمواعيد",
                en: "punctuality",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    // G: wholesale and retail trade, repair of motor vehicles
    JobSeed {
        isco: "5223",
        sector: "G",
        title: Bilingual {
            ar: "بائع في محل",
            en: "Shop sales assistant",
        },
        description: Bilingual {
            ar: "مطلوب بائع أو بائعة لخدمة الزبائن وترتيب البضائع في محل. يشمل العمل تسعير المنتجات ومتابعة الرفوف. يفضل من لديه خبرة في البيع.",
            en: "Sales assistant needed to serve customers and arrange goods in a shop. The work includes pricing products and keeping shelves stocked. Sales experience is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
            Bilingual {
                ar: "ترتيب البضائع",
                en: "merchandising",
            },
            Bilingual {
                ar: "العد والوزن",
                en: "counting and weighing",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 360,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5230",
        sector: "G",
        title: Bilingual {
            ar: "كاشير",
            en: "Cashier",
        },
        description: Bilingual {
            ar: "مطلوب كاشير للعمل على صندوق المحاسبة في سوبرماركت. يشمل العمل استلام النقود وإصدار الفواتير وإغلاق الصندوق في نهاية الوردية. الدقة والأمانة ضروريتان.",
            en: "Cashier needed at a supermarket checkout. The work includes taking payments, issuing receipts and closing the till at the end of the shift. Accuracy and honesty are essential.",
        },
        skills: &[
            Bilingual {
                ar: "التعامل مع النقد",
                en: "cash handling",
            },
            Bilingual {
                ar: "مهارات الحاسوب الأساسية",
                en: "basic computer skills",
            },
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 380,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9333",
        sector: "G",
        title: Bilingual {
            ar: "عامل تحميل وتنزيل",
            en: "Loader and unloader",
        },
        description: Bilingual {
            ar: "مطلوب عمال لتحميل وتنزيل البضائع في مستودع. يشمل العمل ترتيب البضائع في المخزن وتجهيز الطلبيات للتوزيع. يتطلب العمل لياقة بدنية جيدة.",
            en: "Workers needed to load and unload goods at a warehouse. The work includes stacking goods in storage and preparing orders for delivery. Good physical fitness is required.",
        },
        skills: &[
            Bilingual {
                ar: "العمل البدني الشاق",
                en: "heavy physical work",
            },
            Bilingual {
                ar: "تشغيل الرافعة الشوكية",
                en: "forklift operation",
            },
            Bilingual {
                ar: "ترتيب المخزون",
                en: "stock arrangement",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 350,
        hours_per_week: 48,
        contract: "daily",
    },
    JobSeed {
        isco: "7231",
        sector: "G",
        title: Bilingual {
            ar: "ميكانيكي سيارات",
            en: "Car mechanic",
        },
        description: Bilingual {
            ar: "مطلوب ميكانيكي سيارات لصيانة المحركات وأنظمة الفرامل والتعليق. يجب أن يكون قادرا على استخدام جهاز فحص الكمبيوتر. الأجر حسب الخبرة.",
            en: "Car mechanic needed to service engines, brakes and suspension. Must be able to use a computer diagnostic tool. Pay depends on experience.",
        },
        skills: &[
            Bilingual {
                ar: "صيانة المحركات",
                en: "engine repair",
            },
            Bilingual {
                ar: "فحص الأعطال بالكمبيوتر",
                en: "computer diagnostics",
            },
            Bilingual {
                ar: "صيانة الفرامل",
                en: "brake repair",
            },
        ],
        wage_min_jd: 380,
        wage_max_jd: 550,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "8332",
        sector: "G",
        title: Bilingual {
            ar: "سائق شاحنة ثقيلة",
            en: "Heavy truck driver",
        },
        description: Bilingual {
            ar: "مطلوب سائق شاحنة لنقل البضائع بين المستودعات والمحافظات. يجب أن يحمل رخصة قيادة فئة الشحن الثقيل. يتطلب العمل السفر لمسافات طويلة.",
            en: "Truck driver needed to carry goods between warehouses and governorates. Must hold a heavy goods vehicle licence. The work requires long-distance travel.",
        },
        skills: &[
            Bilingual {
                ar: "رخصة قيادة مركبة ثقيلة",
                en: "heavy vehicle licence",
            },
            Bilingual {
                ar: "معرفة الطرق",
                en: "knowledge of local roads",
            },
            Bilingual {
                ar: "تأمين الحمولة",
                en: "securing loads",
            },
        ],
        wage_min_jd: 450,
        wage_max_jd: 650,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "9334",
        sector: "G",
        title: Bilingual {
            ar: "عامل ترتيب رفوف",
            en: "Shelf filler",
        },
        description: Bilingual {
            ar: "مطلوب عامل لترتيب البضائع على الرفوف في سوبرماركت ومراقبة تواريخ الصلاحية. العمل بنظام الورديات الصباحية والمسائية. لا تشترط الخبرة.",
            en: "Worker needed to stock supermarket shelves and check expiry dates. Work is in morning and evening shifts. No experience required.",
        },
        skills: &[
            Bilingual {
                ar: "ترتيب البضائع",
                en: "merchandising",
            },
            Bilingual {
                ar: "العمل الجماعي",
                en: "teamwork",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 320,
        hours_per_week: 48,
        contract: "permanent",
    },
    // N: administrative and support services
    JobSeed {
        isco: "9112",
        sector: "N",
        title: Bilingual {
            ar: "عامل نظافة مكاتب",
            en: "Office cleaner",
        },
        description: Bilingual {
            ar: "مطلوب عمال وعاملات نظافة لتنظيف مكاتب ومبان تجارية. العمل في الصباح الباكر أو المساء. يتم توفير الزي ومواد التنظيف.",
            en: "Men and women needed to clean offices and commercial buildings. Work is early in the morning or in the evening. Uniform and cleaning materials are provided.",
        },
        skills: &[
            Bilingual {
                ar: "التنظيف",
                en: "cleaning",
            },
            Bilingual {
                ar: "التعامل مع مواد التنظيف بأمان",
                en: "safe use of cleaning chemicals",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 320,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5414",
        sector: "N",
        title: Bilingual {
            ar: "حارس أمن",
            en: "Security guard",
        },
        description: Bilingual {
            ar: "مطلوب حراس أمن لحراسة مجمعات تجارية ومستودعات. العمل بنظام الورديات بما فيها الليلية. يشترط عدم وجود أسبقيات.",
            en: "Security guards needed for shopping centres and warehouses. Work is in shifts, including nights. A clean criminal record is required.",
        },
        skills: &[
            Bilingual {
                ar: "المراقبة",
                en: "surveillance",
            },
            Bilingual {
                ar: "الإسعافات الأولية",
                en: "first aid",
            },
            Bilingual {
                ar: "الالتزام بالمواعيد",
                en: "punctuality",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 380,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "4110",
        sector: "N",
        title: Bilingual {
            ar: "موظف إداري عام",
            en: "General office clerk",
        },
        description: Bilingual {
            ar: "مطلوب موظف لإدخال البيانات وأرشفة الملفات والرد على الهاتف. يجب إجادة استخدام الحاسوب وبرامج المكتب. يفضل من يتقن اللغة الإنجليزية.",
            en: "Clerk needed for data entry, filing and answering the phone. Good computer and office software skills are required. Good English is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "مهارات الحاسوب الأساسية",
                en: "basic computer skills",
            },
            Bilingual {
                ar: "إدخال البيانات",
                en: "data entry",
            },
            Bilingual {
                ar: "الأرشفة",
                en: "filing",
            },
        ],
        wage_min_jd: 330,
        wage_max_jd: 450,
        hours_per_week: 40,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "6113",
        sector: "N",
        title: Bilingual {
            ar: "بستاني",
            en: "Gardener",
        },
        description: Bilingual {
            ar: "مطلوب بستاني لرعاية الحدائق في مجمعات سكنية وفنادق. يشمل العمل قص العشب والتقليم وري النباتات. يتم توفير المعدات.",
            en: "Gardener needed to look after gardens in residential compounds and hotels. The work includes mowing, pruning and watering plants. Equipment is provided.",
        },
        skills: &[
            Bilingual {
                ar: "العناية بالنباتات",
                en: "plant care",
            },
            Bilingual {
                ar: "تقليم الأشجار",
                en: "tree pruning",
            },
            Bilingual {
                ar: "الري",
                en: "irrigation",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 380,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "8322",
        sector: "N",
        title: Bilingual {
            ar: "سائق فان لنقل العمال",
            en: "Staff van driver",
        },
        description: Bilingual {
            ar: "مطلوب سائق فان لنقل عمال النظافة بين مواقع العمل. يجب أن يحمل رخصة قيادة سارية وسجل قيادة نظيفا. يبدأ العمل في وقت مبكر.",
            en: "Van driver needed to take cleaning staff between work sites. Must hold a valid driving licence and have a clean driving record. Work starts early.",
        },
        skills: &[
            Bilingual {
                ar: "رخصة قيادة",
                en: "driving licence",
            },
            Bilingual {
                ar: "معرفة الطرق",
                en: "knowledge of local roads",
            },
            Bilingual {
                ar: "الالتزام بالمواعيد",
                en: "punctuality",
            },
        ],
        wage_min_jd: 330,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    // Q: human health and social work
    JobSeed {
        isco: "5321",
        sector: "Q",
        title: Bilingual {
            ar: "مساعد رعاية صحية",
            en: "Health care assistant",
        },
        description: Bilingual {
            ar: "مطلوب مساعد رعاية لمساعدة المرضى في الأكل والحركة والنظافة الشخصية داخل المستشفى. يعمل تحت إشراف الممرضين. يفضل من لديه دورة في الرعاية الصحية.",
            en: "Care assistant needed to help patients with eating, moving and personal hygiene in a hospital. Works under the supervision of nurses. A health care course is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "رعاية المرضى",
                en: "patient care",
            },
            Bilingual {
                ar: "الإسعافات الأولية",
                en: "first aid",
            },
            Bilingual {
                ar: "مكافحة العدوى",
                en: "infection control",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 420,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "3256",
        sector: "Q",
        title: Bilingual {
            ar: "مساعد طبي",
            en: "Medical assistant",
        },
        description: Bilingual {
            ar: "مطلوب مساعد طبي في عيادة لقياس العلامات الحيوية وتجهيز المرضى للفحص. يشمل العمل تسجيل بيانات المرضى وتعقيم الأدوات. يشترط دبلوم في مجال صحي.",
            en: "Medical assistant needed in a clinic to take vital signs and prepare patients for examination. The work includes recording patient data and sterilising instruments. A health diploma is required.",
        },
        skills: &[
            Bilingual {
                ar: "قياس العلامات الحيوية",
                en: "taking vital signs",
            },
            Bilingual {
                ar: "مكافحة العدوى",
                en: "infection control",
            },
            Bilingual {
                ar: "إدخال البيانات",
                en: "data entry",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 550,
        hours_per_week: 45,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "9112",
        sector: "Q",
        title: Bilingual {
            ar: "عامل نظافة مستشفى",
            en: "Hospital cleaner",
        },
        description: Bilingual {
            ar: "مطلوب عمال نظافة للأقسام والممرات في مستشفى. يجب الالتزام بإجراءات التعقيم ومكافحة العدوى. يتوفر تدريب قبل بدء العمل.",
            en: "Cleaners needed for wards and corridors in a hospital. Sterilisation and infection control procedures must be followed. Training is given before starting work.",
        },
        skills: &[
            Bilingual {
                ar: "التنظيف",
                en: "cleaning",
            },
            Bilingual {
                ar: "مكافحة العدوى",
                en: "infection control",
            },
            Bilingual {
                ar: "التعامل مع مواد التنظيف بأمان",
                en: "safe use of cleaning chemicals",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 340,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5311",
        sector: "Q",
        title: Bilingual {
            ar: "مشرفة حضانة",
            en: "Day care worker",
        },
        description: Bilingual {
            ar: "مطلوب مشرفة لرعاية الأطفال في حضانة نهارية. يشمل العمل تنظيم الأنشطة والألعاب ومساعدة الأطفال في الطعام والنظافة. تفضل حاملة شهادة في تربية الطفل.",
            en: "Worker needed to care for children at a day care centre. The work includes organising activities and games and helping children with meals and hygiene. A qualification in early childhood is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "رعاية الأطفال",
                en: "childcare",
            },
            Bilingual {
                ar: "الإسعافات الأولية",
                en: "first aid",
            },
            Bilingual {
                ar: "تنظيم الأنشطة",
                en: "organising activities",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 380,
        hours_per_week: 40,
        contract: "fixed_term",
    },
    JobSeed {
        isco: "2330",
        sector: "Q",
        title: Bilingual {
            ar: "مدرس دعم دراسي للمرحلة الثانوية",
            en: "Secondary school tutor",
        },
        description: Bilingual {
            ar: "مطلوب مدرس رياضيات أو لغة إنجليزية لتقديم دروس تقوية لطلاب المرحلة الثانوية في مركز مجتمعي. يشترط شهادة جامعية في التخصص. العقد لمدة فصل دراسي قابل للتجديد.",
            en: "Maths or English teacher needed to give catch-up classes to secondary students at a community centre. A university degree in the subject is required. The contract is for one term and can be renewed.",
        },
        skills: &[
            Bilingual {
                ar: "التدريس",
                en: "teaching",
            },
            Bilingual {
                ar: "إدارة الصف",
                en: "classroom management",
            },
            Bilingual {
                ar: "اللغة الإنجليزية",
                en: "English",
            },
        ],
        wage_min_jd: 400,
        wage_max_jd: 600,
        hours_per_week: 30,
        contract: "fixed_term",
    },
    // S: other service activities
    JobSeed {
        isco: "5141",
        sector: "S",
        title: Bilingual {
            ar: "حلاق رجالي",
            en: "Barber",
        },
        description: Bilingual {
            ar: "مطلوب حلاق رجالي ذو خبرة في قص الشعر وتهذيب اللحية. يشمل العمل تعقيم الأدوات والمحافظة على نظافة الصالون. الأجر راتب ثابت مع نسبة.",
            en: "Experienced barber needed for haircuts and beard trimming. The work includes sterilising tools and keeping the salon clean. Pay is a fixed salary plus commission.",
        },
        skills: &[
            Bilingual {
                ar: "قص الشعر",
                en: "hair cutting",
            },
            Bilingual {
                ar: "تهذيب اللحية",
                en: "beard trimming",
            },
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5141",
        sector: "S",
        title: Bilingual {
            ar: "مصففة شعر",
            en: "Ladies' hairdresser",
        },
        description: Bilingual {
            ar: "مطلوب مصففة شعر لصالون نسائي. يشمل العمل القص والصبغة والتسريح للمناسبات. تفضل من لديها خبرة في العناية بالشعر.",
            en: "Hairdresser needed for a ladies' salon. The work includes cutting, colouring and styling for occasions. Experience in hair care is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "قص الشعر",
                en: "hair cutting",
            },
            Bilingual {
                ar: "صبغ الشعر",
                en: "hair colouring",
            },
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "5142",
        sector: "S",
        title: Bilingual {
            ar: "خبيرة تجميل",
            en: "Beautician",
        },
        description: Bilingual {
            ar: "مطلوب خبيرة تجميل للمكياج والعناية بالبشرة والأظافر. العمل في صالون نسائي بدوام مرن. الأجر حسب الخبرة مع نسبة من الخدمات.",
            en: "Beautician needed for make-up, skin care and nails. The work is in a ladies' salon with flexible hours. Pay depends on experience plus a share of services.",
        },
        skills: &[
            Bilingual {
                ar: "المكياج",
                en: "make-up",
            },
            Bilingual {
                ar: "العناية بالبشرة",
                en: "skin care",
            },
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
        ],
        wage_min_jd: 300,
        wage_max_jd: 450,
        hours_per_week: 40,
        contract: "permanent",
    },
    JobSeed {
        isco: "9121",
        sector: "S",
        title: Bilingual {
            ar: "عامل مكوى وغسيل",
            en: "Laundry presser",
        },
        description: Bilingual {
            ar: "مطلوب عامل لكوي الملابس والبدلات وفرزها في مغسلة. يشمل العمل استلام الملابس من الزبائن وتسليمها. لا تشترط الخبرة ويتوفر تدريب.",
            en: "Worker needed to press and sort clothes and suits at a laundry. The work includes receiving and returning customers' clothes. No experience needed and training is provided.",
        },
        skills: &[
            Bilingual {
                ar: "الغسيل والكوي",
                en: "laundry and ironing",
            },
            Bilingual {
                ar: "خدمة العملاء",
                en: "customer service",
            },
        ],
        wage_min_jd: 290,
        wage_max_jd: 340,
        hours_per_week: 48,
        contract: "permanent",
    },
    JobSeed {
        isco: "7531",
        sector: "S",
        title: Bilingual {
            ar: "خياط",
            en: "Tailor",
        },
        description: Bilingual {
            ar: "مطلوب خياط أو خياطة لتفصيل وتعديل الملابس الرجالية والنسائية. يشمل العمل أخذ المقاسات وقص القماش والخياطة. يفضل من لديه خبرة في تفصيل الفساتين.",
            en: "Tailor needed to make and alter men's and women's clothing. The work includes taking measurements, cutting fabric and sewing. Experience in dressmaking is preferred.",
        },
        skills: &[
            Bilingual {
                ar: "أخذ المقاسات",
                en: "taking measurements",
            },
            Bilingual {
                ar: "قص القماش",
                en: "fabric cutting",
            },
            Bilingual {
                ar: "تشغيل ماكينة الخياطة",
                en: "sewing machine operation",
            },
        ],
        wage_min_jd: 320,
        wage_max_jd: 450,
        hours_per_week: 48,
        contract: "permanent",
    },
];

/// General skills that job seekers may list in addition to trade skills.
pub const SKILLS_EXTRA: &[Bilingual] = &[
    Bilingual {
        ar: "رخصة قيادة",
        en: "driving licence",
    },
    Bilingual {
        ar: "رخصة قيادة مركبة ثقيلة",
        en: "heavy vehicle licence",
    },
    Bilingual {
        ar: "الإسعافات الأولية",
        en: "first aid",
    },
    Bilingual {
        ar: "مهارات الحاسوب الأساسية",
        en: "basic computer skills",
    },
    Bilingual {
        ar: "خدمة العملاء",
        en: "customer service",
    },
    Bilingual {
        ar: "تشغيل الرافعة الشوكية",
        en: "forklift operation",
    },
    Bilingual {
        ar: "النظافة الغذائية",
        en: "food hygiene",
    },
    Bilingual {
        ar: "السلامة والصحة المهنية",
        en: "occupational safety and health",
    },
    Bilingual {
        ar: "اللغة الإنجليزية الأساسية",
        en: "basic English",
    },
    Bilingual {
        ar: "العمل الجماعي",
        en: "teamwork",
    },
    Bilingual {
        ar: "الالتزام بالمواعيد",
        en: "punctuality",
    },
    Bilingual {
        ar: "القراءة والكتابة بالعربية",
        en: "Arabic literacy",
    },
    Bilingual {
        ar: "الحساب الأساسي",
        en: "basic numeracy",
    },
    Bilingual {
        ar: "استخدام الهاتف الذكي",
        en: "smartphone use",
    },
    Bilingual {
        ar: "برنامج إكسل",
        en: "Microsoft Excel",
    },
    Bilingual {
        ar: "التعامل مع النقد",
        en: "cash handling",
    },
    Bilingual {
        ar: "السلامة من الحرائق",
        en: "fire safety",
    },
    Bilingual {
        ar: "رفع الأحمال بأمان",
        en: "safe manual handling",
    },
    Bilingual {
        ar: "إدارة الوقت",
        en: "time management",
    },
    Bilingual {
        ar: "حل المشكلات",
        en: "problem solving",
    },
    Bilingual {
        ar: "التواصل الفعال",
        en: "effective communication",
    },
    Bilingual {
        ar: "العمل على المرتفعات بأمان",
        en: "working safely at height",
    },
    Bilingual {
        ar: "الطباعة على الحاسوب",
        en: "typing",
    },
    Bilingual {
        ar: "التعامل مع الأطفال",
        en: "working with children",
    },
];
