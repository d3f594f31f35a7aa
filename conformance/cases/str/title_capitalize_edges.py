# title starts a word after any non-letter; capitalize lowercases the rest of the string.
cases = ["hello world", "HELLO WORLD", "hELLO", "123abc def", "abc123def", "a_b-c.d",
         "don't stop", "x", "", " leading space", "ALL-CAPS-WORDS", "mcDonald's"]
for s in cases:
    print(repr(s), repr(s.title()), repr(s.capitalize()))
    print("   istitle:", s.istitle(), s.title().istitle(), s.capitalize().istitle())
print("a1a".title(), "aA aA".title(), "1A".capitalize(), repr(" a".capitalize()))
print("hello\tworld\nagain".title())
print("ab  cd".title().split(" "))
print("A".istitle(), "a".istitle(), "Ab".istitle(), "AB".istitle(), "1".istitle())
print("A B".istitle(), "A b".istitle(), "Ab Cd-Ef".istitle(), "Ab Cd-ef".istitle())
