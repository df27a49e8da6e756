package calendar

import (
	"context"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestImportNamesSpreadsheetExportMistakes: the files a spreadsheet writes
// by mistake get a message that says how to save them, and the files it
// writes on purpose (BOM, CRLF, blank lines, a quoted line break) import.
func TestImportNamesSpreadsheetExportMistakes(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, data string
		wantErr    string // "" when it imports
		wantBody   string
	}{
		{"utf-16 from Unicode Text", "\xff\xfet\x00e\x00x\x00t\x00\n\x00", "UTF-16", ""},
		{"semicolons", "text;channels\nhello;preview\n", "separated by semicolons", ""},
		{"tabs", "text\tchannels\nhello\tpreview\n", "separated by semicolons or tabs", ""},
		{"bom, crlf, blank line, quoted line break", "\xef\xbb\xbftext,channels,at\r\n\r\n\"" + clean + "\r\nSee you soon.\",preview,2027-03-02 09:00\r\n", "", clean + "\nSee you soon."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			res, err := e.svc.ImportCSV(ctx, ImportCSV{Actor: staff, Name: "plan.csv", Data: []byte(tc.data)})
			if tc.wantErr != "" {
				if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got %v, want an invalid-input error about %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(res.Posts) != 1 || res.Posts[0].Body != tc.wantBody {
				t.Fatalf("import: %v %+v", err, res)
			}
		})
	}
}
