package scheduler

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the scheduler's Prometheus series.
type metrics struct {
	published *prometheus.CounterVec // by channel
	failed    *prometheus.CounterVec
	unknown   *prometheus.CounterVec
	held      *prometheus.CounterVec
	errors    *prometheus.CounterVec // by channel and error class
	alerts    *prometheus.CounterVec // by kind
	lateness  prometheus.Histogram
	queue     prometheus.Gauge
	loops     prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "practicepost", Subsystem: "scheduler", Name: name, Help: help}, labels)
	}
	m := &metrics{
		published: counter("posts_published_total", "Deliveries published.", "channel"),
		failed:    counter("posts_failed_total", "Deliveries that failed for good.", "channel"),
		unknown:   counter("posts_unknown_total", "Deliveries whose outcome nobody can tell.", "channel"),
		held:      counter("posts_held_total", "Deliveries held by the gate.", "channel"),
		errors:    counter("channel_errors_total", "Platform call errors by class.", "channel", "class"),
		alerts:    counter("alerts_total", "Alerts raised by kind.", "kind"),
		lateness: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "practicepost", Subsystem: "scheduler",
			Name: "publish_lateness_seconds", Help: "Time from a delivery's due time to its publication.",
			Buckets: []float64{0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 1800}}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "practicepost", Subsystem: "scheduler",
			Name: "queue_depth", Help: "Deliveries due now and not yet handled, at the last tick."}),
		loops: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "practicepost", Subsystem: "scheduler",
			Name: "loop_iterations_total", Help: "Times the loop woke and scanned the store."}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.published, m.failed, m.unknown, m.held, m.errors, m.alerts, m.lateness, m.queue, m.loops} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("scheduler: metrics: %w", err)
		}
	}
	return m, nil
}
