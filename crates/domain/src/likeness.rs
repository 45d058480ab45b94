//! Whether two registrations may name the same person, however the name was
//! written: in Arabic with or without hamza, ta marbuta, "ال" and diacritics,
//! compound names joined or apart (عبد الله / عبدالله, نور الدين / نورالدين), its
//! family name first or last, or in one of the Latin spellings people use for an
//! Arabic name (Mohammad, Mohammed, Muhammad, محمد; Abdulrahman, Abd al-Rahman,
//! عبد الرحمن).
//!
//! Each word of a name becomes its sound skeleton: the consonants, in classes that
//! both scripts share (ق, q and k are one; ث, t and th are one), without short
//! vowels, ع, hamza or a final h, doubled letters once; beside it the long vowels
//! (the و and ي Arabic writes, the ou and ei Latin writes) and how the word ends (a
//! feminine a, a nisba i). Two Arabic words must agree letter for letter once folded,
//! since Arabic writes its long vowels (حسن is not حسين, نبيل is not نبيلة). Two names
//! are alike when the words of the shorter one meet words of the other in order, and
//! at least two of them: a grandfather's name may be missing (never the given name),
//! a family name may not differ, and a father's name may not change places with the
//! given name. Two words may be written as one (محمد نور, محمدنور; Bani Hani,
//! Banihani); a slip of the keyboard is forgiven in a long word, and in a short one
//! when the rest of the name is written alike; Somali spellings (Maxamed, Cabdi) read
//! as the usual ones.
//!
//! docs/BENCHMARKS.md reports how well this tells people apart on a labelled set of
//! name pairs (crates/domain/tests/data/name_pairs.tsv).

use crate::folding::{is_arabic_letter, is_diacritic, normalise};

/// A phone number in E.164 (`+962791234567`), however it was typed (`0791234567`,
/// `+962 79 123 4567`, `00962791234567`, Arabic-Indic digits): a number without a
/// country code is Jordan's. `None` for what is not a number that country could
/// give, and for a placeholder typed for someone without a phone (`placeholder`).
pub fn phone_e164(phone: &str) -> Option<String> {
    let mut digits = String::new();
    normalise(phone, &mut digits);
    let number = phonenumber::parse(Some(phonenumber::country::Id::JO), &digits).ok()?;
    let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
    (phonenumber::is_valid(&number) && !placeholder(&e164)).then_some(e164)
}

/// Whether a number's last seven digits are one digit over and over (0790000000,
/// 0781111111): what a caseworker types when the person has no phone, which would
/// make everyone without one alike.
fn placeholder(e164: &str) -> bool {
    let digits: Vec<char> = e164.chars().filter(char::is_ascii_digit).collect();
    digits
        .len()
        .checked_sub(7)
        .is_some_and(|start| digits[start..].iter().all(|&d| d == digits[start]))
}

/// How a word ends, where both scripts can tell: a feminine or long a (Fatma, فاطمة,
/// Mustafa, مصطفى), an i (Ali, علي, Hariri), or a consonant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    A,
    I,
    Consonant,
}

/// One word of a name, ready to be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameWord {
    /// The consonant skeleton shared by both scripts: `mhmd`.
    pub skeleton: String,
    /// The folded Arabic spelling (no article, compound joined), when written in
    /// Arabic.
    pub arabic: Option<String>,
    /// The long vowels, which the skeleton leaves out.
    vowels: Vec<LongVowel>,
    /// How the word ends, when its spelling says (a Latin e or o does not).
    ending: Option<Ending>,
    /// A compound (Abd…, Abu…): a slip is never forgiven in one, since Abdulrahman
    /// and Abdulrahim are two names.
    compound: bool,
    /// The word as typed, folded (Arabic) or in small letters (Latin), without its
    /// article: where a slip of the keyboard is looked for.
    typed: String,
}

impl NameWord {
    /// Whether the two words are one name as written: the same folded spelling in
    /// Arabic; else the same skeleton, long vowels and ending.
    fn same(&self, other: &NameWord) -> bool {
        match (&self.arabic, &other.arabic) {
            (Some(mine), Some(theirs)) => mine == theirs,
            _ => {
                skeletons_meet(&self.skeleton, &other.skeleton)
                    && vowels_agree(self, other)
                    && endings_agree(self.ending, other.ending)
            }
        }
    }

    /// Whether the two words may be one name with a typing slip forgiven: in Arabic, a
    /// long vowel left out of a word of six letters or more (إبراهم, البغددي); in a
    /// Latin skeleton of four letters or more, one letter put in, left out or changed
    /// after the first.
    fn slip(&self, other: &NameWord) -> bool {
        if self.compound || other.compound {
            return false;
        }
        let arabic = self.arabic.is_some() && other.arabic.is_some();
        let latin = self.arabic.is_none() && other.arabic.is_none();
        if (arabic || latin) && keyboard_slip(&self.typed, &other.typed, arabic) {
            return true;
        }
        match (&self.arabic, &other.arabic) {
            (Some(mine), Some(theirs)) => vowel_left_out(mine, theirs),
            _ => {
                let first = |word: &NameWord| word.skeleton.chars().next();
                first(self)
                    .zip(first(other))
                    .is_some_and(|(a, b)| classes_meet(a, b))
                    && one_apart(&self.skeleton, &other.skeleton, 4)
                    && endings_agree(self.ending, other.ending)
            }
        }
    }

    fn meets(&self, other: &NameWord) -> bool {
        self.same(other) || self.slip(other)
    }

    /// Whether the two words may be one name with a slip forgiven that `slip` leaves
    /// alone: in a word of three or four letters, at its end, or inside a compound (غوش
    /// for غوس, Fafi for Fadi, Abdelrahmna). Asked only of a word whose name is
    /// otherwise written exactly alike, since short names one key apart are often two
    /// people's (Rami, Rani), and never across scripts.
    fn loose_slip(&self, other: &NameWord) -> bool {
        self.arabic.is_some() == other.arabic.is_some()
            && short_slip(&self.typed, &other.typed, self.arabic.is_some())
    }
}

