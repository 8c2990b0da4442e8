// A self-signed certificate for localhost and 127.0.0.1 (valid until 2126), only for loopback
// TLS servers in tests: the private key protects nothing. Made with
// openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj /CN=localhost \
//   -addext subjectAltName=DNS:localhost,IP:127.0.0.1

export const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBmjCCAUGgAwIBAgIUciCVmBho8jM0fWPda8V3xds/oxMwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEzMDA3NTAwMloYDzIxMjYxMTA2
MDc1MDAyWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATlbLZ6vie3r69+rK/I/XI5VyWR3+0dTJVx8OtcLJKeTLm777jzRnPD
cykbn3bYN18CgMwXllIVsONqECr1UskCo28wbTAdBgNVHQ4EFgQUSk1okH2SJzf4
zUI2qIJeZr5bqTowHwYDVR0jBBgwFoAUSk1okH2SJzf4zUI2qIJeZr5bqTowDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDRwAwRAIgQO7ikRMYMVlb80Q3HbCNrLY3ZY7RQMVfYGkjcBhZ8DMCIBv+
3awubLjd+4Mcxg3IHt0Vo4ol34DoVnEYNZRFIdpa
-----END CERTIFICATE-----
`;

export const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgKS1LgpXyca9iBX3e
Jnb6I58BG6Amwown+TroD0po3fShRANCAATlbLZ6vie3r69+rK/I/XI5VyWR3+0d
TJVx8OtcLJKeTLm777jzRnPDcykbn3bYN18CgMwXllIVsONqECr1UskC
-----END PRIVATE KEY-----
`;
