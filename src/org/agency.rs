//! The agency (instansi): vision, missions, units, positions and employees, validated together.

use super::error::{AgencyError, Subject, TextField};
use super::{Employee, Mission, Position, Unit};
use crate::forest;
use crate::id::{MissionId, PositionId, UnitId};
use crate::nip::EmployeeNumber;
use crate::sorted::{find_by_text, sort_by_text};
use crate::text::{first_repeated, is_blank};
use serde::{Deserialize, Serialize};

/// A validated agency (instansi pemerintah): its vision (visi), missions (misi), the unit
/// hierarchy, positions with their reporting lines, and the employees holding them.
///
/// Made only by [`AgencyBuilder::build`] (or deserialised through it), so every reference
/// resolves, no id repeats and neither hierarchy has a cycle. Collections are kept sorted by
/// id, so two agencies built from the same parts in any order are equal.
///
/// Goals, strategic objectives and everything below them live in the
/// [`Cascade`](crate::Cascade) built on this agency.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::{org::*, prelude::*};
/// let agency = Agency::builder("Dinas Pendidikan Siulak", "Pendidikan bermutu untuk semua")
///     .mission(Mission::new(MissionId::new("M1")?, "Meningkatkan mutu pendidikan dasar"))
///     .unit(Unit::new(UnitId::new("DIK")?, "Dinas Pendidikan"))
///     .position(Position::new(PositionId::new("KADIS")?, "Kepala Dinas", UnitId::new("DIK")?, JobLevel::JptPratama))
///     .employee(Employee::new(
///         EmployeeNumber::new(EmployeeKind::Pns, "197204101998031005")?,
///         "Drs. Ahmad Yani",
///         PositionId::new("KADIS")?,
///     ))
///     .build()?;
/// assert_eq!(agency.employees().len(), 1);
///
/// // A position in a unit that does not exist is refused, naming both.
/// let err = Agency::builder("X", "Y")
///     .mission(Mission::new(MissionId::new("M1")?, "Z"))
///     .position(Position::new(PositionId::new("P")?, "P", UnitId::new("NOPE")?, JobLevel::Executor))
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "position `P` refers to unknown unit `NOPE`");
/// # Ok(()) }
/// ```
///
/// A document of this type (the JSON a service sends):
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let read: kinerja::Agency = serde_json::from_str(r#"
/// {
///   "name": "Kantor Camat Siulak",
///   "vision": "Pelayanan kecamatan yang cepat dan terbuka",
///   "missions": [
///     {
///       "id": "M1",
///       "statement": "Meningkatkan kualitas pelayanan publik"
///     }
///   ],
///   "units": [
///     {
///       "id": "KEC",
///       "name": "Kecamatan Siulak"
///     }
///   ],
///   "positions": [
///     {
///       "id": "CAMAT",
///       "title": "Camat Siulak",
///       "unit": "KEC",
///       "level": "administrator"
///     },
///     {
///       "id": "KASI-PU",
///       "title": "Kepala Seksi Pelayanan Umum",
///       "unit": "KEC",
///       "level": "supervisor",
///       "reports_to": "CAMAT"
///     }
///   ],
///   "employees": [
///     {
///       "number": {
///         "kind": "pns",
///         "number": "197503102000031004"
///       },
///       "name": "Drs. Jamaluddin",
///       "position": "CAMAT"
///     },
///     {
///       "number": {
///         "kind": "pns",
///         "number": "198602142010012018"
///       },
///       "name": "Sri Wahyuni, S.Sos.",
///       "position": "KASI-PU"
///     }
///   ]
/// }
/// "#)?;
/// # let _ = read;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(with = "AgencyBuilder"))]
pub struct Agency {
    name: String,
    vision: String,
    missions: Vec<Mission>,
    units: Vec<Unit>,
    positions: Vec<Position>,
    employees: Vec<Employee>,
    /// For each position (same index), the indices of the employees holding it.
    holders: Vec<Vec<usize>>,
    /// For each position (same index), the indices of the positions reporting to it.
    subordinates: Vec<Vec<usize>>,
    /// For each position (same index), the index of its superior.
    superior: Vec<Option<usize>>,
    /// For each position (same index), whether anyone holds a position reporting to it:
    /// made once, so that asking is constant time whatever the span of control.
    leads_anyone: Vec<bool>,
    /// Sort key of each position's id, for fast look-ups.
    position_keys: Vec<u128>,
}

fn position_text(position: &Position) -> &str {
    position.id().as_str()
}

/// The parts of an [`Agency`] before validation; also its wire form.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use kinerja::Agency;
/// use kinerja::id::MissionId;
/// use kinerja::org::Mission;
/// let agency = Agency::builder("Kantor Kecamatan Siulak", "Pelayanan prima")
///     .mission(Mission::new(MissionId::new("M1")?, "Pelayanan publik yang cepat"))
///     .build()?;
/// assert_eq!(agency.missions().len(), 1);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AgencyBuilder {
    name: String,
    vision: String,
    #[serde(default)]
    missions: Vec<Mission>,
    #[serde(default)]
    units: Vec<Unit>,
    #[serde(default)]
    positions: Vec<Position>,
    #[serde(default)]
    employees: Vec<Employee>,
}

