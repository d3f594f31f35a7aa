//! A small table of Unicode character names for `\N{...}` escapes.
//!
//! The full Unicode name table is far too big for a MicroPython-class core, so this covers
//! ASCII and Latin-1 (mostly generated from patterns), the Greek alphabet, CJK unified
//! ideographs (whose names are their code points), common punctuation, symbols and a few
//! name aliases. Lookup ignores ASCII case, as CPython does.
//! Unknown names are a syntax error, which says the character is unknown.

/// The character called `name`, if the table knows it.
pub fn lookup(name: &str) -> Option<char> {
    if let Some(c) = pattern_name(name) {
        return Some(c);
    }
    NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, c)| c)
}

/// Names that follow a pattern: Latin letters (with Latin-1 accents), digits, Greek letters.
fn pattern_name(name: &str) -> Option<char> {
    let upper = |prefix: &str| -> Option<&str> {
        let head = name.get(..prefix.len())?;
        if head.eq_ignore_ascii_case(prefix) {
            name.get(prefix.len()..)
        } else {
            None
        }
    };
    if let Some(hex) = upper("CJK UNIFIED IDEOGRAPH-") {
        let cp = u32::from_str_radix(hex, 16)
            .ok()
            .filter(|_| matches!(hex.len(), 4 | 5))?;
        let unified = matches!(cp,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBE0
            | 0x30000..=0x3134A);
        return if unified { char::from_u32(cp) } else { None };
    }
    if let Some(rest) = upper("DIGIT ") {
        let i = DIGITS.iter().position(|d| d.eq_ignore_ascii_case(rest))?;
        return char::from_u32(0x30 + i as u32);
    }
    if let Some(rest) = upper("LATIN CAPITAL LETTER ") {
        return latin_letter(rest, false);
    }
    if let Some(rest) = upper("LATIN SMALL LETTER ") {
        return latin_letter(rest, true);
    }
    if let Some(rest) = upper("GREEK CAPITAL LETTER ") {
        let i = GREEK
            .iter()
            .position(|g| g.eq_ignore_ascii_case(rest) || alias_lambda(g, rest))?;
        // U+03A2 is unassigned (there is no capital final sigma).
        let cp = 0x391 + i as u32;
        return char::from_u32(if cp >= 0x3A2 { cp + 1 } else { cp });
    }
    if let Some(rest) = upper("GREEK SMALL LETTER ") {
        if rest.eq_ignore_ascii_case("FINAL SIGMA") {
            return Some('\u{3C2}');
        }
        let i = GREEK
            .iter()
            .position(|g| g.eq_ignore_ascii_case(rest) || alias_lambda(g, rest))?;
        let cp = 0x3B1 + i as u32;
        return char::from_u32(if cp >= 0x3C2 { cp + 1 } else { cp });
    }
    None
}

fn alias_lambda(g: &str, rest: &str) -> bool {
    g == "LAMDA" && rest.eq_ignore_ascii_case("LAMBDA")
}

/// `rest` is what follows "LATIN CAPITAL/SMALL LETTER ".
fn latin_letter(rest: &str, small: bool) -> Option<char> {
    let b = rest.as_bytes();
    if b.len() == 1 && b[0].is_ascii_alphabetic() {
        let c = b[0].to_ascii_uppercase();
        return Some(if small { c.to_ascii_lowercase() } else { c } as char);
    }
    // Latin-1 letters U+00C0..=U+00DE (capital) and U+00E0..=U+00FE (small).
    let i = LATIN1_LETTERS
        .iter()
        .position(|l| !l.is_empty() && l.eq_ignore_ascii_case(rest));
    if let Some(i) = i {
        let base = if small { 0xE0 } else { 0xC0 };
        return char::from_u32(base + i as u32);
    }
    if small && rest.eq_ignore_ascii_case("SHARP S") {
        return Some('\u{DF}');
    }
    if small && rest.eq_ignore_ascii_case("Y WITH DIAERESIS") {
        return Some('\u{FF}');
    }
    None
}

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

const GREEK: [&str; 24] = [
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA", "LAMDA",
    "MU", "NU", "XI", "OMICRON", "PI", "RHO", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI",
    "OMEGA",
];

/// The letters at U+00C0 + i (capital) and U+00E0 + i (small); empty where the slot is not
/// a letter pair (multiplication/division sign, sharp s/y with diaeresis).
const LATIN1_LETTERS: [&str; 31] = [
    "A WITH GRAVE",
    "A WITH ACUTE",
    "A WITH CIRCUMFLEX",
    "A WITH TILDE",
    "A WITH DIAERESIS",
    "A WITH RING ABOVE",
    "AE",
    "C WITH CEDILLA",
    "E WITH GRAVE",
    "E WITH ACUTE",
    "E WITH CIRCUMFLEX",
    "E WITH DIAERESIS",
    "I WITH GRAVE",
    "I WITH ACUTE",
    "I WITH CIRCUMFLEX",
    "I WITH DIAERESIS",
    "ETH",
    "N WITH TILDE",
    "O WITH GRAVE",
    "O WITH ACUTE",
    "O WITH CIRCUMFLEX",
    "O WITH TILDE",
    "O WITH DIAERESIS",
    "",
    "O WITH STROKE",
    "U WITH GRAVE",
    "U WITH ACUTE",
    "U WITH CIRCUMFLEX",
    "U WITH DIAERESIS",
    "Y WITH ACUTE",
    "THORN",
];

