//! A list that keeps its first `N` items on the stack and moves to the heap
//! only past that: the common message (a few iov pieces, one or two
//! control messages) is converted without any heap allocation.

/// Up to `N` items inline; beyond that, all of them in a `Vec`. Items are
/// always contiguous, so the list reads as one slice.
pub struct StackVec<T, const N: usize> {
    inline: [T; N],
    len: usize,
    heap: Vec<T>,
}

impl<T: Default, const N: usize> Default for StackVec<T, N> {
    fn default() -> Self {
        StackVec {
            inline: std::array::from_fn(|_| T::default()),
            len: 0,
            heap: Vec::new(),
        }
    }
}

impl<T: Default, const N: usize> StackVec<T, N> {
    fn spilled(&self) -> bool {
        self.len > N
    }

    /// Moves the inline items to the heap, with room for `extra` more.
    fn spill(&mut self, extra: usize) {
        let mut heap = Vec::with_capacity(self.len + extra);
        heap.extend(self.inline.iter_mut().take(self.len).map(std::mem::take));
        self.heap = heap;
    }

    pub fn push(&mut self, item: T) {
        if !self.spilled() {
            if let Some(slot) = self.inline.get_mut(self.len) {
                *slot = item;
                self.len += 1;
                return;
            }
            self.spill(1);
        }
        self.heap.push(item);
        self.len += 1;
    }

    /// Appends `n` default items and returns them, to be filled in place.
    pub fn extend_default(&mut self, n: usize) -> &mut [T] {
        let start = self.len;
        let end = start + n;
        if end > N {
            if !self.spilled() {
                self.spill(n);
            }
            self.heap.resize_with(end, T::default);
            self.len = end;
            return self.heap.get_mut(start..).unwrap_or_default();
        }
        self.len = end;
        self.inline.get_mut(start..end).unwrap_or_default()
    }

    pub fn as_slice(&self) -> &[T] {
        if self.spilled() {
            &self.heap
        } else {
            self.inline.get(..self.len).unwrap_or_default()
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::StackVec;

    #[test]
    fn stays_contiguous_across_the_spill() {
        let mut v: StackVec<u32, 3> = StackVec::default();
        for i in 0..10 {
            v.push(i);
            assert_eq!(v.as_slice(), (0..=i).collect::<Vec<_>>().as_slice());
        }
        assert_eq!(v.len(), 10);
    }

    #[test]
    fn extend_default_inline_and_spilling() {
        let mut v: StackVec<u8, 8> = StackVec::default();
        v.extend_default(4).copy_from_slice(b"abcd");
        assert_eq!(v.as_slice(), b"abcd");
        v.extend_default(6).copy_from_slice(b"efghij");
        assert_eq!(v.as_slice(), b"abcdefghij");
        v.extend_default(2).copy_from_slice(b"kl");
        assert_eq!(v.as_slice(), b"abcdefghijkl");
        assert!(!v.is_empty());
    }
}
