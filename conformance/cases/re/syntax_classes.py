# Character classes: ranges, negation, escapes and categories inside, ']' and '-' placement.
import re
s = "a-b]c^d\\e1 \tZ_"
for p in ["[abc]", "[^abc]", "[a-c]", "[-a]", "[a-]", "[]a]", "[^]a]", r"[\]]", r"[\\]", "[\\d]", "[\\D]", "[\\w-]", "[\\s]", r"[\S]",
          "[^\\W\\d]", "[.]", "[$^]", r"[\x41-\x5a]", r"[\u0061]", r"[\101]", r"[\b]", "[a-a]", "[()]", "[|]"]:
    print(p, re.findall(p, s + "\b"))
