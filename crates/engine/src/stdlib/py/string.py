"""string: character-class constants, capwords and Template.

Coroscope's own implementation of CPython 3.11's module. Template
placeholders are found by scanning rather than with a regular expression;
they follow CPython's default pattern (`$$`, `$name`, `${name}`, names
being ASCII identifiers) and its error messages.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep, capitalizes each word, joins with sep (or a space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


def _identifier_at(text, i):
    """The length of the ASCII identifier starting at text[i] (0 if none)."""
    if i >= len(text) or text[i] not in _ID_START:
        return 0
    j = i + 1
    while j < len(text) and text[j] in _ID_REST:
        j += 1
    return j - i


class _Placeholder:
    """One `$...` occurrence: kind is escaped/named/braced/invalid."""

    def __init__(self, kind, start, end, name):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name


class Template:
    """A string with $-substitutions: substitute(), safe_substitute()."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields literal text (str) and _Placeholder objects in order."""
        text = self.template
        delim = self.delimiter
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0:
                if pos < len(text):
                    yield text[pos:]
                return
            if i > pos:
                yield text[pos:i]
            j = i + len(delim)
            n = _identifier_at(text, j)
            if text.startswith(delim, j):
                ph = _Placeholder('escaped', i, j + len(delim), None)
            elif n:
                ph = _Placeholder('named', i, j + n, text[j:j + n])
            elif text.startswith('{', j) and _identifier_at(text, j + 1) and \
                    text.startswith('}', j + 1 + _identifier_at(text, j + 1)):
                n = _identifier_at(text, j + 1)
                ph = _Placeholder('braced', i, j + n + 2, text[j + 1:j + 1 + n])
            else:
                ph = _Placeholder('invalid', i, j, None)
            yield ph
            pos = ph.end

    def _invalid(self, ph):
        i = ph.end
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def substitute(self, mapping=None, /, **kws):
        """Replaces every placeholder; KeyError for a missing name."""
        mapping = _merge(mapping, kws)
        out = []
        for part in self._scan():
            if isinstance(part, str):
                out.append(part)
            elif part.kind == 'escaped':
                out.append(self.delimiter)
            elif part.kind == 'invalid':
                self._invalid(part)
            else:
                out.append(str(mapping[part.name]))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute, but leaves unknown or invalid placeholders as they are."""
        mapping = _merge(mapping, kws)
        out = []
        for part in self._scan():
            if isinstance(part, str):
                out.append(part)
            elif part.kind == 'escaped':
                out.append(self.delimiter)
            elif part.kind == 'invalid':
                out.append(self.template[part.start:part.end])
            else:
                try:
                    out.append(str(mapping[part.name]))
                except KeyError:
                    out.append(self.template[part.start:part.end])
        return ''.join(out)

    def is_valid(self):
        """False if the template has an invalid placeholder."""
        for part in self._scan():
            if not isinstance(part, str) and part.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for part in self._scan():
            if isinstance(part, str):
                continue
            if part.kind in ('named', 'braced') and part.name not in ids:
                ids.append(part.name)
        return ids


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping
