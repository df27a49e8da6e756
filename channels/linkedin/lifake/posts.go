package lifake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// createReq is the Posts API create body; pointers tell absent from empty.
type createReq struct {
	Author       *string `json:"author"`
	Commentary   *string `json:"commentary"`
	Visibility   *string `json:"visibility"`
	Distribution *struct {
		FeedDistribution               string   `json:"feedDistribution"`
		TargetEntities                 []string `json:"targetEntities"`
		ThirdPartyDistributionChannels []string `json:"thirdPartyDistributionChannels"`
	} `json:"distribution"`
	Content *struct {
		Article *struct {
			Source string `json:"source"`
			Title  string `json:"title"`
		} `json:"article"`
		Media *struct {
			ID string `json:"id"`
		} `json:"media"`
		MultiImage *struct {
			Images []struct {
				ID string `json:"id"`
			} `json:"images"`
		} `json:"multiImage"`
	} `json:"content"`
	LifecycleState            *string `json:"lifecycleState"`
	IsReshareDisabledByAuthor *bool   `json:"isReshareDisabledByAuthor"`
}

func err422(msg string) apiErr {
	return apiErr{Status: 422, Message: msg}
}

// createPost is POST /rest/posts.
func (s *Server) createPost(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	var req createReq
	if err != nil || json.Unmarshal(raw, &req) != nil {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Request body could not be converted to data map"})
		return
	}
	for field, missing := range map[string]bool{"/author": req.Author == nil, "/commentary": req.Commentary == nil, "/visibility": req.Visibility == nil, "/distribution": req.Distribution == nil, "/lifecycleState": req.LifecycleState == nil} {
		if missing {
			writeErr(w, err422("ERROR :: "+field+" :: field is required but not found and has no default value\n"))
			return
		}
	}
	if *req.Author != OrgURN || !isAdmin(r) {
		writeErr(w, errAccessDenied("partnerApiPostsExternal.CREATE"))
		return
	}
	switch {
	case !slices.Contains([]string{"PUBLIC", "CONNECTIONS", "LOGGED_IN"}, *req.Visibility):
		writeErr(w, err422("ERROR :: /visibility :: invalid enum value "+*req.Visibility))
		return
	case req.Distribution.FeedDistribution != "MAIN_FEED" && req.Distribution.FeedDistribution != "NONE":
		writeErr(w, err422("ERROR :: /distribution/feedDistribution :: field is required but not found and has no default value"))
		return
	case *req.LifecycleState != "PUBLISHED":
		writeErr(w, err422("ERROR :: /lifecycleState :: the fake only publishes"))
		return
	case utf8.RuneCountInString(unescapeLittle(*req.Commentary)) > maxCommentary:
		writeErr(w, err422(fmt.Sprintf("ERROR :: /commentary :: length exceeds the maximum of %d characters", maxCommentary)))
		return
	}
	p := &liPost{sent: *req.Commentary, stored: cutLittle(*req.Commentary)}
	if c := req.Content; c != nil {
		var ids []string
		switch {
		case c.Article != nil:
			if u, err := url.Parse(c.Article.Source); err != nil || u.Host == "" || c.Article.Title == "" {
				writeErr(w, err422("ERROR :: /content/article :: source must be a URL and title is required"))
				return
			}
			p.link = c.Article.Source
		case c.Media != nil:
			ids = []string{c.Media.ID}
		case c.MultiImage != nil:
			if len(c.MultiImage.Images) < 2 || len(c.MultiImage.Images) > 20 {
				writeErr(w, err422("ERROR :: /content/multiImage/images :: between 2 and 20 images are required"))
				return
			}
			for _, im := range c.MultiImage.Images {
				ids = append(ids, im.ID)
			}
		}
		s.mu.Lock()
		for _, id := range ids {
			if !s.images[id] {
				s.mu.Unlock()
				writeErr(w, err422("ERROR :: /content/media/id :: "+id+" is not an uploaded image"))
				return
			}
		}
		s.mu.Unlock()
		p.media = len(ids)
	}
	s.create(w, r, p, raw)
}

// create applies a pending fault and the duplicate rule, stores p and
// answers 201 with the URN in x-restli-id (or loses the answer).
func (s *Server) create(w http.ResponseWriter, r *http.Request, p *liPost, raw []byte) {
	fault := s.TakeFault()
	s.mu.Lock()
	existing := ""
	if fault == nil {
		for _, q := range s.posts {
			if q.sent == p.sent {
				existing = q.urn
			}
		}
	} else if n := len(s.posts); n > 0 {
		existing = s.posts[n-1].urn
	}
	lose := false
	if fault == nil && existing == "" {
		s.seq++
		p.urn = "urn:li:share:" + strconv.FormatInt(7012345678900000000+int64(s.seq), 10)
		p.published = s.Now().UTC().Truncate(time.Millisecond)
		s.posts = append(s.posts, p)
		s.bodies = append(s.bodies, raw)
		lose = s.LoseAnswer()
	}
	s.mu.Unlock()

	switch {
	case fault != nil:
		s.writeFault(w, r, *fault, existing)
	case existing != "":
		writeDuplicate(w, existing)
	case lose:
		channeltest.DropAnswer(w)
	default:
		w.Header().Set("X-Restli-Id", p.urn)
		w.Header().Set("X-Linkedin-Id", p.urn)
		w.WriteHeader(http.StatusCreated)
	}
}

