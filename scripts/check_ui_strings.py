#!/usr/bin/env python3
"""Fails when UI code draws a user-facing string that is not from the translation table.

Every string a user sees must come from src/ui/i18n_strings.hpp through tr(). In the other UI sources a
string literal may only be an identifier-like token or punctuation: an ImGui id ("##text"), a widget name
for the test surface ("task.content"), a JSON key, a format string without words ("%s — %s"). A literal with
non-ASCII letters, or with two words separated by a space, is reported with its file and line. A line that must keep such a
literal (not shown to users) says why with a trailing `// i18n-ok: <reason>`.

Usage: check_ui_strings.py [files or folders...]   (default: src/ui)
"""
import pathlib
import re
import sys

LITERAL = re.compile(r'(?<![A-Za-z0-9_])(?:u8)?"((?:[^"\\\n]|\\.)*)"')
CHAR_LITERAL = re.compile(r"'(?:[^'\\\n]|\\.)'")
WORDS = re.compile(r'[A-Za-z]{2,}\s+[A-Za-z]{2,}')
TABLE = 'i18n_strings.hpp'


def strip_comments(line, in_block):
    """Returns the code part of `line` (comments removed) and whether a block comment is still open."""
    out, i = [], 0
    while i < len(line):
        if in_block:
            end = line.find('*/', i)
            if end < 0:
                return ''.join(out), True
            i, in_block = end + 2, False
        elif line.startswith('//', i):
            break
        elif line.startswith('/*', i):
            in_block, i = True, i + 2
        elif line[i] == '"':
            m = LITERAL.match(line, i)
            end = m.end() if m else len(line)
            out.append(line[i:end])
            i = end
        else:
            out.append(line[i])
            i += 1
    return ''.join(out), in_block


def violations(path):
    found, in_block = [], False
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        code, in_block = strip_comments(line, in_block)
        if 'i18n-ok:' in line or code.lstrip().startswith('#include'):
            continue
        code = CHAR_LITERAL.sub("' '", code)
        for m in LITERAL.finditer(code):
            text = m.group(1)
            if any(ord(c) > 127 and c.isalpha() for c in text) or WORDS.search(text):
                found.append(f'{path}:{number}: chuỗi hiển thị không qua bảng dịch / literal UI string '
                             f'outside the translation table: "{text}"')
    return found


def main(args):
    roots = [pathlib.Path(a) for a in args] or [pathlib.Path(__file__).resolve().parent.parent / 'src' / 'ui']
    files = []
    for root in roots:
        files += sorted(root.rglob('*.[ch]pp')) if root.is_dir() else [root]
    problems = [v for f in files if f.name != TABLE for v in violations(f)]
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f'check_ui_strings: {len(problems)} literal string(s) in UI code; put them in {TABLE}',
              file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
