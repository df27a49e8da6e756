package gbpfake

import (
	"fmt"
	"image"
	// Google takes GIF, JPEG and PNG photos; the fake decodes what it
	// fetches to see that it is one.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// maxSummary is Google's limit on a post's summary, in characters.
const maxSummary = 1500

// phonePattern finds a phone number as Google's check does: ten digits
// in the usual groups, with an optional country code.
var phonePattern = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?\(?\b\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}\b`)

// createReq is the LocalPost create body; unknown fields are refused.
type createReq struct {
	LanguageCode string `json:"languageCode"`
	Summary      string `json:"summary"`
	TopicType    string `json:"topicType"`
	AlertType    string `json:"alertType"`
	CallToAction *struct {
		ActionType string `json:"actionType"`
		URL        string `json:"url"`
	} `json:"callToAction"`
	Event *struct {
		Title    string `json:"title"`
		Schedule *struct {
			StartDate *gDate `json:"startDate"`
			StartTime *gTime `json:"startTime,omitempty"`
			EndDate   *gDate `json:"endDate"`
			EndTime   *gTime `json:"endTime,omitempty"`
		} `json:"schedule"`
	} `json:"event"`
	Offer *gOffer `json:"offer"`
	Media []struct {
		MediaFormat string `json:"mediaFormat"`
		SourceURL   string `json:"sourceUrl"`
	} `json:"media"`
}

// gDate is google.type.Date; gTime is google.type.TimeOfDay. Zero
// fields are left out of answers, as Google's JSON does.
type gDate struct {
	Year  int `json:"year"`
	Month int `json:"month"`
	Day   int `json:"day"`
}

type gTime struct {
	Hours   int `json:"hours,omitempty"`
	Minutes int `json:"minutes,omitempty"`
	Seconds int `json:"seconds,omitempty"`
	Nanos   int `json:"nanos,omitempty"`
}

// gOffer is the LocalPostOffer.
type gOffer struct {
	CouponCode      string `json:"couponCode,omitempty"`
	RedeemOnlineURL string `json:"redeemOnlineUrl,omitempty"`
	TermsConditions string `json:"termsConditions,omitempty"`
}

// moment is the date and time as one instant (the location's wall clock
// read as UTC), and false when the date is not a real day or the time
// not a real time of day.
func moment(d *gDate, t *gTime) (time.Time, bool) {
	if d == nil || d.Year < 1 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return time.Time{}, false
	}
	day := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	if day.Day() != d.Day {
		return time.Time{}, false // 30 February
	}
	if t == nil {
		return day, true
	}
	if t.Hours < 0 || t.Hours > 23 || t.Minutes < 0 || t.Minutes > 59 || t.Seconds < 0 || t.Seconds > 59 || t.Nanos < 0 || t.Nanos > 999999999 {
		return time.Time{}, false
	}
	return day.Add(time.Duration(t.Hours)*time.Hour + time.Duration(t.Minutes)*time.Minute + time.Duration(t.Seconds)*time.Second), true
}

var buttons = []string{"BOOK", "ORDER", "SHOP", "LEARN_MORE", "SIGN_UP", "CALL"}

// createPost is POST /v4/{location}/localPosts.
func (s *Server) createPost(w http.ResponseWriter, r *http.Request) {
	raw, err := readBody(r)
	if err != nil {
		writeErr(w, invalid("Could not read the request body."))
		return
	}
	var req createReq
	if e := decodeStrict(raw, &req, "local_post"); e != nil {
		writeErr(w, *e)
		return
	}
	if e := s.validate(r, &req); e != nil {
		writeErr(w, *e)
		return
	}
	p := &gPost{summary: req.Summary, media: len(req.Media), topicType: req.TopicType, alertType: req.AlertType}
	// Google ignores an offer's callToAction (it shows its own button).
	if cta := req.CallToAction; cta != nil && req.TopicType != "OFFER" {
		p.button, p.link = cta.ActionType, cta.URL
	}
	if ev := req.Event; ev != nil {
		p.event = map[string]any{"title": ev.Title, "schedule": ev.Schedule}
	}
	if req.Offer != nil {
		o := *req.Offer
		p.offer = &o
	}
	fault, lose := s.Next()
	s.mu.Lock()
	if fault == nil {
		s.seq++
		p.name = Location + "/localPosts/" + strconv.FormatInt(1234567890123456789+int64(s.seq), 10)
		p.created = s.Now().UTC().Truncate(time.Millisecond)
		p.state = s.initial
		s.posts = append(s.posts, p)
		s.bodies = append(s.bodies, raw)
	}
	out := p.json()
	s.mu.Unlock()
	switch {
	case fault != nil:
		s.writeFault(w, r, *fault)
	case lose:
		channeltest.DropAnswer(w)
	case s.hangIfAsked(r):
	default:
		writeJSON(w, 200, out)
	}
}

// validate applies Google's rules for a post; nil when it passes.
func (s *Server) validate(r *http.Request, req *createReq) *gErr {
	fail := func(field, msg string) *gErr {
		e := invalid("Request contains an invalid argument.", validation(field, msg))
		return &e
	}
	switch {
	case req.LanguageCode == "":
		return fail("language_code", "Language code is required.")
	case req.TopicType == "" && req.Summary == "":
		return fail("summary", "Summary is required.")
	case !slices.Contains([]string{"", "STANDARD", "EVENT", "OFFER", "ALERT"}, req.TopicType):
		return fail("topic_type", "Invalid topic type.")
	case utf8.RuneCountInString(req.Summary) > maxSummary:
		return fail("summary", fmt.Sprintf("Summary must be at most %d characters.", maxSummary))
	case phonePattern.MatchString(req.Summary):
		return fail("summary", "Phone numbers are not allowed in the summary.")
	case req.TopicType == "ALERT" && req.AlertType != "COVID_19":
		return fail("alert_type", "An alert post needs a valid alert type.")
	case req.TopicType != "ALERT" && req.AlertType != "":
		return fail("alert_type", "Alert type applies only to posts of topic type ALERT.")
	case req.Offer != nil && req.TopicType != "OFFER":
		return fail("offer", "Offer may be set only for posts of topic type OFFER.")
	}
	if e := validateEvent(req, fail); e != nil {
		return e
	}
	if o := req.Offer; o != nil && o.RedeemOnlineURL != "" && !absoluteURL(o.RedeemOnlineURL) {
		return fail("offer.redeem_online_url", "Invalid redeem online URL.")
	}
	if cta := req.CallToAction; cta != nil && req.TopicType != "OFFER" {
		switch {
		case !slices.Contains(buttons, cta.ActionType):
			return fail("call_to_action.action_type", "Invalid action type.")
		case cta.ActionType == "CALL" && cta.URL != "":
			return fail("call_to_action.url", "A CALL action takes no URL; Google calls the location's phone number.")
		case cta.ActionType != "CALL" && !absoluteURL(cta.URL):
			return fail("call_to_action.url", "A valid URL is required for this action type.")
		}
	}
	for i, m := range req.Media {
		field := fmt.Sprintf("media[%d].source_url", i)
		if m.MediaFormat != "PHOTO" {
			return fail(fmt.Sprintf("media[%d].media_format", i), "Only photos are supported.")
		}
		if !absoluteURL(m.SourceURL) {
			return fail(field, "A public source URL is required.")
		}
		// Google fetches the photo itself: an address it cannot reach,
		// or that serves no image, fails the post.
		if !s.fetchable(r, m.SourceURL) {
			return fail(field, "The media could not be fetched from the source URL.")
		}
	}
	return nil
}

// validateEvent applies Google's rules for an event: required, with a
// title and a schedule of real dates, for EVENT and OFFER posts; the
// times optional but paired; the end not before the start.
func validateEvent(req *createReq, fail func(field, msg string) *gErr) *gErr {
	ev := req.Event
	dated := req.TopicType == "EVENT" || req.TopicType == "OFFER"
	switch {
	case !dated && ev != nil:
		return fail("event", "Event may be set only for posts of topic type EVENT or OFFER.")
	case !dated:
		return nil
	case ev == nil || ev.Title == "" || ev.Schedule == nil:
		return fail("event", "Event title and schedule are required for events and offers.")
	case ev.Schedule.StartDate == nil || ev.Schedule.EndDate == nil:
		return fail("event.schedule", "Start date and end date are required.")
	case (ev.Schedule.StartTime == nil) != (ev.Schedule.EndTime == nil):
		return fail("event.schedule", "Start time and end time must both be set or both be unset.")
	}
	start, ok1 := moment(ev.Schedule.StartDate, ev.Schedule.StartTime)
	end, ok2 := moment(ev.Schedule.EndDate, ev.Schedule.EndTime)
	switch {
	case !ok1:
		return fail("event.schedule.start_date", "Invalid start date or time.")
	case !ok2:
		return fail("event.schedule.end_date", "Invalid end date or time.")
	case end.Before(start):
		return fail("event.schedule", "The end of the event must be after its start.")
	}
	return nil
}

func absoluteURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// fetchable fetches a photo as Google does and reports whether it is one:
// a 200 answer whose type is an image and whose bytes decode as one. The
// fake runs in tests with no network: it fetches only from loopback
// addresses (the test's own servers) and refuses any other address
// without dialling it.
func (s *Server) fetchable(r *http.Request, src string) bool {
	u, err := url.Parse(src)
	if err != nil || !loopback(u.Hostname()) {
		return false
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, src, nil)
	if err != nil {
		return false
	}
	resp, err := s.fetch.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "image/") {
		return false
	}
	_, _, err = image.DecodeConfig(io.LimitReader(resp.Body, maxPhoto))
	if err == nil {
		s.mu.Lock()
		s.fetched = append(s.fetched, src)
		s.mu.Unlock()
	}
	return err == nil
}

// maxPhoto bounds what the fake reads of a photo; Google takes up to 5 MB.
const maxPhoto = 5 << 20

// loopback reports whether host names this machine.
func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.IsLoopback()
}

// loopbackOnly is the fetch client's dialler check: a redirect to another
// address is refused too.
func loopbackOnly(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	if a, err := netip.ParseAddr(host); err != nil || !a.IsLoopback() {
		return fmt.Errorf("gbpfake: fetches photos from loopback addresses only, not %s", address)
	}
	return nil
}

// writeFault answers as Google does for each injected failure.
func (s *Server) writeFault(w http.ResponseWriter, r *http.Request, f channeltest.Fault) {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		writeErr(w, gErr{Code: 429, Status: "RESOURCE_EXHAUSTED",
			Message: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service 'mybusiness.googleapis.com'.",
			Details: []any{map[string]any{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": strconv.Itoa(int(f.Wait().Seconds())) + "s"}}})
	case channeltest.FaultServerError:
		writeErr(w, gErr{Code: 503, Status: "UNAVAILABLE", Message: "The service is currently unavailable."})
	case channeltest.FaultTimeout:
		s.Hang(r)
	case channeltest.FaultDuplicate:
		writeErr(w, gErr{Code: 409, Status: "ALREADY_EXISTS", Message: "Requested entity already exists"})
	case channeltest.FaultPermanent:
		writeErr(w, gErr{Code: 400, Status: "FAILED_PRECONDITION", Message: "Precondition check failed."})
	case channeltest.FaultAuth:
		writeErr(w, gErr{Code: 401, Status: "UNAUTHENTICATED", Message: "Request had invalid authentication credentials."})
	default:
		writeErr(w, gErr{Code: 500, Status: "INTERNAL", Message: "Internal error encountered."})
	}
}

// json is the LocalPost as Google answers it; callers hold s.mu.
func (p *gPost) json() map[string]any {
	if p.name == "" {
		return nil
	}
	out := map[string]any{
		"name": p.name, "languageCode": "en-US", "summary": p.summary, "state": p.state, "topicType": orStandard(p.topicType),
		"createTime": p.created.Format(time.RFC3339Nano), "updateTime": p.created.Format(time.RFC3339Nano),
		"searchUrl": "https://local.google.com/place?id=" + LocationID + "&use=posts&lpsid=" + p.name[strings.LastIndex(p.name, "/")+1:],
	}
	if p.button != "" {
		cta := map[string]any{"actionType": p.button}
		if p.link != "" {
			cta["url"] = p.link
		}
		out["callToAction"] = cta
	}
	if p.event != nil {
		out["event"] = p.event
	}
	if p.offer != nil {
		out["offer"] = p.offer
	}
	if p.alertType != "" {
		out["alertType"] = p.alertType
	}
	if p.media > 0 {
		var ms []map[string]any
		for i := range p.media {
			ms = append(ms, map[string]any{"name": fmt.Sprintf("%s/media/%d", Location, i), "mediaFormat": "PHOTO", "googleUrl": "https://lh3.googleusercontent.com/p/fake"})
		}
		out["media"] = ms
	}
	return out
}

func orStandard(t string) string {
	if t == "" {
		return "STANDARD"
	}
	return t
}

// listPosts is GET /v4/{location}/localPosts: newest first, pageSize 1 to
// 100 (default 20), pageToken from the previous page.
func (s *Server) listPosts(w http.ResponseWriter, r *http.Request) {
	size, start, e := paging(r, 20, 100)
	if e != nil {
		writeErr(w, *e)
		return
	}
	s.mu.Lock()
	all := make([]map[string]any, 0, len(s.posts))
	for i := len(s.posts) - 1; i >= 0; i-- {
		all = append(all, s.posts[i].json())
	}
	s.mu.Unlock()
	start = min(start, len(all))
	end := min(start+size, len(all))
	ans := map[string]any{"localPosts": all[start:end]}
	if end < len(all) {
		ans["nextPageToken"] = strconv.Itoa(end)
	}
	if end == start {
		ans = map[string]any{} // Google leaves an empty list out
	}
	writeJSON(w, 200, ans)
}

// paging reads pageSize (def when absent, at most max) and pageToken.
func paging(r *http.Request, def, max int) (size, start int, e *gErr) {
	q := r.URL.Query()
	size = def
	if v := q.Get("pageSize"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			g := invalid("Invalid value at 'page_size' (TYPE_INT32), \"" + v + "\"")
			return 0, 0, &g
		}
		if n > max {
			g := invalid(fmt.Sprintf("Page size must be at most %d.", max))
			return 0, 0, &g
		}
		if n > 0 {
			size = n
		}
	}
	if t := q.Get("pageToken"); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 {
			g := invalid("Invalid page token.")
			return 0, 0, &g
		}
		start = n
	}
	return size, start, nil
}

// getPost is GET /v4/{location}/localPosts/{id}.
func (s *Server) getPost(w http.ResponseWriter, name string) {
	s.get(w, func() map[string]any {
		if p := s.findPost(name); p != nil {
			return p.json()
		}
		return nil
	})
}

// get answers one resource as find renders it (under s.mu), or NOT_FOUND.
func (s *Server) get(w http.ResponseWriter, find func() map[string]any) {
	s.mu.Lock()
	out := find()
	s.mu.Unlock()
	if out == nil {
		writeErr(w, notFound())
		return
	}
	writeJSON(w, 200, out)
}

// reportInsights is POST /v4/{location}/localPosts:reportInsights.
func (s *Server) reportInsights(w http.ResponseWriter, r *http.Request) {
	raw, _ := readBody(r)
	var req struct {
		LocalPostNames []string `json:"localPostNames"`
		BasicRequest   *struct {
			MetricRequests []struct {
				Metric  string   `json:"metric"`
				Options []string `json:"options"`
			} `json:"metricRequests"`
			TimeRange *struct {
				StartTime string `json:"startTime"`
				EndTime   string `json:"endTime"`
			} `json:"timeRange"`
		} `json:"basicRequest"`
	}
	if e := decodeStrict(raw, &req, "report_local_post_insights_request"); e != nil {
		writeErr(w, *e)
		return
	}
	if len(req.LocalPostNames) == 0 || req.BasicRequest == nil || req.BasicRequest.TimeRange == nil {
		writeErr(w, invalid("Request contains an invalid argument."))
		return
	}
	s.mu.Lock()
	var metrics []map[string]any
	for _, name := range req.LocalPostNames {
		p := s.findPost(name)
		if p == nil {
			continue
		}
		var values []map[string]any
		for _, mr := range req.BasicRequest.MetricRequests {
			var v *int64
			switch mr.Metric {
			case "LOCAL_POST_VIEWS_SEARCH":
				v = channeltest.OrZero(p.views)
			case "LOCAL_POST_ACTIONS_CALL_TO_ACTION":
				v = channeltest.OrZero(p.clicks)
			default:
				continue
			}
			values = append(values, map[string]any{"metric": mr.Metric, "totalValue": map[string]any{"metricOption": "AGGREGATED_TOTAL", "value": strconv.FormatInt(*v, 10)}})
		}
		metrics = append(metrics, map[string]any{"localPostName": name, "metricValues": values})
	}
	s.mu.Unlock()
	writeJSON(w, 200, map[string]any{"name": Location, "localPostMetrics": metrics, "timeZone": "America/Chicago"})
}
