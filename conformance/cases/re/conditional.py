# Conditional groups (?(id)yes|no) by number and by name.
import re
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    print(s, p.match(s))
print(re.match(r"(?P<q>')?x(?(q)')", "'x'"), re.match(r"(?P<q>')?x(?(q)')", "x"), re.match(r"(a)?(?(1)b)", "c").span())
for bad in [r"(?(2)a|b)", r"(?(a)a|b)", r"(?(1a)x)", r"(?(1)a|b|c)", r"(?(0)a)", r"(?(1)a)(b)", r"(?(", r"(?(1"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "error:", e)
