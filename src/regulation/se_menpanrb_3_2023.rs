//! SE MenPANRB 3/2023 on the organisation's predicate and the distribution of its employees'
//! predicates: the quotas per organisation predicate. The rounding of a percentage over a
//! small team is not published; it is [`QuotaRounding`](crate::evaluation::QuotaRounding),
//! chosen by the caller and stated in every report.

use crate::evaluation::{DistributionRules, OrganisationPredicate, Predicate, Quota, QuotaBound};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// SE MenPANRB 3/2023 (DOMAIN §4.1).
///
/// | organisation | quotas |
/// |---|---|
/// | Istimewa | Sangat Baik at most 70 % |
/// | Baik | Baik at most 70 %; at least one Butuh Perbaikan or Kurang/Misconduct |
/// | Butuh Perbaikan | Butuh Perbaikan at least 60 %; Sangat Baik at most 10 % |
/// | Kurang | Kurang/Misconduct at least 60 %; Butuh Perbaikan at least 10 %; Sangat Baik at most 10 % |
/// | Sangat Kurang | Sangat Kurang at least 60 %; Kurang/Misconduct or Butuh Perbaikan at least 10 %; no Sangat Baik |
#[must_use]
pub fn se_menpanrb_3_2023_quotas() -> DistributionRules {
    use OrganisationPredicate as Org;
    use Predicate::{Good, NeedsImprovement, PoorOrMisconduct, VeryGood, VeryPoor};
    let pct = |p: i64| Decimal::from(p);
    let quota = |predicates: &[Predicate], bound| Quota {
        predicates: predicates.to_vec(),
        bound,
    };
    let rules = BTreeMap::from([
        (
            Org::Exceptional,
            vec![quota(&[VeryGood], QuotaBound::AtMostPercent(pct(70)))],
        ),
        (
            Org::Good,
            vec![
                quota(&[Good], QuotaBound::AtMostPercent(pct(70))),
                quota(
                    &[NeedsImprovement, PoorOrMisconduct],
                    QuotaBound::AtLeastCount(1),
                ),
            ],
        ),
        (
            Org::NeedsImprovement,
            vec![
                quota(&[NeedsImprovement], QuotaBound::AtLeastPercent(pct(60))),
                quota(&[VeryGood], QuotaBound::AtMostPercent(pct(10))),
            ],
        ),
        (
            Org::Poor,
            vec![
                quota(&[PoorOrMisconduct], QuotaBound::AtLeastPercent(pct(60))),
                quota(&[NeedsImprovement], QuotaBound::AtLeastPercent(pct(10))),
                quota(&[VeryGood], QuotaBound::AtMostPercent(pct(10))),
            ],
        ),
        (
            Org::VeryPoor,
            vec![
                quota(&[VeryPoor], QuotaBound::AtLeastPercent(pct(60))),
                quota(
                    &[PoorOrMisconduct, NeedsImprovement],
                    QuotaBound::AtLeastPercent(pct(10)),
                ),
                quota(&[VeryGood], QuotaBound::AtMostCount(0)),
            ],
        ),
    ]);
    DistributionRules::trusted(rules)
}

impl Default for DistributionRules {
    /// [`se_menpanrb_3_2023_quotas`].
    fn default() -> Self {
        se_menpanrb_3_2023_quotas()
    }
}
