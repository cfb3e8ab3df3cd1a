//! The JSON folder shipped for `examples/from_json.rs` is the Siulak sample, file by file:
//! reading it gives the records the crate builds in `kinerja::sample`.

use serde_json::Value;

fn file(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data/siulak")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_shipped_folder_is_the_siulak_sample() {
    let evaluation = file("evaluation.json");
    let document = serde_json::json!({
        "year": evaluation["year"],
        "rules": evaluation["rules"],
        "cascade": { "agency": file("agency.json"), "nodes": file("cascade.json") },
        "definitions": file("definitions.json"),
        "realisations": file("realisations.json"),
        "employees": file("employees.json"),
    });
    let read: kinerja::AgencyRecords = serde_json::from_value(document).unwrap();
    let sample = kinerja::sample::siulak_records().unwrap();
    // Compared as documents first, for a readable difference.
    assert_eq!(
        serde_json::to_value(&read).unwrap(),
        serde_json::to_value(&sample).unwrap()
    );
    assert_eq!(read, sample);
}

/// Writes the folder from the sample (after a change to the sample):
/// `cargo test --test suite -- --ignored example_data`.
#[test]
#[ignore = "writes examples/data/siulak"]
fn write_the_folder_from_the_sample() {
    /// `evaluation.json`, fields in the order a reader expects.
    #[derive(serde::Serialize)]
    struct Evaluation<'a> {
        year: kinerja::period::Year,
        rules: &'a kinerja::evaluation::EvaluationRules,
    }
    let records = kinerja::sample::siulak_records().unwrap();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/siulak");
    let write = |name: &str, text: String| std::fs::write(folder.join(name), text + "\n").unwrap();
    fn pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
        serde_json::to_string_pretty(value).unwrap()
    }
    write("agency.json", pretty(records.cascade.agency()));
    write("cascade.json", pretty(&records.cascade.nodes()));
    write("definitions.json", pretty(&records.definitions));
    write("realisations.json", pretty(&records.realisations));
    write("employees.json", pretty(&records.employees));
    let evaluation = Evaluation {
        year: records.year,
        rules: &records.rules,
    };
    write("evaluation.json", pretty(&evaluation));
}