static NAMES: &[(&str, char)] = &[
    // Aliases for control characters.
    ("NULL", '\0'),
    ("NUL", '\0'),
    ("CHARACTER TABULATION", '\t'),
    ("HORIZONTAL TABULATION", '\t'),
    ("TAB", '\t'),
    ("LINE FEED", '\n'),
    ("NEW LINE", '\n'),
    ("LF", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("CR", '\r'),
    ("ESCAPE", '\u{1B}'),
    ("ESC", '\u{1B}'),
    ("DELETE", '\u{7F}'),
    ("DEL", '\u{7F}'),
    ("BELL", '\u{7}'),
    ("BACKSPACE", '\u{8}'),
    ("FORM FEED", '\u{C}'),
    // ASCII punctuation.
    ("SPACE", ' '),
    ("SP", ' '),
    ("EXCLAMATION MARK", '!'),
    ("QUOTATION MARK", '"'),
    ("NUMBER SIGN", '#'),
    ("DOLLAR SIGN", '$'),
    ("PERCENT SIGN", '%'),
    ("AMPERSAND", '&'),
    ("APOSTROPHE", '\''),
    ("LEFT PARENTHESIS", '('),
    ("RIGHT PARENTHESIS", ')'),
    ("ASTERISK", '*'),
    ("PLUS SIGN", '+'),
    ("COMMA", ','),
    ("HYPHEN-MINUS", '-'),
    ("FULL STOP", '.'),
    ("SOLIDUS", '/'),
    ("COLON", ':'),
    ("SEMICOLON", ';'),
    ("LESS-THAN SIGN", '<'),
    ("EQUALS SIGN", '='),
    ("GREATER-THAN SIGN", '>'),
    ("QUESTION MARK", '?'),
    ("COMMERCIAL AT", '@'),
    ("LEFT SQUARE BRACKET", '['),
    ("REVERSE SOLIDUS", '\\'),
    ("RIGHT SQUARE BRACKET", ']'),
    ("CIRCUMFLEX ACCENT", '^'),
    ("LOW LINE", '_'),
    ("GRAVE ACCENT", '`'),
    ("LEFT CURLY BRACKET", '{'),
    ("VERTICAL LINE", '|'),
    ("RIGHT CURLY BRACKET", '}'),
    ("TILDE", '~'),
    // Latin-1 symbols.
    ("NO-BREAK SPACE", '\u{A0}'),
    ("NBSP", '\u{A0}'),
    ("INVERTED EXCLAMATION MARK", '\u{A1}'),
    ("CENT SIGN", '\u{A2}'),
    ("POUND SIGN", '\u{A3}'),
    ("CURRENCY SIGN", '\u{A4}'),
    ("YEN SIGN", '\u{A5}'),
    ("BROKEN BAR", '\u{A6}'),
    ("SECTION SIGN", '\u{A7}'),
    ("DIAERESIS", '\u{A8}'),
    ("COPYRIGHT SIGN", '\u{A9}'),
    ("FEMININE ORDINAL INDICATOR", '\u{AA}'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{AB}'),
    ("NOT SIGN", '\u{AC}'),
    ("SOFT HYPHEN", '\u{AD}'),
    ("REGISTERED SIGN", '\u{AE}'),
    ("MACRON", '\u{AF}'),
    ("DEGREE SIGN", '\u{B0}'),
    ("PLUS-MINUS SIGN", '\u{B1}'),
    ("SUPERSCRIPT TWO", '\u{B2}'),
    ("SUPERSCRIPT THREE", '\u{B3}'),
    ("ACUTE ACCENT", '\u{B4}'),
    ("MICRO SIGN", '\u{B5}'),
    ("PILCROW SIGN", '\u{B6}'),
    ("MIDDLE DOT", '\u{B7}'),
    ("CEDILLA", '\u{B8}'),
    ("SUPERSCRIPT ONE", '\u{B9}'),
    ("MASCULINE ORDINAL INDICATOR", '\u{BA}'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{BB}'),
    ("VULGAR FRACTION ONE QUARTER", '\u{BC}'),
    ("VULGAR FRACTION ONE HALF", '\u{BD}'),
    ("VULGAR FRACTION THREE QUARTERS", '\u{BE}'),
    ("INVERTED QUESTION MARK", '\u{BF}'),
    ("MULTIPLICATION SIGN", '\u{D7}'),
    ("DIVISION SIGN", '\u{F7}'),
    // General punctuation.
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("HORIZONTAL BAR", '\u{2015}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201C}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201D}'),
    ("DAGGER", '\u{2020}'),
    ("DOUBLE DAGGER", '\u{2021}'),
    ("BULLET", '\u{2022}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("PER MILLE SIGN", '\u{2030}'),
    ("PRIME", '\u{2032}'),
    ("DOUBLE PRIME", '\u{2033}'),
    ("ZERO WIDTH SPACE", '\u{200B}'),
    ("ZERO WIDTH NON-JOINER", '\u{200C}'),
    ("ZERO WIDTH JOINER", '\u{200D}'),
    ("LINE SEPARATOR", '\u{2028}'),
    ("PARAGRAPH SEPARATOR", '\u{2029}'),
    ("ZERO WIDTH NO-BREAK SPACE", '\u{FEFF}'),
    ("BYTE ORDER MARK", '\u{FEFF}'),
    ("BOM", '\u{FEFF}'),
    ("REPLACEMENT CHARACTER", '\u{FFFD}'),
    // Currency and letterlike symbols.
    ("EURO SIGN", '\u{20AC}'),
    ("INDIAN RUPEE SIGN", '\u{20B9}'),
    ("BITCOIN SIGN", '\u{20BF}'),
    ("DEGREE CELSIUS", '\u{2103}'),
    ("NUMERO SIGN", '\u{2116}'),
    ("TRADE MARK SIGN", '\u{2122}'),
    ("OHM SIGN", '\u{2126}'),
    // Arrows and mathematical operators.
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("UPWARDS ARROW", '\u{2191}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("DOWNWARDS ARROW", '\u{2193}'),
    ("LEFT RIGHT ARROW", '\u{2194}'),
    ("RIGHTWARDS DOUBLE ARROW", '\u{21D2}'),
    ("FOR ALL", '\u{2200}'),
    ("PARTIAL DIFFERENTIAL", '\u{2202}'),
    ("THERE EXISTS", '\u{2203}'),
    ("EMPTY SET", '\u{2205}'),
    ("NABLA", '\u{2207}'),
    ("ELEMENT OF", '\u{2208}'),
    ("N-ARY PRODUCT", '\u{220F}'),
    ("N-ARY SUMMATION", '\u{2211}'),
    ("MINUS SIGN", '\u{2212}'),
    ("SQUARE ROOT", '\u{221A}'),
    ("INFINITY", '\u{221E}'),
    ("LOGICAL AND", '\u{2227}'),
    ("LOGICAL OR", '\u{2228}'),
    ("INTERSECTION", '\u{2229}'),
    ("UNION", '\u{222A}'),
    ("INTEGRAL", '\u{222B}'),
    ("ALMOST EQUAL TO", '\u{2248}'),
    ("NOT EQUAL TO", '\u{2260}'),
    ("IDENTICAL TO", '\u{2261}'),
    ("LESS-THAN OR EQUAL TO", '\u{2264}'),
    ("GREATER-THAN OR EQUAL TO", '\u{2265}'),
    // Box drawing, shapes and dingbats.
    ("BOX DRAWINGS LIGHT HORIZONTAL", '\u{2500}'),
    ("BOX DRAWINGS LIGHT VERTICAL", '\u{2502}'),
    ("FULL BLOCK", '\u{2588}'),
    ("LIGHT SHADE", '\u{2591}'),
    ("BLACK SQUARE", '\u{25A0}'),
    ("WHITE SQUARE", '\u{25A1}'),
    ("BLACK UP-POINTING TRIANGLE", '\u{25B2}'),
    ("BLACK RIGHT-POINTING TRIANGLE", '\u{25B6}'),
    ("BLACK DOWN-POINTING TRIANGLE", '\u{25BC}'),
    ("WHITE CIRCLE", '\u{25CB}'),
    ("BLACK CIRCLE", '\u{25CF}'),
    ("BLACK SUN WITH RAYS", '\u{2600}'),
    ("CLOUD", '\u{2601}'),
    ("UMBRELLA", '\u{2602}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("WHITE SMILING FACE", '\u{263A}'),
    ("BLACK SPADE SUIT", '\u{2660}'),
    ("BLACK CLUB SUIT", '\u{2663}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("BLACK DIAMOND SUIT", '\u{2666}'),
    ("EIGHTH NOTE", '\u{266A}'),
    ("CHECK MARK", '\u{2713}'),
    ("HEAVY CHECK MARK", '\u{2714}'),
    ("BALLOT X", '\u{2717}'),
    ("HEAVY BLACK HEART", '\u{2764}'),
    // A few emoji.
    ("SNAKE", '\u{1F40D}'),
    ("THUMBS UP SIGN", '\u{1F44D}'),
    ("PILE OF POO", '\u{1F4A9}'),
    ("GRINNING FACE", '\u{1F600}'),
    ("FACE WITH TEARS OF JOY", '\u{1F602}'),
    ("SMILING FACE WITH SMILING EYES", '\u{1F60A}'),
    ("ROCKET", '\u{1F680}'),
];
