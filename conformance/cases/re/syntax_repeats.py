# Greedy, lazy and possessive repeats: * + ? {m} {m,} {,n} {m,n} and their ? and + forms.
import re
s = "aaaa"
for p in ["a*", "a+", "a?", "a{2}", "a{2,}", "a{,2}", "a{1,3}", "a{,}", "a*?", "a+?", "a??", "a{2,3}?", "a{,3}?", "a*+", "a++", "a?+", "a{1,3}+", "a{0}"]:
    print(p, re.match(p, s).span(), re.findall(p, s))
print(re.match("a*+a", "aaa"), re.match("a++b", "aab"), re.match("(?:ab)*+c", "ababc"), re.match("(?:ab)*+ab", "abab"))
print(re.match("(ab){2,3}", "abababab"), re.match("(ab){2,3}?", "abababab"), re.match("(a|b){3}", "abab").groups())
