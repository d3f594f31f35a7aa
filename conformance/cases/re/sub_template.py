# Replacement templates: \1, \g<1>, \g<name>, \g<0>, escapes and octal.
import re
p = re.compile(r"(?P<first>\w+) (?P<second>\w+)")
for t in [r"\2 \1", r"\g<2> \g<1>", r"\g<second> \g<first>", r"<\g<0>>", r"\1\n\2", r"\\", r"[\0]", r"\141", r"\01", r"\-", r"\g<1>0", r"\10"[:2] + "0"]:
    print(repr(t), repr(p.sub(t, "hello world")))
print(re.sub("(a)|b", r"[\1]", "ab"))
print(re.sub("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11-\g<1>1", "abcdefghijk"))
