//! Delta debugging of Python sources: the smallest program that still shows a behaviour.
//!
//! [`minimize`] repeats three passes until none makes progress:
//! 1. *lines*: Zeller's ddmin over the program's lines (remove chunks, halving their size);
//! 2. *blocks*: for each compound statement (a line ending in `:`), remove it with its whole
//!    body, or unwrap it: drop the header and its `elif`/`else`/`except`/`finally` clauses
//!    and keep the first body, dedented (so `try:` wrappers and `if` guards disappear);
//! 3. *tokens*: ddmin over the tokens of each line (drops arguments, operands, elements).
//!
//! The caller's test says whether a candidate still shows the behaviour; it should reject
//! candidates that do not parse. Results are cached, so no candidate is tested twice.

use std::collections::HashMap;

/// A test of candidates, remembering its answers.
struct Tester<'a> {
    test: &'a mut dyn FnMut(&str) -> bool,
    seen: HashMap<String, bool>,
    tests: usize,
}

impl Tester<'_> {
    fn check(&mut self, lines: &[String]) -> bool {
        let source = join(lines);
        if let Some(&answer) = self.seen.get(&source) {
            return answer;
        }
        self.tests += 1;
        let answer = (self.test)(&source);
        self.seen.insert(source, answer);
        answer
    }
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

/// What [`minimize`] found.
#[derive(Clone, Debug)]
pub struct Minimized {
    /// The smallest program found for which the test held.
    pub source: String,
    /// How many candidates were tested.
    pub tests: usize,
}

/// Reduces `source` to a smaller program for which `test` still returns true. `test` is
/// assumed true of `source` itself.
pub fn minimize(source: &str, test: &mut dyn FnMut(&str) -> bool) -> Minimized {
    let mut tester = Tester {
        test,
        seen: HashMap::new(),
        tests: 0,
    };
    let mut lines: Vec<String> = source
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    if !tester.check(&lines) {
        // Blank lines mattered (inside a string literal): keep the source as it was.
        lines = source.lines().map(str::to_string).collect();
    }
    loop {
        let before = join(&lines);
        lines = ddmin(lines, &mut |c: &[String]| tester.check(c));
        lines = blocks(lines, &mut tester);
        lines = tokens(lines, &mut tester);
        if join(&lines) == before {
            break;
        }
    }
    Minimized {
        source: join(&lines),
        tests: tester.tests,
    }
}

