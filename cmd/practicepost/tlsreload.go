package main

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"sync"
	"time"

	"github.com/practicepost/practicepost/post"
)

// certReloader serves [web] tls_cert/tls_key and reads them again on
// SIGHUP, so a renewed certificate (certbot, an internal CA's renewal job)
// takes effect without a restart. A reload that fails (a half-written
// file, a key that does not match) keeps the certificate being served:
// better the old one until it expires than no HTTPS at all.
type certReloader struct {
	certFile, keyFile string

	mu   sync.RWMutex
	cert *tls.Certificate
}

// newCertReloader loads the pair once; a bad pair at start is bad input.
func newCertReloader(certFile, keyFile string) (*certReloader, error) {
	c := &certReloader{certFile: certFile, keyFile: keyFile}
	if _, err := c.Reload(); err != nil {
		return nil, post.Errorf(post.EInvalid, "web: %v", err)
	}
	return c, nil
}

// Reload reads the files again and serves them from the next handshake
// on; on error the previous certificate stays. It returns the new
// certificate's expiry.
func (c *certReloader) Reload() (time.Time, error) {
	cert, err := tls.LoadX509KeyPair(c.certFile, c.keyFile)
	if err != nil {
		return time.Time{}, fmt.Errorf("tls_cert %s / tls_key %s: %w", c.certFile, c.keyFile, err)
	}
	leaf, err := x509.ParseCertificate(cert.Certificate[0])
	if err != nil {
		return time.Time{}, fmt.Errorf("tls_cert %s: %w", c.certFile, err)
	}
	cert.Leaf = leaf
	c.mu.Lock()
	c.cert = &cert
	c.mu.Unlock()
	return leaf.NotAfter, nil
}

// GetCertificate is tls.Config's hook.
func (c *certReloader) GetCertificate(*tls.ClientHelloInfo) (*tls.Certificate, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.cert, nil
}

// tlsConfig is the listener's configuration: TLS 1.2 at least (what
// every browser a practice uses speaks).
func (c *certReloader) tlsConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, GetCertificate: c.GetCertificate}
}
