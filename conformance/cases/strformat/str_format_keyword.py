# str.format with keyword fields, mixing keyword and positional, and missing names.
# requires: unicode
print("{name} is {age}".format(name="Ann", age=30))
print("{a}{b}{a}".format(a=1, b=2))
print("{0} {x} {1}".format("p", "q", x="k"))
print("{} {x} {}".format(1, 2, x=3))
d = {"k": "v", "n": 5}
print("{k}={n}".format(**d))
print("{k:>4}|{n:03}".format(**d))
print("{_}{__x}{A1}".format(_=1, __x=2, A1=3))
for fmt, kw in [("{missing}", {}), ("{a}", {"b": 1}), ("{a b}", {"a b": 1}), ("{ a}", {" a": 2}),
                ("{a-b}", {"a-b": 3}), ("{é}", {})]:
    try:
        print(repr(fmt), repr(fmt.format(**kw)))
    except (KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{x}".format(x=None), "{x!r}".format(x="s"))
try:
    "{0}".format(x=1)
except IndexError as e:
    print(type(e).__name__, e)
print("{self}".format(self="self ok"))
print("{format}".format(format="fmt"))
