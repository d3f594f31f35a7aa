# requires: float
print(isinstance(1, int), isinstance(1.0, int), isinstance(1.0, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)))
print(isinstance(1, (str, float)), isinstance(1, (str, int)))
print(isinstance([], (tuple, (dict, list))))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(1, ()))
print(isinstance(ValueError(), Exception))
