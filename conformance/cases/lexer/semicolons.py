# Checks semicolon-separated statements, including after compound-statement headers on one line.
a = 1; b = 2; c = a + b
print(a, b, c)
print("x"); print("y")
x = 0; x += 1; x *= 10;
print(x)
if True: print("one"); print("two")
if False: print("no"); print("no2")
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while x > 7: x -= 1; print("dec", x)
def f(): a = 5; return a * 2
print(f())
class K: attr = 1; other = 2
print(K.attr, K.other)
try: print("try body"); 1 / 0
except ZeroDivisionError: print("caught"); print("again")
with open if False else type("Cm", (), {"__enter__": lambda s: 1, "__exit__": lambda s, *a: None})() as v: print("with", v)
for src in ["x = 1;;", ";", "x = 1; if x: pass", "pass;"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
