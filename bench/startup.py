#!/usr/bin/env python3
"""Start-up to first paint and peak memory: the dashboard against a bare QChartView (the floor).

Both programs run alternately in one session, so machine noise hits both alike; the figures that
matter are the ratios. Usage: bench/startup.py [--runs N] [--build DIR]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command, env):
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "build"))
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-config-")
    programs = {
        "floor (bare QChartView)": [os.path.join(args.build, "bench", "bench-startup-floor")],
        "bulletin-dashboard": [os.path.join(args.build, "app", "bulletin-dashboard"), "--quit-after-first-paint"],
    }
    for command in programs.values():
        run_once(command, env)  # warm the page cache
    times = {name: [] for name in programs}
    peaks = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            elapsed, peak = run_once(command, env)
            times[name].append(elapsed)
            peaks[name].append(peak)

    print(f"platform {env['QT_QPA_PLATFORM']}, {args.runs} runs each, alternating")
    for name in programs:
        print(f"{name:28s} median {statistics.median(times[name]) * 1000:7.1f} ms"
              f"   peak RSS {max(peaks[name]):6.1f} MiB")
    floor, dashboard = programs.keys()
    ratio = statistics.median(times[dashboard]) / statistics.median(times[floor])
    extra = max(peaks[dashboard]) - max(peaks[floor])
    print(f"start-up ratio {ratio:.2f}x (target <= 1.5x); extra peak RSS {extra:+.1f} MiB (target <= +40 MiB)")


if __name__ == "__main__":
    main()
