# requires: unicode
# Titlecase letters ('ǅ') are cased but neither upper nor lower.
for s in ["ǅ", "Aǅ", "aǅ", "ǅǅ", "ǈ", "ᾈ", "AB", "ab", "Ab", "ª", "ʰ", "中", "A中", ""]:
    print(repr(s), s.isupper(), s.islower(), repr(s.swapcase()))
# swapcase lowercases a capital sigma to the final form at the end of a word.
for s in ["ΑΣ", "ΑΣ α", "ΣΣ.Σ", "ΑΣ\u0301", "ſ", "ß"]:
    print(repr(s), repr(s.swapcase()))
