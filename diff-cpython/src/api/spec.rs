//! Signatures of the API surface and the calls made from them.
//!
//! A signature is a list of parameters separated by spaces. A parameter is
//! `[~][name=]KIND[!][?]`: `~` makes it keyword-only, `name=` lets it also be passed by keyword,
//! `!` keeps huge ints away from it (an exponent or a shift count, where CPython would compute
//! for ever), `?` makes it optional. `*KIND` takes any number of arguments, `**` any keywords.
//! KIND is a backquoted Python literal (the valid value) or one letter standing for one (see
//! [`valid`]). A signature may open with `^` (called on the type, as for a class method), `@`
//! (an attribute, read rather than called) or `-` (no valid call is made, only the arity
//! checks).
//!
//! From a signature [`calls`] makes: the full valid call, the shortest valid one, each named
//! parameter passed by keyword, every [`PROBES`] value in every position (the parameters before
//! it valid; by keyword too for a named parameter), one argument too many, one too few and an
//! unknown keyword.

/// Values tried in every argument position: the wrong types, signs, sizes and emptiness a
/// program might pass.
/// The sizes stay out of the range between 2**31 and 2**63 - 1, where CPython would try
/// to build what it is asked for; 2**63 is the first size past a machine index.
pub const PROBES: &[&str] = &[
    "None",
    "-1",
    "0",
    "3",
    "2**63",
    "2**70",
    "-2**70",
    "10**20",
    "1.5",
    "float('nan')",
    "True",
    "''",
    "'ab'",
    "b'ab'",
    "[1]",
    "{}",
];

/// Probes too large for a parameter marked `!`.
const HUGE: &[&str] = &["2**63", "2**70", "-2**70", "10**20"];

/// Probes whose hash differs from one CPython process to the next, kept from `hash`'s argument.
const UNHASHABLE_FOR_DIFF: &[&str] = &["None", "float('nan')", "'ab'", "b'ab'"];

/// One parameter of a signature.
#[derive(Clone, Debug)]
struct Param {
    name: Option<String>,
    keyword_only: bool,
    optional: bool,
    star: bool,
    no_huge: bool,
    hash_stable: bool,
    valid: String,
}

/// A parsed signature.
#[derive(Clone, Debug, Default)]
pub struct Sig {
    params: Vec<Param>,
    kwargs: bool,
    /// Called on the type rather than on an instance.
    pub on_type: bool,
    /// An attribute, read rather than called.
    pub attribute: bool,
    no_valid: bool,
}

/// The valid value a one-letter KIND stands for; `bytes` picks the bytes flavour of `S` and
/// `C` (a substring and a fill character of the receiver's own kind).
fn valid(kind: char, bytes: bool) -> &'static str {
    match (kind, bytes) {
        ('S', false) | ('s', _) => "'l'",
        ('S', true) | ('b', _) => "b'l'",
        ('C', false) => "'*'",
        ('C', true) => "b'*'",
        ('o' | 'i' | 'h', _) => "1",
        ('t', _) => "[1, 2]",
        ('T', _) => "['a', 'b']",
        ('U', _) => "[b'a', b'b']",
        ('f', _) => "abs",
        ('m', _) => "{'a': 1}",
        ('y', _) => "int",
        ('k', _) => "'utf-8'",
        ('r', _) => "'strict'",
        ('x', _) => "2.5",
        _ => panic!("unknown parameter kind {kind:?}"),
    }
}

