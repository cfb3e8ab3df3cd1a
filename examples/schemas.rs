//! Writes the JSON Schema of every input document to a folder, one file per document
//! (`agency.schema.json`, `cascade.schema.json` …), for a front end or a service in another
//! language to check its documents before sending them.
//!
//! ```text
//! cargo run --example schemas --features schema -- [FOLDER]
//! ```
//!
//! The folder defaults to `target/schemas`.

use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let folder = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/schemas"), PathBuf::from);
    std::fs::create_dir_all(&folder)?;
    let inputs = kinerja::schema::inputs();
    for input in &inputs {
        let path = folder.join(format!("{}.schema.json", input.name));
        std::fs::write(&path, serde_json::to_string_pretty(&input.schema)?)?;
        println!("{:<24} {}", input.name, input.rust_type);
    }
    println!("{} schemas written to {}", inputs.len(), folder.display());
    Ok(())
}
