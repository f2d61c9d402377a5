#!/usr/bin/env python3
"""Writes the hostile-but-valid bulletins of this folder: files the loader accepts whose ranks, texts, numbers
or chart sizes sit at the edges of what it allows. All of it is made-up test data ("测试数据").

    python3 tests/data/hostile-valid/generate.py

It also writes the same cases, their texts shorter, as seeds of the render fuzzer (fuzz/corpus/render/, inputs of
at most 64 KB), next to copies of the loader fuzzers' valid seeds. The largest cases (a 3 MB section title, a chart
of 10,000 indicators) are built by tests/tst_hostilevalid.cpp at run time rather than kept here.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "..", "..", "fuzz", "corpus", "render")
DBL_MAX = sys.float_info.max
DENORMAL = 5e-324  # the smallest positive double, written 4.9e-324 in some reports
MIN_NORMAL = sys.float_info.min
BILLION = 10**9  # the largest rank_of the loader accepts
LARGEST = 1e15  # the largest figure the loader accepts either way (Bulletin::MaxMagnitude)


def header(identifier, title, **extra):
    bulletin = {
        "id": identifier,
        "title": title,
        "period": "测试期间",
        "region": "测试市",
        "comparison_region": "测试省",
        "comparison_units": 14,
        "synthetic": True,
    }
    bulletin.update(extra)
    return bulletin


def indicator(identifier, name, value=None, unit="%", **extra):
    result = {"id": identifier, "name": name, "value": value, "unit": unit, "source": "测试数据：" + name[:40]}
    result.update(extra)
    return result


def chart(identifier, kind, title, indicators, **extra):
    result = {"id": identifier, "kind": kind, "title": title, "indicators": indicators}
    result.update(extra)
    return result


def document(bulletin, sections, key_figures=()):
    return {"format_version": 1, "bulletin": bulletin, "key_figures": list(key_figures), "sections": sections}


def words(count, stem="word"):
    return " ".join(f"{stem}{i % 97}" for i in range(count))


# Where files go, and how long their long texts are: 1 for this folder, less for the fuzzer's seeds.
OUT = HERE
SCALE = 1


def n(count):
    return max(1, int(count * SCALE))


def write_json(name, content):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        json.dump(content, out, ensure_ascii=False, indent=None if SCALE < 1 else 1)
        out.write("\n")


def write_csv(name, rows):
    columns = ["section", "indicator", "value", "unit", "province_value", "province_derived", "rank", "rank_of",
               "period", "source"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as out:
        out.write(",".join(columns) + "\r\n")
        for row in rows:
            cells = []
            for column in columns:
                cell = str(row.get(column, ""))
                if any(c in cell for c in ',"\r\n'):
                    cell = '"' + cell.replace('"', '""') + '"'
                cells.append(cell)
            out.write(",".join(cells) + "\r\n")


# (a) Ranks among a billion units: an axis, its ticks and its labels must cost what fourteen do.
def rank_of_billion():
    ranks = [1, 2, 999_999_999, BILLION, 500_000_000, 123_456_789]
    indicators = [indicator(f"rank{i}", f"测试数据排名{i}", None, "", rank=r, rank_of=BILLION)
                  for i, r in enumerate(ranks)]
    indicators.append(indicator("rank14", "测试数据排名十四分之三", 1.5, "%", rank=3, rank_of=14))
    indicators.append(indicator("rankvalue", "测试数据带数值排名", 2.5, "%", province_value=2.0, rank=BILLION,
                                rank_of=BILLION, rank_scope="测试范围"))
    ids = [i["id"] for i in indicators]
    sections = [{
        "id": "ranks",
        "title": "测试数据：十亿名次",
        "title_en": "Test data: ranks of a billion",
        "text": "测试数据。名次在十亿个单位之中。",
        "indicators": indicators,
        "charts": [
            chart("billion", "ranking", "测试数据：十亿个单位中的名次", ids[:6], title_en="Test data: ranks of a billion"),
            chart("mixed", "ranking", "测试数据：十四与十亿", ["rank0", "rank14", "rank3", "rankvalue"]),
            chart("last-only", "ranking", "测试数据：末位", ["rank3"]),
            chart("first-only", "ranking", "测试数据：第一", ["rank0"]),
        ],
    }]
    figures = [{"number": 1, "label": "测试数据：第十亿名", "text": "测试数据", "section": "ranks",
                "indicator": "rank3"}]
    write_json("rank-of-billion.json", document(
        header("rank-of-billion", "测试数据：十亿名次", comparison_units=BILLION), sections, figures))
    write_csv("rank-of-billion.csv", [
        {"section": "测试数据：十亿名次", "indicator": f"测试数据排名{i}", "rank": r, "rank_of": BILLION,
         "period": "测试期间", "source": "测试数据"} for i, r in enumerate(ranks)
    ] + [{"section": "测试数据：十亿名次", "indicator": "测试数据带数值", "value": 1, "unit": "%", "province_value": 2,
          "rank": BILLION, "rank_of": BILLION, "period": "测试期间", "source": "测试数据"}])


# (b) Long texts: a chart title of 20,000 words, names of about 100 KB, and every other text a file may make long.
def long_chart_title():
    indicators = [indicator("a", "测试数据甲", 1.0, province_value=2.0), indicator("b", "测试数据乙", 3.0, rank=2, rank_of=14)]
    long_title = "测试数据 " + words(n(20_000))
    sections = [{
        "id": "titles",
        "title": "测试数据：长标题",
        "text": "测试数据。",
        "indicators": indicators,
        "charts": [
            chart("words", "bars", long_title, ["a", "b"]),
            chart("characters", "comparison", "测试数据" * n(2500), ["a"], title_en="Test data " * n(2500)),
            chart("one-word", "ranking", "测" + "试" * n(10_000), ["b"], title_en="x" * n(10_000)),
        ],
    }]
    name = "chart-title-20000-words.json" if SCALE == 1 else "chart-title-many-words.json"
    write_json(name, document(header("chart-title-20000-words", "测试数据：长图表标题"),
                                                        sections))


def long_indicator_names():
    spaced = "测试数据 " + words(n(14_000), "name")  # about 100 KB
    chinese = "测试数据指标名称" * n(2000)  # 16,000 characters, no space to break at
    indicators = [
        indicator("spaced", spaced, 1.0, province_value=0.5, rank=1, rank_of=14),
        indicator("chinese", chinese, 2.0, province_value=2.5, rank=14, rank_of=14),
        indicator("short", "测试数据短名", 3.0, province_value=1.0, rank=7, rank_of=14,
                  name_en="Test data " + "x" * n(30_000)),
    ]
    ids = [i["id"] for i in indicators]
    sections = [{
        "id": "names",
        "title": "测试数据：长指标名称",
        "text": "测试数据。",
        "indicators": indicators,
        "charts": [
            chart("names-comparison", "comparison", "测试数据：比较", ids),
            chart("names-ranking", "ranking", "测试数据：排名", ids),
            chart("names-bars", "bars", "测试数据：数值", ids),
        ],
    }]
    figures = [{"number": k + 1, "label": i["name"][:n(20_000)], "text": "测试数据",
                "section": "names", "indicator": i["id"]} for k, i in enumerate(indicators)]
    write_json("long-indicator-names.json", document(header("long-indicator-names", "测试数据：长指标名称"),
                                                     sections, figures))


def long_texts_everywhere():
    long_zh = "测试数据长文本" * n(900)  # 6,300 characters
    long_en = "Test data " + words(n(1200))
    unit = "测试单位" * n(2000)
    indicators = [
        indicator("u1", "测试数据长单位一", 1.0, unit, province_value=2.0, province_derived=True, gap=-1.0,
                  gap_unit=long_zh, rank=2, rank_of=14, rank_scope=long_zh, note=long_zh, target_text=long_zh,
                  completion=50.0, period=long_zh, source=long_zh),
        indicator("u2", "测试数据长单位二", 2.0, unit, province_value=1.0, rank=3, rank_of=14),
        indicator("vt", "测试数据文字结果", None, "人", value_text=long_zh),
    ]
    sections = [{
        "id": "texts",
        "title": long_zh[:n(3000)],
        "title_en": long_en,
        "text": (long_zh + "\n") * 3 + long_en,
        "indicators": indicators,
        "charts": [
            chart("unit-bars", "bars", "测试数据：长单位", ["u1", "u2"]),
            chart("unit-comparison", "comparison", "测试数据：长单位比较", ["u1", "u2"]),
            chart("unit-ranking", "ranking", "测试数据：长范围排名", ["u1", "u2"]),
        ],
    }]
    figures = [{"number": 1, "label": long_zh, "label_en": long_en, "text": long_zh, "section": "texts",
                "indicator": "vt"},
               {"number": 2, "label": "测试数据", "text": "测试数据", "section": "texts", "indicator": "u1"}]
    bulletin = header("long-texts-everywhere", long_zh, subtitle=long_zh, title_en=long_en, newspaper=long_zh,
                      reporter=long_zh, period=long_zh, period_en=long_en, region=long_zh, region_en=long_en,
                      comparison_region=long_zh, comparison_region_en=long_en, intro=long_zh,
                      source_note=long_zh, publication_date="2020-07-31")
    write_json("long-texts-everywhere.json", document(bulletin, sections, figures))


# (c) Extreme numbers: every axis, gap and label must stay finite and readable.
def extreme_values():
    def comparison_section(identifier, title, pairs, unit="%"):
        indicators = [indicator(f"{identifier}{n}", f"测试数据{title}{n}", v, unit, province_value=p)
                      for n, (v, p) in enumerate(pairs)]
        ids = [i["id"] for i in indicators]
        return {
            "id": identifier,
            "title": "测试数据：" + title,
            "text": "测试数据。",
            "indicators": indicators,
            "charts": [chart(identifier + "-comparison", "comparison", "测试数据：" + title + "比较", ids),
                       chart(identifier + "-bars", "bars", "测试数据：" + title + "数值", ids)],
        }

    write_json("extreme-largest.json", document(header("extreme-largest", "测试数据：最大数值"), [
        comparison_section("max", "正负最大值", [(LARGEST, -LARGEST), (-LARGEST, LARGEST)]),
        comparison_section("same", "同为最大值", [(LARGEST, LARGEST), (-LARGEST, -LARGEST)]),
        comparison_section("big", "大数", [(LARGEST, LARGEST), (LARGEST, 0), (9e14, 1e14)], "亿元"),
        comparison_section("signs", "大数正负", [(LARGEST, -LARGEST), (-LARGEST, 1e-308)], "元"),
    ], [{"number": 1, "label": "测试数据：最大值", "text": "测试数据", "section": "max", "indicator": "max0"}]))

    write_json("extreme-denormal.json", document(header("extreme-denormal", "测试数据：非规格化数"), [
        comparison_section("tiny", "非规格化数", [(DENORMAL, -DENORMAL), (-DENORMAL, DENORMAL)]),
        comparison_section("small", "最小规格化数", [(MIN_NORMAL, 0), (0, MIN_NORMAL), (1e-300, 2e-300)]),
        comparison_section("mixed", "大小混合", [(LARGEST, DENORMAL), (DENORMAL, 1e-300), (1e-250, LARGEST)]),
    ]))

    write_json("extreme-plain.json", document(header("extreme-plain", "测试数据：零与相等"), [
        comparison_section("zero", "全为零", [(0, 0), (0, 0)]),
        comparison_section("negative", "全为负", [(-1, -2), (-3, -0.5)]),
        comparison_section("equal", "相等", [(1.5, 1.5), (1.5, 1.5)]),
        comparison_section("nearly", "几乎相等", [(1.0, 1.0000000000000002), (LARGEST - 1, LARGEST)]),
        {
            "id": "stated",
            "title": "测试数据：极端陈述",
            "text": "测试数据。",
            "indicators": [
                indicator("gapbig", "测试数据陈述差距", 1.0, "%", province_value=LARGEST, province_derived=True,
                          gap=-LARGEST, gap_unit="个百分点"),
                indicator("complete", "测试数据完成率", LARGEST, "%", completion=LARGEST, target_text="测试目标"),
                indicator("complete-tiny", "测试数据极小完成率", DENORMAL, "%", completion=DENORMAL),
            ],
            "charts": [chart("stated-comparison", "comparison", "测试数据：陈述差距", ["gapbig"])],
        },
    ], [{"number": n + 1, "label": "测试数据", "text": "测试数据", "section": "stated", "indicator": i}
        for n, i in enumerate(["gapbig", "complete", "complete-tiny"])]))

    rows = []
    for n, (v, p) in enumerate([(LARGEST, -LARGEST), (DENORMAL, -DENORMAL), (LARGEST, LARGEST), (0, 0), (-LARGEST, "")]):
        rows.append({"section": "测试数据：极端数值", "indicator": f"测试数据极端{n}", "value": repr(v), "unit": "%",
                     "province_value": repr(p) if p != "" else "", "rank": n + 1, "rank_of": BILLION,
                     "period": "测试期间", "source": "测试数据"})
    for n, v in enumerate([LARGEST, -LARGEST, DENORMAL, -DENORMAL]):
        rows.append({"section": "测试数据：极端数值", "indicator": f"测试数据同单位{n}", "value": repr(v), "unit": "元",
                     "period": "测试期间", "source": "测试数据"})
    write_csv("extreme-values.csv", rows)


# (d) Declared charts of more indicators than a chart shows (ChartDataModel::MaxRows is 40).
def many_indicators():
    count = max(41, n(300))
    indicators = [indicator(f"i{k}", f"测试数据指标{k}", float(k % 37) - 5, "%", province_value=float(k % 11),
                            rank=k % 14 + 1, rank_of=14) for k in range(count)]
    ids = [i["id"] for i in indicators]
    sections = [{
        "id": "many",
        "title": "测试数据：多指标",
        "text": "测试数据。",
        "indicators": indicators,
        "charts": [
            chart("forty-one", "bars", "测试数据：41项", ids[:41]),
            chart("all-comparison", "comparison", "测试数据：全部比较", ids),
            chart("all-ranking", "ranking", "测试数据：全部排名", ids),
            chart("all-bars", "bars", "测试数据：全部数值", ids),
        ],
    }]
    figures = [{"number": k + 1, "label": f"测试数据{k}", "text": "测试数据", "section": "many", "indicator": f"i{k}"}
               for k in range(n(100))]
    write_json("many-indicators.json", document(header("many-indicators", "测试数据：多指标"), sections, figures))


def write_all():
    rank_of_billion()
    long_chart_title()
    long_indicator_names()
    long_texts_everywhere()
    extreme_values()
    many_indicators()


if __name__ == "__main__":
    write_all()
    OUT = SEEDS
    SCALE = 0.04
    os.makedirs(OUT, exist_ok=True)
    write_all()