// writeDuplicate is LinkedIn's DUPLICATE_POST answer, naming the post.
func writeDuplicate(w http.ResponseWriter, urn string) {
	if urn == "" {
		urn = "urn:li:share:7141138937766391808" // a "ghost" of a deleted post
	}
	writeErr(w, apiErr{Status: 422, ErrorDetailType: "com.linkedin.common.error.BadRequest",
		Message:      "com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of " + urn,
		ErrorDetails: json.RawMessage(`{"inputErrors":[{"description":"Duplicate post is detected","input":{},"code":"DUPLICATE_POST"}]}`)})
}

// writeFault answers as LinkedIn does for each injected failure.
func (s *Server) writeFault(w http.ResponseWriter, r *http.Request, f channeltest.Fault, existing string) {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		// Daily limits, reset at midnight UTC, and no header says so.
		writeErr(w, apiErr{Status: 429, ServiceErrorCode: 101, Code: "TOO_MANY_REQUESTS", Message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached."})
	case channeltest.FaultServerError:
		writeErr(w, apiErr{Status: 500, Message: "Internal Server Error"})
	case channeltest.FaultTimeout:
		s.Hang(r)
	case channeltest.FaultDuplicate:
		writeDuplicate(w, existing)
	case channeltest.FaultPermanent:
		writeErr(w, apiErr{Status: 422, ErrorDetailType: "com.linkedin.common.error.BadRequest", Message: "com.linkedin.content.common.exception.BadRequestResponseException: Content is not allowed",
			ErrorDetails: json.RawMessage(`{"inputErrors":[{"description":"The content violates LinkedIn policy","input":{},"code":"CONTENT_POLICY_VIOLATION"}]}`)})
	case channeltest.FaultAuth:
		writeErr(w, apiErr{Status: 401, ServiceErrorCode: 65601, Code: "REVOKED_ACCESS_TOKEN", Message: "The token used in the request has been revoked by the user"})
	default:
		writeErr(w, apiErr{Status: 500, Message: "Internal Server Error"})
	}
}

// listPosts is GET /rest/posts?q=author&author=…: the author's posts, most
// recently changed first.
func (s *Server) listPosts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("q") != "author" || q.Get("author") != OrgURN {
		writeErr(w, apiErr{Status: 400, Code: "ILLEGAL_ARGUMENT", Message: "Invalid finder or author"})
		return
	}
	start, _ := strconv.Atoi(q.Get("start")) // absent: 0
	count, err := strconv.Atoi(q.Get("count"))
	if err != nil || count <= 0 || count > 100 {
		count = 10
	}
	s.mu.Lock()
	var items []map[string]any
	for i := len(s.posts) - 1; i >= 0; i-- {
		p := s.posts[i]
		ms := p.published.UnixMilli()
		items = append(items, map[string]any{
			"id": p.urn, "author": OrgURN, "commentary": p.stored, "visibility": "PUBLIC", "lifecycleState": "PUBLISHED",
			"publishedAt": ms, "createdAt": ms, "lastModifiedAt": ms, "isReshareDisabledByAuthor": false,
			"distribution": map[string]any{"feedDistribution": "MAIN_FEED", "targetEntities": []string{}, "thirdPartyDistributionChannels": []string{}},
		})
	}
	s.mu.Unlock()
	start = min(max(start, 0), len(items))
	end := min(start+count, len(items))
	page := items[start:end]
	if page == nil {
		page = []map[string]any{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"elements": page, "paging": map[string]any{"start": start, "count": count, "links": []any{}}})
}

// initializeUpload is POST /rest/images?action=initializeUpload.
func (s *Server) initializeUpload(w http.ResponseWriter, r *http.Request) {
	var req struct {
		InitializeUploadRequest struct {
			Owner string `json:"owner"`
		} `json:"initializeUploadRequest"`
	}
	if json.NewDecoder(r.Body).Decode(&req) != nil || req.InitializeUploadRequest.Owner == "" {
		writeErr(w, err422("ERROR :: /initializeUploadRequest/owner :: field is required but not found and has no default value"))
		return
	}
	if req.InitializeUploadRequest.Owner != OrgURN || !isAdmin(r) {
		writeErr(w, errAccessDenied("images.ACTION-initializeUpload"))
		return
	}
	s.mu.Lock()
	s.seq++
	id := fmt.Sprintf("D4E10AQfake%08d", s.seq)
	expires := s.Now().Add(24 * time.Hour).UnixMilli()
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"value": map[string]any{
		"uploadUrlExpiresAt": expires,
		"uploadUrl":          s.URL() + "/dms-uploads/" + id + "?ca=vector_feedshare&cn=uploads",
		"image":              "urn:li:image:" + id,
	}})
}

// upload is the PUT of an image's bytes to its upload URL.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Path[len("/dms-uploads/"):]
	b, _ := io.ReadAll(r.Body)
	if len(b) == 0 {
		writeErr(w, apiErr{Status: 400, Message: "Empty upload"})
		return
	}
	s.mu.Lock()
	s.images["urn:li:image:"+id] = true
	s.received = append(s.received, b)
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}
