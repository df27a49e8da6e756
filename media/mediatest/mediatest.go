// Package mediatest makes images carrying the metadata media.Clean must
// remove: a phone photo's EXIF with GPS coordinates and orientation, XMP,
// IPTC, a comment and a second image appended after the first, and PNG,
// GIF and WebP files with text, EXIF and XMP chunks.
package mediatest

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
)

// Secret is written into every metadata block these files carry: an
// address, as a GPS map datum, an XMP location, a PNG text chunk, a GIF
// comment. Finding it in cleaned bytes means metadata got through.
const Secret = "12 Elm St, patient home"

// Leaks reports which metadata markers are in b: the secret, an EXIF
// header, an XMP packet, an IPTC (Photoshop) block, PNG text chunks.
func Leaks(b []byte) []string {
	var out []string
	for _, m := range []string{Secret, "Exif\x00\x00", "http://ns.adobe.com/xap/", "Photoshop 3.0", "tEXt", "iTXt", "zTXt", "eXIf", "XMP DataXMP"} {
		if bytes.Contains(b, []byte(m)) {
			out = append(out, m)
		}
	}
	return out
}

// Picture is a w×h image, white with one red pixel in its top-left corner
// and a blue one in its top-right, so a turn is visible.
func Picture(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.White)
		}
	}
	for y := range 4 {
		for x := range 4 {
			img.Set(x, y, color.RGBA{255, 0, 0, 255})
			img.Set(w-1-x, y, color.RGBA{0, 0, 255, 255})
		}
	}
	return img
}

// EXIF is an APP1 payload ("Exif\0\0" + TIFF) with an orientation tag and a
// GPS IFD whose map datum is Secret.
func EXIF(orientation int) []byte {
	var t bytes.Buffer
	le := binary.LittleEndian
	put := func(v any) {
		if err := binary.Write(&t, le, v); err != nil {
			panic(err) // a bytes.Buffer takes any fixed-size value
		}
	}
	t.WriteString("II")
	put(uint16(42))
	put(uint32(8))
	// IFD0 at 8: two entries.
	put(uint16(2))
	gpsIFD := uint32(8 + 2 + 2*12 + 4)
	entry := func(tag, typ uint16, count, value uint32) {
		put(tag)
		put(typ)
		put(count)
		put(value)
	}
	entry(0x0112, 3, 1, uint32(orientation))
	entry(0x8825, 4, 1, gpsIFD)
	put(uint32(0))
	// GPS IFD: latitude ref and the map datum.
	put(uint16(2))
	datum := uint32(int(gpsIFD) + 2 + 2*12 + 4)
	entry(0x0001, 2, 2, uint32('N'))
	entry(0x0012, 2, uint32(len(Secret)+1), datum)
	put(uint32(0))
	t.WriteString(Secret + "\x00")
	return append([]byte("Exif\x00\x00"), t.Bytes()...)
}

func segment(marker byte, payload []byte) []byte {
	s := []byte{0xFF, marker, 0, 0}
	binary.BigEndian.PutUint16(s[2:], uint16(len(payload)+2))
	return append(s, payload...)
}

