"""Validate notebooks against the nbformat 4 schema. Prints a JSON object {path: [errors]} on stdout."""
import json
import sys

import nbformat

result = {}
for path in sys.argv[1:]:
    errors = []
    try:
        nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        if nb.get("nbformat") != 4:
            errors.append(f"nbformat {nb.get('nbformat')}, expected 4")
        validator = nbformat.validator.get_validator(4, nb.get("nbformat_minor", 4))
        errors += [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(nb)]
    except Exception as e:  # not JSON, not a notebook
        errors.append(str(e))
    result[path] = errors
print(json.dumps(result))
