"""Run the tests against the newest releases pyproject.toml allows, ignoring uv.lock.

    make test-newest

Installs leaderdeck with its test extra into a scratch venv (.venv-newest) with uv's
highest resolution, lists every package whose version differs from uv.lock, and runs
the test suite there. When the tests fail, it says which packages moved since the lock,
so a new upstream release that would break a user's fresh install fails here first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-newest"
UV = Path(sys.executable).parent / "uv"


def locked_versions() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    return {p["name"]: p["version"] for p in lock["package"] if "version" in p}


def installed_versions(python: Path) -> dict[str, str]:
    listing = subprocess.run([str(UV), "pip", "list", "--python", str(python), "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
    return {p["name"].lower().replace("_", "-"): p["version"] for p in json.loads(listing)}


def moved(locked: dict[str, str], installed: dict[str, str]) -> list[str]:
    return [f"{name} {locked.get(name, '(not locked)')} -> {version}"
            for name, version in sorted(installed.items())
            if name not in ("leaderdeck", "pip", "uv") and locked.get(name) != version]


def main() -> int:
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    subprocess.run([str(UV), "venv", "--quiet", "--allow-existing", "--python", sys.executable, str(VENV)],
                   check=True, env=env)
    python = VENV / "bin" / "python"
    subprocess.run([str(UV), "pip", "install", "--quiet", "--python", str(python), "--resolution", "highest",
                    "--reinstall-package", "leaderdeck", "-e", f"{ROOT}[test]"], check=True, env=env)
    changes = moved(locked_versions(), installed_versions(python))
    print("newest allowed releases that differ from uv.lock:", ", ".join(changes) or "none", flush=True)
    tests = subprocess.run([str(python), "-m", "pytest", *sys.argv[1:]], cwd=ROOT)
    if tests.returncode != 0:
        print("\nThe tests fail against the newest releases pyproject.toml allows."
              f"\nPackages that moved since the lock: {', '.join(changes) or 'none'}."
              "\nFix leaderdeck for the new release, or narrow the range in pyproject.toml;"
              " then `make upgrade` refreshes the lock.", file=sys.stderr)
    return tests.returncode


if __name__ == "__main__":
    sys.exit(main())
