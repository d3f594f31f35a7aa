# Iterating a StringIO gives its lines; next() at the end raises StopIteration.
import io
s = io.StringIO("one\ntwo\n\nthree")
for line in s:
    print(repr(line))
print(iter(s) is s)
try:
    next(s)
except StopIteration as e:
    print("StopIteration", e.args)
s.seek(0)
print(next(s), end="")
print([l.upper() for l in s])
print(list(io.StringIO("")))
