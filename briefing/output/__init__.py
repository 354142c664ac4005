"""The output side: memos and digests into files, each fitted to one printed page.

`render` (templates to Markdown, HTML and JSON), `files` (atomic writes), `folder` (the output
folder and its manifest), `fit` (one page, by giving way), `proofs` (one page, proved without a
layout), `pages` (WeasyPrint layout and PDF) and `fonts` (the memo's own fonts). Imports run one
way, in that order from the top: nothing here imports a module that imports it back.
"""
