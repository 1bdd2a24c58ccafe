"""A warm process that runs `blues` commands in forked children and kills them on request.

The kill tests start this once (`python -m tests.resilience.kill_runner`): it
imports blues_desktop.cli.main, then for each request line on stdin
(JSON: {"args": [...], "kill_after": seconds or null}) forks a child that runs
`blues ARGS` exactly as the console script does, and SIGKILLs it `kill_after`
seconds after the fork. Forking saves the seconds each fresh interpreter spends
importing, so many kill points fit in CI's time. The answer line says whether the
child was killed or exited first, with its exit code and the time it ran.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback

from blues_desktop.cli.main import build_parser, main


def run_child(args: list[str], output: str | None) -> None:
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    sink = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_APPEND) if output else devnull
    os.dup2(sink, 1)
    os.dup2(sink, 2)
    try:
        code = main(args)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        code = 99
    os._exit(int(code or 0))


def serve() -> None:
    build_parser()  # every command module imported before the first fork
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            run_child(request["args"], request.get("output"))
        kill_after = request.get("kill_after")
        if kill_after is not None:
            time.sleep(max(0.0, kill_after - (time.perf_counter() - started)))
            os.kill(pid, signal.SIGKILL)  # a zombie (already exited) ignores it
        _pid, status = os.waitpid(pid, 0)
        elapsed = time.perf_counter() - started
        if os.WIFSIGNALED(status):
            answer = {"status": "killed", "code": None, "elapsed": elapsed}
        else:
            answer = {"status": "exited", "code": os.WEXITSTATUS(status), "elapsed": elapsed}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve()
