# IGNORECASE: literals, classes, ranges and backreferences, Unicode simple case folding.
import re
print(re.findall("(?i)abc", "ABC abc AbC"))
print(re.findall("[a-c]+", "ABCabc", re.I))
print(re.findall("[^a-c]+", "ABCdef", re.I))
print(re.match(r"(?i)(a)\1", "aA"), re.match(r"(a)\1", "aA"))
print(re.match("(?i)é", "É"), re.match("(?i)ß", "ẞ"), re.match("(?i)straße", "STRASSE"))
print(re.match("(?i)ſ", "S"), re.match("(?i)s", "ſ"), re.match("(?i)[ſ]", "S"), re.match("(?i)k", "\u212a"))
print(re.match("(?i)ı", "i"), re.match("(?i)i", "İ"), re.match("(?i)Σ", "ς"), re.match("(?i)[a-z]", "\u212a"))
print(re.match("(?ai)é", "É"), re.match("(?ai)k", "\u212a"), re.match("(?ai)[a-z]", "K"))
print(re.match(b"(?i)\xe9", b"\xc9"), re.match(b"(?i)a", b"A"))
print(re.match("(?i:a)b", "Ab"), re.match("(?i:a)b", "AB"), re.match("(?-i:a)b", "aB", re.I), re.match("(?-i:a)b", "AB", re.I))
