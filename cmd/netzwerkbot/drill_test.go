package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
)

// The multi-process drill of issue 10. It needs a PostgreSQL database of
// its own (TEST_DRILL_POSTGRESQL_URL, which .ci/server.sh exports), because
// it stops and restarts the MongoDB-compatible server: it builds the real
// binary and the FerretDB server of storage/storagetest/ferretserver,
// starts three netzwerkbot consoles on one database with an every-minute
// commitment digest (each fire pauses after each message, TEST_FIRE_PAUSE,
// so that a kill lands mid-fire), SIGKILLs the process that fires the
// first slot after two messages and restarts it, races conflicting
// commitment changes in all three, stops the server for 30 s over the next
// slot and restarts it, and then checks that every slot has exactly one complete set of
// effects, every message was sent once and every commitment's history is
// one chain. It takes two to three minutes.
func TestDrillThreeReplicasSurviveKillAndOutage(t *testing.T) {
	pgURL := os.Getenv("TEST_DRILL_POSTGRESQL_URL")
	if pgURL == "" {
		t.Skip("TEST_DRILL_POSTGRESQL_URL is not set (.ci/run sets it)")
	}
	dir := t.TempDir()
	bin := buildDrill(t, dir)
	db := startFerret(t, bin.ferret, pgURL, freeAddr(t))
	defer func() { db.stop() }() // the one running at the end
	database := fmt.Sprintf("drill%d", time.Now().UnixNano())
	store := drillStore(t, db.uri, database)
	defer func() { _ = store.Drop(context.Background()); _ = store.Close(context.Background()) }()
	team := store.Team(console.Team)
	sched := prepareDrill(t, team)

	env := append(os.Environ(), "MONGODB_URI="+db.uri, "MONGODB_DATABASE="+database, "RUN_LEASE=6s",
		"TEST_FIRE_PAUSE=1s", "LOG_FORMAT=json", "LOG_LEVEL=info", "DATA_DIR="+filepath.Join(dir, "unused"))
	var procs []*replica
	defer func() {
		for _, p := range procs {
			p.kill()
		}
	}()
	claimed := make(chan *replica, 10)
	for i := range 3 {
		procs = append(procs, startReplica(t, bin.bot, env, fmt.Sprintf("r%d", i), claimed))
	}

	// The first slot: kill its holder mid-fire and start it again.
	var victim *replica
	select {
	case victim = <-claimed:
	case <-time.After(90 * time.Second):
		t.Fatal("no slot was fired within 90 s")
	}
	// Each message is followed by a pause of 1 s: after 1.5 s two of the
	// slot's messages are queued, the rest not.
	time.Sleep(1500 * time.Millisecond)
	victim.kill()
	procs = append(procs, startReplica(t, bin.bot, env, victim.name+"-restarted", claimed))
	firstRun := waitRunsDone(t, team, sched.ID, 1, 60*time.Second)[0]
	t.Logf("slot %s was killed mid-fire in %s and finished by holder %d (%s)", firstRun.Slot, victim.name, firstRun.Holder, firstRun.By)

	raceCommitmentChanges(t, team, procs)

	// The database goes away for 30 s, over the next minute's slot, which
	// then runs late.
	if sec := time.Now().Second(); sec < 40 {
		time.Sleep(time.Duration(40-sec) * time.Second)
	}
	db.stop()
	time.Sleep(30 * time.Second)
	db = startFerret(t, bin.ferret, pgURL, db.addr)
	waitRunsDone(t, team, sched.ID, 2, 60*time.Second)
	waitAllSent(t, team, 60*time.Second)
	printed := 0
	for _, p := range procs {
		printed += p.stop()
	}
	checkDrill(t, team, sched.ID, printed)
}

// drillBinaries are the programs the drill runs.
type drillBinaries struct{ bot, ferret string }