/// What a letter of a skeleton may stand for, as the look-up's keys write it. Most
/// letters are themselves; the interdentals are said, and so written in Latin, as
/// the person's country says them: ث as th or s (Othman, Osman; `Q` is ث said th),
/// ذ as th, dh or z (Munther, Mundhir, Monzer; `V` is ذ said dh), ظ as dh or z
/// (Kadhim, Kazem; `P` is ظ said dh); so a Latin th may be ث or ذ, a dh ذ, ظ or ض
/// (Ramadhan); and a g inside a word ج or, in Sudan, ق (Sadig). ت stays apart from
/// ث (Tamer is not Thamer), as do a Latin t and s.
fn key_set(class: char) -> &'static [char] {
    match class {
        '1' => &['s', 'Q'],
        'T' => &['Q', 'V', 's', 'z'],
        '2' => &['V', 'z'],
        'D' => &['V', 'P', 'z', 'd'],
        '3' => &['P', 'z'],
        'G' => &['j', 'k'],
        's' => &['s'],
        'z' => &['z'],
        'd' => &['d'],
        'j' => &['j'],
        'k' => &['k'],
        _ => &[],
    }
}

/// Whether two letters of skeletons may be one: the same, or sharing what they may
/// stand for (`key_set`).
fn classes_meet(a: char, b: char) -> bool {
    a == b || key_set(a).iter().any(|key| key_set(b).contains(key))
}

/// Whether two skeletons may be one, letter by letter.
fn skeletons_meet(a: &str, b: &str) -> bool {
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| classes_meet(x, y))
}

/// The skeletons a skeleton may stand for, with each letter written as one of its
/// keys: the look-up's keys, so that two skeletons that meet share one. At most 16.
fn key_skeletons(skeleton: &str) -> Vec<String> {
    let mut keys = vec![String::new()];
    for class in skeleton.chars() {
        let options: &[char] = match key_set(class) {
            [] => &[class],
            [single] if *single == class => &[class],
            set => set,
        };
        if keys.len() * options.len() > 16 {
            for key in &mut keys {
                key.push(options[0]);
            }
            continue;
        }
        keys = keys
            .iter()
            .flat_map(|key| {
                options.iter().map(move |option| {
                    let mut longer = key.clone();
                    longer.push(*option);
                    longer
                })
            })
            .collect();
    }
    keys
}

/// The keyboards names are typed on, row by row as the keys stand: the Arabic layout
/// of Jordan's and Syria's computers (the لا key as `\u{FEFB}`) and QWERTY.
const ARABIC_ROWS: [&str; 3] = ["ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤر\u{FEFB}ىةوزظ"];
const LATIN_ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/// The keys of each layout, row by row. A folded letter is found on its own key (ي
/// where ي is, not where ى and ئ are, which fold to it; و where و is, not ؤ).
/// Worked out once.
static KEYBOARDS: std::sync::LazyLock<[Vec<Vec<char>>; 2]> = std::sync::LazyLock::new(|| {
    let rows = |layout: &[&str; 3]| layout.iter().map(|row| row.chars().collect()).collect();
    [rows(&ARABIC_ROWS), rows(&LATIN_ROWS)]
});

/// Whether two letters are next to each other on the keyboard (beside, or above or
/// below on a staggered row), as `fold_arabic` writes Arabic letters.
fn keys_adjacent(a: char, b: char, arabic: bool) -> bool {
    let rows = &KEYBOARDS[usize::from(!arabic)];
    let place = |c: char| {
        rows.iter()
            .enumerate()
            .find_map(|(r, row)| row.iter().position(|&k| k == c).map(|col| (r, col)))
    };
    let (Some((ra, ca)), Some((rb, cb))) = (place(a), place(b)) else {
        return false;
    };
    match rb as isize - ra as isize {
        0 => ca.abs_diff(cb) == 1,
        // The row below sits half a key to the right: key c is above c - 1 and c.
        1 => cb == ca || cb + 1 == ca,
        -1 => ca == cb || ca + 1 == cb,
        _ => false,
    }
}

/// How a caseworker's fingers may have turned one word into the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slip {
    /// One key pressed for its neighbour.
    Neighbour(char, char),
    /// Two letters swapped.
    Swapped,
    /// One letter put in or left out, not the last: a letter typed twice or a
    /// neighbour's key, or in Arabic a long vowel (`vowel`).
    Extra { vowel: bool },
}

/// The slip that turns one word into the other, if one does.
fn slip_between(a: &[char], b: &[char], arabic: bool) -> Option<Slip> {
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    match (
        a.len().checked_sub(start + end)?,
        b.len().checked_sub(start + end)?,
    ) {
        (1, 1) if keys_adjacent(a[start], b[start], arabic) => {
            Some(Slip::Neighbour(a[start], b[start]))
        }
        (2, 2) if a[start] == b[start + 1] && a[start + 1] == b[start] => Some(Slip::Swapped),
        (0, 1) | (1, 0) => {
            let long = if a.len() > b.len() { a } else { b };
            let letter = long[start];
            let beside = [start.checked_sub(1), Some(start + 1)]
                .into_iter()
                .flatten()
                .filter_map(|i| long.get(i).copied());
            let vowel = arabic && matches!(letter, 'ا' | 'و' | 'ي');
            let typed = beside
                .into_iter()
                .any(|n| n == letter || keys_adjacent(n, letter, arabic));
            (start + 1 < long.len() && (vowel || typed)).then_some(Slip::Extra { vowel })
        }
        _ => None,
    }
}

/// Whether a caseworker's fingers may have turned one word into the other, both of
/// five letters or more: one key pressed for its neighbour, two letters swapped, or
/// one letter put in or left out inside the word (a neighbour's key, a letter typed
/// twice, or in Arabic a long vowel), never its last letter, which may say the
/// person's sex (Nabil, Nabila).
fn keyboard_slip(a: &str, b: &str, arabic: bool) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    a != b && a.len().min(b.len()) >= 5 && slip_between(&a, &b, arabic).is_some()
}

/// Whether one of two short words may be the other mistyped, in words of three
/// letters or more: a key for its neighbour, but not m for n nor ع for ا, which tell
/// many pairs of names apart (Rami, Rani; Dina, Dima; علا, آلاء); in Latin, also two
/// letters swapped. A letter put in or left out makes another name (حسن, حسين; Wiam,
/// Wisam), as does in Arabic a long vowel moved (فراس, فارس).
fn short_slip(a: &str, b: &str, arabic: bool) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b || a.len().min(b.len()) < 3 {
        return false;
    }
    let telling = |x: char, y: char| {
        [('m', 'n'), ('م', 'ن'), ('ع', 'ا')]
            .iter()
            .any(|&pair| pair == (x, y) || pair == (y, x))
    };
    match slip_between(&a, &b, arabic) {
        Some(Slip::Neighbour(x, y)) => !telling(x, y),
        Some(Slip::Swapped) => !arabic,
        Some(Slip::Extra { .. }) | None => false,
    }
}

