# findall returns strings, the one group's text, or tuples for several groups ('' when unset).
import re
print(re.findall(r"\w+", "the quick brown fox"))
print(re.findall(r"(\w)(\d)?", "a1 b c3"))
print(re.findall(r"(a)|b", "abab"))
print(re.findall(r"(?:a)(b)", "abab"))
print(re.findall(r"", "abc"))
print(re.findall(r"a|", "bab"))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"(?P<k>\w+)=(?P<v>\w+)", "a=1, b=2"))
print(re.compile("a").findall("aaaa", 1, 3))
