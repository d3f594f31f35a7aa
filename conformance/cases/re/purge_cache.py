# The compile cache: the same pattern and flags give the same object; purge clears it.
import re
a = re.compile("abc")
print(a is re.compile("abc"), a is re.compile("abc", re.I))
print(re.purge())
b = re.compile("abc")
print(a == b)
for i in range(600):
    re.compile("x%d" % i)
print(re.match("x1", "x1"))
