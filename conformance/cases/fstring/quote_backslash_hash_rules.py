# Python 3.11 f-string limits: no reused quotes, backslashes or '#' inside the expression part.
srcs = ["f'{\"a\"}'", "f\"{'a'}\"", "f'{'a'}'", 'f"{"a"}"', "f'{\"\\n\"}'", "f'{x#}'",
        "f'{\"#\"}'", "f'''{'a'}'''", 'f"""{"a"}"""', "f'{\"\"\"a\"\"\"}'", "f'\\n{1}'",
        "f'{ {\"a\": 1}[\"a\"] }'"]
for src in srcs:
    try:
        v = eval(src)
        print(src, "->", repr(v))
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
x = "val"
print(f"{'#'}", f"{x!r}#", f"#{x}", f'{"quote"}', f"""{'''tri'''}""", f"{chr(92)}")
nl = "\n"
print(repr(f"a{nl}b"), repr(f"{nl.join(['p', 'q'])}"))
