//! Writers: each receives finished postings and a `&mut dyn Write`.

pub mod check;
pub mod compare;
pub mod csv;
pub mod json;
pub mod jsonld;
pub mod table;
