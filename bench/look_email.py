"""Screenshot an .eml's HTML body in headless Chromium, to look at what mail clients will show.

    python bench/look_email.py out/homs.eml [--width 800] [--height 2400]

Builds the sample first when no .eml is given. Prints the PNG path.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def html_part(eml: Path) -> str:
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("html",))
    if part is None:
        raise SystemExit(f"{eml}: no text/html part")
    content = part.get_content()
    assert isinstance(content, str)
    return content


def sample_eml(folder: Path) -> Path:
    """Build the sample's email (with its three attachments) into ``folder``."""
    cmd = [sys.executable, "-m", "reportgen", "build", str(ROOT / "seeds" / "homs.txt")]
    cmd += ["--out", str(folder), "--formats", "email", "--date", "2024-12-01"]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return folder / "homs.eml"


def screenshot(html: str, png: Path, width: int, height: int) -> Path:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium not found")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "body.html"
        page.write_text(html, encoding="utf-8")
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={width},{height}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eml", nargs="?", type=Path, help="the .eml to look at (default: sample)")
    parser.add_argument("--png", type=Path, default=Path(tempfile.gettempdir()) / "mail.png")
    parser.add_argument("--width", type=int, default=800)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args()
    eml = args.eml or sample_eml(Path(tempfile.mkdtemp(prefix="look_email.")))
    html = html_part(eml)
    print(screenshot(html, args.png.resolve(), args.width, args.height))


if __name__ == "__main__":
    main()
