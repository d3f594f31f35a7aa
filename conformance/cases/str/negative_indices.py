s = "python"
i = -1
while i >= -len(s):
    print(i, s[i])
    i -= 1
