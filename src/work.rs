//! A count of the work an analysis does, so tests can bound how it grows.
//!
//! Almost all of the reading is pattern searches, so the work counted is one
//! unit per search plus one per byte of text handed to it. A reader that
//! searches every line once counts work in proportion to the advert; one that
//! searches every fact again for every line counts it in proportion to the
//! square, which a test that doubles its input sees at once, however fast the
//! machine. Counting is per thread and costs one add per search.

use std::cell::Cell;

thread_local! {
    static UNITS: Cell<u64> = const { Cell::new(0) };
}

/// Adds `units` of work done on this thread.
#[inline]
pub(crate) fn add(units: usize) {
    UNITS.with(|u| u.set(u.get().wrapping_add(units as u64)));
}

/// Runs `f` and returns its result with the work it did on this thread.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = UNITS.with(Cell::get);
    let result = f();
    let after = UNITS.with(Cell::get);
    (result, after.wrapping_sub(before))
}

/// A list whose walks count as work: one unit per item, counted when a walk
/// begins (an upper bound when the walk stops early). The readers' lines,
/// facts and blocks are kept in these, so a reader that walks all the facts
/// again for every line counts the square of the advert's size.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(transparent)]
pub struct Counted<T>(Vec<T>);

impl<T> Counted<T> {
    /// Walks the items, counting them.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        add(self.0.len());
        self.0.iter()
    }
}

impl<T> std::ops::Deref for Counted<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> From<Vec<T>> for Counted<T> {
    fn from(items: Vec<T>) -> Self {
        Counted(items)
    }
}

impl<T> FromIterator<T> for Counted<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        Counted(items.into_iter().collect())
    }
}

impl<T> IntoIterator for Counted<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        add(self.0.len());
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Counted<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        add(self.0.len());
        self.0.iter_mut()
    }
}

impl<'a, T> IntoIterator for &'a Counted<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
