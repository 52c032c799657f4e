"""Drive Debian's headless Chromium through chromedriver (selenium), fully offline.

Selenium is given both the browser and the driver path, so it never looks for (or downloads) its own.
The performance log carries the DevTools Network events: every request the page made is visible.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

CHROMIUM_HOW = "apt-get install chromium chromium-driver fonts-noto-cjk"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--lang=zh-CN"]


class Browser:
    """One Chromium for a test session; `open` loads a file and waits for the graph's first drawing."""

    def __init__(self, chromium: str, chromedriver: str, width: int = 1400, height: int = 900):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in FLAGS + [f"--user-data-dir={self.profile.name}", f"--window-size={width},{height}"]:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
        self.driver.set_page_load_timeout(120)
        self.url = ""

    def close(self) -> None:
        self.driver.quit()
        self.profile.cleanup()

    def open(self, path: Path, timeout: float = 120) -> float:
        """Load the page; return the ms from navigation start to the network's first drawing."""
        self.driver.get_log("browser")
        self.driver.get_log("performance")
        self.url = Path(path).resolve().as_uri()
        self.driver.get(self.url)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            drawn = self.js("return window.kg && window.kg.drawnAt")
            if drawn is not None:
                return float(drawn)
            time.sleep(0.05)
        raise TimeoutError(f"{path} was not drawn within {timeout} s")

    def wait_for(self, script: str, *args, timeout: float = 30):
        """Poll a script until it returns something true; return that value."""
        end = time.monotonic() + timeout
        while True:
            value = self.js(script, *args)
            if value or time.monotonic() > end:
                return value
            time.sleep(0.05)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def console_errors(self) -> list[str]:
        return [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]

    def requests(self) -> list[str]:
        """URLs the page asked for, besides itself (data: URLs are not network requests)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                url, page = msg["params"]["request"]["url"], msg["params"].get("documentURL")
                if page == self.url and url != self.url and not url.startswith("data:"):
                    urls.append(url)
        return urls

    def hover(self, x: float, y: float) -> None:
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.actions.action_builder import ActionBuilder

        actions = ActionChains(self.driver)
        builder = ActionBuilder(self.driver)
        builder.pointer_action.move_to_location(int(x), int(y))
        builder.perform()
        actions.reset_actions()

    def screenshot(self, path: Path) -> Path:
        self.driver.save_screenshot(str(path))
        return Path(path)