/// Whether one of two Arabic words is the other, of six letters or more, with one
/// ا, و or ي left out.
fn vowel_left_out(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let long: Vec<char> = long.chars().collect();
    long.len() >= 6
        && long.len() == short.chars().count() + 1
        && (0..long.len()).any(|i| {
            matches!(long[i], 'ا' | 'و' | 'ي')
                && long[..i]
                    .iter()
                    .chain(&long[i + 1..])
                    .copied()
                    .eq(short.chars())
        })
}

/// A word with each run of one letter written once.
fn undoubled(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

fn endings_agree(a: Option<Ending>, b: Option<Ending>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Whether `a` and `b` differ by exactly one letter put in, left out or changed, both
/// being at least `min` letters long.
fn one_apart(a: &str, b: &str, min: usize) -> bool {
    if a == b {
        return false;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().min(b.len()) < min || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let start = a
        .iter()
        .zip(&b)
        .take_while(|(x, y)| classes_meet(**x, **y))
        .count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| classes_meet(**x, **y))
        .count();
    a.len().max(b.len()) - start - end <= 1
}

/// Words that tie names together and are left out: bin, ibn, bint, بن, ابن, بنت.
const PARTICLES: &[&str] = &["bin", "ben", "ibn", "bint", "بن", "ابن", "بنت"];

/// The articles written as a word of their own: "Abd al-Rahman", "El Hariri",
/// "Nour ad-Din".
const ARTICLES: &[&str] = &["al", "el", "ul", "ad", "ed", "ud", "ال"];

/// The first halves of compound names, written as a word of their own or joined to
/// the second: عبد (Abd, Abdul, Abdel), أبو (Abu, Abou), بني (Bani: Bani Hani,
/// Banihani); and, first in a name, أم (Umm), the mother of.
fn compound_head(word: &str, first: bool) -> Option<&'static str> {
    match word {
        "عبد" | "abd" | "abdul" | "abdel" | "abdal" | "abdol" | "abdu" => Some("bd"),
        "ابو" | "أبو" | "abu" | "abou" | "abo" => Some("b"),
        "بني" | "bani" | "beni" | "bany" => Some("bn"),
        "ام" | "أم" | "um" | "umm" | "om" | "oum" if first => Some("m"),
        _ => None,
    }
}

/// The Latin spelling of a compound's first half, by its key, to look for slips in
/// the whole compound.
fn latin_head(key: &str) -> &'static str {
    match key {
        "bd" => "abd",
        "b" => "abu",
        "bn" => "bani",
        "m" => "umm",
        _ => "",
    }
}

/// A joined compound split in two: عبدالرحمن, abdulrahman, ابوزيد, abuzaid.
fn split_compound(word: &str) -> Option<(&'static str, &str)> {
    const HEADS: [(&str, &str); 15] = [
        ("عبد", "bd"),
        ("abdul", "bd"),
        ("abdel", "bd"),
        ("abdal", "bd"),
        ("abdol", "bd"),
        ("abdu", "bd"),
        ("abd", "bd"),
        ("ابو", "b"),
        ("أبو", "b"),
        ("abou", "b"),
        ("abu", "b"),
        ("abo", "b"),
        ("بني", "bn"),
        ("bani", "bn"),
        ("beni", "bn"),
    ];
    HEADS.iter().find_map(|(head, key)| {
        let rest = word.strip_prefix(head)?;
        (rest.chars().count() >= 3).then_some((*key, rest))
    })
}

/// The second half of a compound that follows a name (نور الدين, Noureddin; هبة الله,
/// Hibatullah; نور الهدى, Nour al-Huda): how it is written with its article, as a word
/// of its own or joined to the first half; what may follow an article written apart
/// ("Nour ad-Din"); and how each script writes it once joined.
struct SecondHalf {
    with_article: &'static [&'static str],
    after_article: &'static [&'static str],
    arabic: &'static str,
    latin: &'static str,
}

const SECOND_HALVES: [SecondHalf; 3] = [
    SecondHalf {
        with_article: &[
            "الدين",
            "eddin",
            "eddine",
            "uddin",
            "uddine",
            "eldin",
            "aldin",
            "addin",
            "addine",
            "edine",
        ],
        after_article: &["din", "دين"],
        arabic: "دين",
        latin: "din",
    },
    SecondHalf {
        with_article: &["الله", "allah", "ullah", "ollah", "illah"],
        after_article: &[],
        arabic: "لله",
        latin: "llah",
    },
    SecondHalf {
        with_article: &[
            "الهدى",
            "الهدي",
            "alhuda",
            "elhuda",
            "ulhuda",
            "alhoda",
            "elhoda",
        ],
        after_article: &["huda", "hoda"],
        // ى, not the folded ي: the name ends on an a (Huda), not an i.
        arabic: "هدى",
        latin: "huda",
    },
];

/// The second half a word (folded) is, written apart from the first.
fn second_half(plain: &str, after_article: bool) -> Option<&'static SecondHalf> {
    SECOND_HALVES.iter().find(|half| {
        half.with_article.contains(&plain) || (after_article && half.after_article.contains(&plain))
    })
}

/// A word that ends with a joined second half split in two: نورالدين, noureddin,
/// hibatullah.
fn split_half(word: &str) -> Option<(&str, &'static SecondHalf)> {
    SECOND_HALVES.iter().find_map(|half| {
        half.with_article.iter().find_map(|spelled| {
            let head = word.strip_suffix(spelled)?;
            (head.chars().count() >= 2).then_some((head, half))
        })
    })
}

