#!/usr/bin/python3
"""Builds the font bundled for exported images: Liberation Sans 2 (SIL OFL 1.1), Regular and Bold,
subset to the characters of the app's languages (Latin, Latin Extended-A, Cyrillic, punctuation),
saved as WOFF2, plus a table of advance widths for measuring text without a browser.

The OFL reserves the name "Liberation" for the original, so the subset is renamed "Map Export Sans".
Run with Debian's fonts-liberation2, python3-fonttools and python3-brotli installed:
    /usr/bin/python3 scripts/fonts/subset.py   (Debian's Python, where apt installs fontTools)
The outputs are committed: the app's build does not need these tools.
"""
import json
import os
import shutil

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = '/usr/share/fonts/truetype/liberation2'
LICENCE = '/usr/share/doc/fonts-liberation2/copyright'
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'features', 'share', 'export', 'font')
FAMILY = 'Map Export Sans'
WEIGHTS = {'regular': 'Regular', 'bold': 'Bold'}

# Basic Latin, Latin-1, Latin Extended-A, Cyrillic, general punctuation (spaces such as the narrow
# no-break space French number formats use, dashes, quotes, ellipsis,
# guillemets), the numero sign, arrows, the euro, the multiplication and minus signs, and the modifier
# letter apostrophe of Ukrainian (ʼ).
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x17F), (0x2BC, 0x2BC), (0x400, 0x45F), (0x490, 0x491), (0x2000, 0x206F), (0x2116, 0x2116), (0x2190, 0x2195), (0x20AC, 0x20AC), (0x2212, 0x2212)]
UNICODES = [c for lo, hi in RANGES for c in range(lo, hi + 1)]


def rename(font, style):
    full = f'{FAMILY} {style}' if style != 'Regular' else FAMILY
    ps = f"{FAMILY.replace(' ', '')}-{style}"
    for record in font['name'].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 3:
            record.string = f'{ps} (subset of Liberation Sans 2)'
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = ps


def build(key, style):
    options = subset.Options()
    options.flavor = 'woff2'
    # No kerning, ligatures or hinting: each character is drawn at its advance width in every
    # renderer, so the measured layout is the drawn one.
    options.layout_features = []
    options.drop_tables += ['kern', 'GPOS', 'GSUB', 'FFTM']
    options.hinting = False
    options.name_IDs = ['*']
    options.notdef_outline = True
    # Keep the source's timestamp, so that a rerun gives the same bytes.
    font = TTFont(os.path.join(SOURCE, f'LiberationSans-{style}.ttf'), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    rename(font, style)
    font.flavor = 'woff2'
    font.save(os.path.join(OUT, f'MapExportSans-{style}.woff2'))
    cmap = font.getBestCmap()
    hmtx = font['hmtx']
    # One string of characters and their advance widths in font units, in code point order.
    chars = sorted(c for c in cmap if c in set(UNICODES))
    return {'chars': ''.join(chr(c) for c in chars), 'advances': [hmtx[cmap[c]][0] for c in chars]}


def main():
    os.makedirs(OUT, exist_ok=True)
    regular = TTFont(os.path.join(SOURCE, 'LiberationSans-Regular.ttf'))
    units = regular['head'].unitsPerEm
    # The line box browsers give a text (getBBox): from the ascender to the descender, in em.
    ascent = regular['hhea'].ascent / units
    descent = -regular['hhea'].descent / units
    metrics = {'family': FAMILY, 'unitsPerEm': units, 'ascent': ascent, 'descent': descent, **{key: build(key, style) for key, style in WEIGHTS.items()}}
    with open(os.path.join(OUT, 'metrics.json'), 'w', encoding='utf-8') as f:
        json.dump(metrics, f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')
    shutil.copyfile(LICENCE, os.path.join(OUT, 'LICENSE.txt'))


if __name__ == '__main__':
    main()
