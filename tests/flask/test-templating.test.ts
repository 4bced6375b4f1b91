import { describe, expect, it } from "vitest";
import {
  callWithKeywords,
  createTemplateEnvironment,
  type FileSource,
  htmlSafeJsonDumps,
  Markup,
  selectAutoescape,
  splitKeywordArgs,
  TemplateNotFound,
  TemplateRuntimeError,
  TemplateSyntaxError,
} from "../../sandbox-runtime/flask/templating.ts";

// The app tree used by the file-based tests; the same tree was rendered by Flask 2.2 (with an
// `admin` blueprint whose template_folder is admin_bp/templates) to get the expected strings.
const FILES: Record<string, string> = {
  "templates/base.html":
    "<!doctype html>\n<title>{% block title %}Site{% endblock %}</title>\n<main>{% block body %}{% endblock %}</main>\n",
  "templates/page.html":
    '{% extends "base.html" %}\n{% block title %}{{ title }} - {{ super() }}{% endblock %}\n{% block body %}\n{% include "partial.html" %}\n{% include "nope.html" ignore missing %}\n<p>{{ body }}</p>\n{% endblock %}\n',
  "templates/partial.html": "<nav>{{ user }}</nav>\n",
  "templates/note.txt": "Hi {{ name }}!\n",
  "templates/mixed.html": '{{ name }}|{% include "note.txt" %}|{% include "partial.html" %}',
  "templates/feed.xml": "<t>{{ name }}</t>\n",
  "templates/pic.svg": "<text>{{ name }}</text>\n",
  "templates/forms.html":
    '{% macro input(name, value=\'\', type=\'text\') -%}\n<input type="{{ type }}" name="{{ name }}" value="{{ value }}">\n{%- endmacro %}\n{% macro label(text) %}<label>{{ text }}</label>{% endmacro %}',
  "templates/login.html":
    '{% import "forms.html" as forms %}\n{% from "forms.html" import label %}\n{{ label("Name") }}\n{{ forms.input("user") }}\n{{ forms.input("pw", type="password") }}\n{{ forms.input("q", value=q) }}\n',
  "templates/trailing.txt": "line\n\n",
  "templates/crlf.txt": "a\r\nb\r\n",
  "templates/loop.html":
    "<ul>\n{%- for item in items %}\n  <li class=\"{{ loop.cycle('odd', 'even') }}\">{{ loop.index }}/{{ loop.length }} {{ item }}{% if loop.last %} (last){% endif %}</li>\n{%- else %}\n  <li>none</li>\n{%- endfor %}\n</ul>\n",
  "templates/broken.html": "<p>\n{% for x in items %}\n  {{ x }}\n",
  "templates/broken2.html": "<p>{{ user.name </p>\n",
  "templates/uses_broken.html": 'a\n{% include "broken.html" %}\n',
  "templates/extends_missing.html": '{% extends "missing-layout.html" %}\n',
  "templates/include_missing.html": 'x {% include "missing-part.html" %}\n',
  "templates/boom.html": "<p>ok</p>\n<p>{{ explode() }}</p>\n",
  "templates/flask.html":
    "<link href=\"{{ url_for('static', filename='style.css') }}\">\n<a href=\"{{ url_for('profile', id=3) }}\">me</a>\n{% for m in get_flashed_messages() %}<li>{{ m }}</li>{% endfor %}\n{% for cat, m in get_flashed_messages(with_categories=true) %}<li class=\"{{ cat }}\">{{ m }}</li>{% endfor %}\n{{ request.path }} {{ session.user }} {{ g.x }} {{ config.DEBUG }}",
  "templates/messages.html":
    "{% with messages = get_flashed_messages() %}{% if messages %}<ul>{% for m in messages %}<li>{{ m }}</li>{% endfor %}</ul>{% else %}none{% endif %}{% endwith %}\n",
  "templates/setblock.html":
    "{% set greeting %}<b>Hi {{ name }}</b>{% endset %}{{ greeting }}|{{ greeting|length }}\n",
  "admin_bp/templates/admin/index.html": "admin {{ name }}\n",
  "admin_bp/templates/page.html": "blueprint page (shadowed)\n",
};

function memoryFiles(tree: Record<string, string>): FileSource {
  return { readText: (path) => tree[path] ?? null };
}

