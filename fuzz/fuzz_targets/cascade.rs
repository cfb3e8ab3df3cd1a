//! A cascade from JSON, then every reading of it: the diagnosis, the renderings (an outline
//! line per node, whatever the statements say) and every position's role–result matrix.
#![no_main]

use kinerja::{Cascade, Language};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(cascade) = serde_json::from_slice::<Cascade>(data) else {
        return;
    };
    let _ = cascade.diagnose();
    for language in [Language::Indonesian, Language::English] {
        let outline = cascade.outline(language);
        assert_eq!(outline.lines().count(), cascade.nodes().len());
        let _ = cascade.to_mermaid(language);
        let _ = cascade.to_dot(language);
    }
    for position in cascade.agency().positions() {
        let _ = cascade.role_result_matrix(position.id());
    }
});
