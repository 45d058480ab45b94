"""Reads a spreadsheet with a row of HXL hashtags through libhxl, as a partner's
tools would, and prints what it found as JSON: the hashtags of the columns, how many
rows, and whether libhxl's core schema finds anything wrong (with each problem)."""

import json
import sys

import hxl

problems = []
source = hxl.data(sys.argv[1], hxl.InputOptions(allow_local=True)).cache()
schema = hxl.schema(callback=lambda error: problems.append(str(error)))
valid = schema.validate(source)
print(
    json.dumps(
        {
            "tags": [column.display_tag for column in source.columns],
            "rows": sum(1 for _ in source),
            "valid": valid,
            "problems": problems,
        }
    )
)
