#!/usr/bin/env python3
"""Builds heldout3.jsonl from the posts_*.py files and the phone pool phones.tsv (see README.md)."""
import importlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import dsl

POOL = {}
for line in (HERE / "phones.tsv").read_text(encoding="utf-8").splitlines():
    region, e164, intl, nat, _ = line.split("\t")
    POOL.setdefault(region, []).append((e164, intl, nat))

AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def groups(digits, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(digits):
            break
        out.append(digits[i:i + s]); i += s
    if i < len(digits):
        out[-1] += digits[i:]
    return out


def render(e164, intl, nat, style):
    nat_digits = re.sub(r"\D", "", nat)
    cc = intl.split(" ")[0]
    nsn = e164[len(cc):]
    if style == "i": return intl
    if style == "e": return e164
    if style == "z": return "00" + intl[1:]
    if style == "zc": return "00" + e164[1:]
    if style == "n": return nat
    if style == "nd": return nat_digits
    if style == "dot": return ".".join(groups(nat_digits, [4, 3, 2, 2, 2] if len(nat_digits) > 9 else [3, 2, 2, 2]))
    if style == "dash": return "-".join(groups(nat_digits, [3, 3, 4] if len(nat_digits) >= 10 else [2, 3, 3]))
    if style == "slash": return nat_digits[:3] + "/" + nat_digits[3:6] + "-" + nat_digits[6:]
    if style == "s3": return cc + " " + " ".join(groups(nsn, [3, 3, 3, 3]))
    if style == "paren": return "(" + cc + ") " + nsn
    if style == "a": return intl.translate(AR)
    if style == "an": return nat.translate(AR)
    if style == "pn": return nat_digits.translate(FA)
    if style == "pi": return intl.translate(FA)
    if style == "em": return cc + " " + " 📲 ".join(groups(nsn, [3, 3, 4]))
    if style == "emn": return " ☎️ ".join(groups(nat_digits, [4, 3, 4]))
    if style == "sp": return " ".join(nat_digits)
    raise SystemExit(f"unknown phone style {style}")


def main():
    files = sorted(HERE.glob("posts_*.py"))
    for f in files:
        importlib.import_module(f.stem)
    used, out = {}, []
    taken = {r: 0 for r in POOL}
    for n, p in enumerate(dsl.POSTS, 1):
        rid = f"h3-{n:04d}"
        phones = []

        def fill(m):
            region, slot, style = m.group(1), m.group(2), m.group(3)
            key = (rid, region, slot)
            if key not in used:
                if taken[region] >= len(POOL[region]):
                    raise SystemExit(f"{rid}: phone pool of {region} exhausted")
                used[key] = POOL[region][taken[region]]; taken[region] += 1
            e164, intl, nat = used[key]
            if e164 not in phones:
                phones.append(e164)
            return render(e164, intl, nat, style)

        text = re.sub(r"\{([A-Z]{2})(\d*):(\w+)\}", fill, p["text"])
        rec = {"id": rid, "lang": p["lang"], "platform": p["platform"], "text": text, "is_offer": p["is_offer"],
               "category": p["category"], "prices": p["prices"], "routes": p["routes"], "phones": phones,
               "notes": p["notes"]}
        out.append(json.dumps(rec, ensure_ascii=False))
    target = HERE.parent / "heldout3.jsonl"
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} records to {target}")


if __name__ == "__main__":
    main()
