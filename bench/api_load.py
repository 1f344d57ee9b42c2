"""Load the API with concurrent clients on loopback: p50/p99 latency and requests/s.

Each scenario runs CLIENTS client processes, each with its own keep-alive connection, until
REQUESTS requests were answered or SECONDS passed. Every answer must be a 200.

    python bench/api_load.py --url http://127.0.0.1:8123 --figures 1000000 [--clients 8]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from multiprocessing import Pool
from urllib.parse import urlencode, urlsplit

CATEGORIES = ["drones_downed", "drones_launched", "killed", "injured", "missiles_launched",
              "strikes", "aid_money", "other"]
SIDES = ["UA", "RU", "US", "EU"]
SEARCHES = ["droni", "Zelensky", "negoziati", "missili Kiev", '"cessate il fuoco"', "Putin",
            "sanzioni", "attacco russo", "Kharkiv", "abbattuti", "Trump Ucraina", "aiuti"]
YEARS = [2022, 2023, 2024, 2025]


def figure_list(rng: random.Random, _: int) -> str:
    start = date(2022, 3, 1) + timedelta(days=rng.randrange(0, 1300))
    params = {"category": rng.choice(CATEGORIES), "side": rng.choice(SIDES),
              "date_from": start.isoformat(),
              "date_to": (start + timedelta(days=rng.choice([7, 30, 365]))).isoformat()}
    return "/api/figures/?" + urlencode(params)


def trace(rng: random.Random, max_figure: int) -> str:
    return f"/api/figures/{rng.randrange(1, max_figure + 1)}/trace/"


def compare(rng: random.Random, _: int) -> str:
    year = rng.choice(YEARS)
    params = {"category": rng.choice(CATEGORIES[:3]), "date_from": f"{year}-01-01",
              "date_to": f"{year}-12-31", "group": rng.choice(["day", "week", "month"])}
    return "/api/compare/?" + urlencode(params)


def search(rng: random.Random, _: int) -> str:
    return "/api/search/?" + urlencode({"q": rng.choice(SEARCHES)})


SCENARIOS: dict[str, tuple[Callable[[random.Random, int], str], int]] = {
    # name: (url maker, p99 target in ms)
    "figure list (filtered)": (figure_list, 100),
    "figure trace": (trace, 100),
    "compare over a year": (compare, 300),
    "search": (search, 300),
}


def _client(args: tuple) -> tuple[list[float], list[str]]:
    """One client: its own process (no GIL shared with the others) and keep-alive connection,
    `count` requests or until the deadline."""
    base, scenario, max_figure, number, count, deadline = args
    make_url = SCENARIOS[scenario][0]
    parts = urlsplit(base)
    rng = random.Random(number)
    latencies: list[float] = []
    failures: list[str] = []
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    for _ in range(count):
        if time.time() > deadline:
            break
        url = make_url(rng, max_figure)
        started = time.perf_counter()
        try:
            connection.request("GET", url, headers={"Accept": "application/json"})
            response = connection.getresponse()
            response.read()
            status: int | str = response.status
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            status = type(exc).__name__
        elapsed = (time.perf_counter() - started) * 1000
        if status == 200:
            latencies.append(elapsed)
        else:
            failures.append(f"{status} {url}")
    connection.close()
    return latencies, failures


def run(pool: Pool, base: str, scenario: str, max_figure: int, clients: int, requests: int,
        seconds: float) -> dict:
    deadline = time.time() + seconds
    shares = [requests // clients + (1 if n < requests % clients else 0) for n in range(clients)]
    started = time.perf_counter()
    outcomes = pool.map(_client, [(base, scenario, max_figure, n, shares[n], deadline)
                                  for n in range(clients)])
    wall = time.perf_counter() - started
    latencies = sorted(x for lat, _ in outcomes for x in lat)
    failures = [f for _, fails in outcomes for f in fails]

    def percentile(p: float) -> float:
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return {
        "requests": len(latencies), "failures": len(failures), "first_failures": failures[:3],
        "p50_ms": round(percentile(0.50), 1), "p99_ms": round(percentile(0.99), 1),
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
        "rps": round(len(latencies) / wall, 1), "seconds": round(wall, 1),
    }


_WRK_SCRIPT = """
local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept"] = "application/json"})
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK %%d %%d %%.1f %%.1f %%.1f %%.3f\\n", summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.mean / 1000,
    summary.duration / 1e6))
end
"""


def run_wrk(base: str, scenario: str, max_figure: int, clients: int, seconds: float) -> dict:
    """The same URLs, sent by wrk (C, two threads): the client costs the 2-core machine
    far less CPU than Python would, so the numbers are the server's."""
    make_url = SCENARIOS[scenario][0]
    rng = random.Random(0)
    paths = ", ".join(json.dumps(make_url(rng, max_figure)) for _ in range(5000))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_WRK_SCRIPT % paths)
    try:
        output = subprocess.run(
            ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "10s", "-s",
             script.name, base], capture_output=True, text=True, check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    line = next(x for x in output.splitlines() if x.startswith("WRK "))
    count, errors, p50, p99, mean, wall = line.split()[1:]
    return {
        "requests": int(count) - int(errors), "failures": int(errors), "first_failures": [],
        "p50_ms": float(p50), "p99_ms": float(p99), "mean_ms": float(mean),
        "rps": round(int(count) / float(wall), 1), "seconds": round(float(wall), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8123")
    parser.add_argument("--figures", type=int, required=True, help="highest figure id")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000, help="per scenario")
    parser.add_argument("--seconds", type=float, default=20, help="per scenario, at most")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--only", action="append", choices=list(SCENARIOS), metavar="SCENARIO",
                        help="run this scenario only (repeatable)")
    parser.add_argument("--engine", choices=["auto", "wrk", "python"], default="auto",
                        help="wrk when installed (apt-get install wrk), else Python clients")
    args = parser.parse_args()

    results = {}
    engine = args.engine
    if engine == "auto":
        engine = "wrk" if shutil.which("wrk") else "python"
    budget = (f"{args.seconds:.0f} s" if engine == "wrk"
              else f"up to {args.requests} requests or {args.seconds:.0f} s")
    print(f"{args.clients} concurrent clients ({engine}), {budget} per scenario")
    print(f"{'scenario':<24} {'requests':>8} {'fail':>5} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'target':>7} {'req/s':>7}")
    pool = Pool(args.clients)
    for name, (_, target) in SCENARIOS.items():
        if args.only and name not in args.only:
            continue
        # Warm up: connections, caches and the planner's statistics.
        run(pool, args.url, name, args.figures, args.clients, args.clients * 5, 30)
        if engine == "wrk":
            result = run_wrk(args.url, name, args.figures, args.clients, args.seconds)
        else:
            result = run(pool, args.url, name, args.figures, args.clients, args.requests,
                         args.seconds)
        result["p99_target_ms"] = target
        results[name] = result
        verdict = "ok" if result["p99_ms"] < target and not result["failures"] else "MISS"
        print(f"{name:<24} {result['requests']:>8} {result['failures']:>5} "
              f"{result['p50_ms']:>8} {result['p99_ms']:>8} {'<' + str(target):>7} "
              f"{result['rps']:>7}  {verdict}", flush=True)
        for failure in result["first_failures"]:
            print(f"    {failure}")
    pool.close()
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=2)


if __name__ == "__main__":
    main()
