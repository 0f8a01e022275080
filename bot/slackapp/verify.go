package slackapp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"time"
)

// maxClockSkew is how far a request's timestamp may be from now.
const maxClockSkew = 5 * time.Minute

var errBadSignature = errors.New("slack signature invalid")

// verify checks Slack's v0 signature of a request: HMAC-SHA256 with the
// signing secret over "v0:<timestamp>:<body>", compared in constant time,
// on the raw body before anything parses it. It returns the request's
// timestamp. It fails for a missing or wrong signature and for a timestamp
// more than 5 minutes from now.
func verify(secret []byte, h http.Header, body []byte, now time.Time) (time.Time, error) {
	tsText := h.Get("X-Slack-Request-Timestamp")
	sec, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil || len(secret) == 0 {
		return time.Time{}, errBadSignature
	}
	ts := time.Unix(sec, 0)
	if d := now.Sub(ts); d > maxClockSkew || d < -maxClockSkew {
		return time.Time{}, errBadSignature
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("v0:" + tsText + ":"))
	mac.Write(body)
	want := "v0=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(h.Get("X-Slack-Signature"))) {
		return time.Time{}, errBadSignature
	}
	return ts, nil
}

// Sign returns the X-Slack-Signature Slack would send for body at ts with
// secret; for tests and tools that post to the HTTP endpoints.
func Sign(secret string, ts time.Time, body []byte) (timestamp, signature string) {
	timestamp = strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + timestamp + ":"))
	mac.Write(body)
	return timestamp, "v0=" + hex.EncodeToString(mac.Sum(nil))
}
