# MULTILINE: ^ and $ at every line; without it, $ also matches before a final newline.
import re
s = "one\ntwo\nthree\n"
print(re.findall("^\\w+", s), re.findall("(?m)^\\w+", s))
print(re.findall("\\w+$", s), re.findall("\\w+$", s, re.M))
print(re.findall("$", "a\n"), re.findall("(?m)$", "a\nb\n"), re.findall("(?m)^", "a\nb\n"))
print(re.search("a$", "a\n"), re.search("a\\Z", "a\n"), re.search("\\Aa", "ba"), re.search("(?m)\\Ab", "a\nb"))
print(re.sub("(?m)^", "> ", "x\ny"))
