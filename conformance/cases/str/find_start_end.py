# find/rfind with start and end, including negative, reversed and past-the-end bounds.
s = "abcabcabc"
print(s.find("b"), s.find("b", 2), s.find("b", 2, 4), s.find("b", 2, 5))
print(s.rfind("b"), s.rfind("b", 0, 7), s.rfind("b", 0, 1), s.rfind("b", 5))
print(s.find("c", -3), s.find("c", -100), s.find("c", 100), s.find("c", -2, -1))
print(s.rfind("a", -6, -3), s.rfind("a", -100, 100), s.rfind("abc", -3))
print(s.find("b", 6, 3), s.find("", 6, 3), s.find("", 9), s.find("", 10))
print(s.rfind(""), s.rfind("", 4), s.rfind("", 3, 5), s.rfind("", -1))
print(s.find("abcabcabcabc"), s.find("cab"), s.rfind("cab"))
print(s.find("a", None), s.find("a", 1, None), s.rfind("a", None, 5))
print("".find(""), "".find("", 1), "".find("a"), "".rfind(""))
print(s.find("c", 2, 2), s.find("c", 2, 3))