// JPEG is a phone photo as it arrives: EXIF with GPS and orientation, XMP,
// IPTC, a comment, and a second JPEG with its own EXIF after the end marker
// (as phones append depth and gain maps).
func JPEG(w, h, orientation int) []byte {
	var enc bytes.Buffer
	if err := jpeg.Encode(&enc, Picture(w, h), &jpeg.Options{Quality: 90}); err != nil {
		panic(err)
	}
	plain := enc.Bytes()
	var out bytes.Buffer
	out.Write(plain[:2]) // SOI
	out.Write(segment(0xE1, EXIF(orientation)))
	out.Write(segment(0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><photoshop:City>"+Secret+"</photoshop:City></x:xmpmeta>")))
	out.Write(segment(0xED, []byte("Photoshop 3.0\x008BIM\x04\x04\x00\x00"+Secret)))
	out.Write(segment(0xFE, []byte(Secret)))
	out.Write(plain[2:])
	out.Write(plain[:2])
	out.Write(segment(0xE1, EXIF(1)))
	out.Write(plain[2:])
	return out.Bytes()
}

func pngChunk(typ string, data []byte) []byte {
	c := make([]byte, 8, 12+len(data))
	binary.BigEndian.PutUint32(c, uint32(len(data)))
	copy(c[4:], typ)
	c = append(c, data...)
	return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
}

// PNG is a PNG with tEXt, iTXt, eXIf (orientation as given) and a private
// chunk.
func PNG(w, h, orientation int) []byte {
	var enc bytes.Buffer
	if err := png.Encode(&enc, Picture(w, h)); err != nil {
		panic(err)
	}
	b := enc.Bytes()
	ihdrEnd := 8 + 12 + 13
	var out bytes.Buffer
	out.Write(b[:ihdrEnd])
	out.Write(pngChunk("tEXt", []byte("Location\x00"+Secret)))
	out.Write(pngChunk("iTXt", []byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00http://ns.adobe.com/xap/1.0/ "+Secret)))
	out.Write(pngChunk("eXIf", EXIF(orientation)[6:]))
	out.Write(pngChunk("prVt", []byte(Secret))) // a private chunk: unknown, so dropped
	out.Write(b[ihdrEnd:])
	return out.Bytes()
}

// PNGHeader is only a PNG signature and header claiming w×h pixels: enough
// for a size check, which must not need the pixels.
func PNGHeader(w, h int) []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	out := append([]byte("\x89PNG\r\n\x1a\n"), pngChunk("IHDR", ihdr)...)
	out = append(out, pngChunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})...)
	return append(out, pngChunk("IEND", nil)...)
}

// GIF is an animated GIF with a comment and an XMP application extension.
func GIF(w, h int) []byte {
	pal := color.Palette{color.White, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}, color.Black}
	frame := image.NewPaletted(image.Rect(0, 0, w, h), pal)
	var enc bytes.Buffer
	if err := gif.EncodeAll(&enc, &gif.GIF{Image: []*image.Paletted{frame, frame}, Delay: []int{10, 10}, LoopCount: 0}); err != nil {
		panic(err)
	}
	b := enc.Bytes()
	// After the header, logical screen and global colour table.
	at := 13
	if p := b[10]; p&0x80 != 0 {
		at += 3 << ((p & 7) + 1)
	}
	var ext bytes.Buffer
	ext.Write([]byte{0x21, 0xFE, byte(len(Secret))})
	ext.WriteString(Secret)
	ext.WriteByte(0)
	ext.Write([]byte{0x21, 0xFF, 11})
	ext.WriteString("XMP DataXMP")
	ext.WriteByte(byte(len(Secret)))
	ext.WriteString(Secret)
	ext.WriteByte(0)
	return append(append(append([]byte{}, b[:at]...), ext.Bytes()...), b[at:]...)
}

// webpLossless1x1 is a valid 1×1 lossless WebP bitstream (VP8L chunk).
var webpLossless1x1 = []byte{0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00}

// WebP is an extended-format 1×1 WebP with EXIF and XMP chunks.
func WebP() []byte {
	chunk := func(fourcc string, data []byte) []byte {
		c := append([]byte(fourcc), 0, 0, 0, 0)
		binary.LittleEndian.PutUint32(c[4:], uint32(len(data)))
		c = append(c, data...)
		if len(data)%2 == 1 {
			c = append(c, 0)
		}
		return c
	}
	vp8x := []byte{0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0} // EXIF and XMP flags, 1×1 canvas
	body := []byte("WEBP")
	body = append(body, chunk("VP8X", vp8x)...)
	body = append(body, chunk("VP8L", webpLossless1x1)...)
	body = append(body, chunk("EXIF", EXIF(1)[6:])...)
	body = append(body, chunk("XMP ", []byte("<x:xmpmeta>http://ns.adobe.com/xap/1.0/ "+Secret+"</x:xmpmeta>"))...)
	body = append(body, chunk("ZZZZ", []byte(Secret))...) // an unknown chunk
	out := append([]byte("RIFF"), 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(out[4:], uint32(len(body)))
	return append(out, body...)
}