crate::objects_only::objects_only!(AgencyBuilder);

impl Agency {
    /// Starts an agency with its name and vision (visi).
    #[must_use]
    pub fn builder(name: impl Into<String>, vision: impl Into<String>) -> AgencyBuilder {
        AgencyBuilder {
            name: name.into(),
            vision: vision.into(),
            missions: Vec::new(),
            units: Vec::new(),
            positions: Vec::new(),
            employees: Vec::new(),
        }
    }

    /// The agency's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The vision (visi).
    #[must_use]
    pub fn vision(&self) -> &str {
        &self.vision
    }

    /// The missions, sorted by id.
    #[must_use]
    pub fn missions(&self) -> &[Mission] {
        &self.missions
    }

    /// The units, sorted by id.
    #[must_use]
    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    /// The positions, sorted by id.
    #[must_use]
    pub fn positions(&self) -> &[Position] {
        &self.positions
    }

    /// The employees, sorted by number.
    #[must_use]
    pub fn employees(&self) -> &[Employee] {
        &self.employees
    }

    /// The mission with `id`.
    #[must_use]
    pub fn mission(&self, id: &MissionId) -> Option<&Mission> {
        find(&self.missions, id, Mission::id).and_then(|i| self.missions.get(i))
    }

    /// The unit with `id`.
    #[must_use]
    pub fn unit(&self, id: &UnitId) -> Option<&Unit> {
        find(&self.units, id, Unit::id).and_then(|i| self.units.get(i))
    }

    /// The position with `id`.
    #[must_use]
    pub fn position(&self, id: &PositionId) -> Option<&Position> {
        self.position_index(id).and_then(|i| self.positions.get(i))
    }

    /// The employee with `number`.
    #[must_use]
    pub fn employee(&self, number: &EmployeeNumber) -> Option<&Employee> {
        find(&self.employees, number, Employee::number).and_then(|i| self.employees.get(i))
    }

    /// An employee as a text names them: the name with the number beside it
    /// (`Rina Marlina (NIP 198507192010012014)`, `… (NI PPPK …)`), or the number alone for
    /// someone the agency does not have.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use kinerja::nip::{EmployeeKind, EmployeeNumber};
    /// let agency = kinerja::sample::siulak_agency()?;
    /// let rina = EmployeeNumber::new(EmployeeKind::Pns, "198507192010012014")?;
    /// assert_eq!(agency.who(&rina), "Rina Marlina, S.Pd. (NIP 198507192010012014)");
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn who(&self, number: &EmployeeNumber) -> String {
        let kind = match number.kind() {
            crate::nip::EmployeeKind::Pns => "NIP",
            crate::nip::EmployeeKind::Pppk => "NI PPPK",
        };
        match self.employee(number) {
            Some(employee) => format!("{} ({kind} {number})", employee.name()),
            None => format!("{kind} {number}"),
        }
    }

