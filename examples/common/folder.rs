//! An agency's year from the texts of a folder of JSON files, as `examples/from_json.rs`
//! reads it: every file through the crate's reader (`kinerja::read`), then the cascade and
//! the agency's record checks; every problem of every step told with its file, its place
//! and the record it concerns, in Indonesian or English. Shared with the realistic-mistakes
//! suite (`tests/suite/realistic_mistakes.rs`), so the suite reads the path the example
//! takes.

use kinerja::cascade::Node;
use kinerja::evaluation::{
    EmployeeRecords, EvaluationRules, InputProblem, OrganisationDecision, TieDecision,
};
use kinerja::measure::{IndicatorDefinition, Realisation};
use kinerja::period::{Period, Year};
use kinerja::read::{Path, ReadProblem, Step, UniqueMap, locate};
use kinerja::{Agency, AgencyInput, AgencyRecords, Cascade, ErrorSubject, Language};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The files of a folder, in the order they are read.
pub const FILES: [&str; 6] = [
    "agency.json",
    "cascade.json",
    "definitions.json",
    "realisations.json",
    "employees.json",
    "evaluation.json",
];

/// `evaluation.json`: the year appraised, the agency's rules, the next leader's decisions on
/// the organisation's predicate (by period) and the leaders' decisions on ties at
/// calibration.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    year: Year,
    #[serde(default)]
    rules: EvaluationRules,
    #[serde(default)]
    organisation: UniqueMap<Period, OrganisationDecision>,
    #[serde(default)]
    tie_decisions: Vec<TieDecision>,
}

/// What is wrong in a folder.
#[derive(Debug)]
pub enum Wrong {
    /// The file cannot be opened (the reason, as the system gives it).
    Unreadable(String),
    /// The file cannot be read as its type.
    Read(ReadProblem),
    /// The reader stopped listing this file's problems.
    MoreProblems,
    /// The cascade's nodes break a rule of the tree.
    Cascade(kinerja::Error),
    /// The records break a rule of the agency's checks.
    Records(InputProblem),
}

/// One problem of a folder: the file, the place in it where one is known (line, column,
/// path), and what is wrong.
#[derive(Debug)]
pub struct Problem {
    /// The file's name.
    pub file: &'static str,
    /// Where in the file, when the problem points at a record of it.
    pub place: Option<(usize, usize, Path)>,
    /// What is wrong.
    pub wrong: Wrong,
}

impl Problem {
    /// The problem on one line: `realisations.json: baris 5, kolom 14, di [0].value …`.
    pub fn describe(&self, language: Language) -> String {
        let id = language == Language::Indonesian;
        let place = match &self.place {
            Some((line, column, path)) if id => {
                format!("baris {line}, kolom {column}, di {path}: ")
            }
            Some((line, column, path)) => format!("line {line}, column {column}, at {path}: "),
            None => String::new(),
        };
        let what = match &self.wrong {
            // A reading problem places itself.
            Wrong::Read(problem) => problem.describe(language),
            Wrong::Unreadable(reason) if id => format!("tidak dapat dibuka ({reason})"),
            Wrong::Unreadable(reason) => format!("cannot be opened ({reason})"),
            Wrong::MoreProblems if id => {
                "masih ada masalah lain; perbaiki yang di atas lalu baca ulang".to_owned()
            }
            Wrong::MoreProblems => "there are more problems; fix these and read again".to_owned(),
            Wrong::Cascade(error) => format!("{place}{}", error.describe(language)),
            Wrong::Records(problem) => format!("{place}{}", problem.describe(language)),
        };
        format!("{}: {what}", self.file)
    }
}

