#!/usr/bin/python3
"""Reads a .docx the app wrote with python-docx (Debian's python3-docx) and prints what the e2e test checks,
as JSON: the sections' page size and margins (mm), the fonts named in the styles and runs, the tables (rows,
columns, whether the first row repeats as a header) and every paragraph's text, in the body and in tables.

Usage: read_docx.py <file.docx>
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def mm(length):
    return round(length.mm, 1) if length is not None else None


def main(path):
    d = docx.Document(path)
    sections = [{
        'width': mm(s.page_width), 'height': mm(s.page_height), 'top': mm(s.top_margin),
        'bottom': mm(s.bottom_margin), 'left': mm(s.left_margin), 'right': mm(s.right_margin),
        'differentFirstPage': bool(s.different_first_page_header_footer),
        'header': [p.text for p in s.header.paragraphs],
        'headerXml': s.header._element.xml if s.header is not None else '',
    } for s in d.sections]
    fonts = set()
    defaults = d.styles.element.find(qn('w:docDefaults'))
    if defaults is not None:
        for f in defaults.iter(qn('w:rFonts')):
            fonts.add(f.get(qn('w:ascii')))
    paragraphs = [p.text for p in d.paragraphs]
    tables = []
    for t in d.tables:
        first = t.rows[0]._tr if t.rows else None
        repeat = first is not None and first.find('.//' + qn('w:tblHeader')) is not None
        texts = [[c.text for c in r.cells] for r in t.rows]
        tables.append({'rows': len(t.rows), 'columns': len(t.columns), 'headerRepeats': repeat, 'cells': texts})
        for r in t.rows:
            for c in r.cells:
                for p in c.paragraphs:
                    for run in p.runs:
                        if run.font.name:
                            fonts.add(run.font.name)
    json.dump({'sections': sections, 'fonts': sorted(f for f in fonts if f), 'paragraphs': paragraphs,
               'tables': tables}, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
