//! Signing in and out in a browser: the form, the attempt, and sign-out.

mod login;
mod logout;

pub use login::{form, login};
pub use logout::logout;
