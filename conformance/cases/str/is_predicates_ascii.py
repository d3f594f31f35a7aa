# The is* predicates on ASCII strings, including the empty string and mixed content.
samples = ["", "abc", "ABC", "Abc", "aBC", "123", "12.5", "-1", "abc123", " ", "\t\n", "a b",
           "Hello World", "Hello world", "HELLO WORLD", "_x", "x_1", "1x", "\x00", "!@#"]
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
         "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    print(repr(s).ljust(16), " ".join("T" if getattr(s, n)() else "." for n in names))
print("ab1".islower(), "AB1".isupper(), "1".islower(), "1".isupper())
print("A1 B2".istitle(), "A1b B".istitle(), "Aa'Bb".istitle(), "'A".istitle())
print("class".isidentifier(), "def_".isidentifier(), "None".isidentifier())
