package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/bot/slackfake"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// addedReply is what the console prints for each stakeholder it stored.
const addedReply = "wurde erfasst"

// busyConsole is a netzwerkbot console process fed stakeholder additions
// as fast as it takes them.
type busyConsole struct {
	cmd   *exec.Cmd
	added chan struct{} // one value per reply addedReply
	out   chan string   // the whole output, when the process ended
}

// startBusyConsole starts the real program on the data dir and feeds it
// "akteur neu" lines, names numbered from first on.
func startBusyConsole(t *testing.T, dir string, first int) *busyConsole {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "NETZWERKBOT_RUN_MAIN=1", "LOG_LEVEL=error")
	cmd.Env = append(cmd.Env, storagetest.Env(dir)...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	b := &busyConsole{cmd: cmd, added: make(chan struct{}, 10000), out: make(chan string, 1)}
	go func() {
		defer stdin.Close()
		for i := first; ; i++ {
			if _, err := fmt.Fprintf(stdin, "akteur neu \"Person %d\" org:VHS\n", i); err != nil {
				return
			}
		}
	}()
	go func() {
		var all strings.Builder
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			all.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), addedReply) {
				b.added <- struct{}{}
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
		b.out <- all.String()
	}()
	return b
}

// signalAfter waits until the process has stored n stakeholders, sends it
// sig, and returns its output and exit error.
func (b *busyConsole) signalAfter(t *testing.T, n int, sig os.Signal) (string, error) {
	t.Helper()
	deadline := time.After(2 * time.Minute)
	for range n {
		select {
		case <-b.added:
		case <-deadline:
			_ = b.cmd.Process.Kill()
			t.Fatal("the console stored too few stakeholders in time")
		}
	}
	if err := b.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	out := <-b.out
	return out, b.cmd.Wait()
}

// checkEveryChangeAudited opens the data as the next process would (which
// finishes changes left half done; against a server the periodic repair
// does so after storage.ChangeLease, here at once) and fails unless every
// stakeholder of the workspace teamID has its audit entry and every entry
// its stakeholder. It returns how many stakeholders there are.
func checkEveryChangeAudited(t *testing.T, dir, teamID string) int {
	t.Helper()
	ctx := context.Background()
	s := storagetest.OpenIn(t, dir)
	if storagetest.SharedServer() {
		if _, err := s.RepairChanges(ctx, time.Now().Add(time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	team := s.Team(teamID)
	list, err := team.Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := team.AuditBetween(ctx, time.Time{}, time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	audited := map[string]int{}
	for _, e := range entries {
		if e.Action == "stakeholder.add" {
			audited[e.TargetID]++
		}
	}
	for _, st := range list {
		if audited[st.ID] != 1 {
			t.Errorf("stakeholder %s (%s) has %d audit entries", st.ID, st.Name, audited[st.ID])
		}
		delete(audited, st.ID)
	}
	for id := range audited {
		t.Errorf("audit entry for %s, which does not exist", id)
	}
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return len(list)
}

func TestSIGKILLLeavesNoChangeWithoutItsAuditEntry(t *testing.T) {
	dir := t.TempDir()
	for round, after := range []int{3, 17, 40} {
		b := startBusyConsole(t, dir, round*1000)
		if _, err := b.signalAfter(t, after, syscall.SIGKILL); err == nil {
			t.Fatalf("round %d: the killed process exited 0", round)
		}
	}
	if n := checkEveryChangeAudited(t, dir, console.Team); n < 3+17+40 {
		t.Fatalf("%d stakeholders after the rounds", n)
	}
}

func TestSIGTERMFinishesTheCommandInProgress(t *testing.T) {
	dir := t.TempDir()
	b := startBusyConsole(t, dir, 0)
	out, err := b.signalAfter(t, 20, syscall.SIGTERM)
	if err != nil {
		t.Fatalf("exit after SIGTERM: %v\n%s", err, out)
	}
	for _, bad := range []string{"nicht erreichbar", "interner Fehler"} {
		if strings.Contains(out, bad) {
			t.Fatalf("a command failed at shutdown:\n%s", out)
		}
	}
	// Every command that started was finished and answered: as many
	// stakeholders as confirmations, each with its audit entry.
	if n, told := checkEveryChangeAudited(t, dir, console.Team), strings.Count(out, addedReply); n != told {
		t.Fatalf("%d stakeholders stored, %d confirmed", n, told)
	}
}

func TestShutdownFinishesTheSlackWorkInProgress(t *testing.T) {
	fake := slackfake.New(t)
	dir := t.TempDir()
	env := slackEnv(t, fake, false)
	for _, kv := range storagetest.Env(dir) {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	b := startBot(t, env, strings.NewReader(""))
	const commands = 30
	hooks := make([]string, commands)
	for i := range hooks {
		hooks[i] = fake.NewResponseURL()
		if status := slash(t, b.addr, testSecret, "UADMIN", fmt.Sprintf(`akteur neu "Person %d"`, i), hooks[i]); status != http.StatusOK {
			t.Fatalf("command %d: status %d", i, status)
		}
	}
	// Shut down at once (as SIGTERM does): every acknowledged command is
	// still worked and answered, none with an error.
	if c := b.stop(); c != 0 {
		t.Fatalf("exit code %d:\n%s", c, b.stderr.String())
	}
	answered := map[string]string{}
	for _, p := range fake.ResponsePosts() {
		answered[p.URL] = p.Text
	}
	for i, hook := range hooks {
		if !strings.Contains(answered[hook], addedReply) {
			t.Errorf("command %d was answered %q", i, answered[hook])
		}
	}
	if n := checkEveryChangeAudited(t, dir, slackfake.DefaultIdentity.TeamID); n != commands {
		t.Fatalf("%d stakeholders stored, %d commands acknowledged", n, commands)
	}
}
