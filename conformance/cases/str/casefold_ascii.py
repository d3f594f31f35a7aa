# casefold lowercases ASCII text like lower, for caseless comparison.
samples = ["Hello World", "ABC", "abc", "", "MiXeD 123!", "_X_Y_", "ALL CAPS\tTAB"]
for s in samples:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
print("Python".casefold() == "PYTHON".casefold())
print("QUIT".casefold(), "quit".casefold(), "Q1-z".casefold())
words = ["banana", "Apple", "cherry", "apple", "BANANA"]
print(sorted(words, key=str.casefold))
print(sorted(set(w.casefold() for w in words)))
print(type("X".casefold()).__name__, "X".casefold() == "x")
try:
    "x".casefold(1)
except TypeError as e:
    print(type(e).__name__, e)
