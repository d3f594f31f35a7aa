# requires: unicode
# int() reads decimal digits (category Nd) of every script as their ASCII digits.
def show(*args):
    try:
        print(repr(args[0]), int(*args))
    except ValueError as e:
        print(repr(args[0]), type(e).__name__, e)

for s in ["٣", "١٢", "-١٢", "+۴۲", "１２", "-１２", "߁߂", "१२३", "๓", "᧑", "𝟘𝟙", "𝟗", "𞥐𞥑",
          "\u2003٣\u2003", "\u3000１\u3000", "1_٣", "٣_٣", "１２３４５６７８９０１２３４５６７８９０"]:
    show(s)
for s in ["0x١٢", "١٢", "１ｆ", "٣٣"]:
    show(s, 16)
show("0x١٢", 0)
show("٠٠", 0)
show("٠١", 0)
show("١٢", 8)
show("٩", 8)
# Other numeric characters are not decimal digits.
for s in ["²", "½", "Ⅻ", "٣.٥", "١e٣", "٣ ٣", "٣__٣", "_٣", "٣_", ""]:
    show(s)
