# rf/fr prefixes keep backslashes literal; adjacent f-strings and plain strings concatenate.
x = 5
print(rf"\n{x}\t", fr"\d+{x}", Rf"{x}\\", fR"{x}\x41", RF"{{x}}\{x}")
print(len(rf"\n{x}"), len(f"\n{x}"), repr(rf"\{x}"), repr(f"\\{x}"))
print(f"{x}" "plain{x}" f"{x}", "a" f"{x!r}" "b", f"" f"" "", f"{x}" rf"\{x}")
s = (f"first {x} "
     "second {x} "
     f"third {x + 1}")
print(s)
print(f"\x41{x}\u0042", f"{x}\N{LATIN SMALL LETTER A}", f"\'{x}\"", f'\'{x}')
print(f"tab\t{x}|", repr(f"nl\n{x}"), f"{'quoted'}", f'{"dq"}')
print(F"{x}", F"{x!r}", type(f"{x}").__name__, f"{x}" == str(x), f"{x:}" == format(x, ""))
try:
    eval("bf'{x}'")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("fu'{x}'")
except SyntaxError as e:
    print(type(e).__name__)
