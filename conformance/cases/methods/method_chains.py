s = "  Hello, World  "
print(s.strip().lower().replace(",", "").split())
words = "a b c".split()
words.append("d")
print("-".join(words).upper())
