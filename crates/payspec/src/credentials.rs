//! Credentials for the auth schemes the providers use, held in [`secrecy`] types.
//!
//! `Debug` never shows a secret: tokens, passwords, their md5, `auth_secret` and salts print
//! as `[redacted]`.

use std::fmt;

use md5::{Digest, Md5};
use secrecy::{ExposeSecret, SecretString};

/// Why credentials could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// The md5 hash is not 32 hexadecimal digits.
    #[error("the md5 password hash must be 32 hexadecimal digits")]
    BadMd5Hex,
    /// A required value is empty.
    #[error("{0} must not be empty")]
    Empty(&'static str),
    /// A value cannot be sent in an HTTP header.
    #[error("{0} contains characters that cannot go in an HTTP header")]
    NotHeaderSafe(&'static str),
}

const REDACTED: &str = "[redacted]";

/// A login with the md5 hash of its password, sent as `login` + `password` query parameters
/// (OneBox).
///
/// ```
/// use payspec::Md5Credentials;
/// let a = Md5Credentials::from_password("api-user", "secret").unwrap();
/// let b = Md5Credentials::from_md5_hex("api-user", "5EBE2294ECD0E0F08EAB7690D2A6EE69").unwrap();
/// assert_eq!(a.password_md5_hex(), b.password_md5_hex());
/// assert!(!format!("{a:?}").contains("5ebe22"));
/// ```
#[derive(Clone)]
pub struct Md5Credentials {
    login: String,
    password_md5: SecretString,
}

impl Md5Credentials {
    /// Hashes the plain password; the plain text is not kept.
    pub fn from_password(login: impl Into<String>, password: &str) -> Result<Self, CredentialsError> {
        let login = non_empty(login.into(), "login")?;
        if password.is_empty() {
            return Err(CredentialsError::Empty("password"));
        }
        let hex = hex::encode(Md5::digest(password.as_bytes()));
        Ok(Md5Credentials {
            login,
            password_md5: hex.into(),
        })
    }

    /// Uses an md5 hex digest as handed out by the provider's support, as is (case is
    /// normalised to lowercase).
    pub fn from_md5_hex(login: impl Into<String>, md5_hex: &str) -> Result<Self, CredentialsError> {
        let login = non_empty(login.into(), "login")?;
        let md5_hex = md5_hex.trim();
        if md5_hex.len() != 32 || !md5_hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CredentialsError::BadMd5Hex);
        }
        Ok(Md5Credentials {
            login,
            password_md5: md5_hex.to_ascii_lowercase().into(),
        })
    }

    /// The login.
    pub fn login(&self) -> &str {
        &self.login
    }

    /// The md5 hex of the password, exactly as it goes on the wire.
    pub fn password_md5_hex(&self) -> &str {
        self.password_md5.expose_secret()
    }
}

impl fmt::Debug for Md5Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Md5Credentials")
            .field("login", &self.login)
            .field("password_md5", &REDACTED)
            .finish()
    }
}

/// A cash-desk login and secret that go inside every JSON body, plus the salt used for
/// signatures (CrystalPay's `auth_login`, `auth_secret` and "Secret 2").
///
/// ```
/// use payspec::BodyCredentials;
/// let c = BodyCredentials::new("my-kassa", "s3cr3t").unwrap().with_salt("pepper").unwrap();
/// let shown = format!("{c:?}");
/// assert!(shown.contains("my-kassa") && !shown.contains("s3cr3t") && !shown.contains("pepper"));
/// ```
#[derive(Clone)]
pub struct BodyCredentials {
    login: String,
    secret: SecretString,
    salt: Option<SecretString>,
}

impl BodyCredentials {
    /// Login and secret; add the salt with [`BodyCredentials::with_salt`] to sign calls and
    /// verify callbacks.
    pub fn new(login: impl Into<String>, secret: impl Into<String>) -> Result<Self, CredentialsError> {
        let login = non_empty(login.into(), "auth_login")?;
        let secret = non_empty(secret.into(), "auth_secret")?;
        Ok(BodyCredentials {
            login,
            secret: secret.into(),
            salt: None,
        })
    }

    /// Adds the signing salt.
    pub fn with_salt(mut self, salt: impl Into<String>) -> Result<Self, CredentialsError> {
        self.salt = Some(non_empty(salt.into(), "salt")?.into());
        Ok(self)
    }

