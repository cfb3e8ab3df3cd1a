//! Realistic mistakes, each a damaged copy of a file of `examples/data/siulak` (or of a
//! Siulak sample document the folder does not hold), read through the path
//! `examples/from_json.rs` takes: the crate's reader, then the cascade and the agency's
//! record checks. Every mistake is refused; the problem that tells it names, in Indonesian
//! and in English, the file, the place (line, column, path) and the thing it concerns (the
//! employee's number, the indicator), and says what to do where the fix is plain.
//!
//! One mistake is one line of [`CASES`]: the file, the text to find in it (its first
//! occurrence), the text to put there, the thing the message must name, and fragments the
//! Indonesian and the English message must hold.

#[path = "../../examples/common/folder.rs"]
#[allow(dead_code)]
mod folder;

use kinerja::Language;
use kinerja::development::Assessment;
use std::path::Path;

/// One realistic mistake.
struct Case {
    /// The file damaged: one of the Siulak folder, or `assessments.json` (the sample's
    /// competency assessments).
    file: &'static str,
    /// The text replaced (its first occurrence).
    from: &'static str,
    /// The text put in its place.
    to: &'static str,
    /// The thing the message names, in both languages (an employee's number, an indicator,
    /// a node, a field).
    thing: &'static str,
    /// Fragments of the Indonesian message.
    id: &'static [&'static str],
    /// Fragments of the English message.
    en: &'static [&'static str],
}

const fn case(
    file: &'static str,
    (from, to): (&'static str, &'static str),
    thing: &'static str,
    id: &'static [&'static str],
    en: &'static [&'static str],
) -> Case {
    Case {
        file,
        from,
        to,
        thing,
        id,
        en,
    }
}

/// A realisation of IKI-SEK-1 in 2026-Q2, as the file writes it.
const SEK_Q2: &str =
    "\"indicator\": \"IKI-SEK-1\",\n    \"period\": \"2026-Q2\",\n    \"value\": \"1\"";
/// Dewi Lestari's number, on her first realisation of IKI-DATA-1.
const DEWI_ON_DATA: &str =
    "\"number\": \"199203032019032011\"\n    },\n    \"period\": \"2026-Q1\"";
/// The first behaviour rating of the head of the office.
const HEAD_RATING: &str = "\"rater\": \"superior\",\n          \"rating\": \"meets\"";
/// Rina Marlina's records begin.
const RINA_RECORDS: &str = "\"number\": \"198507192010012014\"\n    },\n    \"behaviour\": {";

