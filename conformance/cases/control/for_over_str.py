out = ""
for ch in "hello":
    out = ch + out
print(out)
for ch in "ab":
    for ch2 in "xy":
        print(ch + ch2)
