//! The core values (nilai dasar) the civil service is rated against: BerAKHLAK.

use crate::label::{Labelled, Language};
use serde::{Deserialize, Serialize};

/// The seven BerAKHLAK core values of the civil service, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CoreValue {
    /// Berorientasi Pelayanan.
    ServiceOriented,
    /// Akuntabel.
    Accountable,
    /// Kompeten.
    Competent,
    /// Harmonis.
    Harmonious,
    /// Loyal.
    Loyal,
    /// Adaptif.
    Adaptive,
    /// Kolaboratif.
    Collaborative,
}

impl CoreValue {
    /// All seven, in the order of the acronym.
    pub const ALL: [Self; 7] = [
        Self::ServiceOriented,
        Self::Accountable,
        Self::Competent,
        Self::Harmonious,
        Self::Loyal,
        Self::Adaptive,
        Self::Collaborative,
    ];

    /// The value's three behaviour guides (panduan perilaku), in `language`.
    #[must_use]
    pub const fn guides(self, language: Language) -> [&'static str; 3] {
        match (self, language) {
            (Self::ServiceOriented, Language::Indonesian) => [
                "Memahami dan memenuhi kebutuhan masyarakat",
                "Ramah, cekatan, solutif, dan dapat diandalkan",
                "Melakukan perbaikan tiada henti",
            ],
            (Self::ServiceOriented, Language::English) => [
                "Understands and meets the needs of the public",
                "Friendly, quick, solution-minded and dependable",
                "Improves without end",
            ],
            (Self::Accountable, Language::Indonesian) => [
                "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
                "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
                "Tidak menyalahgunakan kewenangan jabatan",
            ],
            (Self::Accountable, Language::English) => [
                "Works honestly, responsibly, carefully, with discipline and high integrity",
                "Uses state assets responsibly, effectively and efficiently",
                "Does not abuse the authority of office",
            ],
            (Self::Competent, Language::Indonesian) => [
                "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
                "Membantu orang lain belajar",
                "Melaksanakan tugas dengan kualitas terbaik",
            ],
            (Self::Competent, Language::English) => [
                "Builds own competence to meet ever-changing challenges",
                "Helps others learn",
                "Does the work to the best quality",
            ],
            (Self::Harmonious, Language::Indonesian) => [
                "Menghargai setiap orang apapun latar belakangnya",
                "Suka menolong orang lain",
                "Membangun lingkungan kerja yang kondusif",
            ],
            (Self::Harmonious, Language::English) => [
                "Respects everyone whatever their background",
                "Likes to help others",
                "Builds a good working environment",
            ],
            (Self::Loyal, Language::Indonesian) => [
                "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
                "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
                "Menjaga rahasia jabatan dan negara",
            ],
            (Self::Loyal, Language::English) => [
                "Holds to Pancasila and the 1945 Constitution, loyal to the Republic and its lawful government",
                "Guards the good name of fellow civil servants, leaders, the agency and the state",
                "Keeps the secrets of office and of the state",
            ],
            (Self::Adaptive, Language::Indonesian) => [
                "Cepat menyesuaikan diri menghadapi perubahan",
                "Terus berinovasi dan mengembangkan kreativitas",
                "Bertindak proaktif",
            ],
            (Self::Adaptive, Language::English) => [
                "Adapts quickly to change",
                "Keeps innovating and developing creativity",
                "Acts proactively",
            ],
            (Self::Collaborative, Language::Indonesian) => [
                "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
                "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
                "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
            ],
            (Self::Collaborative, Language::English) => [
                "Gives others the chance to contribute",
                "Open to working together to add value",
                "Mobilises resources for shared goals",
            ],
        }
    }
}

impl Labelled for CoreValue {
    fn label(&self, language: Language) -> &'static str {
        match (self, language) {
            (Self::ServiceOriented, Language::Indonesian) => "Berorientasi Pelayanan",
            (Self::Accountable, Language::Indonesian) => "Akuntabel",
            (Self::Competent, Language::Indonesian) => "Kompeten",
            (Self::Harmonious, Language::Indonesian) => "Harmonis",
            (Self::Loyal, Language::Indonesian) => "Loyal",
            (Self::Adaptive, Language::Indonesian) => "Adaptif",
            (Self::Collaborative, Language::Indonesian) => "Kolaboratif",
            (Self::ServiceOriented, Language::English) => "service oriented",
            (Self::Accountable, Language::English) => "accountable",
            (Self::Competent, Language::English) => "competent",
            (Self::Harmonious, Language::English) => "harmonious",
            (Self::Loyal, Language::English) => "loyal",
            (Self::Adaptive, Language::English) => "adaptive",
            (Self::Collaborative, Language::English) => "collaborative",
        }
    }
}
