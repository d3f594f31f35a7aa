# Types 'c', 'n' and no type for ints; 'n' is like 'd' in the C locale.
for v in [65, 97, 48, 32, 126]:
    print(repr(format(v, "c")), repr(format(v, "3c")), repr(format(v, "<3c")), repr(format(v, "^5c")))
for v in [0, 7, -7, 1234567]:
    print(format(v, "n"), format(v, "10n") + "|", format(v, "<10n") + "|", format(v, "+n"),
          format(v, "010n"))
for spec in [",n", "_n", ".2n", "#n"]:
    try:
        print(spec, format(1234, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(format(10, ""), format(-10, ""), format(10, "10") + "|")
print(format(9, "08"), format(-9, "08"))
print(str(format(3, "d")) + str(format(3, "")))
