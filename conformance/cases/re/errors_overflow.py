# Repeat counts past the limit are OverflowError; deep nesting is refused cleanly.
import re
for p in ["a{99999999999}", "a{,99999999999}", "a{4294967295}", "a{1,4294967294}"]:
    try:
        re.compile(p)
        print(p, "ok")
    except OverflowError as e:
        print(p, "OverflowError", e)
print(re.match("(" * 50 + "a" + ")" * 50, "a").span())