/// A word without the article it begins with: الحريري, alhariri, el-hariri are
/// حريري and hariri. A Latin "al" goes only before a word of four letters or more,
/// so that Ali and Alaa keep theirs.
fn without_article(word: &str) -> &str {
    // The Arabic article before a word of two letters or more, not counting alef
    // (الاء and آلاء are one name, not an article before "اء").
    let folded = fold_arabic(word);
    if let Some(rest) = folded.strip_prefix("ال")
        && rest.chars().filter(|&c| c != 'ا').count() >= 2
    {
        return word
            .char_indices()
            .nth(2)
            .map_or(word, |(at, _)| &word[at..]);
    }
    for article in ["al", "el", "ul", "il", "ol"] {
        if let Some(rest) = word.strip_prefix(article)
            && rest.chars().count() >= 4
        {
            return rest;
        }
    }
    // Abdurrahman, Eddin: the article's l taken by a "sun letter", written as the
    // vowel before a doubled consonant.
    let mut chars = word.chars();
    if let (Some(vowel), Some(first), Some(second)) = (chars.next(), chars.next(), chars.next())
        && "aeou".contains(vowel)
        && first == second
        && !"aeiouwy".contains(first)
    {
        return &word[vowel.len_utf8()..];
    }
    word
}

/// An Arabic word folded for comparing names: no diacritics or tatweel, one alef, ي
/// for ى and for the hamza on a ya seat (عائشة is عايشة), و for the hamza on a waw seat
/// (مؤمن is مومن), ه for ة, no hamza on the line (هيفاء is هيفا, رءوف is رؤوف).
fn fold_arabic(word: &str) -> String {
    word.chars()
        .filter(|&c| !is_diacritic(c) && c != '\u{0640}' && c != 'ء')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' | 'ئ' => 'ي',
            'ؤ' => 'و',
            'ة' => 'ه',
            'ک' => 'ك',
            c => c,
        })
        .collect()
}

/// The class of an Arabic letter: a consonant shared with Latin (ق is `k`), `a` for
/// what the skeleton leaves out (alef, hamza, ع), `w`/`y` for و and ي beginning the
/// word, `A`/`W`/`Y` for the long vowels ا, و and ي write elsewhere, and `u`/`i` for a
/// hamza's seat, which Latin may write as a vowel or not (Aisha, Moemen).
fn arabic_class(c: char, first: bool) -> char {
    match c {
        'ب' => 'b',
        'ت' | 'ط' => 't',
        // The interdentals, which Latin writes as they are said where the person
        // comes from (see `key_set`).
        'ث' => '1',
        'ذ' => '2',
        'ظ' => '3',
        'ج' => 'j',
        'ح' | 'ه' | 'ة' => 'h',
        'خ' => 'x',
        'د' | 'ض' => 'd',
        'ر' => 'r',
        'ز' => 'z',
        'س' | 'ص' => 's',
        'ش' => '$',
        'غ' => 'g',
        'ف' | 'ڤ' => 'f',
        'ق' | 'ك' | 'ک' => 'k',
        'ل' => 'l',
        'م' => 'm',
        'ن' => 'n',
        'و' if first => 'w',
        'ي' | 'ی' if first => 'y',
        'و' => 'W',
        'ي' | 'ی' | 'ى' => 'Y',
        'ا' if !first => 'A',
        'ئ' => 'i',
        'ؤ' => 'u',
        _ => 'a',
    }
}

/// How an Arabic word ends: ة, ه, ا, ى or a hamza is an a (فاطمة, مصطفى, علاء); ي an i;
/// a و is left open (عمرو); any other letter a consonant.
fn arabic_ending(word: &str) -> Option<Ending> {
    match word.chars().last()? {
        'ة' | 'ه' | 'ا' | 'ى' | 'ء' | 'أ' => Some(Ending::A),
        'ي' | 'ی' | 'ئ' => Some(Ending::I),
        // عمرو; and a final ع, which Latin may write as an a (جامع, Jama).
        'و' | 'ع' => None,
        _ => Some(Ending::Consonant),
    }
}

/// How a Latin word ends: a, aa or ah is an a (Fatma, Alaa, Fatimah); i, y, ee, ie or
/// ey an i (Ali, Hariry); e, o and u are left open (Hamzeh, Abdo); any other letter a
/// consonant.
fn latin_ending(word: &str) -> Option<Ending> {
    // A final ah may be a feminine a (Fatimah, فاطمة) or an a before ح (Salah, صلاح;
    // Sabah, صباح): it says nothing.
    if word.ends_with("ah") {
        return None;
    }
    let trimmed = word;
    match trimmed.chars().last()? {
        'a' => Some(Ending::A),
        'i' | 'y' => Some(Ending::I),
        'e' if trimmed.ends_with("ee") || trimmed.ends_with("ie") => Some(Ending::I),
        'e' | 'o' | 'u' | 'h' => None,
        _ => Some(Ending::Consonant),
    }
}

/// The classes of a Latin word, as `arabic_class` gives them: digraphs first (kh, sh,
/// ch, gh, th, dh, ph); `ou`, `oo` past the first consonant
/// and a w inside the word a long u (`W`); `ee`, `ei`, `ey`, `ie` and a y inside the
/// word a long i (`Y`), and `ae`, `ai`, `ay` an a that may be long before one
/// (Wael, وائل; Aisha, عائشة); a single a or e, an aa (Saad, سعد), u or o, or i, and an ou near the start
/// (Mouhamad, Youssef), may be long or short (`e`, `u`, `i`).
fn latin_classes(word: &str) -> Vec<char> {
    let chars: Vec<char> = word.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let pair = (chars[i], chars.get(i + 1).copied().unwrap_or(' '));
        let consonants = out.iter().filter(|c| !"aeiuAWY".contains(**c)).count();
        let (classes, width): (&[char], usize) = match pair {
            ('k', 'h') => (&['x'], 2),
            ('s' | 'c', 'h') => (&['$'], 2),
            ('g', 'h') => (&['g'], 2),
            ('t', 'h') => (&['T'], 2),
            ('d', 'h') => (&['D'], 2),
            ('p', 'h') => (&['f'], 2),
            ('o', 'u') | ('o', 'o') | ('u', 'u') if consonants <= 1 => (&['u'], 2),
            ('o', 'u') | ('o', 'o') | ('u', 'u') => (&['W'], 2),
            ('a', 'a') => (&['e'], 2),
            ('a', 'e') | ('a', 'i') | ('a', 'y') => (&['e', 'Y'], 2),
            ('e', 'e') | ('e', 'i') | ('e', 'y') | ('i', 'e') | ('i', 'i') => (&['Y'], 2),
            ('w', _) if i == 0 => (&['w'], 1),
            ('y', _) if i == 0 => (&['y'], 1),
            ('w', _) => (&['W'], 1),
            ('y', _) => (&['Y'], 1),
            ('u' | 'o', _) => (&['u'], 1),
            ('i', _) => (&['i'], 1),
            ('a' | 'e', _) => (&['e'], 1),
            ('q' | 'c' | 'k' | 'x', _) => (&['k'], 1),
            // A g inside a word may be ج (Naguib) or, in Sudan, ق (Sadig, Ishag).
            ('g', _) if i > 0 => (&['G'], 1),
            ('g' | 'j', _) => (&['j'], 1),
            ('v', _) => (&['f'], 1),
            ('p', _) => (&['b'], 1),
            (c, _) => {
                out.push(c);
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(classes);
        i += width;
    }
    out
}

/// A long vowel of a word: its kind (`A`, `W` or `Y`), the number of consonants
/// before it, and whether it is surely long (written in Arabic, or spelled out in
/// Latin) or only may be (a single Latin a, u or i).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongVowel {
    kind: char,
    at: usize,
    sure: bool,
}

