"""How many texts the importer's caches of labels, headings and lines keep.

Each text a rule reads again and again (a heading's label, a line's cleaned title, whether it asks) is worked out
once and kept. The caches hold the distinct labels and headings of a document of ten thousand questions: a cache
too small for them, once full, dropped each text before it was asked about again, so every look-up worked it out
anew (8,000 numbered questions took six times the work of 2,000 instead of four).
"""

LABEL_CACHE = 1 << 15
