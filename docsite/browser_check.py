"""The built documentation site in a real browser: a facade method's arguments are on its page.

Usage: browser_check.py --site DIR   (run by ``make docs`` after the build, with .venv-docs)

Serves ``DIR`` on a free port of 127.0.0.1, opens the resource page of ``MeetingsResource`` in
headless Chromium (Debian's ``chromium`` and ``chromium-driver``, driven by Selenium) and reads,
from the rendered page, the parameters table of ``MeetingsResource.create``: the ``title``
argument must be there with its type and the description its docstring gives. Then it types into
the site's search box and expects the reference page among the results (the search runs in the
page's JavaScript, so a page that only parsed would not pass). Exit 1 with what was missing.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# The flags this machine needs (see docs/maintaining.md, "The documentation site"): no sandbox as
# root, no GPU, and no background connections (the network is closed; they would be refused).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",  # wide enough for the menu bar (narrower, its search link folds away)
)
PAGE = "reference/resources/meetings/"
METHOD = "realtimekit_client.resources.meetings.MeetingsResource.create"
ARGUMENT = "title"
EXPECTED_TYPE = "str | None | Unset"
EXPECTED_DESCRIPTION = "Title of the meeting"
WAIT_SECONDS = 30  # an upper bound for a page to render on a loaded machine, not a measurement


class CheckFailed(Exception):
    """What the browser did not find."""


@contextmanager
def served(site: Path) -> Iterator[str]:
    """``site`` served over HTTP on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No line per request."""


@contextmanager
def browser() -> Iterator[Any]:
    """Headless Chromium under chromedriver, with a new empty profile folder."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    if missing:
        raise CheckFailed(
            f"{', '.join(missing)} not found: install Debian's packages "
            "(apt-get install -y chromium chromium-driver) and run make docs again"
        )
    profile = tempfile.mkdtemp(prefix="docs-browser-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def argument_row(driver: Any, base: str) -> dict[str, str]:
    """The cells (name, type, description, default) of ``ARGUMENT``'s row in ``METHOD``'s
    parameters table, as the browser renders them."""
    driver.get(base + PAGE)
    heading = f"//*[@id='{METHOD}']"
    row = (
        f"{heading}/following-sibling::div[contains(@class, 'doc-contents')][1]"
        f"//tr[td[1][normalize-space()='{ARGUMENT}']]"
    )
    try:
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_elements(By.XPATH, heading))
    except TimeoutException as error:
        raise CheckFailed(f"{base}{PAGE}: no heading for {METHOD}") from error
    cells = driver.find_elements(By.XPATH, f"{row}/td")
    if len(cells) != 4:
        raise CheckFailed(f"{base}{PAGE}: {METHOD} has no parameters row for {ARGUMENT!r}")
    name, type_, description, default = (cell.text.strip() for cell in cells)
    return {"name": name, "type": type_, "description": description, "default": default}


def check_argument(driver: Any, base: str) -> str:
    """Fail unless ``ARGUMENT``'s row shows the expected type and description; the row, said."""
    row = argument_row(driver, base)
    if row["type"] != EXPECTED_TYPE or EXPECTED_DESCRIPTION not in row["description"]:
        raise CheckFailed(
            f"{METHOD}({ARGUMENT}): {row}, expected type {EXPECTED_TYPE!r}, {EXPECTED_DESCRIPTION!r}"
        )
    return f"{METHOD}: {row['name']}: {row['type']} = {row['default']}: {row['description']}"


def check_search(driver: Any, base: str) -> str:
    """Type the resource's class name into the site's search and wait for its page in the results
    (the search index is loaded and queried by the page's scripts)."""
    driver.get(base)
    driver.find_element(By.CSS_SELECTOR, "[data-bs-target='#mkdocs_search_modal']").click()
    query = driver.find_element(By.ID, "mkdocs-search-query")
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: query.is_displayed())
    query.send_keys("MeetingsResource")
    link = f"#mkdocs-search-results a[href*='{PAGE}']"

    def listed(driver: Any) -> bool:
        # The search runs on a key press; one typed before the index had loaded found nothing.
        query.send_keys(Keys.END)
        return bool(driver.find_elements(By.CSS_SELECTOR, link))

    try:
        WebDriverWait(driver, WAIT_SECONDS, poll_frequency=1).until(listed)
    except TimeoutException as error:
        raise CheckFailed(f"{base}: searching 'MeetingsResource' did not list {PAGE}") from error
    return f"search 'MeetingsResource' lists {PAGE}"


def check_console(driver: Any) -> str:
    """Fail on an error in the browser's console (a script that failed, a file that did not load:
    the site must need nothing from outside)."""
    errors = [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
    if errors:
        raise CheckFailed("errors in the browser's console:\n  " + "\n  ".join(errors))
    return "no error in the browser's console"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--site", type=Path, required=True, help="the built site (make docs: site/)")
    site = parser.parse_args().site
    if not (site / PAGE / "index.html").is_file():
        sys.exit(f"{site / PAGE / 'index.html'}: not built (run make docs)")
    try:
        with served(site) as base, browser() as driver:
            for check in (check_argument, check_search):
                print(f"browser: {check(driver, base)}")
                print(f"browser: {check_console(driver)}")
    except CheckFailed as error:
        sys.exit(f"browser check failed: {error}")


if __name__ == "__main__":
    main()
