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

// mail sends msg (headers and body, see compose) to the addresses to. net/smtp
// has no context, so the connection is dialled with ctx and given ctx's
// deadline.
func (n *Notifier) mail(ctx context.Context, to []string, msg []byte) error {
	addr := net.JoinHostPort(n.smtp.Host, strconv.Itoa(n.smtp.Port))
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	// net/smtp does not watch ctx: closing the connection when ctx ends
	// stops a server that hangs mid-dialogue.
	defer context.AfterFunc(ctx, func() { conn.Close() })()
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
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			return fmt.Errorf("alert: mail: to %s: %w", rcpt, err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	if _, err := w.Write(msg); err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("alert: mail: %w", err)
	}
	return c.Quit()
}

// message renders alert a as an e-mail to the practice-wide addresses.
func (n *Notifier) message(a Alert) []byte {
	var b strings.Builder
	b.WriteString(a.Message + "\n\n")
	n.alertLines(&b, a)
	b.WriteString("\nAcknowledge it on the Alerts page of practicepost.\n")
	return n.compose(n.smtp.To, fmt.Sprintf("%s: %s", a.Severity, strings.ReplaceAll(a.Kind, "_", " ")), a.ID, a.At, b.String())
}

// alertLines writes a's fields, one "Key: value" line each.
func (n *Notifier) alertLines(b *strings.Builder, a Alert) {
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "%s: %s\n", k, v)
		}
	}
	line("Kind", a.Kind)
	line("Post", string(a.PostID))
	line("Channel", a.Channel)
	line("Time", a.At.UTC().Format(time.RFC3339))
	line("Alert", a.ID)
	line("Open", n.PostLink(a))
}

// compose renders an e-mail, headers and body, with CRLF line ends. The
// subject gets the "[practicepost]" prefix and the practice's name.
func (n *Notifier) compose(to []string, subject, id string, at time.Time, body string) []byte {
	subject = "[practicepost] " + subject
	if n.name != "" {
		subject += " (" + n.name + ")"
	}
	var b bytes.Buffer
	hdr := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	hdr("From", n.smtp.From)
	hdr("To", strings.Join(to, ", "))
	hdr("Subject", mime.QEncoding.Encode("utf-8", subject))
	hdr("Date", at.Format(time.RFC1123Z))
	hdr("Message-ID", "<"+id+"@practicepost>")
	hdr("MIME-Version", "1.0")
	hdr("Content-Type", "text/plain; charset=utf-8")
	b.WriteString("\r\n")
	b.WriteString(strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\n", "\r\n"))
	return b.Bytes()
}