/// The skeleton of a word's classes, and its long vowels: the consonants, with no
/// final h (Fatimah, فاطمه) and a doubled letter once; the long vowels that come
/// before a consonant (a final one is written one way or another at will).
fn skeleton(classes: &[char]) -> (String, Vec<LongVowel>) {
    let mut out = String::new();
    let mut vowels = Vec::new();
    let last = classes.len().saturating_sub(1);
    let mut previous = None;
    for (index, &class) in classes.iter().enumerate() {
        let at = out.chars().count();
        match class {
            'a' => {}
            'A' | 'W' | 'Y' | 'e' | 'u' | 'i' => vowels.push(LongVowel {
                kind: match class {
                    'A' | 'e' => 'A',
                    'W' | 'u' => 'W',
                    _ => 'Y',
                },
                at,
                sure: class.is_ascii_uppercase(),
            }),
            'h' if index == last => {}
            consonant if previous != Some(consonant) => out.push(consonant),
            _ => {}
        }
        previous = Some(class);
    }
    let length = out.chars().count();
    vowels.retain(|vowel| vowel.at < length);
    (out, vowels)
}

/// Whether every sure long vowel of each word stands, as sure or maybe, in the other
/// at the same place: Hussein is not Hasan, nor Mahmoud Mohammad.
fn vowels_agree(a: &NameWord, b: &NameWord) -> bool {
    let covered = |mine: &[LongVowel], theirs: &[LongVowel]| {
        mine.iter().filter(|vowel| vowel.sure).all(|vowel| {
            theirs
                .iter()
                .any(|other| other.kind == vowel.kind && other.at == vowel.at)
        })
    };
    covered(&a.vowels, &b.vowels) && covered(&b.vowels, &a.vowels)
}

/// The words of a full name, ready to be compared: particles left out, articles
/// dropped, compounds joined (عبد الله, Abd Allah and Abdullah are one word; so are
/// نور الدين and Noureddin).
pub fn name_words(name: &str) -> Vec<NameWord> {
    // Wa'el and Wael are one word.
    let name = name.replace(['\'', '’', 'ʼ', '`', 'ʻ'], "");
    let mut raw_words: Vec<String> = Vec::new();
    for word in name.split(|c: char| !(c.is_alphanumeric() || is_diacritic(c))) {
        let lower: String = word.to_lowercase();
        let folded = if lower.chars().any(is_arabic_letter) {
            fold_arabic(&lower)
        } else {
            let lower = somali(&lower);
            let mut folded = String::new();
            normalise(&lower, &mut folded);
            folded
        };
        if !folded.is_empty() && !PARTICLES.contains(&folded.as_str()) {
            let lower = if is_arabic(&lower) {
                lower
            } else {
                somali(&lower)
            };
            raw_words.push(
                lower
                    .chars()
                    .filter(|&c| !is_diacritic(c) && c != '\u{0640}')
                    .collect(),
            );
        }
    }
    let mut words: Vec<NameWord> = Vec::new();
    let mut head: Option<&'static str> = None;
    let mut after_article = false;
    for (index, raw) in raw_words.iter().enumerate() {
        let plain = fold_arabic(raw);
        if ARTICLES.contains(&plain.as_str()) {
            after_article = true;
            continue;
        }
        // "Nour ad-Din", "نور الدين": the second half joins the first.
        let half = second_half(&plain, after_article);
        after_article = false;
        if let Some(half) = half
            && head.is_none()
            && let Some(previous) = words.pop()
        {
            words.push(joined(previous, half, is_arabic(raw)));
            continue;
        }
        if head.is_none()
            && let Some(key) = compound_head(&plain, index == 0)
        {
            head = Some(key);
            continue;
        }
        let (joined_head, rest) = match head.take() {
            Some(key) => (Some(key), raw.as_str()),
            None => match split_compound(raw) {
                Some((key, rest)) => (Some(key), rest),
                None => (None, raw.as_str()),
            },
        };
        match split_half(rest) {
            Some((first, half)) => {
                // Hibatullah, Rahmatullah: a Latin t before Allah is the ة that
                // Arabic writes (هبة الله), not a letter of its own.
                let first = match first.strip_suffix('t') {
                    Some(without)
                        if half.latin == "llah" && without.len() > 2 && without.ends_with('a') =>
                    {
                        without
                    }
                    _ => first,
                };
                let first = word(joined_head, without_article(first));
                words.push(joined(first, half, is_arabic(rest)));
            }
            None => words.push(word(joined_head, without_article(rest))),
        }
    }
    // A name that ends on "Abd" or "Abu" keeps it as a word.
    if let Some(key) = head {
        words.push(word(None, latin_head(key)));
    }
    words
}

fn is_arabic(word: &str) -> bool {
    word.chars().any(is_arabic_letter)
}

/// A Latin word as Somali writes Arabic names read the usual way: x is ح (Maxamed,
/// Xasan), and a c before a vowel at the start ع (Cabdi, Cumar, Casha).
fn somali(word: &str) -> String {
    let word = word.replace('x', "h");
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some('c'), Some(vowel)) if "aeiou".contains(vowel) => word[1..].to_owned(),
        _ => word,
    }
}

/// A word with a second half joined to it: نور + الدين is نوردين, nour + eddin is
/// nourdin, هبة + الله is هبهلله.
fn joined(first: NameWord, half: &SecondHalf, arabic: bool) -> NameWord {
    join(
        first,
        &word(None, if arabic { half.arabic } else { half.latin }),
    )
}

