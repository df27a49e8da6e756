package web

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/practicepost/practicepost/templates"
)

// withTemplates gives the test server the shipped template library and a
// practice whose details every shipped template can use.
func (e *testEnv) withTemplates() {
	e.t.Helper()
	lib, err := templates.Load("", nil)
	if err != nil {
		e.t.Fatal(err)
	}
	opt := e.srv.opt
	opt.Templates = lib
	opt.Practice = templates.Practice{Name: "Maple Family Clinic", Phone: "212-555-0100", BookingURL: "https://maple.example/book",
		Address: "1 Main St", Hours: "Mon-Fri 8-5", Website: "https://maple.example"}
	srv, err := New(opt)
	if err != nil {
		e.t.Fatal(err)
	}
	e.srv = srv
	e.ts.Config.Handler = srv.Handler()
}

// TestComposeTemplateAsksForItsDetails: picking a template that needs
// details asks for them instead of showing an internal error; what was
// typed is kept when some are still missing, every missing one is named,
// and the filled template is rendered into the form on the server.
func TestComposeTemplateAsksForItsDetails(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.withTemplates()
	tok, _ := e.session("sam")
	tests := []struct {
		name, query string
		want, not   []string
	}{
		{"picked, nothing typed yet", "template=holiday-hours",
			[]string{`value="holiday-hours" selected`, `name="var_holiday"`, `name="var_closed"`, `name="var_reopen"`, "Fill in holiday, closed and reopen"},
			[]string{"templates: render", `role="alert"`}},
		{"some typed", "template=holiday-hours&var_holiday=Thanksgiving&var_closed=",
			[]string{`value="holiday-hours" selected`, `value="Thanksgiving"`, "closed and reopen"},
			[]string{"templates: render", "will be closed"}},
		{"all typed", "template=holiday-hours&var_holiday=Thanksgiving&var_closed=Thursday+27+November&var_reopen=Friday+at+8",
			[]string{"Our office will be closed Thursday 27 November for Thanksgiving", "We will reopen Friday at 8", `name="template" value="holiday-hours"`},
			[]string{"templates: render"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp := e.do("GET", "/posts/new?"+tc.query, tok, nil)
			body := readBody(t, resp)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}
}

// TestBrowserComposeFromTemplate: staff pick "Holiday hours", are asked for
// its details, fill them in and get the post text, ready to save.
func TestBrowserComposeFromTemplate(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	e.withTemplates()
	ctx := browserCtx(t)
	dir := artifacts(t)
	do(t, ctx,
		signIn(e.ts.URL, "sam"),
		chromedp.Navigate(e.ts.URL+"/posts/new"),
		chromedp.WaitVisible(chromedp.ID("template")),
		chromedp.SetValue(chromedp.ID("template"), "holiday-hours"),
		chromedp.Click(chromedp.CSS(`form.templates button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="var_holiday"]`)),
		screenshot(dir, "template-1-asks"),
		chromedp.SendKeys(chromedp.CSS(`input[name="var_holiday"]`), "Thanksgiving"),
		chromedp.SendKeys(chromedp.CSS(`input[name="var_closed"]`), "Thursday"),
		chromedp.SendKeys(chromedp.CSS(`input[name="var_reopen"]`), "Friday at 8"),
		chromedp.Click(chromedp.CSS(`form.templates button[type="submit"]`)),
		// The page before this click has a #body too: wait for the hint
		// to go, which only the filled page lacks, or the next steps run
		// against a page being replaced and may hang until the deadline.
		chromedp.WaitNotPresent(chromedp.ID("template-hint")),
		chromedp.WaitVisible(chromedp.ID("body")),
		screenshot(dir, "template-2-filled"),
	)
	body := read(t, ctx, chromedp.Value(chromedp.ID("body")))
	if !strings.Contains(body, "closed Thursday for Thanksgiving") {
		t.Errorf("the post text is %q, want the filled holiday-hours template", body)
	}
}
