//! Small helpers for slicing text safely by byte offsets.

/// The largest char boundary of `s` at or before byte `i` (clamped to the end).
pub fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after byte `i` (clamped to the end).
pub fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_around_multibyte_characters() {
        let s = "a£b";
        assert_eq!(floor_char(s, 2), 1);
        assert_eq!(ceil_char(s, 2), 3);
        assert_eq!(floor_char(s, 99), 4);
        assert_eq!(ceil_char(s, 0), 0);
    }
}
