# split by a pattern: maxsplit, captured separators, unset groups as None.
import re
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(",", "a,b,c,d", 2), re.split(",", "a,b,c,d", maxsplit=1))
print(re.split(",", "a,b", -1), re.split(",", "a,b", 0))
print(re.split(",", ""), re.split("x", "abc"), re.split(",", ",a,"))
print(re.compile(r"\W+").split("Words, words, words."))
