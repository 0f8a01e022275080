package slackapp

import (
	"cmp"
	"context"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// profile is what the bot shows of a Slack user.
type profile struct {
	Name string         // display name, else real name, else user name
	Loc  *time.Location // the user's time zone; nil when unknown
}

// userCache caches users.info answers for a while, so a busy user costs
// one Web API call per TTL.
type userCache struct {
	api *slack.Client
	ttl time.Duration
	now func() time.Time

	mu      sync.Mutex
	entries map[string]cachedProfile
}

type cachedProfile struct {
	p       profile
	fetched time.Time
}

func newUserCache(api *slack.Client, ttl time.Duration, now func() time.Time) *userCache {
	return &userCache{api: api, ttl: ttl, now: now, entries: map[string]cachedProfile{}}
}

// get returns the user's profile, from the cache while it is fresh. When
// users.info fails it returns the stale entry if there is one, else an empty
// profile, and the error.
func (c *userCache) get(ctx context.Context, userID string) (profile, error) {
	c.mu.Lock()
	e, ok := c.entries[userID]
	c.mu.Unlock()
	if ok && c.now().Sub(e.fetched) < c.ttl {
		return e.p, nil
	}
	u, err := c.api.GetUserInfoContext(ctx, userID)
	if err != nil {
		return e.p, err
	}
	p := profile{Name: cmp.Or(u.Profile.DisplayName, u.RealName, u.Profile.RealName, u.Name)}
	if loc, err := time.LoadLocation(u.TZ); err == nil && u.TZ != "" {
		p.Loc = loc
	}
	c.mu.Lock()
	c.entries[userID] = cachedProfile{p: p, fetched: c.now()}
	c.mu.Unlock()
	return p, nil
}

// name returns the user's name, or the user id when it is unknown.
func (c *userCache) name(ctx context.Context, userID string) string {
	p, _ := c.get(ctx, userID)
	return cmp.Or(p.Name, userID)
}
