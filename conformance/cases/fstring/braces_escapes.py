# Doubled braces in f-strings are literal braces, around and next to replacement fields.
x = 5
print(f"{{", f"}}", f"{{}}", f"{{x}}", f"{{{x}}}", f"{{{{x}}}}", f"{x}{{", f"}}{x}")
print(f"{{{x}", f"{x}}}", f"a{{b{x}c}}d", f"{{{x}}}{{{x}}}")
print(len(f"{{}}"), repr(f"{{{x!r}}}"), f"{ {x} }", f"{ {x: x} }", f"{ {'a'} }")
d = {"k": 1}
print(f"{{'k': {d['k']}}}", f"{ {'k': d['k']} }", f"{d}")
print(f"{'{'}", f"{'}'}", f"{'{}'}", f"{'{{'}", f"{'{x}'}")
print(f"{'{:>5}'.format(x)}", "{{}}".format(), "{{{}}}".format(x))
for src in ['f"{"', 'f"}"', 'f"{{}"', 'f"{}}"', 'f"{x}}"']:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(src, type(e).__name__)
