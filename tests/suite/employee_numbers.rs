//! NIP and NI PPPK: the layouts of DOMAIN section 2, checked by hand and by property.

use chrono::{Datelike, NaiveDate};
use kinerja::nip::{EmployeeKind, EmployeeNumber, EmployeeNumberError, NumberRule, Sex};
use proptest::prelude::*;

fn rule_of(kind: EmployeeKind, digits: &str) -> NumberRule {
    match EmployeeNumber::new(kind, digits).unwrap_err() {
        EmployeeNumberError::Invalid { rule, .. } => rule,
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn a_pns_number_read_field_by_field() {
    // 19850314 | 201001 | 2 | 003: born 14 March 1985, appointed January 2010, female, no. 3.
    let nip = EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003").unwrap();
    assert_eq!(
        nip.birth_date(),
        NaiveDate::from_ymd_opt(1985, 3, 14).unwrap()
    );
    assert_eq!(
        (nip.appointment_year(), nip.appointment_month()),
        (2010, Some(1))
    );
    assert_eq!(nip.pppk_code(), None);
    assert_eq!(nip.sex(), Sex::Female);
    assert_eq!(nip.sequence(), 3);
    assert_eq!(nip.to_string(), "198503142010012003");
}

#[test]
fn a_pppk_number_read_field_by_field() {
    // 19950612 | 2022 | 21 | 2 | 001: born 12 June 1995, appointed 2022, code 21, female, no. 1.
    let ni = EmployeeNumber::new(EmployeeKind::Pppk, "199506122022212001").unwrap();
    assert_eq!(
        ni.birth_date(),
        NaiveDate::from_ymd_opt(1995, 6, 12).unwrap()
    );
    assert_eq!(
        (ni.appointment_year(), ni.appointment_month()),
        (2022, None)
    );
    assert_eq!(ni.pppk_code(), Some(21));
    assert_eq!(ni.sex(), Sex::Female);
    assert_eq!(ni.sequence(), 1);
    // Part-time PPPK carry code 24.
    let part_time = EmployeeNumber::new(EmployeeKind::Pppk, "199506122024241002").unwrap();
    assert_eq!(part_time.pppk_code(), Some(24));
    assert_eq!(part_time.sex(), Sex::Male);
}

#[test]
fn the_same_digits_read_differently_by_kind() {
    // As a PNS, digits 13-14 are a month (13 does not exist); as a PPPK they are a code.
    assert_eq!(
        rule_of(EmployeeKind::Pns, "199001152015131002"),
        NumberRule::AppointmentExists
    );
    assert!(EmployeeNumber::new(EmployeeKind::Pppk, "199001152015131002").is_ok());
    // And equal digits of different kinds are different numbers.
    let a = EmployeeNumber::new(EmployeeKind::Pns, "199001152015031002").unwrap();
    let b = EmployeeNumber::new(EmployeeKind::Pppk, "199001152015031002").unwrap();
    assert_ne!(a, b);
}

#[test]
fn impossible_numbers_name_the_rule() {
    use EmployeeKind::{Pns, Pppk};
    assert_eq!(
        rule_of(Pns, "19850314201001200"),
        NumberRule::EighteenDigits
    );
    assert_eq!(
        rule_of(Pns, "1985031420100120031"),
        NumberRule::EighteenDigits
    );
    assert_eq!(
        rule_of(Pns, "19850314201001200x"),
        NumberRule::EighteenDigits
    );
    assert_eq!(
        rule_of(Pns, "１９８５０３１４２０１００１２００３"),
        NumberRule::EighteenDigits
    );
    assert_eq!(
        rule_of(Pns, "198502302010012003"),
        NumberRule::BirthDateExists
    ); // 30 February
    assert_eq!(
        rule_of(Pns, "199702292010012003"),
        NumberRule::BirthDateExists
    ); // 1997 is not leap
    assert!(EmployeeNumber::new(Pns, "199602292020012003").is_ok()); // 1996 is
    assert_eq!(
        rule_of(Pns, "190002292010012003"),
        NumberRule::BirthDateExists
    ); // 1900 is not
    assert_eq!(
        rule_of(Pns, "000001012010012003"),
        NumberRule::BirthDateExists
    ); // year 0
    assert_eq!(
        rule_of(Pns, "198503142010002003"),
        NumberRule::AppointmentExists
    ); // month 00
    assert_eq!(
        rule_of(Pns, "198503142010132003"),
        NumberRule::AppointmentExists
    ); // month 13
    assert_eq!(
        rule_of(Pppk, "199506120000212001"),
        NumberRule::AppointmentExists
    ); // year 0
    assert_eq!(
        rule_of(Pns, "198503141984012003"),
        NumberRule::AppointedAfterBirth
    );
    assert_eq!(
        rule_of(Pns, "198503141985032003"),
        NumberRule::AppointedAfterBirth
    ); // birth month
    assert_eq!(
        rule_of(Pppk, "199506121995212001"),
        NumberRule::AppointedAfterBirth
    ); // birth year
    assert_eq!(rule_of(Pns, "198503142010013003"), NumberRule::SexDigit);
    assert_eq!(rule_of(Pns, "198503142010010003"), NumberRule::SexDigit);
    let error = EmployeeNumber::new(Pns, "198502302010012003").unwrap_err();
    assert_eq!(
        error.to_string(),
        "PNS number `198502302010012003` is invalid: digits 1-8 must be a real birth date (yyyymmdd)"
    );
}

#[test]
fn wire_form_names_the_kind() {
    let nip = EmployeeNumber::new(EmployeeKind::Pns, "198503142010012003").unwrap();
    let json = serde_json::to_string(&nip).unwrap();
    assert_eq!(json, r#"{"kind":"pns","number":"198503142010012003"}"#);
    let bad =
        serde_json::from_str::<EmployeeNumber>(r#"{"kind":"pns","number":"198502302010012003"}"#);
    assert!(bad.unwrap_err().to_string().contains("real birth date"));
    let unknown = serde_json::from_str::<EmployeeNumber>(
        r#"{"kind":"pns","number":"198503142010012003","x":1}"#,
    );
    assert!(unknown.is_err());
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1900..2010_i32, 1..=12_u32, 1..=31_u32)
        .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

proptest! {
    /// Any number laid out from real fields parses back to those fields.
    #[test]
    fn fields_round_trip(birth in date(), years_later in 1..50_i32, month in 1..=12_u32,
                         code in 0..100_u32, female in any::<bool>(), sequence in 0..1000_u32,
                         pppk in any::<bool>()) {
        let year = birth.year() + years_later;
        let sex = if female { 2 } else { 1 };
        let (kind, middle) = if pppk {
            (EmployeeKind::Pppk, format!("{year:04}{code:02}"))
        } else {
            (EmployeeKind::Pns, format!("{year:04}{month:02}"))
        };
        let digits = format!("{}{middle}{sex}{sequence:03}", birth.format("%Y%m%d"));
        let number = EmployeeNumber::new(kind, digits.clone()).unwrap();
        prop_assert_eq!(number.birth_date(), birth);
        prop_assert_eq!(number.appointment_year(), year);
        prop_assert_eq!(number.appointment_month(), (!pppk).then_some(month));
        prop_assert_eq!(number.pppk_code(), pppk.then_some(code as u8));
        prop_assert_eq!(number.sex(), if female { Sex::Female } else { Sex::Male });
        prop_assert_eq!(u32::from(number.sequence()), sequence);
        prop_assert_eq!(number.to_string(), digits);
        let json = serde_json::to_string(&number).unwrap();
        prop_assert_eq!(serde_json::from_str::<EmployeeNumber>(&json).unwrap(), number);
    }

    /// A sex digit other than 1 or 2 is always refused.
    #[test]
    fn other_sex_digits_are_refused(digit in prop::sample::select(vec![0_u8, 3, 4, 5, 6, 7, 8, 9])) {
        let digits = format!("19850314201001{digit}003");
        prop_assert_eq!(rule_of(EmployeeKind::Pns, &digits), NumberRule::SexDigit);
    }

    /// No text makes the parser panic, and whatever it accepts prints back unchanged.
    #[test]
    fn any_text_is_handled(text in "\\PC{0,24}", pppk in any::<bool>()) {
        let kind = if pppk { EmployeeKind::Pppk } else { EmployeeKind::Pns };
        if let Ok(number) = EmployeeNumber::new(kind, text.clone()) {
            prop_assert_eq!(number.to_string(), text);
        }
    }
}
