# Everything after the ':' up to the closing brace, with nested fields filled in, reaches __format__.
class Echo:
    def __format__(self, spec):
        return "<" + spec + ">"
e = Echo()
n = 3
print(f"{e:abc}", f"{e:a b c}", f"{e:!r}", f"{e::}", f"{e:=}", f"{e:'}", f'{e:"}')
print(f"{e:{n}}", f"{e:x{n}y}", f"{e:{n}{n}}", f"{e:{'q'}-{n * 2}}")
print(f"{e:%Y-%m-%d}", f"{e:[]}", f"{e:()}", f"{e:,._}", f"{e:#0}", f"{e: }|")
print(f"{e:>3}", f"{e:{'>'}{n}}", f"{e:{n!r}}", f"{e:{'a'!r}}", f"{e!r:.0}" == "")
print("{:abc}".format(e), "{0:{1}}".format(e, "nested"), format(e, "fmt"), format(e))
print(f"{e:{e}}", f"{e:{e:in}}", "{0:{0}}".format(e))
print(f"{e:}", f"{e}", "{}".format(e), "{:}".format(e), "{0!s:}".format(e) != "")
