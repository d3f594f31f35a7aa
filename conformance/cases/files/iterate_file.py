# Iterating a text file: lines with their ends, next(), and a closed file refusing.
# file: it.txt
#| first
#| second
#|
#| fourth
import sys
f = open(sys.path[0] + "/it.txt")
print(iter(f) is f, next(f), end="")
print([line for line in f])
try:
    next(f)
except StopIteration:
    print("StopIteration")
f.close()
for call in [lambda: next(f), lambda: iter(f), lambda: list(f)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(sorted(open(sys.path[0] + "/it.txt")), len(list(open(sys.path[0] + "/it.txt"))))
