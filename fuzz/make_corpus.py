#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target from the golden documents (tests/golden).

Run from `fuzz/`: `python3 make_corpus.py`. The seeds are committed; rerun after the golden
files change.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
GOLDEN = HERE.parent / "tests" / "golden" / "accepted"


def golden(name):
    return json.loads((GOLDEN / name).read_text())


def write(target, name, value):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    (folder / name).write_text(text)


for path in sorted(GOLDEN.glob("*.json")):
    write("read_inputs", path.name, path.read_text())
write("cascade", "small.json", golden("cascade__small.json"))
write("cascade", "siulak.json", golden("agency_input__siulak.json")["cascade"])
plan = golden("plan__rina_marlina.json")
measurements = golden("measurements__siulak.json")
for scope in ["2026", "2026-Q1", "2026-Q4"]:
    for reporting in [{"rounding": {"decimals": 2, "mode": "half_up"}}, golden("reporting__each_indicator.json")]:
        write("scoring", f"rina_{scope}_{reporting.get('point', 'total')}.json",
              {"plan": plan, "measurements": measurements, "scope": scope, "reporting": reporting})
query = golden("inverse__kurikulum_merdeka_q4.json")
for band in range(5):
    write("inverse", f"kurikulum_band_{band}.json",
          {"plan": plan, "measurements": measurements, "scope": "2026", "query": query, "band": band})
write("agency", "siulak.json", golden("agency_input__siulak.json"))
rules = golden("distribution__se_menpanrb_3_2023.json")
entries = golden("calibration_entries__siulak.json")
for organisation in ["exceptional", "good", "needs_improvement"]:
    for rounding in ["strict", "half_up"]:
        write("distribution", f"siulak_{organisation}_{rounding}.json",
              {"rules": rules, "organisation": organisation, "rounding": rounding, "entries": entries})
for i, text in enumerate(["85.25", "100", "0.0001", "-0", "2026-Q1", "2026-S2", "2026-03",
                          "2026", "IKI-KUR-1", "198503142010012003"]):
    write("text", f"seed_{i}", text)
OUTPUT = HERE.parent / "tests" / "golden" / "output"
trail = golden("plan_trail__yoga_negotiated.json")
parties = trail[0]["event"]["parties"]
log = golden("feedback_log__dewi.json")
plan = json.loads((OUTPUT / "agreement_plan.json").read_text())
write("agreement", "trail_yoga.json", {"trail": trail})
for cut in [2, 4, 6]:
    write("agreement", f"trail_yoga_first_{cut}.json", {"trail": trail[:cut]})
write("agreement", "parties_yoga.json", {"parties": parties})
write("agreement", "log_dewi.json", {"log": log})
write("agreement", "plans_2026.json", {"plans": [plan], "year": 2026})
write("agreement", "plans_2027.json", {"plans": [plan], "year": 2027})
write("agreement", "everything.json",
      {"trail": trail, "parties": parties, "log": log, "plans": [plan], "year": 2026})
write("records", "agency_siulak.json", {"agency": golden("agency_input__siulak.json")})
write("records", "employee_rina.json", {"employee": golden("records__rina_marlina.json")})
calibration = json.loads((OUTPUT / "calibration.json").read_text())
write("records", "calibration_decided.json", {"calibration": calibration})
waiting = json.loads((OUTPUT / "calibration_waiting.json").read_text())
write("records", "calibration_waiting.json", {"calibration": waiting})
