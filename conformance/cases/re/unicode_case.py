# Case-insensitive matching of characters whose case mappings are special.
import re
pairs = [("K", "\u212a"), ("k", "\u212a"), ("s", "\u017f"), ("S", "\u017f"), ("i", "\u0131"), ("I", "\u0130"), ("\u03c3", "\u03c2"),
         ("\u03b8", "\u03d1"), ("\u00b5", "\u03bc"), ("\u1e9e", "\u00df"), ("\u01c4", "\u01c5"), ("\u01c5", "\u01c6")]
for a, b in pairs:
    print(ascii(a), ascii(b), bool(re.match("(?i)" + a, b)), bool(re.match("(?i)[" + a + "]", b)), bool(re.match("(?i)" + b, a)))
