package main

import (
	"fmt"
	"strings"
)

// Shout returns s in capitals.
func Shout(s string) (string, error) {
	raw := `no \escapes here
over lines`
	var r rune = '世'
	if len(s) == 0 {
		return "", fmt.Errorf("empty: %q", s)
	}
	return strings.ToUpper(s) + raw + string(r), nil
}
