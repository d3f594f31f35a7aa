# split with groups and maxsplit: the separators' groups come between the pieces.
import re
print(re.split(r"(\d)(x)?", "a1b2xc3d", 2))
print(re.split(r"(?P<sep>[,;])", "a,b;c", maxsplit=1))
print(re.compile(",").split("a,b,c", 1), re.split(",", "a,b", flags=re.I))
try:
    re.split(",", "a,b", "1")
except TypeError as e:
    print("TypeError", e)
