"""``python -m tests.bench``: run the benchmarks, print the table, write bench-results/."""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from tests.bench import (
    baselines,
    client_agent,
    client_gui,
    client_start,
    hub_fanout,
    live_scenarios,
    uploads,
)
from tests.bench.harness import Figure, Report, median_run, ms, summary
from tests.bench.platform import ServerProcess, seed
from tests.support.databases import fresh_postgres_database

RUNS = 3


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Baseline:
    """A bare server from tests/bench/baselines.py in a child process."""

    def __init__(self, kind: str) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.baselines", kind, str(self.port)]
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError(f"baseline {kind} did not start")

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


async def p1(report: Report, work: Path) -> None:
    count = 1000
    echo = Baseline("echo")
    try:
        base_runs = [
            summary(await baselines.echo_round_trips(echo.port, count)) for _ in range(RUNS)
        ]
    finally:
        echo.stop()
    seeded = await seed(work / "p1", agents_count=1, cases_in_chat=1)
    server = ServerProcess(work / "p1")
    url = server.start()
    try:
        ref, token, _ = seeded.cases[0]
        runs = [
            summary(await live_scenarios.send_to_ack(url, ref, token, count)) for _ in range(RUNS)
        ]
    finally:
        server.kill()
    base, ours = median_run(base_runs, "p50"), median_run(runs, "p50")
    for q, factor, cap in (("p50", 5, 2.0), ("p99", 10, 10.0)):
        value, baseline = ms(ours[q]), ms(base[q])
        report.add(
            Figure(
                "P1",
                f"send → ack {q} (SQLite WAL, persisted)",
                value,
                "ms",
                baseline,
                f"≤ {factor}× and ≤ {cap:g} ms",
                value <= factor * baseline and value <= cap,
            )
        )


async def p9(report: Report, work: Path) -> None:
    seeded = await seed(work / "p9", agents_count=20, cases_in_chat=80, cases_queued=200)
    server = ServerProcess(work / "p9")
    url = server.start()
    try:
        in_chat = [(ref, token) for ref, token, agent in seeded.cases if agent is not None]
        queued = [(ref, token) for ref, token, agent in seeded.cases if agent is None]
        samples = await live_scenarios.freed_slot_to_assignment(
            url, list(seeded.agent_tokens.values()), in_chat, queued, rounds=60
        )
    finally:
        server.kill()
    figures = summary(samples)
    report.add(
        Figure(
            "P9",
            "freed slot → assigned, seen by both (p99)",
            figures["p99"],
            "s",
            None,
            "≤ 1 s p99 (200 waiting, 20 agents)",
            figures["p99"] <= 1.0,
            notes=f"p50 {figures['p50'] * 1000:.1f} ms over {len(samples)} assignments",
        )
    )


