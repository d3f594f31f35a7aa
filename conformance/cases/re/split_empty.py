# split on patterns that can match empty strings (allowed since Python 3.7).
import re
print(re.split("", "abc"))
print(re.split(r"\b", "a b"))
print(re.split("x*", "axbc"))
print(re.split(r"(?=[A-Z])", "HelloWorldFoo"))
print(re.split(r"\s*", " a b "))
print(re.split("(x*)", "axb"))
