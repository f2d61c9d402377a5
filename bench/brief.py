#!/usr/bin/env python3
"""Whole-process time to a briefing PDF: `bulletin-dashboard --brief` against LibreOffice converting the same
briefing as HTML (same text and tables, the same charts as PNG, written by bench-brief-assets) to PDF.

Both run alternately in one session, so machine noise hits both alike; the figure that matters is the ratio
(target: the dashboard at least 10x faster). LibreOffice runs headless on a profile of its own, warmed up first,
so its one-off profile creation is not counted. Needs Debian's libreoffice-writer-nogui (soffice).
Usage: bench/brief.py [--runs N] [--build DIR]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command, env, cwd):
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} exited with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def pages(pdf):
    try:
        out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")), "?")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--build", default=os.path.join(os.path.dirname(__file__), "..", "build"))
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)

    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install libreoffice-writer-nogui")
    work = tempfile.mkdtemp(prefix="bench-brief-")
    env = dict(os.environ)
    # Both headless, as on a server: no display for either.
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env["XDG_CONFIG_HOME"] = os.path.join(work, "config")

    assets = os.path.join(work, "assets")
    subprocess.run([os.path.join(args.build, "bench", "bench-brief-assets"), assets], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dashboard_pdf = os.path.join(work, "dashboard.pdf")
    lo_out = os.path.join(work, "lo")
    programs = {
        "bulletin-dashboard --brief": [os.path.join(args.build, "app", "bulletin-dashboard"), "--brief", dashboard_pdf,
                                       "--force"],
        # Imported as a Writer document: Writer/Web's own import drops the first block of an HTML file (7.4).
        "LibreOffice HTML -> PDF": [soffice, "-env:UserInstallation=file://" + os.path.join(work, "lo-profile"),
                                    "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                                    "--outdir", lo_out, os.path.join(assets, "brief.html")],
    }
    for command in programs.values():
        run_once(command, env, work)  # warm the page cache and create LibreOffice's profile
    times = {name: [] for name in programs}
    peaks = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            elapsed, peak = run_once(command, env, work)
            times[name].append(elapsed)
            peaks[name].append(peak)

    print(f"{args.runs} runs each, alternating; whole process, wall clock")
    outputs = {"bulletin-dashboard --brief": dashboard_pdf, "LibreOffice HTML -> PDF": os.path.join(lo_out, "brief.pdf")}
    for name in programs:
        print(f"{name:28s} median {statistics.median(times[name]) * 1000:7.1f} ms"
              f"   min {min(times[name]) * 1000:7.1f} ms   max {max(times[name]) * 1000:7.1f} ms"
              f"   peak RSS {max(peaks[name]):6.1f} MiB   {pages(outputs[name])} pages")
    dashboard, libreoffice = programs.keys()
    ratio = statistics.median(times[libreoffice]) / statistics.median(times[dashboard])
    print(f"LibreOffice / dashboard: {ratio:.1f}x (target >= 10x)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
