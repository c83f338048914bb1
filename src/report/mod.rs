//! Writers: each receives finished postings and a `&mut dyn Write`.

pub mod check;
pub mod json;
pub mod table;