/// Two words written as one: محمد نور as محمدنور, Mohammed Nour as Mohammednour. A
/// word joined is a compound: no slip is forgiven in it.
fn join(first: NameWord, second: &NameWord) -> NameWord {
    let offset = first.skeleton.chars().count();
    let mut vowels = first.vowels;
    vowels.extend(second.vowels.iter().map(|vowel| LongVowel {
        at: vowel.at + offset,
        ..*vowel
    }));
    NameWord {
        skeleton: format!("{}{}", first.skeleton, second.skeleton),
        arabic: first
            .arabic
            .zip(second.arabic.as_ref())
            .map(|(mine, theirs)| format!("{mine}{theirs}")),
        vowels,
        ending: second.ending,
        compound: true,
        typed: format!("{}{}", first.typed, second.typed),
    }
}

fn word(head: Option<&str>, rest: &str) -> NameWord {
    let arabic = rest.chars().any(is_arabic_letter);
    let classes: Vec<char> = if arabic {
        rest.chars()
            .enumerate()
            .map(|(index, c)| arabic_class(c, index == 0))
            .collect()
    } else {
        latin_classes(rest)
    };
    let (rest_skeleton, mut vowels) = skeleton(&classes);
    let head = head.unwrap_or_default();
    for vowel in &mut vowels {
        vowel.at += head.chars().count();
    }
    let prefix = match head {
        "bd" => "عبد",
        "b" => "ابو",
        "bn" => "بني",
        "m" => "ام",
        _ => "",
    };
    NameWord {
        skeleton: format!("{head}{rest_skeleton}"),
        arabic: arabic.then(|| undoubled(&format!("{prefix}{}", fold_arabic(rest)))),
        vowels,
        ending: if arabic {
            arabic_ending(rest)
        } else {
            latin_ending(rest)
        },
        compound: !head.is_empty(),
        typed: if arabic {
            undoubled(&format!("{prefix}{}", fold_arabic(rest)))
        } else {
            format!("{}{rest}", latin_head(head))
        },
    }
}

/// Whether two names may be one person's: the words of the shorter name meet words
/// of the longer one in the same order (a grandfather's name may be missing), or in
/// that order once the family name is moved from the end to the front (registers
/// written family name first); at least two words meet, since one never decides. A
/// given name and a father's name that change places are a father and his son, not
/// one person.
pub fn names_alike(a: &[NameWord], b: &[NameWord]) -> bool {
    Name::from_words(a.to_vec()).alike(&Name::from_words(b.to_vec()))
}

/// A name ready to be compared with many others (`names_alike`): its words, and
/// the ways two words next to each other may be written as one, worked out once.
#[derive(Debug, Clone)]
pub struct Name {
    words: Vec<NameWord>,
    joined: Vec<Vec<NameWord>>,
}

impl Name {
    pub fn of(full_name: &str) -> Self {
        Name::from_words(name_words(full_name))
    }

    fn from_words(words: Vec<NameWord>) -> Self {
        let joined = joinings(&words).collect();
        Name { words, joined }
    }

    /// `names_alike` of the two names.
    pub fn alike(&self, other: &Name) -> bool {
        alike_as_written(&self.words, &other.words)
            || self
                .joined
                .iter()
                .any(|mine| alike_as_written(mine, &other.words))
            || other
                .joined
                .iter()
                .any(|theirs| alike_as_written(&self.words, theirs))
    }
}

/// Names worked out once and kept (a look-up meets the same people's names row after
/// row of an import), up to `NAMES_KEPT`; then forgotten and kept anew.
#[derive(Debug, Default)]
pub struct Names(std::collections::HashMap<String, Name>);

/// How many names `Names` keeps.
const NAMES_KEPT: usize = 50_000;

impl Names {
    pub fn of(&mut self, full_name: &str) -> &Name {
        if self.0.len() >= NAMES_KEPT && !self.0.contains_key(full_name) {
            self.0.clear();
        }
        self.0
            .entry(full_name.to_owned())
            .or_insert_with(|| Name::of(full_name))
    }
}

/// The name with two words next to each other written as one, each way it may be
/// (محمد نور علي as محمدنور علي): a double given name one caseworker wrote joined.
fn joinings(words: &[NameWord]) -> impl Iterator<Item = Vec<NameWord>> + '_ {
    (1..words.len()).map(|at| {
        let mut joined = words[..at - 1].to_vec();
        joined.push(join(words[at - 1].clone(), &words[at]));
        joined.extend_from_slice(&words[at + 1..]);
        joined
    })
}

/// `names_alike`, each word as it was written.
fn alike_as_written(a: &[NameWord], b: &[NameWord]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 2 {
        return false;
    }
    // The short name as written, with its family name moved to the front, and with
    // its first word moved to the end: the words in each order, borrowed (this runs
    // for each of the hundreds of people a look-up reads).
    let count = short.len();
    [0, count - 1, 1].into_iter().any(|start| {
        let order: Vec<&NameWord> = (0..count).map(|at| &short[(start + at) % count]).collect();
        in_order(&order, long)
    })
}

/// Whether every word of `short` meets a word of `long`, one after another, the
/// first meeting the first (a grandfather's name may be missing, a given name may
/// not: زيد ماجد سليم is Majid's son, not Majid): each word as `meets` says, or one
/// word with a `loose_slip` where the others, three or more, are written alike.
fn in_order(short: &[&NameWord], long: &[NameWord]) -> bool {
    let aligned = |meet: &dyn Fn(usize, &NameWord, &NameWord) -> bool| {
        let (Some(first), Some(long_first)) = (short.first(), long.first()) else {
            return false;
        };
        let mut rest = long[1..].iter();
        meet(0, first, long_first)
            && short[1..]
                .iter()
                .enumerate()
                .all(|(index, word)| rest.any(|other| meet(index + 1, word, other)))
    };
    aligned(&|_, word, other| word.meets(other))
        || (short.len() >= 3
            && (0..short.len()).any(|slipped| {
                aligned(&|index, word, other| {
                    word.same(other) || (index == slipped && word.loose_slip(other))
                })
            }))
}

