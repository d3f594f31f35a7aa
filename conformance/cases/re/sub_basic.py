# sub and subn replace matches with a template or a callable's result, with count.
import re
print(re.sub(r"\d", "#", "a1b22c"))
print(re.subn(r"\d", "#", "a1b22c"))
print(re.sub(r"\d", "#", "a1b22c", 2), re.sub(r"\d", "#", "a1b22c", count=1))
print(re.sub("a", "x", "aaa", count=-1), re.subn("a", "x", "aaa", -5))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "hello there"))
print(re.sub("a", lambda m: None, "banana"))
print(re.sub("a", lambda m: "", "banana"))
print(re.sub("z", "y", "abc"))
print(re.sub("", "-", "abc"))
print(re.sub("(?=b)", "-", "abab"))