async def p3(report: Report, work: Path) -> None:
    subscribers, messages = 1000, 50
    base = sorted([await baselines.broadcast_loop(subscribers, messages) for _ in range(RUNS)])
    ours = sorted(
        [await hub_fanout.hub_fanout(work / f"p3-{n}", subscribers, messages) for n in range(RUNS)]
    )
    value, baseline = ours[len(ours) // 2], base[len(base) // 2]
    report.add(
        Figure(
            "P3",
            "fan-out to 1,000 subscribers (deliveries/s)",
            value,
            "/s",
            baseline,
            "≥ 50 % of the bare loop",
            value >= 0.5 * baseline,
        )
    )


async def p5(report: Report, work: Path) -> None:
    count = 5000
    seeded = await seed(work / "p5", agents_count=1, cases_in_chat=count)
    server = ServerProcess(work / "p5")
    url = server.start()
    try:
        cases = [(ref, token) for ref, token, _ in seeded.cases]
        warm = await live_scenarios.open_idle(url, cases[:100])
        await asyncio.sleep(1)
        before = server.rss_kib()
        rest = await live_scenarios.open_idle(url, cases[100:])
        await asyncio.sleep(2)
        after = server.rss_kib()
        for ws in warm + rest:
            await ws.close()
    finally:
        server.kill()
    per = (after - before) / (count - 100)
    report.add(
        Figure(
            "P5",
            "memory per idle authenticated connection",
            per,
            "KiB",
            None,
            "≤ 40 KiB",
            per <= 40,
            notes=f"server RSS {before} → {after} KiB for {count - 100} connections",
        )
    )


async def p6(report: Report, work: Path) -> None:
    count = 1000
    echo = Baseline("echo")
    try:
        rate = await live_scenarios.connect_rate(echo.port, count)
    finally:
        echo.stop()
    seeded = await seed(work / "p6", agents_count=1, cases_in_chat=count)
    server = ServerProcess(work / "p6")
    url = server.start()

    def restart() -> None:
        server.kill()
        server.start()

    try:
        cases = [(ref, token) for ref, token, _ in seeded.cases]
        seconds, gaps = await live_scenarios.reconnect_storm(url, cases, restart)
    finally:
        server.kill()
    report.add(
        Figure(
            "P6",
            "reconnect storm: 1,000 dropped → all resumed",
            seconds,
            "s",
            count / rate,
            "all resumed, no gaps, ≤ 5 s",
            gaps == 0 and seconds <= 5.0,
            notes=f"{gaps} clients with gaps; baseline = 1,000 bare connects at {rate:.0f}/s",
        )
    )


async def p2(report: Report, work: Path) -> None:
    conversations, seconds = 500, 10.0
    relay = Baseline("relay")
    try:
        base = summary(await live_scenarios.relay_pairs(relay.port, conversations, seconds))
    finally:
        relay.stop()
    seeded = await seed(work / "p2", agents_count=20, cases_in_chat=conversations, max_chats=100)
    server = ServerProcess(work / "p2")
    url = server.start()
    try:
        cases = [(ref, token) for ref, token, _ in seeded.cases]
        latencies, sent, got = await live_scenarios.user_to_agent(
            url, url, list(seeded.agent_tokens.values()), cases, seconds
        )
    finally:
        server.kill()
    ours = summary(latencies)
    report.add(
        Figure(
            "P2",
            "user → agent p99, 500 conversations × 1/s",
            ms(ours["p99"]),
            "ms",
            ms(base["p99"]),
            "≤ 10× relay p99, no errors",
            got == sent and ours["p99"] <= 10 * base["p99"],
            notes=f"{sent} sent, {got} delivered; p50 {ms(ours['p50']):.1f} ms "
            f"(relay {ms(base['p50']):.2f} ms)",
        )
    )


P4_MESSAGES = int(os.environ.get("P4_MESSAGES", "20000"))


async def _p4_pair(
    work: Path,
    name: str,
    database_url: str,
    redis_url: str,
    two: bool,
    seconds: float,
    conversations: int,
    rate: float,
) -> tuple[dict[str, float], int, int]:
    prefix = f"bench-{uuid.uuid4().hex[:8]}:"
    env = {
        "RECOVERY_DATABASE_URL": database_url,
        "RECOVERY_REDIS_URL": redis_url,
        "RECOVERY_REDIS_PREFIX": prefix,
    }
    seeded = await seed(
        work / name,
        agents_count=10,
        cases_in_chat=conversations,
        max_chats=1000,
        database_url=database_url,
    )
    first = ServerProcess(work / name, **env)
    second = ServerProcess(work / name, **env) if two else first
    requester_url = first.start()
    agent_url = second.start() if two else requester_url
    try:
        cases = [(ref, token) for ref, token, _ in seeded.cases]
        latencies, sent, got = await live_scenarios.user_to_agent(
            requester_url, agent_url, list(seeded.agent_tokens.values()), cases, seconds, rate
        )
    finally:
        first.kill()
        second.kill()
    return summary(latencies), sent, got


async def p4(report: Report, work: Path) -> None:
    admin = os.environ.get("RECOVERY_TEST_POSTGRES_URL")
    redis_url = os.environ.get("RECOVERY_TEST_REDIS_URL")
    if not (admin and redis_url):
        print("P4   skipped: set RECOVERY_TEST_POSTGRES_URL and RECOVERY_TEST_REDIS_URL")
        return
    conversations, rate = 50, 4.0
    seconds = P4_MESSAGES / (conversations * rate)
    results = {}
    for label, two in (("one", False), ("two", True)):
        async with fresh_postgres_database() as url:
            results[label] = await _p4_pair(
                work, f"p4-{label}", url, redis_url, two, seconds, conversations, rate
            )
    one, (two, sent, got) = results["one"][0], results["two"]
    lost_or_dup = sent - got
    report.add(
        Figure(
            "P4",
            "2 processes + Redis: user → agent p50",
            ms(two["p50"]),
            "ms",
            ms(one["p50"]),
            "≤ +1 ms over one process",
            two["p50"] - one["p50"] <= 0.001,
        )
    )
    report.add(
        Figure(
            "P4",
            "2 processes + Redis: user → agent p99",
            ms(two["p99"]),
            "ms",
            ms(one["p99"]),
            f"≤ 2×; 0 lost/dup in {sent} msgs",
            two["p99"] <= 2 * one["p99"] and lost_or_dup == 0,
            notes=f"{sent} sent, {got} delivered exactly once",
        )
    )


SCENARIOS: dict[str, Callable[[Report, Path], Coroutine[Any, Any, None]]] = {
    "P1": p1,
    "P2": p2,
    "P3": p3,
    "P4": p4,
    "P5": p5,
    "P6": p6,
    "P9": p9,
    "P13": uploads.p13,
    "AGENT": client_agent.agent_desk_scenario,
    "P7": lambda report, work: client_start.p7(report),
    "P8": lambda report, work: client_gui.p8(report),
    "P10": lambda report, work: client_gui.p10(report),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("only", nargs="*", help="figures to run, e.g. P1 P3 (default: all)")
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args(argv)
    report = Report()
    print(Report.header())
    with tempfile.TemporaryDirectory(prefix="recovery-bench-") as tmp:
        for name, scenario in SCENARIOS.items():
            if args.only and name not in args.only:
                continue
            asyncio.run(scenario(report, Path(tmp)))
    path = report.write(args.out)
    print(f"\nresults written to {path}")
    return 0 if all(f.passed for f in report.figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
