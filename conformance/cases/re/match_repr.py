# The repr of Match objects, for str and bytes subjects.
import re
print(re.match("abc", "abcdef"))
print(re.match("", "x"))
print(re.match(b"a.", b"a\xff"))
print(re.search("é+", "caféé!"))
print(re.match(".*", "it's"))
print(re.match(".*", "a\nb", re.S))