#[rustfmt::skip]
const CASES: &[Case] = &[
    // The reading layer.
    case("realisations.json", (SEK_Q2, "\"indicator\": \"IKI-SEK-1\",\n    \"period\": \"2026-Q2\",\n    \"value\": \"91,5\""), "IKI-SEK-1", &["[1].value", "tulis 91.5"], &["[1].value", "write 91.5"]),
    case("realisations.json", (SEK_Q2, "\"indicator\": \"IKI-SEK-1\",\n    \"period\": \"2026-Q2\",\n    \"value\": \"50%\""), "IKI-SEK-1", &["[1].value", "tulis 50", "tanpa tanda %"], &["[1].value", "write 50", "without the % sign"]),
    case("realisations.json", (DEWI_ON_DATA, "\"number\": \"19920303 201903 2 011\"\n    },\n    \"period\": \"2026-Q1\""), "IKI-DATA-1", &["employee.number", "hapus spasi", "199203032019032011"], &["employee.number", "remove the spaces", "199203032019032011"]),
    case("realisations.json", (DEWI_ON_DATA, "\"number\": 199203032019032011\n    },\n    \"period\": \"2026-Q1\""), "IKI-DATA-1", &["employee.number", "tulis sebagai teks", "\"199203032019032011\""], &["employee.number", "write it as text", "\"199203032019032011\""]),
    case("realisations.json", (SEK_Q2, "\"indicator\": \"IKI-SEK-1\",\n    \"period\": \"2026-Q2\""), "IKI-SEK-1", &["[1]", "kolom `value` belum ada", "tambahkan kolom \"value\""], &["[1]", "the field `value` is missing", "add the field \"value\""]),
    case("employees.json", (HEAD_RATING, "\"rater\": \"superior\",\n          \"rating\": \"meet\""), "197204101998031005", &["[0].behaviour.2026[0].rating", "nilai `meet` tidak dikenal", "maksudnya `meets`?"], &["[0].behaviour.2026[0].rating", "unknown value `meet`", "did you mean `meets`?"]),
    case("employees.json", (RINA_RECORDS, "\"number\": \"198507192010012014\"\n    },\n    \"behaviour\": {\n      \"2026\": [],"), "198507192010012014", &["kunci `2026` ditulis dua kali", "simpan satu saja"], &["the key `2026` is written twice", "keep one of them"]),
    case("evaluation.json", ("\"year\": 2026,", "\"year\": 2026,\n  \"organisation_predicate\": \"baik\","), "organisation_predicate", &["diturunkan dari capaian kinerja organisasi", "hapus kolom ini"], &["derived from the organisation's achievement", "remove this field"]),
    case("assessments.json", ("\"level\": 3", "\"level\": 6"), "198507192010012014", &["[0].level", "level kompetensi 6 di luar 1-5", "level 1 sampai 5"], &["[0].level", "competency level 6 is outside 1-5", "levels 1 to 5"]),
    case("agency.json", ("\"kind\": \"pppk\",\n        \"number\": \"199506122022212001\"", "\"kind\": \"pns\",\n        \"number\": \"199506122022212001\""), "199506122022212001", &["employees[9].number.number", "terbaca sebagai NI PPPK", "`pppk`"], &["employees[9].number.number", "reads as a PPPK", "`pppk`"]),
    case("realisations.json", ("\"period\": \"2026-Q4\",\n    \"value\": \"4\"", "\"period\": \"2026 Q4\",\n    \"value\": \"4\""), "IKI-KUR-1", &["[7].period", "tulis 2026-Q4"], &["[7].period", "write 2026-Q4"]),
    // The agency's record checks.
    case("realisations.json", ("\"indicator\": \"IKI-SEK-1\"", "\"indicator\": \"IKI-SEK-9\""), "IKI-SEK-9", &["[0]", "tidak ada dalam pohon kinerja"], &["[0]", "not in the cascade"]),
    case("cascade.json", ("\"node\": \"P1\"", "\"node\": \"P9\""), "K1", &["[0]", "P9"], &["[0]", "P9"]),
    case("realisations.json", (DEWI_ON_DATA, "\"number\": \"199203032019032099\"\n    },\n    \"period\": \"2026-Q1\""), "199203032019032099", &["IKI-DATA-1", "[20]", "tidak terdaftar"], &["IKI-DATA-1", "[20]", "not registered"]),
    case("employees.json", (RINA_RECORDS, "\"number\": \"198507192010012014\"\n    },\n    \"objections\": {\"2026\": {\"objected\": \"good\", \"given_on\": \"2027-01-15\", \"filed_on\": \"2027-03-01\", \"addressed_to\": {\"kind\": \"pns\", \"number\": \"197204101998031005\"}, \"reason\": \"Lokakarya provinsi di luar target\"}},\n    \"behaviour\": {"), "198507192010012014", &["keberatan", "14"], &["objection", "14"]),
    // A figure typed for a node whose figure sums up from its staff (RHK-KUR-1 and
    // RHK-PENGAWAS-1 are linked directly under RHK-KABID-1).
    case("realisations.json", ("[\n  {\n    \"indicator\": \"IKI-SEK-1\"", "[\n  {\"indicator\": \"IKI-KABID-1\", \"period\": \"2026-Q1\", \"value\": \"2\"},\n  {\n    \"indicator\": \"IKI-SEK-1\""), "RHK-KABID-1", &["[0]", "RHK-KUR-1", "RHK-PENGAWAS-1", "keeps_own_figure"], &["[0]", "RHK-KUR-1", "RHK-PENGAWAS-1", "keeps_own_figure"]),
    // A whole count copied from a screen that writes 1200 as `1.200`: a realisation, a target.
    case("realisations.json", (SEK_Q2, "\"indicator\": \"IKI-SEK-1\",\n    \"period\": \"2026-Q2\",\n    \"value\": \"1.200\""), "IKI-SEK-1", &["[1]", "tulis 1200"], &["[1]", "write 1200"]),
    case("definitions.json", ("\"2026-Q1\": {\n        \"value\": \"1\"\n      }", "\"2026-Q1\": {\n        \"value\": \"1.200\"\n      }"), "IKI-DATA-T1", &["tulis 1200"], &["write 1200"]),
];