/// Zeller's ddmin: the removal of chunks of `items` that keep `test` true, from halves down to
/// single items.
pub fn ddmin<T: Clone>(mut items: Vec<T>, test: &mut dyn FnMut(&[T]) -> bool) -> Vec<T> {
    let mut n = 2;
    while !items.is_empty() {
        let len = items.len();
        let n_eff = n.min(len);
        let chunk = len.div_ceil(n_eff);
        let mut reduced = false;
        for start in (0..len).step_by(chunk) {
            let end = (start + chunk).min(len);
            let candidate: Vec<T> = items[..start]
                .iter()
                .chain(&items[end..])
                .cloned()
                .collect();
            if test(&candidate) {
                items = candidate;
                n = (n_eff - 1).max(2);
                reduced = true;
                break;
            }
        }
        if !reduced {
            if n_eff >= len {
                break;
            }
            n = (n_eff * 2).min(len);
        }
    }
    items
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// The index just past the body of the compound statement headed at `lines[i]`.
fn block_end(lines: &[String], i: usize) -> usize {
    let indent = indent_of(&lines[i]);
    let mut j = i + 1;
    while j < lines.len() && indent_of(&lines[j]) > indent {
        j += 1;
    }
    j
}

fn is_clause(line: &str) -> bool {
    let t = line.trim_start();
    ["elif ", "elif(", "else:", "except", "finally:"]
        .iter()
        .any(|k| t.starts_with(k))
}

/// Removes or unwraps compound statements, from the last to the first.
fn blocks(mut lines: Vec<String>, tester: &mut Tester<'_>) -> Vec<String> {
    let mut i = lines.len();
    while i > 0 {
        i -= 1;
        if i >= lines.len() || !lines[i].trim_end().ends_with(':') {
            continue;
        }
        let end = block_end(&lines, i);
        // The clauses that belong to this statement (`else`, `except`, ...).
        let indent = indent_of(&lines[i]);
        let mut stmt_end = end;
        while stmt_end < lines.len()
            && indent_of(&lines[stmt_end]) == indent
            && is_clause(&lines[stmt_end])
        {
            stmt_end = block_end(&lines, stmt_end);
        }
        let mut candidates = Vec::new();
        if !is_clause(&lines[i]) {
            // The whole statement.
            candidates.push([&lines[..i], &lines[stmt_end..]].concat());
            // Its first body, dedented in place of the statement.
            let body_indent = lines.get(i + 1).map_or(0, |l| indent_of(l));
            let shift = body_indent.saturating_sub(indent);
            let body: Vec<String> = lines[i + 1..end]
                .iter()
                .map(|l| l[shift.min(indent_of(l))..].to_string())
                .collect();
            candidates.push([&lines[..i], &body[..], &lines[stmt_end..]].concat());
        } else {
            // One clause with its body.
            candidates.push([&lines[..i], &lines[end..]].concat());
        }
        for candidate in candidates {
            if candidate.len() < lines.len() && tester.check(&candidate) {
                lines = candidate;
                i = i.min(lines.len());
                break;
            }
        }
    }
    lines
}

/// ddmin over the tokens of each line.
fn tokens(mut lines: Vec<String>, tester: &mut Tester<'_>) -> Vec<String> {
    for i in 0..lines.len() {
        let line = lines[i].clone();
        let indent = &line[..indent_of(&line)];
        let toks = tokenize(line.trim_start());
        if toks.len() < 2 {
            continue;
        }
        let kept = ddmin(toks, &mut |c: &[String]| {
            let mut candidate = lines.clone();
            candidate[i] = format!("{indent}{}", untokenize(c));
            tester.check(&candidate)
        });
        let kept = unwrap_parens(kept, &mut |c: &[String]| {
            let mut candidate = lines.clone();
            candidate[i] = format!("{indent}{}", untokenize(c));
            tester.check(&candidate)
        });
        lines[i] = format!("{indent}{}", untokenize(&kept));
    }
    lines
}

/// Removes pairs of matching parentheses (keeping what is between them) while `test` holds:
/// ddmin cannot, since removing either one alone never parses.
fn unwrap_parens(mut toks: Vec<String>, test: &mut dyn FnMut(&[String]) -> bool) -> Vec<String> {
    let mut open = 0;
    while open < toks.len() {
        if toks[open].trim_start() == "(" {
            let mut depth = 0;
            let close = (open..toks.len()).find(|&j| {
                match toks[j].trim_start() {
                    "(" => depth += 1,
                    ")" => depth -= 1,
                    _ => {}
                }
                depth == 0
            });
            if let Some(close) = close {
                let mut candidate = toks.clone();
                candidate.remove(close);
                let paren = candidate.remove(open);
                // What follows the `(` takes the blanks before it.
                if let Some(next) = candidate.get_mut(open) {
                    let blanks = &paren[..paren.len() - paren.trim_start().len()];
                    *next = format!("{blanks}{}", next.trim_start());
                }
                if test(&candidate) {
                    toks = candidate;
                    continue;
                }
            }
        }
        open += 1;
    }
    toks
}

/// Splits a line of Python into tokens, each with the blanks before it, so joining them gives
/// the line back.
pub fn tokenize(line: &str) -> Vec<String> {
    const TWO: [&str; 18] = [
        "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "->", "+=", "-=", "*=", "/=", "%=", "&=",
        "|=", "^=", ":=",
    ];
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if i == chars.len() {
            if let Some(last) = out.last_mut() {
                let last: &mut String = last;
                last.extend(&chars[start..]);
            }
            break;
        }
        let c = chars[i];
        let word = |c: char| c.is_alphanumeric() || c == '_';
        if c == '#' {
            i = chars.len();
        } else if c == '\'' || c == '"' || (word(c) && string_prefix(&chars[i..]).is_some()) {
            if c != '\'' && c != '"' {
                i += string_prefix(&chars[i..]).unwrap_or(0);
            }
            let quote = chars[i];
            let triple = chars.get(i + 1) == Some(&quote) && chars.get(i + 2) == Some(&quote);
            i += if triple { 3 } else { 1 };
            while i < chars.len() {
                if chars[i] == '\\' {
                    i += 2;
                } else if chars[i] == quote
                    && (!triple
                        || (chars.get(i + 1) == Some(&quote) && chars.get(i + 2) == Some(&quote)))
                {
                    i += if triple { 3 } else { 1 };
                    break;
                } else {
                    i += 1;
                }
            }
            i = i.min(chars.len());
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            while i < chars.len()
                && (word(chars[i])
                    || chars[i] == '.'
                    || ((chars[i] == '+' || chars[i] == '-')
                        && matches!(chars[i - 1], 'e' | 'E')
                        && !chars[start..i].iter().any(|c| matches!(c, 'x' | 'X'))))
            {
                i += 1;
            }
        } else if word(c) {
            while i < chars.len() && word(chars[i]) {
                i += 1;
            }
        } else {
            let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
            i += if TWO.contains(&two.as_str()) { 2 } else { 1 };
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

/// The length of a string prefix (`f`, `rb`, ...) at the start of `chars`, if a quote follows.
fn string_prefix(chars: &[char]) -> Option<usize> {
    let n = chars
        .iter()
        .take(3)
        .take_while(|c| "rRbBfFuU".contains(**c))
        .count();
    (n > 0 && n < 3 && matches!(chars.get(n), Some('\'' | '"'))).then_some(n)
}

/// Joins tokens, putting a blank between two that would otherwise run together.
fn untokenize(toks: &[String]) -> String {
    let mut out = String::new();
    for t in toks {
        let word = |c: char| c.is_alphanumeric() || c == '_' || c == '\'' || c == '"';
        let glued = out.chars().last().is_some_and(word) && t.chars().next().is_some_and(word);
        if glued {
            out.push(' ');
        }
        if out.ends_with(['(', '[', '{']) {
            out.push_str(t.trim_start());
        } else {
            out.push_str(t);
        }
    }
    out.trim_start().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        for line in [
            "x = f(a, b='q)', *c) ** 2  # note",
            "print(f'{x!r:>5}', 1e-5, 0x1f, .5, rb'\\'')",
            "if a<=b and not c: pass",
        ] {
            assert_eq!(tokenize(line).concat(), line);
        }
        assert_eq!(tokenize("a += 1e-5"), ["a", " +=", " 1e-5"]);
        assert_eq!(tokenize("s = 'a b'"), ["s", " =", " 'a b'"]);
    }

    #[test]
    fn ddmin_finds_the_needed_items() {
        let items: Vec<u32> = (0..40).collect();
        let kept = ddmin(items, &mut |c: &[u32]| c.contains(&7) && c.contains(&31));
        assert_eq!(kept, [7, 31]);
    }

    #[test]
    fn minimize_unwraps_blocks_and_drops_tokens() {
        let source = "\
a = 1
try:
    if a:
        print(1, 2, 'boom')
except Exception:
    pass
b = 2
";
        // A stand-in for "parses": blocks are opened by a `:` line and nothing else.
        let well_formed = |s: &str| {
            let lines: Vec<&str> = s.lines().collect();
            lines.iter().enumerate().all(|(i, l)| {
                let opens = l.ends_with(':');
                let next_deeper = lines
                    .get(i + 1)
                    .is_some_and(|n| indent_of(n) > indent_of(l));
                let prev_opens = i > 0 && lines[i - 1].ends_with(':');
                let deeper = i > 0 && indent_of(l) > indent_of(lines[i - 1]);
                opens == next_deeper && (deeper == prev_opens) && (i > 0 || indent_of(l) == 0)
            })
        };
        let mut test = |s: &str| well_formed(s) && s.contains("print(") && s.contains("'boom')");
        let m = minimize(source, &mut test);
        assert_eq!(m.source, "print('boom')\n");
    }

    #[test]
    fn redundant_parentheses_go() {
        let toks = tokenize("x = ((a) + (b))");
        let kept = unwrap_parens(toks, &mut |c: &[String]| untokenize(c).contains('+'));
        assert_eq!(untokenize(&kept), "x = a + b");
    }
}
