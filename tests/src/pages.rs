//! Pages as a browser sees them over plain HTTP, for the page suites.

use reqwest::{StatusCode, header};

use crate::{Session, TestApp};

/// A browser's requests as one signed-in user: the session cookie, this server's
/// Origin on forms, redirects shown rather than followed.
pub struct Pages<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    cookie: String,
}

impl<'a> Pages<'a> {
    /// Pages in `lang`: a signed-in user's language is the one on their record.
    pub async fn of(session: &Session<'a>, lang: &str) -> Self {
        session.speaks(lang).await;
        Pages {
            app: session.app,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookie: format!("forsa_session={}; forsa_lang={lang}", session.token),
        }
    }

    async fn fetch(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.app.url(path))
            .header(header::COOKIE, &self.cookie)
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> (StatusCode, String) {
        let response = self.fetch(path).await;
        (response.status(), response.text().await.unwrap())
    }

    /// A download, as the page's link fetches it: the status and the bytes.
    pub async fn bytes(&self, path: &str) -> (StatusCode, Vec<u8>) {
        let response = self.fetch(path).await;
        (response.status(), response.bytes().await.unwrap().to_vec())
    }

    /// Posts a form; the status, the Location (if any) and the page.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> (StatusCode, String, String) {
        let response = self
            .client
            .post(self.app.url(path))
            .header(header::COOKIE, &self.cookie)
            .header(header::ORIGIN, self.app.url(""))
            .form(form)
            .send()
            .await
            .unwrap();
        let location = response
            .headers()
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        (response.status(), location, response.text().await.unwrap())
    }
}
