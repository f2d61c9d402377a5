#!/usr/bin/env python3
"""One source of truth for the JSON format: every JSON bulletin the tests and the fuzzer keep, good or bad
(tests/data/**/*.json, resources/bulletins/*.json, fuzz/corpus/json/*.json), is judged by docs/bulletin.schema.json
with jsonschema and by the program's loader (bulletin-dashboard FILE --export-data OUT.json), and the two agree:
both accept it or both refuse it.

Beyond the schema, the loader may refuse only for what the schema's description leaves to it: references between
ids, unique ids, what each chart kind needs, rank <= rank_of. A file is read for the schema as the format says:
UTF-8 with or without a byte-order mark, one JSON text, finite numbers, no name given twice in an object.

usage: tst_schema.py SOURCE_DIR BULLETIN_DASHBOARD_BINARY
"""

import json
import math
import pathlib
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    sys.exit("tst_schema: python3-jsonschema is needed (tools/bootstrap.sh installs it)")

# What the loader checks and the schema does not (see the schema's description), as the loader words it.
LOADER_ONLY = [
    re.compile(p)
    for p in (
        r'duplicate (section|indicator|chart) id "',
        r'names unknown (section|indicator) "',
        r'chart ".*" names unknown indicator "',
        r"a comparison chart needs value and province_value",
        r"a ranking chart needs a rank",
        r"a bar chart needs a value",
        r"a bar chart needs indicators of one unit",
        r"expected a rank within 1\.\.",
    )
]


class NotJson(Exception):
    pass


def no_duplicates(pairs):
    names = [name for name, _ in pairs]
    for name in names:
        if names.count(name) > 1:
            raise NotJson(f'the name "{name}" is given twice in one object')
    return dict(pairs)


def finite(text):
    number = float(text)
    if not math.isfinite(number):
        raise NotJson(f"{text} is not a finite number")
    return number


def refuse_constant(name):
    raise NotJson(f"{name} is not JSON")


def read_instance(path):
    """The JSON value of the file, or NotJson/ValueError when it is no JSON text as the format defines it."""
    text = path.read_bytes().decode("utf-8-sig")  # strict: invalid UTF-8 raises
    if "\0" in text:
        raise NotJson("a NUL character")
    return json.loads(
        text,
        object_pairs_hook=no_duplicates,
        parse_float=finite,
        parse_int=lambda t: int(t) if math.isfinite(float(t)) else refuse_constant(t),
        parse_constant=refuse_constant,
    )


def schema_verdict(validator, path):
    """(accepted, reasons)"""
    try:
        instance = read_instance(path)
    except (NotJson, ValueError, RecursionError) as error:
        return False, [f"not a JSON text: {error}"]
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    return not errors, [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}" for e in errors]


def loader_verdict(binary, path, out_dir):
    """(accepted, messages)"""
    output = out_dir / "out.json"
    if output.exists():
        output.unlink()
    run = subprocess.run(
        [binary, str(path), "--lang", "en", "--export-data", str(output), "--force"],
        capture_output=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "HOME": str(out_dir)},
    )
    err = run.stderr.decode("utf-8", "replace")
    if run.returncode not in (0, 2):
        raise RuntimeError(f"{path}: exit status {run.returncode}: {err}")
    prefix = str(path) + ":"
    messages = [line for line in err.splitlines() if line.startswith(prefix)]
    if run.returncode == 2 and not messages:
        raise RuntimeError(f"{path}: refused without a message naming the file: {err}")
    return run.returncode == 0, messages


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source = pathlib.Path(sys.argv[1]).resolve()
    binary = sys.argv[2]
    schema = json.loads((source / "docs/bulletin.schema.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)

    files = sorted(
        set(source.glob("tests/data/**/*.json"))
        | set(source.glob("resources/bulletins/*.json"))
        | set(source.glob("fuzz/corpus/json/*.json"))
    )
    disagreements = []
    counts = {}
    with tempfile.TemporaryDirectory() as out:
        for path in files:
            name = path.relative_to(source)
            by_schema, reasons = schema_verdict(validator, path)
            by_loader, messages = loader_verdict(binary, path, pathlib.Path(out))
            counts[(by_schema, by_loader)] = counts.get((by_schema, by_loader), 0) + 1
            if by_schema == by_loader:
                continue
            if by_schema and all(any(p.search(m) for p in LOADER_ONLY) for m in messages):
                continue  # refused for what only the loader checks
            disagreements.append(
                f"{name}: the schema {'accepts' if by_schema else 'refuses'} it, the loader "
                f"{'accepts' if by_loader else 'refuses'} it\n    schema: "
                + ("\n            ".join(reasons) or "valid")
                + "\n    loader: "
                + ("\n            ".join(messages) or "accepted")
            )

    print(
        f"{len(files)} files: {counts.get((True, True), 0)} accepted by both, {counts.get((False, False), 0)} refused "
        f"by both, {counts.get((True, False), 0)} refused by the loader alone for what only it checks"
    )
    problems = list(disagreements)
    if len(files) < 100:
        problems.append(f"only {len(files)} JSON files found under {source}")
    if counts.get((True, True), 0) < 5 or counts.get((False, False), 0) < 50:
        problems.append("expected good files accepted by both and bad files refused by both")
    for problem in problems:
        print("FAIL: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
