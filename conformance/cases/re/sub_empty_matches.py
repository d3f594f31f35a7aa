# Empty matches next to previous matches are replaced too (Python 3.7 rules).
import re
print(re.sub("x*", "-", "abxd"))
print(re.sub("x*", "-", "abxxd"))
print(re.sub(r"\b", "|", "one two"))
print(re.sub("a?", "-", "baac"))
print(re.sub("|a", "-", "a"))
print(re.subn(r"\s*", "_", "a b  c"))
print(re.findall(r"|a", "a"))
print(re.split("x*", "axbc"))
