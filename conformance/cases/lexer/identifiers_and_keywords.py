# Checks identifier spellings, soft keywords usable as names, and hard keywords rejected as names.
_ = 1
__ = 2
_x1 = 3
x_ = 4
CamelCase = 5
a1b2c3 = 6
__dunder__ = 7
print(_, __, _x1, x_, CamelCase, a1b2c3, __dunder__)
match = "m"
case = "c"
type = "t"
print(match, case, type)
del type
print(type(1).__name__)

class Obj:
    pass

o = Obj()
o.match = 1
o.case = 2
o.print = 3
print(o.match, o.case, o.print)
kws = ["class", "def", "if", "None", "True", "False", "return", "lambda",
       "pass", "while", "and", "or", "not", "in", "is", "with", "yield",
       "await", "async", "global", "nonlocal", "del", "try", "raise"]
for kw in kws:
    try:
        compile(kw + " = 1", "f", "exec")
        print(kw, "assignable")
    except SyntaxError as e:
        print(kw, type(e).__name__)
for src in ["o.None", "o.class", "o.if", "1abc = 2", "a-b = 1", "$x = 1", "x? = 1"]:
    try:
        compile(src, "f", "exec")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__)
print(getattr(o, "match"), hasattr(o, "class"))
