#!/usr/bin/env python3
"""Makes the single-file app: index.html with the app script (built with SINGLE_FILE, wasm and data embedded)
inline instead of loaded from index.js, and the report module (also SINGLE_FILE) inline before it, so that
printing and the .docx/CSV work from a USB stick without a second file.

Usage: make_single_file.py <index.html> <single/index.js> <output.html> <single/report.js>
"""
import pathlib
import urllib.parse
import sys


def inline_script(js):
    return '<script>\n' + js.replace('</script', '<\\/script') + '\n</script>\n'


def main(html_path, js_path, out_path, report_path):
    html = pathlib.Path(html_path).read_text(encoding='utf-8')
    js = pathlib.Path(js_path).read_text(encoding='utf-8')
    begin = html.index('// KSTTHC-LOADER-BEGIN')
    end = html.index('// KSTTHC-LOADER-END') + len('// KSTTHC-LOADER-END')
    html = html[:begin] + '// The app script follows inline (single-file build).' + html[end:]
    # The manifest is a separate file in the normal build; one file carries none. The icon goes inside.
    html = html.replace('<link rel="manifest" href="manifest.webmanifest">\n', '')
    icon = (pathlib.Path(html_path).parent / 'favicon.svg').read_text(encoding='utf-8')
    html = html.replace('href="favicon.svg"', 'href="data:image/svg+xml,' + urllib.parse.quote(icon) + '"')
    report = pathlib.Path(report_path).read_text(encoding='utf-8')
    inline = inline_script(report) + inline_script(js)
    at = html.rindex('</body>')
    html = html[:at] + inline + html[at:]
    pathlib.Path(out_path).write_text(html, encoding='utf-8')


if __name__ == '__main__':
    main(*sys.argv[1:5])
