//! The browser harness: finds Chromium, chromedriver and axe-core, starts a
//! chromedriver of the test's own, and offers the few steps the flows need.

use std::{
    io::Write,
    net::{SocketAddr, TcpListener, TcpStream},
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

use anyhow::{Context, Result, anyhow, ensure};
use fantoccini::{Client, ClientBuilder, Locator};
use forsa_tests::{PASSWORD, eventually};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

struct Pieces {
    chromium: PathBuf,
    chromedriver: PathBuf,
    axe: String,
}

fn path_from(variable: &str, default: &str) -> PathBuf {
    std::env::var_os(variable).map_or_else(|| PathBuf::from(default), PathBuf::from)
}

fn pieces() -> std::result::Result<Pieces, String> {
    let chromium = path_from("FORSA_CHROMIUM", "/usr/bin/chromium");
    let chromedriver = path_from("FORSA_CHROMEDRIVER", "/usr/bin/chromedriver");
    let axe_path = std::env::var_os("FORSA_AXE_JS").map_or_else(
        || {
            let home = std::env::var_os("HOME").unwrap_or_default();
            PathBuf::from(home).join(".cache/forsa-node/node_modules/axe-core/axe.min.js")
        },
        PathBuf::from,
    );
    let mut missing = Vec::new();
    if !chromium.is_file() {
        missing.push(format!("Chromium ({})", chromium.display()));
    }
    if !chromedriver.is_file() {
        missing.push(format!("chromedriver ({})", chromedriver.display()));
    }
    let axe = std::fs::read_to_string(&axe_path).unwrap_or_default();
    if axe.is_empty() {
        missing.push(format!(
            "axe-core ({}; set FORSA_AXE_JS)",
            axe_path.display()
        ));
    }
    if missing.is_empty() {
        Ok(Pieces {
            chromium,
            chromedriver,
            axe,
        })
    } else {
        Err(missing.join(", "))
    }
}

/// A chromedriver process of this test's own, ended when the test is done.
struct Chromedriver(Child);

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// How many chromedrivers a test starts before it gives up.
const DRIVER_ATTEMPTS: usize = 3;

/// A chromedriver listening on a port of its own, once it answers there.
async fn spawn_driver(chromedriver: &std::path::Path) -> (Chromedriver, u16) {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .unwrap()
        .port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut driver = Chromedriver(child);
    let listening = eventually(Duration::from_secs(15), || {
        let running = matches!(driver.0.try_wait(), Ok(None));
        async move { running && TcpStream::connect(("127.0.0.1", port)).is_ok() }
    })
    .await;
    assert!(
        listening || driver.0.try_wait().is_ok_and(|ended| ended.is_some()),
        "chromedriver did not start"
    );
    (driver, port)
}

/// What the session asks of Chromium: headless, English, a desk-sized window.
fn capabilities(chromium: &std::path::Path) -> serde_json::Map<String, Value> {
    let capabilities = json!({
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-gpu", "--lang=en-US", "--window-size=1280,900",
            ],
            "prefs": { "intl.accept_languages": "en-US,en" },
        }
    });
    let Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    capabilities
}

/// How often an element redrawn under a read is found again.
const STALE_RETRIES: usize = 5;

pub struct Browser {
    pub client: Client,
    base: String,
    axe: String,
    _driver: Chromedriver,
}