function makeEnv(tree: Record<string, string> = FILES) {
  const env = createTemplateEnvironment({ files: memoryFiles(tree) });
  env.addSearchPath("admin_bp/templates");
  return env;
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

// Each expected string below is what Flask 2.2 / Jinja 3.1 renders for the same template and context
// through render_template_string (autoescaping on).
const JINJA_CASES: ReadonlyArray<{
  name: string;
  source: string;
  context: Record<string, unknown>;
  expected: string;
}> = [
  {
    name: "prints values as Python's str() does, escaped",
    source: "{{ x }}|{{ y }}|{{ n }}|{{ t }}|{{ f }}|{{ l }}|{{ d }}|{{ missing }}",
    context: {
      x: "<a href='x'>\"&",
      n: null,
      t: true,
      f: false,
      l: ["a", 1, null, true],
      d: { k: "v", n: 2 },
    },
    expected:
      "&lt;a href=&#39;x&#39;&gt;&#34;&amp;||None|True|False|[&#39;a&#39;, 1, None, True]|{&#39;k&#39;: &#39;v&#39;, &#39;n&#39;: 2}|",
  },
  {
    name: "None/True literals and Python operators",
    source:
      "{{ none }}|{{ None }}|{{ True }}|{{ true }}|{{ 7 // 2 }}|{{ 2 ** 3 }}|{{ 'a' ~ 1 }}|{{ 1 in [1] }}",
    context: {},
    expected: "None|None|True|True|3|8|a1|True",
  },
  {
    name: "namespace() carries values out of a loop",
    source:
      "{% set ns = namespace(a=1) %}{% for i in [1,2,3] %}{% set ns.a = ns.a + i %}{% endfor %}{{ ns.a }}",
    context: {},
    expected: "7",
  },
  {
    name: "loop variables and loop.cycle",
    source:
      "{% for i in 'abc' %}{{ loop.index }}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}{{ loop.revindex }}{{ loop.cycle('o','e') }} {% endfor %}",
    context: {},
    expected: "10TrueFalse33o 21FalseFalse32e 32FalseTrue31o ",
  },
  {
    name: "Python truthiness in if/else, or/and/not, inline if and for-else",
    source:
      "{% for i in [] %}x{% else %}empty{% endfor %}|{% if [] %}T{% else %}F{% endif %}|{% if {} %}T{% else %}F{% endif %}|{{ [] or 'x' }}|{{ 'a' and 'b' }}|{{ not [] }}|{{ 'y' if [] else 'n' }}",
    context: {},
    expected: "empty|F|F|x|b|True|n",
  },
  {
    name: "dict.items()/keys()/values()/get() and iterating a dict",
    source:
      "{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}{% for k in d %}{{ k }}{% endfor %}{{ d.keys()|list }}{{ d.values()|list }}{{ d.get('zz', 5) }}",
    context: { d: { b: 1, a: 2 } },
    expected: "b=1;a=2;ba[&#39;b&#39;, &#39;a&#39;][1, 2]5",
  },
  {
    name: "tests: defined, none, number, string, mapping, odd, even, divisibleby",
    source:
      "{{ x is defined }}{{ y is defined }}{{ n is none }}{{ 1 is number }}{{ 'a' is string }}{{ d is mapping }}{{ 3 is odd }}{{ 4 is even }}{{ 9 is divisibleby(3) }}",
    context: { x: 1, n: null, d: {} },
    expected: "TrueFalseTrueTrueTrueTrueTrueTrueTrue",
  },
  {
    name: "range()",
    source:
      "{{ range(3)|list }}{{ range(1, 10, 3)|list }}{% for i in range(2) %}{{ i }}{% endfor %}",
    context: {},
    expected: "[0, 1, 2][1, 4, 7]01",
  },
  {
    name: "tojson: htmlsafe, sorted keys, ensure_ascii, indent",
    source: "{{ d|tojson }}|{{ s|tojson }}|{{ l|tojson(indent=2) }}",
    context: {
      d: { b: "<script>", a: 'it\'s & "q"', c: [1, 2.5, null, true] },
      s: "é ü 🎉\n",
      l: [{ z: 1, a: {} }, []],
    },
    expected:
      '{"a": "it\\u0027s \\u0026 \\"q\\"", "b": "\\u003cscript\\u003e", "c": [1, 2.5, null, true]}|"\\u00e9 \\u00fc \\ud83c\\udf89\\n"|[\n  {\n    "a": {},\n    "z": 1\n  },\n  []\n]',
  },
  {
    name: "tojson inside a single-quoted attribute",
    source: "<a data-x='{{ d|tojson }}'>",
    context: { d: { k: "v'<" } },
    expected: '<a data-x=\'{"k": "v\\u0027\\u003c"}\'>',
  },
  {
    name: "safe, e/escape, default/d",
    source:
      "{{ s|safe }}|{{ s|e }}|{{ s|escape }}|{{ none|default('dflt') }}|{{ miss|default('dflt') }}|{{ ''|default('dflt', true) }}|{{ miss|d('x') }}",
    context: { s: "<b>'\"</b>" },
    expected:
      "<b>'\"</b>|&lt;b&gt;&#39;&#34;&lt;/b&gt;|&lt;b&gt;&#39;&#34;&lt;/b&gt;|None|dflt|dflt|x",
  },
  {
    name: "length/count, upper/lower/title/capitalize",
    source:
      "{{ l|length }}|{{ l|count }}|{{ s|length }}|{{ d|length }}|{{ s|upper }}|{{ s|lower }}|{{ s|title }}|{{ s|capitalize }}",
    context: { l: [1, 2, 3], s: "hello wORLD-wide (x)", d: { a: 1 } },
    expected:
      "3|3|20|1|HELLO WORLD-WIDE (X)|hello world-wide (x)|Hello World-Wide (X)|Hello world-wide (x)",
  },
  {
    name: "join, replace, trim",
    source:
      "{{ l|join(', ') }}|{{ l|join }}|{{ users|join(', ', attribute='name') }}|{{ s|replace('o', '0') }}|{{ s|replace('o', '0', 1) }}|[{{ '  pad  '|trim }}]|{{ 'xxhixx'|trim('x') }}",
    context: { l: [1, "a", null], users: [{ name: "Ada" }, { name: "Bob" }], s: "foo boo" },
    expected: "1, a, None|1aNone|Ada, Bob|f00 b00|f0o boo|[pad]|hi",
  },
  {
    name: "truncate with Jinja's leeway",
    source:
      "{{ s|truncate(10) }}|{{ s|truncate(10, true) }}|{{ s|truncate(20, false, '…') }}|{{ s|truncate(9, leeway=0) }}|{{ 'short'|truncate(10) }}",
    context: { s: "The quick brown fox jumps over the lazy dog" },
    expected: "The...|The qui...|The quick brown…|The...|short",
  },
  {
    name: "wordcount, striptags, printf-style format",
    source:
      "{{ s|wordcount }}|{{ h|striptags }}|{{ '%s is %d years (%.2f) %5s|%-5s|%05d %x %r'|format('Ada', 36, 3.14159, 'ab', 'cd', 42, 255, 'q') }}|{{ '%(a)s-%(b)s'|format(a=1, b=2) }}",
    context: {
      s: "Hello, world! It's me_2",
      h: "<p>Main &raquo;\t<em>About</em>  <!-- c --> &amp; x</p>",
    },
    expected: "5|Main » About &amp; x|Ada is 36 years (3.14)    ab|cd   |00042 ff &#39;q&#39;|1-2",
  },
  {
    name: "list, sort, map(attribute), reverse",
    source:
      "{{ 'abc'|list }}|{{ l|sort }}|{{ l|sort(reverse=true) }}|{{ w|sort }}|{{ w|sort(case_sensitive=true) }}|{{ users|sort(attribute='age')|map(attribute='name')|join(',') }}|{{ l|reverse|list }}|{{ 'abc'|reverse }}",
    context: {
      l: [3, 1, 2],
      w: ["b", "A", "c", "B"],
      users: [
        { name: "A", age: 30 },
        { name: "B", age: 20 },
      ],
    },
    expected:
      "[&#39;a&#39;, &#39;b&#39;, &#39;c&#39;]|[1, 2, 3]|[3, 2, 1]|[&#39;A&#39;, &#39;b&#39;, &#39;B&#39;, &#39;c&#39;]|[&#39;A&#39;, &#39;B&#39;, &#39;b&#39;, &#39;c&#39;]|B,A|[2, 1, 3]|cba",
  },
  {
    name: "first, last, dictsort",
    source:
      "{{ l|first }}|{{ l|last }}|{{ d|dictsort }}|{{ d|dictsort(by='value') }}|{{ d|dictsort(reverse=true) }}",
    context: { l: [3, 1, 2], d: { b: 1, a: 3, C: 2 } },
    expected:
      "3|2|[(&#39;a&#39;, 3), (&#39;b&#39;, 1), (&#39;C&#39;, 2)]|[(&#39;b&#39;, 1), (&#39;C&#39;, 2), (&#39;a&#39;, 3)]|[(&#39;C&#39;, 2), (&#39;b&#39;, 1), (&#39;a&#39;, 3)]",
  },
  {
    name: "urlencode of strings and dicts",
    source:
      "{{ 'a b&c/d'|urlencode }}|{{ d|urlencode }}|{{ 'ünï'|urlencode }}|{{ \"!'()*~\"|urlencode }}",
    context: { d: { q: "a b", x: "&/=", n: 1 } },
    expected: "a%20b%26c/d|q=a+b&amp;x=%26%2F%3D&amp;n=1|%C3%BCn%C3%AF|%21%27%28%29%2A~",
  },
  {
    name: "selectattr/rejectattr/select/reject/map",
    source:
      "{{ users|selectattr('active')|map(attribute='name')|join(',') }}|{{ users|rejectattr('active')|map(attribute='name')|join(',') }}|{{ users|selectattr('age', 'gt', 25)|map(attribute='name')|list }}|{{ nums|select('odd')|list }}|{{ nums|reject('odd')|list }}|{{ names|map('upper')|list }}|{{ users|map(attribute='x', default='-')|list }}",
    context: {
      users: [
        { name: "A", active: true, age: 30 },
        { name: "B", active: false, age: 20 },
      ],
      nums: [1, 2, 3, 4],
      names: ["a", "b"],
    },
    expected:
      "A|B|[&#39;A&#39;]|[1, 3]|[2, 4]|[&#39;A&#39;, &#39;B&#39;]|[&#39;-&#39;, &#39;-&#39;]",
  },
  {
    name: "macros with defaults and keyword arguments",
    source:
      "{% macro m(a, b=2, c='x') %}{{ a }}-{{ b }}-{{ c }}{% endmacro %}{{ m(1) }} {{ m(1, 3) }} {{ m(1, c='z') }} {{ m(a=5, b=6) }}",
    context: {},
    expected: "1-2-x 1-3-x 1-2-z 5-6-x",
  },
  {
    name: "whitespace control and the dropped trailing newline",
    source: "a\n  {%- if true %}\n  b\n  {%- endif %}\nc {{ 'x' -}}   \n  d\n\n",
    context: {},
    expected: "a\n  b\nc xd\n",
  },
  {
    name: "block set yields Markup",
    source: "{% set b %}<i>X</i>{% endset %}{{ b }}|{% set x = '<y>' %}{{ x }}",
    context: {},
    expected: "<i>X</i>|&lt;y&gt;",
  },
  {
    name: "call blocks and caller()",
    source: "{% macro w() %}[{{ caller() }}]{% endmacro %}{% call w() %}in<>{% endcall %}",
    context: {},
    expected: "[in<>]",
  },
  {
    name: "slices, negative indexes and Python str methods",
    source:
      "{{ 'abcdef'[1:3] }}|{{ l[::-1] }}|{{ l[-1] }}|{{ 'x'.upper() }}|{{ ' a b '.split() }}|{{ 'a,b'.split(',') }}|{{ 'Hello'.startswith('He') }}|{{ 'aXa'.replace('a', 'b') }}",
    context: { l: [1, 2, 3] },
    expected: "bc|[3, 2, 1]|3|X|[&#39;a&#39;, &#39;b&#39;]|[&#39;a&#39;, &#39;b&#39;]|True|bXb",
  },
  {
    name: "arithmetic",
    source: "{{ 10 / 4 }}|{{ 10 % 3 }}|{{ 1.5 }}|{{ 3 - 1 }}",
    context: {},
    expected: "2.5|1|1.5|2",
  },
  {
    name: "items, batch, slice, sum, max, min, unique, filesizeformat",
    source:
      "{{ d|items|list }}|{{ l|batch(2)|list }}|{{ l|slice(2)|list }}|{{ l|sum }}|{{ l|max }}|{{ l|min }}|{{ [1,1,2]|unique|list }}|{{ 12345678|filesizeformat }}|{{ 1|filesizeformat }}|{{ 2048|filesizeformat(true) }}",
    context: { d: { a: 1 }, l: [1, 2, 3, 4, 5] },
    expected:
      "[(&#39;a&#39;, 1)]|[[1, 2], [3, 4], [5]]|[[1, 2, 3], [4, 5]]|15|5|1|[1, 2]|12.3 MB|1 Byte|2.0 KiB",
  },
  {
    name: "groupby",
    source:
      "{% for g in users|groupby('city') %}{{ g.grouper }}:{{ g.list|map(attribute='n')|join(',') }};{% endfor %}{% for city, items in users|groupby('city') %}{{ city }}{{ items|length }}{% endfor %}",
    context: {
      users: [
        { n: 1, city: "V" },
        { n: 2, city: "K" },
        { n: 3, city: "V" },
      ],
    },
    expected: "K:2;V:1,3;K1V2",
  },
  {
    name: "indent, center, xmlattr",
    source: "{{ 'a\nb'|indent }}|{{ 'a\nb'|indent(2, true) }}|{{ 'x'|center(9) }}|{{ d|xmlattr }}",
    context: { d: { class: "a<b", id: 3, skip: null } },
    expected: 'a\n    b|  a\n  b|    x    | class="a&lt;b" id="3"',
  },
  {
    name: "dict(), attribute and item lookup, cycler",
    source:
      "{{ dict(a=1, b='x') }}|{{ d.a }}|{{ d['b'] }}|{{ u.address.city }}|{{ cycler('a','b').next() }}",
    context: { d: { a: 1, b: 2 }, u: { address: { city: "Vilnius" } } },
    expected: "{&#39;a&#39;: 1, &#39;b&#39;: &#39;x&#39;}|1|2|Vilnius|a",
  },
  {
    name: "block set into a namespace attribute",
    source: "{% set ns = namespace(v='') %}{% set ns.v %}<b>{{ x }}</b>{% endset %}{{ ns.v }}",
    context: { x: "<i>" },
    expected: "<b>&lt;i&gt;</b>",
  },
];

// Also rendered by Jinja 3.1: loop filters and the rest of Jinja's loop object, strict undefined.
const LOOP_CASES: ReadonlyArray<{
  name: string;
  source: string;
  context: Record<string, unknown>;
  expected: string;
}> = [
  {
    name: "a loop filter counts only the items that pass",
    source:
      "{% for u in users if u.active %}{{ loop.index }}/{{ loop.length }}:{{ u.name }} {% else %}none{% endfor %}",
    context: {
      users: [
        { name: "A", active: true },
        { name: "B", active: false },
        { name: "C", active: true },
      ],
    },
    expected: "1/2:A 2/2:C ",
  },
  {
    name: "loop filters with unpacking, and else when nothing passes",
    source:
      "{% for k, v in d.items() if v > 1 %}{{ k }}{% endfor %}|{% for x in [] if x %}x{% else %}E{% endfor %}",
    context: { d: { a: 1, b: 2, c: 3 } },
    expected: "bc|E",
  },
  {
    name: "loop.changed, previtem, nextitem and depth",
    source:
      "{% for x in [1,1,2,3,3] %}{% if loop.changed(x) %}{{ x }}{% endif %}{% endfor %}|{% for x in 'abc' %}{{ loop.previtem }}-{{ loop.nextitem }}-{{ loop.depth }}{{ loop.depth0 }};{% endfor %}",
    context: {},
    expected: "123|-b-10;a-c-10;b--10;",
  },
  {
    name: "undefined prints as nothing, None's attributes too",
    source: "[{{ missing }}]{{ d.a }}|{{ n.a }}|{{ x is defined and x.y }}|{{ l[5] }}",
    context: { d: {}, n: null, l: [1, 2] },
    expected: "[]||False|",
  },
  {
    name: "elif chains and not/and/or use Python truthiness",
    source:
      "{% if [] %}a{% elif {} %}b{% elif [1] %}c{% else %}d{% endif %}|{{ not [] and 'x' }}|{{ not ([] and 'x') }}|{{ 0 or '' or 'z' }}|{{ 'a' in m }}",
    context: { m: { a: 1 } },
    expected: "c|x|True|z|True",
  },
  {
    name: "dates print as Python prints a datetime",
    source: "{{ d }}|{{ e }}",
    context: {
      d: new Date(Date.UTC(2015, 9, 21, 7, 28)),
      e: new Date(Date.UTC(2015, 9, 21, 7, 28, 1, 5)),
    },
    expected: "2015-10-21 07:28:00|2015-10-21 07:28:01.005000",
  },
];

// Also rendered by Jinja 3.1: operators follow Python, not JavaScript.
const OPERATOR_CASES: ReadonlyArray<{ name: string; source: string; expected: string }> = [
  {
    name: "~ converts with str() and keeps markup",
    source: '{{ m ~ "<x>" }}|{{ none ~ "x" }}|{{ 1 ~ 2 }}|{{ u ~ "y" }}',
    expected: "<b>&lt;x&gt;|Nonex|12|y",
  },
  {
    name: "+ adds numbers and concatenates lists",
    source: '{{ [1] + [2] }}|{{ "a" + "b" }}|{{ 1 + 2.5 }}|{{ true + 1 }}',
    expected: "[1, 2]|ab|3.5|2",
  },
  {
    name: "* repeats strings and lists",
    source: '{{ "-" * 3 }}|{{ [0] * 2 }}|{{ 3 * 2 }}',
    expected: "---|[0, 0]|6",
  },
  {
    name: "% is Python's modulo and string formatting",
    source: '{{ -7 % 3 }}|{{ 7 % -3 }}|{{ "%s-%s" % (1, 2) }}|{{ "%d%%" % 5 }}',
    expected: "2|-2|1-2|5%",
  },
  { name: "// floors", source: "{{ -7 // 2 }}|{{ 7 // 2 }}", expected: "-4|3" },
  { name: "markup + str escapes the str", source: '{{ m + "<y>" }}', expected: "<b>&lt;y&gt;" },
  {
    name: "tuple literals",
    source:
      "{% for a, b in [(1, 'x'), (2, 'y')] %}{{ a }}{{ b }}{% endfor %}|{{ (1, 2) }}|{{ (3) }}|{{ ((1, 2), 3) }}",
    expected: "1x2y|(1, 2)|3|((1, 2), 3)",
  },
];

// Also rendered by Jinja 3.1: str.format, call blocks with arguments, printf rounding.
const FORMAT_CASES: ReadonlyArray<{
  name: string;
  source: string;
  context: Record<string, unknown>;
  expected: string;
}> = [
  {
    name: "str.format with fields, names and specs",
    source:
      '{{ "{} and {}".format(1, "b") }}|{{ "{:,}".format(1234567) }}|{{ "{:.2f}".format(3.14159) }}|{{ "{:>6}|{:<4}|{:^7}".format("ab", "c", "mid") }}|{{ "{0}{0}".format("x") }}|{{ "{name}!".format(name="Ada") }}|{{ "{:05d}".format(42) }}|{{ "{:,.2f}".format(1234.5) }}|{{ "{:%}".format(0.25) }}|{{ "{:x}".format(255) }}|{{ "{!r}".format("q") }}|{{ "{:+d}".format(5) }}',
    context: {},
    expected:
      "1 and b|1,234,567|3.14|    ab|c   |  mid  |xx|Ada!|00042|1,234.50|25.000000%|ff|&#39;q&#39;|+5",
  },
  {
    name: "a call block passes arguments to caller()",
    source:
      "{% macro list(users) %}{% for u in users %}[{{ caller(u) }}]{% endfor %}{% endmacro %}{% call(user) list([1,2]) %}u{{ user }}{% endcall %}",
    context: {},
    expected: "[u1][u2]",
  },
  {
    name: "more format specs",
    source:
      '{{ "{:g}".format(0.5) }}|{{ "{:.3}".format(3.14159) }}|{{ "{:e}".format(12345.678) }}|{{ "{:*^9}".format("x") }}|{{ "{:=+8.1f}".format(-3.25) }}|{{ "{:_}".format(1000000) }}',
    context: {},
    expected: "0.5|3.14|1.234568e+04|****x****|-    3.2|1_000_000",
  },
  {
    name: "printf-style format rounds exact ties to even",
    source: "{{ '%.1f|%.2f|%.0f|%.0f|%.2f'|format(3.25, 2.675, 2.5, 3.5, 1.005) }}",
    context: {},
    expected: "3.2|2.67|2|4|1.00",
  },
  {
    name: "format on Markup escapes what it inserts",
    source: '{{ m|format("<x>") }}|{{ "<%s>"|format("&") }}',
    context: { m: new Markup("<b>%s</b>") },
    expected: "<b>&lt;x&gt;</b>|&lt;&amp;&gt;",
  },
];

describe("formatting", () => {
  const env = makeEnv();
  for (const { name, source, context, expected } of FORMAT_CASES) {
    it(name, () => {
      expect(env.renderString(source, context)).toBe(expected);
    });
  }
});

describe("floats as Python prints them", () => {
  const env = makeEnv();
  it("prints {{ x }}, containers and tojson in exponent notation below 1e-4", () => {
    const context = { x: 1.5e-5, y: 0.0001, z: -2.5e-7 };
    expect(env.renderString("{{ x }} {{ y }} {{ z }}", context)).toBe("1.5e-05 0.0001 -2.5e-07");
    expect(env.renderString("{{ [x, y] }} {{ {'k': x} }} {{ x ~ '' }}", context)).toBe(
      "[1.5e-05, 0.0001] {&#39;k&#39;: 1.5e-05} 1.5e-05",
    );
    expect(env.renderString("{{ x|tojson }}", context)).toBe("1.5e-05");
  });
});

describe("Python operators", () => {
  const env = makeEnv();
  for (const { name, source, expected } of OPERATOR_CASES) {
    it(name, () => {
      expect(env.renderString(source, { m: new Markup("<b>") })).toBe(expected);
    });
  }

  it("mixing types raises Python's TypeError, dividing by zero raises", () => {
    const reason = (source: string) =>
      (caught(() => env.renderString(source, {})) as TemplateRuntimeError).reason;
    expect(reason('{{ "a" + 1 }}')).toBe('can only concatenate str (not "int") to str');
    expect(reason('{{ 1 + "a" }}')).toBe("unsupported operand type(s) for +: 'int' and 'str'");
    expect(reason("{{ [1] + 1 }}")).toBe('can only concatenate list (not "int") to list');
    expect(reason("{{ 1 / 0 }}")).toBe("division by zero");
  });
});

describe("Jinja loops and undefined values", () => {
  const env = makeEnv();
  for (const { name, source, context, expected } of LOOP_CASES) {
    it(name, () => {
      expect(env.renderString(source, context)).toBe(expected);
    });
  }

  it("reading an attribute of an undefined value raises, as Jinja's UndefinedError", () => {
    expect(
      (caught(() => env.renderString("{{ user.name }}", {})) as TemplateRuntimeError).reason,
    ).toBe("'user' is undefined");
    expect(
      (caught(() => env.renderString("{{ missing() }}", {})) as TemplateRuntimeError).reason,
    ).toBe("'missing' is undefined");
    expect(
      (caught(() => env.renderString("{{ s() }}", { s: "str" })) as TemplateRuntimeError).reason,
    ).toBe("'str' object is not callable");
  });
});

describe("Jinja behaviour through renderString", () => {
  const env = makeEnv();
  for (const { name, source, context, expected } of JINJA_CASES) {
    it(name, () => {
      expect(env.renderString(source, context)).toBe(expected);
    });
  }
});

describe("autoescaping by template name", () => {
  const env = makeEnv();

  it("escapes .html, .xml and .svg but not .txt", () => {
    expect(env.render("note.txt", { name: "<Ada>" })).toBe("Hi <Ada>!");
    expect(env.render("feed.xml", { name: "<Ada>" })).toBe("<t>&lt;Ada&gt;</t>");
    // Flask 3.1 adds .svg to the autoescaped extensions (Flask 2.2 printed "<text><Ada></text>").
    expect(env.render("pic.svg", { name: "<Ada>" })).toBe("<text>&lt;Ada&gt;</text>");
  });

  it("decides per template, also for included ones", () => {
    expect(env.render("mixed.html", { name: "<Ada>", user: "<U>" })).toBe(
      "&lt;Ada&gt;|Hi <Ada>!|<nav>&lt;U&gt;</nav>",
    );
  });

  it("follows Flask's select_jinja_autoescape", () => {
    expect(
      ["a.html", "a.htm", "a.xml", "a.xhtml", "a.svg", "a.txt", "a.md", "a.html.j2"].map(
        selectAutoescape,
      ),
    ).toEqual([true, true, true, true, true, false, false, false]);
    expect(selectAutoescape(undefined)).toBe(true);
  });

  it("{% autoescape %} blocks switch escaping inside a template", () => {
    expect(
      env.renderString("{% autoescape false %}{{ h }}{% endautoescape %}|{{ h }}", { h: "<b>" }),
    ).toBe("<b>|&lt;b&gt;");
    const tree = {
      "templates/t.txt":
        "{% autoescape true %}{{ h }}{% endautoescape %}|{{ h }}|{% autoescape false %}{% autoescape true %}{{ h }}{% endautoescape %}{{ h }}{% endautoescape %}\n",
    };
    expect(makeEnv(tree).render("t.txt", { h: "<b>" })).toBe("&lt;b&gt;|<b>|&lt;b&gt;<b>");
  });

  it("Markup.format, join, striptags and unescape behave as MarkupSafe's", () => {
    expect(new Markup("<i>{}</i>").format("<x>").toString()).toBe("<i>&lt;x&gt;</i>");
    expect(new Markup("{0}{name}{{}}").format(new Markup("<b>"), { name: "&" }).toString()).toBe(
      "<b>&amp;{}",
    );
    expect(new Markup("<br>").join(["a", "<b>"]).toString()).toBe("a<br>&lt;b&gt;");
    expect(new Markup("Main &raquo;\t<em>About</em>").striptags()).toBe("Main \u00bb About");
    expect(new Markup("a &amp; b").unescape()).toBe("a & b");
  });

  it("renderString autoescapes and writes quotes as MarkupSafe does", () => {
    expect(env.renderString("{{ s }}", { s: "<'\">" })).toBe("&lt;&#39;&#34;&gt;");
  });

  it("Markup passes through and Markup.escape matches MarkupSafe", () => {
    expect(Markup.escape(`<a href="x">'&`).toString()).toBe("&lt;a href=&#34;x&#34;&gt;&#39;&amp;");
    expect(
      env.renderString("{{ m }}|{{ s }}", { m: new Markup("<i>ok</i>"), s: Markup.escape("<b>") }),
    ).toBe("<i>ok</i>|&lt;b&gt;");
    expect(env.renderString("{{ h }}", { h: { __html__: () => "<em>own</em>" } })).toBe(
      "<em>own</em>",
    );
    expect(env.renderString("{{ '\\\\' }}", {})).toBe("\\");
  });
});

describe("inheritance, include and imports", () => {
  const env = makeEnv();

  it("extends a layout, fills blocks and calls super()", () => {
    expect(
      env.render("page.html", { title: "Home <1>", body: "<b>x</b>", user: "Ada & Bob" }),
    ).toBe(
      "<!doctype html>\n<title>Home &lt;1&gt; - Site</title>\n<main>\n<nav>Ada &amp; Bob</nav>\n\n<p>&lt;b&gt;x&lt;/b&gt;</p>\n</main>",
    );
  });

  it("imports macros with defaults and keyword arguments", () => {
    expect(env.render("login.html", { q: 'a"b' })).toBe(
      '\n\n<label>Name</label>\n<input type="text" name="user" value="">\n<input type="password" name="pw" value="">\n<input type="text" name="q" value="a&#34;b">',
    );
  });

  it("imports without context by default and with context when asked", () => {
    const tree = {
      "templates/m.html":
        "{% import 'mac.html' as m with context %}{{ m.hi() }}|{% from 'mac.html' import hi as h %}{{ h() }}",
      "templates/mac.html": "{% macro hi() %}hi {{ who }}{% endmacro %}",
    };
    expect(makeEnv(tree).render("m.html", { who: "<W>" })).toBe("hi &lt;W&gt;|hi ");
  });

  it("include sees loop and set variables, and takes with/without context", () => {
    const tree = { "templates/p.html": "[{{ x }}]" };
    const own = makeEnv(tree);
    // Jinja 3.1 renders: [] [ctx] [1] [5]
    expect(
      [
        "{% include 'p.html' without context %}",
        "{% include 'p.html' with context %}",
        "{% for x in [1] %}{% include 'p.html' %}{% endfor %}",
        "{% set x = 5 %}{% include 'p.html' %}",
      ].map((source) => own.renderString(source, { x: "ctx" })),
    ).toEqual(["[]", "[ctx]", "[1]", "[5]"]);
  });

  it("finds blueprint templates after the app's own", () => {
    expect(env.render("admin/index.html", { name: "A" })).toBe("admin A");
    expect(env.searchPath).toEqual(["templates", "admin_bp/templates"]);
  });

  it("block set keeps markup and counts its escaped length", () => {
    expect(env.render("setblock.html", { name: "<x>" })).toBe("<b>Hi &lt;x&gt;</b>|19");
  });
});

describe("loops and whitespace", () => {
  const env = makeEnv();

  it("renders loop variables, cycle and for-else", () => {
    expect(env.render("loop.html", { items: ["a", "b", "c"] })).toBe(
      '<ul>\n  <li class="odd">1/3 a</li>\n  <li class="even">2/3 b</li>\n  <li class="odd">3/3 c (last)</li>\n</ul>',
    );
    expect(env.render("loop.html", { items: [] })).toBe("<ul>\n  <li>none</li>\n</ul>");
  });

  it("drops one trailing newline and normalizes CRLF", () => {
    expect(env.render("trailing.txt")).toBe("line\n");
    expect(env.render("crlf.txt")).toBe("a\nb");
    expect(env.renderString("x\n", {})).toBe("x");
  });
});

describe("Flask's template context", () => {
  const env = makeEnv();
  const context = {
    url_for: (endpoint: string, values: Record<string, unknown>) =>
      endpoint === "static" ? `/static/${values.filename}` : `/u/${values.id}`,
    get_flashed_messages: (options?: { with_categories?: boolean }) =>
      options?.with_categories
        ? [
            ["message", "one"],
            ["error", "two <b>"],
          ]
        : ["one", "two <b>"],
    request: { path: "/here" },
    session: { user: "ada" },
    g: { x: "gx" },
    config: { DEBUG: false },
  };

  it("calls url_for and get_flashed_messages with keyword arguments", () => {
    expect(env.render("flask.html", context)).toBe(
      '<link href="/static/style.css">\n<a href="/u/3">me</a>\n<li>one</li><li>two &lt;b&gt;</li>\n<li class="message">one</li><li class="error">two &lt;b&gt;</li>\n/here ada gx False',
    );
  });

  it("supports {% with %} and treats an empty list as false", () => {
    expect(env.render("messages.html", { get_flashed_messages: () => [] })).toBe("none");
    expect(env.render("messages.html", { get_flashed_messages: () => ["hi"] })).toBe(
      "<ul><li>hi</li></ul>",
    );
  });

  it("hands keyword arguments to JavaScript as one trailing object", () => {
    const calls: unknown[][] = [];
    const record = (...args: unknown[]) => {
      calls.push(args);
      return "";
    };
    env.renderString("{{ f('profile', id=3) }}{{ f() }}{{ f(1, 2) }}", { f: record });
    expect(calls).toEqual([["profile", { id: 3 }], [], [1, 2]]);
  });

  it("keeps methods of class instances callable (request.args.get)", () => {
    class Args {
      get(key: string, fallback = "") {
        return key === "q" ? "found" : fallback;
      }
    }
    expect(env.renderString("{{ a.get('q') }}|{{ a.get('x', 'none') }}", { a: new Args() })).toBe(
      "found|none",
    );
  });

  it("globals are read/write and a context value wins over a global", () => {
    const own = makeEnv();
    own.addGlobal("site", "Kolba");
    expect(own.renderString("{{ site }}", {})).toBe("Kolba");
    expect(own.renderString("{{ site }}", { site: "Mine" })).toBe("Mine");
    own.globals = { other: 1 };
    expect(own.renderString("{{ site }}{{ other }}", {})).toBe("1");
  });

  it("custom filters and tests receive keyword arguments as an object", () => {
    const own = makeEnv();
    own.addFilter(
      "wrap",
      (value: string, options?: { left?: string }) => `${options?.left ?? "["}${value}]`,
    );
    own.addTest("short", (value: string) => value.length < 3);
    expect(own.renderString("{{ 'x'|wrap }}{{ 'y'|wrap(left='<') }}{{ 'ab' is short }}", {})).toBe(
      "[x]&lt;y]True",
    );
  });

  it("splitKeywordArgs and callWithKeywords follow the same convention", () => {
    expect(splitKeywordArgs(["a", { id: 3, __keywords: true }])).toEqual({
      args: ["a"],
      kwargs: { id: 3 },
    });
    expect(splitKeywordArgs(["a"])).toEqual({ args: ["a"], kwargs: undefined });
    expect(
      callWithKeywords((...args: unknown[]) => args, ["p", { id: 3, __keywords: true }]),
    ).toEqual(["p", { id: 3 }]);
  });

  it("htmlSafeJsonDumps escapes like Flask's tojson", () => {
    expect(htmlSafeJsonDumps({ b: "</script>", a: "'&" })).toBe(
      '{"a": "\\u0027\\u0026", "b": "\\u003c/script\\u003e"}',
    );
  });
});

describe("errors", () => {
  const env = makeEnv();

  it("a missing template raises TemplateNotFound named after it", () => {
    const error = caught(() => env.render("nothere.html"));
    expect(error).toBeInstanceOf(TemplateNotFound);
    expect((error as Error).name).toBe("TemplateNotFound");
    expect((error as Error).message).toBe("nothere.html");
  });

  it("a missing extends or include target raises TemplateNotFound too", () => {
    const extendsError = caught(() => env.render("extends_missing.html"));
    expect(extendsError).toBeInstanceOf(TemplateNotFound);
    expect((extendsError as Error).message).toBe("missing-layout.html");
    const includeError = caught(() => env.render("include_missing.html"));
    expect(includeError).toBeInstanceOf(TemplateNotFound);
    expect((includeError as Error).message).toBe("missing-part.html");
  });

  it("refuses names that climb out of the folder", () => {
    expect(caught(() => env.render("../secret.html"))).toBeInstanceOf(TemplateNotFound);
  });

  it("an unclosed block is a TemplateSyntaxError at the last line", () => {
    const error = caught(() => env.render("broken.html", { items: [] })) as TemplateSyntaxError;
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect(error.name).toBe("TemplateSyntaxError");
    expect(error.filename).toBe("templates/broken.html");
    expect(error.templateName).toBe("broken.html");
    expect(error.lineno).toBe(3);
    expect(error.message).toBe("unexpected end of template (templates/broken.html, line 3)");
  });

  it("a bad expression reports line and column", () => {
    const error = caught(() => env.render("broken2.html")) as TemplateSyntaxError;
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect([error.filename, error.lineno, error.colno]).toEqual(["templates/broken2.html", 1, 18]);
  });

  it("a syntax error in an included template names that template", () => {
    const error = caught(() =>
      env.render("uses_broken.html", { items: [] }),
    ) as TemplateSyntaxError;
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect([error.filename, error.lineno]).toEqual(["templates/broken.html", 3]);
  });

  it("a runtime error names the template and line and keeps the cause", () => {
    const cause = new TypeError("kaboom");
    const error = caught(() =>
      env.render("boom.html", {
        explode: () => {
          throw cause;
        },
      }),
    ) as TemplateRuntimeError;
    expect(error).toBeInstanceOf(TemplateRuntimeError);
    expect(error.cause).toBe(cause);
    expect([error.filename, error.lineno]).toEqual(["templates/boom.html", 2]);
    expect(error.message).toBe("kaboom (templates/boom.html, line 2, column 14)");
  });

  it("an error after an include is charged to the including template", () => {
    const tree = {
      "templates/a.html": "{% include 'b.html' %}\n{{ boom() }}",
      "templates/b.html": "<b>1</b>",
    };
    const error = caught(() =>
      makeEnv(tree).render("a.html", {
        boom: () => {
          throw new Error("bad");
        },
      }),
    ) as TemplateRuntimeError;
    expect([error.filename, error.lineno]).toEqual(["templates/a.html", 2]);
  });

  it("an error inside a child block names the child template", () => {
    const tree = {
      "templates/c.html": "{% extends 'l.html' %}{% block x %}\n\n{{ boom() }}{% endblock %}",
      "templates/l.html": "L{% block x %}{% endblock %}",
    };
    const error = caught(() =>
      makeEnv(tree).render("c.html", {
        boom: () => {
          throw new Error("bad");
        },
      }),
    ) as TemplateRuntimeError;
    expect([error.filename, error.lineno]).toEqual(["templates/c.html", 3]);
  });

  it("assigning an attribute of a non-namespace fails as in Jinja", () => {
    const error = caught(() =>
      env.renderString("{% set d = {} %}{% set d.x = 1 %}", {}),
    ) as TemplateRuntimeError;
    expect(error.reason).toBe("cannot assign attribute on non-namespace object");
  });
});

describe("template loading", () => {
  it("caches compiled templates until autoReload sees the file change", () => {
    const tree: Record<string, string> = { "templates/a.txt": "one" };
    let reads = 0;
    const files: FileSource = {
      readText: (path) => {
        reads += 1;
        return tree[path] ?? null;
      },
    };
    const cached = createTemplateEnvironment({ files });
    expect(cached.render("a.txt")).toBe("one");
    tree["templates/a.txt"] = "two";
    expect(cached.render("a.txt")).toBe("one");
    cached.clearCache();
    expect(cached.render("a.txt")).toBe("two");

    const reloading = createTemplateEnvironment({ files, autoReload: true });
    expect(reloading.render("a.txt")).toBe("two");
    tree["templates/a.txt"] = "three";
    expect(reloading.render("a.txt")).toBe("three");
    expect(reads).toBeGreaterThan(0);
  });

  it("uses stat when the source offers it", () => {
    const tree: Record<string, string> = { "views/a.html": "v1" };
    let mtimeMs = 1;
    const env = createTemplateEnvironment({
      files: { readText: (p) => tree[p] ?? null, stat: (p) => (p in tree ? { mtimeMs } : null) },
      templateFolder: "views",
      autoReload: true,
    });
    expect(env.render("a.html")).toBe("v1");
    tree["views/a.html"] = "v2";
    expect(env.render("a.html")).toBe("v1");
    mtimeMs = 2;
    expect(env.render("a.html")).toBe("v2");
  });

  it("getTemplate exposes name, filename and autoescape", () => {
    const template = makeEnv().getTemplate("note.txt");
    expect([template.name, template.filename, template.autoescape]).toEqual([
      "note.txt",
      "templates/note.txt",
      false,
    ]);
    expect(template.render({ name: "x" })).toBe("Hi x!");
  });
});

describe("documented differences from Jinja", () => {
  const env = makeEnv();

  it("whole-valued floats print without .0 (Jinja: 2.0|4.0|0.0)", () => {
    expect(
      env.renderString("{{ 2.5|round }}|{{ 3.5|round }}|{{ 'x'|float }}|{{ 2.675|round(2) }}", {}),
    ).toBe("2|4|0|2.67");
  });
});

describe("attribute lookup falls back to item lookup, as Jinja's getattr does", () => {
  it("reads MultiDict, Headers and dict keys as attributes and items; missing ones are Undefined", async () => {
    const { Headers, MultiDict } = await import("../../sandbox-runtime/flask/datastructures.ts");
    const env = createTemplateEnvironment({ files: { readText: () => null } });
    const ctx = {
      args: new MultiDict([
        ["q", "a"],
        ["q", "b"],
      ]),
      headers: new Headers({ Host: "localhost", "X-Token": "t" }),
      m: new Map([["key", "v"]]),
    };
    // Expected strings rendered by Jinja 3.1 with the same values (Werkzeug MultiDict, Headers, dict).
    expect(
      env.renderString(
        '{{ args.q }}|{{ args["q"] }}|{{ args.get("q") }}|[{{ args.zz }}]|{{ args.get("zz") }}|{{ args.getlist("q") }}',
        ctx,
      ),
    ).toBe("a|a|a|[]|None|[&#39;a&#39;, &#39;b&#39;]");
    expect(
      env.renderString(
        '{{ headers.host }}|{{ headers["X-Token"] }}|{{ headers.get("x-token") }}|[{{ headers.nope }}]',
        ctx,
      ),
    ).toBe("localhost|t|t|[]");
    expect(
      env.renderString('{{ m.key }}|{{ m["key"] }}|[{{ m.nope }}]|{{ m.nope is defined }}', ctx),
    ).toBe("v|v|[]|False");
    expect(
      env.renderString("{{ [args] | map(attribute='q') | list }}|{{ args | attr('q') }}", ctx),
    ).toBe("[&#39;a&#39;]|");
  });
});
