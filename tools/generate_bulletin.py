#!/usr/bin/env python3
"""Writes a synthetic bulletin of any size, for scale tests and benchmarks.

Every bulletin it writes is valid (docs/bulletin-format.md), says "synthetic": true and carries
合成测试数据 ("synthetic test data") in its title and every section title, so that nobody mistakes its
figures for real ones. The same arguments always give the same bytes.

  tools/generate_bulletin.py --sections 200 --indicators 50 -o big.json
  tools/generate_bulletin.py --sections 20 --indicators 10 --format csv -o big.csv
"""
import argparse
import csv
import io
import json
import random
import sys

MARK = "合成测试数据"
MAX_FILE_SIZE = 32 * 1024 * 1024  # the loader refuses larger files

# (Chinese name, English name, unit, typical value, compared with the province)
MEASURES = [
    ("地区生产总值增速", "GDP growth", "%", 4.0, True),
    ("规模工业增加值增速", "Industrial value added growth", "%", 5.0, True),
    ("固定资产投资增速", "Fixed-asset investment growth", "%", 6.0, True),
    ("社会消费品零售总额", "Retail sales of consumer goods", "亿元", 600.0, False),
    ("进出口总额", "Total imports and exports", "亿元", 150.0, False),
    ("一般公共预算收入", "General public budget revenue", "亿元", 90.0, False),
    ("地方税收收入", "Local tax revenue", "亿元", 50.0, False),
    ("城镇居民人均可支配收入增速", "Urban disposable income growth", "%", 5.5, True),
    ("农村居民人均可支配收入增速", "Rural disposable income growth", "%", 7.0, True),
    ("新增城镇就业", "New urban jobs", "万人", 3.5, False),
    ("重点项目完成投资", "Investment in key projects", "亿元", 300.0, False),
    ("新增市场主体", "New market entities", "户", 20000.0, False),
    ("高新技术产业增加值增速", "High-tech industry value added growth", "%", 9.0, True),
    ("空气质量优良天数比例", "Share of days with good air", "%", 88.0, True),
    ("新增扶贫车间", "New poverty-relief workshops", "家", 300.0, False),
    ("实际利用外资", "Foreign capital used", "亿美元", 5.0, False),
]
WORDS = ["产业", "园区", "县域", "城区", "乡村", "开放", "创新", "民生", "生态", "文旅", "物流", "数字"]


def build(sections, indicators, seed):
    rng = random.Random(seed)
    document = {
        "format_version": 1,
        "bulletin": {
            "id": f"synthetic-{sections}x{indicators}",
            "title": f"{MARK}：{sections}个部分、每部分{indicators}个指标",
            "title_en": f"Synthetic test data: {sections} sections of {indicators} indicators",
            "period": "2020年1—6月",
            "period_en": "January–June 2020",
            "region": "合成市",
            "region_en": "Synthetic City",
            "comparison_region": "合成省",
            "comparison_region_en": "Synthetic Province",
            "comparison_units": 14,
            "intro": f"本公报为{MARK}，由 tools/generate_bulletin.py 生成，数字均为随机生成，不代表任何真实情况。",
            "source_note": f"{MARK}（tools/generate_bulletin.py，seed {seed}）",
            "synthetic": True,
        },
        "key_figures": [],
        "sections": [],
    }
    for s in range(1, sections + 1):
        section_id = f"s{s:03d}"
        word = WORDS[(s - 1) % len(WORDS)]
        items, sentences = [], []
        compared, ranked, by_unit = [], [], {}
        for i in range(1, indicators + 1):
            name, name_en, unit, typical, has_province = MEASURES[(s + i) % len(MEASURES)]
            indicator_id = f"{section_id}-i{i:03d}"
            value = round(typical * rng.uniform(0.5, 1.5), 2)
            full_name = f"{word}{name}（{s}-{i}）"
            source = f"{full_name}为{value:g}{unit}"
            item = {
                "id": indicator_id,
                "name": full_name,
                "name_en": f"{name_en} ({word}, {s}-{i})",
                "value": value,
                "unit": unit,
            }
            if has_province:
                province = round(value - rng.uniform(-1.5, 1.5), 2)
                item["province_value"] = province
                item["gap"] = round(value - province, 2)
                item["gap_unit"] = "个百分点"
                source += f"，较全省{'高' if value >= province else '低'}{abs(value - province):.2f}个百分点"
                compared.append(indicator_id)
            if i % 3 == 0:
                item["rank"] = rng.randint(1, 14)
                item["rank_of"] = 14
                source += f"，排名全省第{item['rank']}"
                ranked.append(indicator_id)
            if not has_province and i % 3 != 0:
                by_unit.setdefault(unit, []).append(indicator_id)
            if i % 17 == 0:
                item["note"] = f"{MARK}：备注{s}-{i}"
            item["source"] = source
            items.append(item)
            sentences.append(source + "。")
        charts = []
        if compared:
            charts.append({"id": f"{section_id}-comparison", "kind": "comparison",
                           "title": f"{word}：与全省比较", "indicators": compared[:12]})
        if ranked:
            charts.append({"id": f"{section_id}-ranking", "kind": "ranking",
                           "title": f"{word}：全省排名", "indicators": ranked[:12]})
        for u, (unit, ids) in enumerate(sorted(by_unit.items())):
            if len(ids) >= 2:
                charts.append({"id": f"{section_id}-bars-{u + 1}", "kind": "bars",
                               "title": f"{word}（{unit}）", "indicators": ids[:12]})
        document["sections"].append({
            "id": section_id,
            "title": f"{MARK}·第{s}部分·{word}",
            "title_en": f"Synthetic section {s}: {word}",
            "text": "".join(sentences),
            "indicators": items,
            "charts": charts,
        })
    figures = [(section, item) for section in document["sections"][:7] for item in section["indicators"][:1]]
    for number, (section, item) in enumerate(figures, 1):
        document["key_figures"].append({
            "number": number,
            "label": item["name"],
            "text": item["source"],
            "section": section["id"],
            "indicator": item["id"],
        })
    return document


def to_csv(document):
    columns = ["section", "indicator", "value", "unit", "province_value", "province_derived", "rank", "rank_of",
               "period", "source", "id", "section_id", "indicator_en", "gap", "gap_unit", "note"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for section in document["sections"]:
        for item in section["indicators"]:
            writer.writerow([
                section["title"], item["name"], item["value"], item["unit"], item.get("province_value", ""),
                "false" if "province_value" in item else "", item.get("rank", ""), item.get("rank_of", ""),
                document["bulletin"]["period"], item["source"], item["id"], section["id"], item["name_en"],
                item.get("gap", ""), item.get("gap_unit", ""), item.get("note", ""),
            ])
    return "\ufeff" + out.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", type=int, default=200)
    parser.add_argument("--indicators", type=int, default=50, help="indicators per section")
    parser.add_argument("--format", choices=["json", "csv"], help="default: by the output's suffix, else json")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("-o", "--output", default="-", help="file to write; - for stdout")
    args = parser.parse_args()
    if args.sections < 1 or args.indicators < 1:
        parser.error("--sections and --indicators must be at least 1")
    kind = args.format or ("csv" if args.output.lower().endswith(".csv") else "json")

    document = build(args.sections, args.indicators, args.seed)
    text = to_csv(document) if kind == "csv" else json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    data = text.encode("utf-8")
    if len(data) > MAX_FILE_SIZE:
        print(f"warning: {len(data) / 2**20:.1f} MiB is over the loader's 32 MiB cap; it will be refused",
              file=sys.stderr)
    if args.output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(args.output, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
