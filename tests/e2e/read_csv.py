#!/usr/bin/python3
"""Reads a CSV the app wrote with Python's csv module (RFC 4180, as a spreadsheet would) and prints, as JSON,
whether it starts with the UTF-8 byte order mark, whether every record ends with CR LF, and its rows.

Usage: read_csv.py <file.csv>
"""
import csv
import io
import json
import sys


def main(path):
    raw = open(path, 'rb').read()
    bom = raw.startswith(b'\xef\xbb\xbf')
    text = raw.decode('utf-8-sig')
    rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    # Outside quoted cells every line break is CR LF.
    quoted, bare = False, 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == '\n' and not quoted and (i == 0 or text[i - 1] != '\r'):
            bare += 1
    json.dump({'bom': bom, 'bareLineFeeds': bare, 'rows': rows}, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