    /// The employees holding position `id`, by number.
    pub fn holders(&self, id: &PositionId) -> impl Iterator<Item = &Employee> {
        self.position_index(id)
            .and_then(|i| self.holders.get(i))
            .into_iter()
            .flatten()
            .filter_map(|&e| self.employees.get(e))
    }

    /// The positions that report directly to position `id`, by id.
    pub fn subordinate_positions(&self, id: &PositionId) -> impl Iterator<Item = &Position> {
        self.position_index(id)
            .and_then(|i| self.subordinates.get(i))
            .into_iter()
            .flatten()
            .filter_map(|&p| self.positions.get(p))
    }

    /// The employees whose position reports directly to position `id` (the staff of its
    /// holder), by position and then number.
    pub fn staff_of(&self, id: &PositionId) -> impl Iterator<Item = &Employee> {
        self.subordinate_positions(id)
            .flat_map(|position| self.holders(position.id()))
    }

    /// Whether anyone holds a position that reports to position `id`.
    #[must_use]
    pub fn leads_anyone(&self, id: &PositionId) -> bool {
        self.position_index(id)
            .is_some_and(|index| self.leads_anyone_at(index))
    }

    /// The position that position `id` reports to (the direct superior's position).
    #[must_use]
    pub fn superior_of(&self, id: &PositionId) -> Option<&Position> {
        self.position_index(id)
            .and_then(|i| self.superior.get(i).copied().flatten())
            .and_then(|s| self.positions.get(s))
    }

    /// Index of a position in [`Agency::positions`].
    pub(crate) fn position_index(&self, id: &PositionId) -> Option<usize> {
        find_by_text(
            &self.positions,
            &self.position_keys,
            position_text,
            id.as_str(),
        )
    }

    /// Index of the employee numbered `number` in [`Agency::employees`].
    pub(crate) fn employee_index(&self, number: &EmployeeNumber) -> Option<usize> {
        find(&self.employees, number, Employee::number)
    }

    /// Indices of the holders of the position at `index`, by employee number.
    pub(crate) fn holder_indices(&self, index: usize) -> &[usize] {
        self.holders.get(index).map_or(&[][..], Vec::as_slice)
    }

    /// Index of the position held by the employee numbered `number`.
    pub(crate) fn held_position_index(&self, number: &EmployeeNumber) -> Option<usize> {
        self.employee(number)
            .and_then(|employee| self.position_index(employee.position()))
    }

    /// Index of the superior of the position at `index`.
    pub(crate) fn superior_index(&self, index: usize) -> Option<usize> {
        self.superior.get(index).copied().flatten()
    }

    /// Whether anyone holds a position reporting to the position at `index`.
    pub(crate) fn leads_anyone_at(&self, index: usize) -> bool {
        self.leads_anyone.get(index).copied().unwrap_or(false)
    }
}

/// Binary search in a vector sorted by `key`.
fn find<T, K: Ord + ?Sized>(items: &[T], wanted: &K, key: impl Fn(&T) -> &K) -> Option<usize> {
    items.binary_search_by(|item| key(item).cmp(wanted)).ok()
}

impl AgencyBuilder {
    /// Adds a mission (misi).
    #[must_use]
    pub fn mission(mut self, mission: Mission) -> Self {
        self.missions.push(mission);
        self
    }

    /// Adds a unit (unit kerja).
    #[must_use]
    pub fn unit(mut self, unit: Unit) -> Self {
        self.units.push(unit);
        self
    }

    /// Adds a position (jabatan).
    #[must_use]
    pub fn position(mut self, position: Position) -> Self {
        self.positions.push(position);
        self
    }