/// Splits a signature into tokens at spaces outside backquotes.
fn tokens(sig: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (None, false);
    for (i, c) in sig.char_indices() {
        match c {
            '`' => quoted = !quoted,
            ' ' if !quoted => {
                if let Some(s) = start.take() {
                    out.push(&sig[s..i]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(i);
    }
    if let Some(s) = start {
        out.push(&sig[s..]);
    }
    out
}

/// Parses `sig`; panics on a malformed one (the table is code).
pub fn parse(sig: &str, bytes: bool) -> Sig {
    let mut out = Sig::default();
    let mut rest = sig.trim();
    loop {
        match rest.chars().next() {
            Some('^') => out.on_type = true,
            Some('@') => out.attribute = true,
            Some('-') => out.no_valid = true,
            _ => break,
        }
        rest = &rest[1..];
    }
    for token in tokens(rest) {
        if token == "**" {
            out.kwargs = true;
            continue;
        }
        let mut t = token;
        let star = t.starts_with('*');
        let keyword_only = t.starts_with('~');
        if star || keyword_only {
            t = &t[1..];
        }
        let optional = t.ends_with('?');
        t = t.trim_end_matches('?');
        let no_huge = t.ends_with('!');
        t = t.trim_end_matches('!');
        let name = match t.split_once('=') {
            Some((name, kind)) if !name.starts_with('`') => {
                t = kind;
                Some(name.to_string())
            }
            _ => None,
        };
        let hash_stable = t == "h";
        let valid = if let Some(lit) = t.strip_prefix('`') {
            lit.strip_suffix('`')
                .unwrap_or_else(|| panic!("unclosed literal in {sig:?}"))
                .to_string()
        } else {
            let mut chars = t.chars();
            let kind = chars
                .next()
                .unwrap_or_else(|| panic!("empty kind in {sig:?}"));
            assert!(chars.next().is_none(), "bad kind {t:?} in {sig:?}");
            valid(kind, bytes).to_string()
        };
        out.params.push(Param {
            name,
            keyword_only,
            optional: optional || star,
            star,
            no_huge,
            hash_stable,
            valid,
        });
    }
    out
}

impl Param {
    fn pass(&self, value: &str) -> String {
        match (&self.name, self.keyword_only) {
            (Some(name), true) => format!("{name}={value}"),
            _ => value.to_string(),
        }
    }

    fn probes(&self) -> impl Iterator<Item = &'static str> + '_ {
        PROBES.iter().copied().filter(|p| {
            !(self.no_huge && HUGE.contains(p)
                || self.hash_stable && UNHASHABLE_FOR_DIFF.contains(p))
        })
    }
}

/// The argument lists to try for `sig`: valid ones first, then the probes and arity checks.
/// `all` false keeps only the valid ones (for a type's further receivers).
pub fn calls(sig: &Sig, all: bool) -> Vec<String> {
    let params = &sig.params;
    let mut out: Vec<Vec<String>> = Vec::new();
    let required: Vec<String> = params
        .iter()
        .filter(|p| !p.optional)
        .map(|p| p.pass(&p.valid))
        .collect();
    if !sig.no_valid {
        let mut full: Vec<String> = params.iter().map(|p| p.pass(&p.valid)).collect();
        if sig.kwargs {
            full.push("a=1".into());
        }
        out.push(full);
        out.push(required.clone());
        for (i, p) in params.iter().enumerate() {
            if let (Some(name), false) = (&p.name, p.keyword_only) {
                let mut args: Vec<String> = params[..i].iter().map(|q| q.pass(&q.valid)).collect();
                args.push(format!("{name}={}", p.valid));
                out.push(args);
            }
        }
    }
    if all {
        for (i, p) in params.iter().enumerate() {
            let before: Vec<String> = if p.keyword_only {
                required.clone()
            } else {
                params[..i].iter().map(|q| q.pass(&q.valid)).collect()
            };
            for probe in p.probes() {
                let mut args = before.clone();
                args.push(p.pass(probe));
                out.push(args);
                // A parameter that takes a keyword too gets every probe that way as well:
                // keywords often take another path through a builtin.
                if let (Some(name), false) = (&p.name, p.keyword_only) {
                    let mut args = before.clone();
                    args.push(format!("{name}={probe}"));
                    out.push(args);
                }
            }
        }
        if !params.iter().any(|p| p.star) {
            let mut args: Vec<String> = params
                .iter()
                .filter(|p| !p.keyword_only)
                .map(|p| p.valid.clone())
                .collect();
            args.push("1".into());
            out.push(args);
        }
        if !required.is_empty() {
            out.push(required[..required.len() - 1].to_vec());
        }
        if !sig.kwargs {
            let mut args = required.clone();
            args.push("bogus=1".into());
            out.push(args);
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.into_iter()
        .map(|args| args.join(", "))
        .filter(|a| seen.insert(a.clone()))
        .collect()
}

/// The valid arguments of `sig` (all parameters), for an unbound call after the receiver.
pub fn full_args(sig: &Sig) -> String {
    sig.params
        .iter()
        .map(|p| p.pass(&p.valid))
        .collect::<Vec<_>>()
        .join(", ")
}
