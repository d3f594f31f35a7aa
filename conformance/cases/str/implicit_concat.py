s = "abc" "def"
print(s)
t = ("one "
     'two '
     """three""")
print(t)
print(len("a" "b" "c"))
print(r"\n" "\n" == "\\n\n")
