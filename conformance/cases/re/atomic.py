# Atomic groups (?>...) and possessive repeats never give back what they matched.
import re
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"), re.match(r"(?>(a+))+b", "aab").groups())
print(re.findall(r"(?>\d+)\.", "12.3 45"), re.match(r"(?>x*)*y", "xxy"))
print(re.match(r"a*+b", "aab"), re.match(r"(?:a|b)++b", "abb"), re.match(r"\d{2,}+5", "12345"))
print(re.match(r"(?>(a))(?>(b)?)c", "ac").groups())
