#!/usr/bin/env python3
"""Finishes build-wasm/dist after the app is linked: the service worker with this build's version (a hash of
the files it caches) and the app icons (PNG, drawn here from the same design as web/favicon.svg).

Usage: finish_dist.py <source dir> <dist dir>
"""
import hashlib
import pathlib
import struct
import sys
import zlib


def png(size, pixel):
    """A size×size RGBA PNG whose pixels come from pixel(x, y) -> (r, g, b, a) for x, y in [0, 1)."""
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            rows.extend(pixel((x + 0.5) / size, (y + 0.5) / size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b''))


def rounded(x, y, x0, y0, x1, y1, r):
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def near_segment(x, y, ax, ay, bx, by, half):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half


def icon(u, v):
    """The favicon's design in a 64-unit box: red tile, white sheet, red lines, green tick."""
    x, y = u * 64, v * 64
    red, white, green = (0xb3, 0x26, 0x1e, 255), (255, 255, 255, 255), (0x1b, 0x7f, 0x3a, 255)
    if not rounded(x, y, 0, 0, 64, 64, 10):
        return (0, 0, 0, 0)
    if any(near_segment(x, y, ax, ay, bx, by, 2) for ax, ay, bx, by in ((38, 44, 42, 48), (42, 48, 50, 38))):
        return green
    if any(near_segment(x, y, 20, ly, ex, ly, 2) for ly, ex in ((24, 44), (32, 44), (40, 36))):
        return red
    if rounded(x, y, 14, 12, 50, 54, 3):
        return white
    return red


def smooth(size):
    """4× supersampled icon pixel function."""
    def pixel(u, v):
        acc = [0, 0, 0, 0]
        for sy in range(2):
            for sx in range(2):
                c = icon(u + (sx - 0.5) / (2 * size), v + (sy - 0.5) / (2 * size))
                for i in range(4):
                    acc[i] += c[i]
        return bytes(a // 4 for a in acc)
    return pixel


def main(source, dist):
    source, dist = pathlib.Path(source), pathlib.Path(dist)
    for size in (192, 512):
        target = dist / f'icon-{size}.png'
        if not target.exists():
            target.write_bytes(png(size, smooth(size) if size <= 192 else icon))
    digest = hashlib.sha256()
    for name in ('index.html', 'index.js', 'index.wasm', 'index.data', 'manifest.webmanifest', 'favicon.svg',
                 'report.js', 'report.wasm'):
        digest.update((dist / name).read_bytes())
    sw = (source / 'web' / 'sw.js').read_text(encoding='utf-8').replace('__BUILD_VERSION__', digest.hexdigest()[:16])
    (dist / 'sw.js').write_text(sw, encoding='utf-8')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