func buildDrill(t *testing.T, dir string) drillBinaries {
	t.Helper()
	b := drillBinaries{bot: filepath.Join(dir, "netzwerkbot"), ferret: filepath.Join(dir, "ferretserver")}
	for _, c := range [][]string{{"-o", b.bot, "."}, {"-o", b.ferret, "../../storage/storagetest/ferretserver"}} {
		out, err := exec.Command("go", append([]string{"build"}, c...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("go build %v: %v\n%s", c, err, out)
		}
	}
	return b
}

// ferret is a running FerretDB server process.
type ferret struct {
	cmd       *exec.Cmd
	addr, uri string
}

func startFerret(t *testing.T, bin, pgURL, addr string) *ferret {
	t.Helper()
	cmd := exec.Command(bin, "-listen", addr, "-postgresql-url", pgURL)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); ; {
		if c, err := net.Dial("tcp", addr); err == nil {
			_ = c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the FerretDB server did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	return &ferret{cmd: cmd, addr: addr, uri: "mongodb://" + addr + "/"}
}

// stop ends the server; idempotent.
func (f *ferret) stop() {
	if f.cmd.ProcessState == nil {
		_ = f.cmd.Process.Signal(syscall.SIGTERM)
		_ = f.cmd.Wait()
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func drillStore(t *testing.T, uri, database string) *storage.Store {
	t.Helper()
	s, err := storage.Open(context.Background(), storage.Config{URI: uri, Database: database, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// prepareDrill seeds the console's workspace and adds the every-minute
// digest; it returns the schedule.
func prepareDrill(t *testing.T, team *storage.Team) storage.Schedule {
	t.Helper()
	ctx := context.Background()
	if _, err := seed.Run(ctx, team, seed.Options{Size: seed.Small, Seed: 10, Now: time.Now()}); err != nil {
		t.Fatal(err)
	}
	s, err := team.AddSchedule(ctx, storage.Schedule{Spec: "* * * * *", Kind: storage.ScheduleCommitmentDigest, Timezone: "UTC",
		CreatedBy: console.DefaultUser, CreatedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// replica is one netzwerkbot console process of the drill.
type replica struct {
	name  string
	cmd   *exec.Cmd
	stdin io.WriteCloser
	mu    sync.Mutex
	out   strings.Builder
	done  chan struct{} // stdout read to the end
}

// startReplica starts the binary; it sends itself on claimed each time it
// logs that it fired a slot.
func startReplica(t *testing.T, bin string, env []string, name string, claimed chan<- *replica) *replica {
	t.Helper()
	r := &replica{name: name, cmd: exec.Command(bin), done: make(chan struct{})}
	r.cmd.Env = env
	var err error
	if r.stdin, err = r.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := r.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := r.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(r.done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			r.mu.Lock()
			r.out.WriteString(sc.Text() + "\n")
			r.mu.Unlock()
		}
	}()
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if strings.Contains(sc.Text(), `"slot claimed; firing"`) && strings.Contains(sc.Text(), `"holder":0`) {
				select {
				case claimed <- r:
				default:
				}
			}
		}
	}()
	return r
}

// send writes a command line to the console.
func (r *replica) send(line string) { _, _ = io.WriteString(r.stdin, line+"\n") }

// kill SIGKILLs the process; idempotent.
func (r *replica) kill() {
	if r.cmd.ProcessState == nil {
		_ = r.cmd.Process.Kill()
		_ = r.cmd.Wait()
	}
}

// stop ends the console (end of input, then SIGTERM) and returns how many
// messages it printed as sent ("→ " lines).
func (r *replica) stop() int {
	if r.cmd.ProcessState == nil {
		_ = r.stdin.Close()
		_ = r.cmd.Process.Signal(syscall.SIGTERM)
		_ = r.cmd.Wait()
	}
	<-r.done
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Count("\n"+r.out.String(), "\n→ ")
}

// raceCommitmentChanges sends each replica, at once, a different change of
// the same five open commitments: done, drop, start.
func raceCommitmentChanges(t *testing.T, team *storage.Team, procs []*replica) {
	t.Helper()
	list, err := team.Commitments(context.Background(), storage.CommitmentFilter{Statuses: []string{storage.CommitmentOpen}})
	if err != nil || len(list) < 5 {
		t.Fatalf("open commitments: %d, %v", len(list), err)
	}
	var live []*replica
	for _, p := range procs {
		if p.cmd.ProcessState == nil {
			live = append(live, p)
		}
	}
	words := []string{"erledigt", "verwerfen", "beginnen"}
	for _, c := range list[:5] {
		for i, p := range live {
			p.send("zusage " + words[i%len(words)] + " " + c.ID)
		}
	}
}

// waitRunsDone waits until n runs of the schedule are done and returns
// them, oldest slot first; it fails after limit.
func waitRunsDone(t *testing.T, team *storage.Team, schedID string, n int, limit time.Duration) []storage.Run {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		runs, err := team.Runs(context.Background(), schedID, 0, storage.RunDone)
		if err == nil && len(runs) >= n {
			out := make([]storage.Run, len(runs))
			for i, r := range runs {
				out[len(runs)-1-i] = r
			}
			return out
		}
		if time.Now().After(deadline) {
			all, _ := team.Runs(context.Background(), schedID, 0)
			t.Fatalf("%d runs done after %s, want %d; runs: %+v (%v)", len(runs), limit, n, all, err)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// waitAllSent waits until no outbox message is pending.
func waitAllSent(t *testing.T, team *storage.Team, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		msgs, err := team.OutboxMessages(context.Background(), "")
		pending := 0
		for _, m := range msgs {
			if m.State == storage.OutboxPending {
				pending++
			}
		}
		if err == nil && pending == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d messages still pending after %s (%v)", pending, limit, err)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// checkDrill checks the end state: no run left started or failed, every
// run with the same recipients, each once, every message sent with one
// attempt and printed once, and every commitment's status history a chain
// ending in its status.
func checkDrill(t *testing.T, team *storage.Team, schedID string, printed int) {
	t.Helper()
	ctx := context.Background()
	runs, err := team.Runs(ctx, schedID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var want string
	sent := 0
	for _, r := range runs {
		if r.State != storage.RunDone && r.State != storage.RunMissed {
			t.Errorf("run %s is %s (%s)", r.ID(), r.State, r.Error)
			continue
		}
		if r.State == storage.RunMissed {
			continue
		}
		msgs, err := team.OutboxMessages(ctx, r.ID())
		if err != nil {
			t.Fatal(err)
		}
		perChannel := map[string]int{}
		for _, m := range msgs {
			if !strings.Contains(m.Key, "#") {
				perChannel[m.Channel]++
			}
			if m.State != storage.OutboxSent || m.Attempts != 1 {
				t.Errorf("message %s: %s after %d attempts, want sent after 1", m.Key, m.State, m.Attempts)
			}
			sent++
		}
		var got []string
		for ch, n := range perChannel {
			if n != 1 {
				t.Errorf("run %s: %d messages to %s, want 1", r.ID(), n, ch)
			}
			got = append(got, ch)
		}
		slices.Sort(got)
		set := strings.Join(got, ",")
		if want == "" {
			want = set
		} else if set != want {
			t.Errorf("run %s went to %s, the first run to %s", r.ID(), set, want)
		}
	}
	if want == "" {
		t.Error("no run queued any message")
	}
	if printed != sent {
		t.Errorf("the consoles printed %d messages, the outbox holds %d sent", printed, sent)
	}
	checkHistories(t, team)
	t.Logf("%d runs, %d messages, each sent once", len(runs), sent)
}

// checkHistories fails unless each commitment's status events form a chain
// (each starts where the one before ended) that ends in its status.
func checkHistories(t *testing.T, team *storage.Team) {
	t.Helper()
	ctx := context.Background()
	list, err := team.Commitments(ctx, storage.CommitmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		evs, err := team.CommitmentEvents(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		status := ""
		for _, ev := range evs {
			if ev.Kind != storage.EventStatus {
				continue
			}
			if status != "" && ev.From != status {
				t.Errorf("commitment %s: a change from %s after the status was %s", c.ID, ev.From, status)
			}
			status = ev.To
		}
		if status != "" && status != c.Status {
			t.Errorf("commitment %s is %s, its last change made it %s", c.ID, c.Status, status)
		}
	}
}
