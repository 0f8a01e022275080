package cmdline

import "fmt"

// checkControl refuses text that holds a control character: any C0 code
// except tab and line feed (which separate words and lines of a
// multi-line field), DEL, and the C1 codes. The *Error
// (err.control_char) names the code point, as U+001B.
func checkControl(s string) error {
	for _, r := range s {
		if isControl(r) {
			return fail("err.control_char", fmt.Sprintf("U+%04X", r))
		}
	}
	return nil
}

// isControl reports whether r is a control character that no text needs.
func isControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	}
	return r >= 0x80 && r < 0xa0
}
