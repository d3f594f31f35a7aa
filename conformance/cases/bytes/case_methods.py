# Case-changing methods on bytes only touch ASCII letters.
b = b'hello World 123 \xe9'
print(b.upper())
print(b.lower())
print(b.swapcase())
print(b'hello wORLD'.title())
print(b"they're bill's".title())
print(b'hELLO wORLD'.capitalize())
print(b'123abc'.capitalize(), b''.upper())
print(b'ab1cd'.title(), b'a_b-c'.title())