/// The keys a person is looked up by: each pair of their name's skeletons (each
/// written as every skeleton it may stand for, `key_skeletons`), in order, joined by
/// a space. Two alike names share at least one pair unless a slip was
/// forgiven in a name of two words.
pub fn name_pairs(words: &[NameWord]) -> Vec<String> {
    // Each word, and each two words next to each other joined (`joinings`), with the
    // first and last word of the name each stands for.
    let mut units: Vec<(usize, usize, Vec<String>)> = words
        .iter()
        .enumerate()
        .map(|(at, word)| (at, at, key_skeletons(&word.skeleton)))
        .collect();
    let single = units.len();
    units.extend(words.windows(2).enumerate().map(|(at, two)| {
        let skeleton = format!("{}{}", two[0].skeleton, two[1].skeleton);
        (at, at + 1, key_skeletons(&skeleton))
    }));
    let pairs_of = |joined: bool| {
        let mut pairs = Vec::new();
        for (i, (_, end, firsts)) in units.iter().enumerate() {
            for (j, (start, _, seconds)) in units.iter().enumerate() {
                if start <= end || (joined != (i >= single || j >= single)) {
                    continue;
                }
                for first in firsts {
                    for second in seconds.iter().filter(|second| *second != first) {
                        let (a, b) = if first <= second {
                            (first, second)
                        } else {
                            (second, first)
                        };
                        pairs.push(format!("{a} {b}"));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    };
    // The words as written come first; a name of many words each written many ways
    // would give thousands, and the first keys are enough to be found by, so that a
    // registration stays one statement.
    let mut pairs = pairs_of(false);
    let extra: Vec<String> = pairs_of(true)
        .into_iter()
        .filter(|pair| pairs.binary_search(pair).is_err())
        .collect();
    pairs.extend(extra);
    pairs.truncate(MAX_PAIRS);
    pairs
}

/// The most look-up keys one name is kept under.
pub const MAX_PAIRS: usize = 512;

#[cfg(test)]
mod tests {
    use super::*;

    fn skeletons(name: &str) -> Vec<String> {
        name_words(name).into_iter().map(|w| w.skeleton).collect()
    }

    fn alike(a: &str, b: &str) -> bool {
        names_alike(&name_words(a), &name_words(b))
    }

    #[test]
    fn a_phone_typed_any_way_is_one_number() {
        for typed in [
            "0791234567",
            "+962 79 123 4567",
            "00962791234567",
            "079-123-4567",
            "٠٧٩١٢٣٤٥٦٧",
        ] {
            assert_eq!(
                phone_e164(typed).as_deref(),
                Some("+962791234567"),
                "{typed}"
            );
        }
        assert_eq!(
            phone_e164("+963 944 123 456").as_deref(),
            Some("+963944123456")
        );
        assert_eq!(phone_e164("not a phone"), None);
        for placeholder in ["0790000000", "0791111111", "+962 77 999 9999"] {
            assert_eq!(phone_e164(placeholder), None, "{placeholder}");
        }
        assert!(phone_e164("0795551234").is_some());
        assert_eq!(phone_e164("0123456789"), None, "no such Jordanian number");
    }

    #[test]
    fn the_spellings_of_one_name_share_a_skeleton() {
        for group in [
            &[
                "Mohammad",
                "Mohammed",
                "Muhammad",
                "Mohamed",
                "محمد",
                "مُحَمَّد",
                "محـمد",
            ][..],
            &["Ahmad", "Ahmed", "أحمد", "احمد"],
            &["Youssef", "Yousef", "Yusuf", "يوسف"],
            &["Khaled", "Khalid", "خالد"],
            &["Omar", "Umar", "عمر"],
            &["Fatima", "Fatma", "Fatemah", "فاطمة", "فاطمه"],
            &["Mustafa", "Moustafa", "Mostafa", "مصطفى", "مصطفي"],
            &["Qasim", "Kassem", "Kasim", "Qassem", "قاسم"],
            &[
                "Al-Hariri",
                "Alhariri",
                "El Hariri",
                "Hariri",
                "الحريري",
                "حريري",
            ],
            &[
                "Abdulrahman",
                "Abd al-Rahman",
                "Abdelrahman",
                "Abdurrahman",
                "Abd Alrahman",
                "عبد الرحمن",
                "عبدالرحمن",
            ],
            &["Abdullah", "Abdallah", "Abd Allah", "عبد الله", "عبدالله"],
            &["Abu Zaid", "Abuzaid", "أبو زيد", "ابوزيد"],
        ] {
            let first = skeletons(group[0]);
            for spelling in &group[1..] {
                assert_eq!(skeletons(spelling), first, "{spelling} and {}", group[0]);
            }
        }
    }

    #[test]
    fn arabic_keeps_the_long_vowels_that_tell_names_apart() {
        assert!(!alike("حسن أحمد العلي", "حسين أحمد العلي"));
        assert!(alike("حسين أحمد العلي", "حسين احمد علي"));
    }

    #[test]
    fn names_meet_in_any_order_and_without_the_grandfather() {
        assert!(alike("محمد أحمد الحريري", "Mohammad Ahmad Al-Hariri"));
        assert!(alike("Al-Hariri Mohammed Ahmed", "محمد أحمد الحريري"));
        assert!(alike("محمد أحمد سعيد الحريري", "محمد أحمد الحريري"));
        assert!(!alike("محمد أحمد الحريري", "محمد أحمد الزعبي"));
        assert!(!alike("محمد", "محمد"), "one word never decides");
    }

    #[test]
    fn a_typing_slip_in_a_long_word_is_forgiven() {
        assert!(alike("Ibrahim Ahmad Alhariri", "Ibrahin Ahmad Alhariri"));
        assert!(!alike("Ali Omar Zoubi", "Ali Omar Zaki"));
    }

    #[test]
    fn written_out_long_vowels_tell_latin_names_apart() {
        assert!(!alike("Hussein Ahmad Ali", "Hasan Ahmad Ali"));
        assert!(!alike("Mahmoud Khaled Omar", "Mohammad Khaled Omar"));
        assert!(!alike("Hussein Ahmad", "حسن أحمد"));
        assert!(alike("Husain Ahmad", "حسين أحمد"));
        assert!(alike("Wa'el Samir", "وائل سمير"));
        assert!(alike("Yusuf Ali Omar", "يوسف علي عمر"));
    }

    #[test]
    fn alike_names_share_a_look_up_pair() {
        let a = name_pairs(&name_words("محمد أحمد سعيد الحريري"));
        let b = name_pairs(&name_words("Al-Hariri Mohammed Ahmed"));
        assert!(a.iter().any(|pair| b.contains(pair)));
        // Six pairs of its four words, then seven with two words joined.
        assert_eq!(a.len(), 13);
        let joined = name_pairs(&name_words("Mohammednour Ali Al-Hariri"));
        let apart = name_pairs(&name_words("محمد نور علي الحريري"));
        assert!(joined.iter().any(|pair| apart.contains(pair)));
    }

    #[test]
    fn the_interdentals_meet_as_each_country_writes_them() {
        assert!(alike("Kadhim Jawad Al-Zubaidi", "Kazem Jawad Al Zubaidi"));
        assert!(alike("كاظم جواد الزبيدي", "Kazem Jawad Al-Zubaidi"));
        assert!(alike("Othman Adam Ali", "Osman Adam Ali"));
        assert!(alike("عثمان آدم علي", "Osman Adam Ali"));
        assert!(alike("منذر خالد العلي", "Munther Khaled Al-Ali"));
        assert!(
            alike("Yagoub Adam Ali", "يعقوب آدم علي"),
            "Sudanese g for ق"
        );
        assert!(
            alike("Elsadig Adam Ali", "الصادق آدم علي"),
            "Sudanese g for ق"
        );
        assert!(!alike("Tamer Khaled Ali", "ثامر خالد علي"), "ت is not ث");
        assert!(
            !alike("Samir Khaled Ali", "Tamir Khaled Ali"),
            "a t is not an s"
        );
        assert!(
            !alike("Gamal Khaled Ali", "كمال خالد علي"),
            "a first g is ج"
        );
        let a = name_pairs(&name_words("Kadhim Jawad Al-Zubaidi"));
        let b = name_pairs(&name_words("Kazem Jawad Al Zubaidi"));
        assert!(a.iter().any(|pair| b.contains(pair)), "{a:?} {b:?}");
    }

    #[test]
    fn a_slip_of_the_keyboard_in_a_long_word_is_forgiven() {
        // Keys beside each other, swapped letters, a letter typed twice.
        assert!(alike("وسام جواد الجعفري", "وسام جواد الجغفري"));
        assert!(alike("ثائر نضال المومني", "ثائر نضال المومنس"));
        assert!(alike(
            "Ruqayya Hussein Al-Ahdal",
            "Ruqayya Hussein Al-Ahdak"
        ));
        assert!(alike("Wissam Akram Al-Bayati", "Wissam Akrma Al-Bayati"));
        assert!(alike("Rasha Nabil Awad", "Rassha Nabil Awad"));
        // Not in a short word, not a key far away, not the last letter added.
        assert!(!alike("Rami Nabil Awad", "Rani Nabil Awad"));
        assert!(!alike("Samer Nabil Awad", "Sater Nabil Awad"));
        assert!(!alike("Nabil Samir Awad", "Nabila Samir Awad"));
    }

    #[test]
    fn a_slip_in_a_short_word_is_forgiven_where_the_rest_is_written_alike() {
        assert!(alike("خالد عبد الرحيم القضاة", "حالد عبد الرحيم القضاة"));
        assert!(alike("ريم فراس الخوالدة", "ريم فراص الخوالدة"));
        assert!(alike("Nada Yahya Al-Ansi", "Nasa Yahya Al-Ansi"));
        assert!(alike("شيماء حمزة أبو غوش", "شيماء حمزة أبو غوس"));
        assert!(
            !alike("Nada Al-Ansi", "Nasa Al-Ansi"),
            "two words: too little"
        );
        assert!(
            !alike("Fadi Nabil Awad", "Fafi Nabil Awaf"),
            "a second slip"
        );
        assert!(!alike("Rami Nidal Al-Sharif", "Rani Nidal Al-Sharif"));
        assert!(!alike("دينا أحمد الحمصي", "ديما أحمد الحمصي"));
        assert!(!alike("فراس عادل الكردي", "فارس عادل الكردي"));
        assert!(!alike("سعيد علي الدليمي", "سعد علي الدليمي"));
    }

    #[test]
    fn two_words_written_as_one_meet() {
        assert!(alike("عبد القادر محمد نور", "عبدالقادر محمدنور"));
        assert!(alike("Mohammednour Ali Al-Hariri", "محمد نور علي الحريري"));
        assert!(!alike("محمد نور علي", "محمد علي نور"));
    }

    #[test]
    fn somali_spellings_meet_the_usual_ones() {
        assert!(alike(
            "Maxamed Cabdullaahi Xasan",
            "Mohamed Abdullahi Hassan"
        ));
        assert!(alike("Casha Maxamuud Warsame", "Asha Mohamud Warsame"));
        assert!(alike("Abdi Farah Ali", "عبدي فارح علي"));
        assert!(alike("Halima Mohamud Jama", "حليمة محمود جامع"));
    }

    #[test]
    fn the_given_name_is_never_the_missing_one() {
        assert!(!alike("زيد ماجد سليم العبادي", "ماجد سليم العبادي"));
        assert!(!alike(
            "Jasim Mohammed Jasim Al-Bayati",
            "Mohammed Jasim Al-Bayati"
        ));
        assert!(alike("Layla Hassan Mahmoud Qasim", "Layla Hassan Qasim"));
        assert!(alike("العبادي ماجد سليم", "ماجد سليم محمد العبادي"));
    }

    #[test]
    fn compounds_of_bani_allah_and_al_huda_are_one_word() {
        assert!(alike("Issa Khalil Bani Hani", "Issa Khalil Banihani"));
        assert!(alike("بني ياسين دعاء رائد", "دعاء رائد بني ياسين"));
        assert!(alike("بني هاني خولة تيسير", "Khawla Tayseer Bani Hani"));
        assert!(alike("نور الهدى سليم القاسم", "نورالهدى سليم القاسم"));
        assert!(alike("نور الهدى سامي الأحمد", "Nour Alhuda Sami Al-Ahmad"));
        assert!(alike("هبة الله منذر القضاة", "Hibatullah Munther Al-Qudah"));
        assert!(alike("نصر الله أحمد علي", "Nasrallah Ahmad Ali"));
        assert!(alike("Atallah Ahmad Ali", "عطا الله أحمد علي"));
        assert!(!alike("Bani Hani Khawla", "Bani Yasin Khawla"));
    }

    #[test]
    fn a_latin_ah_may_end_on_ha_or_ta_marbuta() {
        assert!(alike("Muhannad Salah Al-Yafei", "مهند صلاح اليافعي"));
        assert!(alike("Fatimah Ali Omar", "فاطمة علي عمر"));
        assert!(alike("Eisa Khalil Omar", "Issa Khalil Omar"));
    }
}
