d = {"k": "v"}
print(f"{d['k']}")
print(f'{d["k"]}')
print(f"{len('abc')}")
print(f"""{"triple"}""")
