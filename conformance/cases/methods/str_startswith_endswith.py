s = "hello.py"
print(s.startswith("hell"), s.startswith("py"))
print(s.endswith(".py"), s.endswith("hello"))
print(s.startswith(""), s.endswith(""))
print(s.startswith(("x", "he")), s.endswith(("txt", "py")))
print("".startswith("a"), "".endswith(""))
print(s.startswith("lo", 3))
