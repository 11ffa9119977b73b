#!/usr/bin/env python3
"""Makes the single-file app: index.html with the app script (built with SINGLE_FILE, wasm and data embedded)
inline instead of loaded from index.js.

Usage: make_single_file.py <index.html> <single/index.js> <output.html>
"""
import pathlib
import sys


def main(html_path, js_path, out_path):
    html = pathlib.Path(html_path).read_text(encoding='utf-8')
    js = pathlib.Path(js_path).read_text(encoding='utf-8')
    begin = html.index('// KSTTHC-LOADER-BEGIN')
    end = html.index('// KSTTHC-LOADER-END') + len('// KSTTHC-LOADER-END')
    html = html[:begin] + '// The app script follows inline (single-file build).' + html[end:]
    # The favicon and manifest are separate files in the normal build; one file carries neither.
    html = html.replace('<link rel="manifest" href="manifest.webmanifest">\n', '')
    inline = '<script>\n' + js.replace('</script', '<\\/script') + '\n</script>\n'
    at = html.rindex('</body>')
    html = html[:at] + inline + html[at:]
    pathlib.Path(out_path).write_text(html, encoding='utf-8')


if __name__ == '__main__':
    main(*sys.argv[1:4])
