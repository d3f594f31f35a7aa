# Checks += and *= on immutable str and bytes produce new objects, plus their type errors.
s = "ab"
t = s
s += "cd"
print(s, t, s is t)
s *= 2
print(s)
s *= 0
print(repr(s))
s = "x"
s *= -3
print(repr(s))
b = b"by"
b += b"te"
print(b)
b *= 2
print(b)
ba = bytearray(b"ar")
alias = ba
ba += b"ray"
print(alias, ba is alias)
ba *= 2
print(alias)
for op in ["s += 1", "s += b'x'", "b += 'x'", "s -= 'a'", "s *= 'a'", "b *= b'a'", "s += None"]:
    try:
        s, b = "str", b"bytes"
        exec(op)
    except TypeError as e:
        print(op, "|", type(e).__name__, e)
n = 3
n *= "ab"
print(n)
