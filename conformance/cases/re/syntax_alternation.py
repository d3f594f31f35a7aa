# Alternation takes the first branch that lets the whole pattern match.
import re
print(re.match("a|ab", "ab").group(), re.match("ab|a", "ab").group(), re.fullmatch("a|ab", "ab").group())
print(re.findall("cat|dog|bird", "dog cat bird cow"))
print(re.match("(a|b|c)d", "cd").groups(), re.match("|a", "a").span(), re.match("a|", "b").span())
print(re.findall("(?:a|ab)(?:c|bcd)(d*)", "abcd abcdd"))
