package templates

import (
	"testing"
)

// testPractice is a practice with every field set and realistic lengths, so
// X length checks are not flattered by short values.
var testPractice = Practice{
	Name:       "Maple Street Family Medicine",
	Phone:      "(217) 555-0142",
	BookingURL: "https://maplestreetfm.com/book",
	Address:    "120 Maple St, Springfield, IL 62704",
	Hours:      "Monday to Friday, 8 am to 5 pm",
	Website:    "https://maplestreetfm.com",
}

// testVars holds a plausible value for every user variable the shipped
// templates declare.
var testVars = map[string]string{
	"date":       "Friday, February 6",
	"holiday":    "Thanksgiving",
	"closed":     "Thursday, November 26",
	"reopen":     "Friday, November 27 at 8 am",
	"weather":    "the snowstorm",
	"provider":   "Dr. Ana Ruiz",
	"specialty":  "family medicine",
	"start_date": "March 2",
	"role":       "medical assistant",
}

// varsFor returns the test values of the variables t declares.
func varsFor(t Template) map[string]string {
	m := map[string]string{}
	for _, v := range t.Vars {
		m[v] = testVars[v]
	}
	return m
}

// mustLoad loads the shipped library or fails the test.
func mustLoad(t *testing.T) *Library {
	t.Helper()
	lib, err := Load("", nil)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return lib
}
