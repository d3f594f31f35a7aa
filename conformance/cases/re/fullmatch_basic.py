# re.fullmatch must consume the whole string, backtracking into alternatives to do so.
import re
for p, s in [("a|ab", "ab"), ("a*", "aaa"), ("a*", "aab"), ("a*?", "aaa"), (r"\w+", "hello world"), ("", ""), ("(?:a|ab)(?:c|bcd)", "abcd")]:
    print(repr(p), repr(s), re.fullmatch(p, s))
p = re.compile(r"\d+")
print(p.fullmatch("12ab", 0, 2), p.fullmatch("12ab", 1, 2), p.fullmatch("12ab", 0, 3))
