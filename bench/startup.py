#!/usr/bin/env python3
"""Start-up to first paint and peak memory: the dashboard against a bare QChartView (the floor).

Each program prints "first paint" once its window is drawn; start-up is the time from spawning it to that line.

Both programs run alternately in one session, so machine noise hits both alike; the figures that
matter are the ratios. Usage: bench/startup.py [--runs N] [--build DIR] [--lang zh|en]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command, env):
    """Seconds from spawning to the program's "first paint" line, seconds to its exit, and peak RSS in MiB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = process.stdout.readline()
    painted = time.perf_counter() - start
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    exited = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} exited with {os.waitstatus_to_exitcode(status)}")
    if line.strip() != b"first paint":
        sys.exit(f"{command[0]} did not report its first paint")
    return painted, exited, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "build"))
    parser.add_argument("--lang", choices=["zh", "en"], help="the dashboard's language (default: the system's)")
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")
    programs = {
        "floor (bare QChartView)": [os.path.join(args.build, "bench", "bench-startup-floor")],
        "bulletin-dashboard": [os.path.join(args.build, "app", "bulletin-dashboard"), "--quit-after-first-paint"],
    }
    if args.lang:
        programs["bulletin-dashboard"] += ["--lang", args.lang]
    for command in programs.values():
        run_once(command, env)  # warm the page cache
    painted = {name: [] for name in programs}
    exited = {name: [] for name in programs}
    peaks = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            to_paint, to_exit, peak = run_once(command, env)
            painted[name].append(to_paint)
            exited[name].append(to_exit)
            peaks[name].append(peak)

    print(f"platform {env['QT_QPA_PLATFORM']}, {args.runs} runs each, alternating")
    for name in programs:
        print(f"{name:28s} first paint median {statistics.median(painted[name]) * 1000:7.1f} ms"
              f"   exit {statistics.median(exited[name]) * 1000:7.1f} ms   peak RSS {max(peaks[name]):6.1f} MiB")
    floor, dashboard = programs.keys()
    ratio = statistics.median(painted[dashboard]) / statistics.median(painted[floor])
    exit_ratio = statistics.median(exited[dashboard]) / statistics.median(exited[floor])
    extra = max(peaks[dashboard]) - max(peaks[floor])
    print(f"start-up to first paint ratio {ratio:.2f}x (target <= 1.5x); to exit {exit_ratio:.2f}x; "
          f"extra peak RSS {extra:+.1f} MiB (target <= +40 MiB)")

if __name__ == "__main__":
    main()
