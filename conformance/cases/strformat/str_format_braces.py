# Doubled braces are literals; a lone brace or an unterminated field is a ValueError.
print("{{}}".format())
print("{{{}}}".format(1))
print("{{0}}".format(9))
print("{{{0}}}{{".format("m"))
print("}}{{".format())
print("a{{b}}c".format(), "{{".format(), "}}".format())
print(f"{{}}", f"{{{1}}}", f"}}{{")
for fmt in ["{", "}", "a{", "a}", "{0", "{0:", "{:", "{0!", "{0!r", "{!}", "}{", "{}}", "{{}",
            "{0!rs}", "{0!x}", "{0!}", "{0:{1:{2}}}", "{0[}", "x}y", "{:}}"]:
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3)))
    except (ValueError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
