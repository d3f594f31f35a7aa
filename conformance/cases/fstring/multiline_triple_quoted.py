# Triple-quoted f-strings keep newlines and allow fields that span lines.
name = "world"
items = [1, 2, 3]
text = f"""Hello {name}!
Items: {
    len(items)
} total
Sum: {sum(
    items
)}"""
print(text)
print(f'''{name!r:>10}
{name.upper()}''')
block = f"""
  indented {name}
"""
print(repr(block))
print(f"""{'single' "double"} {'''triple'''}""")
print(f"""{
name
=}""")
d = {"k": "v"}
print(f'''{d["k"]} {d['k']}''')
print(f"a" f"{name}" "b" f'{1}')