    /// Adds an employee (pegawai).
    #[must_use]
    pub fn employee(mut self, employee: Employee) -> Self {
        self.employees.push(employee);
        self
    }

    /// Validates the parts and makes the [`Agency`].
    ///
    /// # Errors
    /// [`AgencyError`] on the first problem found, checking in this order: blank name or
    /// vision, no mission, then missions, units, positions and employees, each in id order:
    /// a repeated id, blank text, a reference to an unknown unit or position, a cycle in the
    /// unit hierarchy or in the reporting lines.
    pub fn build(self) -> Result<Agency, AgencyError> {
        let Self {
            name,
            vision,
            missions,
            units,
            positions,
            employees,
        } = self;
        require_text(&name, Subject::Agency, TextField::Name)?;
        require_text(&vision, Subject::Agency, TextField::Vision)?;
        if missions.is_empty() {
            return Err(AgencyError::NoMissions);
        }
        let missions = check_missions(missions)?;
        let units = check_units(units)?;
        let CheckedPositions {
            positions,
            keys: position_keys,
            superior,
        } = check_positions(positions, &units)?;
        let (employees, holders) = check_employees(employees, &positions, &position_keys)?;
        let mut subordinates = vec![Vec::new(); positions.len()];
        let mut leads_anyone = vec![false; positions.len()];
        for (index, boss) in superior.iter().enumerate() {
            if let Some(list) = boss.and_then(|b| subordinates.get_mut(b)) {
                list.push(index);
            }
            let held = holders.get(index).is_some_and(|h| !h.is_empty());
            if let Some(flag) = boss.and_then(|b| leads_anyone.get_mut(b)) {
                *flag |= held;
            }
        }
        Ok(Agency {
            name,
            vision,
            missions,
            units,
            positions,
            employees,
            holders,
            subordinates,
            superior,
            leads_anyone,
            position_keys,
        })
    }
}

fn check_missions(mut missions: Vec<Mission>) -> Result<Vec<Mission>, AgencyError> {
    missions.sort_by(|a, b| a.id().cmp(b.id()));
    reject_duplicates(&missions, Mission::id, |id| Subject::Mission(id.clone()))?;
    for mission in &missions {
        require_text(
            mission.statement(),
            Subject::Mission(mission.id().clone()),
            TextField::Statement,
        )?;
    }
    Ok(missions)
}

fn check_units(mut units: Vec<Unit>) -> Result<Vec<Unit>, AgencyError> {
    units.sort_by(|a, b| a.id().cmp(b.id()));
    reject_duplicates(&units, Unit::id, |id| Subject::Unit(id.clone()))?;
    let mut parents = Vec::with_capacity(units.len());
    for unit in &units {
        let subject = || Subject::Unit(unit.id().clone());
        require_text(unit.name(), subject(), TextField::Name)?;
        parents.push(resolve(
            unit.parent(),
            |id| find(&units, id, Unit::id),
            |id| AgencyError::UnknownUnit {
                subject: subject(),
                unit: id.clone(),
            },
        )?);
    }
    forest::depths(&units, &parents).map_err(|unit| AgencyError::UnitCycle {
        unit: unit.id().clone(),
    })?;
    Ok(units)
}

/// Positions sorted by id, with their id keys and the index of each one's superior.
struct CheckedPositions {
    positions: Vec<Position>,
    keys: Vec<u128>,
    superior: Vec<Option<usize>>,
}