/// The Siulak folder's files, and the sample's assessments, by name.
fn original(file: &str) -> String {
    if file == "assessments.json" {
        return serde_json::to_string_pretty(&kinerja::sample::siulak_assessments().unwrap())
            .unwrap();
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/siulak")
        .join(file);
    std::fs::read_to_string(path).unwrap()
}

/// A problem as a test sees it: its place (line, path) if it has one, and its text in
/// Indonesian and English.
struct Told {
    place: Option<(usize, usize, String)>,
    id: String,
    en: String,
}

/// Every problem found in the Siulak folder with `file` holding `text`, read as
/// `from_json` reads it; `None` if the folder is accepted.
fn problems_with(file: &str, text: &str) -> Option<Vec<Told>> {
    if file == "assessments.json" {
        let problems = kinerja::read::read::<Vec<Assessment>>(text).err()?;
        let told = problems
            .problems()
            .iter()
            .map(|problem| Told {
                place: Some((problem.line(), problem.column(), problem.path().to_string())),
                id: format!("{file}: {}", problem.describe(Language::Indonesian)),
                en: format!("{file}: {}", problem.describe(Language::English)),
            })
            .collect();
        return Some(told);
    }
    let problems = folder::read_folder(|name| {
        Ok(if name == file {
            text.to_owned()
        } else {
            original(name)
        })
    })
    .err()?;
    let told = problems
        .iter()
        .map(|problem| Told {
            place: problem
                .place
                .as_ref()
                .map(|(line, column, path)| (*line, *column, path.to_string())),
            id: problem.describe(Language::Indonesian),
            en: problem.describe(Language::English),
        })
        .collect();
    Some(told)
}

#[test]
fn the_shipped_folder_is_accepted() {
    assert!(problems_with("agency.json", &original("agency.json")).is_none());
}

#[test]
fn every_realistic_mistake_is_refused_and_told_with_its_place_and_thing_in_both_languages() {
    let mut failures = Vec::new();
    for (n, case) in CASES.iter().enumerate() {
        let text = original(case.file);
        assert!(
            text.contains(case.from),
            "case {n}: {} does not hold {:?}",
            case.file,
            case.from
        );
        let damaged = text.replacen(case.from, case.to, 1);
        let Some(problems) = problems_with(case.file, &damaged) else {
            failures.push(format!("case {n} ({}): accepted silently", case.file));
            continue;
        };
        let told = problems.iter().find(|told| {
            let placed = told.place.as_ref().is_some_and(|(line, column, path)| {
                told.id
                    .contains(&format!("baris {line}, kolom {column}, di {path}"))
                    && told
                        .en
                        .contains(&format!("line {line}, column {column}, at {path}"))
            });
            placed
                && told.id.starts_with(&format!("{}: ", case.file))
                && told.en.starts_with(&format!("{}: ", case.file))
                && told.id.contains(case.thing)
                && told.en.contains(case.thing)
                && case.id.iter().all(|fragment| told.id.contains(fragment))
                && case.en.iter().all(|fragment| told.en.contains(fragment))
        });
        if told.is_none() {
            let all: Vec<String> = problems
                .iter()
                .map(|told| format!("    {}\n    {}", told.id, told.en))
                .collect();
            failures.push(format!(
                "case {n} ({}): no problem names the place, {:?}, {:?} and {:?}; found:\n{}",
                case.file,
                case.thing,
                case.id,
                case.en,
                all.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
