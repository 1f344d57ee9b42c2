"""Mixed reads and curator writes under concurrent clients, then a count of lost writes.

CLIENTS client processes, each with its own keep-alive connection, loop for SECONDS: most
requests are the reads of api_load.py (figure list, trace, compare, search), a WRITE_SHARE of
them PATCH a figure or a claim as a curator (a DRF token), setting `status` and a `note`
unique to the write ("load <run> c<client> n<seq>"). Each client writes only rows whose
id % CLIENTS is its number, one request at a time, so the final state of every written row is
known. Afterwards the database is checked:
  - every acknowledged write (a 200) has its history row (django-simple-history), made by the
    curator through the API, with the status sent; a missing one is a lost write;
  - a history row for a write that was not acknowledged (a timeout) is counted apart;
  - every written row holds the note and status of its last acknowledged write (or of a later
    one applied but unacknowledged).
Exits 1 on any error (a non-2xx answer or a broken connection), lost write or wrong row.

    DATABASE_URL=postgres://… python bench/mixed_load.py --url http://127.0.0.1:8123 \
        [--clients 8 --seconds 600 --write-share 0.1]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from multiprocessing import Pool
from pathlib import Path
from urllib.parse import urlsplit

from api_load import SCENARIOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")

import django  # noqa: E402

django.setup()

from django.db import connections  # noqa: E402
from django.db.models import Max  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402

from claims.models import Claim, Figure, Status  # noqa: E402
from claims.services.accounts import demo_curator_create  # noqa: E402

CURATOR = "load-curator"
# kind: (model, path, report label)
WRITES = {
    "figure": (Figure, "/api/figures/{}/", "figure edit (PATCH)"),
    "claim": (Claim, "/api/claims/{}/", "claim edit (PATCH)"),
}
# The change reason claims/api/items.py gives every API write.
API_ORIGIN = "api"


def _client(args: tuple) -> dict:
    """One client: its own process (no GIL shared with the others) and keep-alive connection,
    until the deadline. Returns latencies of good answers by kind, failures (label, request
    and answer), and every write sent with its outcome ("ack" for a 200, else what came)."""
    (base, token, max_figure, number, deadline, write_share, targets, statuses, run_id,
     seed) = args
    parts = urlsplit(base)
    rng = random.Random(f"{seed}-{number}")
    reads = list(SCENARIOS)
    kinds = [kind for kind in WRITES if targets.get(kind)]
    latencies: dict[str, list[float]] = defaultdict(list)
    failures: list[tuple[str, str]] = []
    writes: list[tuple] = []
    sequence = 0
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    while time.time() < deadline:
        headers = {"Accept": "application/json"}
        body = None
        write = None
        if kinds and rng.random() < write_share:
            kind = rng.choice(kinds)
            pk = rng.choice(targets[kind])
            sequence += 1
            write = {"status": rng.choice(statuses),
                     "note": f"load {run_id} c{number} n{sequence}"}
            method, url, label = "PATCH", WRITES[kind][1].format(pk), WRITES[kind][2]
            body = json.dumps(write)
            headers |= {"Content-Type": "application/json", "Authorization": f"Token {token}"}
        else:
            label = rng.choice(reads)
            method, url = "GET", SCENARIOS[label][0](rng, max_figure)
        started = time.perf_counter()
        try:
            connection.request(method, url, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            status: int | str = response.status
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            status, payload = type(exc).__name__, b""
        elapsed = (time.perf_counter() - started) * 1000
        ok = isinstance(status, int) and 200 <= status < 300
        if write and status == 200:
            answer = json.loads(payload)
            # Acknowledged all the same (the server said 200), but the answer is wrong.
            ok = (answer.get("note"), answer.get("status")) == (write["note"], write["status"])
        if ok:
            latencies[label].append(elapsed)
        else:
            failures.append((label, f"{status} {method} {url} {body or ''} "
                                    f"{payload[:300].decode(errors='replace')}".rstrip()))
        if write:
            writes.append((kind, pk, sequence, write["note"], write["status"],
                           "ack" if status == 200 else str(status)))
    connection.close()
    return {"latencies": dict(latencies), "failures": failures, "writes": writes}


def curator_token() -> tuple[int, str]:
    """A member of the curators group and its API token (both kept for the next run)."""
    user, _ = demo_curator_create(username=CURATOR)
    token, _ = Token.objects.get_or_create(user=user)
    return user.pk, token.key


def write_targets(clients: int, rows: int, seed: int) -> dict[str, list[dict[str, list[int]]]]:
    """`rows` existing ids of each kind for each client, client n owning ids with
    id % clients == n. Ids come from the database: claim ids have gaps."""
    per_client: list[dict[str, list[int]]] = [{} for _ in range(clients)]
    for kind, (model, _, _) in WRITES.items():
        # A random sample four times the need: every client's share is filled in practice.
        sample = list(model.objects.order_by("?").values_list("pk", flat=True)[
            : clients * rows * 4])
        random.Random(seed).shuffle(sample)
        for n in range(clients):
            per_client[n][kind] = [pk for pk in sample if pk % clients == n][:rows]
    return per_client


def verify(run_id: str, writes: list[tuple], curator_id: int) -> dict[str, int]:
    """Compare what the clients were told with history and the rows as they are now."""
    prefix = f"load {run_id} "
    acknowledged = {(w[0], w[3]) for w in writes if w[5] == "ack"}
    sent = {(w[0], w[3]): w for w in writes}
    history: Counter[tuple[str, str]] = Counter()
    wrong_history = 0
    for kind, (model, _, _) in WRITES.items():
        rows = model.history.filter(curator_note__startswith=prefix).values_list(
            "curator_note", "status", "history_user_id", "history_change_reason",
            "history_type")
        for note, status, user_id, reason, history_type in rows:
            history[kind, note] += 1
            write = sent.get((kind, note))
            if (write is None or status != write[4] or user_id != curator_id
                    or reason != API_ORIGIN or history_type != "~"):
                wrong_history += 1
    applied = set(history)

    # Each row belongs to one client, whose sequence numbers order its writes. A row must hold
    # its last acknowledged write, or a later one the server applied but never answered.
    by_row: dict[tuple[str, int], list[tuple]] = defaultdict(list)
    for write in writes:
        by_row[write[0], write[1]].append(write)
    expected: dict[tuple[str, int], tuple[str, str]] = {}
    for row, row_writes in by_row.items():
        done = [w for w in sorted(row_writes, key=lambda w: w[2])
                if w[5] == "ack" or (w[0], w[3]) in applied]
        if done:
            expected[row] = (done[-1][3], done[-1][4])
    mismatched = 0
    for kind, (model, _, _) in WRITES.items():
        ids = [pk for k, pk in expected if k == kind]
        current = {pk: (note, status) for pk, note, status in
                   model.objects.filter(pk__in=ids).values_list("pk", "curator_note", "status")}
        mismatched += sum(current.get(pk) != expected[kind, pk] for pk in ids)

    return {
        "writes sent": len(writes),
        "writes acknowledged (200)": len(acknowledged),
        "writes found in history": len(acknowledged & applied),
        "writes lost (acknowledged, no history)": len(acknowledged - applied),
        "applied but unacknowledged": len(applied - acknowledged),
        "history rows duplicated": sum(count - 1 for count in history.values()),
        "history rows wrong (user, reason, status)": wrong_history,
        "rows written": len(by_row),
        "rows checked (a write acked or applied)": len(expected),
        "rows mismatched (note/status)": mismatched,
    }


def _percentile(values: list[float], p: float) -> float:
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def _row(label: str, latencies: list[float], errors: int, wall: float, target: str) -> dict:
    latencies = sorted(latencies)
    return {"kind": label, "requests": len(latencies) + errors, "errors": errors,
            "p50_ms": round(_percentile(latencies, 0.50), 1),
            "p99_ms": round(_percentile(latencies, 0.99), 1),
            "max_ms": round(latencies[-1], 1) if latencies else float("nan"),
            "rps": round((len(latencies) + errors) / wall, 1), "target": target}


def report(outcomes: list[dict], wall: float) -> list[dict]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    for outcome in outcomes:
        for label, values in outcome["latencies"].items():
            latencies[label].extend(values)
        for label, _ in outcome["failures"]:
            errors[label] += 1
    reads = list(SCENARIOS)
    edits = [label for _, _, label in WRITES.values()]
    rows = [_row(label, latencies[label], errors[label], wall, f"<{SCENARIOS[label][1]}")
            for label in reads]
    rows += [_row(label, latencies[label], errors[label], wall, "") for label in edits]
    for label, group in (("all reads", reads), ("all writes", edits),
                         ("overall", reads + edits)):
        rows.append(_row(label, [x for k in group for x in latencies[k]],
                         sum(errors[k] for k in group), wall, ""))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8123")
    parser.add_argument("--figures", type=int, help="highest figure id (default: the database's)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--write-share", type=float, default=0.1,
                        help="share of requests that are curator writes")
    parser.add_argument("--rows", type=int, default=20,
                        help="rows of each kind each client writes to (each rewritten often)")
    parser.add_argument("--warmup", type=float, default=10,
                        help="seconds of reads first, not counted")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("DATABASE_URL must name the database the server uses (writes are checked there)")

    run_id = datetime.now().strftime("%Y%m%d-%H%M%S")
    max_figure = args.figures or Figure.objects.aggregate(Max("pk"))["pk__max"]
    curator_id, token = curator_token()
    targets = write_targets(args.clients, args.rows, args.seed)
    statuses = list(Status.values)
    # The clients are forked: they must not share this process's database connection.
    connections.close_all()

    def client_args(deadline: float, write_share: float) -> list[tuple]:
        return [(args.url, token, max_figure, n, deadline, write_share, targets[n], statuses,
                 run_id, args.seed) for n in range(args.clients)]

    print(f"run {run_id}: {args.clients} clients, {args.seconds:.0f} s, "
          f"{args.write_share:.0%} curator writes (PATCH status + note), "
          f"{args.rows} figures and {args.rows} claims per client")
    pool = Pool(args.clients)
    if args.warmup:
        # Connections, caches and the planner's statistics, as in api_load.py.
        warm = pool.map(_client, client_args(time.time() + args.warmup, 0.0))
        print(f"warm-up: {sum(len(x) for o in warm for x in o['latencies'].values())} reads, "
              f"{sum(len(o['failures']) for o in warm)} errors (not counted)")
    started = time.perf_counter()
    outcomes = pool.map(_client, client_args(time.time() + args.seconds, args.write_share))
    wall = time.perf_counter() - started
    pool.close()

    rows = report(outcomes, wall)
    print(f"{'kind':<24} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8} {'target':>7} {'req/s':>7}")
    for row in rows:
        if row["kind"] == "all reads":
            print("-" * 83)
        print(f"{row['kind']:<24} {row['requests']:>8} {row['errors']:>6} {row['p50_ms']:>8} "
              f"{row['p99_ms']:>8} {row['max_ms']:>8} {row['target']:>7} {row['rps']:>7}")
    failures = [f for o in outcomes for f in o["failures"]]
    for label, failure in failures[:10]:
        print(f"    {label}: {failure}")

    checks = verify(run_id, [w for o in outcomes for w in o["writes"]], curator_id)
    print()
    for name, value in checks.items():
        print(f"{name:<44} {value:>8}")
    bad = {"errors": len(failures),
           **{k: checks[k] for k in ("writes lost (acknowledged, no history)",
                                     "history rows duplicated",
                                     "history rows wrong (user, reason, status)",
                                     "rows mismatched (note/status)")}}
    verdict = "ok" if not any(bad.values()) else "FAIL: " + ", ".join(
        f"{k} {v}" for k, v in bad.items() if v)
    print(f"\n{verdict} ({wall:.0f} s)")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"run": run_id, "seconds": round(wall, 1), "kinds": rows,
                       "checks": checks, "failures": failures}, fh, indent=2)
    sys.exit(0 if verdict == "ok" else 1)


if __name__ == "__main__":
    main()
