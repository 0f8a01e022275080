package slackapp

import (
	"crypto/sha256"
	"sync"
	"time"
)

// maxRemembered bounds the signatures a replayGuard keeps. Only requests
// signed with the secret get there, and a signature is kept for at most 10
// minutes, so Slack would have to send over 200 requests a second for
// minutes on end to fill it.
const maxRemembered = 1 << 17

// replayGuard remembers the signature of each accepted HTTP request for as
// long as verify would accept the request (its timestamp within 5
// minutes), and refuses a repeat: a request captured on the way cannot be
// sent again. It lives in the process, so with several instances behind
// one address a repeat sent to another instance gets through there; the
// event dedupe still stops a repeated event. Safe for concurrent use.
type replayGuard struct {
	mu        sync.Mutex
	seen      map[[sha256.Size]byte]int64 // signature hash → Unix second it expires
	nextSweep int64
}

func newReplayGuard() *replayGuard {
	return &replayGuard{seen: map[[sha256.Size]byte]int64{}}
}

// first reports whether signature has not been seen before, and remembers
// it until expires. It reports false for a repeat, and also when it is
// full of signatures that have not expired (it refuses rather than forget
// one too early).
func (g *replayGuard) first(signature string, expires, now time.Time) bool {
	key := sha256.Sum256([]byte(signature))
	g.mu.Lock()
	defer g.mu.Unlock()
	g.sweep(now.Unix())
	if until, ok := g.seen[key]; ok && until >= now.Unix() {
		return false
	}
	if len(g.seen) >= maxRemembered {
		return false
	}
	g.seen[key] = expires.Unix()
	return true
}

// sweep forgets expired signatures, once a minute or when the guard is full.
func (g *replayGuard) sweep(now int64) {
	if now < g.nextSweep && len(g.seen) < maxRemembered {
		return
	}
	for k, until := range g.seen {
		if until < now {
			delete(g.seen, k)
		}
	}
	g.nextSweep = now + 60
}
