# Lookahead (?=...) and (?!...): zero-width, captures kept from a positive one.
import re
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"\b\w+\b(?!,)", "a, b, c"))
print(re.match(r"(a)(?=(b))", "ab").groups(), re.match(r"(a)(?!(c))", "ab").groups())
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.match(r"(?=a)a", "a"), re.match(r"(?!a)a", "a"), re.match(r"(?=a)*a", "a"))
print(re.sub(r"(?=(\d{3})+$)", ",", "1234567"))
print(re.match(r"(?!)", ""), re.match(r"(?=)", "").span())
