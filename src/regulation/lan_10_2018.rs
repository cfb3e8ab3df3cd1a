//! Peraturan LAN 10/2018 on the competency development of civil servants: the JP credit of
//! non-classical activities, national and international.

use crate::development::{CreditRule, CreditUnit, Jp, JpConversion, Method};
use crate::num::Percent;
use std::collections::BTreeMap;

/// The JP conversion of Peraturan LAN 10/2018 (DOMAIN §6), international in brackets:
/// seminar or socialisation 4 JP a day (6); workshop 5 JP a day (7); coaching or mentoring
/// 2 JP a session, at most 2 sessions a month (4); e-learning 3 JP a day (4); secondment,
/// exchange or internship 20 JP each (24); benchmarking 10 JP (20); self-study or community of
/// practice 2 JP a day; study leave 20 JP a semester; scheduled training abroad +20 %. Where no
/// international figure is given, the national one stands.
///
/// "At most 3 JP a day" for e-learning and "at most 2 JP a day" for self-study are read as
/// the credit of a full day; an agency that credits less writes its own rule.
#[must_use]
pub fn lan_10_2018_conversion() -> JpConversion {
    let rule = |unit, national, international, per_month_at_most| CreditRule {
        unit,
        national: Jp::whole(national),
        international: Jp::whole(international),
        per_month_at_most,
    };
    let rules = BTreeMap::from([
        (Method::Seminar, rule(CreditUnit::Day, 4, 6, None)),
        (Method::Socialisation, rule(CreditUnit::Day, 4, 6, None)),
        (Method::Workshop, rule(CreditUnit::Day, 5, 7, None)),
        (Method::Coaching, rule(CreditUnit::Session, 2, 4, Some(2))),
        (Method::Mentoring, rule(CreditUnit::Session, 2, 4, Some(2))),
        (Method::ELearning, rule(CreditUnit::Day, 3, 4, None)),
        (Method::Secondment, rule(CreditUnit::Activity, 20, 24, None)),
        (
            Method::PrivateSectorExchange,
            rule(CreditUnit::Activity, 20, 24, None),
        ),
        (Method::Internship, rule(CreditUnit::Activity, 20, 24, None)),
        (
            Method::Benchmarking,
            rule(CreditUnit::Activity, 10, 20, None),
        ),
        (Method::SelfStudy, rule(CreditUnit::Day, 2, 2, None)),
        (
            Method::CommunityOfPractice,
            rule(CreditUnit::Day, 2, 2, None),
        ),
        (Method::StudyLeave, rule(CreditUnit::Semester, 20, 20, None)),
    ]);
    JpConversion {
        rules,
        international_bonus: Percent::whole(20),
    }
}

impl Default for JpConversion {
    /// [`lan_10_2018_conversion`].
    fn default() -> Self {
        lan_10_2018_conversion()
    }
}
