package storage

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/event"
)

// commandMonitor tells onError the kind of every database command that
// failed, sorted as classify sorts errors. A duplicate key is no failed
// command (the server answers it as a write error), so the conflicts that
// once-only work relies on are not reported.
func commandMonitor(onError func(Kind)) *event.CommandMonitor {
	return &event.CommandMonitor{
		Failed: func(_ context.Context, e *event.CommandFailedEvent) {
			onError(KindOf(classify(e.CommandName, e.Failure)))
		},
	}
}

// serverMonitor tells onError of every failed check of a server as
// KindUnavailable: while the server cannot be reached, no command starts,
// so only these checks show it.
func serverMonitor(onError func(Kind)) *event.ServerMonitor {
	return &event.ServerMonitor{
		ServerHeartbeatFailed: func(*event.ServerHeartbeatFailedEvent) { onError(KindUnavailable) },
	}
}
