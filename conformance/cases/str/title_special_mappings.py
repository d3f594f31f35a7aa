# requires: unicode
# str.title() uses each character's titlecase mapping, which is not always its uppercase:
# 'ß' -> 'Ss', the digraph 'ǆ' -> 'ǅ', ligatures -> 'Ff', Georgian letters stay as they are.
for s in ["ß", "ßa ßb", "straße", "ǆ", "ǆungla", "Ǆ", "ǅǅ", "ǉ ǌ ǳ", "ﬃ ﬁx ﬆ",
          "ŉx", "և", "ﬓ", "ᾀ", "ᾳβ", "ῼ", "ა ბ", "ǰx", "İx"]:
    print(repr(s), repr(s.title()))
# A character after a cased one is lowercased; uncased letters (CJK) do not count.
for s in ["中a", "ª b", "ʰa", "a1b", "they're bill's", "aBC dEF", "a_b", "ǅa ǅA"]:
    print(repr(s), repr(s.title()))
# Capital sigma lowercases to the final form at the end of a word.
for s in ["ΑΣ", "ΑΣ Α", "ΣΑΣ", "Σ", "ΟΔΟΣ.ΟΔΟΣ"]:
    print(repr(s), repr(s.title()))
