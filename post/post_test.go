package post

import (
	"strings"
	"testing"
)

// TestValidateTextNamesTheByteOffset: invalid UTF-8, NUL and the other C0
// controls (tab, line feed and carriage return aside) are refused with the
// byte offset of the first bad byte; nothing is rewritten.
func TestValidateTextNamesTheByteOffset(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // "" for valid
	}{
		{"plain", "Flu shots are in.", ""},
		{"tab, newline, CR", "Hours:\tMon\r\nTue\n", ""},
		{"emoji and accents", "Vacunas 💉 para niños", ""},
		{"U+FFFD typed on purpose", "a \uFFFD b", ""},
		{"invalid byte", "Flu shots\xff are in", "not valid UTF-8 at byte offset 9"},
		{"truncated sequence", "niñ\xc3", "not valid UTF-8 at byte offset 4"},
		{"overlong encoding", "a\xc0\xafb", "not valid UTF-8 at byte offset 1"},
		{"surrogate encoded", "a\xed\xa0\x80b", "not valid UTF-8 at byte offset 1"},
		{"NUL", "Flu\x00 shots", "NUL) at byte offset 3"},
		{"bell", "ding\x07", "U+0007) at byte offset 4"},
		{"escape", "\x1b[31mred", "U+001B) at byte offset 0"},
		{"vertical tab", "a\vb", "U+000B) at byte offset 1"},
		{"DEL", "a\x7fb", "U+007F) at byte offset 1"},
		{"first problem wins", "ok\x00 then \xff", "at byte offset 2"},
		{"empty", "   ", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateText("the post text", tt.text)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || ErrorCode(err) != EInvalid || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "the post text") {
				t.Fatalf("%q: %v, want an invalid error containing %q", tt.text, err, tt.want)
			}
		})
	}
}
