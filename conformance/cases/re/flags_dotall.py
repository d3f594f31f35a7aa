# DOTALL: '.' matches a newline too.
import re
print(re.match(".+", "a\nb"), re.match(".+", "a\nb", re.S), re.match("(?s).+", "a\nb"))
print(re.match("(?s:.)a", "\na"), re.findall("a.b", "a\nb acb"), re.findall("a.b", "a\nb acb", re.DOTALL))
print(re.match("[^x]+", "a\nb"))
