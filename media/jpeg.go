package media

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// JPEG markers that matter here.
const (
	mSOI  = 0xD8
	mEOI  = 0xD9
	mSOS  = 0xDA
	mAPP0 = 0xE0
	mAPP1 = 0xE1
	mAPP2 = 0xE2
	mAPPE = 0xEE // APP14, Adobe
	mAPPF = 0xEF
	mCOM  = 0xFE
)

var errShortJPEG = errors.New("the JPEG ends in the middle of a segment")

// cleanJPEG copies a JPEG segment by segment, keeping what decoding needs
// (tables, frame and scan headers, entropy-coded data) plus the three
// application segments that change how pixels look: JFIF (APP0), the ICC
// colour profile (APP2 "ICC_PROFILE") and Adobe's colour transform (APP14).
// Every other application segment goes — APP1 (EXIF, with GPS, and XMP),
// APP13 (IPTC), maker notes in APP3–APP15 — and so do comments and anything
// after the end-of-image marker (phones append a second JPEG there, the MPF
// depth map or gain map, with its own EXIF). It returns the EXIF
// orientation it found (1 when none).
func cleanJPEG(data []byte) ([]byte, int, error) {
	if len(data) < 4 || data[0] != 0xFF || data[1] != mSOI {
		return nil, 0, errors.New("no JPEG start marker")
	}
	out := make([]byte, 0, len(data))
	out = append(out, 0xFF, mSOI)
	orient, sawExif := 1, false
	i := 2
	for {
		// Find the next marker, skipping fill bytes.
		if i >= len(data) {
			return nil, 0, errShortJPEG
		}
		if data[i] != 0xFF {
			return nil, 0, errors.New("the JPEG has data where a marker should be")
		}
		for i < len(data) && data[i] == 0xFF {
			i++
		}
		if i >= len(data) {
			return nil, 0, errShortJPEG
		}
		m := data[i]
		i++
		switch {
		case m == mEOI:
			return append(out, 0xFF, mEOI), orient, nil
		case m >= 0xD0 && m <= 0xD7 || m == 0x01: // no length
			out = append(out, 0xFF, m)
			continue
		}
		if i+2 > len(data) {
			return nil, 0, errShortJPEG
		}
		n := int(binary.BigEndian.Uint16(data[i:]))
		if n < 2 || i+n > len(data) {
			return nil, 0, errShortJPEG
		}
		seg := data[i-2 : i+n] // marker, length and payload
		payload := data[i+2 : i+n]
		i += n
		if m == mAPP1 && bytes.HasPrefix(payload, []byte("Exif\x00\x00")) {
			if o := exifOrientation(payload[6:]); o != 0 && !sawExif {
				orient = o // the first EXIF block counts, as for viewers
			}
			sawExif = true
		}
		if keepSegment(m, payload) {
			out = append(out, 0xFF, m)
			out = append(out, seg[2:]...)
		}
		if m != mSOS {
			continue
		}
		// Entropy-coded data runs to the next marker that is neither a
		// stuffed 0xFF00 nor a restart marker.
		start := i
		for i < len(data) {
			if data[i] == 0xFF && i+1 < len(data) {
				next := data[i+1]
				if next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF {
					break
				}
				if next == 0xFF { // fill byte before a marker
					i++
					continue
				}
				i += 2
				continue
			}
			i++
		}
		out = append(out, data[start:i]...)
		if i >= len(data) {
			// A file cut after its scan data still shows; close it properly.
			return append(out, 0xFF, mEOI), orient, nil
		}
	}
}

// keepSegment says whether a segment with marker m survives cleaning.
func keepSegment(m byte, payload []byte) bool {
	switch {
	case m == mCOM:
		return false
	case m == mAPP0:
		return bytes.HasPrefix(payload, []byte("JFIF\x00")) || bytes.HasPrefix(payload, []byte("JFXX\x00"))
	case m == mAPP2:
		return bytes.HasPrefix(payload, []byte("ICC_PROFILE\x00"))
	case m == mAPPE:
		return bytes.HasPrefix(payload, []byte("Adobe"))
	case m >= mAPP0 && m <= mAPPF:
		return false
	case m >= 0xF0 && m <= 0xFD: // JPGn extensions: nothing a viewer needs
		return false
	}
	return true
}

// exifOrientation reads tag 0x0112 from IFD0 of a TIFF-structured EXIF
// block; 0 when absent or unreadable.
func exifOrientation(tiff []byte) int {
	if len(tiff) < 8 {
		return 0
	}
	var bo binary.ByteOrder
	switch string(tiff[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 0
	}
	if bo.Uint16(tiff[2:]) != 42 {
		return 0
	}
	off := int(bo.Uint32(tiff[4:]))
	if off < 8 || off+2 > len(tiff) {
		return 0
	}
	n := int(bo.Uint16(tiff[off:]))
	for k := range n {
		e := off + 2 + 12*k
		if e+12 > len(tiff) {
			return 0
		}
		if bo.Uint16(tiff[e:]) == 0x0112 && bo.Uint16(tiff[e+2:]) == 3 { // SHORT
			if o := int(bo.Uint16(tiff[e+8:])); o >= 1 && o <= 8 {
				return o
			}
			return 0
		}
	}
	return 0
}
