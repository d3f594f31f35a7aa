# Checks the exact ValueError messages for too few and too many values in plain unpacking.
def attempt(fn):
    try:
        fn()
        print("no error")
    except ValueError as e:
        print(type(e).__name__, e)

def two_from_three():
    a, b = 1, 2, 3
def three_from_two():
    a, b, c = [1, 2]
def one_from_zero():
    a, = ()
def two_from_str():
    a, b = "abc"
def three_from_iter():
    a, b, c = iter([1])
def from_gen():
    a, b = (x for x in range(5))
def from_dict():
    a, b, c, d = {1: 1, 2: 2}
def empty_list():
    [] = []
def empty_list_bad():
    [] = [1]
def empty_tuple_bad():
    () = "a"

for fn in [two_from_three, three_from_two, one_from_zero, two_from_str,
           three_from_iter, from_gen, from_dict, empty_list, empty_list_bad,
           empty_tuple_bad]:
    attempt(fn)
