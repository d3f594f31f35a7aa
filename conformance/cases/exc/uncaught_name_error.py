print("ok")
print(not_defined_anywhere)
