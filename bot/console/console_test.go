package console_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/console"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

func TestExportIsWrittenToTheExportFolder(t *testing.T) {
	core := bot.New(bot.Options{Store: storagetest.Open(t), Log: zerolog.Nop(), Admins: []string{console.DefaultUser}})
	dir := filepath.Join(t.TempDir(), "exports")
	var out bytes.Buffer
	c := &console.Console{Core: core, In: strings.NewReader("akteur neu \"Jörg Weiß\"\nexport akteure csv\nexport akteure csv\n"),
		Out: &out, User: console.DefaultUser, ExportDir: dir}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "akteure-*.csv"))
	if len(files) != 2 || !strings.Contains(out.String(), "Datei gespeichert: "+files[0]) {
		t.Fatalf("files %v, output:\n%s", files, out.String())
	}
	content, err := os.ReadFile(files[0])
	if err != nil || !bytes.HasPrefix(content, []byte("\uFEFF")) || !bytes.Contains(content, []byte("Jörg Weiß")) {
		t.Fatalf("file content %q (%v)", content, err)
	}
	if st, _ := os.Stat(files[0]); st.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", st.Mode().Perm())
	}
}

// akteur raster writes the power–interest grid as a PNG into the export
// folder and prints it as text too.
func TestGridIsWrittenAndPrinted(t *testing.T) {
	core := bot.New(bot.Options{Store: storagetest.Open(t), Log: zerolog.Nop(), Admins: []string{console.DefaultUser}})
	dir := filepath.Join(t.TempDir(), "exports")
	var out bytes.Buffer
	in := "akteur neu \"Jörg Weiß\" einfluss:high interesse:high\nakteur neu \"Änne Groß\" einfluss:low interesse:high\nakteur raster\n"
	c := &console.Console{Core: core, In: strings.NewReader(in), Out: &out, User: console.DefaultUser, ExportDir: dir}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "grid.png")
	for _, want := range []string{"Einfluss hoch, Interesse hoch: 1 – Eng einbinden: Jörg Weiß",
		"Einfluss gering, Interesse hoch: 1 – Informiert halten: Änne Groß", "Datei gespeichert: " + path} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output has no %q:\n%s", want, out.String())
		}
	}
	content, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(content, []byte("\x89PNG")) {
		t.Fatalf("grid file %.8q (%v)", content, err)
	}
}

// A trailing share word is ignored, help says how to leave, and "beenden"
// leaves: the lines after it are not run.
func TestShareIgnoredAndExitInHelp(t *testing.T) {
	store := storagetest.Open(t)
	core := bot.New(bot.Options{Store: store, Log: zerolog.Nop(), Admins: []string{console.DefaultUser}})
	var out bytes.Buffer
	in := "akteur neu Eva teilen\nakteur liste share\nhilfe\nbeenden\nakteur neu Nie\n"
	c := &console.Console{Core: core, In: strings.NewReader(in), Out: &out, User: console.DefaultUser}
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Akteur „Eva“ wurde erfasst", "== 1 Akteur ==", "Die Konsole verlassen Sie mit „beenden“ oder „exit“."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output has no %q:\n%s", want, out.String())
		}
	}
	list, err := store.Team(console.Team).Stakeholders(context.Background(), storage.StakeholderFilter{})
	if err != nil || len(list) != 1 || list[0].Name != "Eva" {
		t.Fatalf("stored %+v (%v), want only Eva", list, err)
	}

	out.Reset()
	core.Handle(context.Background(), bot.Request{TeamID: console.Team, UserID: console.DefaultUser, Text: "settings language en"})
	c.In = strings.NewReader("help share\n")
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Leave the console with “exit” or “beenden”.") {
		t.Errorf("English help has no exit hint:\n%s", out.String())
	}
}
