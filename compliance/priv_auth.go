package compliance

import (
	"github.com/practicepost/practicepost/post"
)

// photoUses is what an image of a patient needs an authorization for.
var photoUses = []post.Use{post.UsePhoto}

// checkAuthorization is PRIV-13: a testimonial or story that names or
// pictures a patient, or an image marked as showing a patient, needs a
// recorded patient authorization (HIPAA 164.508) that covers that use and
// is current at Draft.Now. Without one it blocks.
func checkAuthorization(s *scan) []post.Finding {
	var out []post.Finding
	auth, now := s.d.Authorization, s.d.Now
	if s.channel == "" {
		for _, m := range s.d.Media {
			if m.ShowsPatient && !auth.Covers(post.UsePhoto, now) {
				out = append(out, post.Finding{Match: m.Name,
					Message:    "This image shows a patient, and no current patient authorization covering photos is linked to the post.",
					Suggestion: "Link the patient's signed authorization (covering photos), or use another image.",
					Authorize:  photoUses})
			}
		}
	}
	tests := s.testimonials()
	if len(tests) == 0 {
		return out
	}
	names := s.personNames()
	pictured := s.has("PRIV-12")
	for _, m := range s.d.Media {
		pictured = pictured || m.ShowsPatient
	}
	if len(names) == 0 && !pictured {
		return out
	}
	if auth.Covers(post.UseTestimonial, now) || (s.isStory() && auth.Covers(post.UseStory, now)) {
		return out
	}
	t := tests[0]
	f := s.finding(t.from, t.to, "A testimonial or patient story that names or pictures the patient needs their signed authorization on file.")
	f.Suggestion = "Link a current patient authorization covering testimonials or stories, or remove the name and picture."
	if auth != nil {
		f.Message = "The linked patient authorization does not cover this use, has expired or was revoked."
	}
	return append(out, f)
}
