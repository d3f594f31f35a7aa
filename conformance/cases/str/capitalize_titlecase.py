# requires: unicode
# str.capitalize() titlecases the first character (not uppercases it) and lowercases the rest.
for s in ["ß", "ßAB", "ǆ", "ǆUNGLA", "Ǆx", "ǅ", "ﬁsh", "ŉ", "ა", "ᾀ", "ΑΣ", "ΑΣ Α",
          "ΣΑΣ", "İSTANBUL", "hello World", "", "1abc", " abc"]:
    print(repr(s), repr(s.capitalize()))
