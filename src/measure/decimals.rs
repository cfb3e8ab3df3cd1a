//! How many decimals an indicator's figures may have: whole numbers for counts (and rupiah),
//! two places otherwise, unless the definition declares its own.

use crate::label::Language;
use rust_decimal::Decimal;

/// The units of measure (satuan) whose figures are whole numbers unless the definition
/// declares otherwise: counts of people, documents, schools, activities, reports and other
/// things, and rupiah. A unit matches when it equals one of these, ignoring case and
/// surrounding spaces.
///
/// ```
/// use kinerja::measure::WHOLE_UNITS;
/// assert!(WHOLE_UNITS.contains(&"dokumen"));
/// assert!(!WHOLE_UNITS.contains(&"persen"));
/// ```
pub const WHOLE_UNITS: &[&str] = &[
    "orang",
    "pegawai",
    "guru",
    "siswa",
    "peserta",
    "keluarga",
    "dokumen",
    "berkas",
    "surat",
    "laporan",
    "naskah",
    "buku",
    "sekolah",
    "lembaga",
    "desa",
    "kelurahan",
    "kecamatan",
    "ruang",
    "buah",
    "kali",
    "kegiatan",
    "paket",
    "program",
    "aplikasi",
    "rupiah",
];

/// The decimals of a figure in a unit that is not a whole-number one, unless the definition
/// declares its own: two, as percentages and scores are written (`99.50`).
///
/// ```
/// assert_eq!(kinerja::measure::DEFAULT_DECIMALS, 2);
/// ```
pub const DEFAULT_DECIMALS: u8 = 2;

/// The most decimals a definition may declare: an exact decimal's whole precision.
///
/// ```
/// assert_eq!(kinerja::measure::MAX_DECIMALS, 28);
/// ```
pub const MAX_DECIMALS: u8 = 28;

/// The decimals the figures of `unit` may have when the definition declares none.
pub(crate) fn default_for(unit: &str) -> u8 {
    let unit = unit.trim();
    if WHOLE_UNITS.iter().any(|w| w.eq_ignore_ascii_case(unit)) {
        0
    } else {
        DEFAULT_DECIMALS
    }
}

/// Whether `figure` is written with more than `decimals` places (trailing zeros count: they
/// were written).
pub(crate) fn too_many(figure: Decimal, decimals: u8) -> bool {
    figure.scale() > u32::from(decimals)
}

/// Where a whole-number figure was written with a point as the thousands separator
/// (`1.200`, read as 1,2), the figure meant (`1200`).
pub(crate) fn thousands_meant(figure: Decimal, decimals: u8) -> Option<Decimal> {
    let whole = figure.trunc().abs();
    (decimals == 0 && figure.scale() == 3 && whole >= Decimal::ONE && whole < Decimal::from(1000))
        .then(|| figure.checked_mul(Decimal::from(1000)))
        .flatten()
        .map(|meant| meant.trunc())
}

/// What is wrong with `figure` and how to fix it, in `language`.
pub(crate) fn describe(figure: Decimal, decimals: u8, language: Language) -> String {
    let places = figure.scale();
    let (what, fix) = match language {
        Language::Indonesian => (
            if decimals == 0 {
                format!(
                    "angka {figure} bertanda {places} desimal, padahal indikator ini hanya menerima bilangan bulat"
                )
            } else {
                format!(
                    "angka {figure} bertanda {places} desimal, padahal indikator ini menerima paling banyak {decimals} desimal"
                )
            },
            match thousands_meant(figure, decimals) {
                Some(meant) => format!("tulis {meant} tanpa titik pemisah ribuan"),
                None => format!(
                    "tulis dengan paling banyak {decimals} desimal, atau nyatakan `decimals` pada definisi indikator"
                ),
            },
        ),
        Language::English => (
            if decimals == 0 {
                format!(
                    "{figure} has {places} decimals, but the indicator takes whole numbers only"
                )
            } else {
                format!(
                    "{figure} has {places} decimals, but the indicator takes at most {decimals}"
                )
            },
            match thousands_meant(figure, decimals) {
                Some(meant) => format!("write {meant} without the thousands separator"),
                None => format!(
                    "write it with at most {decimals} decimals, or declare `decimals` on the indicator's definition"
                ),
            },
        ),
    };
    format!("{what}; {fix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        crate::decimal_text::parse(text).unwrap_or_default()
    }

    #[test]
    fn thousands_separators_are_recognised() {
        assert_eq!(thousands_meant(d("1.200"), 0), Some(d("1200")));
        assert_eq!(thousands_meant(d("12.500"), 0), Some(d("12500")));
        assert_eq!(thousands_meant(d("0.500"), 0), None);
        assert_eq!(thousands_meant(d("1.20"), 0), None);
        assert_eq!(thousands_meant(d("1.200"), 2), None);
        assert_eq!(default_for(" Dokumen "), 0);
        assert_eq!(default_for("persen"), 2);
        assert!(too_many(d("12.0"), 0));
        assert!(!too_many(d("12.50"), 2));
    }
}
