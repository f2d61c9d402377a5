#!/usr/bin/env python3
"""Exporting every chart as PNG, SVG and PDF: bulletin-dashboard --export-charts against matplotlib.

Whole processes, run alternately in one session so that machine noise hits both alike; the figures that
matter are the ratios. The dashboard writes the built-in bulletin's charts at 900x500 px, PNG at 2x
(1800x1000 px); bench/matplotlib_charts.py draws the same number of comparable paired horizontal bar
charts with Chinese labels (WenQuanYi Micro Hei) as 9x5 in figures, PNG at 200 dpi (1800x1000 px), SVG
and PDF with text kept as text. Wall time and CPU time (user + system) are both reported: other work on
the machine stretches the first, hardly the second. Target: per chart at least 12x faster.

Needs Debian's python3-matplotlib (it runs under /usr/bin/python3).
Usage: bench/export.py [--runs N] [--build DIR] [--formats png,svg,pdf] [--per-format]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BULLETIN = os.path.join(HERE, "..", "resources", "bulletins", "hengyang-2020-h1.json")
# Output folder of each program, emptied before every run.
out_dirs = {}


def run_once(command, env, out_dir):
    shutil.rmtree(out_dir, ignore_errors=True)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} exited with {os.waitstatus_to_exitcode(status)}")
    files = [line for line in output.decode().splitlines() if line.strip()]
    return elapsed, usage.ru_utime + usage.ru_stime, files


def measure(programs, env, runs, formats):
    """Median wall and CPU seconds of each program, alternating which goes first."""
    names = list(programs)
    charts = {}
    for name in names:  # warm caches (page cache, fontconfig, matplotlib's font list)
        _, _, files = run_once(programs[name](formats), env, out_dirs[name])
        charts[name] = len(files) // len(formats.split(","))
    if len(set(charts.values())) != 1:
        sys.exit(f"the programs drew different numbers of charts: {charts}")
    walls = {name: [] for name in names}
    cpus = {name: [] for name in names}
    for run in range(runs):
        order = names if run % 2 == 0 else list(reversed(names))
        for name in order:
            wall, cpu, _ = run_once(programs[name](formats), env, out_dirs[name])
            walls[name].append(wall)
            cpus[name].append(cpu)
    return next(iter(charts.values())), {n: statistics.median(walls[n]) for n in names}, \
        {n: statistics.median(cpus[n]) for n in names}


def report(label, count, wall, cpu):
    qt, mpl = "bulletin-dashboard", "matplotlib"
    print(f"{label}: {count} charts")
    for name in (qt, mpl):
        print(f"  {name:20s} per chart: wall {wall[name] / count * 1000:7.1f} ms   cpu {cpu[name] / count * 1000:7.1f} ms"
              f"   (whole run: wall {wall[name]:6.2f} s, cpu {cpu[name]:6.2f} s)")
    print(f"  ratio matplotlib / bulletin-dashboard: wall {wall[mpl] / wall[qt]:5.1f}x   cpu {cpu[mpl] / cpu[qt]:5.1f}x"
          f"   (target >= 12x)")



def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    parser.add_argument("--python", default="/usr/bin/python3", help="a Python with Debian's matplotlib")
    parser.add_argument("--formats", default="png,svg,pdf")
    parser.add_argument("--per-format", action="store_true", help="also time each format on its own")
    args = parser.parse_args()

    binary = os.path.join(args.build, "app", "bulletin-dashboard")
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary} not found; build first (cmake --build {args.build})")
    if subprocess.run([args.python, "-c", "import matplotlib"], stderr=subprocess.DEVNULL).returncode != 0:
        sys.exit(f"{args.python} has no matplotlib: apt-get install python3-matplotlib")

    scratch = tempfile.mkdtemp(prefix="bench-export-")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = os.path.join(scratch, "config")
    out_dirs["bulletin-dashboard"] = os.path.join(scratch, "qt")
    out_dirs["matplotlib"] = os.path.join(scratch, "mpl")
    programs = {
        "bulletin-dashboard": lambda formats: [binary, "--export-charts", out_dirs["bulletin-dashboard"], "--format",
                                               formats, "--size", "900x500", "--scale", "2", "--force"],
        "matplotlib": lambda formats: [args.python, os.path.join(HERE, "matplotlib_charts.py"), BULLETIN,
                                       out_dirs["matplotlib"], "--format", formats],
    }
    try:
        print(f"platform {env['QT_QPA_PLATFORM']}, {args.runs} runs each, alternating; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        count, wall, cpu = measure(programs, env, args.runs, args.formats)
        report(args.formats, count, wall, cpu)
        if args.per_format:
            for single in args.formats.split(","):
                count, wall, cpu = measure(programs, env, args.runs, single)
                report(single, count, wall, cpu)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
