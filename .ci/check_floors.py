#!/usr/bin/env python3
"""Compare score.py --json figures with the floors in .ci/devset-floors.json; exit 1 on any regression."""
import json
import sys

scores, floors = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
ev, at = scores["events"]["overall"], scores["event_attributes"]
figures = {
    "events_f1": ev["f1"],
    "count_accuracy": at["count"]["accuracy"],
    "date_accuracy": at["date"]["accuracy"],
    "location_accuracy": at["location"]["accuracy"],
    "estimates_f1": scores["estimates"]["overall"]["f1"],
    "motives_f1": scores["motives"]["overall"]["f1"],
    "people_f1": scores["people"]["f1"],
    "quotes_f1": scores["quotes"]["f1"],
}
failed = False
for name, floor in floors.items():
    if name.startswith("_"):
        continue
    value = figures[name] or 0.0
    ok = value + 1e-9 >= floor
    failed |= not ok
    print(f"  {name:<18} {value:.3f}  floor {floor:.3f}  {'ok' if ok else 'BELOW FLOOR'}")
sys.exit(1 if failed else 0)
