package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestMain lets the tests start this test binary as the real program.
func TestMain(m *testing.M) {
	if os.Getenv("NETZWERKBOT_RUN_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// runMain runs the program in-process with piped input and returns its
// exit code, standard output and standard error.
func runMain(t *testing.T, env map[string]string, input string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	code := run(context.Background(), args, getenv, strings.NewReader(input), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestConsoleKeepsStakeholdersAcrossRuns(t *testing.T) {
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "error"}
	code, out, errOut := runMain(t, env, "stakeholder add \"Eva Muster\" org:\"VHS Darmstadt\"\n")
	if code != 0 || !strings.Contains(out, "Akteur „Eva Muster“ wurde erfasst") {
		t.Fatalf("first run: exit %d\n%s\n%s", code, out, errOut)
	}
	code, out, errOut = runMain(t, env, "stakeholder list\n")
	if code != 0 || !strings.Contains(out, "Eva Muster · VHS Darmstadt") {
		t.Fatalf("second run: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestConsoleLanguageAndAs(t *testing.T) {
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "error", "DEFAULT_LANGUAGE": "en"}
	_, out, _ := runMain(t, env, "/netzwerk stakeholder add Eva\nas U0MEMBER stakeholder edit Eva org:X\n")
	if !strings.Contains(out, "Stakeholder “Eva” was recorded") || !strings.Contains(out, "needs the role “coordinator”") {
		t.Fatalf("output:\n%s", out)
	}
	_, out, _ = runMain(t, env, "stakeholder add Paul\n", "--as", "U0MEMBER")
	if !strings.Contains(out, "was proposed") {
		t.Fatalf("--as member output:\n%s", out)
	}
}

func TestHelpNeverShowsSecrets(t *testing.T) {
	env := map[string]string{"MONGODB_URI": "mongodb://nwuser:geheim123@db.example.org/", "SLACK_BOT_TOKEN": "xoxb-geheim"}
	_, out, _ := runMain(t, env, "", "--help")
	if strings.Contains(out, "geheim") {
		t.Fatalf("--help shows a secret:\n%s", out)
	}
}

func TestHelpVersionAndBadConfig(t *testing.T) {
	code, out, _ := runMain(t, nil, "", "--help")
	for _, want := range []string{"MONGODB_URI", "DATA_DIR", "SLACK_BOT_TOKEN", "DEFAULT_LANGUAGE", "--data-dir", "WORKERS", "METRICS_ADDR", "PPROF_ADDR", "RETENTION", "RUN_LEASE", "TEST_FIRE_PAUSE"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("--help (exit %d) lacks %q", code, want)
		}
	}
	if code, out, _ := runMain(t, nil, "", "version"); code != 0 || !strings.HasPrefix(out, "netzwerkbot ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
	env := map[string]string{"DATA_DIR": t.TempDir(), "DEFAULT_LANGUAGE": "fr"}
	if code, _, errOut := runMain(t, env, ""); code == 0 || !strings.Contains(errOut, "DEFAULT_LANGUAGE") {
		t.Errorf("DEFAULT_LANGUAGE=fr: exit %d, %q", code, errOut)
	}
	for name, bad := range map[string]string{"RETENTION": "0d", "RUN_LEASE": "1s", "TEST_FIRE_PAUSE": "bald"} {
		env := map[string]string{"DATA_DIR": t.TempDir(), name: bad}
		if code, _, errOut := runMain(t, env, ""); code == 0 || !strings.Contains(errOut, name) {
			t.Errorf("%s=%s: exit %d, %q", name, bad, code, errOut)
		}
	}
	for _, bad := range []string{"0", "-3", "viele"} {
		env := map[string]string{"DATA_DIR": t.TempDir(), "WORKERS": bad}
		if code, _, errOut := runMain(t, env, ""); code == 0 || !strings.Contains(errOut, "WORKERS") {
			t.Errorf("WORKERS=%s: exit %d, %q", bad, code, errOut)
		}
	}
}

func TestSecondProcessOnSameDataDirExits(t *testing.T) {
	if os.Getenv("TEST_MONGODB_URI") != "" {
		t.Skip("the lock belongs to the embedded server")
	}
	dir := t.TempDir()
	first := exec.Command(os.Args[0])
	first.Env = append(os.Environ(), "NETZWERKBOT_RUN_MAIN=1", "DATA_DIR="+dir, "LOG_FORMAT=json")
	stdin, err := first.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := first.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	waitForLine(t, stderr, "database ready")

	second := exec.Command(os.Args[0])
	second.Env = append(os.Environ(), "NETZWERKBOT_RUN_MAIN=1", "DATA_DIR="+dir, "LOG_LEVEL=error")
	out, err := second.CombinedOutput()
	if err == nil {
		t.Fatalf("second process exited 0:\n%s", out)
	}
	for _, want := range []string{dir, "several instances need MongoDB"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("second process output lacks %q:\n%s", want, out)
		}
	}

	_ = stdin.Close()
	done := make(chan error, 1)
	go func() { done <- first.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("first process: %v", err)
		}
	case <-time.After(30 * time.Second):
		_ = first.Process.Kill()
		t.Fatal("first process did not exit at end of input")
	}
}

// waitForLine reads r until a line contains want; it fails the test when r
// ends first.
func waitForLine(t *testing.T, r interface{ Read([]byte) (int, error) }, want string) {
	t.Helper()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if strings.Contains(sc.Text(), want) {
			go func() {
				for sc.Scan() {
				}
			}()
			return
		}
	}
	t.Fatalf("process output ended before %q", want)
}

func TestSeedFillsTheConsoleWorkspaceOnce(t *testing.T) {
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "error"}
	code, out, errOut := runMain(t, env, "", "seed", "--size", "small")
	if code != 0 || !strings.Contains(out, "60 stakeholders, 6 committees") {
		t.Fatalf("seed: exit %d\n%s\n%s", code, out, errOut)
	}
	// The seed leaves the caches in the cache file, so the first start
	// reads them from there.
	info := map[string]string{"DATA_DIR": env["DATA_DIR"], "LOG_LEVEL": "info"}
	code, out, errOut = runMain(t, info, "stakeholder list sector:schule\n")
	if code != 0 || !strings.Contains(out, "Schule") || !strings.Contains(errOut, "caches restored from the cache file") {
		t.Fatalf("console after seed: exit %d\n%s\n%s", code, out, errOut)
	}
	code, _, errOut = runMain(t, env, "", "seed")
	if code != 1 || !strings.Contains(errOut, "already has 60 stakeholders") {
		t.Fatalf("second seed: exit %d\n%s", code, errOut)
	}
	if code, _, _ = runMain(t, env, "", "seed", "--size", "huge", "--team", "T9"); code != 1 {
		t.Fatalf("seed --size huge: exit %d, want 1", code)
	}
}

// The README's schedule example with a channel works in the console as
// written and shows the channel as typed, not as Slack's <#…> mention, and
// a normal exit logs no failure of a background pass.
func TestReadmeScheduleExampleInConsole(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	example := regexp.MustCompile("`(zeitplan neu [^`]*kanal:#[^`]*)`").FindSubmatch(readme)
	if example == nil {
		t.Fatal("README has no schedule example with a channel")
	}
	env := map[string]string{"DATA_DIR": t.TempDir(), "LOG_LEVEL": "info"}
	code, out, errOut := runMain(t, env, string(example[1])+"\nzeitplan liste\n")
	if code != 0 || !strings.Contains(out, "wurde angelegt") || !strings.Contains(out, "Kanal: #bildungsnetzwerk") || strings.Contains(out, "<#") {
		t.Fatalf("%s: exit %d\n%s\n%s", example[1], code, out, errOut)
	}
	for _, bad := range []string{"pass failed", "context canceled", `"level":"error"`} {
		if strings.Contains(errOut, bad) {
			t.Errorf("a normal exit logged %q:\n%s", bad, errOut)
		}
	}
}
