//! Turning byte offsets into lines and columns, for error messages and line tables.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the lexer counts them. Columns are 1-based
//! and counted in characters, as CPython reports them. The index keeps the start offset of
//! every line and, for the few non-ASCII characters, a running count of the extra bytes
//! they take, so that a column is two binary searches away.

use alloc::vec::Vec;

#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    /// For each non-ASCII character: its offset and the total number of continuation bytes
    /// of all non-ASCII characters up to and including it.
    wide: Vec<(u32, u32)>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let bytes = src.as_bytes();
        let mut line_starts = Vec::new();
        line_starts.push(0);
        let mut wide = Vec::new();
        let mut extra = 0u32;
        let mut i = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'\n' => line_starts.push(sat32(i + 1)),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(sat32(i + 1)),
                0x80.. if b & 0xC0 != 0x80 => {
                    let len = if b >= 0xF0 {
                        4
                    } else if b >= 0xE0 {
                        3
                    } else {
                        2
                    };
                    extra = extra.saturating_add(len - 1);
                    wide.push((sat32(i), extra));
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts, wide }
    }

    /// The 1-based line and 1-based character column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line_idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line_idx).copied().unwrap_or(0);
        let bytes = offset.saturating_sub(start);
        let extra = self
            .extra_before(offset)
            .saturating_sub(self.extra_before(start));
        let line = u32::try_from(line_idx).unwrap_or(u32::MAX - 1) + 1;
        (line, bytes.saturating_sub(extra).saturating_add(1))
    }

    /// The text of 1-based `line`, without its line ending; empty past the end.
    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> &'a str {
        let idx = match line.checked_sub(1) {
            Some(i) => i as usize,
            None => return "",
        };
        let Some(&start) = self.line_starts.get(idx) else {
            return "";
        };
        let end = match self.line_starts.get(idx + 1) {
            Some(&next) => next as usize,
            None => src.len(),
        };
        let text = src.get(start as usize..end).unwrap_or("");
        let text = text.strip_suffix('\n').unwrap_or(text);
        text.strip_suffix('\r').unwrap_or(text)
    }

    /// The number of lines (a final line without a newline counts; an empty source has 1).
    pub fn line_count(&self) -> u32 {
        u32::try_from(self.line_starts.len()).unwrap_or(u32::MAX)
    }

    /// Continuation bytes of the non-ASCII characters starting before `offset`.
    fn extra_before(&self, offset: u32) -> u32 {
        let n = self.wide.partition_point(|&(at, _)| at < offset);
        match n.checked_sub(1) {
            Some(i) => {
                let (at, total) = self.wide[i];
                // A character that straddles `offset` counts only the bytes before it.
                let len_of_last = total - if i == 0 { 0 } else { self.wide[i - 1].1 };
                let inside = offset - at - 1;
                total - len_of_last.saturating_sub(inside.min(len_of_last))
            }
            None => 0,
        }
    }
}

fn sat32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
