//! Text inputs: decimals, periods, ids and employee numbers; what is read writes back as it
//! reads.
#![no_main]

use kinerja::id::IndicatorId;
use kinerja::nip::{EmployeeKind, EmployeeNumber};
use kinerja::num::{Percent, Weight};
use kinerja::period::Period;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = text.parse::<Percent>() {
        assert_eq!(p.to_string().parse::<Percent>().ok(), Some(p));
    }
    if let Ok(w) = text.parse::<Weight>() {
        assert_eq!(w.to_string().parse::<Weight>().ok(), Some(w));
    }
    if let Ok(period) = text.parse::<Period>() {
        assert_eq!(period.to_string().parse::<Period>().ok(), Some(period));
    }
    let _ = IndicatorId::new(text);
    for kind in [EmployeeKind::Pns, EmployeeKind::Pppk] {
        let _ = EmployeeNumber::new(kind, text);
    }
});
