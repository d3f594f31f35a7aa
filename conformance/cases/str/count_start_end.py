# count counts non-overlapping occurrences, within optional start/end bounds.
s = "aaaaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count("aaaa"), s.count("aaaaaaa"))
print(s.count(""), "".count(""), "abc".count(""), "".count("a"))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2), s.count("a", -100, 100))
print(s.count("aa", 1), s.count("aa", 1, 4), s.count("a", 4, 2), s.count("", 4, 2))
print(s.count("", 3), s.count("", 6), s.count("", 7), s.count("", -1))
t = "the cat sat on the mat"
print(t.count("at"), t.count("the"), t.count(" "), t.count("at", 10), t.count("t", 0, 5))
print("ababab".count("aba"), "abababa".count("aba"))
print(t.count("x"), t.count("at", None, None))
