"""textwrap: wrap, fill, shorten, dedent, indent and TextWrapper.

Coroscope's own implementation. CPython 3.11 splits text into chunks with
a regular expression (whitespace runs, words, hyphenated word parts,
em-dashes); `_chunks` below recognises the same chunks by scanning, so
lines break exactly where CPython breaks them. The line-filling loop
follows TextWrapper._wrap_chunks.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '


def _is_ws(c):
    return c in _WHITESPACE


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _letter_at(text, i):
    c = _at(text, i)
    return c != '' and _is_letter(c)


def _dash_run_then_word(text, i):
    """At i: two or more '-' followed by a word character."""
    j = i
    while _at(text, j) == '-':
        j += 1
    c = _at(text, j)
    return j - i >= 2 and c != '' and _is_word(c)


def _hyphen_breaks(text, i):
    """Whether a word may break after the hyphen at text[i]."""
    behind = (_letter_at(text, i - 2) and _letter_at(text, i - 1)) or \
             (_letter_at(text, i - 3) and _at(text, i - 2) == '-' and _letter_at(text, i - 1))
    if not behind or not _letter_at(text, i + 1):
        return False
    if _letter_at(text, i + 2):
        return True
    return _at(text, i + 2) == '-' and _letter_at(text, i + 3)


def _chunks(text, break_on_hyphens):
    """Splits text into whitespace runs and (parts of) words."""
    chunks = []
    n = len(text)
    pos = 0
    while pos < n:
        if _is_ws(text[pos]):
            end = pos
            while end < n and _is_ws(text[end]):
                end += 1
        elif not break_on_hyphens:
            end = pos
            while end < n and not _is_ws(text[end]):
                end += 1
        elif text[pos] == '-' and pos > 0 and _is_word_punct(text[pos - 1]) and _dash_run_then_word(text, pos):
            end = pos
            while text[end] == '-':
                end += 1
        else:
            end = pos + 1
            # The shortest word prefix followed by a breakable hyphen (taken
            # with it), the end of the word, or an em-dash.
            while True:
                if _at(text, end) == '-' and _hyphen_breaks(text, end):
                    end += 1
                    break
                if end >= n or _is_ws(text[end]):
                    break
                if _is_word_punct(text[end - 1]) and _dash_run_then_word(text, end):
                    break
                end += 1
        chunks.append(text[pos:end])
        pos = end
    return chunks


def _ends_sentence(chunk):
    """chunk ends like `[a-z][.!?]["']?`."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text to a width; see the module functions."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _WHITESPACE:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        return _chunks(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = list(reversed(chunks))
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            length = 0
            while pending and length + len(pending[-1]) <= width:
                length += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            fits = (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not pending or self.drop_whitespace and len(pending) == 1
                        and not pending[0].strip()) and length <= width)
            if fits:
                lines.append(indent + ''.join(line))
                continue
            # Out of lines: end with the placeholder where it fits.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps a paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to width with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace common to the start of every line."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and _leading(line) == line:
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading(line)
        if margin is None or indent.startswith(margin):
            if margin is None:
                margin = indent
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            while common < len(margin) and common < len(indent) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (default:
    lines that are not whitespace only)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
