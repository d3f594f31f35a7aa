# A regex-free templating engine with variables, filters, loops, conditionals, escaping and error locations.
class TemplateError(Exception):
    def __init__(self, msg, line):
        super().__init__(f"line {line}: {msg}")
        self.line = line


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "reverse": lambda v: v[::-1],
    "join": lambda v: ", ".join(map(str, v)),
    "escape": lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
    "default": lambda v: v if v else "(none)",
    "pad": lambda v: f"{v!s:>6}",
}


def lex(template):
    pos, line = 0, 1
    while pos < len(template):
        start = template.find("{", pos)
        while start != -1 and template[start + 1:start + 2] not in ("{", "%"):
            start = template.find("{", start + 1)
        if start == -1:
            yield ("text", template[pos:], line)
            return
        if start > pos:
            text = template[pos:start]
            yield ("text", text, line)
            line += text.count("\n")
        closer = "}}" if template[start + 1] == "{" else "%}"
        end = template.find(closer, start + 2)
        if end == -1:
            raise TemplateError(f"unclosed {template[start:start + 2]!r}", line)
        kind = "var" if closer == "}}" else "tag"
        yield (kind, template[start + 2:end].strip(), line)
        pos = end + 2


def parse(tokens, end_tags=()):
    nodes = []
    for kind, body, line in tokens:
        if kind == "tag":
            word, _, rest = body.partition(" ")
            if word in end_tags:
                return nodes, word, line
            if word == "for":
                var, kw, expr = rest.partition(" in ")
                if not kw:
                    raise TemplateError(f"malformed for: {body!r}", line)
                inner, _, _ = parse(tokens, ("endfor",))
                nodes.append(("for", var.strip(), expr.strip(), inner, line))
            elif word == "if":
                yes, tag, _ = parse(tokens, ("else", "endif"))
                no = parse(tokens, ("endif",))[0] if tag == "else" else []
                nodes.append(("if", rest.strip(), yes, no, line))
            else:
                raise TemplateError(f"unknown tag {word!r}", line)
        else:
            nodes.append((kind, body, line))
    if end_tags:
        raise TemplateError(f"missing {' or '.join(end_tags)}", -1)
    return nodes, None, None


def lookup(expr, ctx, line):
    name, *filters = [p.strip() for p in expr.split("|")]
    negate = name.startswith("not ")
    if negate:
        name = name[4:].strip()
    value = ctx
    for part in name.split("."):
        try:
            value = value[int(part)] if part.lstrip("-").isdigit() else value[part]
        except (KeyError, IndexError, TypeError) as e:
            raise TemplateError(f"cannot resolve {name!r} ({type(e).__name__})", line) from e
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter {f!r}", line)
        value = FILTERS[f](value)
    return (not value) if negate else value


def render_nodes(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "var":
            out.append(str(lookup(node[1], ctx, node[2])))
        elif kind == "for":
            _, var, expr, inner, line = node
            seq = lookup(expr, ctx, line)
            for i, item in enumerate(seq):
                scope = dict(ctx, **{var: item, "loop": {"index": i + 1, "first": i == 0, "last": i == len(seq) - 1}})
                out.append(render_nodes(inner, scope))
        elif kind == "if":
            _, cond, yes, no, line = node
            out.append(render_nodes(yes if lookup(cond, ctx, line) else no, ctx))
    return "".join(out)


def render(template, **ctx):
    nodes, _, _ = parse(iter(lex(template)))
    return render_nodes(nodes, ctx)


print(list(lex("Hi {{ name }}!{% if x %}y{% endif %} {single} braces")))
print(render("Hello, {{ name | title }}! You have {{ items | len }} items.", name="ada lovelace", items=[1, 2, 3]))
print(render("{{ user.name }} / {{ user.tags.0 }} / {{ user.tags.-1 | upper }}", user={"name": "bo", "tags": ["x", "y", "z"]}))
print(render("{% for n in nums %}{{ n }}{% if not loop.last %}, {% endif %}{% endfor %}.", nums=[3, 1, 4]))
print(render("{{ html | escape }} {{ empty | default }} {{ word | reverse | upper }}", html="<a&b>", empty="", word="abc"))
print(render("[{{ n | pad }}]", n=42), render("{{ xs | join }}", xs=(1, "two", 3)))

PAGE = """<ul>
{% for p in people %}  <li>{{ loop.index }}. {{ p.name }}{% if p.admin %} (admin){% else %} (user){% endif %}</li>
{% endfor %}</ul>
{% if not people %}nobody{% else %}{{ people | len }} people{% endif %}"""
people = [{"name": "Ann", "admin": True}, {"name": "Bob", "admin": False}, {"name": "Cy", "admin": 0}]
print(render(PAGE, people=people))
print(render(PAGE, people=[]))
print(render("{% for row in grid %}{% for c in row %}{{ c }}{% endfor %}|{% endfor %}", grid=[[1, 2], [], [3]]))

bad_templates = [
    ("{{ missing }}", {}),
    ("line1\nline2 {{ a.b }}", {"a": 5}),
    ("{{ a | shout }}", {"a": "x"}),
    ("{% for x of y %}{% endfor %}", {}),
    ("{% if a %}never closed", {"a": 1}),
    ("\n\n{% frob %}", {}),
    ("{{ unclosed", {}),
    ("{{ xs.9 }}", {"xs": [1]}),
]
for tpl, ctx in bad_templates:
    try:
        print(repr(render(tpl, **ctx)))
    except TemplateError as e:
        cause = e.__cause__
        print(f"TemplateError({e.line}): {e}" + (f" <- {type(cause).__name__}" if cause else ""))
