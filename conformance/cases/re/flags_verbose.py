# VERBOSE: whitespace and # comments are ignored outside classes and escapes.
import re
p = re.compile(r"""
    (?P<int> \d+ )      # the integer part
    (?: \. (?P<frac>\d+) )?   # an optional fraction
    [ ]x \  y           # a class keeps its space, an escaped space counts
""", re.X)
m = p.match("12.5 x y")
print(m, m and m.groupdict())
print(re.match("(?x) a b c # comment", "abc"), re.match("(?x)a b\\#c", "ab#c"))
print(re.match("(?x)a {2}", "aa"), re.match("(?x)a* ?", "aa"))
print(re.findall("(?x) [ a ] ", "a a"))
