package slackapp

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/metrics"
)

// DefaultWorkers is the bound on the work after acks when Options.Workers
// is 0: four per CPU, since most of the work waits on the database and
// on Slack.
func DefaultWorkers() int { return 4 * runtime.GOMAXPROCS(0) }

// queuePerWorker is how many acknowledged requests may wait per worker
// when Options.Queue is 0.
const queuePerWorker = 16

// defaultQueueWait is how long an acknowledged request may wait for a
// worker when Options.QueueWait is 0.
const defaultQueueWait = 20 * time.Second

// pool runs the work after acks: at most workers jobs at a time, and at
// most queue more waiting for a turn, each for at most maxWait. A job
// beyond that is refused at once, so an ack never waits and the memory
// and database connections in use stay bounded; a job that waited too
// long gives way to its late function, so no one waits for a reply
// without end while the bot is overloaded.
type pool struct {
	admitted chan struct{} // a token per job admitted, running or waiting
	running  chan struct{} // a token per job running
	timeout  time.Duration
	maxWait  time.Duration
	log      zerolog.Logger
	metrics  *metrics.Metrics
	wg       sync.WaitGroup
}

func newPool(workers, queue int, maxWait, timeout time.Duration, log zerolog.Logger, m *metrics.Metrics) *pool {
	return &pool{
		admitted: make(chan struct{}, workers+queue),
		running:  make(chan struct{}, workers),
		timeout:  timeout, maxWait: maxWait, log: log, metrics: m,
	}
}

// submit runs fn when a worker is free, with a context that ends after the
// pool's timeout (counted from the start of fn), detached from the request
// that submitted it; when fn waited longer than maxWait for the worker, it
// runs late instead (if not nil). It reports false, and runs neither, when
// the pool is full. A panic in either is logged and ends only that job.
func (p *pool) submit(fn, late func(ctx context.Context)) bool {
	select {
	case p.admitted <- struct{}{}:
	default:
		return false
	}
	queued := time.Now()
	p.metrics.WorkQueued()
	p.wg.Go(func() {
		defer func() { <-p.admitted }()
		p.running <- struct{}{}
		p.metrics.WorkStarted()
		defer func() {
			<-p.running
			p.metrics.WorkDone()
		}()
		if late != nil && time.Since(queued) > p.maxWait {
			fn = late
		}
		p.run(fn)
	})
	return true
}

func (p *pool) run(fn func(ctx context.Context)) {
	defer func() {
		if v := recover(); v != nil {
			p.log.Error().Str("panic", fmt.Sprint(v)).Bytes("stack", debug.Stack()).Msg("work after an ack panicked")
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), p.timeout)
	defer cancel()
	fn(ctx)
}

// wait blocks until every admitted job has finished.
func (p *pool) wait() { p.wg.Wait() }
