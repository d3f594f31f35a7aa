# Long subjects: no recursion limit applies to matching, repeats and searches.
import re
s = "ab" * 3000
print(re.match("(?:ab)*", s).end(), re.match("(ab)*", s).span(1), re.fullmatch("[ab]*", s) is not None)
print(len(re.findall("b", s)), re.search("ba$", s + "a").span(), re.sub("a", "", s)[:5], len(re.split("a", s)))
print(re.match(".*?x", s + "x").end(), re.match("(?:a|b)*c", s + "c").end())