    /// The login.
    pub fn login(&self) -> &str {
        &self.login
    }

    /// The secret, exactly as it goes on the wire.
    pub fn secret(&self) -> &str {
        self.secret.expose_secret()
    }

    /// The salt, if one was given.
    pub fn salt(&self) -> Option<&str> {
        self.salt.as_ref().map(|s| s.expose_secret())
    }
}

impl fmt::Debug for BodyCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BodyCredentials")
            .field("login", &self.login)
            .field("secret", &REDACTED)
            .field("salt", &self.salt.as_ref().map(|_| REDACTED))
            .finish()
    }
}

/// A bearer token for the `Authorization` header.
///
/// ```
/// let t = payspec::BearerToken::new("tok-123").unwrap();
/// assert!(t.header_value().is_sensitive());
/// assert_eq!(format!("{t:?}"), "BearerToken([redacted])");
/// ```
#[derive(Clone)]
pub struct BearerToken(SecretString);

impl BearerToken {
    /// Wraps a token; it must be non-empty and header-safe.
    pub fn new(token: impl Into<String>) -> Result<Self, CredentialsError> {
        let token = non_empty(token.into(), "token")?;
        if reqwest::header::HeaderValue::from_str(&token).is_err() {
            return Err(CredentialsError::NotHeaderSafe("token"));
        }
        Ok(BearerToken(token.into()))
    }

    /// The token itself.
    pub fn token(&self) -> &str {
        self.0.expose_secret()
    }

    /// `Bearer <token>` as a header value marked sensitive (hidden from reqwest's Debug).
    pub fn header_value(&self) -> reqwest::header::HeaderValue {
        let mut v = reqwest::header::HeaderValue::from_str(&format!("Bearer {}", self.token()))
            .expect("checked in BearerToken::new");
        v.set_sensitive(true);
        v
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BearerToken({REDACTED})")
    }
}

fn non_empty(value: String, what: &'static str) -> Result<String, CredentialsError> {
    if value.trim().is_empty() {
        Err(CredentialsError::Empty(what))
    } else {
        Ok(value)
    }
}

/// A user name and password for HTTP Basic auth (PayKeeper's personal-cabinet user).
///
/// ```
/// let c = payspec::BasicCredentials::new("demo", "demo-password").unwrap();
/// assert!(c.header_value().is_sensitive());
/// assert!(!format!("{c:?}").contains("demo-password"));
/// ```
#[derive(Clone)]
pub struct BasicCredentials {
    user: String,
    password: SecretString,
}

impl BasicCredentials {
    /// The user must not contain `:`; neither may be empty.
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Result<Self, CredentialsError> {
        let user = non_empty(user.into(), "user")?;
        if user.contains(':') {
            return Err(CredentialsError::NotHeaderSafe("user (it contains ':')"));
        }
        let password = non_empty(password.into(), "password")?;
        Ok(BasicCredentials {
            user,
            password: password.into(),
        })
    }

    /// The user name.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The password.
    pub fn password(&self) -> &str {
        self.password.expose_secret()
    }

    /// `Basic base64(user:password)` as a header value marked sensitive.
    pub fn header_value(&self) -> reqwest::header::HeaderValue {
        use base64::Engine as _;
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.user, self.password()));
        let mut v =
            reqwest::header::HeaderValue::from_str(&format!("Basic {token}")).expect("base64 is header-safe");
        v.set_sensitive(true);
        v
    }

    /// The base64 part of the header, for redaction.
    pub fn encoded(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.user, self.password()))
    }
}

impl fmt::Debug for BasicCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BasicCredentials")
            .field("user", &self.user)
            .field("password", &REDACTED)
            .finish()
    }
}

/// A secret used only to sign or check notifications (PayKeeper's "secret word", Invoicebox's
/// notification key).
///
/// ```
/// let k = payspec::SigningKey::new("seed-word").unwrap();
/// assert_eq!(format!("{k:?}"), "SigningKey([redacted])");
/// ```
#[derive(Clone)]
pub struct SigningKey(SecretString);

impl SigningKey {
    /// Wraps a non-empty key.
    pub fn new(key: impl Into<String>) -> Result<Self, CredentialsError> {
        Ok(SigningKey(non_empty(key.into(), "signing key")?.into()))
    }

    /// The key itself.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey({REDACTED})")
    }
}
