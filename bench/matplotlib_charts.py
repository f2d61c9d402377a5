#!/usr/bin/env python3
"""The matplotlib side of bench/export.py: the bulletin's charts as paired horizontal bar charts.

One figure per chart the dashboard exports (the overview's comparison and ranking, then each section's
charts), each with the same furniture as the dashboard's: Chinese category labels, title and subtitle,
a legend naming the city and the province, value labels, a unit and a source line, set in WenQuanYi
Micro Hei. PNG at 200 dpi (9 x 5 in, the dashboard's 900 x 500 px at 2x), SVG and PDF with text kept as
text (svg.fonttype none, pdf.fonttype 42), as the dashboard keeps it.

Usage: matplotlib_charts.py BULLETIN.json OUT_DIR [--format png,svg,pdf]
Needs Debian's python3-matplotlib; run it with /usr/bin/python3.
"""
import argparse
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def charts_of(bulletin):
    """(title, [(name, city value, province value or None)], unit) for every chart, in export order."""
    indicators = {i["id"]: i for s in bulletin["sections"] for i in s["indicators"]}
    meta = bulletin["bulletin"]
    region, province = meta["region"], meta.get("comparison_region", "全省")

    def rows(ids, kind):
        out = []
        for indicator_id in ids:
            i = indicators[indicator_id]
            if kind == "ranking":
                out.append((i["name"], i["rank_of"] - i["rank"] + 1, None))
            else:
                out.append((i["name"], i.get("value") or 0, i.get("province_value")))
        return out

    comparison = [i["id"] for i in indicators.values() if i.get("value") is not None and i.get("province_value") is not None]
    ranked = [i["id"] for i in indicators.values() if i.get("rank") is not None]
    charts = []
    if comparison:
        charts.append((f"{region}与{province}比较", rows(comparison, "comparison"), "%", "comparison"))
    if ranked:
        charts.append((f"{province}排名（第1名最好）", rows(ranked, "ranking"), "", "ranking"))
    for section in bulletin["sections"]:
        for chart in section.get("charts", []):
            ids = chart["indicators"]
            unit = indicators[ids[0]]["unit"] if chart["kind"] != "ranking" else ""
            charts.append((chart["title"], rows(ids, chart["kind"]), unit, chart["kind"]))
    return charts


def draw(title, rows, unit, kind, meta):
    region, province = meta["region"], meta.get("comparison_region", "全省")
    figure, axes = plt.subplots(figsize=(9, 5))
    names = [name for name, _, _ in rows]
    positions = range(len(rows))
    paired = kind == "comparison"
    height = 0.38 if paired else 0.55
    city_values = [value for _, value, _ in rows]
    city_label = region if paired else (f"{region}在{province}的名次" if kind == "ranking" else province + region)
    bars = axes.barh([p - (height / 2 if paired else 0) for p in positions], city_values, height,
                     color="#0072b2", label=city_label)
    if kind != "ranking":
        axes.bar_label(bars, labels=[f"{v:g}{unit}" for v in city_values], padding=3, fontsize=10)
    if paired:
        province_values = [p or 0 for _, _, p in rows]
        province_bars = axes.barh([p + height / 2 for p in positions], province_values, height, color="#e69f00",
                                  label=province)
        axes.bar_label(province_bars, labels=[f"{v:g}{unit}" for v in province_values], padding=3, fontsize=10)
    axes.set_yticks(list(positions), names, fontsize=10)
    axes.invert_yaxis()
    axes.set_xlabel(f"单位：{unit}" if unit else "全省名次", fontsize=9, color="#555555")
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    axes.set_title(f"{title}\n", fontsize=13, fontweight="bold")
    axes.text(0.5, 1.02, f"{region} · {meta['period']}", transform=axes.transAxes, ha="center", fontsize=9,
              color="#555555")
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False, fontsize=10)
    source = meta.get("source_note") or meta["title"]
    figure.text(0.01, 0.01, f"数据来源：{source} · {meta['period']}", fontsize=9, color="#555555")
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    return figure


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bulletin")
    parser.add_argument("out")
    parser.add_argument("--format", default="png,svg,pdf")
    args = parser.parse_args()

    font_manager.fontManager.addfont(FONT_FILE)
    matplotlib.rcParams.update({
        "font.family": "WenQuanYi Micro Hei",
        "axes.unicode_minus": False,
        "svg.fonttype": "none",
        "pdf.fonttype": 42,
    })
    with open(args.bulletin, encoding="utf-8") as file:
        bulletin = json.load(file)
    os.makedirs(args.out, exist_ok=True)
    formats = args.format.split(",")
    for number, (title, rows, unit, kind) in enumerate(charts_of(bulletin), start=1):
        figure = draw(title, rows, unit, kind, bulletin["bulletin"])
        for extension in formats:
            path = os.path.join(args.out, f"{number:02d}.{extension}")
            figure.savefig(path, dpi=200 if extension == "png" else "figure")
            print(path)
        plt.close(figure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
