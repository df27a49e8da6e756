package scheduler

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// process handles one due delivery: claim it, call the platform, record
// what happened. Only one process runs per channel at a time.
func (s *Scheduler) process(ctx context.Context, item store.DueItem) (err error) {
	log := s.log.With("post_id", item.PostID, "channel", item.Channel)
	var c *claim
	// A panic here (reading the images, deciding an answer) must not take
	// the daemon down with every channel: the attempt counts as crashed.
	defer func() {
		if r := recover(); r != nil {
			log.Error("publishing panicked", "panic", fmt.Sprintf("%.200v", r), "stack", string(debug.Stack()))
			if c != nil {
				s.crashed(ctx, c, "practicepost's publishing code panicked", log)
			}
			err = nil
		}
	}()
	if lock := s.locks[item.Channel]; lock != nil {
		lock.Lock()
		defer lock.Unlock()
		if err := s.pacers[item.Channel].wait(ctx); err != nil {
			return err
		}
	}
	res, err := s.claimDelivery(ctx, item)
	if err != nil {
		// A claim can commit though its answer is lost with the
		// connection (a database server going away): the delivery is then
		// publishing with no call under way. Look it up once it is old
		// enough to decide, as after an unanswered platform call, rather
		// than at the next start, which a replica that keeps running may
		// never have.
		s.recheckAfter(s.now().Add(s.opt.ReconcileSettle))
		return err
	}
	if res.held() {
		log.Warn("delivery held", "reason", res.verdict.Reason.String())
	}
	if res.alert != nil {
		s.notify(ctx, *res.alert, res.stored)
	}
	c = res.claim
	if c == nil {
		return nil
	}
	log = log.With("attempt_id", c.attemptID)
	ch := s.opt.Channels[item.Channel]
	if _, ok := ch.(channels.Manual); ok {
		log.Info("manual channel: task for staff") // its alert went with the claim
		return nil
	}
	o, err := s.outgoing(c)
	var oc outcome
	if err != nil {
		// Nothing was sent: the media could not be read.
		oc = outcome{state: post.DeliveryFailed, reason: err.Error(), alertKind: alert.KindPublishFailed}
	} else {
		log.Info("publishing", "attempt", c.post.Deliveries[c.channel].Attempts)
		rec, perr := s.call(ctx, ch, c, o)
		if errors.Is(perr, errAbandoned) {
			log.Warn("call abandoned at shutdown; the delivery is reconciled at the next start")
			return nil
		}
		if ce := asCrash(perr); ce != nil {
			s.crashed(ctx, c, ce.why, log)
			return nil
		}
		oc = s.decide(ctx, c, ch, o.Text, rec, perr)
		if perr != nil {
			s.m.errors.WithLabelValues(c.channel, channels.ClassOf(perr).String()).Inc()
			log.Warn("publish failed", "class", channels.ClassOf(perr).String(), "error", perr)
		}
	}
	return s.record(ctx, c, oc, log)
}

// call publishes o. The call outlives a cancelled ctx by ShutdownGrace so
// an in-flight request can finish and be recorded; past that it is
// abandoned and reported as errAbandoned.
func (s *Scheduler) call(ctx context.Context, ch channels.Channel, c *claim, o post.Outgoing) (post.Receipt, error) {
	callCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opt.CallTimeout)
	defer cancel()
	var abandoned atomic.Bool
	stop := context.AfterFunc(ctx, func() {
		t := time.AfterFunc(s.opt.ShutdownGrace, func() { abandoned.Store(true); cancel() })
		context.AfterFunc(callCtx, func() { t.Stop() })
	})
	defer stop()
	rec, err := bounded(s, callCtx, c.channel, c.attemptID, func(ctx context.Context) (post.Receipt, error) { return ch.Publish(ctx, o) })
	if err != nil && ctx.Err() != nil && callCtx.Err() != nil && abandoned.Load() {
		return rec, errAbandoned
	}
	return rec, err
}

// manualTaskAlert tells staff a hand-posted channel's slot has come. It
// says which post and channel only: alerts are e-mailed and sent to
// webhooks, so the channel's Instructions, which may quote the post, stay
// with the post in the web UI, where the alert links.
func manualTaskAlert(id post.ID, channel string) alert.Alert {
	return alert.Alert{Kind: alert.KindManualTask, PostID: id, Channel: channel,
		Message: fmt.Sprintf("Post %s is due on %s, which is posted by hand. Open the post in practicepost for the text and the steps, post it, then confirm it there with the new post's address.", id, channel)}
}

// outgoing builds what the adapter publishes, with the images' bytes.
func (s *Scheduler) outgoing(c *claim) (post.Outgoing, error) {
	p := c.post
	o := post.Outgoing{PostID: p.ID, Channel: c.channel, AttemptID: c.attemptID, Text: p.TextFor(c.channel)}
	if p.Reply != nil && p.Reply.Channel == c.channel {
		o.ReplyTo = p.Reply.RemoteID
	}
	opt := p.OptionsFor(c.channel)
	o.Visibility, o.ContentWarning = opt.Visibility, opt.ContentWarning
	if t, ok := p.TopicFor(c.channel); ok {
		o.Topic = &t
	}
	for i, m := range p.Media {
		b, err := s.db.ReadMedia(m.Hash)
		if err != nil {
			// By number, not name: this reason reaches alerts, and a file
			// name can name a patient.
			return o, fmt.Errorf("image %d of %d could not be read from the data folder, so nothing was sent", i+1, len(p.Media))
		}
		o.Media = append(o.Media, post.MediaFile{Hash: m.Hash, Name: m.Name, ContentType: m.ContentType, AltText: m.AltText, Data: b})
	}
	return o, nil
}
