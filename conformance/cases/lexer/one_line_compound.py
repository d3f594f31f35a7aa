# Checks compound statements written with their body on the header line.
def f(): return "f"
print(f())
class A: x = 1
print(A.x)
if True: print("if-true")
if False: print("no")
elif True: print("elif")
else: print("else")
if False: pass
else: print("else-branch")
for i in range(2): print("for", i)
else: print("for-else")
n = 0
while n < 2: n += 1
else: print("while-else", n)
try: raise ValueError("v")
except ValueError as e: print("caught", e)
else: print("no")
finally: print("finally")
def g(x): return x if x else "falsy"
print(g(0), g(5))
lam = lambda: (yield)
print(type(lam()).__name__)
for src in ["if 1: if 1: pass", "def f(): for x in y: pass", "if 1: pass; else: pass", "while 0: x = 1; y = 2"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