fn check_positions(
    positions: Vec<Position>,
    units: &[Unit],
) -> Result<CheckedPositions, AgencyError> {
    let (positions, keys, _) = sort_by_text(positions, position_text);
    reject_duplicates(&positions, Position::id, |id| Subject::Position(id.clone()))?;
    let mut superior = Vec::with_capacity(positions.len());
    for position in &positions {
        let subject = || Subject::Position(position.id().clone());
        require_text(position.title(), subject(), TextField::Title)?;
        resolve(
            Some(position.unit()),
            |id| find(units, id, Unit::id),
            |id| AgencyError::UnknownUnit {
                subject: subject(),
                unit: id.clone(),
            },
        )?;
        let find_position =
            |id: &PositionId| find_by_text(&positions, &keys, position_text, id.as_str());
        superior.push(resolve(position.reports_to(), find_position, |id| {
            AgencyError::UnknownPosition {
                subject: subject(),
                position: id.clone(),
            }
        })?);
    }
    forest::depths(&positions, &superior).map_err(|position| AgencyError::ReportingCycle {
        position: position.id().clone(),
    })?;
    Ok(CheckedPositions {
        positions,
        keys,
        superior,
    })
}

/// Sorted employees, and for each position the indices of the employees holding it.
fn check_employees(
    mut employees: Vec<Employee>,
    positions: &[Position],
    position_keys: &[u128],
) -> Result<(Vec<Employee>, Vec<Vec<usize>>), AgencyError> {
    employees.sort_by_key(|e| *e.number());
    reject_duplicates(&employees, Employee::number, |n| Subject::Employee(*n))?;
    let mut holders = vec![Vec::new(); positions.len()];
    for (index, employee) in employees.iter().enumerate() {
        let subject = || Subject::Employee(*employee.number());
        require_text(employee.name(), subject(), TextField::Name)?;
        let find_position =
            |id: &PositionId| find_by_text(positions, position_keys, position_text, id.as_str());
        let held = resolve(Some(employee.position()), find_position, |id| {
            AgencyError::UnknownPosition {
                subject: subject(),
                position: id.clone(),
            }
        })?;
        if let Some(list) = held.and_then(|h| holders.get_mut(h)) {
            list.push(index);
        }
    }
    Ok((employees, holders))
}

/// Resolves an optional reference to an index, or names the missing target.
fn resolve<R>(
    reference: Option<&R>,
    find: impl Fn(&R) -> Option<usize>,
    missing: impl FnOnce(&R) -> AgencyError,
) -> Result<Option<usize>, AgencyError> {
    match reference {
        None => Ok(None),
        Some(wanted) => find(wanted).map(Some).ok_or_else(|| missing(wanted)),
    }
}

fn require_text(text: &str, subject: Subject, field: TextField) -> Result<(), AgencyError> {
    if is_blank(text) {
        Err(AgencyError::BlankText { subject, field })
    } else {
        Ok(())
    }
}

fn reject_duplicates<T, K: PartialEq>(
    items: &[T],
    key: impl Fn(&T) -> &K,
    subject: impl Fn(&K) -> Subject,
) -> Result<(), AgencyError> {
    match first_repeated(items, key) {
        Some(repeated) => Err(AgencyError::Duplicate {
            subject: subject(repeated),
        }),
        None => Ok(()),
    }
}

impl TryFrom<AgencyBuilder> for Agency {
    type Error = AgencyError;
    fn try_from(builder: AgencyBuilder) -> Result<Self, AgencyError> {
        builder.build()
    }
}

/// The wire form of an [`Agency`] (its builder's), borrowed: serialising copies nothing.
#[derive(Serialize)]
struct AgencyView<'a> {
    name: &'a str,
    vision: &'a str,
    missions: &'a [Mission],
    units: &'a [Unit],
    positions: &'a [Position],
    employees: &'a [Employee],
}

impl Serialize for Agency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        AgencyView {
            name: &self.name,
            vision: &self.vision,
            missions: &self.missions,
            units: &self.units,
            positions: &self.positions,
            employees: &self.employees,
        }
        .serialize(serializer)
    }
}

impl From<Agency> for AgencyBuilder {
    fn from(agency: Agency) -> Self {
        Self {
            name: agency.name,
            vision: agency.vision,
            missions: agency.missions,
            units: agency.units,
            positions: agency.positions,
            employees: agency.employees,
        }
    }
}

crate::refusal::deserialize_checked!(Agency, AgencyBuilder);
