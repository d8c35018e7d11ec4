"""json: dumps/dump and loads/load, with JSONDecodeError.

Coroscope's own implementation of CPython 3.11's module: the same output
(separators, indentation, ensure_ascii escapes, float reprs, NaN and
Infinity) and the decoder's error messages with line/column positions.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONDecoder', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """A decoding error: msg, doc, pos, lineno and colno."""

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------- encoding

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        esc = _ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _encode_float(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return repr(float(f))
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    """The encoder dumps() uses; subclass and override default()."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return chunks

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, float):
            return _encode_float(key, self.allow_nan)
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _newline(self, level):
        return '\n' + self.indent * level

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(_encode_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, level, markers)
            self._leave(o, markers)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _encode_list(self, items, out, level, markers):
        if not items:
            out.append('[]')
            return
        self._enter(items, markers)
        out.append('[')
        sep = self.item_separator
        if self.indent is not None:
            level += 1
            sep = sep + self._newline(level)
            out.append(self._newline(level))
        first = True
        for value in items:
            if not first:
                out.append(sep)
            first = False
            self._encode(value, out, level, markers)
        if self.indent is not None:
            out.append(self._newline(level - 1))
        out.append(']')
        self._leave(items, markers)

    def _encode_dict(self, d, out, level, markers):
        if not d:
            out.append('{}')
            return
        self._enter(d, markers)
        out.append('{')
        sep = self.item_separator
        if self.indent is not None:
            level += 1
            sep = sep + self._newline(level)
            out.append(self._newline(level))
        items = list(d.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if self.indent is not None:
            out.append(self._newline(level - 1))
        out.append('}')
        self._leave(d, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialises obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialises obj as JSON to the file-like fp (fp.write)."""
    fp.write(dumps(obj, **kw))


# ---------------------------------------------------------------- decoding

_WS = ' \t\n\r'
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecoder:
    """The decoder loads() uses."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        end = _skip(s, 0)
        value, end = self.raw_decode(s, end)
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    def _value(self, s, i):
        c = s[i:i + 1]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        return self._number(s, i)

    def _number(self, s, i):
        j = i
        if s[j:j + 1] == '-':
            j += 1
        if s[j:j + 1] == '0':
            j += 1
        elif s[j:j + 1].isdigit() and s[j] != '0' and s[j].isascii():
            while s[j:j + 1].isdigit() and s[j].isascii():
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        is_float = False
        if s[j:j + 1] == '.' and s[j + 1:j + 2].isdigit():
            is_float = True
            j += 1
            while s[j:j + 1].isdigit():
                j += 1
        if s[j:j + 1] in ('e', 'E'):
            k = j + 1
            if s[k:k + 1] in ('+', '-'):
                k += 1
            if s[k:k + 1].isdigit():
                is_float = True
                j = k
                while s[j:j + 1].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, start):
        out = []
        i = start
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (ord(s[j]) >= 0x20 or not self.strict):
                j += 1
            out.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, start - 1)
            c = s[j]
            if c == '"':
                return ''.join(out), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            esc = s[j + 1:j + 2]
            if esc == '':
                raise JSONDecodeError('Unterminated string starting at', s, start - 1)
            if esc != 'u':
                if esc not in _UNESCAPE:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                out.append(_UNESCAPE[esc])
                i = j + 2
                continue
            code = _hex4(s, j + 2)
            if code is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, j + 1)
            i = j + 6
            if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                low = _hex4(s, i + 2)
                if low is None:
                    raise JSONDecodeError('Invalid \\uXXXX escape', s, i)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    i += 6
            out.append(chr(code))

    def _object(self, s, i):
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = _skip(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == '}':
                return self._finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        items = []
        i = _skip(s, i)
        if s[i:i + 1] == ']':
            return items, i + 1
        while True:
            value, i = self._value(s, i)
            items.append(value)
            i = _skip(s, i)
            c = s[i:i + 1]
            if c == ']':
                return items, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip(s, i + 1)


def _skip(s, i):
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    digits = s[i:i + 4]
    if len(digits) != 4 or any(c not in '0123456789abcdefABCDEF' for c in digits):
        return None
    return int(digits, 16)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialises a JSON document (str or bytes) to Python objects."""
    if isinstance(s, bytes) or type(s).__name__ == 'bytearray':
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialises the JSON document read from fp."""
    return loads(fp.read(), **kw)
