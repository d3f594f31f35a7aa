# Inline flags: global ones at the start only; scoped groups turn flags on and off.
import re
for p in ["(?i)a", "(?i)(?m)a", "a(?i)", "(a(?i))", "a|(?i)b", "(?im)^A", "(?i-m:a)", "(?s-i:.)A", "(?x-i: a )",
          "(?i", "(?i-", "(?i-x", "(?iq)", "(?i!)", "(?-)", "(?-i)", "(?i-i:x)", "(?t:a)", "(?-a:x)", "(?a-i:x)", "(?au)", "(?L)a"]:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c, c.flags, c.match("A"))
    except re.error as e:
        print(repr(p), "error", e)
