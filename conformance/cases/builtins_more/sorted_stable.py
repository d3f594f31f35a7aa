pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 2)]
def second(p):
    return p[1]
print(sorted(pairs, key=second))
print(sorted(pairs, key=second, reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len))
