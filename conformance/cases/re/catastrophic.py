# Patterns with much backtracking still give CPython's answers on small inputs.
import re
print(re.match("(a*)*b", "a" * 12))
print(re.match("(a|aa)*c", "a" * 14))
print(re.match("(x+x+)+y", "x" * 10 + "y").span())
print(re.match("(?:a+)+b", "a" * 14 + "b").span())
print(re.search("(a|b|ab)*c", "ab" * 8))