/// The agency's year from the text of each file of [`FILES`] (`text_of` gives it, or why it
/// cannot), or every problem found: every reading problem of every file; once every file
/// reads, every problem of the cascade; once the cascade is sound, every problem of the
/// records.
pub fn read_folder(
    text_of: impl Fn(&str) -> Result<String, String>,
) -> Result<AgencyInput, Vec<Problem>> {
    let texts = FILES.map(text_of);
    let text = |file: &str| {
        FILES
            .iter()
            .zip(&texts)
            .find(|(name, _)| **name == file)
            .and_then(|(_, text)| text.as_ref().ok())
            .map_or("", String::as_str)
    };
    let [
        agency,
        nodes,
        definitions,
        realisations,
        employees,
        evaluation,
    ] = &texts;
    let [
        agency_file,
        nodes_file,
        definitions_file,
        realisations_file,
        employees_file,
        evaluation_file,
    ] = FILES;
    let mut problems = Vec::new();
    let agency = read::<Agency>(agency, agency_file, &mut problems);
    let nodes = read::<Vec<Node>>(nodes, nodes_file, &mut problems);
    let definitions =
        read::<Vec<IndicatorDefinition>>(definitions, definitions_file, &mut problems);
    let realisations = read::<Vec<Realisation>>(realisations, realisations_file, &mut problems);
    let employees = read::<Vec<EmployeeRecords>>(employees, employees_file, &mut problems);
    let evaluation = read::<Evaluation>(evaluation, evaluation_file, &mut problems);
    let (
        Some(agency),
        Some(nodes),
        Some(definitions),
        Some(realisations),
        Some(employees),
        Some(evaluation),
    ) = (
        agency,
        nodes,
        definitions,
        realisations,
        employees,
        evaluation,
    )
    else {
        return Err(problems);
    };

    let cascade = Cascade::builder(agency)
        .nodes(nodes)
        .build()
        .map_err(|error| {
            error
                .all()
                .iter()
                .map(|one| {
                    let error = kinerja::Error::from(one.clone());
                    let place = match error.subject() {
                        Some(ErrorSubject::Node(node)) => {
                            let id = Value::String(node.to_string());
                            place_of(text("cascade.json"), &[("id", &id)], None)
                        }
                        _ => None,
                    };
                    Problem {
                        file: "cascade.json",
                        place,
                        wrong: Wrong::Cascade(error),
                    }
                })
                .collect::<Vec<_>>()
        })?;
    let records = AgencyRecords {
        year: evaluation.year,
        rules: evaluation.rules,
        cascade,
        definitions,
        realisations,
        employees,
        organisation: evaluation.organisation.into_inner(),
        tie_decisions: evaluation.tie_decisions,
    };
    AgencyInput::new(records).map_err(|found| {
        found
            .problems()
            .iter()
            .map(|problem| {
                let (file, place) = records_place(problem, text);
                Problem {
                    file,
                    place,
                    wrong: Wrong::Records(problem.clone()),
                }
            })
            .collect()
    })
}

/// One file read as a `T` by the crate's reader; its problems noted when it cannot be.
fn read<T: DeserializeOwned>(
    text: &Result<String, String>,
    file: &'static str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = match text {
        Ok(text) => text,
        Err(reason) => {
            problems.push(Problem {
                file,
                place: None,
                wrong: Wrong::Unreadable(reason.clone()),
            });
            return None;
        }
    };
    kinerja::read::read(text)
        .map_err(|found| {
            problems.extend(found.problems().iter().map(|problem| Problem {
                file,
                place: Some((problem.line(), problem.column(), problem.path().clone())),
                wrong: Wrong::Read(problem.clone()),
            }));
            if !found.is_complete() {
                problems.push(Problem {
                    file,
                    place: None,
                    wrong: Wrong::MoreProblems,
                });
            }
        })
        .ok()
}

/// The file of a record check's problem and the record in it: a definition's problem in
/// `definitions.json`, a realisation's in `realisations.json` (the realisation of that
/// indicator, period and employee), an employee's in `employees.json`.
fn records_place<'t>(
    problem: &InputProblem,
    text: impl Fn(&str) -> &'t str,
) -> (&'static str, Option<(usize, usize, Path)>) {
    let Ok(Value::Object(fields)) = serde_json::to_value(problem) else {
        return ("", None);
    };
    let kind = fields.get("problem").and_then(Value::as_str).unwrap_or("");
    let field = |name: &str| fields.get(name).filter(|value| !value.is_null());
    let (indicator, period, employee) = (field("indicator"), field("period"), field("employee"));
    let file = match kind {
        "duplicate_definition"
        | "definition_not_in_cascade"
        | "definition_outside_year"
        | "unit_mismatch"
        | "only_annual_target" => "definitions.json",
        "missing_definition" | "result_without_indicator" | "roll_up_unit_mismatch" => {
            "cascade.json"
        }
        "repeated_tie_placement" | "decision_period_not_evaluated" => "evaluation.json",
        _ if indicator.is_some() && period.is_some() => "realisations.json",
        _ => "employees.json",
    };
    let mut keys: Vec<(&str, &Value)> = Vec::new();
    match file {
        "definitions.json" => keys.extend(indicator.map(|i| ("indicator", i))),
        "realisations.json" => {
            keys.extend(indicator.map(|i| ("indicator", i)));
            keys.extend(period.map(|p| ("period", p)));
        }
        "employees.json" => keys.extend(employee.map(|e| ("employee", e))),
        _ => {}
    }
    // A realisation's employee: the one it names, or none for the team's figure.
    let employee = (file == "realisations.json").then_some(employee);
    let place = if keys.is_empty() {
        None
    } else {
        place_of(text(file), &keys, employee)
    };
    (file, place)
}

/// The place of the first record of the list `text` whose fields hold these values (and,
/// when `employee` is given, that names that employee or, for `Some(None)`, none).
fn place_of(
    text: &str,
    keys: &[(&str, &Value)],
    employee: Option<Option<&Value>>,
) -> Option<(usize, usize, Path)> {
    let Ok(Value::Array(records)) = serde_json::from_str::<Value>(text) else {
        return None;
    };
    let index = records.iter().position(|record| {
        keys.iter()
            .all(|(key, value)| record.get(key) == Some(value))
            && employee.is_none_or(|employee| record.get("employee") == employee)
    })?;
    let path = Path::new(vec![Step::Index(index)]);
    let (line, column) = locate(text, &path)?;
    Some((line, column, path))
}
