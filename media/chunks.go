package media

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// keepPNG lists the PNG chunks that make up the picture: the critical
// ones, those that change how its pixels look (transparency, colour space
// and profile, gamma, pixel density) and APNG's animation chunks. Every
// other chunk goes: text (tEXt, zTXt, iTXt: cameras and editors write GPS,
// names and software there), EXIF (eXIf), the time (tIME), and private
// chunks no one can vouch for.
var keepPNG = map[string]bool{
	"IHDR": true, "PLTE": true, "IDAT": true, "IEND": true,
	"tRNS": true, "cHRM": true, "gAMA": true, "iCCP": true, "sBIT": true, "sRGB": true, "cICP": true,
	"mDCv": true, "cLLi": true, "bKGD": true, "pHYs": true, "acTL": true, "fcTL": true, "fdAT": true,
}

// cleanPNG copies a PNG without its text, EXIF and time chunks, up to IEND.
// It returns the orientation of an eXIf chunk (1 when none).
func cleanPNG(data []byte) ([]byte, int, error) {
	if !bytes.HasPrefix(data, pngSignature) {
		return nil, 0, errors.New("no PNG signature")
	}
	out := append(make([]byte, 0, len(data)), pngSignature...)
	orient := 1
	for i := len(pngSignature); ; {
		if i+8 > len(data) {
			return nil, 0, errors.New("the PNG ends before its IEND chunk")
		}
		n := int(binary.BigEndian.Uint32(data[i:]))
		typ := string(data[i+4 : i+8])
		end := i + 12 + n
		if n < 0 || end > len(data) || end < i {
			return nil, 0, fmt.Errorf("the PNG's %q chunk runs past the end of the file", typ)
		}
		if typ == "eXIf" {
			if o := exifOrientation(data[i+8 : i+8+n]); o != 0 {
				orient = o
			}
		}
		if keepPNG[typ] {
			out = append(out, data[i:end]...)
		}
		if typ == "IEND" {
			return out, orient, nil
		}
		i = end
	}
}

// cleanGIF copies a GIF without comment extensions and without application
// extensions other than the looping ones (XMP travels in an application
// extension), and stops at the trailer.
func cleanGIF(data []byte) ([]byte, error) {
	if len(data) < 13 || !bytes.HasPrefix(data, []byte("GIF8")) {
		return nil, errors.New("no GIF header")
	}
	out := make([]byte, 0, len(data))
	i := 13
	if p := data[10]; p&0x80 != 0 {
		i += 3 << ((p & 7) + 1)
	}
	if i > len(data) {
		return nil, errors.New("the GIF ends in its colour table")
	}
	out = append(out, data[:i]...)
	// subBlocks returns the end of the sub-block chain starting at j.
	subBlocks := func(j int) (int, error) {
		for {
			if j >= len(data) {
				return 0, errors.New("the GIF ends in a data block")
			}
			n := int(data[j])
			j += 1 + n
			if n == 0 {
				return j, nil
			}
		}
	}
	for {
		if i >= len(data) {
			return nil, errors.New("the GIF has no trailer")
		}
		switch data[i] {
		case 0x3B: // trailer
			return append(out, 0x3B), nil
		case 0x21: // extension
			if i+2 > len(data) {
				return nil, errors.New("the GIF ends in an extension")
			}
			label := data[i+1]
			end, err := subBlocks(i + 2)
			if err != nil {
				return nil, err
			}
			keep := label != 0xFE // comments go
			if label == 0xFF {
				id := data[i+2 : min(i+3+11, end)]
				keep = bytes.Contains(id, []byte("NETSCAPE2.0")) || bytes.Contains(id, []byte("ANIMEXTS1.0"))
			}
			if keep {
				out = append(out, data[i:end]...)
			}
			i = end
		case 0x2C: // image
			j := i + 10
			if j > len(data) {
				return nil, errors.New("the GIF ends in an image descriptor")
			}
			if p := data[i+9]; p&0x80 != 0 {
				j += 3 << ((p & 7) + 1)
			}
			j++ // LZW minimum code size
			end, err := subBlocks(j)
			if err != nil {
				return nil, err
			}
			out = append(out, data[i:end]...)
			i = end
		default:
			return nil, fmt.Errorf("the GIF has an unknown block 0x%02x", data[i])
		}
	}
}

// cleanWebP copies a WebP without its EXIF and XMP chunks, clearing their
// flags in the VP8X header and fixing the RIFF size.
func cleanWebP(data []byte) ([]byte, error) {
	if len(data) < 12 || string(data[:4]) != "RIFF" || string(data[8:12]) != "WEBP" {
		return nil, errors.New("no WebP header")
	}
	size := int(binary.LittleEndian.Uint32(data[4:])) + 8
	if size > len(data) || size < 12 {
		return nil, errors.New("the WebP file is shorter than its header says")
	}
	out := append(make([]byte, 0, size), data[:12]...)
	for i := 12; i < size; {
		if i+8 > size {
			return nil, errors.New("the WebP ends in a chunk header")
		}
		fourcc := string(data[i : i+4])
		n := int(binary.LittleEndian.Uint32(data[i+4:]))
		end := i + 8 + n + n&1
		if n < 0 || end > size || end < i {
			return nil, fmt.Errorf("the WebP's %q chunk runs past the end", fourcc)
		}
		switch fourcc {
		case "VP8X":
			start := len(out)
			out = append(out, data[i:end]...)
			if n >= 1 {
				out[start+8] &^= 0x08 | 0x04 // EXIF and XMP present flags
			}
		case "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP":
			out = append(out, data[i:end]...)
		default: // EXIF, XMP and unknown chunks
		}
		i = end
	}
	binary.LittleEndian.PutUint32(out[4:], uint32(len(out)-8))
	return out, nil
}
