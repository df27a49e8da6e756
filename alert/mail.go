package alert

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"mime"
	"net"
	"net/smtp"
	"strconv"
	"strings"
	"time"
)

// mail sends a as a plain-text e-mail. net/smtp has no context, so the
// connection is dialled with ctx and given ctx's deadline.
func (n *Notifier) mail(ctx context.Context, a Alert) error {
	addr := net.JoinHostPort(n.smtp.Host, strconv.Itoa(n.smtp.Port))
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	if dl, ok := ctx.Deadline(); ok {
		if err := conn.SetDeadline(dl); err != nil {
			conn.Close()
			return fmt.Errorf("alert: mail: %w", err)
		}
	}
	c, err := smtp.NewClient(conn, n.smtp.Host)
	if err != nil {
		conn.Close()
		return fmt.Errorf("alert: mail: %w", err)
	}
	defer c.Close()
	if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(&tls.Config{ServerName: n.smtp.Host, MinVersion: tls.VersionTLS12}); err != nil {
			return fmt.Errorf("alert: mail: starttls: %w", err)
		}
	}
	if n.smtp.Username != "" {
		// PlainAuth itself refuses to send the password over a connection
		// that is neither TLS nor to localhost.
		auth := smtp.PlainAuth("", n.smtp.Username, n.smtp.Password.Reveal(), n.smtp.Host)
		if err := c.Auth(auth); err != nil {
			return fmt.Errorf("alert: mail: auth: %w", err)
		}
	}
	if err := c.Mail(n.smtp.From); err != nil {
		return fmt.Errorf("alert: mail: from: %w", err)
	}
	for _, to := range n.smtp.To {
		if err := c.Rcpt(to); err != nil {
			return fmt.Errorf("alert: mail: to %s: %w", to, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	if _, err := w.Write(n.message(a)); err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	return c.Quit()
}

// message renders the e-mail, headers and body, with CRLF line ends.
func (n *Notifier) message(a Alert) []byte {
	subject := fmt.Sprintf("[practicepost] %s: %s", a.Severity, strings.ReplaceAll(a.Kind, "_", " "))
	if n.name != "" {
		subject += " (" + n.name + ")"
	}
	var b bytes.Buffer
	hdr := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	hdr("From", n.smtp.From)
	hdr("To", strings.Join(n.smtp.To, ", "))
	hdr("Subject", mime.QEncoding.Encode("utf-8", subject))
	hdr("Date", a.At.Format(time.RFC1123Z))
	hdr("Message-ID", "<"+a.ID+"@practicepost>")
	hdr("MIME-Version", "1.0")
	hdr("Content-Type", "text/plain; charset=utf-8")
	b.WriteString("\r\n")
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %s\r\n", k, v)
		}
	}
	b.WriteString(strings.ReplaceAll(a.Message, "\n", "\r\n") + "\r\n\r\n")
	line("Kind", a.Kind)
	line("Post", a.PostID)
	line("Channel", a.Channel)
	line("Time", a.At.UTC().Format(time.RFC3339))
	line("Alert", a.ID)
	line("Open", n.PostLink(a))
	b.WriteString("\r\nAcknowledge it on the Alerts page of practicepost.\r\n")
	return b.Bytes()
}
