# re.error reports line and column when the pattern spans lines; the class's attributes.
import re
try:
    re.compile("abc\ndef\n(gh", re.X)
except re.error as e:
    print(e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b"a\n)")
except re.error as e:
    print(e, "|", e.pos, e.lineno, e.colno)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.pattern, e.args)
e = re.error("plain")
print(e, e.pos, e.lineno, e.colno, e.pattern)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