impl Browser {
    /// A headless Chromium for the server at `address`; `None` (after saying so on
    /// stderr) when the pieces are missing and the suite is not required.
    pub async fn start(address: SocketAddr) -> Option<Browser> {
        let pieces = match pieces() {
            Ok(pieces) => pieces,
            Err(missing) => {
                let required = std::env::var("FORSA_BROWSER_REQUIRED").is_ok_and(|v| v == "1");
                assert!(!required, "FORSA_BROWSER_REQUIRED=1 but missing: {missing}");
                // Straight to stderr, past the test harness's capture, so it is seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIPPING browser test: missing {missing}. Install chromium, chromium-driver and axe-core (see README, Web)."
                );
                return None;
            }
        };
        // The port is free when chosen and may be taken before chromedriver binds
        // it (another test's server, chosen by the system the same way); then the
        // driver ends, or the session finds no one: start again on another port.
        for attempt in 1..=DRIVER_ATTEMPTS {
            let (driver, port) = spawn_driver(&pieces.chromedriver).await;
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities(&pieces.chromium))
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => {
                    return Some(Browser {
                        client,
                        base: format!("http://{address}"),
                        axe: pieces.axe,
                        _driver: driver,
                    });
                }
                Err(error) if attempt < DRIVER_ATTEMPTS => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "chromedriver on port {port} gave no session ({error}); starting another"
                    );
                }
                Err(error) => panic!("no browser session after {attempt} attempts: {error}"),
            }
        }
        unreachable!("the last attempt returns or panics")
    }

    /// Runs a flow and always ends the browser session, so that a failing flow
    /// leaves no Chromium behind.
    pub async fn run<F>(self, flow: F)
    where
        F: AsyncFnOnce(&Browser) -> Result<()>,
    {
        let result = flow(&self).await;
        let _ = self.client.clone().close().await;
        if let Err(error) = result {
            panic!("{error:#}");
        }
    }

    pub async fn goto(&self, path: &str) -> Result<()> {
        self.client.goto(&format!("{}{path}", self.base)).await?;
        Ok(())
    }

    pub async fn path(&self) -> Result<String> {
        Ok(self.client.current_url().await?.path().to_owned())
    }

    /// Waits for an element; pages load after a click. The element found may be
    /// redrawn before it is read (the kiosk draws its screens from script): `text`,
    /// `attr` and `click` then find it again, up to `STALE_RETRIES` times.
    pub async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element> {
        self.wait_at_most(css, Duration::from_secs(10)).await
    }

    /// `wait_for` an element that a job running on the server shows when it ends
    /// (an import's summary): a suite of flows in parallel on two cores can hold a
    /// job up for longer than a page takes to draw.
    pub async fn wait_for_job(&self, css: &str) -> Result<fantoccini::elements::Element> {
        self.wait_at_most(css, Duration::from_secs(60)).await
    }

    async fn wait_at_most(
        &self,
        css: &str,
        bound: Duration,
    ) -> Result<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(bound)
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("waiting for {css}"))
    }

    /// Clicks `css` and waits until the browser has left the page (its address has
    /// changed): after a button that starts a job on a page showing another job's
    /// summary, `wait_for_job` would otherwise find the summary of the page left.
    pub async fn click_away(&self, css: &str) -> Result<()> {
        let before = self.path().await?;
        self.click(css).await?;
        let left = eventually(Duration::from_secs(10), || async {
            self.path().await.is_ok_and(|path| path != before)
        })
        .await;
        ensure!(left, "still on {before} after clicking {css}");
        Ok(())
    }

    pub async fn text(&self, css: &str) -> Result<String> {
        for _ in 0..STALE_RETRIES {
            match self.wait_for(css).await?.text().await {
                Err(error) if error.is_stale_element_reference() => continue,
                read => return Ok(read?),
            }
        }
        Err(anyhow!("{css} kept being redrawn"))
    }

    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>> {
        for _ in 0..STALE_RETRIES {
            match self.wait_for(css).await?.attr(name).await {
                Err(error) if error.is_stale_element_reference() => continue,
                read => return Ok(read?),
            }
        }
        Err(anyhow!("{css} kept being redrawn"))
    }

    pub async fn click(&self, css: &str) -> Result<()> {
        for _ in 0..STALE_RETRIES {
            match self.wait_for(css).await?.click().await {
                Err(error) if error.is_stale_element_reference() => continue,
                done => return Ok(done?),
            }
        }
        Err(anyhow!("{css} kept being redrawn"))
    }

    /// Fills the sign-in form and sends it.
    pub async fn sign_in(&self, email: &str, password: &str) -> Result<()> {
        self.wait_for("#email").await?.send_keys(email).await?;
        self.wait_for("#password")
            .await?
            .send_keys(password)
            .await?;
        self.click("form[action='/login'] button[type=submit]")
            .await
    }

    /// Signs in from the sign-in page as one of the suite's accounts (all share the
    /// harness's password) and waits for the role's navigation.
    pub async fn sign_in_as(&self, email: &str) -> Result<()> {
        self.goto("/login").await?;
        self.sign_in(email, PASSWORD).await?;
        self.wait_for("nav.main-nav").await?;
        Ok(())
    }

    /// Signs out with the shell's button and waits for the sign-in page.
    pub async fn sign_out(&self) -> Result<()> {
        self.click("#sign-out").await?;
        // Wait for the sign-in page itself: the page signed out from may have an
        // `#email` field of its own (the new-user form).
        for _ in 0..50 {
            if self.path().await? == "/login" {
                self.wait_for("#email").await?;
                return Ok(());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        Err(anyhow!(
            "not signed out to the sign-in page: at {}",
            self.path().await?
        ))
    }

    /// Fails if the page scrolls sideways in the window as it is now, or breaks a
    /// word across lines.
    pub async fn fits_the_width(&self) -> Result<()> {
        let overflow = self
            .client
            .execute(
                "const e = document.scrollingElement; return e.scrollWidth - e.clientWidth;",
                Vec::new(),
            )
            .await?;
        let path = self.path().await?;
        if overflow.as_i64().is_some_and(|o| o <= 0) {
            return self.no_word_broken().await;
        }
        // The innermost elements that stick out, to say where to look.
        let culprits = self
            .client
            .execute(
                r"const w = document.documentElement.clientWidth;
                  const out = e => { const r = e.getBoundingClientRect();
                                     return r.width > 0 && (r.right > w + 1 || r.left < -1); };
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => out(e) && ![...e.children].some(out))
                    .slice(0, 5)
                    .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className}: ${(e.textContent || '').trim().slice(0, 40)}`);",
                Vec::new(),
            )
            .await?;
        Err(anyhow!(
            "{path} scrolls sideways by {overflow} px; sticking out: {culprits}"
        ))
    }

    /// No word is broken across two lines: a word wraps whole or not at all (long
    /// tokens such as addresses, and words joined by dashes, may wrap where they
    /// allow). A word's boxes that do not share a line are a broken word.
    pub async fn no_word_broken(&self) -> Result<()> {
        let broken = self
            .client
            .execute(
                r"const broken = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  const range = document.createRange();
                  for (let node; (node = walker.nextNode()) && broken.length < 5;) {
                    const el = node.parentElement;
                    if (!el || el.closest('script, style, option, select, textarea, [hidden]')) continue;
                    for (const m of node.data.matchAll(/\S+/g)) {
                      const word = m[0];
                      if (word.length < 2 || word.length > 24 || /[@\/_\-\u2013\u2014]/.test(word)) continue;
                      range.setStart(node, m.index);
                      range.setEnd(node, m.index + word.length);
                      const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
                      const first = boxes[0];
                      if (first && boxes.some((r) => r.top >= first.bottom - 1 || r.bottom <= first.top + 1)) {
                        broken.push(word);
                      }
                    }
                  }
                  return broken;",
                Vec::new(),
            )
            .await?;
        let path = self.path().await?;
        match broken.as_array() {
            Some(words) if !words.is_empty() => {
                Err(anyhow!("{path} breaks words across lines: {broken}"))
            }
            _ => Ok(()),
        }
    }

    /// The page on a 360 px wide phone: nothing runs off the side. The window is
    /// put back to its desktop size after.
    pub async fn fits_a_phone(&self) -> Result<()> {
        self.client.set_window_size(360, 800).await?;
        let fits = self.fits_the_width().await;
        self.client.set_window_size(1280, 900).await?;
        fits.context("at 360 px")
    }

    /// Presses the language switch and waits for the page in the other direction.
    pub async fn switch_language(&self) -> Result<()> {
        let before = self.attr("html", "dir").await?.unwrap_or_default();
        self.click("form[action='/language'] button").await?;
        let after = if before == "rtl" { "ltr" } else { "rtl" };
        self.wait_for(&format!("html[dir='{after}']")).await?;
        Ok(())
    }

    /// Saves the page at a phone's width and a desk's, as `<name>-phone` and
    /// `<name>-desk`.
    pub async fn screenshots(&self, name: &str) -> Result<()> {
        for (width, size) in [(360, "phone"), (1366, "desk")] {
            self.client.set_window_size(width, 900).await?;
            self.screenshot(&format!("{name}-{size}")).await?;
        }
        Ok(())
    }

    /// What each step of a flow is held to: axe-core finds nothing serious, it fits
    /// a phone, and it is kept at both widths to be looked at.
    pub async fn looked_at(&self, name: &str) -> Result<()> {
        self.check_accessibility().await?;
        self.fits_a_phone().await?;
        self.screenshots(name).await
    }

    /// Saves the page as `<FORSA_SCREENSHOTS>/<name>.png` when that variable names a
    /// folder, to be looked at: a page is done when it has been seen.
    pub async fn screenshot(&self, name: &str) -> Result<()> {
        let Some(dir) = std::env::var_os("FORSA_SCREENSHOTS") else {
            return Ok(());
        };
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir)?;
        // The whole page, not only what the window shows: the window is made as tall
        // as the page (up to a limit) for the picture, then put back.
        let (_, _, width, height) = self.client.get_window_rect().await?;
        let tall = self
            .client
            .execute("return document.documentElement.scrollHeight;", Vec::new())
            .await?
            .as_u64()
            .unwrap_or(height)
            .clamp(height, 6000);
        // The window's frame is taller than the page's view by the browser's bars.
        self.client
            .set_window_size(width as u32, (tall + height / 8) as u32)
            .await?;
        let png = self.client.screenshot().await;
        self.client
            .set_window_size(width as u32, height as u32)
            .await?;
        std::fs::write(dir.join(format!("{name}.png")), png?)?;
        Ok(())
    }

    /// The page printed on A4 as Chromium prints it (the page's own print style, no
    /// shrinking to fit), kept as `<FORSA_SCREENSHOTS>/<name>.pdf` to be looked at;
    /// the PDF's bytes.
    pub async fn printed(&self, name: &str) -> Result<Vec<u8>> {
        let a4 = fantoccini::wd::PrintConfiguration::builder()
            .size(fantoccini::wd::PrintSize::A4)
            .shrink_to_fit(false)
            .background(true)
            .build()
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let pdf = self.client.print(a4).await?;
        if let Some(dir) = std::env::var_os("FORSA_SCREENSHOTS") {
            let dir = std::path::PathBuf::from(dir);
            std::fs::create_dir_all(&dir)?;
            std::fs::write(dir.join(format!("{name}.pdf")), &pdf)?;
        }
        Ok(pdf)
    }

    /// Fails if a stylesheet of the page was not applied: the Content-Security-Policy
    /// leaves a refused `<style>` or `<link>` without its `sheet`.
    pub async fn styles_applied(&self) -> Result<()> {
        let refused = self
            .client
            .execute(
                r"return [...document.querySelectorAll('style, link[rel=stylesheet]')]
                    .filter(e => !e.sheet).map(e => e.outerHTML.slice(0, 60));",
                Vec::new(),
            )
            .await?;
        let path = self.path().await?;
        ensure!(
            refused.as_array().is_some_and(Vec::is_empty),
            "{path}: stylesheets not applied: {refused}"
        );
        Ok(())
    }

    /// Runs axe-core on the page and fails on any serious or critical violation; its
    /// stylesheets must have been applied first (colour contrast depends on them).
    pub async fn check_accessibility(&self) -> Result<()> {
        self.styles_applied().await?;
        self.client.execute(&self.axe, Vec::new()).await?;
        let found = self
            .client
            .execute_async(
                r"const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.map(n => n.target.join(' ')) }))))
                  .catch(e => done({ error: String(e) }));",
                Vec::new(),
            )
            .await?;
        let path = self.path().await?;
        if let Some(error) = found.get("error") {
            return Err(anyhow!("axe-core failed on {path}: {error}"));
        }
        let violations = found.as_array().cloned().unwrap_or_default();
        ensure!(
            violations.is_empty(),
            "axe-core: serious or critical violations on {path}: {}",
            serde_json::to_string_pretty(&violations)?
        );
        Ok(())
    }
}
