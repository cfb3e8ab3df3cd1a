//! The roll-up's figures kept beside the recorded ones: only the runs a sum changes are
//! made anew, and everything else is read from the caller's `Measurements` in place.
//! Copying every realisation, merging and indexing them again was half of the
//! organisation's achievement at 50,000 nodes.

use crate::id::IndicatorId;
use crate::measure::{MeasureError, Measurements, Realisation};
use std::ops::Range;

/// Realisations rolled up along the cascade ([`Cascade::roll_up`](crate::Cascade::roll_up)),
/// read node by node.
pub(crate) struct RolledUp<'a> {
    recorded: &'a Measurements,
    /// Per node index, where the recorded realisations of its roll-up indicator lie in
    /// `recorded.all()`.
    recorded_runs: Vec<Range<usize>>,
    /// Per node index, its roll-up indicator's realisations as rolled up, as a run of
    /// `figures`, where some period is summed from its children; empty where the recorded
    /// ones stand.
    runs: Vec<Range<usize>>,
    /// The replacing runs, node by node, each by employee (the team's first) and period.
    figures: Vec<Realisation>,
}

impl<'a> RolledUp<'a> {
    /// The recorded figures and, per node index, where its roll-up indicator's recorded
    /// realisations lie in them; nothing summed yet.
    pub(crate) fn new(recorded: &'a Measurements, recorded_runs: Vec<Range<usize>>) -> Self {
        let runs = vec![0..0; recorded_runs.len()];
        Self {
            recorded,
            recorded_runs,
            runs,
            figures: Vec::new(),
        }
    }

    /// The recorded realisations of the roll-up indicator of the node at `index`.
    pub(crate) fn recorded_of_node(&self, index: usize) -> &'a [Realisation] {
        let recorded: &'a Measurements = self.recorded;
        self.recorded_runs
            .get(index)
            .and_then(|run| recorded.all().get(run.clone()))
            .unwrap_or_default()
    }

    /// Replaces the roll-up indicator's realisations of the node at `index`, in the
    /// periods of `sums`, with `sums` (the team's figures); the recorded ones of the other
    /// periods stay.
    pub(crate) fn replace(&mut self, index: usize, sums: impl IntoIterator<Item = Realisation>) {
        let start = self.figures.len();
        self.figures.extend(sums);
        let summed_end = self.figures.len();
        for recorded in self.recorded_of_node(index) {
            let summed = self
                .figures
                .get(start..summed_end)
                .unwrap_or_default()
                .iter()
                .any(|sum| sum.period() == recorded.period());
            if !summed {
                self.figures.push(recorded.clone());
            }
        }
        let run = start..self.figures.len();
        if let Some(figures) = self.figures.get_mut(run.clone()) {
            figures.sort_by(|a, b| (a.employee(), a.period()).cmp(&(b.employee(), b.period())));
        }
        if let Some(slot) = self.runs.get_mut(index) {
            *slot = run;
        }
    }

    /// The realisations of the roll-up indicator of the node at `index`, as rolled up.
    pub(crate) fn of_node(&self, index: usize) -> &[Realisation] {
        match self.runs.get(index).filter(|run| !run.is_empty()) {
            Some(run) => self.figures.get(run.clone()).unwrap_or_default(),
            None => self.recorded_of_node(index),
        }
    }

    /// The realisations of `indicator`, one of the node at `index`'s, as rolled up.
    pub(crate) fn of(&self, index: usize, indicator: &IndicatorId) -> &[Realisation] {
        match self.of_node(index) {
            run @ [first, ..] if first.indicator() == indicator => run,
            // Another of the node's indicators, or its first with nothing recorded or summed.
            _ => self.recorded.of(indicator),
        }
    }

    /// The team's realisations (attributed to nobody) of `indicator`, one of the node at
    /// `index`'s, as rolled up, by period: what the organisation's achievement reads.
    pub(crate) fn team_of(&self, index: usize, indicator: &IndicatorId) -> &[Realisation] {
        let run = self.of(index, indicator);
        let team = run.partition_point(|r| r.employee().is_none());
        run.get(..team).unwrap_or_default()
    }

    /// All the realisations as rolled up, as one set.
    ///
    /// # Errors
    /// None in practice: the set holds one realisation per indicator, employee and period
    /// as the recorded one did.
    pub(crate) fn into_measurements(self) -> Result<Measurements, MeasureError> {
        // The replacing runs in indicator order, then the recorded realisations outside
        // the replaced runs (already in order): two sorted runs, which the sort merges.
        let mut replaced: Vec<(Range<usize>, Range<usize>)> = self
            .runs
            .iter()
            .zip(&self.recorded_runs)
            .filter(|(run, _)| !run.is_empty())
            .map(|(run, recorded)| (run.clone(), recorded.clone()))
            .collect();
        let indicator =
            |run: &Range<usize>| self.figures.get(run.start).map(Realisation::indicator);
        replaced.sort_by(|(a, _), (b, _)| indicator(a).cmp(&indicator(b)));
        let all = self.recorded.all();
        let mut realisations = Vec::with_capacity(all.len() + self.figures.len());
        for (run, _) in &replaced {
            realisations.extend(
                self.figures
                    .get(run.clone())
                    .unwrap_or_default()
                    .iter()
                    .cloned(),
            );
        }
        replaced.sort_by_key(|(_, recorded)| recorded.start);
        let mut next = 0;
        for (_, recorded) in &replaced {
            realisations.extend(
                all.get(next..recorded.start)
                    .unwrap_or_default()
                    .iter()
                    .cloned(),
            );
            next = next.max(recorded.end);
        }
        realisations.extend(all.get(next..).unwrap_or_default().iter().cloned());
        Measurements::new(realisations)
    }
}
