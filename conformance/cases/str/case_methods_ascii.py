# upper/lower/swapcase/capitalize/title on ASCII text with digits and punctuation.
samples = ["hello World", "ABC def 123", "", "x", "mIxEd-CaSe_words", "it's a dog's life",
           "3rd place", "a1b2c3", "  spaced  out  ", "o'neil mc'donald", "HELLO", "_under_score"]
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()))
    print("  ", repr(s.capitalize()), repr(s.title()))
print("hello".upper().lower() == "hello", "AbC".swapcase().swapcase())
print("tHe qUICK".capitalize(), "123abc".capitalize(), "ABC".capitalize())
print("they're bill's friends".title(), "x-ray vision".title(), "a.b.c".title())
print("\x00a\x7fb".upper() == "\x00A\x7fB", "@[`{".lower(), "@[`{".upper())
print("ZZ top".swapcase(), "12".upper(), "12".lower(), "12".swapcase())
