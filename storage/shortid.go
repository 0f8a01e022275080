package storage

import (
	"context"
	"crypto/rand"
	"strings"
)

// idAlphabet leaves out letters and digits that are easily confused when
// typed or read aloud (0/o, 1/l/i).
const idAlphabet = "abcdefghjkmnpqrstuvwxyz23456789"

// newShortID returns prefix followed by n random characters of idAlphabet.
func newShortID(prefix string, n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	for i := range b {
		b[i] = idAlphabet[int(b[i])%len(idAlphabet)]
	}
	return prefix + string(b)
}

// LooksLikeShortID reports whether s has the form of a short id: a
// lower-case prefix letter followed by 4 to 8 characters of the id
// alphabet. It says nothing about whether a record has that id.
func LooksLikeShortID(s string) bool {
	if len(s) < 5 || len(s) > 9 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	return strings.Trim(s[1:], idAlphabet) == ""
}

// insertWithShortID inserts the record that build makes for a fresh random
// short id, retrying with a new id (and after a few tries a longer one) when
// the id is taken. It returns the id used. No counters: ids are unique per
// workspace because the _id contains them.
func (t *Team) insertWithShortID(ctx context.Context, coll, prefix string, build func(id string) record) (string, error) {
	var err error
	for attempt := 0; attempt < 12; attempt++ {
		id := newShortID(prefix, 4+attempt/3)
		err = t.insert(ctx, coll, build(id))
		if !IsConflict(err) {
			return id, err
		}
	}
	return "", err
}
