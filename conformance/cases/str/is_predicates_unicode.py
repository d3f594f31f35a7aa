# is* predicates on a few non-ASCII letters, digits and spaces.
# requires: unicode
for s in ["é", "ß", "Ω", "ω", "ǅ", "٣", "²", "½", "Ⅷ", "\xa0", "\u2003", "中", "x²", "Éa", "ＡＢ", "₂"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isalnum(), s.isspace())
    print("   ", s.islower(), s.isupper(), s.isascii())
for s in ["½", "Ⅷ", "²", "٣", "a"]:
    print(repr(s), s.isnumeric())
for s in ["Ω", "ǅ", "Éa", "Ωmega Ψ"]:
    print(repr(s), s.istitle())
print(int("٣٤"), int("１２"), int(" ٣ "))
print("Ελληνικά".isalpha(), "café".isidentifier(), "1é".isidentifier())
