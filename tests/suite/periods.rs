//! Periods: text form, calendar days, containment and overlap.

use chrono::NaiveDate;
use kinerja::period::{Granularity, Month, Period, PeriodError, Quarter, Year};
use kinerja::{Labelled, Language};
use proptest::prelude::*;

fn p(text: &str) -> Period {
    text.parse().unwrap()
}

#[test]
fn text_forms() {
    for text in [
        "2026", "2026-S1", "2026-S2", "2026-Q1", "2026-Q4", "2026-01", "2026-12", "0001", "9999-Q2",
    ] {
        assert_eq!(p(text).to_string(), text);
    }
    for bad in [
        "", "26", "2026-", "2026-Q5", "2026-Q0", "2026-S3", "2026-13", "2026-00", "2026-1",
        "20260", "2026-q1", " 2026", "0000", "+202",
    ] {
        assert!(bad.parse::<Period>().is_err(), "{bad:?} parsed");
    }
    assert_eq!(
        "0000".parse::<Period>().unwrap_err(),
        PeriodError::YearOutOfRange { year: 0 }
    );
    assert_eq!(
        serde_json::to_string(&p("2026-Q3")).unwrap(),
        r#""2026-Q3""#
    );
    assert!(serde_json::from_str::<Period>(r#""2026-Q9""#).is_err());
}

#[test]
fn calendar_days_by_hand() {
    assert_eq!(
        p("2024-02").end(),
        NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
    ); // leap year
    assert_eq!(
        p("2026-02").end(),
        NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
    );
    assert_eq!(
        p("2026-S1").end(),
        NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
    );
    assert_eq!(
        p("2026-Q4").start(),
        NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()
    );
    assert_eq!(
        p("9999").end(),
        NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()
    );
    assert!(p("2026-Q2").contains_date(NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()));
    assert!(!p("2026-Q2").contains_date(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()));
}

#[test]
fn labels() {
    assert_eq!(Quarter::Q3.label(Language::Indonesian), "Triwulan III");
    assert_eq!(
        Month::new(8).unwrap().label(Language::Indonesian),
        "Agustus"
    );
    assert_eq!(Month::new(8).unwrap().label(Language::English), "August");
    assert_eq!(
        Month::new(13).unwrap_err(),
        PeriodError::MonthOutOfRange { month: 13 }
    );
}

fn period() -> impl Strategy<Value = Period> {
    (
        2020..2030_i32,
        prop::sample::select(vec![
            Granularity::Year,
            Granularity::Semester,
            Granularity::Quarter,
            Granularity::Month,
        ]),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(y, g, i)| {
            let periods = Year::new(y).unwrap().periods(g);
            periods[i.index(periods.len())]
        })
}

proptest! {
    #[test]
    fn the_periods_of_a_year_tile_it(year in 1..=9999_i32, g in prop::sample::select(vec![Granularity::Year, Granularity::Semester, Granularity::Quarter, Granularity::Month])) {
        let year = Year::new(year).unwrap();
        let periods = year.periods(g);
        prop_assert_eq!(periods.len() * usize::from(g.months()), 12);
        prop_assert_eq!(periods[0].start(), year.as_period().start());
        prop_assert_eq!(periods[periods.len() - 1].end(), year.as_period().end());
        for pair in periods.windows(2) {
            prop_assert_eq!(pair[0].end().succ_opt().unwrap(), pair[1].start());
            prop_assert!(pair[0] < pair[1]);
        }
        for period in &periods {
            prop_assert!(year.as_period().contains(period));
            prop_assert_eq!(period.year(), year);
        }
    }

    /// Containment agrees with calendar days: a contains b exactly when b's days lie in a's.
    #[test]
    fn containment_is_day_containment(a in period(), b in period()) {
        let by_days = a.start() <= b.start() && b.end() <= a.end();
        prop_assert_eq!(a.contains(&b), by_days);
        prop_assert_eq!(a.overlap_months(&b), b.overlap_months(&a));
        if a.contains(&b) {
            prop_assert_eq!(a.overlap_months(&b), b.months());
        }
        // Order follows start dates, longer first on a tie.
        if a.start() < b.start() { prop_assert!(a < b); }
        if a.start() == b.start() && a.months() > b.months() { prop_assert!(a < b); }
        prop_assert_eq!(a.cmp(&b) == std::cmp::Ordering::Equal, a == b);
    }

    #[test]
    fn overlap_counts_shared_days_in_months(a in period(), b in period()) {
        // Independent count: months m (1-12) whose first day lies in both periods.
        let shared = (1..=12).filter(|&m| {
            let first = NaiveDate::from_ymd_opt(a.year().number(), m, 1).unwrap();
            a.contains_date(first) && b.contains_date(first)
        }).count();
        prop_assert_eq!(usize::from(a.overlap_months(&b)), if a.year() == b.year() { shared } else { 0 });
    }

    #[test]
    fn text_and_json_round_trip(a in period()) {
        prop_assert_eq!(a.to_string().parse::<Period>().unwrap(), a);
        prop_assert_eq!(serde_json::from_str::<Period>(&serde_json::to_string(&a).unwrap()).unwrap(), a);
    }
}

proptest! {
    /// Every span is named as people name it, never by its code (`2026-01..09`): the period
    /// it equals; the year so far ("s.d." / "up to") when it starts in January; otherwise
    /// its months. In an evaluation counted by quarters, the year so far to the end of a
    /// quarter after the first is "s.d. Triwulan N", whatever period the months also make.
    #[test]
    fn spans_are_named_not_coded(year in 2000i32..2100, first in 1u8..=12, length in 0u8..12) {
        let year = Year::new(year).unwrap();
        let last = (first + length).min(12);
        let span = kinerja::period::Span::months(year, first, last).unwrap();
        for language in [Language::Indonesian, Language::English] {
            let named = span.describe(language);
            prop_assert!(!named.contains(".."), "{}", named);
            prop_assert!(named.ends_with(&year.to_string()), "{}", named);
            let to_date = match language {
                Language::Indonesian => "s.d. ",
                Language::English => "up to ",
            };
            match span.as_period() {
                Some(period) => prop_assert_eq!(&named, &period.describe(language)),
                None if first == 1 => prop_assert!(named.starts_with(to_date), "{}", named),
                None => prop_assert!(named.contains('–'), "{}", named),
            }
            let quarterly = span.describe_in(Granularity::Quarter, language);
            if first == 1 && last % 3 == 0 && last > 3 && last < 12 {
                let quarter = year
                    .periods(Granularity::Quarter)
                    .into_iter()
                    .find(|q| q.last_month() == last)
                    .unwrap();
                prop_assert_eq!(quarterly, format!("{to_date}{}", quarter.describe(language)));
            } else if first != 1 || span.is_whole_year() || last == 3 {
                prop_assert_eq!(quarterly, named);
            }
        }
    }
}
